"""Differential test: every bundled question on rdflib 7 and on Oxigraph, and where and why they differ.

Both engines get the same published graphs (asserted, inferred, analysis) and the same prefixes; answers are
compared row by row as lexical forms. A difference is allowed only where it is listed in ``DIFFERENCES``
with its cause, and there the test shows which engine gives the answer derived from the plan
(``tests/query_answers.py``). Probes (``PROBES``) pin known behaviours of either engine on small queries.
"""

from __future__ import annotations

import csv
import io

import pytest
from conftest import EXPORTS
from rdflib import Graph

from kizuna_graph.query.engine import answer, solve
from kizuna_graph.query.library import Query, load_queries
from kizuna_graph.query.store import QueryStore, load_store
from kizuna_graph.terms.namespaces import PREFIXES

QUERIES = load_queries()

#: Bundled questions whose answers differ between the engines, and why. rdflib's answer is wrong in each.
DIFFERENCES = {
    "largest-measures": (
        "rdflib 7.6 joins two aggregate sub-selects that share a variable (?actions) as a cross product: "
        "it returns all 21 measures instead of the 2 with the most actions"
    ),
}

#: Small queries where the engines are known to differ, with each engine's answer (as a list of rows).
PROBES = {
    "integer-subtypes": (
        "Oxigraph stores xsd:positiveInteger (and the other xsd:integer subtypes) as xsd:integer, so "
        "DATATYPE() of kz:actionNumber differs; queries should compare numbers, not datatypes",
        "SELECT DISTINCT (DATATYPE(?n) AS ?type) WHERE { ?a kz:actionNumber ?n }",
        [("http://www.w3.org/2001/XMLSchema#positiveInteger",)],
        [("http://www.w3.org/2001/XMLSchema#integer",)],
    ),
}


@pytest.fixture(scope="module")
def rdflib_graph() -> Graph:
    graph = Graph()
    for path in ("isesaki-3.ttl", "isesaki-3-inferred.ttl", "analysis/isesaki-3-analysis.ttl"):
        graph.parse(EXPORTS / path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def store() -> QueryStore:
    return load_store([EXPORTS])


def rdflib_rows(graph: Graph, sparql: str) -> list[tuple[str, ...]]:
    result = graph.query(sparql, initNs=PREFIXES)
    return [tuple("" if value is None else str(value) for value in row) for row in result]  # type: ignore[union-attr]


def oxigraph_rows(store: QueryStore, sparql: str) -> list[tuple[str, ...]]:
    found = solve(store, sparql)
    return [tuple("" if value is None else value.value for value in row) for row in found.rows]  # type: ignore[union-attr]


def expected(query: Query) -> list[tuple[str, ...]]:
    with query.expected_path.open(encoding="utf-8", newline="") as stream:
        return [tuple(row) for row in csv.reader(stream)][1:]


def test_every_listed_difference_is_a_bundled_query() -> None:
    assert set(DIFFERENCES) <= {query.name for query in QUERIES}
    assert len(QUERIES) == 21


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_engines_agree_or_the_difference_is_explained(
    query: Query, rdflib_graph: Graph, store: QueryStore
) -> None:
    on_rdflib, on_oxigraph = rdflib_rows(rdflib_graph, query.text), oxigraph_rows(store, query.text)
    assert on_oxigraph == expected(query), "Oxigraph must give the answer derived from the plan"
    if query.name in DIFFERENCES:
        assert on_rdflib != on_oxigraph, f"{query.name}: the engines now agree: remove it from DIFFERENCES"
    else:
        assert on_rdflib == on_oxigraph, f"{query.name}: the engines differ: find out why, list it"


def test_largest_measures_cross_product_on_rdflib(rdflib_graph: Graph) -> None:
    """The rdflib bug of the issue, as it shows on the bundled plan: every measure comes back."""
    query = next(q for q in QUERIES if q.name == "largest-measures")
    assert len(rdflib_rows(rdflib_graph, query.text)) == 21 and len(expected(query)) == 2


@pytest.mark.parametrize("name", sorted(PROBES))
def test_probe(name: str, rdflib_graph: Graph, store: QueryStore) -> None:
    _why, sparql, on_rdflib, on_oxigraph = PROBES[name]
    assert rdflib_rows(rdflib_graph, sparql) == on_rdflib
    assert oxigraph_rows(store, sparql) == on_oxigraph


def test_csv_of_oxigraph_is_what_the_cli_prints(store: QueryStore) -> None:
    query = QUERIES[0]
    text = answer(store, query.text, format="csv").decode()
    assert [tuple(row) for row in csv.reader(io.StringIO(text, newline=""))][1:] == expected(query)
