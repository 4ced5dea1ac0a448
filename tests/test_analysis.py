"""Findings of `kizuna analyze` on the Isesaki plan: the hierarchy DAG, cross-links, hubs, communities, coverage.

The tests assert what the analysis finds in the plan — and that changing the data or a rule changes it — not
merely that files exist. Figures are checked for Japanese glyphs in the chosen font.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from analysis_answers import analysis_answers
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as rdflib_namespace  # XSD via the module: pytest probes module globals
from rdflib.namespace import RDF, SKOS

from kizuna_graph.analyze import network as analysis
from kizuna_graph.analyze.concepts import Vocabularies, load_vocabularies
from kizuna_graph.analyze.crosslinks import Scope, concept_weights
from kizuna_graph.analyze.findings import Findings, find
from kizuna_graph.analyze.result import AnalysisResult
from kizuna_graph.cli import main
from kizuna_graph.errors import ExportError
from kizuna_graph.jobs.analysis import analysis_files, run_analysis
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.view import read_view
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.terms.namespaces import KZ, sparql_prefixes

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "plans" / "isesaki-3.yaml"
PLAN = f"{DEFAULT_BASE}plans/isesaki/3/"


@pytest.fixture(scope="module")
def result() -> AnalysisResult:
    return run_analysis(BUNDLED)


@pytest.fixture(scope="module")
def findings(result: AnalysisResult) -> Findings:
    return result.findings


def link_between(findings: Findings, a: str, b: str):  # type: ignore[no-untyped-def]
    (link,) = [lk for lk in findings.links if {lk.a.notation, lk.b.notation} == {a, b}]
    return link


# --- the hierarchy as a DAG ----------------------------------------------------------------------------------


def test_the_dag_gives_every_measure_one_parent(result: AnalysisResult) -> None:
    """The second listing of 2-3-2 under 3-3 is a reading of the layout (kz:MeasureListing), not a parent."""
    assert nx.is_directed_acyclic_graph(result.dag)
    assert result.dag.number_of_nodes() == 1 + 3 + 8 + 21 + 90 + 21
    assert result.multi_parents == [] or not list(result.multi_parents)


def test_a_second_cross_listing_in_the_data_is_found_too(graph: Graph) -> None:
    changed = Graph()
    changed += graph
    changed.add(
        (URIRef(PLAN + "policy/1-1"), KZ.hasMeasure, URIRef(PLAN + "measure/better-provision-information"))
    )
    structure = read_view(changed)
    found = analysis.multi_parent_elements(analysis.hierarchy_dag(changed, structure), structure)
    assert [(m.element.notation, [p.notation for p in m.parents]) for m in found] == [
        ("3-1-1", ["1-1", "3-1"])
    ]


# --- near-duplicates and cross-links -------------------------------------------------------------------------


def test_near_duplicate_actions(findings: Findings) -> None:
    pairs = {(p.a.notation, p.b.notation) for p in findings.duplicates.pairs}
    assert ("3-2-1-city-1", "3-2-1-council-2") in pairs  # 成年後見制度, by both actors in one measure
    assert ("2-3-1-city-1", "3-3-2-city-1") in pairs  # 見守り, under policies 2-3 and 3-3
    assert ("1-2-2-council-1", "1-2-3-city-1") in pairs  # 世代間交流, twice under policy 1-2
    assert len(pairs) == 8
    assert len(findings.duplicates.rejected) == 4 and not findings.duplicates.unused_rejections


def test_strongest_cross_goal_link_is_watching_over(findings: Findings) -> None:
    top = next(link for link in findings.links if link.scope is Scope.CROSS_GOAL)
    assert top is findings.links[0]  # also the strongest link overall
    assert (top.a.notation, top.b.notation) == ("2-3-1", "3-3-2")
    assert (top.a.label.ja, top.b.label.ja) == ("見守り活動の充実", "防犯体制の充実")
    assert [c.key for c in top.shared] == [
        "theme/mimamori",
        "theme/network",
        "target-group/older-people",
        "target-group/people-with-disabilities",
        "partner/businesses",
        "partner/relevant-agencies",
    ]
    assert [(p.a.notation, p.b.notation) for p in top.near_duplicates] == [
        ("2-3-1-city-1", "3-3-2-city-1"),
        ("2-3-1-city-2", "3-3-2-city-1"),
    ]
    expected = (
        analysis_answers().strongest_cross_goal
    )  # worked out from the YAML files (tests/analysis_answers.py)
    assert (top.a.notation, top.b.notation, str(top.strength)) == expected


def test_next_cross_goal_links(findings: Findings) -> None:
    cross = [(lk.a.notation, lk.b.notation) for lk in findings.links if lk.scope is Scope.CROSS_GOAL]
    assert cross[:3] == [("2-3-1", "3-3-2"), ("1-1-2", "2-1-3"), ("2-2-1", "3-2-2")]
    welfare_education = link_between(findings, "1-1-2", "2-1-3")  # pupils and schools, and volunteering
    assert {c.key for c in welfare_education.shared} == {
        "theme/volunteer",
        "target-group/pupils-and-students",
        "partner/schools",
    }


def test_intergenerational_exchange_links_the_two_measures_of_policy_1_2(findings: Findings) -> None:
    link = link_between(findings, "1-2-2", "1-2-3")
    assert link.scope is Scope.SAME_POLICY
    assert "theme/sedaikan-koryu" in {c.key for c in link.shared}
    assert len(link.near_duplicates) == 1


def test_strength_is_the_weighted_jaccard_plus_the_bonus(findings: Findings) -> None:
    weights = concept_weights(findings.structure, findings.tagging)
    assert math.isclose(weights["theme/mimamori"], math.log(21 / 2))
    top = findings.links[0]
    a, b = (findings.tagging.concepts_of(m.iri) for m in (top.a, top.b))
    jaccard = sum(weights[c.key] for c in a & b) / sum(weights[c.key] for c in a | b)
    assert math.isclose(top.jaccard, jaccard)
    assert top.bonus == 0.25 * 2
    assert top.strength == Decimal(f"{jaccard + 0.5:.3f}")


def test_removing_a_matching_word_weakens_the_top_link(graph: Graph, findings: Findings) -> None:
    vocab = load_vocabularies()
    schemes = []
    for scheme in vocab.schemes:
        concepts = tuple(
            dataclasses.replace(c, words=tuple(w for w in c.words if w != "見守り"))
            if c.id == "mimamori"
            else c
            for c in scheme.concepts
        )
        schemes.append(dataclasses.replace(scheme, concepts=concepts))
    changed = find(graph, vocabularies=dataclasses.replace(vocab, schemes=tuple(schemes)))
    link = link_between(changed, "2-3-1", "3-3-2")
    assert "theme/mimamori" not in {c.key for c in link.shared}
    assert link.strength < findings.links[0].strength


def test_rejecting_no_pair_by_hand_lets_a_false_near_duplicate_through(graph: Graph) -> None:
    vocab: Vocabularies = load_vocabularies()
    near = dataclasses.replace(vocab.near_duplicates, rejected=())
    changed = find(graph, vocabularies=dataclasses.replace(vocab, near_duplicates=near))
    pairs = {(p.a.notation, p.b.notation) for p in changed.duplicates.pairs}
    assert ("2-2-1-council-2", "3-2-2-city-1") in pairs  # 福祉有償運送サービス vs 福祉サービスの充実
    assert len(pairs) == 12


# --- cross-links as RDF ---------------------------------------------------------------------------------------


def test_cross_links_in_rdf_answer_sparql(findings: Findings) -> None:
    graph = findings.graph
    links = set(graph.subjects(RDF.type, KZ.CrossLink))
    assert len(links) == sum(1 for lk in findings.links if lk.strength >= Decimal("0.1")) == 40
    for link in links:
        assert str(link).startswith(PLAN + "cross-link/")
        assert len(set(graph.objects(link, KZ.linksMeasure))) == 2
        (strength,) = graph.objects(link, KZ.strength)
        assert isinstance(strength, Literal) and strength.datatype == rdflib_namespace.XSD.decimal
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)
    query = (
        sparql_prefixes()
        + """
        SELECT ?link ?strength WHERE {
          ?link a kz:CrossLink ; kz:strength ?strength ;
                kz:sharedConcept <https://w3id.org/kizuna-graph/concept/theme/mimamori> .
        } ORDER BY DESC(?strength)"""
    )
    rows = list(graph.query(query))
    assert [str(r[0]) for r in rows] == [PLAN + "cross-link/2-3-1/3-3-2"]  # type: ignore[index]


# --- network: hubs, bridges, communities ---------------------------------------------------------------------


def test_network_is_read_from_the_rdf(result: AnalysisResult) -> None:
    assert result.network.number_of_nodes() == 21
    assert result.network.number_of_edges() == 40


def test_hubs_and_bridges(result: AnalysisResult) -> None:
    assert result.centrality[0].measure.notation == "2-3-1"  # 見守り活動の充実: the largest weighted degree
    bridge = max(result.centrality, key=lambda r: r.betweenness)
    assert bridge.measure.notation == "2-1-3"  # リーダーや担い手の育成・支援 joins education and support
    assert [p.notation for p in result.articulation_points] == ["2-2-1"]


def test_communities_are_deterministic_and_cut_across_goals(result: AnalysisResult) -> None:
    again = analysis.communities(result.network, result.findings.structure)
    assert again.members == result.communities.members
    members = [[m.notation for m in group] for group in result.communities.members]
    assert ["2-2-1", "2-2-2", "2-3-1", "2-3-2", "3-1-1", "3-2-1", "3-2-2", "3-3-2"] in members
    assert 0 < result.communities.adjusted_rand_index < 0.5
    assert sum(result.communities.contingency.values()) == 21


def test_adjusted_rand_index() -> None:
    assert analysis.adjusted_rand_index(list("aabb"), list("xxyy")) == 1.0
    assert analysis.adjusted_rand_index(list("aabbcc"), list("xyxyxy")) < 0
    # scikit-learn's documented example: adjusted_rand_score([0, 0, 1, 2], [0, 0, 1, 1]) == 0.57...
    assert math.isclose(analysis.adjusted_rand_index(list("0012"), list("0011")), 0.5714285714285714)


# --- coverage ------------------------------------------------------------------------------------------------


def _matrix(result: AnalysisResult, name: str) -> dict[tuple[str, str], int]:
    (matrix,) = [m for m in result.coverage if m.name == name]
    return matrix.counts


def test_help_types_per_goal_are_the_projects_classification(
    result: AnalysisResult, plan_file: PlanFile
) -> None:
    """The goal × layer matrix counts the classification (help-type-rules.yaml), derived here independently."""
    from query_answers import actions_per_help_type_and_goal

    helps = _matrix(result, "goal-help-type")
    answer = actions_per_help_type_and_goal(plan_file, Path("unused"))
    derived = {(row[0], row[1]): int(row[3]) for row in answer[1:]}
    assert helps == derived
    actors = _matrix(result, "goal-actor")
    # no longer the actors under another name: 公助 is not the City's count, 共助 not the Council's
    assert any(helps.get((g, "kojo")) != actors[(g, "city")] for g in "123")
    assert any(helps.get((g, "kyojo")) != actors[(g, "council")] for g in "123")
    assert sum(actors.values()) == 90 + 21  # each action once


def test_policy_theme_and_actor_target_group(result: AnalysisResult) -> None:
    themes, targets = _matrix(result, "policy-theme"), _matrix(result, "actor-target-group")
    assert themes[("2-3", "mimamori")] == 6  # 4 numbered actions of 2-3-1, 2 citizen actions
    assert themes[("3-3", "mimamori")] == 1  # 3-3-2-city-1
    assert themes[("3-3", "network")] == 3  # the 5 actions of 2-3-2 count under 2-3 only
    assert targets[("council", "pupils-and-students")] == 3
    assert ("city", "children-and-families") not in targets


# --- files ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def files(result: AnalysisResult) -> dict[str, bytes]:
    try:
        return analysis_files(result)
    except ExportError as error:
        pytest.skip(f"no Japanese font installed (apt-get install fonts-noto-cjk): {error}")


def test_files_are_readable(result: AnalysisResult, files: dict[str, bytes], tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(files["cross-links.csv"].decode("utf-8"))))
    assert (rows[0]["a"], rows[0]["b"], rows[0]["strength"]) == analysis_answers().strongest_cross_goal
    (tmp_path / "x.graphml").write_bytes(files["cross-links.graphml"])
    network = nx.read_graphml(tmp_path / "x.graphml")
    assert (network.number_of_nodes(), network.number_of_edges()) == (21, 40)
    assert files["report.ja.md"].decode("utf-8").startswith("# いせさき絆づくりプラン")
    assert "2-3-1 Strengthening watching-over activities" in files["report.en.md"].decode("utf-8")
    assert "the project's classification, help-type-rules.yaml" in files["report.en.md"].decode("utf-8")
    assert b"<dc:date>" not in files["cross-links.svg"]
    analysis_ttl = Graph().parse(data=files["isesaki-3-analysis.ttl"], format="turtle")
    assert (
        len(analysis_ttl) == len(result.findings.graph) + 2
    )  # and the translation note (ja, en) of the dataset
    note = result.plan_file.dataset.translation_note
    assert Literal(note.en, lang="en") in set(analysis_ttl.objects(None, SKOS.note))


def test_cli_writes_the_same_files_again(
    files: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", "--out", str(tmp_path)]) == 0
    assert "report.ja.md" in capsys.readouterr().out
    written = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert len(written) == 22
    changed = sorted(name for name in files if written.get(name) != files[name])
    assert not changed, f"a second run of the same analysis wrote different bytes: {changed}"


def test_analyze_check_compares_the_text_files_of_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``kizuna analyze --check`` passes on the committed folder and names each stale or missing text file."""
    committed = ROOT / "exports" / "analysis"
    assert main(["analyze", "--check", "--out", str(committed), "--lang", "en"]) == 0, capsys.readouterr().err
    assert "all 18 text files" in capsys.readouterr().out
    for path in committed.iterdir():
        if path.suffix not in (".png", ".svg"):  # the figures are not compared: no font is needed
            (tmp_path / path.name).write_bytes(path.read_bytes())
    with (tmp_path / "tags.csv").open("ab") as stream:
        stream.write(b"x\n")
    (tmp_path / "plan-hierarchy.graphml").unlink()
    assert main(["analyze", "--check", "--out", str(tmp_path), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "2 of 18 text files" in err and "plan-hierarchy.graphml, tags.csv;" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".png", ".svg")) == []


