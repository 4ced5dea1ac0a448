"""The bundled SPARQL queries: each gives its expected answer on the exports; unsafe queries are refused."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from conftest import EXPORTS
from query_answers import DERIVED, to_csv
from rdflib import Graph, URIRef
from rdflib import namespace as ns

from kizuna_graph.cli import main
from kizuna_graph.errors import QueryError, RefusedQueryError
from kizuna_graph.query.sparql import GRAPHS, Query, check_safe, find_query, load_published, load_queries, run
from kizuna_graph.terms.namespaces import KZ, PREFIXES, VCARD

QUERIES = load_queries()
EXPECTED_QUERIES = 6


@pytest.fixture(scope="module")
def published() -> Graph:
    return load_published(EXPORTS)


def _expected(query: Query) -> list[tuple[str, ...]]:
    with query.expected_path.open(encoding="utf-8", newline="") as stream:
        return [tuple(row) for row in csv.reader(stream)]


def test_all_queries_are_found() -> None:
    assert len(QUERIES) == EXPECTED_QUERIES, [q.name for q in QUERIES]
    folder = QUERIES[0].path.parent
    assert {p.name for p in folder.glob("*.expected.csv")} == {f"{q.name}.expected.csv" for q in QUERIES}


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_query_gives_its_expected_answer(query: Query, published: Graph) -> None:
    assert run(query, published) == _expected(query)


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
    files = {
        "asserted": EXPORTS / "isesaki-3.ttl",
        "inferred": EXPORTS / "isesaki-3-inferred.ttl",
        "analysis": EXPORTS / "analysis" / "isesaki-3-analysis.ttl",
    }
    graph = Graph()
    for name in query.graphs:
        graph.parse(files[name], format="turtle")
    assert run(query, graph) == _expected(query)


def test_expected_answers_are_derived_from_the_plan_source_not_from_the_queries() -> None:
    """Every expected answer but the cross-link one equals the plain-Python derivation of tests/query_answers.py."""
    assert len(DERIVED) == EXPECTED_QUERIES - 1
    for name, derive in DERIVED.items():
        expected = find_query(name).expected_path.read_text(encoding="utf-8")
        assert expected == to_csv(derive()), (
            f"{name}: run `python tests/query_answers.py` and review the diff"
        )


def test_actions_per_goal_and_actor_sum_to_the_plans_90_actions() -> None:
    rows = _expected(find_query("actions-per-goal-and-actor"))
    assert sum(int(row[3]) for row in rows[1:]) == 90


def test_multi_parent_measure_is_2_3_2_under_2_3_and_read_under_3_3() -> None:
    rows = _expected(find_query("multi-parent-measures"))
    assert [(row[0], row[2], row[4]) for row in rows[1:]] == [
        ("2-3-2", "2-3", "primary"),
        ("2-3-2", "3-3", "reading of the layout"),
    ]


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * { service<http://example.org/sparql>{ ?s ?p ?o } }",
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "select * from<http://example.org/g>{?s ?p ?o}",
        "LOAD <http://example.org/data.ttl>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "SELECT * WHERE { ?s ?p ?o } # fine\nFROM <http://example.org/g>",
    ],
)
def test_guard_refuses_network_and_file_access(sparql: str) -> None:
    with pytest.raises(RefusedQueryError) as raised:
        check_safe(sparql)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { ?s ?p ?o } # SERVICE, LOAD and FROM only in a comment",
        'SELECT * WHERE { ?s ?p "data FROM <http://example.org/> via SERVICE" }',
        "SELECT * WHERE { ?s ?p '''LOAD\nFROM NAMED''' }",
        "SELECT ?from ?service WHERE { ?from ?service ?load }",
        "SELECT * WHERE { ?s <http://example.org/ns#from> ?o }",
    ],
)
def test_guard_allows_the_words_in_comments_literals_and_names(sparql: str) -> None:
    check_safe(sparql)


def test_refused_query_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "remote.rq"
    path.write_text("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }\n", encoding="utf-8")
    assert main(["query", str(path), "--exports", str(EXPORTS)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "SERVICE" in error


def test_bad_and_unknown_queries_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("SELECT * WHERE { ?s ?p \n", encoding="utf-8")
    assert main(["query", str(path), "--exports", str(EXPORTS)]) == 2
    assert main(["query", "no-such-query", "--exports", str(EXPORTS)]) == 2
    with pytest.raises(QueryError):
        find_query("no-such-query")
    capsys.readouterr()


def test_cli_writes_the_expected_csv(tmp_path: Path) -> None:
    out = tmp_path / "answer.csv"
    code = main(
        ["query", "multi-parent-measures", "--format", "csv", "--out", str(out), "--exports", str(EXPORTS)]
    )
    assert code == 0
    assert out.read_bytes() == find_query("multi-parent-measures").expected_path.read_bytes()


def test_cli_runs_a_query_file_as_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "goals.rq"
    path.write_text("SELECT ?goal WHERE { ?g a kz:BasicGoal ; skos:notation ?goal } ORDER BY ?goal\n")
    assert main(["query", str(path), "--exports", str(EXPORTS)]) == 0
    assert capsys.readouterr().out.split() == ["goal", "----", "1", "2", "3"]


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
