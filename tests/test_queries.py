"""The bundled questions: each gives the answer derived in plain Python from the plan, on Oxigraph."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from conftest import BUNDLED, EXPORTS
from query_answers import ANSWERS
from rdflib import Graph, URIRef
from rdflib import namespace as ns

from kizuna_graph.cli import main
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.source import load_plan
from kizuna_graph.query.engine import answer
from kizuna_graph.query.library import Query, find_query, load_queries
from kizuna_graph.query.store import GRAPHS, QueryStore, load_store
from kizuna_graph.terms.namespaces import KZ, PREFIXES, VCARD

QUERIES = load_queries()
EXPECTED_QUERIES = 21
#: The published files of each graph, for running a query on only the graphs it names.
GRAPH_FILES = {
    "asserted": EXPORTS / "isesaki-3.ttl",
    "inferred": EXPORTS / "isesaki-3-inferred.ttl",
    "analysis": EXPORTS / "analysis" / "isesaki-3-analysis.ttl",
}


@pytest.fixture(scope="module")
def store() -> QueryStore:
    return load_store([EXPORTS])


@pytest.fixture(scope="module")
def records() -> PlanFile:
    return load_plan(BUNDLED)


def expected(query: Query) -> list[tuple[str, ...]]:
    with query.expected_path.open(encoding="utf-8", newline="") as stream:
        return [tuple(row) for row in csv.reader(stream)]


def oxigraph_rows(store: QueryStore, query: Query) -> list[tuple[str, ...]]:
    text = answer(store, query.text, format="csv", where=str(query.path)).decode("utf-8")
    return [tuple(row) for row in csv.reader(io.StringIO(text, newline=""))]


def test_all_queries_are_found() -> None:
    assert len(QUERIES) == EXPECTED_QUERIES, [q.name for q in QUERIES]
    folder = QUERIES[0].path.parent
    assert {p.name for p in folder.glob("*.expected.csv")} == {f"{q.name}.expected.csv" for q in QUERIES}
    assert set(ANSWERS) == {q.name for q in QUERIES}, "every query needs its answer in tests/query_answers.py"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_expected_answer_is_what_the_plan_says(query: Query, records: PlanFile) -> None:
    """The published expected answer agrees with the one derived in plain Python from the plan records."""
    assert expected(query) == ANSWERS[query.name](records, EXPORTS)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_gives_its_expected_answer(query: Query, store: QueryStore) -> None:
    rows = expected(query)
    assert len(rows) > 1, "an empty answer tests nothing: ask a question that has one"
    assert oxigraph_rows(store, query) == rows


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_has_its_header_and_no_prefix_lines(query: Query) -> None:
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", query.title_ja), query.path
    assert re.search(r"[A-Za-z]{3}", query.title_en), query.path
    assert query.graphs and set(query.graphs) <= set(GRAPHS)
    assert "graphs:" in query.text
    assert not re.search(r"^\s*PREFIX\b", query.text, re.IGNORECASE | re.MULTILINE), query.path


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_needs_only_the_graphs_it_names(query: Query) -> None:
    """Run on just the graphs of its header, each query still gives its answer."""
    only = load_store([GRAPH_FILES[name] for name in query.graphs])
    assert oxigraph_rows(only, query) == expected(query)


def test_actions_per_goal_and_actor_sum_to_the_plans_90_actions() -> None:
    rows = expected(find_query("actions-per-goal-and-actor"))
    assert sum(int(row[3]) for row in rows[1:]) == 90


def test_multi_parent_measure_is_2_3_2_under_2_3_and_read_under_3_3() -> None:
    rows = expected(find_query("multi-parent-measures"))
    assert [(row[0], row[2], row[4]) for row in rows[1:]] == [
        ("2-3-2", "2-3", "primary"),
        ("2-3-2", "3-3", "reading of the layout"),
    ]


def test_cli_writes_the_expected_answer_as_csv(tmp_path: Path) -> None:
    out = tmp_path / "answer.csv"
    code = main(
        ["query", "multi-parent-measures", "--format", "csv", "--out", str(out), "--data", str(EXPORTS)]
    )
    assert code == 0
    rows = [tuple(row) for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline=""))]
    assert rows == expected(find_query("multi-parent-measures"))


def test_every_term_in_the_queries_is_declared() -> None:
    """kz: terms exist in the ontology (the closed KZ namespace); other terms come from allowed vocabularies."""
    allowed = {
        "rdf": ns.RDF,
        "rdfs": ns.RDFS,
        "skos": ns.SKOS,
        "xsd": ns.XSD,
        "dcterms": ns.DCTERMS,
        "dcat": ns.DCAT,
    }
    used: set[tuple[str, str]] = set()
    for query in QUERIES:
        code = re.sub(r'"[^"\n]*"|#[^\n]*', " ", query.text)
        used |= set(re.findall(r"(?<![\w?$])([a-z]+):([A-Za-z][\w-]*)", code))
    assert used, "no prefixed terms found: the scan is broken"
    for prefix, name in sorted(used):
        assert prefix in PREFIXES, f"{prefix}:{name}: prefix not in namespaces.PREFIXES"
        if prefix == "kz":
            assert hasattr(KZ, name), f"kz:{name} is not a term of ontology/kizuna.ttl"
        elif prefix == "vcard":
            assert name in _VCARD_TERMS, f"vcard:{name}: not a vCard term used by the exports"
        else:
            assert prefix in allowed, f"{prefix}:{name}: not from an allowed vocabulary"
            namespace = allowed[prefix]
            assert URIRef(str(namespace) + name) in namespace, f"{prefix}:{name} is not declared"  # type: ignore[operator]


#: rdflib 7 ships no vCard namespace: the vCard terms the queries may use are those the exports use.
_VCARD_TERMS = {
    str(term)[len(str(VCARD)) :]
    for triple in Graph().parse(EXPORTS / "isesaki-3.ttl", format="turtle")
    for term in triple
    if isinstance(term, URIRef) and str(term).startswith(str(VCARD))
}
