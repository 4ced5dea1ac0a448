"""One view of a plan read back from its RDF graph: its elements, their hierarchy, actors and labels.

Only the containment predicates in :data:`HIERARCHY` are followed (plan → goal → policy → measure → numbered
action, and policy → citizen action); nothing else in the graph is taken for structure. The analysis (tagging,
cross-links, networks, coverage, figures, reports) and the comparison of editions (``kizuna diff``) read a plan
through this one view, so that they work on any plan graph that :func:`kizuna_graph.plan.build.build_graph`
makes or that :func:`kizuna_graph.plan.load.load` reads, not only on the bundled one.

One rule each, used everywhere:

- **kind**: an element's ``rdf:type`` (:data:`KIND_CLASSES`) gives its :class:`Kind`;
- **label**: :func:`label_of` — the ``@ja`` and ``@en`` text under the first of the given predicates that has
  any, the first in code-point order should there be several (the shapes allow one per language);
- **order**: :func:`notation_key` — notations in natural order (1-2 before 1-10, numbers before words);
- **as printed**: :func:`printed` — a notation as the plan prints it, for Japanese reports: a numbered
  action ``1-1-1-council-1`` is ``1-1-1 社協①`` (its measure, its actor's shortest Japanese name, a circled
  number), a citizen action ``2-3-citizen-4`` is ``2-3 ●4``; the project's reference code stays for English;
- **place**: an element's ``key`` is its IRI relative to the plan's IRI (``measure/2-3-2/city-1``), so that two
  editions, whose IRIs differ (``…/isesaki/3/…``, ``…/isesaki/4/…``), line up place by place. Actors and help
  types are named by the project's id (``kz:projectId``: ``city``, ``jijo``), which stays the same across
  editions; ``skos:notation`` is only what the plan prints (``1-2``, ``①``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal as Literal_

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, SKOS
from rdflib.term import Node

from kizuna_graph.errors import KizunaError
from kizuna_graph.messages import msg
from kizuna_graph.plan.model import Text
from kizuna_graph.terms.namespaces import KZ

__all__ = [
    "CIRCLED",
    "CITIZENS",
    "ELEMENT_KINDS",
    "HIERARCHY",
    "KIND_CLASSES",
    "Element",
    "Kind",
    "PlanView",
    "Term",
    "label_of",
    "notation_key",
    "printed",
    "read_view",
]

#: The containment predicates of the plan's hierarchy, parent → child.
HIERARCHY: tuple[URIRef, ...] = (KZ.hasGoal, KZ.hasPolicy, KZ.hasMeasure, KZ.hasAction, KZ.hasCitizenAction)

#: The actor key under which citizen actions are counted: they have no kz:actor (the plan addresses them to
#: its residents, 市民・地域).
CITIZENS = "citizens"


class Kind(enum.StrEnum):
    """The kind of a plan element; its value is the name used in keys, JSON and CSV (``"measure"``)."""

    PLAN = "plan"
    GOAL = "goal"
    POLICY = "policy"
    MEASURE = "measure"
    ACTION = "action"
    CITIZEN_ACTION = "citizen-action"


#: The element kinds under the plan, from the top of the hierarchy down: the order of reports and matching.
ELEMENT_KINDS: tuple[Kind, ...] = (Kind.GOAL, Kind.POLICY, Kind.MEASURE, Kind.ACTION, Kind.CITIZEN_ACTION)

#: The class of each kind (the ontology's classes; see ``ontology/kizuna.ttl``).
KIND_CLASSES: dict[Kind, URIRef] = {
    Kind.PLAN: KZ.JointWelfarePlan,
    Kind.GOAL: KZ.BasicGoal,
    Kind.POLICY: KZ.Policy,
    Kind.MEASURE: KZ.Measure,
    Kind.ACTION: KZ.NumberedAction,
    Kind.CITIZEN_ACTION: KZ.CitizenAction,
}


#: The numbers the plan prints before its numbered actions (①…⑳); beyond ⑳ a number is printed as ``(21)``.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

_NUMBERED = re.compile(r"^(\d+(?:-\d+)*)-[a-z][a-z0-9-]*-(\d+)$")


def printed(notation: str, kind: Kind | None, actor: str | None = None) -> str:
    """``notation`` as the plan prints it: ``1-1-1 社協①`` for a numbered action (``actor``: the shortest
    Japanese name of its actor), ``2-3 ●4`` for a citizen action; any other notation as it is."""
    found = _NUMBERED.match(notation)
    if found is None:
        return notation
    head, number = found.group(1), int(found.group(2))
    if kind is Kind.CITIZEN_ACTION:
        return f"{head} ●{number}"
    if kind is Kind.ACTION and actor:
        return f"{head} {actor}{CIRCLED[number - 1] if 1 <= number <= len(CIRCLED) else f'({number})'}"
    return notation


def notation_key(notation: str | None) -> tuple[tuple[int, int | str], ...]:
    """Natural order of notations such as ``2-3-1-city-1``: 1-2 before 1-10, numbers before words."""
    return tuple(
        (0, int(part)) if part.isascii() and part.isdigit() else (1, part)
        for part in (notation or "").split("-")
    )


Pick = Literal_["first", "shortest"]


def label_of(graph: Graph, node: Node, *predicates: URIRef, pick: Pick = "first") -> Text:
    """The ``@ja`` and ``@en`` text of ``node`` under ``predicates``.

    ``pick="first"`` (plan elements, whose labels the shapes keep to one per language): the labels of the first
    predicate that has any, the first in code-point order should there be several, so that the same graph
    always reads the same. ``pick="shortest"`` (actors and help types, which carry a full name and the short
    names the plan prints, 伊勢崎市 and 市): the shortest label of all the predicates, then in code-point order.
    """
    groups = [(predicate,) for predicate in predicates] if pick == "first" else [predicates]
    for group in groups:
        labels = [o for p in group for o in graph.objects(node, p) if isinstance(o, Literal)]
        ja = sorted((str(o) for o in labels if o.language == "ja"), key=_ORDER[pick])
        en = sorted((str(o) for o in labels if o.language == "en"), key=_ORDER[pick])
        if ja or en:
            return Text(ja[0] if ja else "", en[0] if en else None)
    return Text("")


_ORDER: dict[Pick, Callable[[str], tuple[int, str]]] = {
    "first": lambda text: (0, text),
    "shortest": lambda text: (len(text), text),
}


@dataclass(frozen=True, slots=True)
class Term:
    """A term a plan element points at (an actor, a help type), named by its notation and label."""

    notation: str
    label: Text


@dataclass(frozen=True, slots=True)
class Element:
    """One plan element as the graph states it."""

    iri: URIRef
    kind: Kind
    notation: str  # e.g. "2-3-2-city-1"
    label: Text
    key: str  # IRI relative to the plan IRI, e.g. "measure/2-3-2/city-1"; "" for the plan itself
    parent: str | None = None  # key of the parent it is read under (a measure: its home policy)
    local: str = ""  # its own part of the notation: "4" for measure 1-1-4, "city-1"; goals: "1"
    also: tuple[str, ...] = ()  # keys of further parents (a measure cross-listed under another policy)
    actor: Term | None = None  # numbered actions: who carries it out (kz:actor)

    @property
    def printed(self) -> str:
        """Its notation as the plan prints it (:func:`printed`): ``1-1-1 市②``."""
        return printed(self.notation, self.kind, self.actor.label.ja if self.actor is not None else None)

    @property
    def actor_id(self) -> str | None:
        """The notation of the actor (``city``, ``council``), if the element has one."""
        return self.actor.notation if self.actor is not None else None


@dataclass
class PlanView:
    """A plan's identity, its elements and their hierarchy."""

    plan: URIRef
    notation: str
    title: Text
    start: dt.date | None
    end: dt.date | None
    #: every element of a kind in :data:`KIND_CLASSES`, the plan included
    elements: dict[URIRef, Element]
    parents: dict[URIRef, tuple[URIRef, ...]]
    children: dict[URIRef, tuple[URIRef, ...]]
    #: the elements under the plan in document order (depth first, each measure under its home policy)
    outline: tuple[Element, ...] = ()
    actor_labels: dict[str, Text] = field(default_factory=dict)

    @property
    def iri(self) -> str:
        return str(self.plan)

    def of_kind(self, kind: Kind) -> tuple[Element, ...]:
        """The elements of one kind, in the plan's order (by notation)."""
        found = [e for e in self.elements.values() if e.kind is kind]
        return tuple(sorted(found, key=lambda e: (notation_key(e.notation), e.key)))

    def by_key(self) -> dict[str, Element]:
        return {e.key: e for e in self.outline}

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

    def actors(self, *kinds: Kind) -> tuple[Term, ...]:
        """The actors of the elements of ``kinds``, in the order they first appear (by kind, then notation)."""
        found: dict[str, Term] = {}
        for kind in kinds:
            for element in self.of_kind(kind):
                if element.actor is not None:
                    found.setdefault(element.actor.notation, element.actor)
        return tuple(found.values())

    def actor_of(self, element: Element) -> str:
        """Who carries an action out: the actor's notation, or :data:`CITIZENS` for a citizen action."""
        return element.actor_id if element.actor_id is not None else CITIZENS


