"""Concept schemes (vocabularies/) and the tags they give the Isesaki plan: counts that follow from the rules."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from kizuna_graph.analyze.concepts import Vocabularies, load_vocabularies, vocabulary_graph
from kizuna_graph.analyze.tagging import FROM_ACTIONS, WORD_MATCH, Tagging, tag_elements, tag_graph
from kizuna_graph.errors import SourceError
from kizuna_graph.plan.view import Kind, PlanView, read_view
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import KZ

ROOT = Path(__file__).resolve().parents[1]
VOCABULARIES = ROOT / "vocabularies"


@pytest.fixture(scope="module")
def vocabularies() -> Vocabularies:
    return load_vocabularies(VOCABULARIES)


@pytest.fixture(scope="module")
def structure(graph: Graph) -> PlanView:
    return read_view(graph)


@pytest.fixture(scope="module")
def tagging(structure: PlanView, vocabularies: Vocabularies) -> Tagging:
    return tag_elements(structure, vocabularies)


def without_word(vocabularies: Vocabularies, key: str, word: str) -> Vocabularies:
    """The vocabularies with one matching word removed from one concept (in memory)."""
    schemes = []
    for scheme in vocabularies.schemes:
        concepts = tuple(
            dataclasses.replace(c, words=tuple(w for w in c.words if w != word)) if c.key == key else c
            for c in scheme.concepts
        )
        schemes.append(dataclasses.replace(scheme, concepts=concepts))
    return dataclasses.replace(vocabularies, schemes=tuple(schemes))


def tagged(tagging: Tagging, key: str, kind: Kind) -> list[str]:
    return [e.notation for e in tagging.elements_with(key, kind)]


# --- the schemes ---------------------------------------------------------------------------------------------


def test_three_schemes_with_the_concepts_the_issue_names(vocabularies: Vocabularies) -> None:
    assert [s.id for s in vocabularies.schemes] == ["theme", "target-group", "partner"]
    assert [len(s.concepts) for s in vocabularies.schemes] == [23, 9, 15]
    labels = {s.id: {c.label.ja for c in s.concepts} for s in vocabularies.schemes}
    assert {"見守り", "ボランティア", "防災", "防犯", "人権", "福祉教育", "相談支援", "権利擁護", "情報提供",
            "世代間交流", "居場所", "担い手育成", "ネットワーク", "生活困窮"} <= labels["theme"]  # fmt: skip
    assert {"高齢者", "障害のある人", "子ども・子育て家庭", "生活困窮者", "児童・生徒・学生"} <= labels[
        "target-group"
    ]
    assert {"民生委員・児童委員", "区長会", "老人クラブ", "自主防災組織", "事業者", "関係機関", "専門機関",
            "手話通訳者"} <= labels["partner"]  # fmt: skip


def test_every_concept_has_labels_definitions_and_words(vocabularies: Vocabularies) -> None:
    for concept in vocabularies.concepts:
        assert concept.label.ja and concept.label.en, concept.key
        assert concept.definition.ja and concept.definition.en, concept.key
        assert concept.words, concept.key


def test_concepts_as_skos_under_the_base(vocabularies: Vocabularies) -> None:
    graph = vocabulary_graph(vocabularies, base=DEFAULT_BASE)
    mimamori = URIRef(f"{DEFAULT_BASE}concept/theme/mimamori")
    assert (mimamori, RDF.type, SKOS.Concept) in graph
    assert (mimamori, SKOS.inScheme, URIRef(f"{DEFAULT_BASE}concept/theme")) in graph
    assert (mimamori, SKOS.prefLabel, Literal("見守り", lang="ja")) in graph
    assert (mimamori, SKOS.prefLabel, Literal("watching over", lang="en")) in graph
    assert {w.language for w in graph.objects(mimamori, SKOS.definition)} == {"ja", "en"}  # type: ignore[attr-defined]
    assert set(graph.objects(mimamori, SKOS.hiddenLabel)) == {
        Literal(w, lang="ja") for w in ("見守り", "安否確認", "友愛訪問")
    }
    assert (mimamori, DCTERMS.creator, Literal("kizuna_graph developers")) in graph  # ours, not the plan's
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(vocabularies.concepts) + len(vocabularies.tagging_rules)
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)


# --- tags on the Isesaki plan ----------------------------------------------------------------------------------


def test_mimamori_tags_five_numbered_and_two_citizen_actions(tagging: Tagging) -> None:
    assert tagged(tagging, "theme/mimamori", Kind.ACTION) == [
        "2-3-1-city-1",
        "2-3-1-city-2",
        "2-3-1-council-1",
        "2-3-1-council-2",  # by 安否確認
        "3-3-2-city-1",
    ]
    assert tagged(tagging, "theme/mimamori", Kind.CITIZEN_ACTION) == ["2-3-citizen-2", "2-3-citizen-3"]
    assert tagged(tagging, "theme/mimamori", Kind.MEASURE) == ["2-3-1", "3-3-2"]


def test_each_tag_keeps_its_rule_and_words(tagging: Tagging) -> None:
    by = {(t.element.notation, t.concept.key, t.rule): t for t in tagging.tags}
    assert by[("2-3-1-council-2", "theme/mimamori", WORD_MATCH)].words == ("安否確認",)
    from_actions = by[("3-3-2", "theme/mimamori", FROM_ACTIONS)]
    assert from_actions.words == ("見守り",)
    assert [s.notation for s in from_actions.sources] == ["3-3-2-city-1"]
    assert by[("2-3-1", "theme/mimamori", WORD_MATCH)].words == ("見守り",)  # the measure's own title
    assert ("3-3-2", "theme/mimamori", WORD_MATCH) not in by  # 防犯体制の充実 does not say 見守り


def test_counts_by_rule(tagging: Tagging) -> None:
    assert len(tagging.tags) == 390
    assert sum(t.rule == WORD_MATCH for t in tagging.tags) == 265
    assert sum(t.rule == FROM_ACTIONS for t in tagging.tags) == 125


def test_removing_a_matching_word_changes_the_tags(
    structure: PlanView, vocabularies: Vocabularies, tagging: Tagging
) -> None:
    changed = tag_elements(structure, without_word(vocabularies, "theme/mimamori", "安否確認"))
    before = tagged(tagging, "theme/mimamori", Kind.ACTION)
    after = tagged(changed, "theme/mimamori", Kind.ACTION)
    assert set(before) - set(after) == {"2-3-1-council-2"}
    assert len(after) == 4


# --- the hand review -----------------------------------------------------------------------------------------


def test_no_exception_is_stale(tagging: Tagging) -> None:
    assert tagging.unused_exceptions == []


def test_child_commissioners_are_partners_not_children(tagging: Tagging) -> None:
    assert "2-1-2-city-2" in tagged(tagging, "partner/welfare-commissioners", Kind.ACTION)
    assert "2-1-2-city-2" not in tagged(tagging, "target-group/children-and-families", Kind.ACTION)
    (rejection,) = [
        r
        for r in tagging.rejections
        if r.element.notation == "2-1-2-city-2" and r.concept.key == "target-group/children-and-families"
    ]
    assert rejection.words == ("児童",) and rejection.exception.within == "児童委員"
    assert "民生委員" in rejection.exception.reason.ja


def test_without_the_exception_the_word_misfires(structure: PlanView, vocabularies: Vocabularies) -> None:
    target = vocabularies.scheme("target-group")
    kept = tuple(e for e in target.exceptions if e.within != "児童委員")
    schemes = tuple(
        dataclasses.replace(s, exceptions=kept) if s is target else s for s in vocabularies.schemes
    )
    changed = tag_elements(structure, dataclasses.replace(vocabularies, schemes=schemes))
    assert tagged(changed, "target-group/children-and-families", Kind.ACTION) == [
        "1-2-2-council-2",
        "2-1-2-city-2",
        "2-1-2-city-3",
    ]


def test_an_exception_for_a_missing_element_is_reported_stale(
    structure: PlanView, vocabularies: Vocabularies
) -> None:
    partner = vocabularies.scheme("partner")
    ghost = dataclasses.replace(partner.exceptions[-1], element="9-9-9-city-1")
    schemes = tuple(
        dataclasses.replace(s, exceptions=(*s.exceptions, ghost)) if s is partner else s
        for s in vocabularies.schemes
    )
    changed = tag_elements(structure, dataclasses.replace(vocabularies, schemes=schemes))
    assert changed.unused_exceptions == [ghost]


# --- tags as RDF ---------------------------------------------------------------------------------------------


def test_tags_as_rdf_with_provenance(
    structure: PlanView, vocabularies: Vocabularies, tagging: Tagging
) -> None:
    graph = tag_graph(structure, vocabularies, tagging, base=DEFAULT_BASE)
    tags = set(graph.subjects(RDF.type, KZ.ConceptTag))
    assert len(tags) == len(tagging.tags)
    for tag in tags:
        assert str(tag).startswith(f"{DEFAULT_BASE}plans/isesaki/3/tag/")
        for predicate in (KZ.taggedElement, KZ.tagConcept, KZ.tagRule):
            assert len(list(graph.objects(tag, predicate))) == 1, (tag, predicate)
        assert list(graph.objects(tag, KZ.matchedWord))
    tag = URIRef(f"{DEFAULT_BASE}plans/isesaki/3/tag/2-3-1-council-2/theme/mimamori/word-match")
    assert graph.value(tag, KZ.matchedWord) == Literal("安否確認", lang="ja")
    assert graph.value(tag, KZ.tagRule) == URIRef(f"{DEFAULT_BASE}concept/tagging-rule/word-match")
    action = structure.by_notation("2-3-1-council-2").iri
    assert (action, DCTERMS.subject, URIRef(f"{DEFAULT_BASE}concept/theme/mimamori")) in graph
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)


# --- loading errors ------------------------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vocabularies"
    shutil.copytree(VOCABULARIES, folder)
    return folder


def test_unknown_key_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "partners.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    words: [区長会]", "    word: [区長会]"), "utf-8"
    )
    with pytest.raises(SourceError, match=r"partners\.yaml:\d+: unknown key 'word'.*did you mean 'words'"):
        load_vocabularies(folder)


def test_an_exception_needs_within_or_element(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "partners.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "    element: 3-2-2-city-2", "    element: 3-2-2-city-2\n    within: 事業者"
    )
    path.write_text(text, "utf-8")
    with pytest.raises(SourceError, match="exactly one of 'within'"):
        load_vocabularies(folder)
