"""Questions across plans and editions (queries/editions/), on a corpus built by `kizuna build` from two sources.

The corpus is the bundled 3rd edition and the made-up 4th of tests/revisions/valid/next-edition.yaml, built
by one `kizuna build` run (a release per plan in its own subfolder); each answer is derived in plain Python from both plans' records
(tests/query_answers.py) and checked on Oxigraph and on rdflib.
"""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pytest
from conftest import BUNDLED, ROOT
from query_answers import ANSWERS, EDITION_ANSWERS
from rdflib import Dataset

from kizuna_graph.cli import main
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.source import load_plan
from kizuna_graph.query.engine import answer, solve
from kizuna_graph.query.library import Query, find_query, load_queries
from kizuna_graph.query.store import QueryStore, load_store
from kizuna_graph.terms.namespaces import PREFIXES

NEXT_EDITION = ROOT / "tests" / "revisions" / "valid" / "next-edition.yaml"
QUERIES = load_queries(ROOT / "queries" / "editions")
EXPECTED_QUERIES = 4


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    assert main(["build", str(BUNDLED), str(NEXT_EDITION), "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def store(corpus: Path) -> QueryStore:
    return load_store([corpus])


@pytest.fixture(scope="module")
def records() -> list[PlanFile]:
    return [load_plan(BUNDLED), load_plan(NEXT_EDITION)]


def rows_of(data: bytes) -> list[tuple[str, ...]]:
    return [tuple(row) for row in csv.reader(io.StringIO(data.decode("utf-8"), newline=""))]


def expected(query: Query) -> list[tuple[str, ...]]:
    return rows_of(query.expected_path.read_bytes())


def test_all_edition_queries_are_found() -> None:
    assert len(QUERIES) == EXPECTED_QUERIES
    assert {q.name for q in QUERIES} == set(EDITION_ANSWERS)
    assert find_query("editions/edition-chain").name == "edition-chain"


def test_one_build_writes_both_plans(corpus: Path) -> None:
    assert {str(p.relative_to(corpus)) for p in corpus.glob("*/*.trig")} == {
        "isesaki-3/isesaki-3.trig",
        "isesaki-4/isesaki-4.trig",
    }


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_expected_answer_is_what_the_plans_say(query: Query, records: list[PlanFile]) -> None:
    assert expected(query) == EDITION_ANSWERS[query.name](records)
    assert len(expected(query)) > 1


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_edition_query_on_oxigraph(query: Query, store: QueryStore) -> None:
    assert rows_of(answer(store, query.text, format="csv")) == expected(query)


@pytest.fixture(scope="module")
def rdflib_dataset(corpus: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    with warnings.catch_warnings():  # rdflib 7's TriG parser uses its own deprecated ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        for path in sorted(corpus.glob("*/*.trig")):
            dataset.parse(path, format="trig")
    return dataset


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_edition_query_on_rdflib(query: Query, rdflib_dataset: Dataset) -> None:
    """rdflib over the same data (the TriG files, default graph the union) gives the same rows."""
    dataset = rdflib_dataset
    rows = [
        tuple("" if v is None else str(v) for v in row) for row in dataset.query(query.text, initNs=PREFIXES)
    ]  # type: ignore[union-attr]
    assert rows == expected(query)[1:]


def test_a_single_plan_question_across_the_corpus(
    store: QueryStore, records: list[PlanFile], corpus: Path
) -> None:
    """plan-outline-counts asks of the Isesaki plan (kz:projectId "isesaki-3") only, with the 4th edition loaded."""
    query = find_query("plan-outline-counts")
    rows = rows_of(answer(store, query.text, format="csv"))
    assert rows == ANSWERS[query.name](records[0], corpus)
    assert rows[1][0] == "isesaki-3"


def test_union_default_graph_is_a_set(store: QueryStore) -> None:
    """Both plans hold the City's project id and name: the union default graph gives it once; a list of graphs as
    the default graph (Oxigraph's own way) gives it 2 × 2 times."""
    sparql = (
        'SELECT ?name WHERE { ?org kz:projectId "city" ; skos:prefLabel ?name FILTER(lang(?name) = "ja") }'
    )
    assert rows_of(answer(store, sparql, format="csv")) == [("name",), ("伊勢崎市",)]
    listed = store.store.query(sparql, prefixes=dict(PREFIXES), default_graph=store.default_graph("asserted"))
    assert len(list(listed)) == 4  # type: ignore[arg-type]  # each of the two patterns matched in both graphs


@pytest.mark.parametrize("graph", ["all", "asserted"])
def test_store_graph_option_gives_each_triple_once(
    graph: str, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: `kizuna query --store DIR --graph asserted` gave the City's name 4 times (once per plan per
    pattern) as it queried the list of both plans' asserted graphs; it gives it once, as --data does."""
    sparql = (
        'SELECT ?name WHERE { ?org kz:projectId "city" ; skos:prefLabel ?name FILTER(lang(?name) = "ja") }'
    )
    folder = tmp_path / "store"
    assert main(["query", sparql, "--store", str(folder), "--data", str(corpus), "--format", "csv"]) == 0
    capsys.readouterr()
    assert main(["query", sparql, "--store", str(folder), "--graph", graph, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["name", "伊勢崎市"]
    assert main(["query", sparql, "--data", str(corpus), "--graph", graph, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["name", "伊勢崎市"]


def test_data_given_to_a_store_that_exists_is_one_line_exit_2(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "store"
    assert main(["query", "ASK { ?s ?p ?o }", "--store", str(folder), "--data", str(corpus)]) == 0
    capsys.readouterr()
    assert main(["query", "ASK { ?s ?p ?o }", "--store", str(folder), "--data", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and str(folder) in err and "--data" in err


@pytest.mark.parametrize("graph", ["all", "asserted"])
def test_graph_selection_in_python_gives_each_triple_once(store: QueryStore, graph: str) -> None:
    """solve(…, graph="asserted") on a store whose default graph is the union of all: once, not 2 × 2 times."""
    sparql = (
        'SELECT ?name WHERE { ?org kz:projectId "city" ; skos:prefLabel ?name FILTER(lang(?name) = "ja") }'
    )
    assert [row[0].value for row in solve(store, sparql, graph=graph).rows] == ["伊勢崎市"]  # type: ignore[arg-type, union-attr]
