"""The project's classification of actions into the four layers of help (自助・互助・共助・公助).

The plan defines the layers but assigns none to an actor or an action; this classification is the kizuna_graph
project's, made by transparent rules kept in ``vocabularies/help-type-rules.yaml``:

- ``word-match``: an action (numbered or citizen action) belongs to a layer when its Japanese text contains one
  of the layer's words, which come from the plan's definition and example of that layer;
- ``hand``: a hand decision by element id adds or removes a layer, with its reason.

An action may belong to several layers or to none. In RDF (:func:`classification_graph`, published in the
analysis graph, never in the plan's asserted or inferred graphs) each assignment is a ``kz:HelpTypeAssignment``
``{plan}/help-type-assignment/{action id}/{layer}`` with ``kz:classifiedAction``, ``kz:assignedHelpType``,
``kz:assignmentRule`` and ``kz:matchedWord`` or ``kz:handReason``, attributed to the project; the action also
gets a plain ``kz:helpType`` link for simple queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kizuna_graph.analyze.concepts import mint_under
from kizuna_graph.errors import SourceError
from kizuna_graph.messages import msg
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.view import Element, Kind, PlanView, notation_key
from kizuna_graph.plan.yamlfile import Fields, parse_yaml
from kizuna_graph.resources import data_dir
from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import KZ

__all__ = [
    "HAND",
    "WORD_MATCH",
    "Assignment",
    "HelpTypeRules",
    "classification_graph",
    "classify",
    "load_help_type_rules",
]

WORD_MATCH = "word-match"
HAND = "hand"
RULES_FILE = "help-type-rules.yaml"
CLASSIFIED = (Kind.ACTION, Kind.CITIZEN_ACTION)


@dataclass(frozen=True, slots=True)
class LayerRule:
    help_type: str
    basis: Text
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    element: str  # the action's id (last part of its IRI)
    help_type: str
    add: bool
    reason: Text
    line: int


@dataclass(frozen=True, slots=True)
class HelpTypeRules:
    layers: tuple[LayerRule, ...]
    decisions: tuple[Decision, ...]
    path: Path


@dataclass(frozen=True, slots=True)
class Assignment:
    element: Element
    help_type: str
    rule: str  # WORD_MATCH or HAND
    words: tuple[str, ...] = ()
    reason: Text | None = None


def load_help_type_rules(folder: Path | None = None) -> HelpTypeRules:
    path = (folder or data_dir("vocabularies")) / RULES_FILE
    data, _ = parse_yaml(path)
    top = Fields(path, data, RULES_FILE, ("layers", "decisions"))
    layers = tuple(
        LayerRule(
            help_type=o.string("help_type"),
            basis=o.text("basis"),
            words=tuple(str(w) for _, w, _ in o.items("words", msg("what.word"))),
        )
        for _, o in top.objects("layers", msg("what.layer"), ("help_type", "basis", "words"))
    )
    decisions = []
    decision_keys = ("element", "add", "remove", "reason")
    for _, o in top.objects("decisions", msg("what.decision"), decision_keys, required=False):
        if o.has("add") == o.has("remove"):
            raise o.error(msg("rules.decision_add_or_remove"))
        decisions.append(
            Decision(
                element=o.string("element"),
                help_type=o.string("add") if o.has("add") else o.string("remove"),
                add=o.has("add"),
                reason=o.text("reason"),
                line=o.line,
            )
        )
    return HelpTypeRules(layers, tuple(decisions), path)


def _id(element: Element) -> str:
    return str(element.iri).rsplit("/", 1)[-1]


def classify(structure: PlanView, rules: HelpTypeRules) -> list[Assignment]:
    """Every assignment, in the order of the actions' reference codes and of the layers in the rules."""
    order = {rule.help_type: index for index, rule in enumerate(rules.layers)}
    actions = sorted(
        (e for kind in CLASSIFIED for e in structure.of_kind(kind)), key=lambda e: notation_key(e.notation)
    )
    by_id = {_id(e): e for e in actions}
    found: dict[tuple[str, str], Assignment] = {}
    for element in actions:
        for rule in rules.layers:
            words = tuple(w for w in rule.words if w in element.label.ja)
            if words:
                found[(_id(element), rule.help_type)] = Assignment(element, rule.help_type, WORD_MATCH, words)
    for decision in rules.decisions:
        key = (decision.element, decision.help_type)
        decided = by_id.get(decision.element)
        if decided is None or (key in found) == decision.add or decision.help_type not in order:
            change = "rules.decision_adds" if decision.add else "rules.decision_removes"
            raise SourceError(
                rules.path,
                msg(
                    "rules.decision_changes_nothing",
                    element=decision.element,
                    change=msg(change, help_type=decision.help_type),
                ),
                line=decision.line,
            )
        if decision.add:
            found[key] = Assignment(decided, decision.help_type, HAND, reason=decision.reason)
        else:
            del found[key]
    return sorted(
        found.values(), key=lambda a: (notation_key(a.element.notation), order.get(a.help_type, 99))
    )


def classification_graph(
    structure: PlanView, rules: HelpTypeRules, assignments: list[Assignment], *, base: str, into: Graph
) -> Graph:
    """The rules as SKOS concepts and every assignment with its provenance, into the analysis graph."""
    project = mint(base, "org", "kizuna-graph")
    rule_iris = {}
    for rule in rules.layers:
        iri = mint(base, "concept", "help-type-rule", rule.help_type)
        rule_iris[rule.help_type] = iri
        into.add((iri, RDF.type, SKOS.Concept))
        into.add(
            (iri, SKOS.prefLabel, Literal(f"照合語による分類（{rule.basis.ja.split('「')[0]}）", lang="ja"))
        )
        into.add(
            (iri, SKOS.prefLabel, Literal(f"classification by matching words ({rule.help_type})", lang="en"))
        )
        into.add((iri, SKOS.definition, Literal(rule.basis.ja, lang="ja")))
        into.add((iri, SKOS.definition, Literal(rule.basis.en or "", lang="en")))
        into.add((iri, SKOS.related, mint(base, "help-type", rule.help_type)))
        into.add((iri, DCTERMS.creator, project))
        for word in rule.words:
            into.add((iri, SKOS.hiddenLabel, Literal(word, lang="ja")))
    hand = mint(base, "concept", "help-type-rule", HAND)
    into.add((hand, RDF.type, SKOS.Concept))
    into.add((hand, SKOS.prefLabel, Literal("手作業の判断", lang="ja")))
    into.add((hand, SKOS.prefLabel, Literal("hand decision", lang="en")))
    into.add((hand, DCTERMS.creator, project))
    for assignment in assignments:
        action = assignment.element.iri
        layer = mint(base, "help-type", assignment.help_type)
        node = mint_under(
            base, structure.plan, "help-type-assignment", _id(assignment.element), assignment.help_type
        )
        into.add((node, RDF.type, KZ.HelpTypeAssignment))
        into.add((node, KZ.classifiedAction, action))
        into.add((node, KZ.assignedHelpType, layer))
        into.add(
            (node, KZ.assignmentRule, hand if assignment.rule == HAND else rule_iris[assignment.help_type])
        )
        into.add((node, PROV.wasAttributedTo, project))
        for word in assignment.words:
            into.add((node, KZ.matchedWord, Literal(word, lang="ja")))
        if assignment.reason is not None:
            into.add((node, KZ.handReason, Literal(assignment.reason.ja, lang="ja")))
            if assignment.reason.en:
                into.add((node, KZ.handReason, Literal(assignment.reason.en, lang="en")))
        into.add((action, KZ.helpType, layer))
    return into
