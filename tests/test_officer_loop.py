"""The officer's revision loop, end to end, on a copy outside the repository:
new → edit in a workbook → import → validate → diff → report → build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BUNDLED

from kizuna_graph.cli import main

openpyxl = pytest.importorskip("openpyxl", reason="openpyxl is not installed")

NEW_CITIZEN_ACTION = "孤立しがちな人に気づいたら、声をかけて地域や相談窓口につなごう"
REWORDED = "地域福祉活動事例の紹介と活動者の表彰"


def test_the_revision_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    # 1. a draft of a mid-term revision of the plan in force, outside the repository
    assert main(["new", "midterm", str(BUNDLED), "--out", "drafts/isesaki-3-r1.yaml"]) == 0
    # 2. the draft as a workbook, edited as an officer would in Excel
    assert main(["export-xlsx", "drafts/isesaki-3-r1.yaml", "--out", "isesaki-3-r1.xlsx"]) == 0
    book = openpyxl.load_workbook("isesaki-3-r1.xlsx")
    actions = book["番号付きの取り組み"]
    row = next(
        r
        for r in actions.iter_rows(min_row=2)
        if r[2].value == "1-1-1" and r[4].value == "市" and r[5].value == 2
    )
    row[6].value = REWORDED
    book["市民・地域の取り組み"].append(["2-3", 4, NEW_CITIZEN_ACTION, None])
    book.save("isesaki-3-r1.xlsx")
    # 3. back into a plan file
    assert (
        main(
            [
                "import-xlsx",
                "isesaki-3-r1.xlsx",
                "--base",
                "drafts/isesaki-3-r1.yaml",
                "--out",
                "drafts/isesaki-3-r2.yaml",
            ]
        )
        == 0
    )
    # 4. it conforms (the bundled plan's four warnings remain)
    assert main(["validate", "drafts/isesaki-3-r2.yaml"]) == 0
    # 5. the diff shows the two edits and nothing else
    capsys.readouterr()
    assert main(["diff", str(BUNDLED), "drafts/isesaki-3-r2.yaml", "--format", "json"]) == 1
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert sorted((c["change"], c["element"], (c["new"] or {}).get("notation")) for c in changes) == [
        ("added", "citizen-action", "2-3-citizen-4"),
        ("reworded", "action", "1-1-1-city-2"),
    ]
    # 6. the approval report names them as the plan prints them
    assert main(["report", str(BUNDLED), "drafts/isesaki-3-r2.yaml", "--out", "report.html"]) == 0
    html = Path("report.html").read_text(encoding="utf-8")
    assert f"1-1-1 市② {REWORDED}" in html and f"2-3 ●4 {NEW_CITIZEN_ACTION}" in html
    # 7. published into its own folder, which records where it came from
    assert main(["build", "drafts/isesaki-3-r2.yaml", "--out", "exports"]) == 0
    manifest = json.loads(Path("exports/manifest.json").read_text(encoding="utf-8"))
    assert manifest["source"] == "drafts/isesaki-3-r2.yaml"
    assert REWORDED in Path("exports/isesaki-3.ttl").read_text(encoding="utf-8")
