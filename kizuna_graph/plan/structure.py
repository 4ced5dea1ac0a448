"""The plan's structure as read back from its RDF graph: elements, their parents, actors and labels.

Only the containment predicates in :data:`HIERARCHY` are followed (plan → goal → policy → measure → numbered
action, and policy → citizen action); nothing else in the graph is taken for structure. Tagging, cross-links,
the analysis and the reports all read the plan through this one view, so that they work on any plan graph
that :func:`kizuna_graph.plan.build.build_graph` makes, not only on the bundled one.

:mod:`kizuna_graph.plan.outline` (what ``kizuna diff`` compares) reads the same plan as another view — a tree in
document order, keyed by place relative to the plan IRI so that two editions line up — and shares this
module's :func:`notation_key` and :func:`text_of`.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from kizuna_graph.errors import KizunaError
from kizuna_graph.plan.model import Text
from kizuna_graph.terms.namespaces import KZ

__all__ = [
    "CITIZENS",
    "HIERARCHY",
    "Element",
    "Kind",
    "PlanStructure",
    "notation_key",
    "read_structure",
    "text_of",
]

#: The containment predicates of the plan's hierarchy, parent → child.
HIERARCHY: tuple[URIRef, ...] = (KZ.hasGoal, KZ.hasPolicy, KZ.hasMeasure, KZ.hasAction, KZ.hasCitizenAction)

#: The actor key under which citizen actions are counted (they have no kz:actor; the plan addresses them to
#: 市民・地域).
CITIZENS = "citizens"


class Kind(enum.Enum):
    PLAN = "plan"
    GOAL = "goal"
    POLICY = "policy"
    MEASURE = "measure"
    ACTION = "action"
    CITIZEN_ACTION = "citizen-action"


_KINDS = {
    KZ.JointWelfarePlan: Kind.PLAN,
    KZ.BasicGoal: Kind.GOAL,
    KZ.Policy: Kind.POLICY,
    KZ.Measure: Kind.MEASURE,
    KZ.NumberedAction: Kind.ACTION,
    KZ.CitizenAction: Kind.CITIZEN_ACTION,
}


def notation_key(notation: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order of notations such as ``2-3-1-city-1``: 1-2 before 1-10, numbers before words."""
    return tuple(
        (0, int(part)) if part.isascii() and part.isdigit() else (1, part) for part in notation.split("-")
    )


def text_of(graph: Graph, node: Node, *predicates: URIRef) -> Text:
    """The ``@ja`` and ``@en`` text of ``node`` under the first of ``predicates`` that has any.

    A plan has one label per language (the shapes check it); should a graph hold more, the first in code-point
    order is taken, so that the same graph always reads the same.
    """
    for predicate in predicates:
        labels = [o for o in graph.objects(node, predicate) if isinstance(o, Literal)]
        ja = sorted(str(o) for o in labels if o.language == "ja")
        en = sorted(str(o) for o in labels if o.language == "en")
        if ja or en:
            return Text(ja[0] if ja else "", en[0] if en else None)
    return Text("")


@dataclass(frozen=True, slots=True)
class Element:
    iri: URIRef
    kind: Kind
    notation: str
    label: Text
    actor: str | None = None  # numbered actions: the actor's notation (``city``, ``council``)


@dataclass
class PlanStructure:
    plan: URIRef
    elements: dict[URIRef, Element]
    parents: dict[URIRef, tuple[URIRef, ...]]
    children: dict[URIRef, tuple[URIRef, ...]]
    actor_labels: dict[str, Text] = field(default_factory=dict)

    def of_kind(self, kind: Kind) -> list[Element]:
        """The elements of one kind, in the plan's order (by notation)."""
        found = [e for e in self.elements.values() if e.kind is kind]
        return sorted(found, key=lambda e: notation_key(e.notation))

    def by_notation(self, notation: str) -> Element:
        for element in self.elements.values():
            if element.notation == notation:
                return element
        raise KeyError(notation)

    def ancestors(self, iri: URIRef, kind: Kind) -> list[Element]:
        """The ancestors of ``iri`` of one kind, in the plan's order (a measure may have two policies)."""
        found: dict[URIRef, Element] = {}
        stack = list(self.parents.get(iri, ()))
        while stack:
            node = stack.pop()
            element = self.elements[node]
            if element.kind is kind:
                found[node] = element
            stack.extend(self.parents.get(node, ()))
        return sorted(found.values(), key=lambda e: notation_key(e.notation))

    def children_of(self, iri: URIRef, kind: Kind | None = None) -> list[Element]:
        found = [self.elements[c] for c in self.children.get(iri, ())]
        return [e for e in found if kind is None or e.kind is kind]

    def actor_of(self, element: Element) -> str:
        """Who carries an action out: the actor's notation, or :data:`CITIZENS` for a citizen action."""
        return element.actor if element.actor is not None else CITIZENS


def read_structure(graph: Graph) -> PlanStructure:
    """Read the plan's elements and hierarchy from ``graph``; :class:`KizunaError` if it holds no one plan."""
    plans = sorted(
        p
        for p in set(graph.subjects(RDF.type, KZ.JointWelfarePlan)) & set(graph.subjects(KZ.hasGoal, None))
        if isinstance(p, URIRef)
    )
    if len(plans) != 1:
        raise KizunaError(f"the graph must hold exactly one plan with goals (kz:hasGoal), found {len(plans)}")
    plan = plans[0]
    elements: dict[URIRef, Element] = {
        plan: Element(
            plan, Kind.PLAN, str(graph.value(plan, SKOS.notation) or ""), text_of(graph, plan, SKOS.prefLabel)
        )
    }
    for kz_class, kind in _KINDS.items():
        if kind is Kind.PLAN:
            continue
        for subject in graph.subjects(RDF.type, kz_class):
            assert isinstance(subject, URIRef)
            actors = sorted(str(graph.value(a, SKOS.notation)) for a in graph.objects(subject, KZ.actor))
            elements[subject] = Element(
                subject,
                kind,
                str(graph.value(subject, KZ.referenceCode) or graph.value(subject, SKOS.notation)),
                text_of(graph, subject, SKOS.prefLabel),
                actors[0] if actors else None,
            )
    parents: dict[URIRef, list[URIRef]] = defaultdict(list)
    children: dict[URIRef, list[URIRef]] = defaultdict(list)
    for predicate in HIERARCHY:
        for parent, child in graph.subject_objects(predicate):
            if parent in elements and child in elements:
                assert isinstance(parent, URIRef) and isinstance(child, URIRef)
                parents[child].append(parent)
                children[parent].append(child)

    def ordered(nodes: list[URIRef]) -> tuple[URIRef, ...]:
        return tuple(sorted(set(nodes), key=lambda n: notation_key(elements[n].notation)))

    actor_labels: dict[str, Text] = {}
    for actor in graph.subjects(RDF.type, KZ.Actor):
        assert isinstance(actor, URIRef)
        notation = graph.value(actor, SKOS.notation)
        if notation is not None:
            actor_labels[str(notation)] = text_of(graph, actor, SKOS.prefLabel)
    return PlanStructure(
        plan=plan,
        elements=elements,
        parents={k: ordered(v) for k, v in parents.items()},
        children={k: ordered(v) for k, v in children.items()},
        actor_labels=actor_labels,
    )
