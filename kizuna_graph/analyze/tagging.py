"""Tag plan elements with concepts by transparent rules, and keep how each tag came about.

Two rules (their ids and wording are in ``vocabularies/rules.yaml``):

``word-match``
    a numbered action, a citizen action or a measure's title is tagged with a concept when one of the
    concept's matching words occurs in its Japanese text — unless the match lies inside one of the concept's
    ``within`` exceptions (e.g. 児童 inside 児童委員) or the element is excepted for that concept by hand.
``from-actions``
    a measure carries every concept of its numbered actions.

Every tag keeps its rule and the words that produced it (for ``from-actions``: the words of the actions' tags,
and the actions). Rejected matches are kept too, with the exception that rejected them, so that reports can
show the hand review; an exception that rejects nothing is reported as unused (it has gone stale).

In RDF (:func:`tag_graph`) each tag is a ``kz:ConceptTag`` resource minted below the plan,
``{plan}/tag/{notation}/{scheme}/{concept}/{rule}``, with ``kz:taggedElement``, ``kz:tagConcept``,
``kz:tagRule`` and ``kz:matchedWord``; the element also gets a plain ``dcterms:subject`` link to the concept,
for simple queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from kizuna_graph.analyze.concepts import Concept, TagException, Vocabularies, mint_under
from kizuna_graph.plan.view import Element, Kind, PlanView, notation_key
from kizuna_graph.terms.namespaces import KZ, bind_prefixes

__all__ = ["FROM_ACTIONS", "WORD_MATCH", "Rejection", "Tag", "Tagging", "tag_elements", "tag_graph"]

WORD_MATCH = "word-match"
FROM_ACTIONS = "from-actions"

#: The kinds of element that carry text to match, in the order tags are listed.
TAGGED_KINDS = (Kind.MEASURE, Kind.ACTION, Kind.CITIZEN_ACTION)


@dataclass(frozen=True, slots=True)
class Tag:
    element: Element
    concept: Concept
    rule: str
    words: tuple[str, ...]
    sources: tuple[Element, ...] = ()  # from-actions: the actions the concept came from


@dataclass(frozen=True, slots=True)
class Rejection:
    """A word match rejected by an exception."""

    element: Element
    concept: Concept
    words: tuple[str, ...]
    exception: TagException


@dataclass
class Tagging:
    tags: list[Tag]
    rejections: list[Rejection]
    unused_exceptions: list[TagException]
    _by_element: dict[URIRef, frozenset[Concept]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        found: dict[URIRef, set[Concept]] = defaultdict(set)
        for tag in self.tags:
            found[tag.element.iri].add(tag.concept)
        self._by_element = {iri: frozenset(concepts) for iri, concepts in found.items()}

    def concepts_of(self, element: URIRef) -> frozenset[Concept]:
        """The concepts of an element, by any rule."""
        return self._by_element.get(element, frozenset())

    def elements_with(self, concept_key: str, kind: Kind | None = None) -> list[Element]:
        """The elements tagged with a concept (by any rule), in the plan's order."""
        found = {
            t.element.iri: t.element
            for t in self.tags
            if t.concept.key == concept_key and (kind is None or t.element.kind is kind)
        }
        return sorted(found.values(), key=lambda e: notation_key(e.notation))


def _matches(text: str, word: str, blockers: list[str]) -> bool:
    """Whether ``word`` occurs in ``text`` at least once outside every occurrence of a blocking word."""
    blocked: list[tuple[int, int]] = []
    for blocker in blockers:
        start = text.find(blocker)
        while start >= 0:
            blocked.append((start, start + len(blocker)))
            start = text.find(blocker, start + 1)
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not any(b0 <= start and end <= b1 for b0, b1 in blocked):
            return True
        start = text.find(word, start + 1)
    return False


