"""A non-editable install carries its data: the wheel holds the ontology, the bundled plan and its source text,
the message catalogue, and no draft that an officer left in plans/."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


DRAFT = ROOT / "plans" / "zz-draft-left-by-an-officer.yaml"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    DRAFT.write_text("format: 1\n", encoding="utf-8")  # a draft in plans/ while the wheel is built
    try:
        run = _pip_wheel(out)
    finally:
        DRAFT.unlink(missing_ok=True)
    if run.returncode != 0:
        pytest.skip(f"cannot build a wheel here (pip wheel failed: {run.stderr.strip().splitlines()[-1:]})")
    (path,) = out.glob("kizuna_graph-*.whl")
    return zipfile.ZipFile(path)


def _pip_wheel(out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_wheel_holds_the_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for required in (
        "kizuna_graph/_data/ontology/kizuna.ttl",
        "kizuna_graph/_data/plans/isesaki-3.yaml",
        "kizuna_graph/_data/plans/sources/isesaki-3-summary.txt",
        "kizuna_graph/cli.py",
        "kizuna_graph/locale/messages.yaml",
        "kizuna_graph/_data/templates/plan-template.yaml",
        "kizuna_graph/_data/templates/approval.html",
        "kizuna_graph/_data/schemas/plan-file.schema.json",
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


def test_wheel_holds_only_the_bundled_plans(wheel: zipfile.ZipFile) -> None:
    """A draft left in plans/ (here written there while the wheel was built) is not packaged."""
    plans = sorted(n for n in wheel.namelist() if n.startswith("kizuna_graph/_data/plans/"))
    assert plans == [
        "kizuna_graph/_data/plans/isesaki-3.yaml",
        "kizuna_graph/_data/plans/sources/isesaki-3-summary.txt",
    ]
