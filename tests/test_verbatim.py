"""Every Japanese plan string the project publishes is found, character for character, in the source text.

Only the line breaks and spaces that the brochure's layout put inside a sentence are ignored (README of the
source). Our own Japanese (recorded readings in skos:editorialNote, the dataset's metadata) is not plan text.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, FOAF, PROV, RDF, SKOS

from kizuna_graph.plan.build import BuildResult
from kizuna_graph.terms.namespaces import KZ

_LAYOUT_SPACE = re.compile(r"[\s\u3000]+")
# Literals that are ours, not the plan's
_OUR_PREDICATES = {SKOS.editorialNote}
# (the dataset, its sources, its publisher the kizuna_graph project, and readings of the layout: all ours)
_OUR_SUBJECT_TYPES = {DCAT.Dataset, PROV.Entity, FOAF.Project, KZ.LayoutReading}


def _normalise(text: str) -> str:
    return _LAYOUT_SPACE.sub("", text)


def plan_strings(graph: Graph) -> list[tuple[URIRef, URIRef, str]]:
    ours = {s for kind in _OUR_SUBJECT_TYPES for s in graph.subjects(RDF.type, kind)}
    found = []
    for s, p, o in graph:
        if not isinstance(o, Literal) or o.language != "ja" or p in _OUR_PREDICATES or s in ours:
            continue
        found.append((s, p, str(o)))
    return found


def test_every_published_japanese_string_is_in_the_source(built: BuildResult, source_text: str) -> None:
    source = _normalise(source_text)
    strings = plan_strings(built.graph)
    assert len(strings) >= 250, "the check must cover the whole plan (90 actions, 21 citizen actions, …)"
    missing = [(str(s), str(p), text) for s, p, text in strings if _normalise(text) not in source]
    assert missing == []


def test_the_check_catches_a_changed_character(source_text: str) -> None:
    source = _normalise(source_text)
    assert _normalise("地域福祉の広報啓発") in source
    assert _normalise("地域福祉の広報啓蒙") not in source
    assert _normalise("いせさき絆づくりプラン") in source
    assert _normalise("いせさき絆作りプラン") not in source
