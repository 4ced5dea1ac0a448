"""The spreadsheet round trip: `kizuna export-xlsx` and `kizuna import-xlsx`, as .xlsx and as CSV files."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import BUNDLED
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kizuna_graph.cli import main
from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan

openpyxl = pytest.importorskip("openpyxl", reason="openpyxl is not installed")

CASES_FILE = Path(__file__).parent / "workbook" / "cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]


def plan_graph(path: Path) -> Graph:
    """The plan graph without the provenance of the plan file's bytes (its name, hash and the build using it):
    a plan file written by import-xlsx has other bytes than the original, by design."""
    result = build_graph(load_plan(path))
    dataset = result.dataset
    assert dataset is not None
    file_nodes = {
        s
        for s in result.graph.subjects()
        if isinstance(s, URIRef)
        and (str(s).startswith(f"{dataset}/build/") or str(s) == f"{dataset}/source/plan-file")
    }
    graph = Graph()
    for s, p, o in result.graph:
        if s not in file_nodes and not (s == dataset and p == PROV.wasGeneratedBy):
            graph.add((s, p, o))
    assert len(graph) > 0.99 * len(result.graph), "only the plan file's bytes and their build are set aside"
    return graph


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("book") / "isesaki-3.xlsx"
    assert main(["export-xlsx", str(BUNDLED), "--out", str(out)]) == 0
    return out


def test_the_workbook_is_one_sheet_per_level_with_japanese_headers(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames == [
        "基本目標",
        "施策",
        "市民・地域の取り組み",
        "取り組み",
        "番号付きの取り組み",
        "主体",
    ]
    actions = book["番号付きの取り組み"]
    header = [c.value for c in actions[1]]
    assert header == [
        "基本目標",
        "施策",
        "取り組み",
        "見出し（参考）",
        "主体",
        "番号",
        "本文",
        "本文（英語）",
        "ID",
    ]
    plan = load_plan(BUNDLED).plan
    count = sum(len(m.actions) for g in plan.goals for p in g.policies for m in p.measures)
    assert actions.max_row - 1 == count == 90
    # the first action of the plan: 1-1-1 市① as printed
    assert [c.value for c in actions[2]][:6] == [1, "1-1", "1-1-1", "地域福祉の広報啓発", "市", 1]
    first = plan.goals[0].policies[0].measures[0]
    assert actions["I2"].value == first.actions[0].id, "the ID column holds the action's id"
    assert book["取り組み"]["I2"].value == first.id
    (rule,) = actions.data_validations.dataValidation
    last = len(plan.actors) + 1
    assert rule.type == "list" and rule.formula1 == f"'主体'!$B$2:$B${last}" and "E2" in str(rule.sqref)
    assert [r[1].value for r in book["主体"].iter_rows(min_row=2)] == [a.label.ja for a in plan.actors]


def test_round_trip_gives_the_same_plan_graph(workbook: Path, tmp_path: Path) -> None:
    out = tmp_path / "isesaki-3.yaml"
    assert main(["import-xlsx", str(workbook), "--base", str(BUNDLED), "--out", str(out)]) == 0
    assert isomorphic(plan_graph(out), plan_graph(BUNDLED))
    assert main(["diff", str(BUNDLED), str(out)]) == 0
    # every id and so every IRI is kept (isomorphic compares IRIs as they are; the ids, to say so plainly)
    ids = lambda path: [  # noqa: E731
        (e.id, type(e).__name__)
        for g in load_plan(path).plan.goals
        for p in g.policies
        for e in (*p.citizen_actions, *p.measures, *(a for m in p.measures for a in m.actions))
    ]
    assert ids(out) == ids(BUNDLED) and len(ids(BUNDLED)) == 21 + 21 + 90


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp932"])
def test_csv_files_in_each_encoding_excel_saves(encoding: str, tmp_path: Path, workbook: Path) -> None:
    folder = tmp_path / "csv"
    assert main(["export-xlsx", str(BUNDLED), "--out", str(folder), "--csv"]) == 0
    for file in folder.glob("*.csv"):
        text = file.read_bytes().decode("utf-8-sig")
        if (
            encoding == "cp932"
        ):  # our English notes use "–", which Shift_JIS lacks (Excel would refuse it too)
            text = text.replace("–", "-")
        file.write_bytes(text.encode(encoding))
    out = tmp_path / "from-csv.yaml"
    assert main(["import-xlsx", str(folder), "--base", str(BUNDLED), "--out", str(out)]) == 0
    from_xlsx = tmp_path / "from-xlsx.yaml"
    assert main(["import-xlsx", str(workbook), "--base", str(BUNDLED), "--out", str(from_xlsx)]) == 0
    read = out.read_text(encoding="utf-8"), from_xlsx.read_text(encoding="utf-8")
    if encoding == "cp932":
        read = read[0].replace("–", "-"), read[1].replace("–", "-")
    assert read[0] == read[1]


def test_an_edit_in_the_workbook_shows_in_diff(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(workbook)
    book["番号付きの取り組み"]["G3"] = "地域福祉活動事例の紹介と活動者の表彰"  # 1-1-1 市② reworded
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    out = tmp_path / "revision.yaml"
    assert main(["import-xlsx", str(edited), "--base", str(BUNDLED), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["diff", str(BUNDLED), str(out), "--format", "json"]) == 1
    import json

    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["change"], c["element"]) for c in changes] == [("reworded", "action")]
    assert changes[0]["new"]["notation"] == "1-1-1-city-2"
    assert changes[0]["new"]["label"]["ja"] == "地域福祉活動事例の紹介と活動者の表彰"


def test_all_cases_found() -> None:
    assert len(CASES) == 9


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_mistakes_in_the_workbook(
    case: dict[str, Any], lang: str, workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.load_workbook(workbook)
    book[case["sheet"]][case["cell"]] = case["value"]
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    out = tmp_path / "revision.yaml"
    code = main(["import-xlsx", str(edited), "--base", str(BUNDLED), "--out", str(out), "--lang", lang])
    assert code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"kizuna: {edited}: ") and case["message"][lang] in lines[0], lines[0]
    assert not out.exists()


def test_a_new_row_gets_a_new_id_and_every_other_iri_stays(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An action inserted at the head of 1-1-1 市 (its ID cell empty) renumbers the others; ids keep their IRIs."""
    book = openpyxl.load_workbook(workbook)
    sheet = book["番号付きの取り組み"]
    sheet.insert_rows(2)
    for column, value in zip(
        "ABCDEFGH",
        [1, "1-1", "1-1-1", "地域福祉の広報啓発", "市", 1, "出前講座の開催", "Holding outreach lectures"],
        strict=True,
    ):
        sheet[f"{column}2"] = value
    sheet["F3"], sheet["F4"] = 2, 3
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    out = tmp_path / "revision.yaml"
    assert main(["import-xlsx", str(edited), "--base", str(BUNDLED), "--out", str(out)]) == 0
    measure = load_plan(out).plan.goals[0].policies[0].measures[0]
    before = load_plan(BUNDLED).plan.goals[0].policies[0].measures[0]
    assert [(a.id, a.number) for a in measure.actions[:3]] == [
        ("holding-outreach-lectures", 1),
        (before.actions[0].id, 2),
        (before.actions[1].id, 3),
    ]
    capsys.readouterr()
    assert main(["diff", str(BUNDLED), str(out), "--format", "json"]) == 1
    import json

    changes = json.loads(capsys.readouterr().out)["changes"]
    added = [c for c in changes if c["change"] == "added"]
    assert len(added) == 1 and added[0]["new"]["key"] == "action/holding-outreach-lectures"
    assert all(c["change"] in ("added", "renumbered") for c in changes), changes


