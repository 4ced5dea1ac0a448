"""Warnings accepted for a plan (``acknowledged_warnings:``) are reported as acknowledged, not as new."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import BUNDLED, ROOT

from kizuna_graph.cli import main

ONE_ACTOR = "TwoActors-present"


def with_acknowledgements(tmp_path: Path, entries: list[tuple[str, str]]) -> Path:
    lines = ["  acknowledged_warnings:\n"]
    for element, check in entries:
        lines.append(f"    - element: {element}\n      check: {check}\n")
        lines.append(
            "      reason: {ja: 計画書どおり（一方の主体の取り組みだけが印刷されている）, en: As printed}\n"
        )
    text = BUNDLED.read_text(encoding="utf-8")
    anchor = "  citizen_actors: [citizens, community]\n"
    assert anchor in text
    path = tmp_path / "plan.yaml"
    path.write_text(text.replace(anchor, anchor + "".join(lines), 1), encoding="utf-8")
    shutil.copytree(ROOT / "plans" / "sources", tmp_path / "sources")
    return path


def test_acknowledged_warnings_are_set_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # by id (which survives a renumbering) or by reference code
    path = with_acknowledgements(
        tmp_path, [("enriching-learning-opportunities", ONE_ACTOR), ("3-1-3", ONE_ACTOR)]
    )
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "違反 0件、警告 2件（ほかに承認済みの警告 2件）" in out
    assert "承認済みの警告（計画ファイルの acknowledged_warnings）" in out
    assert "✓ 取り組み 1-1-4「学習機会の充実」" in out
    assert main(["validate", str(path), "--strict"]) == 1, "the two other warnings still fail --strict"
    capsys.readouterr()
    assert main(["validate", str(path), "--format", "json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)["reports"]
    assert report["counts"]["warning"] == 2
    assert sorted(a["element"]["notation"] for a in report["acknowledged"]) == ["1-1-4", "3-1-3"]


def test_with_every_warning_acknowledged_strict_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = [
        ("enriching-learning-opportunities", ONE_ACTOR),
        ("strengthening-accessible-consultation-support", ONE_ACTOR),
        ("promoting-formation-local-communities", "TitleRepeatShape"),
        ("3-2-2-city-1", "TitleRepeatShape"),
    ]
    path = with_acknowledgements(tmp_path, entries)
    assert main(["validate", str(path), "--strict"]) == 0
    assert "違反 0件、警告 0件（ほかに承認済みの警告 4件）" in capsys.readouterr().out


def test_a_violation_cannot_be_acknowledged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = with_acknowledgements(tmp_path, [("1-1-4", ONE_ACTOR)])
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "n: 2, ja: 地域福祉活動事例の紹介", "n: 3, ja: 地域福祉活動事例の紹介"
        ),
        encoding="utf-8",
    )
    assert main(["validate", str(path), "--format", "json"]) == 1
    (report,) = json.loads(capsys.readouterr().out)["reports"]
    (violation,) = [f for f in report["findings"] if f["severity"] == "violation"]  # 市② skipped: 市③
    element, check = violation["element"]["notation"], violation["shape"].removeprefix("kzsh:")
    assert element == "1-1-1-city-3"
    entry = f"    - {{element: '{element}', check: {check}, reason: {{ja: 理由}}}}\n"
    text = path.read_text(encoding="utf-8").replace(
        "  acknowledged_warnings:\n", "  acknowledged_warnings:\n" + entry
    )
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert "違反 1件" in capsys.readouterr().out
