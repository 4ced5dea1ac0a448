"""Cross-links between measures: shared concepts and near-duplicate action texts, with a strength.

Near-duplicate texts
    Two actions of the same kind (two numbered actions, or two citizen actions) are near-duplicates when,
    after the stock phrases of ``rules.yaml`` (推進, 充実, の, …) are removed, the sets A and B of their
    character bigrams satisfy ``|A∩B| / min(|A|,|B|) >= min_overlap`` (one text is nearly contained in the
    other), ``2|A∩B| / (|A|+|B|) >= min_dice`` (they are of comparable length) and ``|A∩B| >= min_shared``.
    Pairs reviewed by hand and rejected are listed, with the reason, in ``rules.yaml``. Near-duplicates within
    one measure (the City and the Council stating the same action, e.g. 成年後見制度 in 3-2-1) are findings of
    their own; pairs across measures add to the strength of the measures' cross-link.

Strength of the cross-link between measures m and n
    ``strength = J(m, n) + bonus × min(d(m, n), max_bonus_pairs)``, where ``J`` is the Jaccard index of the two
    measures' concept sets (themes, target groups and partners, from :mod:`kizuna_graph.analyze.tagging`) with every
    concept weighted by its rarity, ``w(c) = ln(N / df(c))`` (N measures, df(c) of them tagged with c), so that
    sharing a rare concept counts more than sharing a common one: ``J = Σ_{c∈M∩N} w(c) / Σ_{c∈M∪N} w(c)``;
    and ``d(m, n)`` is the number of near-duplicate pairs of numbered actions between them. ``J`` lies in
    [0, 1]; the strength is a score for ranking, not a probability. Every pair of measures with a shared
    concept or a near-duplicate pair is a cross-link; each is classified by scope: the two measures share a
    policy, share only a goal, or belong to different goals (a measure under two policies belongs to both).
"""

from __future__ import annotations

import enum
import itertools
import math
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from kizuna_graph.analyze.concepts import Concept, NearDuplicateRules, RejectedPair, Vocabularies, mint_under
from kizuna_graph.analyze.tagging import Tagging
from kizuna_graph.plan.view import Element, Kind, PlanView, notation_key
from kizuna_graph.terms.namespaces import KZ, bind_prefixes

__all__ = [
    "CrossLink",
    "NearDuplicate",
    "NearDuplicateFinding",
    "Scope",
    "concept_weights",
    "cross_link_graph",
    "cross_links",
    "near_duplicates",
]


class Scope(enum.Enum):
    SAME_POLICY = "same-policy"
    SAME_GOAL = "same-goal"
    CROSS_GOAL = "cross-goal"


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    a: Element
    b: Element
    overlap: float
    dice: float
    shared: int


@dataclass(frozen=True, slots=True)
class NearDuplicateFinding:
    pairs: tuple[NearDuplicate, ...]
    rejected: tuple[tuple[NearDuplicate, RejectedPair], ...]
    unused_rejections: tuple[RejectedPair, ...]


@dataclass(frozen=True, slots=True)
class CrossLink:
    a: Element
    b: Element
    scope: Scope
    jaccard: float
    near_duplicates: tuple[NearDuplicate, ...]
    bonus: float
    shared: tuple[Concept, ...]

    @property
    def strength(self) -> Decimal:
        return Decimal(f"{self.jaccard + self.bonus:.3f}")


def _bigrams(text: str, stop_phrases: tuple[str, ...]) -> set[str]:
    for phrase in stop_phrases:  # longest first (the loader sorts them)
        text = text.replace(phrase, " ")
    return {part[i : i + 2] for part in text.split() for i in range(len(part) - 1)}


def near_duplicates(structure: PlanView, rules: NearDuplicateRules) -> NearDuplicateFinding:
    """Near-duplicate pairs among the numbered actions and among the citizen actions, in the plan's order."""
    found: list[NearDuplicate] = []
    for kind in (Kind.ACTION, Kind.CITIZEN_ACTION):
        elements = [(e, _bigrams(e.label.ja, rules.stop_phrases)) for e in structure.of_kind(kind)]
        for (a, sa), (b, sb) in itertools.combinations(elements, 2):
            if not sa or not sb:
                continue
            shared = len(sa & sb)
            overlap, dice = shared / min(len(sa), len(sb)), 2 * shared / (len(sa) + len(sb))
            if overlap >= rules.min_overlap and dice >= rules.min_dice and shared >= rules.min_shared:
                found.append(NearDuplicate(a, b, round(overlap, 3), round(dice, 3), shared))
    rejected_by = {(r.a, r.b): r for r in rules.rejected}
    pairs, rejected = [], []
    for pair in found:
        key = (min(pair.a.notation, pair.b.notation), max(pair.a.notation, pair.b.notation))
        rejection = rejected_by.pop(key, None)
        if rejection is None:
            pairs.append(pair)
        else:
            rejected.append((pair, rejection))
    return NearDuplicateFinding(tuple(pairs), tuple(rejected), tuple(rejected_by.values()))


