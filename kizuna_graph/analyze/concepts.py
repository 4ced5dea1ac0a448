"""Concept schemes for cross-links (themes, target groups, partners) and the rules that use them.

The schemes are data, kept in ``vocabularies/`` (one YAML file per scheme, listed in ``rules.yaml``): each
concept has ja/en labels, a definition written by the kizuna_graph project, and the matching words by which
:mod:`kizuna_graph.analyze.tagging` finds it in the plan's Japanese text, with the matches rejected by hand and why.
``rules.yaml`` also holds the tagging rules and the parameters of near-duplicate detection and of the
cross-link strength (:mod:`kizuna_graph.analyze.crosslinks`).

:func:`load_vocabularies` reads the folder into typed records; :func:`vocabulary_graph` publishes them as SKOS:
one ``skos:ConceptScheme`` per file at ``{base}concept/{scheme}``, concepts at ``{base}concept/{scheme}/{id}``
with ``skos:prefLabel``, ``skos:definition`` and the matching words as ``skos:hiddenLabel`` (the SKOS property
for labels meant for text search, not for display).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from kizuna_graph.errors import IdentifierError
from kizuna_graph.messages import msg
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.yamlfile import Fields, parse_yaml
from kizuna_graph.resources import data_dir
from kizuna_graph.terms.iris import mint
from kizuna_graph.terms.namespaces import bind_prefixes

__all__ = [
    "Concept",
    "ConceptScheme",
    "NearDuplicateRules",
    "RejectedPair",
    "StrengthRules",
    "TagException",
    "TaggingRule",
    "Vocabularies",
    "load_vocabularies",
    "mint_under",
    "vocabulary_graph",
]

#: Who wrote the concepts and their definitions (the plan did not): stated on every scheme and concept.
CREATOR = "kizuna_graph developers"
_OURS = Text(
    ja="概念・ラベル・定義・照合語は kizuna_graph プロジェクトが計画の本文を読んで作成したものであり、計画の記述ではない。",
    en="The concepts, labels, definitions and matching words were drawn up by the kizuna_graph project from its "
    "reading of the plan; they are not the plan's own text.",
)
_TEXT = ("ja", "en")


@dataclass(frozen=True, slots=True)
class Concept:
    scheme: str
    id: str
    label: Text
    definition: Text
    words: tuple[str, ...]
    line: int

    @property
    def key(self) -> str:
        """``scheme/id``, unique across the schemes."""
        return f"{self.scheme}/{self.id}"

    def iri(self, base: str) -> URIRef:
        return mint(base, "concept", self.scheme, self.id)


@dataclass(frozen=True, slots=True)
class TagException:
    """A match rejected by hand: inside the longer word ``within``, or in the element ``element``."""

    concept: str
    within: str | None
    element: str | None
    reason: Text
    file: Path
    line: int


@dataclass(frozen=True, slots=True)
class ConceptScheme:
    id: str
    label: Text
    definition: Text
    concepts: tuple[Concept, ...]
    exceptions: tuple[TagException, ...]
    path: Path

    def iri(self, base: str) -> URIRef:
        return mint(base, "concept", self.id)


@dataclass(frozen=True, slots=True)
class TaggingRule:
    id: str
    label: Text
    definition: Text

    def iri(self, base: str) -> URIRef:
        return mint(base, "concept", "tagging-rule", self.id)


@dataclass(frozen=True, slots=True)
class RejectedPair:
    """A near-duplicate candidate (two action notations) rejected by hand."""

    a: str
    b: str
    reason: Text
    line: int


@dataclass(frozen=True, slots=True)
class NearDuplicateRules:
    stop_phrases: tuple[str, ...]
    min_overlap: float
    min_dice: float
    min_shared: int
    rejected: tuple[RejectedPair, ...]


@dataclass(frozen=True, slots=True)
class StrengthRules:
    near_duplicate_bonus: float
    max_bonus_pairs: int
    min_strength: float


@dataclass(frozen=True, slots=True)
class Vocabularies:
    schemes: tuple[ConceptScheme, ...]
    tagging_rules: tuple[TaggingRule, ...]
    near_duplicates: NearDuplicateRules
    strength: StrengthRules
    folder: Path

    def scheme(self, scheme_id: str) -> ConceptScheme:
        for scheme in self.schemes:
            if scheme.id == scheme_id:
                return scheme
        raise KeyError(scheme_id)

    @property
    def concepts(self) -> tuple[Concept, ...]:
        return tuple(c for scheme in self.schemes for c in scheme.concepts)

    def concept(self, key: str) -> Concept:
        """The concept ``scheme/id``; ``KeyError`` if there is none."""
        for concept in self.concepts:
            if concept.key == key:
                return concept
        raise KeyError(key)

    def rule(self, rule_id: str) -> TaggingRule:
        for rule in self.tagging_rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


# --- loading ------------------------------------------------------------------------------------------------


def _words(obj: Fields, key: str) -> tuple[str, ...]:
    words: list[str] = []
    for index, item, _line in obj.items(key, msg("what.word")):
        if not isinstance(item, str) or not item.strip():
            raise obj.error(msg("rules.word_empty", index=index, key=key, what=obj.what), key)
        if item in words:
            raise obj.error(msg("rules.word_twice", word=item, key=key, what=obj.what), key)
        words.append(item.strip())
    if not words:
        raise obj.error(msg("rules.words_empty", key=key, what=obj.what), key)
    return tuple(words)


def _slug(obj: Fields, key: str) -> str:
    value = str(obj.string(key))
    try:
        mint("https://w3id.org/", value)
    except IdentifierError:
        raise obj.error(msg("value.not_slug", key=key, what=obj.what, value=value), key) from None
    return value


def _number(obj: Fields, key: str) -> float:
    value = obj.map.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise obj.error(msg("rules.number", key=key, what=obj.what), key)
    return float(value)


def _load_scheme(path: Path) -> ConceptScheme:
    data, _ = parse_yaml(path)
    root = Fields(path, data, msg("what.scheme_file"), ("scheme", "concepts", "exceptions"))
    head = root.obj("scheme", msg("what.scheme_head"), ("id", "label", "definition"))
    scheme_id = _slug(head, "id")
    concepts: list[Concept] = []
    for _, item in root.objects("concepts", msg("what.concept"), ("id", "label", "definition", "words")):
        concept = Concept(
            scheme=scheme_id,
            id=_slug(item, "id"),
            label=item.text("label"),
            definition=item.text("definition"),
            words=_words(item, "words"),
            line=item.line,
        )
        if any(c.id == concept.id for c in concepts):
            raise item.error(msg("rules.concept_twice", id=concept.id), "id")
        concepts.append(concept)
    ids = {c.id for c in concepts}
    exceptions: list[TagException] = []
    for _, item in root.objects(
        "exceptions", msg("what.exception"), ("concept", "within", "element", "reason"), required=False
    ):
        concept_id = str(item.string("concept"))
        if concept_id not in ids:
            raise item.error(msg("rules.unknown_concept", concept=concept_id, known=", ".join(sorted(ids))))
        within, element = item.string("within", required=False), item.string("element", required=False)
        if (within is None) == (element is None):
            raise item.error(msg("rules.exception_needs_one"))
        exceptions.append(TagException(concept_id, within, element, item.text("reason"), path, item.line))
    return ConceptScheme(
        id=scheme_id,
        label=head.text("label"),
        definition=head.text("definition"),
        concepts=tuple(concepts),
        exceptions=tuple(exceptions),
        path=path,
    )


def load_vocabularies(folder: Path | None = None) -> Vocabularies:
    """Read ``rules.yaml`` and the scheme files it lists from ``folder`` (default: the bundled ones)."""
    folder = folder or data_dir("vocabularies")
    path = folder / "rules.yaml"
    data, _ = parse_yaml(path)
    root = Fields(
        path, data, msg("what.rules_file"), ("schemes", "tagging_rules", "near_duplicates", "strength")
    )
    schemes: list[ConceptScheme] = []
    for index, name, _line in root.items("schemes", msg("what.scheme_file")):
        if not isinstance(name, str) or "/" in name or not name.endswith(".yaml"):
            raise root.error(msg("rules.scheme_file_name", index=index, folder=folder), "schemes")
        scheme = _load_scheme(folder / name)
        if any(s.id == scheme.id for s in schemes):
            raise root.error(msg("rules.scheme_twice", id=scheme.id), "schemes")
        schemes.append(scheme)
    rules = tuple(
        TaggingRule(_slug(item, "id"), item.text("label"), item.text("definition"))
        for _, item in root.objects("tagging_rules", msg("what.tagging_rule"), ("id", "label", "definition"))
    )
    near = root.obj(
        "near_duplicates",
        msg("what.near_duplicates"),
        ("stop_phrases", "min_overlap", "min_dice", "min_shared", "rejected"),
    )
    rejected = []
    for _, item in near.objects("rejected", msg("what.rejected_pair"), ("pair", "reason"), required=False):
        pair = item.seq("pair")
        if len(pair) != 2 or not all(isinstance(n, str) for n in pair):
            raise item.error(msg("rules.pair"), "pair")
        rejected.append(RejectedPair(min(pair), max(pair), item.text("reason"), item.line))
    strength = root.obj(
        "strength", msg("what.strength"), ("near_duplicate_bonus", "max_bonus_pairs", "min_strength")
    )
    return Vocabularies(
        schemes=tuple(schemes),
        tagging_rules=rules,
        near_duplicates=NearDuplicateRules(
            stop_phrases=tuple(sorted(_words(near, "stop_phrases"), key=lambda p: (-len(p), p))),
            min_overlap=_number(near, "min_overlap"),
            min_dice=_number(near, "min_dice"),
            min_shared=int(near.number("min_shared")),
            rejected=tuple(rejected),
        ),
        strength=StrengthRules(
            near_duplicate_bonus=_number(strength, "near_duplicate_bonus"),
            max_bonus_pairs=int(strength.number("max_bonus_pairs")),
            min_strength=_number(strength, "min_strength"),
        ),
        folder=folder,
    )


# --- RDF ------------------------------------------------------------------------------------------------------


def mint_under(base: str, parent: URIRef, *segments: str | int) -> URIRef:
    """The IRI ``{parent}/{segments}`` of a resource below ``parent``, itself an IRI minted under ``base``."""
    if not str(parent).startswith(base):
        raise IdentifierError(f"<{parent}> is not below the base {base}: cannot mint IRIs under it")
    return mint(base, *str(parent)[len(base) :].split("/"), *segments)


def _text(graph: Graph, subject: URIRef, predicate: URIRef, text: Text) -> None:
    graph.add((subject, predicate, Literal(text.ja, lang="ja")))
    if text.en:
        graph.add((subject, predicate, Literal(text.en, lang="en")))


def vocabulary_graph(vocabularies: Vocabularies, *, base: str, into: Graph | None = None) -> Graph:
    """The concept schemes and the tagging rules as SKOS, every node minted under ``base``."""
    graph = into if into is not None else bind_prefixes(Graph(bind_namespaces="none"))
    for scheme in vocabularies.schemes:
        s = scheme.iri(base)
        graph.add((s, RDF.type, SKOS.ConceptScheme))
        _text(graph, s, SKOS.prefLabel, scheme.label)
        _text(graph, s, SKOS.definition, scheme.definition)
        _text(graph, s, SKOS.editorialNote, _OURS)
        graph.add((s, DCTERMS.creator, Literal(CREATOR)))
        for concept in scheme.concepts:
            c = _top_concept(graph, concept, s, base=base)
            graph.add((c, DCTERMS.creator, Literal(CREATOR)))
            for word in concept.words:
                graph.add((c, SKOS.hiddenLabel, Literal(word, lang="ja")))
    rules = mint(base, "concept", "tagging-rule")
    graph.add((rules, RDF.type, SKOS.ConceptScheme))
    graph.add((rules, SKOS.prefLabel, Literal("概念タグ付けの規則", lang="ja")))
    graph.add((rules, SKOS.prefLabel, Literal("concept tagging rules", lang="en")))
    graph.add((rules, DCTERMS.creator, Literal(CREATOR)))
    for rule in vocabularies.tagging_rules:
        _top_concept(graph, rule, rules, base=base)
    return graph


def _top_concept(graph: Graph, item: Concept | TaggingRule, scheme: URIRef, *, base: str) -> URIRef:
    """Add ``item`` as a top concept of ``scheme``, with its id as notation, its label and definition."""
    concept = item.iri(base)
    graph.add((concept, RDF.type, SKOS.Concept))
    graph.add((concept, SKOS.inScheme, scheme))
    graph.add((concept, SKOS.topConceptOf, scheme))
    graph.add((scheme, SKOS.hasTopConcept, concept))
    graph.add((concept, SKOS.notation, Literal(item.id)))
    _text(graph, concept, SKOS.prefLabel, item.label)
    _text(graph, concept, SKOS.definition, item.definition)
    return concept
