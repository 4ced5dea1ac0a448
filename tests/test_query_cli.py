"""`kizuna query`: bad and refused queries (tests/bad-queries/cases.yaml), result formats, data and limits."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import EXPORTS
from pyoxigraph import QueryResultsFormat, parse_query_results
from rdflib import Graph
from rdflib.query import Result

from kizuna_graph.cli import main
from kizuna_graph.query.engine import Limits, answer, solve
from kizuna_graph.query.store import QueryStore, load_store

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "bad-queries" / "cases.yaml").read_text(encoding="utf-8")
)
EXPECTED_CASES = 34
#: each case with an error in Japanese (the default: no --lang) and in English; the others once
RUNS = [
    pytest.param(case, lang, id=f"{case['name']}-{lang}")
    for case in CASES
    for lang in (("ja", "en") if "error" in case else ("ja",))
]


@pytest.fixture(scope="module")
def store() -> QueryStore:
    return load_store([EXPORTS])


def test_all_cases_are_found() -> None:
    assert len(CASES) == EXPECTED_CASES
    assert len(RUNS) == EXPECTED_CASES + 28  # 28 cases of errors, in two languages


@pytest.mark.parametrize(("case", "lang"), RUNS)
def test_query_case(case: dict[str, Any], lang: str, capsys: pytest.CaptureFixture[bytes]) -> None:
    args = ["query", case["query"], "--data", str(EXPORTS), "--format", case.get("format", "table")]
    code = main([*args, *case.get("args", []), *(["--lang", "en"] if lang == "en" else [])])
    out, err = capsys.readouterr()
    assert code == case["exit"], err
    if "error" in case:
        assert case["error"][lang] in err
        assert err.startswith("kizuna: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
    if "output" in case:
        assert case["output"] in out


def _solutions(data: bytes, format: QueryResultsFormat) -> list[dict[str, str]]:
    return [
        {name.value: str(solution[name]) for name in solutions.variables if solution[name] is not None}
        for solutions in [parse_query_results(data, format=format)]
        for solution in solutions
    ]


SELECT = (
    "SELECT ?a ?label ?number ?none ?code WHERE { ?a a kz:NumberedAction ; skos:prefLabel ?label ; "
    "kz:actionNumber ?number ; skos:notation ?code OPTIONAL { ?a kz:noSuchProperty ?none } } ORDER BY ?a ?label"
)
ROWS = 180  # 90 numbered actions × ja and en labels


@pytest.mark.parametrize(
    ("format", "results_format"),
    [("json", QueryResultsFormat.JSON), ("xml", QueryResultsFormat.XML), ("tsv", QueryResultsFormat.TSV)],
)
def test_select_formats_read_back_as_the_store_writes_them(
    store: QueryStore, format: str, results_format: QueryResultsFormat
) -> None:
    """Our writer and Oxigraph's own serializer give the same solutions, as Oxigraph's parser reads them."""
    ours = answer(store, SELECT, format=format)  # type: ignore[arg-type]
    theirs = store.store.query(
        SELECT, prefixes=_prefixes(), default_graph=store.default_graph("all")
    ).serialize(format=results_format)  # type: ignore[union-attr]
    assert _solutions(ours, results_format) == _solutions(theirs, results_format)
    assert len(_solutions(ours, results_format)) == ROWS


@pytest.mark.parametrize(
    ("format", "results_format"),
    [("csv", QueryResultsFormat.CSV), ("json", QueryResultsFormat.JSON), ("xml", QueryResultsFormat.XML)],
)
def test_byte_identical_to_the_store_serializer(
    store: QueryStore, format: str, results_format: QueryResultsFormat
) -> None:
    """CSV, JSON and XML bytes are those of Oxigraph's own serializer (TSV differs: Oxigraph abbreviates numbers)."""
    ours = answer(store, SELECT, format=format)  # type: ignore[arg-type]
    theirs = store.store.query(
        SELECT, prefixes=_prefixes(), default_graph=store.default_graph("all")
    ).serialize(format=results_format)  # type: ignore[union-attr]
    assert ours == theirs
    ask = store.store.query("ASK { ?s ?p ?o }", default_graph=store.default_graph("all")).serialize(
        format=results_format
    )  # type: ignore[union-attr]
    if format != "csv":
        assert answer(store, "ASK { ?s ?p ?o }", format=format) == ask  # type: ignore[arg-type]


def test_csv_has_crlf_and_plain_values(store: QueryStore) -> None:
    assert answer(store, SELECT, format="csv").startswith(b"a,label,number,none,code\r\n")


def test_json_and_xml_are_read_by_rdflib(store: QueryStore) -> None:
    """An independent reader (rdflib's result parsers) gets the same bindings, language tags and datatypes."""
    for format in ("json", "xml"):
        result = Result.parse(io.BytesIO(answer(store, SELECT, format=format)), format=format)  # type: ignore[arg-type]
        rows = list(result)
        assert len(rows) == ROWS and [str(v) for v in result.vars] == ["a", "label", "number", "none", "code"]  # type: ignore[union-attr]
        assert {row[1].language for row in rows} == {"ja", "en"}  # type: ignore[index,union-attr]
        # Oxigraph stores xsd:positiveInteger as xsd:integer (see tests/test_query_engines.py)
        assert {str(row[2].datatype) for row in rows} == {"http://www.w3.org/2001/XMLSchema#integer"}  # type: ignore[index,union-attr]
        assert all(row[3] is None for row in rows)  # type: ignore[index]


def test_ask_in_json_and_xml(store: QueryStore) -> None:
    assert json.loads(answer(store, "ASK { ?s a kz:Measure }", format="json")) == {
        "head": {},
        "boolean": True,
    }
    xml = answer(store, "ASK { ?s a kz:NoSuchClass }", format="xml")
    assert Result.parse(io.BytesIO(xml), format="xml").askAnswer is False


