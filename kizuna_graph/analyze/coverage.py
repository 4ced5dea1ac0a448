"""Coverage matrices: how the plan's actions spread over goals, policies, actors, help types and concepts.

Every matrix counts actions — numbered actions and citizen actions, the plan's leaves — never measures, so
that the numbers add up to something one can check by hand. An action counts once, under its measure's own
policy: a second listing of a measure under another policy (in the Isesaki plan, 社会資源のネットワーク構築 under
3-3) is a reading of the layout, not a part-whole link, so it adds nothing to the counts.

- goal × help type: the layers of help (自助・互助・共助・公助) of the actions in the kizuna_graph project's
  classification (``kz:helpType`` of the analysis graph, :mod:`kizuna_graph.analyze.helptypes`; the plan itself
  assigns no layer to an action); an action with two layers counts in both columns;
- goal × actor: who carries the actions out (``kz:actor``; in the Isesaki plan the City, the Council, and the
  residents for the citizen actions), in the order the actors first act in the plan;
- policy × theme, actor × target group: from the concept tags (:mod:`kizuna_graph.analyze.tagging`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kizuna_graph.analyze.concepts import Vocabularies
from kizuna_graph.analyze.tagging import Tagging
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.view import CITIZENS, Element, Kind, PlanView, notation_key
from kizuna_graph.terms.labels import term_name
from kizuna_graph.terms.namespaces import KZ

__all__ = ["Matrix", "coverage_matrices", "help_types"]

LEAVES = (Kind.ACTION, Kind.CITIZEN_ACTION)


@dataclass
class Matrix:
    """Counts by (row key, column key); rows and columns keep their order and labels."""

    name: str
    title: Text
    corner: Text  # what the rows are, for the header cell
    rows: list[tuple[str, Text]]
    columns: list[tuple[str, Text]]
    counts: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(self, row: str, column: str) -> None:
        self.counts[(row, column)] = self.counts.get((row, column), 0) + 1

    def get(self, row: str, column: str) -> int:
        return self.counts.get((row, column), 0)

    def row_total(self, row: str) -> int:
        return sum(self.get(row, c) for c, _ in self.columns)

    def column_total(self, column: str) -> int:
        return sum(self.get(r, column) for r, _ in self.rows)


def help_types(
    graph: Graph, classification: Graph
) -> tuple[list[tuple[str, Text, URIRef]], dict[URIRef, set[str]]]:
    """The help types in the plan's order (notation, label, IRI) and each action's help types in the
    classification (the analysis graph's ``kz:helpType``)."""
    found = []
    for iri in graph.subjects(RDF.type, KZ.HelpType):
        if not isinstance(iri, URIRef):
            continue  # a plan's help types are IRIs (the shapes check it)
        labels = {v.language: str(v) for v in graph.objects(iri, SKOS.prefLabel)}  # type: ignore[attr-defined]
        position = graph.value(iri, KZ.position)
        found.append(
            (
                int(str(position)) if position is not None else 0,
                str(graph.value(iri, KZ.projectId)),
                labels,
                iri,
            )
        )
    found.sort(key=lambda item: (item[0], item[1]))
    types = [
        (notation, Text(labels.get("ja", notation), labels.get("en")), iri)
        for _, notation, labels, iri in found
    ]
    notation_of = {iri: notation for notation, _, iri in types}
    of_action: dict[URIRef, set[str]] = {}
    for source in (graph, classification):
        for action, help_type in source.subject_objects(KZ.helpType):
            if isinstance(action, URIRef) and isinstance(help_type, URIRef) and help_type in notation_of:
                of_action.setdefault(action, set()).add(notation_of[help_type])
    return types, of_action


def _leaves_under(structure: PlanView, parent: Element) -> Iterable[Element]:
    stack = [parent.iri]
    seen: set[URIRef] = set()
    while stack:
        node = stack.pop()
        for child in structure.children.get(node, ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return sorted(
        (structure.elements[n] for n in seen if structure.elements[n].kind in LEAVES),
        key=lambda e: notation_key(e.notation),
    )


def _actors(structure: PlanView) -> list[tuple[str, Text]]:
    """The actors of the plan's leaves in the order they first act, and :data:`CITIZENS` last if needed."""
    keys = [actor.notation for actor in structure.actors(*LEAVES)]
    if any(e.actor is None for kind in LEAVES for e in structure.of_kind(kind)):
        keys.append(CITIZENS)
    return [(k, structure.actor_labels.get(k, Text(k, k))) for k in keys]


def _name(term: URIRef) -> Text:
    """The ontology's name of a class, in both languages."""
    return Text(term_name(term, "ja"), term_name(term, "en"))


def _cross(rows: Text, columns: Text, note: Text | None = None) -> Text:
    """A matrix title, ``基本目標 × 支援の層`` / ``basic goal × layer of help``."""
    extra = note or Text("", "")
    return Text(f"{rows.ja} × {columns.ja}{extra.ja}", f"{rows.en} × {columns.en}{extra.en or ''}")


def _label(element: Element) -> Text:
    return Text(
        f"{element.notation} {element.label.ja}", f"{element.notation} {element.label.en or ''}".strip()
    )


def coverage_matrices(
    structure: PlanView,
    vocabularies: Vocabularies,
    tagging: Tagging,
    *,
    graph: Graph,
    classification: Graph,
) -> list[Matrix]:
    goals = structure.of_kind(Kind.GOAL)
    policies = structure.of_kind(Kind.POLICY)
    actors = _actors(structure)
    types, of_action = help_types(graph, classification)
    theme = vocabularies.scheme("theme")
    target = vocabularies.scheme("target-group")
    goal_name, policy_name, actor_name, layer = (
        _name(c) for c in (KZ.BasicGoal, KZ.Policy, KZ.Actor, KZ.HelpType)
    )
    matrices = [
        Matrix(
            "goal-help-type",
            _cross(
                goal_name,
                layer,
                Text(
                    "（本プロジェクトの分類：help-type-rules.yaml）",
                    " (the project's classification: help-type-rules.yaml)",
                ),
            ),
            goal_name,
            [(g.notation, _label(g)) for g in goals],
            [(n, label) for n, label, _ in types],
        ),
        Matrix(
            "goal-actor",
            _cross(goal_name, actor_name),
            goal_name,
            [(g.notation, _label(g)) for g in goals],
            actors,
        ),
        Matrix(
            "policy-theme",
            _cross(policy_name, theme.label),
            policy_name,
            [(p.notation, _label(p)) for p in policies],
            [(c.id, c.label) for c in theme.concepts],
        ),
        Matrix(
            "actor-target-group",
            _cross(actor_name, target.label),
            actor_name,
            actors,
            [(c.id, c.label) for c in target.concepts],
        ),
    ]
    by_goal, by_actor, by_policy, by_target = matrices
    for goal in goals:
        for leaf in _leaves_under(structure, goal):
            for help_type in sorted(of_action.get(leaf.iri, ())):
                by_goal.add(goal.notation, help_type)
            by_actor.add(goal.notation, structure.actor_of(leaf))
    for policy in policies:
        for leaf in _leaves_under(structure, policy):
            for concept in tagging.concepts_of(leaf.iri):
                if concept.scheme == theme.id:
                    by_policy.add(policy.notation, concept.id)
    for kind in LEAVES:
        for leaf in structure.of_kind(kind):
            for concept in tagging.concepts_of(leaf.iri):
                if concept.scheme == target.id:
                    by_target.add(structure.actor_of(leaf), concept.id)
    return matrices
