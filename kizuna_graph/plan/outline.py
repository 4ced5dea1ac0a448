"""The outline of a plan read back from its graph: goals, policies, measures, actions, citizen actions.

:func:`read_outline` walks the hierarchy of a plan graph (``kz:hasGoal`` → ``kz:hasPolicy`` → ``kz:hasMeasure``
→ ``kz:hasAction``, and ``kz:hasCitizenAction`` under policies) and returns one :class:`Element` per plan
element, in document order. Each element has a ``key``: its IRI relative to the plan's own IRI
(``measure/2-3-2/city-1``), so that two editions of a plan, whose IRIs differ (``…/isesaki/3/…`` and
``…/isesaki/4/…``), can be compared place by place. Actors and help types are named by their
``skos:notation`` (``city``, ``council``, ``jijo``), which stays the same across editions.

:func:`load_outline` reads a plan file first: a source file (``.yaml``/``.yml``), built as ``kizuna build``
would, or a published graph (``.ttl``, ``.nt``, ``.jsonld``), read by :mod:`kizuna_graph.plan.rdfinput` without
any network or other file access.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, get_args

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import DCAT, DCTERMS, SKOS
from rdflib.term import Node

from kizuna_graph.plan.model import Text
from kizuna_graph.plan.structure import notation_key, text_of
from kizuna_graph.terms.namespaces import KZ

ElementKind = Literal["goal", "policy", "measure", "action", "citizen-action"]

#: The element kinds from the top of the hierarchy down: the order of reports and of matching.
ELEMENT_KINDS: tuple[ElementKind, ...] = get_args(ElementKind)


@dataclass(frozen=True, slots=True)
class Term:
    """A term a plan element points at (an actor, a help type), named by its notation and label."""

    notation: str
    label: Text


@dataclass(frozen=True, slots=True)
class Element:
    """One plan element as the graph states it."""

    kind: ElementKind
    key: str  # IRI relative to the plan IRI, e.g. "measure/2-3-2/city-1"
    notation: str  # e.g. "2-3-2-city-1"
    label: Text
    parent: str | None  # key of the parent element; None for goals
    local: str  # its own part of the notation: "4" for measure 1-1-4, "city-1", "citizen-2"; goals: "1"
    also: tuple[str, ...] = ()  # keys of further parents (a measure cross-listed under another policy)
    actor: Term | None = None  # actions: who carries it out (kz:actor)
    help_types: tuple[Term, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanOutline:
    """A plan's identity and its elements, in document order."""

    iri: str
    notation: str
    title: Text
    start: dt.date | None
    end: dt.date | None
    elements: tuple[Element, ...]

    def by_key(self) -> dict[str, Element]:
        return {e.key: e for e in self.elements}

    def of_kind(self, kind: ElementKind) -> tuple[Element, ...]:
        return tuple(e for e in self.elements if e.kind == kind)


def read_outline(graph: Graph, *, plan: URIRef | None = None) -> PlanOutline:
    """The outline of ``plan`` in ``graph`` (by default, the one plan that has goals).

    Raise ``ValueError`` when the graph holds no plan, or several and ``plan`` is not given.
    """
    if plan is None:
        plans = sorted({s for s in graph.subjects(KZ.hasGoal, None) if isinstance(s, URIRef)})
        if len(plans) != 1:
            found = ", ".join(f"<{p}>" for p in plans) or "none"
            raise ValueError(f"expected one plan with goals (kz:hasGoal), found {found}")
        plan = plans[0]
    return _Reader(graph, plan).outline()


