"""Notations as the plan prints them (issue 9): ``1-1-1 市②`` and ``2-3 ●4`` in every Japanese report
(``kizuna diff``, ``kizuna validate``, ``kizuna report``), the project's reference code in English.

The cases are data: tests/printed-notations/cases.yaml, with the printed forms read from the source text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import BUNDLED, ROOT

from kizuna_graph.cli import main
from kizuna_graph.plan.view import Kind, printed

CASES_FILE = Path(__file__).parent / "printed-notations" / "cases.yaml"
CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
NOTATIONS = CASES["notations"]
REPORTS = CASES["reports"]

#: a numbered or citizen action's reference code, as no Japanese report may show it
REFERENCE_CODE = re.compile(r"\b\d+-\d+(?:-\d+)?-[a-z][a-z-]*-\d+\b")


def test_all_cases_found() -> None:
    assert len(NOTATIONS) == 9
    assert len(REPORTS) == 7
    assert {c["lang"] for c in REPORTS} == {"ja", "en"}


@pytest.mark.parametrize("case", NOTATIONS, ids=[c["notation"] for c in NOTATIONS])
def test_printed(case: dict[str, Any]) -> None:
    assert printed(case["notation"], Kind(case["kind"]), case.get("actor")) == case["printed"]


def _revision(case: dict[str, Any], folder: Path) -> Path:
    if "revision" in case:
        return ROOT / case["revision"]
    text = BUNDLED.read_text(encoding="utf-8")
    assert case["old"] in text, f"case {case['name']}: 'old' not found in the bundled plan"
    path = folder / "plans" / "revision.yaml"
    shutil.copytree(BUNDLED.parent / "sources", path.parent / "sources")
    path.write_text(text.replace(case["old"], case["new"], 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", REPORTS, ids=[c["name"] for c in REPORTS])
def test_report_prints_notations(
    case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    revision = _revision(case, tmp_path)
    command, *options = case["command"]
    lang = ["--lang", case["lang"]]
    if command == "validate":
        main(["validate", str(revision), *options, *lang])
        shown = capsys.readouterr().out
    elif command == "report":
        out = tmp_path / "report.html"
        main(["report", str(BUNDLED), str(revision), "--out", str(out), *options, *lang])
        shown = out.read_text(encoding="utf-8")
    else:
        main([command, str(BUNDLED), str(revision), *options, *lang])
        shown = capsys.readouterr().out
    for expected in case["shows"]:
        assert expected in shown
    if case["lang"] == "ja":
        assert REFERENCE_CODE.findall(shown) == []