COMMENTS: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "workbook" / "comments.yaml").read_text(encoding="utf-8")
)


def test_all_comment_cases_found() -> None:
    assert len(COMMENTS["cases"]) == 8


def _next_statement(lines: list[str], index: int) -> str:
    return next(line.strip() for line in lines[index:] if line.strip() and not line.lstrip().startswith("#"))


def test_comments_in_the_goals_block_survive_the_round_trip(workbook: Path, tmp_path: Path) -> None:
    """The comments of the goals block are the officer's notes: import-xlsx keeps every one, at its element."""
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    for case in COMMENTS["cases"]:
        if "after" in case:
            index = lines.index(case["after"])
            lines[index] += "  " + case["comment"]
        else:
            lines.insert(lines.index(case["before"]), " " * case["indent"] + case["comment"])
    base = tmp_path / "plans" / "commented.yaml"
    shutil.copytree(BUNDLED.parent / "sources", base.parent / "sources")
    base.write_text("\n".join(lines) + "\n", encoding="utf-8")
    book_path = tmp_path / "commented.xlsx"
    assert main(["export-xlsx", str(base), "--out", str(book_path)]) == 0
    book = openpyxl.load_workbook(book_path)
    for row in COMMENTS["delete"]:
        book[row["sheet"]].delete_rows(row["row"])
    book.save(book_path)
    out = tmp_path / "plans" / "imported.yaml"
    assert main(["import-xlsx", str(book_path), "--base", str(base), "--out", str(out)]) == 0
    written = out.read_text(encoding="utf-8").splitlines()
    for case in COMMENTS["cases"]:
        found = [i for i, line in enumerate(written) if case["comment"] in line]
        assert len(found) == 1, case["name"]
        line = written[found[0]]
        if line.lstrip().startswith("#"):
            assert _next_statement(written, found[0] + 1).startswith(case["then"]), case["name"]
        else:
            assert line.strip().startswith(case["then"]) and line.endswith(case["comment"]), case["name"]
    assert len(load_plan(out).plan.goals[0].policies[0].citizen_actions) == 1
