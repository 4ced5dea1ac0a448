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


def test_every_measure_has_one_primary_policy(graph: Graph) -> None:
    for measure in of_type(graph, KZ.Measure):
        assert len(set(graph.subjects(KZ.hasMeasure, measure))) == 1, measure


def test_the_second_listing_is_a_reading_with_its_evidence(graph: Graph) -> None:
    listings = of_type(graph, KZ.MeasureListing)
    assert len(listings) == 1
    listing = listings.pop()
    assert (listing, RDF.type, KZ.LayoutReading) in graph
    measure = graph.value(listing, KZ.listedMeasure)
    assert label(graph, measure, "ja") == "社会資源のネットワーク構築"
    assert str(graph.value(graph.value(listing, KZ.listingPolicy), SKOS.notation)) == "3-3"
    assert str(graph.value(graph.value(None, KZ.hasMeasure, measure), SKOS.notation)) == "2-3"
    assert int(graph.value(listing, KZ.position)) == 3  # after 3-3's own two measures
    assert str(graph.value(listing, KZ.evidence)) == "plans/sources/isesaki-3-summary.txt lines 512-533"
    note = next(str(o) for o in graph.objects(listing, SKOS.editorialNote) if o.language == "ja")
    assert "「再掲」の語もない" in note
    # notes say what the text shows: no published note claims the plan marks it as 再掲
    for notes in graph.objects(None, SKOS.editorialNote):
        assert "再掲されて" not in str(notes) and "（社会資源のネットワーク構築と並べて再掲）" not in str(
            notes
        )


def test_the_second_listing_lies_in_the_plans_own_source_text(built: BuildResult) -> None:
    """The evidence: lines 512-522 and 523-533 of the source are the same 11 lines, 再掲 occurs nowhere."""
    from conftest import ROOT  # the repository root

    lines = (ROOT / "plans" / "sources" / "isesaki-3-summary.txt").read_text(encoding="utf-8").splitlines()
    first, second = lines[511:522], lines[522:533]
    assert [line.strip() for line in first] == [line.strip() for line in second]
    assert [line.strip() for line in first[:4]] == ["社協", "", "社会資源の", "ネットワーク構築"]
    assert second[0].startswith(" "), "the second copy opens a new extracted page (leading space)"
    assert first[-1].strip() == "防犯体制の充実"
    assert "再掲" not in "\n".join(lines)


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
        str(graph.value(a, KZ.referenceCode)): (int(graph.value(a, KZ.actionNumber)), label(graph, a, "ja"))
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
    assert {str(graph.value(a, KZ.projectId)) for a in actors} == {
        "citizens", "welfare-businesses", "council", "city", "volunteers", "npos", "groups", "community",
    }  # fmt: skip
    assert all((a, RDF.type, KZ.Actor) in graph for a in actors)
    assert URIRef("https://w3id.org/kizuna-graph/org/isesaki-city") in actors  # organisations by their IRI
    used = {
        actor
        for kind in (KZ.NumberedAction, KZ.CitizenAction)
        for a in of_type(graph, kind)
        for actor in graph.objects(a, KZ.actor)
    }
    assert {str(graph.value(a, KZ.projectId)) for a in used} == {"city", "council", "citizens", "community"}
    assert used <= actors
    # 「市民・地域の取り組み」 names both: every citizen action has the citizens and the community as actors
    for action in of_type(graph, KZ.CitizenAction):
        assert {str(graph.value(a, KZ.projectId)) for a in graph.objects(action, KZ.actor)} == {
            "citizens",
            "community",
        }


def test_every_action_belongs_to_one_component_plan(graph: Graph) -> None:
    plan_of = {
        str(graph.value(c, RDF.type)).rsplit("#", 1)[1]: c
        for c in graph.objects(URIRef(PLAN), KZ.componentPlan)
    }
    counts: dict[str, int] = {}
    for kind in (KZ.NumberedAction, KZ.CitizenAction):
        for action in of_type(graph, kind):
            components = list(graph.objects(action, KZ.inComponentPlan))
            assert len(components) == 1, action
            name = next(k for k, c in plan_of.items() if c == components[0])
            counts[name] = counts.get(name, 0) + 1
    # the City's 39 actions in its plan; the Council's 51 and the 21 citizen actions in the activity plan
    assert counts == {"RegionalWelfarePlan": 39, "RegionalWelfareActivityPlan": 51 + 21}
    activity = plan_of["RegionalWelfareActivityPlan"]
    note = next(str(o) for o in graph.objects(activity, SKOS.editorialNote) if o.language == "ja")
    assert "市民や地域と取り組む具体的な内容" in note