def read_view(graph: Graph) -> PlanView:
    """Read the one plan in ``graph``; :class:`KizunaError` if it holds none or several."""
    plans = sorted({s for s in graph.subjects(KZ.hasGoal, None) if isinstance(s, URIRef)})
    if len(plans) != 1:
        found = ", ".join(f"<{p}>" for p in plans)
        raise KizunaError(msg("view.no_plan" if not plans else "view.several_plans", found=found))
    return _Reader(graph, plans[0]).view()


class _Reader:
    def __init__(self, graph: Graph, plan: URIRef) -> None:
        self.g = graph
        self.plan = plan
        self.prefix = f"{plan}/"
        self.elements: dict[URIRef, Element] = {}

    def key(self, node: Node) -> str:
        text = str(node)
        if node == self.plan:
            return ""
        return text[len(self.prefix) :] if text.startswith(self.prefix) else text

    def notation(self, node: Node) -> str:
        """The project's reference code (kz:referenceCode) of an outline element, else the project's id
        (kz:projectId) of an actor, help type or plan, else what the plan prints (skos:notation)."""
        for predicate in (KZ.referenceCode, KZ.projectId, SKOS.notation):
            notations = sorted(str(o) for o in self.g.objects(node, predicate))
            if notations:
                return notations[0]
        return self.key(node)

    def term(self, node: Node) -> Term:
        """An actor or help type: its notation and its label (the notation when it has no ``@ja`` one)."""
        notation = self.notation(node)
        label = label_of(self.g, node, SKOS.prefLabel, SKOS.altLabel, pick="shortest")
        return Term(notation, Text(label.ja or notation, label.en))

    def view(self) -> PlanView:
        parents: dict[URIRef, list[URIRef]] = defaultdict(list)
        for predicate in HIERARCHY:
            for parent, child in self.g.subject_objects(predicate):
                if isinstance(parent, URIRef) and isinstance(child, URIRef):
                    parents[child].append(parent)
        kinds = {Kind.PLAN: [self.plan]} | {
            kind: sorted(
                s for s in self.g.subjects(RDF.type, cls) if isinstance(s, URIRef) and s != self.plan
            )
            for kind, cls in KIND_CLASSES.items()
            if kind is not Kind.PLAN
        }
        for kind, nodes in kinds.items():
            for node in nodes:
                self.elements[node] = self.element(node, kind, sorted(parents.get(node, ())))
        order = {n: (notation_key(e.notation), str(n)) for n, e in self.elements.items()}
        known = {
            child: tuple(sorted({p for p in ps if p in self.elements}, key=order.__getitem__))
            for child, ps in parents.items()
            if child in self.elements
        }
        children: dict[URIRef, list[URIRef]] = defaultdict(list)
        for child, ps in known.items():
            for parent in ps:
                children[parent].append(child)
        start, end = self.period()
        return PlanView(
            plan=self.plan,
            notation=self.notation(self.plan),
            title=label_of(self.g, self.plan, SKOS.prefLabel, DCTERMS.title),
            start=start,
            end=end,
            elements=self.elements,
            parents={child: ps for child, ps in known.items() if ps},
            children={p: tuple(sorted(set(cs), key=order.__getitem__)) for p, cs in children.items()},
            outline=tuple(self.walk(self.plan, {p: tuple(cs) for p, cs in children.items()}, order)),
            actor_labels={
                self.notation(actor): label_of(self.g, actor, SKOS.prefLabel)
                for actor in self.g.subjects(RDF.type, KZ.Actor)
                if self.g.value(actor, KZ.projectId) is not None
            },
        )

    def element(self, node: URIRef, kind: Kind, parents: list[URIRef]) -> Element:
        notation = self.notation(node)
        home = self.home(notation, parents)
        head = "" if home is None else self.notation(home) + "-"
        # of several actors (市民 and 地域 for a citizen action), the first by notation
        actors = sorted((self.term(a) for a in self.g.objects(node, KZ.actor)), key=lambda t: t.notation)
        # a second listing under another policy (kz:MeasureListing, a reading of the layout) is shown as `also`
        listed = [
            p
            for listing in self.g.subjects(KZ.listedMeasure, node)
            for p in self.g.objects(listing, KZ.listingPolicy)
        ]
        return Element(
            iri=node,
            kind=kind,
            notation=notation,
            label=label_of(self.g, node, SKOS.prefLabel),
            key=self.key(node),
            parent=None if home is None or home == self.plan else self.key(home),
            local=notation.removeprefix(head) if head and notation.startswith(head) else notation,
            also=tuple(sorted({self.key(p) for p in [*parents, *listed] if p != home})),
            actor=actors[0] if actors else None,
        )

    def home(self, notation: str, parents: list[URIRef]) -> URIRef | None:
        """The parent an element is read under: the one its notation starts with, else the first by IRI."""
        for parent in parents:
            if notation.startswith(self.notation(parent) + "-"):
                return parent
        return parents[0] if parents else None

    def walk(
        self,
        node: URIRef,
        children: dict[URIRef, tuple[URIRef, ...]],
        order: dict[URIRef, tuple[tuple[tuple[int, int | str], ...], str]],
    ) -> Iterator[Element]:
        """The elements under ``node`` depth first: citizen actions before measures, as the plan prints them."""
        key = self.key(node)
        below = sorted(
            (c for c in children.get(node, ()) if self.elements[c].parent == (key or None)),
            key=lambda c: (self.elements[c].kind is not Kind.CITIZEN_ACTION, order[c]),
        )
        for child in below:
            yield self.elements[child]
            yield from self.walk(child, children, order)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        for period in self.g.objects(self.plan, DCTERMS.temporal):
            start = self.g.value(period, DCAT.startDate)
            end = self.g.value(period, DCAT.endDate)
            if isinstance(start, Literal) and isinstance(end, Literal):
                return _date(start), _date(end)
        return None, None


def _date(value: Literal) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
