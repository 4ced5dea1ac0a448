"""A non-editable install carries its data: the wheel holds the ontology, the plan and its source text."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        pytest.skip(f"cannot build a wheel here (pip wheel failed: {run.stderr.strip().splitlines()[-1:]})")
    (path,) = out.glob("kizuna_graph-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_holds_the_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for required in (
        "kizuna_graph/_data/ontology/kizuna.ttl",
        "kizuna_graph/_data/plans/isesaki-3.yaml",
        "kizuna_graph/_data/plans/sources/isesaki-3-summary.txt",
        "kizuna_graph/cli.py",
        "kizuna_graph/py.typed",
        "kizuna_graph/_data/queries/multi-parent-measures.rq",
        "kizuna_graph/_data/queries/editions/edition-chain.rq",
        "kizuna_graph/serve/static/index.html",
        "kizuna_graph/serve/static/yasgui.min.js",
        "kizuna_graph/serve/static/yasgui.min.css",
        "kizuna_graph/serve/static/service-description.ttl",
        # the release's settings and the site's templates, words and static files
        "kizuna_graph/_data/catalog/release.yaml",
        "kizuna_graph/_data/catalog/csv-tables.yaml",
        "kizuna_graph/_data/shapes/catalog-dcat-ap.ttl",
        "kizuna_graph/site/templates/resource.html",
        "kizuna_graph/site/static/search.js",
        "kizuna_graph/site/words.yaml",
    ):
        assert required in names


def test_wheel_declares_the_console_script(wheel: zipfile.ZipFile) -> None:
    (entry_points,) = [n for n in wheel.namelist() if n.endswith("entry_points.txt")]
    assert "kizuna = kizuna_graph.cli:main" in wheel.read(entry_points).decode()