def test_measures_with_actions_by_only_one_actor(graph: Graph) -> None:
    single = set()
    for measure in of_type(graph, KZ.Measure):
        actors = {graph.value(a, KZ.actor) for a in graph.objects(measure, KZ.hasAction)}
        if len(actors) == 1:
            single.add(str(graph.value(measure, KZ.referenceCode)))
    assert single == {"1-1-4", "3-1-3"}


def test_help_types_are_neutral_and_this_plans_wording_is_on_this_plan(graph: Graph) -> None:
    readings = {}
    for node in of_type(graph, KZ.HelpType):
        kana = [str(o) for o in graph.objects(node, SKOS.altLabel) if (o.language or "").lower() == "ja-hira"]
        readings[label(graph, node, "ja")] = kana
        assert graph.value(node, SKOS.definition) is None, (
            "a second plan must not give one IRI two definitions"
        )
        wordings = list(graph.subjects(KZ.wordingOf, node))
        assert len(wordings) == 1 and str(wordings[0]).startswith(PLAN + "/")
        assert graph.value(wordings[0], SKOS.definition) is not None
        assert graph.value(wordings[0], SKOS.example) is not None
        assert graph.value(wordings[0], SKOS.editorialNote) is not None, "the pairing is a reading: say why"
    assert readings == {"自助": ["じじょ"], "互助": ["ごじょ"], "共助": ["きょうじょ"], "公助": ["こうじょ"]}


def test_the_plan_names_layers_of_help_only_where_it_does_with_its_words(graph: Graph) -> None:
    named: dict[str, set[str]] = {}
    for statement in of_type(graph, KZ.HelpTypeStatement):
        element = graph.value(statement, KZ.statedIn)
        quote = next(str(o) for o in graph.objects(statement, KZ.quote) if o.language == "ja")
        layer = label(graph, graph.value(statement, KZ.namesHelpType), "ja")
        assert layer in quote, (layer, quote)  # the quote names the layer it links
        key = str(element)[len(PLAN) + 1 :]
        named.setdefault(key, set()).add(layer)
    assert named == {
        "ideal": {"互助", "共助"},
        "policy/1-1": {"互助", "共助"},
        "direction/system-needed-whole-community": {"自助", "互助", "共助", "公助"},
        "concept/regional-welfare": {"自助", "互助", "共助", "公助"},
    }
    # and nowhere else: no actor carries a layer, no action has one in the plan's graph
    assert not list(graph.triples((None, KZ.helpType, None)))


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
    upper = graph.value(plan, KZ.upperPlan)
    assert label(graph, upper, "ja") == "第２次伊勢崎市総合計画"
    assert int(graph.value(upper, KZ.edition)) == 2
    related = set(graph.objects(plan, KZ.relatedPlan))
    assert len(related) == 4, "その他関連計画 is a line of the diagram, not a plan"
    assert all(str(r).startswith(PLAN + "/related-plan/") for r in related | {upper})
    previous = graph.value(plan, URIRef("http://www.w3.org/ns/prov#wasRevisionOf"))
    # the name this plan gives its previous edition, not that edition's title: an alternative label only
    assert {str(o) for o in graph.objects(previous, SKOS.altLabel) if o.language == "ja"} == {"第２期計画"}
    assert graph.value(previous, SKOS.prefLabel) is None and int(graph.value(previous, KZ.edition)) == 2
    assert graph.value(previous, DCTERMS.isReplacedBy) == plan
    for collection in (KZ.currentIssue, KZ.direction):
        listed = graph.value(None, SKOS.member, graph.value(plan, collection))
        assert any(o.language == "ja" for o in graph.objects(listed, SKOS.editorialNote)), collection
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


def test_the_dataset_is_published_by_the_project_and_the_plan_is_by_city_and_council(
    graph: Graph, built: BuildResult
) -> None:
    project = URIRef("https://w3id.org/kizuna-graph/org/kizuna-graph")
    assert graph.value(built.dataset, DCTERMS.publisher) == project
    source = graph.value(URIRef(PLAN), DCTERMS.source)
    assert set(graph.objects(source, DCTERMS.creator)) == {
        URIRef("https://w3id.org/kizuna-graph/org/isesaki-city"),
        URIRef("https://w3id.org/kizuna-graph/org/isesaki-shakyo"),
    }


def test_the_dataset_publisher_is_configurable(built: BuildResult) -> None:
    from kizuna_graph.plan.build import build_graph
    from kizuna_graph.plan.source import load_plan
    from kizuna_graph.resources import bundled_plan

    publisher = "https://data.example.jp/"
    result = build_graph(load_plan(bundled_plan()), publisher=publisher)
    assert result.graph.value(result.dataset, DCTERMS.publisher) == URIRef(publisher)
    assert (URIRef("https://w3id.org/kizuna-graph/org/kizuna-graph"), None, None) not in result.graph
