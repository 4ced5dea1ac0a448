"""The project's classification of actions into layers of help: rules, hand decisions, provenance.

The plan assigns no layer to an action; vocabularies/help-type-rules.yaml does, by words taken from the plan's
own definitions and examples of the layers, and by hand decisions with reasons. These tests check it against
what the plan's text says: the City's cooperation (連携) actions are community help (共助, whose definition
names 行政 among those who cooperate), the Council's ごみ出し action is mutual help (互助, whose example is
ごみ出し), and the classification is published with its provenance outside the plan's graphs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from kizuna_graph.analyze.findings import find
from kizuna_graph.analyze.helptypes import HAND, WORD_MATCH, Assignment, classify, load_help_type_rules
from kizuna_graph.errors import SourceError
from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.source import load_plan
from kizuna_graph.plan.view import PlanView, read_view
from kizuna_graph.resources import bundled_plan, data_dir
from kizuna_graph.terms.namespaces import KZ


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(load_plan(bundled_plan())).graph


@pytest.fixture(scope="module")
def structure(graph: Graph) -> PlanView:
    return read_view(graph)


@pytest.fixture(scope="module")
def assignments(structure: PlanView) -> list[Assignment]:
    return classify(structure, load_help_type_rules())


def _layers(assignments: list[Assignment]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for a in assignments:
        found.setdefault(a.element.notation, set()).add(a.help_type)
    return found


def test_the_citys_cooperation_actions_carry_community_help(
    structure: PlanView, assignments: list[Assignment]
) -> None:
    layers = _layers(assignments)
    city_renkei = [
        e.notation for e in structure.elements.values() if e.actor_id == "city" and "連携" in e.label.ja
    ]
    assert (
        len(city_renkei) == 8
    )  # counted in the plan: 2-1-2市②, 2-2-1市②, 2-3-1市②, 2-3-2市②, 3-1-1市②, 3-3-1市①②, 3-3-2市①
    for notation in city_renkei:
        assert "kyojo" in layers[notation], notation
    # among others where the text says so: 見守り (mutual help), 相談体制の整備 (public help)
    assert layers["2-3-1-city-2"] == {"gojo", "kyojo"}
    assert layers["3-1-1-city-2"] == {"kyojo", "kojo"}


def test_the_councils_rubbish_action_carries_mutual_help(assignments: list[Assignment]) -> None:
    (gomi,) = [a for a in assignments if "ごみ出し" in a.element.label.ja and a.element.actor_id == "council"]
    assert gomi.element.notation == "2-2-2-council-2"
    assert (gomi.help_type, gomi.rule) == ("gojo", WORD_MATCH)
    assert "ごみ出し" in gomi.words


def test_the_councils_services_carry_public_help(assignments: list[Assignment]) -> None:
    layers = _layers(assignments)
    assert "kojo" in layers["3-2-2-council-1"]  # 介護保険サービスと障害福祉サービスの充実
    assert "kojo" in layers["2-2-1-council-2"]  # 福祉有償運送サービスの実施


def test_layers_are_not_a_function_of_the_actor(assignments: list[Assignment]) -> None:
    by_actor: dict[str, set[frozenset[str]]] = {}
    for notation, layers in _layers(assignments).items():
        actor = "city" if "-city-" in notation else "council" if "-council-" in notation else "citizens"
        by_actor.setdefault(actor, set()).add(frozenset(layers))
    assert all(len(sets) > 2 for sets in by_actor.values()), by_actor


def test_hand_decisions_carry_their_reason(assignments: list[Assignment]) -> None:
    hand = [a for a in assignments if a.rule == HAND]
    assert [(a.element.notation, a.help_type) for a in hand] == [("3-3-2-council-1", "gojo")]
    assert hand[0].reason is not None and "社会を明るくする運動" in hand[0].reason.ja
    removed = {a.element.notation for a in assignments if a.help_type == "kojo"}
    assert "2-3-citizen-1" not in removed  # 支援 there is citizens helping one another (hand decision)


def _rules_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vocabularies"
    shutil.copytree(data_dir("vocabularies"), folder)
    return folder


def test_changing_a_rule_changes_the_result(structure: PlanView, tmp_path: Path) -> None:
    folder = _rules_copy(tmp_path)
    path = folder / "help-type-rules.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("ごみ出し, ") == 1
    path.write_text(text.replace("ごみ出し, ", ""), encoding="utf-8")
    changed = _layers(classify(structure, load_help_type_rules(folder)))
    before = _layers(classify(structure, load_help_type_rules()))
    # the Council's ごみ出し action keeps 互助 by 買い物; drop that word too and it loses it
    assert "gojo" in changed["2-2-2-council-2"]
    path.write_text(text.replace("ごみ出し, ", "").replace("買い物, ", ""), encoding="utf-8")
    changed = _layers(classify(structure, load_help_type_rules(folder)))
    assert "gojo" in before["2-2-2-council-2"] and "gojo" not in changed.get("2-2-2-council-2", set())


def test_a_stale_hand_decision_is_an_error(structure: PlanView, tmp_path: Path) -> None:
    folder = _rules_copy(tmp_path)
    path = folder / "help-type-rules.yaml"
    text = path.read_text(encoding="utf-8")
    old = "  - element: cooperating-brighter-society-movement\n    add: gojo"
    assert text.count(old) == 1
    path.write_text(text.replace(old, old.replace("gojo", "kyojo")), encoding="utf-8")
    with pytest.raises(SourceError, match="changes nothing"):
        classify(structure, load_help_type_rules(folder))


def test_the_classification_is_published_with_provenance_outside_the_plan_graphs(graph: Graph) -> None:
    analysis = find(graph).graph
    nodes = set(analysis.subjects(RDF.type, KZ.HelpTypeAssignment))
    assert len(nodes) == len(set(analysis.subject_objects(KZ.helpType)))
    for node in nodes:
        assert analysis.value(node, PROV.wasAttributedTo) == URIRef(
            "https://w3id.org/kizuna-graph/org/kizuna-graph"
        )
        assert analysis.value(node, KZ.assignmentRule) is not None
        assert list(analysis.objects(node, KZ.matchedWord)) or list(analysis.objects(node, KZ.handReason))
    assert not list(graph.triples((None, KZ.helpType, None)))