# --- figures: Japanese glyphs, not tofu ----------------------------------------------------------------------


def test_the_figure_font_has_japanese_glyphs() -> None:
    from matplotlib.ft2font import FT2Font

    from kizuna_graph.analyze.figures import SAMPLE, japanese_font

    try:
        font = japanese_font()
    except ExportError as error:
        pytest.skip(f"no Japanese font installed (apt-get install fonts-noto-cjk): {error}")
    face = FT2Font(font.path)
    for text in ("見守り", "社会資源のネットワーク構築", "いせさき絆づくりプラン", SAMPLE):
        missing = [ch for ch in text if face.get_char_index(ord(ch)) == 0]
        assert not missing, f"{font.family} ({font.path}) lacks {missing}"


def _drawn(font_path: str, text: str) -> bytes:
    """The pixels matplotlib's Agg renderer draws for ``text`` in the font file ``font_path``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    figure = Figure(figsize=(1, 1), dpi=64)
    canvas = FigureCanvasAgg(figure)
    figure.text(0.1, 0.2, text, fontproperties=FontProperties(fname=font_path), fontsize=40)
    canvas.draw()
    return bytes(canvas.buffer_rgba())


def test_the_figure_font_draws_kanji_not_boxes() -> None:
    """Independent oracle: a kanji drawn in the chosen font is not the font's .notdef box, nor another kanji.

    U+10FFFF is a noncharacter that no font maps, so the font draws it with its .notdef glyph.
    """
    from kizuna_graph.analyze.figures import japanese_font

    try:
        font = japanese_font()
    except ExportError as error:
        pytest.skip(f"no Japanese font installed (apt-get install fonts-noto-cjk): {error}")
    notdef, mi, mamori = (_drawn(font.path, text) for text in ("\U0010ffff", "見", "守"))
    assert mi != notdef and mamori != notdef, f"{font.family} draws kanji as its .notdef box"
    assert mi != mamori, f"{font.family} draws two different kanji the same: a placeholder font"


def test_a_fallback_font_that_draws_boxes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """matplotlib ≥ 3.10 bundles "Last Resort": every kanji has a glyph index, and every one is a box."""
    import matplotlib
    from matplotlib import font_manager

    from kizuna_graph.analyze.figures import japanese_font

    last_resort = [e for e in font_manager.fontManager.ttflist if "LastResort" in e.fname]
    if not last_resort:
        pytest.skip(f"matplotlib {matplotlib.__version__} bundles no Last Resort font (it came with 3.10)")
    assert _drawn(last_resort[0].fname, "見") == _drawn(last_resort[0].fname, "守")  # the oracle: boxes
    monkeypatch.setattr(font_manager.fontManager, "ttflist", last_resort)
    with pytest.raises(ExportError, match="fonts-noto-cjk"):
        japanese_font()


def test_figure_text_is_drawn_with_the_japanese_font_only(result: AnalysisResult) -> None:
    import re

    from matplotlib.ft2font import FT2Font

    from kizuna_graph.analyze.figures import japanese_font, plan_tree_figure

    try:
        font = japanese_font()
    except ExportError as error:
        pytest.skip(f"no Japanese font installed: {error}")
    svg = plan_tree_figure(result.findings.structure, font)["svg"].decode("utf-8")
    # text is drawn as glyph paths whose ids name the font they come from: no fallback font (DejaVu…) at all
    family = FT2Font(font.path).postscript_name.split("-")[0]
    fonts = {m.rsplit("-", 2)[0] for m in re.findall(r'<path id="([A-Za-z][\w-]*-[0-9a-f]+)"', svg)}
    assert fonts == {family}
