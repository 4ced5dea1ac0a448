"""Which resources of the graph get a page, and where: one page per language per resource.

A resource gets a page when it is an IRI under the base and of one of the kinds in :data:`KINDS` (the plan,
its goals, policies, measures, numbered and citizen actions, actors, roles, help types and concepts). Its
page lives at ``{lang}/{IRI below the base}.html`` and its data at ``data/{IRI below the base}.ttl`` and
``.jsonld``: paths come from IRIs, never from positions, so a page keeps its address when the plan changes.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.term import Node

from kizuna_graph.plan.view import notation_key
from kizuna_graph.terms.namespaces import KZ

LANGUAGES = ("ja", "en")

#: The kinds of resource that get a page, in the order of the home page, with their names in ja and en
#: (the site shows the ontology's labels of these classes where it has them; these names are the fallback).
KINDS: tuple[tuple[URIRef, str, str, str], ...] = (
    (KZ.JointWelfarePlan, "plan", "計画", "plan"),
    (KZ.BasicGoal, "goal", "基本目標", "basic goal"),
    (KZ.Policy, "policy", "施策", "policy"),
    (KZ.Measure, "measure", "取り組み", "measure"),
    (KZ.NumberedAction, "action", "番号付きの取り組み", "numbered action"),
    (KZ.CitizenAction, "citizen-action", "市民・地域の取り組み", "citizen action"),
    (KZ.Actor, "actor", "主体", "actor"),
    (KZ.ActorRole, "role", "役割", "role"),
    (KZ.HelpType, "help-type", "支援の層", "layer of help"),
    (SKOS.Concept, "concept", "概念", "concept"),
)


@dataclass(frozen=True, slots=True)
class Page:
    iri: URIRef
    kind: str
    local: str  # the IRI below the base, e.g. plans/isesaki/3/measure/2-3-2
    notation: str
    labels: dict[str, str]

    def path(self, lang: str) -> str:
        return f"{lang}/{self.local}.html"

    def data_path(self, extension: str) -> str:
        return f"data/{self.local}.{extension}"

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("ja") or self.labels.get("en") or self.local


def text(graph: Graph, node: Node, lang: str, *predicates: URIRef) -> str:
    """The first ``lang`` literal of ``node`` under the first predicate that has one ('' if none)."""
    for predicate in predicates or (SKOS.prefLabel, DCTERMS.title, RDFS.label):
        values = sorted(
            str(o) for o in graph.objects(node, predicate) if isinstance(o, Literal) and o.language == lang
        )
        if values:
            return values[0]
    return ""


def find_pages(graph: Graph, *, base: str) -> dict[URIRef, Page]:
    """Every resource that gets a page, by IRI (a plan without goals — an earlier edition — gets none)."""
    pages: dict[URIRef, Page] = {}
    for cls, kind, _, _ in KINDS:
        for node in sorted(graph.subjects(RDF.type, cls), key=str):
            if not isinstance(node, URIRef) or not str(node).startswith(base) or node in pages:
                continue
            if cls == KZ.JointWelfarePlan and graph.value(node, KZ.hasGoal) is None:
                continue
            if not any(isinstance(o, Literal) for o in graph.objects(node, SKOS.prefLabel)):
                continue
            pages[node] = Page(
                iri=node,
                kind=kind,
                local=str(node)[len(base) :],
                notation=str(
                    graph.value(node, KZ.referenceCode)
                    or graph.value(node, KZ.projectId)
                    or graph.value(node, SKOS.notation)
                    or ""
                ),
                labels={lang: text(graph, node, lang) for lang in LANGUAGES},
            )
    return pages


def ordered(pages: list[Page]) -> list[Page]:
    return sorted(pages, key=lambda p: (notation_key(p.notation), p.local))


def relative(from_path: str, to_path: str) -> str:
    """The relative URL from the page at ``from_path`` to ``to_path`` (both relative to the site root)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
