"""A corpus of plans (a folder of plan files) validated and built plan by plan in a process pool.

The corpora are data (tests/corpus/cases.yaml): each names its plan files and the verdict each must get, known
from where the file comes from (the bundled plan and tests/revisions/valid conform, a broken revision has
the violations its case lists, a file with a YAML syntax error cannot be read). The tests check that a corpus
gives each plan the report it gets alone, that a bad file is one line of the report and does not stop the
others, that the number of workers changes neither the report nor a byte of the build, and that SHACL-SPARQL
queries prepared once give the same findings as queries parsed at every evaluation.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from rdflib import Graph
from rdflib.compare import isomorphic
from revision_cases import BUNDLED, key, load_cases

from kizuna_graph.cli import main
from kizuna_graph.plan.files import MAX_BYTES, plan_paths
from kizuna_graph.plan.load import load
from kizuna_graph.validate.lookup import list_lookup, set_lookup
from kizuna_graph.validate.prepared import prepared_count
from kizuna_graph.validate.shacl import Finding, validate

HERE = Path(__file__).parent
VALID = HERE / "revisions" / "valid"
CASES: list[dict[str, Any]] = yaml.safe_load((HERE / "corpus" / "cases.yaml").read_text(encoding="utf-8"))
BROKEN_CASES = {case.name: case for case in load_cases()}


def test_all_corpus_cases_found() -> None:
    assert len(CASES) == 3
    assert [case["exit"] for case in CASES] == [0, 1, 2]


def make_corpus(case: dict[str, Any], folder: Path) -> Path:
    """The folder of ``case``'s plan files (and the bundled plan's sources/ for the YAML sources)."""
    folder.mkdir(parents=True)
    (folder / "sources").symlink_to(BUNDLED.parent / "sources", target_is_directory=True)
    for plan in case["plans"]:
        if isinstance(plan, dict):
            (folder / plan["name"]).write_text(plan["text"], encoding="utf-8")
        elif plan == "bundled":
            shutil.copy(BUNDLED, folder / BUNDLED.name)
        elif plan.startswith("valid/"):
            shutil.copy(VALID / plan.removeprefix("valid/"), folder / plan.removeprefix("valid/"))
        else:
            name = plan.removeprefix("broken/")
            scratch = folder.parent / f"{folder.name}-{name}"
            scratch.mkdir()
            BROKEN_CASES[Path(name).stem].write(scratch).rename(folder / name)
    return folder


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("corpora")
    return {case["name"]: make_corpus(case, root / case["name"]) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_each_plan_of_a_corpus_gets_the_report_it_gets_alone(
    case: dict[str, Any], corpora: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = corpora[case["name"]]
    code, out, err = run(["validate", str(folder), "--format", "json", "--workers", "2"], capsys)
    document = json.loads(out)
    assert code == case["exit"]
    verdicts = {Path(plan["source"]).name: plan["verdict"] for plan in document["plans"]}
    assert verdicts == case["verdicts"]
    assert [Path(plan["source"]).name for plan in document["plans"]] == sorted(case["verdicts"])
    readable = [name for name in sorted(case["verdicts"]) if case["verdicts"][name] != "unreadable"]
    assert [Path(report["source"]).name for report in document["reports"]] == readable
    for name, report in zip(readable, document["reports"], strict=True):
        alone_code, alone, _ = run(
            ["validate", str(folder / name), "--format", "json", "--workers", "1"], capsys
        )
        assert json.loads(alone)["reports"] == [report]
        assert alone_code == {"conforms": 0, "fails": 1}[case["verdicts"][name]]
    for name, line in case.get(
        "line", {}
    ).items():  # a bad file: one line, at its line, on stderr and in the report
        error = next(plan["error"] for plan in document["plans"] if Path(plan["source"]).name == name)
        assert error.startswith(f"{folder / name}:{line}: ")
        assert "\n" not in error
        assert f"kizuna: {error}" in err.splitlines()


def test_a_broken_plan_is_reported_at_its_lines_and_the_others_pass(
    corpora: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = corpora["one-plan-with-violations"]
    code, out, _ = run(["validate", str(folder), "--lang", "en"], capsys)
    assert code == 1
    broken = folder / "duplicate-action-number.yaml"
    lines = broken.read_text(encoding="utf-8").splitlines()
    for action in ("publishing-newsletter-updating-website", "promoting-cooperation-community-chest"):
        line = next(n for n, text in enumerate(lines, start=1) if f"{{id: {action}," in text)
        assert f" — {broken}:{line}" in out  # the element, then file:line
    assert f"  ✗ {broken} — fails (2 violations, 4 warnings)" in out
    assert f"  ✓ {folder / 'isesaki-3.yaml'} — conforms (0 violations, 4 warnings)" in out
    assert f"  ✓ {folder / 'next-edition.yaml'} — conforms (0 violations, 4 warnings)" in out
    assert "verdict per plan: of 3 plans, 2 conform, 1 fail, 0 cannot be read" in out


@pytest.mark.parametrize("format", ["text", "json", "turtle"])
def test_one_or_two_workers_give_the_same_report(
    format: str, corpora: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = corpora["one-file-that-cannot-be-read"]
    one = run(["validate", str(folder), "--format", format, "--workers", "1"], capsys)
    two = run(["validate", str(folder), "--format", format, "--workers", "2"], capsys)
    assert one[0] == two[0] == 2 and one[2] == two[2]
    if format == "turtle":  # blank nodes (SHACL property paths) get new labels in every process: as graphs
        graphs = [Graph().parse(data=report, format="turtle") for report in (one[1], two[1])]
        assert len(graphs[0]) > 50 and isomorphic(*graphs)
    else:
        assert one[1] == two[1] and one[1]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_one_or_two_workers_build_the_same_bytes(
    corpora: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = corpora["three-plans-that-conform"]
    for workers in ("1", "2"):
        assert main(["build", str(folder), "--out", str(tmp_path / workers), "--workers", workers]) == 0
    one, two = _tree(tmp_path / "1"), _tree(tmp_path / "2")
    assert one == two
    slugs = {name.split("/")[0] for name in one}
    assert slugs == {"isesaki-3", "isesaki-3-midterm-review", "isesaki-4"}  # the three plans' dataset slugs
    # each release is the one a build of that plan alone writes
    alone = tmp_path / "alone"
    assert main(["build", str(folder / "next-edition.yaml"), "--out", str(alone)]) == 0
    assert _tree(alone) == {
        k.removeprefix("isesaki-4/"): v for k, v in one.items() if k.startswith("isesaki-4/")
    }


@pytest.mark.parametrize("name", ["one-plan-with-violations", "one-file-that-cannot-be-read"])
def test_a_corpus_with_a_failing_plan_publishes_nothing(
    name: str, corpora: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = next(case for case in CASES if case["name"] == name)
    out = tmp_path / "out"
    code, stdout, err = run(
        ["build", str(corpora[name]), "--out", str(out), "--workers", "2", "--lang", "en"], capsys
    )
    assert code == case["exit"]
    assert not out.exists()
    assert "nothing was published: 1 of 3 plans fail or cannot be read" in err
    assert stdout.count("  ✓ ") == 2


def test_a_folder_gives_its_plan_files_sorted(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.ttl", "c.jsonld", "notes.json", ".hidden.yaml", "README.md"):
        (tmp_path / name).write_text("")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.yaml").write_text("")
    assert [p.name for p in plan_paths([tmp_path])] == ["a.ttl", "b.yaml", "c.jsonld"]


def test_an_empty_folder_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["validate", str(tmp_path), "--lang", "en"], capsys)
    assert (code, out) == (2, "")
    assert (
        err
        == f"kizuna: {tmp_path}: the folder holds no plan file (.yaml, .yml, .ttl, .nt, .trig, .jsonld): give a folder of plan files, or plan files\n"
    )


def test_a_file_over_the_limit_says_that_a_corpus_is_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "many-plans.ttl"
    big.write_bytes(b"#" * (MAX_BYTES + 1))
    code, _, err = run(["validate", str(big), "--lang", "en"], capsys)
    assert code == 2
    assert "give a corpus of many plans as a folder of plan files" in err


def _findings(findings: tuple[Finding, ...]) -> Counter[tuple[object, ...]]:
    return Counter((*key(f), f.message_ja, f.message_en, f.element.line) for f in findings)


def test_prepared_queries_give_the_same_findings(tmp_path: Path) -> None:
    """The same findings whether pySHACL's SPARQL queries are parsed at each evaluation or prepared once: on the
    bundled plan and on each broken revision whose expected findings include a SHACL-SPARQL check (the cases
    where a query finds something; every other case finds nothing with those queries)."""
    sparql_cases = [
        case
        for case in BROKEN_CASES.values()
        if any(entry["component"] == "sh:SPARQLConstraintComponent" for entry in case.spec["expect"])
    ]
    assert len(BROKEN_CASES) == 26 and len(sparql_cases) == 8
    plans = [BUNDLED]
    for case in sparql_cases:
        (tmp_path / case.name).mkdir()
        plans.append(case.write(tmp_path / case.name))
    differ, shapes = [], Counter[str]()
    for path in plans:
        loaded = load(path)
        parsed = validate(loaded.graph, locations=loaded.locations, sparql="parsed")
        prepared = validate(loaded.graph, locations=loaded.locations, sparql="prepared")
        if _findings(parsed.findings) != _findings(prepared.findings):
            differ.append(path.name)
        shapes.update(f.shape for f in prepared.findings if f.component == "sh:SPARQLConstraintComponent")
    assert differ == []
    assert prepared_count() >= 5  # the five SHACL-SPARQL checks of the plan shapes, prepared
    # every SHACL-SPARQL check of the plan shapes found something in at least one of these plans
    assert set(shapes) == {
        "kzsh:RepeatedNumberShape",
        "kzsh:SkippedNumberShape",
        "kzsh:NotationShape",
        "kzsh:TitleRepeatShape",
        "kzsh:PlanActorShape",
    }


def test_the_set_lookup_of_constraint_parameters_gives_the_same_findings(tmp_path: Path) -> None:
    """pySHACL's constraint parameters looked up by hash (kizuna_graph.validate.lookup) or, as pySHACL does,
    along its list: the same findings on the bundled plan and on every broken revision."""
    import pyshacl.shape

    assert set_lookup(), "pySHACL's internals are not as validate/lookup.py expects: the speed-up is off"
    plans = [BUNDLED]
    for case in BROKEN_CASES.values():
        (tmp_path / case.name).mkdir()
        plans.append(case.write(tmp_path / case.name))
    differ = []
    for path in plans:
        loaded = load(path)
        fast = validate(loaded.graph, locations=loaded.locations)
        assert type(pyshacl.shape.CONSTRAINT_PARAMS[0]).__name__ == "_SetList"
        with list_lookup():
            slow = validate(loaded.graph, locations=loaded.locations)
            assert type(pyshacl.shape.CONSTRAINT_PARAMS[0]) is list
        if _findings(fast.findings) != _findings(slow.findings):
            differ.append(path.name)
    assert len(plans) == 27 and differ == []