def tag_elements(structure: PlanView, vocabularies: Vocabularies) -> Tagging:
    """Apply the rules to every measure, numbered action and citizen action of the plan."""
    used: set[TagException] = set()
    tags: list[Tag] = []
    rejections: list[Rejection] = []
    by_scheme = {s.id: s for s in vocabularies.schemes}
    for kind in TAGGED_KINDS:
        for element in structure.of_kind(kind):
            text = element.label.ja
            for concept in vocabularies.concepts:
                words = tuple(w for w in concept.words if w in text)
                if not words:
                    continue
                exceptions = [e for e in by_scheme[concept.scheme].exceptions if e.concept == concept.id]
                blockers = [e for e in exceptions if e.within is not None and e.within in text]
                blocking = [e for e in blockers if any(w in (e.within or "") for w in words)]
                used.update(blocking)
                kept = tuple(w for w in words if _matches(text, w, [e.within or "" for e in blockers]))
                by_hand = next((e for e in exceptions if e.element == element.notation), None)
                if by_hand is not None:
                    used.add(by_hand)
                    if kept:
                        rejections.append(Rejection(element, concept, kept, by_hand))
                elif kept:
                    tags.append(Tag(element, concept, WORD_MATCH, kept))
                else:
                    rejections.append(Rejection(element, concept, words, blocking[0]))
    tags.extend(_from_actions(structure, tags))
    unused = [
        e
        for scheme in vocabularies.schemes
        for e in scheme.exceptions
        if e not in used or (e.element is not None and not _exists(structure, e.element))
    ]
    order = {c.key: i for i, c in enumerate(vocabularies.concepts)}
    tags.sort(key=lambda t: (notation_key(t.element.notation), order[t.concept.key], t.rule))
    return Tagging(tags, rejections, unused)


def _exists(structure: PlanView, notation: str) -> bool:
    try:
        structure.by_notation(notation)
    except KeyError:
        return False
    return True


def _from_actions(structure: PlanView, tags: list[Tag]) -> list[Tag]:
    by_action: dict[URIRef, list[Tag]] = defaultdict(list)
    for tag in tags:
        if tag.element.kind is Kind.ACTION:
            by_action[tag.element.iri].append(tag)
    derived: list[Tag] = []
    for measure in structure.of_kind(Kind.MEASURE):
        found: dict[str, tuple[Concept, list[str], list[Element]]] = {}
        for action in structure.children_of(measure.iri, Kind.ACTION):
            for tag in by_action[action.iri]:
                concept, words, sources = found.setdefault(tag.concept.key, (tag.concept, [], []))
                words.extend(w for w in tag.words if w not in words)
                sources.append(action)
        for concept, words, sources in found.values():
            derived.append(Tag(measure, concept, FROM_ACTIONS, tuple(words), tuple(sources)))
    return derived


def _tag_iri(base: str, plan: URIRef, tag: Tag) -> URIRef:
    return mint_under(base, plan, "tag", tag.element.notation, tag.concept.scheme, tag.concept.id, tag.rule)


def tag_graph(
    structure: PlanView,
    vocabularies: Vocabularies,
    tagging: Tagging,
    *,
    base: str,
    into: Graph | None = None,
) -> Graph:
    """The tags as ``kz:ConceptTag`` resources, and ``dcterms:subject`` from each element to its concepts."""
    graph = into if into is not None else bind_prefixes(Graph(bind_namespaces="none"))
    action_tags = {
        (t.element.iri, t.concept.key): _tag_iri(base, structure.plan, t)
        for t in tagging.tags
        if t.rule == WORD_MATCH
    }
    for tag in tagging.tags:
        iri = _tag_iri(base, structure.plan, tag)
        concept = tag.concept.iri(base)
        graph.add((tag.element.iri, DCTERMS.subject, concept))
        graph.add((iri, RDF.type, KZ.ConceptTag))
        graph.add((iri, KZ.taggedElement, tag.element.iri))
        graph.add((iri, KZ.tagConcept, concept))
        graph.add((iri, KZ.tagRule, vocabularies.rule(tag.rule).iri(base)))
        graph.add(
            (iri, SKOS.prefLabel, Literal(f"{tag.element.notation} → {tag.concept.label.ja}", lang="ja"))
        )
        if tag.concept.label.en:
            label = f"{tag.element.notation} → {tag.concept.label.en}"
            graph.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
        for word in tag.words:
            graph.add((iri, KZ.matchedWord, Literal(word, lang="ja")))
        for source in tag.sources:
            graph.add((iri, PROV.wasDerivedFrom, action_tags[(source.iri, tag.concept.key)]))
    return graph