class _Reader:
    def __init__(self, graph: Graph, plan: URIRef) -> None:
        self.g = graph
        self.plan = plan
        self.prefix = f"{plan}/"

    def key(self, node: Node) -> str:
        text = str(node)
        return text[len(self.prefix) :] if text.startswith(self.prefix) else text

    def notation(self, node: Node) -> str:
        notations = sorted(str(o) for o in self.g.objects(node, SKOS.notation))
        return notations[0] if notations else self.key(node)

    def children(self, node: Node, predicate: URIRef) -> list[URIRef]:
        found = {o for o in self.g.objects(node, predicate) if isinstance(o, URIRef)}
        return sorted(found, key=lambda n: (notation_key(self.notation(n)), str(n)))

    def term(self, node: Node) -> Term:
        """An actor or help type: its notation and its shortest labels (``市``/``the City``, ``社協``)."""
        labels = [
            o
            for p in (SKOS.prefLabel, SKOS.altLabel)
            for o in self.g.objects(node, p)
            if isinstance(o, RdfLiteral)
        ]
        ja = sorted((str(o) for o in labels if o.language == "ja"), key=lambda s: (len(s), s))
        en = sorted((str(o) for o in labels if o.language == "en"), key=lambda s: (len(s), s))
        notation = self.notation(node)
        return Term(notation, Text(ja[0] if ja else notation, en[0] if en else None))

    def actor(self, action: URIRef) -> Term | None:
        actor = self.g.value(action, KZ.actor)
        return None if actor is None else self.term(actor)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        for period in self.g.objects(self.plan, DCTERMS.temporal):
            start = self.g.value(period, DCAT.startDate)
            end = self.g.value(period, DCAT.endDate)
            if isinstance(start, RdfLiteral) and isinstance(end, RdfLiteral):
                return _date(start), _date(end)
        return None, None

    def outline(self) -> PlanOutline:
        start, end = self.period()
        return PlanOutline(
            iri=str(self.plan),
            notation=self.notation(self.plan),
            title=text_of(self.g, self.plan, SKOS.prefLabel, DCTERMS.title),
            start=start,
            end=end,
            elements=tuple(self.elements()),
        )

    def element(
        self,
        node: URIRef,
        kind: ElementKind,
        parent: URIRef | None,
        *,
        also: tuple[str, ...] = (),
        actor: Term | None = None,
    ) -> Element:
        notation = self.notation(node)
        head = "" if parent is None else self.notation(parent) + "-"
        return Element(
            kind=kind,
            key=self.key(node),
            notation=notation,
            label=text_of(self.g, node, SKOS.prefLabel),
            parent=None if parent is None else self.key(parent),
            local=notation.removeprefix(head) if head and notation.startswith(head) else notation,
            help_types=tuple(
                sorted((self.term(h) for h in self.g.objects(node, KZ.helpType)), key=lambda t: t.notation)
            ),
            also=also,
            actor=actor,
        )

    def elements(self) -> Iterator[Element]:
        for goal in self.children(self.plan, KZ.hasGoal):
            yield self.element(goal, "goal", None)
            for policy in self.children(goal, KZ.hasPolicy):
                yield self.element(policy, "policy", goal)
                for citizen in self.children(policy, KZ.hasCitizenAction):
                    yield self.element(citizen, "citizen-action", policy, actor=self.actor(citizen))
                for measure in self.children(policy, KZ.hasMeasure):
                    home = self.home(measure)
                    if home != policy:
                        continue  # a cross-listing: the measure is read under its home policy
                    others = sorted(self.key(p) for p in self.parents(measure) if p != home)
                    yield self.element(measure, "measure", policy, also=tuple(others))
                    for action in self.children(measure, KZ.hasAction):
                        yield self.element(action, "action", measure, actor=self.actor(action))

    def parents(self, measure: URIRef) -> list[URIRef]:
        return sorted(p for p in self.g.subjects(KZ.hasMeasure, measure) if isinstance(p, URIRef))

    def home(self, measure: URIRef) -> URIRef:
        """The policy a measure belongs to: the one its notation starts with, else the first by IRI."""
        parents = self.parents(measure)
        notation = self.notation(measure)
        for parent in parents:
            if notation.startswith(self.notation(parent) + "-"):
                return parent
        return parents[0]


def _date(value: RdfLiteral) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
