"""English by the glossary: every English string renders each glossary term its Japanese contains.

The strings checked are every pair of a Japanese and an English literal of one subject and property in the
published plan graph and in the ontology (labels, definitions, notes). A term may be missing only where
vocabularies/glossary.yaml lists a reasoned exception.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kizuna_graph.analyze.glossary import Glossary, glossary_graph, load_glossary, missing_renderings
from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
from kizuna_graph.reason.infer import bundled_ontology
from kizuna_graph.resources import bundled_plan
from kizuna_graph.terms.iris import DEFAULT_BASE

EXPECTED_TERMS = 31


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


#: Our own bilingual commentary, written in each language rather than translated from the Japanese: the recorded
#: readings (skos:editorialNote), the project's description of itself (skos:note of the project agent) and the
#: dataset's rights statement are checked by review, not by the glossary.
_COMMENTARY = {SKOS.editorialNote}


def _pairs(graph: Graph) -> list[tuple[str, str]]:
    by_key: dict[tuple[object, object], dict[str, list[str]]] = {}
    project = URIRef(DEFAULT_BASE + "org/kizuna-graph")
    for s, p, o in graph:
        if p in _COMMENTARY or s == project:
            continue
        if isinstance(o, Literal) and o.language in ("ja", "en"):
            by_key.setdefault((s, p), {}).setdefault(o.language, []).append(str(o))
    return [
        (ja, en)
        for texts in by_key.values()
        if len(texts.get("ja", ())) == 1 and len(texts.get("en", ())) == 1
        for ja, en in [(texts["ja"][0], texts["en"][0])]
    ]


def test_the_glossary_has_its_terms_with_sources(glossary: Glossary) -> None:
    assert len(glossary.terms) == EXPECTED_TERMS
    act = {t.ja: t.en for t in glossary.terms if t.source == "social-welfare-act"}
    assert act == {
        "地域福祉": "community welfare",
        "地域福祉計画": "Community Welfare Plan",
        "社会福祉協議会": "Council of Social Welfare",
    }
    assert all(t.source in {s.id for s in glossary.sources} for t in glossary.terms)


@pytest.mark.parametrize("where", ["plan", "ontology"])
def test_every_english_string_renders_the_glossary_terms_of_its_japanese(
    glossary: Glossary, where: str
) -> None:
    graph = build_graph(load_plan(bundled_plan())).graph if where == "plan" else bundled_ontology()
    pairs = _pairs(graph)
    assert len(pairs) > (200 if where == "plan" else 80), "the check must see the whole plan / ontology"
    missing = missing_renderings(glossary, pairs)
    assert missing == [], "\n".join(f"{term}: {ja} → {en}" for term, ja, en in missing)


def test_the_check_catches_a_term_rendered_otherwise() -> None:
    glossary = load_glossary()
    old = "Publicity for " + "regional" + " welfare"  # the rendering the glossary replaced
    assert missing_renderings(glossary, [("地域福祉の広報啓発", old)]) == [
        ("community-welfare", "地域福祉の広報啓発", old)
    ]
    assert (
        missing_renderings(glossary, [("福祉関係機関等との連携", "in cooperation with welfare agencies")])
        == []
    )


def test_the_glossary_is_published_as_skos(glossary: Glossary) -> None:
    graph = glossary_graph(glossary, base=DEFAULT_BASE, into=Graph())
    concepts = set(graph.subjects(SKOS.inScheme, None))
    assert len(concepts) == EXPECTED_TERMS
    for concept in concepts:
        languages = {o.language for o in graph.objects(concept, SKOS.prefLabel)}
        assert languages == {"ja", "en"}