def concept_weights(structure: PlanView, tagging: Tagging) -> dict[str, float]:
    """``ln(N / df)`` of every concept that tags at least one measure, by concept key."""
    measures = structure.of_kind(Kind.MEASURE)
    df: dict[str, int] = {}
    for measure in measures:
        for concept in tagging.concepts_of(measure.iri):
            df[concept.key] = df.get(concept.key, 0) + 1
    return {key: math.log(len(measures) / count) for key, count in sorted(df.items())}


def _scope(structure: PlanView, a: Element, b: Element) -> Scope:
    policies = [{p.iri for p in structure.ancestors(m.iri, Kind.POLICY)} for m in (a, b)]
    goals = [{g.iri for g in structure.ancestors(m.iri, Kind.GOAL)} for m in (a, b)]
    if policies[0] & policies[1]:
        return Scope.SAME_POLICY
    if goals[0] & goals[1]:
        return Scope.SAME_GOAL
    return Scope.CROSS_GOAL


def cross_links(
    structure: PlanView,
    vocabularies: Vocabularies,
    tagging: Tagging,
    duplicates: NearDuplicateFinding,
) -> list[CrossLink]:
    """Every cross-link between two measures, strongest first (ties in the plan's order)."""
    weights = concept_weights(structure, tagging)
    order = {c.key: i for i, c in enumerate(vocabularies.concepts)}
    measure_of: dict[URIRef, Element] = {}
    for measure in structure.of_kind(Kind.MEASURE):
        for action in structure.children_of(measure.iri, Kind.ACTION):
            measure_of[action.iri] = measure
    rules = vocabularies.strength
    links: list[CrossLink] = []
    for a, b in itertools.combinations(structure.of_kind(Kind.MEASURE), 2):
        ca, cb = tagging.concepts_of(a.iri), tagging.concepts_of(b.iri)
        shared = sorted(ca & cb, key=lambda c: order[c.key])
        union = sum(weights[c.key] for c in ca | cb)
        jaccard = sum(weights[c.key] for c in shared) / union if union else 0.0
        pairs = tuple(
            pair
            for pair in duplicates.pairs
            if pair.a.kind is Kind.ACTION
            and {measure_of[pair.a.iri].iri, measure_of[pair.b.iri].iri} == {a.iri, b.iri}
        )
        if not shared and not pairs:
            continue
        bonus = rules.near_duplicate_bonus * min(len(pairs), rules.max_bonus_pairs)
        links.append(CrossLink(a, b, _scope(structure, a, b), jaccard, pairs, bonus, tuple(shared)))
    links.sort(
        key=lambda link: (-link.strength, notation_key(link.a.notation), notation_key(link.b.notation))
    )
    return links


def cross_link_iri(base: str, structure: PlanView, link: CrossLink) -> URIRef:
    return mint_under(base, structure.plan, "cross-link", link.a.notation, link.b.notation)


def cross_link_graph(
    structure: PlanView,
    links: list[CrossLink],
    *,
    base: str,
    min_strength: float,
    into: Graph | None = None,
) -> Graph:
    """The cross-links at least ``min_strength`` strong as ``kz:CrossLink`` resources."""
    graph = into if into is not None else bind_prefixes(Graph(bind_namespaces="none"))
    for link in links:
        if link.strength < Decimal(str(min_strength)):
            continue
        iri = cross_link_iri(base, structure, link)
        graph.add((iri, RDF.type, KZ.CrossLink))
        graph.add((iri, KZ.linksMeasure, link.a.iri))
        graph.add((iri, KZ.linksMeasure, link.b.iri))
        graph.add((iri, KZ.strength, Literal(link.strength, datatype=XSD.decimal)))
        for concept in link.shared:
            graph.add((iri, KZ.sharedConcept, concept.iri(base)))
        names = f"{link.a.notation} {link.a.label.ja} ⇔ {link.b.notation} {link.b.label.ja}"
        graph.add((iri, SKOS.prefLabel, Literal(names, lang="ja")))
        if link.a.label.en and link.b.label.en:
            names = f"{link.a.notation} {link.a.label.en} ⇔ {link.b.notation} {link.b.label.en}"
            graph.add((iri, SKOS.prefLabel, Literal(names, lang="en")))
        pairs = len(link.near_duplicates)
        graph.add(
            (
                iri,
                SKOS.note,
                Literal(
                    f"重み付きJaccard係数 {link.jaccard:.3f}（共通する概念 {len(link.shared)}）"
                    f"＋近似重複の番号付きの取り組み {pairs} 組の加点 {link.bonus:.2f}。範囲: {link.scope.value}",
                    lang="ja",
                ),
            )
        )
        graph.add(
            (
                iri,
                SKOS.note,
                Literal(
                    f"weighted Jaccard {link.jaccard:.3f} ({len(link.shared)} shared concepts) + bonus "
                    f"{link.bonus:.2f} for {pairs} near-duplicate action pairs; scope: {link.scope.value}",
                    lang="en",
                ),
            )
        )
    return graph
