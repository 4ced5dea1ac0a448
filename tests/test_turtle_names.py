"""Turtle and TriG with remembered prefixed names (export/serialize.py) give rdflib's own bytes.

The serializer remembers each IRI's prefixed name, or its lack of one; these graphs are compared with what
rdflib's stock serializer (``Graph.serialize``) writes, including one where a predicate's namespace gets a
generated prefix (``ns1``) after an IRI of that namespace was first seen without one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import BUNDLED
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kizuna_graph.export.serialize import to_trig, to_turtle
from kizuna_graph.plan.load import load
from kizuna_graph.reason.infer import infer

OTHER = "http://other.example.net/vocab/"


def _plan() -> Graph:
    return load(BUNDLED).source()[1].graph


def _inferred() -> Graph:
    return infer(_plan())


def _generated_prefix() -> Graph:
    graph = Graph(bind_namespaces="none")
    graph.bind("skos", SKOS)
    subject = URIRef(OTHER + "thing")  # seen (as a subject) before its namespace gets ns1 from a predicate
    graph.add((subject, URIRef(OTHER + "size"), Literal(3)))
    graph.add((subject, RDF.type, URIRef(OTHER + "Kind")))
    graph.add((URIRef("http://unbound.example.net/x"), SKOS.related, subject))
    return graph


GRAPHS: list[Callable[[], Graph]] = [_plan, _inferred, _generated_prefix]


def test_all_graphs_found() -> None:
    assert len(GRAPHS) == 3


@pytest.mark.parametrize("make", GRAPHS, ids=[f.__name__.strip("_") for f in GRAPHS])
def test_turtle_is_rdflibs(make: Callable[[], Graph]) -> None:
    expected = make().serialize(format="turtle", encoding="utf-8")
    assert to_turtle(make()) == expected


def test_generated_prefix_is_used_everywhere() -> None:
    text = to_turtle(_generated_prefix()).decode("utf-8")
    assert f"@prefix ns1: <{OTHER}> ." in text
    assert OTHER + "thing" not in text.split("\n\n", 1)[1]  # the subject is written ns1:thing


def test_trig_uses_the_generated_prefix_in_every_graph() -> None:
    named = Graph()
    named.add((URIRef(OTHER + "thing"), SKOS.note, Literal("n")))
    text = to_trig(_generated_prefix(), {URIRef("http://unbound.example.net/graph"): named}).decode("utf-8")
    assert text.count("ns1:thing") == 3 and f"<{OTHER}thing>" not in text