def test_construct_as_turtle_and_jsonld_is_the_same_graph(store: QueryStore) -> None:
    query = "CONSTRUCT { ?p skos:prefLabel ?l } WHERE { ?p a kz:Policy ; skos:prefLabel ?l }"
    turtle = Graph().parse(data=answer(store, query, format="turtle"), format="turtle")
    jsonld = Graph().parse(data=answer(store, query, format="jsonld"), format="json-ld")
    assert len(turtle) == 16 and set(turtle) == set(jsonld)
    assert answer(store, query, format="turtle") == answer(store, query, format="turtle")


def test_table_shows_japanese_labels_for_iris(store: QueryStore) -> None:
    table = answer(store, "SELECT ?goal WHERE { ?goal a kz:BasicGoal } ORDER BY ?goal", format="table")
    assert table.decode().split("\n")[2:5] == [
        "つながる地域づくり",
        "支え合いで安心の地域づくり",
        "暮らしを守る地域づくり",
    ]


def test_graph_option_chooses_the_default_graph(store: QueryStore) -> None:
    """kz:isPartOf is inferred only; the analysis graph holds the cross-links."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a kz:isPartOf ?b }"
    assert solve(store, count, graph="asserted").rows[0][0].value == "0"  # type: ignore[union-attr]
    assert int(solve(store, count, graph="inferred").rows[0][0].value) > 0  # type: ignore[union-attr]
    links = "ASK { ?l a kz:CrossLink }"
    assert solve(store, links, graph="analysis").boolean and not solve(store, links, graph="asserted").boolean


def test_any_build_is_read_without_its_analysis(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with another build's name and no analysis/ answers from its asserted and inferred graphs."""
    shutil.copy(EXPORTS / "isesaki-3.trig", tmp_path / "next-edition.trig")
    query = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a kz:Measure }"
    assert main(["query", query, "--data", str(tmp_path), "--format", "csv"]) == 0
    assert capsys.readouterr().out == "n\r\n21\r\n"


def test_truncated_export_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = (EXPORTS / "isesaki-3.trig").read_bytes()
    (tmp_path / "isesaki-3.trig").write_bytes(data[: len(data) // 2])
    assert main(["query", "ASK { ?s ?p ?o }", "--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "isesaki-3.trig" in err and "kizuna build" in err


@pytest.mark.parametrize("existing", [False, True], ids=["new-folder", "empty-folder"])
def test_store_from_bad_data_leaves_no_store(
    existing: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store whose data fails to load is removed, so the next run does not open half a store as whole."""
    data = (EXPORTS / "isesaki-3.trig").read_bytes()
    (tmp_path / "isesaki-3.trig").write_bytes(data[: len(data) // 2])
    folder = tmp_path / "store"
    if existing:
        folder.mkdir()
    assert main(["query", "ASK { ?s ?p ?o }", "--store", str(folder), "--data", str(tmp_path)]) == 2
    assert "isesaki-3.trig" in capsys.readouterr().err
    assert folder.is_dir() == existing and not (existing and any(folder.iterdir()))


def test_missing_data_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none"
    assert main(["query", "ASK { ?s ?p ?o }", "--data", str(missing)]) == 2
    assert f"kizuna: {missing}: そのファイルもフォルダーもありません" in capsys.readouterr().err
    assert main(["query", "ASK { ?s ?p ?o }", "--data", str(missing), "--lang", "en"]) == 2
    assert f"kizuna: {missing}: no such file or folder" in capsys.readouterr().err


def test_store_folder_is_created_then_reopened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--store DIR: created from ./exports on first use (the tests run in the checkout), then read-only."""
    folder = tmp_path / "store"
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert main(["query", query, "--data", str(EXPORTS), "--format", "csv"]) == 0
    expected = capsys.readouterr().out
    for _ in range(2):
        assert main(["query", query, "--store", str(folder), "--format", "csv"]) == 0
        assert capsys.readouterr().out == expected
        assert any(folder.iterdir())


def test_memory_limit_stops_the_worker(store: QueryStore) -> None:
    from kizuna_graph.errors import QueryError
    from kizuna_graph.query.engine import answer_killable

    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f"
    with pytest.raises(QueryError, match=r"out of memory|memory limit"):
        answer_killable(store, cross, format="csv", limits=Limits(timeout=60, memory_mb=200))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("", "query:1:21: 問い合わせの 1 行 21 文字目に書き方の誤りがあります"),
        ("en", "query:1:21: syntax error at line 1, column 21 of the query"),
    ],
)
def test_whole_process_prints_one_line_on_error(lang: str, expected: str) -> None:
    """The installed command, as a user runs it: one line on stderr in the language asked (Japanese by
    default, the engine's words only in the detail part), exit 2, no traceback."""
    command = [
        sys.executable,
        "-m",
        "kizuna_graph.cli",
        "query",
        "SELECT * { GRAPH ?g ",
        "--data",
        str(EXPORTS),
        *(["--lang", lang] if lang else []),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and expected in done.stderr, done.stderr
    detail = '（詳細: expected "{"）' if not lang else '(detail: expected "{")'
    assert done.stderr.rstrip().endswith(detail) and "Traceback" not in done.stderr


def test_query_rows_parse_as_csv(store: QueryStore) -> None:
    text = answer(store, "SELECT ?n WHERE { ?g a kz:BasicGoal ; skos:notation ?n } ORDER BY ?n", format="csv")
    assert list(csv.reader(io.StringIO(text.decode(), newline=""))) == [["n"], ["1"], ["2"], ["3"]]


def _prefixes() -> dict[str, str]:
    from kizuna_graph.terms.namespaces import PREFIXES

    return dict(PREFIXES)
