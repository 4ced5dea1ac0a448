"""Facts of the Isesaki plan that the graph must hold, counted and named from the graph itself."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, ORG, RDF, SKOS

from kizuna_graph.plan.build import BuildResult
from kizuna_graph.terms.namespaces import KZ

PLAN = "https://w3id.org/kizuna-graph/plans/isesaki/3"


def of_type(graph: Graph, kind: URIRef) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}


def label(graph: Graph, node: URIRef, lang: str) -> str:
    values = [
        str(o) for o in graph.objects(node, SKOS.prefLabel) if isinstance(o, Literal) and o.language == lang
    ]
    assert len(values) == 1, f"{node} has {len(values)} prefLabels @{lang}"
    return values[0]


def test_counts_of_the_outline(graph: Graph) -> None:
    assert len(of_type(graph, KZ.BasicGoal)) == 3
    assert len(of_type(graph, KZ.Policy)) == 8
    assert len(of_type(graph, KZ.Measure)) == 21
    assert len(of_type(graph, KZ.NumberedAction)) == 90
    assert len(of_type(graph, KZ.CitizenAction)) == 21
    assert len(of_type(graph, KZ.HelpType)) == 4
    assert len(of_type(graph, KZ.ActorRole)) == 5
    assert len(of_type(graph, KZ.BasicIdeal)) == 1


def test_actions_by_actor(graph: Graph) -> None:
    by_actor: dict[str, int] = {}
    for action in of_type(graph, KZ.NumberedAction):
        actors = list(graph.objects(action, KZ.actor))
        assert len(actors) == 1
        short = {str(o) for o in graph.objects(actors[0], SKOS.altLabel) if o.language == "ja"}
        key = "市" if "市" in short else "社協" if "社協" in short else "?"
        by_actor[key] = by_actor.get(key, 0) + 1
    assert by_actor == {"市": 39, "社協": 51}


def test_every_element_has_japanese_and_english_label(graph: Graph) -> None:
    kinds = (
        KZ.BasicGoal,
        KZ.Policy,
        KZ.Measure,
        KZ.NumberedAction,
        KZ.CitizenAction,
        KZ.HelpType,
        KZ.ActorRole,
    )
    for kind in kinds:
        for node in of_type(graph, kind):
            assert label(graph, node, "ja")
            assert label(graph, node, "en")


def test_the_shared_measure_sits_under_two_policies(graph: Graph) -> None:
    shared = [m for m in of_type(graph, KZ.Measure) if len(set(graph.subjects(KZ.hasMeasure, m))) > 1]
    assert len(shared) == 1
    measure = shared[0]
    assert label(graph, measure, "ja") == "社会資源のネットワーク構築"
    parents = {str(graph.value(p, SKOS.notation)) for p in graph.subjects(KZ.hasMeasure, measure)}
    assert parents == {"2-3", "3-3"}
    assert str(graph.value(measure, SKOS.notation)) == "2-3-2"


def test_goals_and_policies_in_order(graph: Graph) -> None:
    goals = {str(graph.value(g, SKOS.notation)): label(graph, g, "ja") for g in of_type(graph, KZ.BasicGoal)}
    assert goals == {
        "1": "つながる地域づくり",
        "2": "支え合いで安心の地域づくり",
        "3": "暮らしを守る地域づくり",
    }
    policies = {str(graph.value(p, SKOS.notation)): label(graph, p, "ja") for p in of_type(graph, KZ.Policy)}
    assert policies["2-3"] == "見守り及び支援体制の構築"
    assert policies["3-3"] == "防犯・災害時等支援体制の整備"
    assert sorted(policies) == ["1-1", "1-2", "2-1", "2-2", "2-3", "3-1", "3-2", "3-3"]


def test_numbered_actions_of_one_measure(graph: Graph) -> None:
    measure = URIRef(f"{PLAN}/measure/community-welfare-publicity")
    assert label(graph, measure, "ja") == "地域福祉の広報啓発"
    actions = {
        str(graph.value(a, SKOS.notation)): (int(graph.value(a, KZ.actionNumber)), label(graph, a, "ja"))
        for a in graph.objects(measure, KZ.hasAction)
    }
    assert actions == {
        "1-1-1-city-1": (1, "多様な媒体やイベント等を活用した福祉情報の発信強化"),
        "1-1-1-city-2": (2, "地域福祉活動事例の紹介"),
        "1-1-1-council-1": (1, "社会福祉大会等、福祉啓発のためのイベントの開催"),
        "1-1-1-council-2": (2, "広報紙発行・ホームページ随時更新・パンフレット作成"),
        "1-1-1-council-3": (3, "共同募金への協力推進"),
    }


def test_the_plan_lists_its_actors_and_every_action_has_one_of_them(graph: Graph) -> None:
    plan = URIRef(PLAN)
    actors = set(graph.objects(plan, KZ.planActor))
    assert {str(graph.value(a, SKOS.notation)) for a in actors} == {
        "citizens", "welfare-businesses", "council", "city", "volunteers", "npos", "groups",
    }  # fmt: skip
    assert all((a, RDF.type, KZ.Actor) in graph for a in actors)
    assert URIRef("https://w3id.org/kizuna-graph/org/isesaki-city") in actors  # organisations by their IRI
    used = {
        graph.value(a, KZ.actor)
        for kind in (KZ.NumberedAction, KZ.CitizenAction)
        for a in of_type(graph, kind)
    }
    assert {str(graph.value(a, SKOS.notation)) for a in used} == {"city", "council", "citizens"}
    assert used <= actors


def test_measures_with_actions_by_only_one_actor(graph: Graph) -> None:
    single = set()
    for measure in of_type(graph, KZ.Measure):
        actors = {graph.value(a, KZ.actor) for a in graph.objects(measure, KZ.hasAction)}
        if len(actors) == 1:
            single.add(str(graph.value(measure, SKOS.notation)))
    assert single == {"1-1-4", "3-1-3"}


def test_help_types_with_readings(graph: Graph) -> None:
    readings = {}
    for node in of_type(graph, KZ.HelpType):
        kana = [str(o) for o in graph.objects(node, SKOS.altLabel) if (o.language or "").lower() == "ja-hira"]
        readings[label(graph, node, "ja")] = kana
        assert graph.value(node, SKOS.definition) is not None
        assert graph.value(node, SKOS.example) is not None
        assert graph.value(node, SKOS.editorialNote) is not None, "the pairing is a reading: say why"
    assert readings == {"自助": ["じじょ"], "互助": ["ごじょ"], "共助": ["きょうじょ"], "公助": ["こうじょ"]}


def test_roles_table(graph: Graph) -> None:
    roles = {}
    for role in of_type(graph, KZ.ActorRole):
        holders = sorted(
            str(o)
            for h in graph.objects(role, KZ.roleOf)
            for o in graph.objects(h, SKOS.prefLabel)
            if o.language == "ja"
        )
        roles[label(graph, role, "ja")] = holders
    assert roles["地域と市の橋渡し役"] == ["伊勢崎市社会福祉協議会"]
    assert roles["地域福祉推進のための仕組みづくり"] == ["伊勢崎市"]
    assert roles["地域福祉推進の主役"] == ["市民"]
    assert roles["地域福祉活動の実践者"] == sorted(["ボランティア", "ＮＰＯ法人", "各種団体"])
    assert len(roles) == 5


def test_period_is_fy2020_to_fy2024(graph: Graph) -> None:
    period = graph.value(URIRef(PLAN), DCTERMS.temporal)
    assert (period, RDF.type, DCTERMS.PeriodOfTime) in graph
    assert graph.value(period, DCAT.startDate).toPython() == dt.date(2020, 4, 1)
    assert graph.value(period, DCAT.endDate).toPython() == dt.date(2025, 3, 31)


def test_two_component_plans_drawn_up_together(graph: Graph) -> None:
    components = set(graph.objects(URIRef(PLAN), KZ.componentPlan))
    kinds = {graph.value(c, RDF.type) for c in components}
    assert kinds == {KZ.RegionalWelfarePlan, KZ.RegionalWelfareActivityPlan}
    categories = {str(o) for c in components for o in graph.objects(c, KZ.planCategory) if o.language == "ja"}
    assert categories == {"行政計画", "民間計画"}


def test_city_identified_by_local_government_code(graph: Graph) -> None:
    city = URIRef("https://w3id.org/kizuna-graph/org/isesaki-city")
    assert (city, RDF.type, ORG.FormalOrganization) in graph
    assert (city, DCTERMS.identifier, Literal("102041")) in graph
    assert (city, ORG.identifier, Literal("10204")) in graph
    assert (city, DCTERMS.spatial, URIRef("http://data.e-stat.go.jp/lod/sac/C10204")) in graph


def test_contact_offices(graph: Graph) -> None:
    vcard = "http://www.w3.org/2006/vcard/ns#"
    numbers = {
        str(graph.value(phone, SKOS.notation))
        for unit in graph.objects(URIRef(PLAN), DCAT.contactPoint)
        for phone in graph.objects(unit, URIRef(vcard + "hasTelephone"))
    }
    assert numbers == {"0270-27-2748", "0270-26-1808", "0270-25-4546", "0270-21-8252"}
    sites = {
        str(o)
        for unit in graph.objects(URIRef(PLAN), DCAT.contactPoint)
        for o in graph.objects(unit, URIRef(vcard + "hasURL"))
    }
    assert sites == {"http://www.city.isesaki.lg.jp/", "http://ise-shakyo.or.jp/"}


def test_context_of_the_plan(graph: Graph) -> None:
    plan = URIRef(PLAN)
    assert len(set(graph.objects(plan, KZ.currentIssue))) == 4
    assert len(set(graph.objects(plan, KZ.direction))) == 3
    evaluation = graph.value(plan, KZ.previousPlanEvaluation)
    findings = list(graph.objects(evaluation, KZ.finding))
    assert sum(1 for f in findings if (f, RDF.type, KZ.Achievement) in graph) == 3
    assert sum(1 for f in findings if (f, RDF.type, KZ.Challenge) in graph) == 3
    assert label(graph, graph.value(plan, KZ.upperPlan), "ja") == "第２次伊勢崎市総合計画"
    assert len(set(graph.objects(plan, KZ.relatedPlan))) == 5
    phases = {label(graph, p, "ja") for p in graph.objects(plan, KZ.pdcaPhase)}
    assert phases == {"計画策定", "計画の実行", "点検・評価", "見直し・改善"}
    ideal = graph.value(plan, KZ.basicIdeal)
    assert label(graph, ideal, "ja") == "支え合い・助け合いで育む　いせさきの絆づくり"


def test_every_measure_placement_is_explained(built: BuildResult) -> None:
    graph = built.graph
    for measure in of_type(graph, KZ.Measure):
        notes = [o for o in graph.objects(measure, SKOS.editorialNote) if o.language == "ja"]
        assert notes, f"measure {graph.value(measure, SKOS.notation)} has no recorded reading"


def test_dataset_declares_the_translation_unofficial(graph: Graph, built: BuildResult) -> None:
    notes = {str(o) for o in graph.objects(built.dataset, SKOS.note) if o.language == "en"}
    assert any("unofficial translation" in n for n in notes)
    assert isinstance(graph.value(built.dataset, DCTERMS.license), URIRef)
