"""`kizuna diff`: the valid revisions yield exactly their expected changes; matching; reports; exit codes."""

from __future__ import annotations

import dataclasses
import functools
import json
import socket
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from kizuna_graph.cli import main
from kizuna_graph.diff.compare import (
    CHANGE_KINDS,
    SIMILARITY_THRESHOLD,
    Change,
    PlanDiff,
    compare,
    compare_graphs,
    similarity,
)
from kizuna_graph.diff.report import JSON_FORMAT, render_diff
from kizuna_graph.errors import KizunaError
from kizuna_graph.export.serialize import to_jsonld, to_ntriples, to_turtle
from kizuna_graph.jobs.revision import compare_files, load_view
from kizuna_graph.plan.build import build_graph
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.source import load_plan
from kizuna_graph.plan.view import Element, Kind, PlanView, read_view
from kizuna_graph.terms.iris import DEFAULT_BASE, mint
from kizuna_graph.terms.namespaces import KZ

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "plans" / "isesaki-3.yaml"
VALID = ROOT / "tests" / "revisions" / "valid"
CASES = sorted(VALID.glob("*.expected-diff.json"))
PLAN3 = "plans/isesaki/3"


@functools.cache
def _outline(path: Path) -> PlanView:
    return load_view(path)


def _diff(old: Path, new: Path) -> PlanDiff:
    return compare(_outline(old), _outline(new))


def _revision(expected: Path) -> Path:
    return expected.with_name(expected.name.removesuffix(".expected-diff.json") + ".yaml")


def _compact(change: Change) -> dict[str, Any]:
    """A change in the compact form of the expected-diff files (tests/revisions/valid/README.md)."""
    found: dict[str, Any] = {"change": change.change, "element": change.element}
    if change.old is not None:
        found["old"] = change.old.notation
    if change.new is not None:
        found["new"] = change.new.notation
    if change.before or change.after:
        found["before"] = [t.notation for t in change.before]
        found["after"] = [t.notation for t in change.after]
    if change.contents:
        found["contents"] = [c.notation for c in change.contents]
    if change.change == "reworded":
        assert change.old is not None and change.new is not None
        found["old_label"] = {"ja": change.old.label.ja, "en": change.old.label.en}
        found["new_label"] = {"ja": change.new.label.ja, "en": change.new.label.en}
    return found


def _kinds(diff: PlanDiff) -> list[tuple[str, str, str]]:
    return [(c.change, c.element, c.notation) for c in diff.changes]


@pytest.fixture(scope="module")
def bundled() -> PlanView:
    return _outline(BUNDLED)


@pytest.fixture(scope="module")
def bundled_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled plan as Turtle, N-Triples and JSON-LD, built now (exports/ may lag behind the plan)."""
    folder = tmp_path_factory.mktemp("exports")
    graph = build_graph(load_plan(BUNDLED)).graph
    (folder / "isesaki-3.jsonld").write_bytes(to_jsonld(graph))
    (folder / "isesaki-3.nt").write_bytes(to_ntriples(graph))
    (folder / "isesaki-3.ttl").write_bytes(to_turtle(graph))
    return folder / "isesaki-3.ttl"


# --- the valid revisions --------------------------------------------------------------------------------


def test_every_valid_revision_has_its_expected_diff() -> None:
    assert len(CASES) == 2, f"expected 2 valid revisions with expected diffs in {VALID}, found {len(CASES)}"
    assert {_revision(c).name for c in CASES} == {p.name for p in VALID.glob("*.yaml")}


@pytest.mark.parametrize("case", CASES, ids=lambda p: _revision(p).stem)
def test_revision_loads_strictly_and_builds(case: Path) -> None:
    result = build_graph(load_plan(_revision(case), numbering="strict"))
    assert result.plan is not None and len(result.graph) > 1000


@pytest.mark.parametrize("old_format", ["yaml", "turtle"])
@pytest.mark.parametrize("case", CASES, ids=lambda p: _revision(p).stem)
def test_revision_yields_exactly_its_expected_changes(case: Path, old_format: str, bundled_ttl: Path) -> None:
    expected = json.loads(case.read_text(encoding="utf-8"))
    old = (case.parent / expected["old"]).resolve()
    assert old == BUNDLED
    diff = compare_files(bundled_ttl if old_format == "turtle" else old, _revision(case))
    found = [_compact(c) for c in diff.changes]
    missing = [c for c in expected["changes"] if c not in found]
    unexpected = [c for c in found if c not in expected["changes"]]
    assert not missing and not unexpected, f"missing: {missing}\nunexpected: {unexpected}"
    assert found == expected["changes"], "same changes, but not in report order"


@pytest.mark.parametrize("case", CASES, ids=lambda p: _revision(p).stem)
def test_diff_backwards_mirrors_diff_forwards(case: Path) -> None:
    forwards = _diff(BUNDLED, _revision(case))
    backwards = _diff(_revision(case), BUNDLED)
    mirror = {"added": "removed", "removed": "added"}
    assert sorted((mirror.get(c.change, c.change), c.element) for c in backwards.changes) == sorted(
        (c.change, c.element) for c in forwards.changes
    )

    def notations(c: Change) -> tuple[object, ...]:
        before, after = tuple(t.notation for t in c.before), tuple(t.notation for t in c.after)
        return (c.change, c.old and c.old.notation, c.new and c.new.notation, before, after)

    def swapped(c: Change) -> tuple[object, ...]:
        change, old, new, before, after = notations(c)
        return (change, new, old, after, before)

    assert sorted(swapped(c) for c in forwards.changes if c.old and c.new) == sorted(
        notations(c) for c in backwards.changes if c.old and c.new
    )


def test_moved_measure_is_moved_not_removed_and_added() -> None:
    diff = _diff(BUNDLED, VALID / "midterm-review.yaml")
    about = [c for c in diff.changes if "1-1-4" in (c.old and c.old.notation, c.new and c.new.notation)]
    assert [c.change for c in about] == ["moved"]
    moved = about[0]
    assert moved.old is not None and moved.new is not None
    assert (moved.old.notation, moved.new.notation) == ("1-1-4", "1-2-4")
    assert [t.notation for t in moved.before] == ["1-1"] and [t.notation for t in moved.after] == ["1-2"]
    # its actions moved with it: not reported, neither as moved nor as renumbered
    assert not [c for c in diff.changes if c.notation.startswith(("1-1-4-", "1-2-4-"))]


def test_plan_iris_differ_between_editions_but_elements_match(bundled: PlanView) -> None:
    new = load_view(VALID / "next-edition.yaml")
    assert bundled.iri.endswith(PLAN3) and new.iri.endswith("plans/isesaki/4")
    assert len(compare(bundled, new).changes) == 4  # not 143 removed and 140 added


# --- identical plans ----------------------------------------------------------------------------------


def test_identical_plans_have_no_changes(bundled: PlanView) -> None:
    assert not compare(bundled, bundled)
    assert compare(bundled, bundled).changes == ()


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_yaml_and_its_rdf_have_no_changes(bundled: PlanView, bundled_ttl: Path, suffix: str) -> None:
    exported = load_view(bundled_ttl.with_suffix(suffix))
    assert exported == bundled
    assert not compare(bundled, exported)


def test_outline_counts_every_element(bundled: PlanView) -> None:
    kinds = [e.kind for e in bundled.outline]
    counts = {kind: kinds.count(kind) for kind in set(kinds)}
    assert counts == {"goal": 3, "policy": 8, "measure": 21, "action": 90, "citizen-action": 21}
    cross_listed = [e for e in bundled.outline if e.also]
    assert [(e.notation, e.also) for e in cross_listed] == [("2-3-2", ("policy/3-3",))]


# --- matching by similarity, near the threshold ------------------------------------------------------


def _tiny(measure_policy: str, label: str) -> PlanView:
    """A plan of one goal, policies 1-1 and 1-2, and one measure under ``measure_policy``."""

    def element(kind: Any, key: str, notation: str, ja: str, parent: str | None) -> Element:
        local = notation.rpartition("-")[2]
        return Element(
            iri=URIRef(f"{plan}/{key}"),
            kind=Kind(kind),
            notation=notation,
            label=Text(ja),
            key=key,
            parent=parent,
            local=local,
        )

    plan = URIRef("https://w3id.org/kizuna-graph/plans/test/1")
    return PlanView(
        plan=plan,
        notation="test-1",
        title=Text("試験"),
        start=None,
        end=None,
        elements={},
        parents={},
        children={},
        outline=(
            element("goal", "goal/1", "1", "目標", None),
            element("policy", "policy/1-1", "1-1", "施策一", "goal/1"),
            element("policy", "policy/1-2", "1-2", "施策二", "goal/1"),
            element(
                "measure",
                f"measure/{measure_policy}-1",
                f"{measure_policy}-1",
                label,
                f"policy/{measure_policy}",
            ),
        ),
    )


OLD_LABEL = "あいうえおかきくけこ"  # 10 characters
AT_THRESHOLD = "あいうえおかさしすせ"  # 6 of 10 in common: 2·6 / 20 = 0.6
BELOW_THRESHOLD = "あいうえおかさしすせそ"  # 6 in common, 11 characters: 2·6 / 21 ≈ 0.571


def test_similarity_is_the_ratio_of_matching_characters() -> None:
    assert similarity(OLD_LABEL, AT_THRESHOLD) == pytest.approx(SIMILARITY_THRESHOLD)
    assert similarity(OLD_LABEL, BELOW_THRESHOLD) == pytest.approx(12 / 21)
    assert similarity("ＮＰＯ法人 の 支援", "NPO法人の支援") == 1.0  # NFKC, spaces ignored
    assert similarity("学習機会の充実", "交流機会の充実") == pytest.approx(10 / 14)


def test_moved_and_reworded_at_the_threshold_is_matched() -> None:
    diff = compare(_tiny("1-1", OLD_LABEL), _tiny("1-2", AT_THRESHOLD))
    assert _kinds(diff) == [("moved", "measure", "1-1-1"), ("reworded", "measure", "1-1-1")]


def test_moved_and_reworded_just_below_the_threshold_is_removed_and_added() -> None:
    diff = compare(_tiny("1-1", OLD_LABEL), _tiny("1-2", BELOW_THRESHOLD))
    assert _kinds(diff) == [("added", "measure", "1-2-1"), ("removed", "measure", "1-1-1")]


def test_threshold_is_a_parameter() -> None:
    old, new = _tiny("1-1", OLD_LABEL), _tiny("1-2", BELOW_THRESHOLD)
    assert [c.change for c in compare(old, new, threshold=0.55).changes] == ["moved", "reworded"]


def test_rewritten_text_in_the_same_place_is_reworded_not_replaced() -> None:
    diff = compare(_tiny("1-1", OLD_LABEL), _tiny("1-1", "まったく別の文言"))
    assert _kinds(diff) == [("reworded", "measure", "1-1-1")]


def test_identical_text_is_preferred_to_the_same_place(bundled: PlanView) -> None:
    # a new 市① pushes the old ① and ② down: renumbered, not reworded in place
    diff = _diff(BUNDLED, VALID / "midterm-review.yaml")
    assert ("reworded", "action", "2-1-3-city-1") not in _kinds(diff)


def test_same_key_under_another_parent_is_not_the_same_place() -> None:
    # next edition: measure 3-1-2 removed, 3-1-3 renumbered 3-1-2. If the renumbered measure's 社協① is also
    # rewritten, it is still that measure's 社協① — not the removed measure's, whose IRI it now has.
    new = _outline(VALID / "next-edition.yaml")
    elements = tuple(
        dataclasses.replace(e, label=Text("全く新しい取り組み")) if e.notation == "3-1-2-council-1" else e
        for e in new.outline
    )
    diff = compare(_outline(BUNDLED), dataclasses.replace(new, outline=elements))
    reworded = [c for c in diff.changes if c.change == "reworded" and c.element == "action"]
    assert [(c.old and c.old.notation, c.new and c.new.notation) for c in reworded] == [
        ("3-1-3-council-1", "3-1-2-council-1")
    ]
    removed = next(c for c in diff.changes if c.change == "removed")
    assert [r.notation for r in removed.contents] == [
        "3-1-2-city-1",
        "3-1-2-city-2",
        "3-1-2-council-1",
        "3-1-2-council-2",
    ]


# --- changes only RDF input can carry ----------------------------------------------------------------


def _element_iri(graph: Graph, path: str) -> URIRef:
    plan = next(iter(graph.subjects(KZ.hasGoal, None)))
    return URIRef(f"{plan}/{path}")


def test_help_type_classification_is_not_a_change_of_the_plan() -> None:
    """kz:helpType is the project's classification, published in the analysis graph only (issue 8): a plan
    graph carrying one more is the same plan, and "help-type-changed" is no longer a kind of change."""
    old = build_graph(load_plan(BUNDLED)).graph
    new = Graph() + old
    action = _element_iri(new, "action/systems-support-daily-life")
    new.add((action, KZ.helpType, mint(DEFAULT_BASE, "help-type", "gojo")))
    assert _kinds(compare_graphs(old, new)) == []
    assert "help-type-changed" not in CHANGE_KINDS


def test_cross_listing_dropped_is_relinked() -> None:
    old = build_graph(load_plan(BUNDLED)).graph
    new = Graph() + old
    listing = _element_iri(new, "policy/3-3/listing/building-network-social-resources")
    new.remove((listing, None, None))
    new.remove((None, None, listing))
    diff = compare_graphs(old, new)
    assert _kinds(diff) == [("relinked", "measure", "2-3-2")]
    assert [t.notation for t in diff.changes[0].before] == ["3-3"] and diff.changes[0].after == ()


def test_graph_without_a_plan_is_refused() -> None:
    with pytest.raises(KizunaError, match="expected one plan"):
        read_view(Graph())


def test_english_only_change_is_reworded(bundled: PlanView) -> None:
    elements = list(bundled.outline)
    index = next(i for i, e in enumerate(elements) if e.notation == "1-1")
    elements[index] = dataclasses.replace(elements[index], label=Text(elements[index].label.ja, "Changed"))
    diff = compare(bundled, dataclasses.replace(bundled, outline=tuple(elements)))
    assert _kinds(diff) == [("reworded", "policy", "1-1")]
    assert "new (en): Changed" in render_diff(diff, format="text", lang="en")


# --- reports -----------------------------------------------------------------------------------------


def test_markdown_names_each_change_by_notation_and_japanese_label() -> None:
    report = render_diff(_diff(BUNDLED, VALID / "midterm-review.yaml"), format="markdown")
    assert "- **移動** 1-1-4 学習機会の充実: 施策 1-1 → 1-2（1-1-4 → 1-2-4）" in report
    assert "| 追加 | 3 | 取り組み 1、番号付きの取り組み 1、市民・地域の取り組み 1 |" in report
    assert "  - 旧: 地域福祉活動事例の紹介\n  - 新: 地域福祉活動事例の紹介と活動者の表彰" in report
    assert "| **計** | **7** | |" in report


def test_markdown_in_english() -> None:
    report = render_diff(_diff(BUNDLED, VALID / "next-edition.yaml"), format="markdown", lang="en")
    assert "- **Actor changed** 1-2-2-city-3 Holding exchange events: the City → the Council" in report
    assert "### Removed (1)" in report


def test_text_report_has_no_markup() -> None:
    report = render_diff(_diff(BUNDLED, VALID / "next-edition.yaml"), format="text")
    assert "  主体変更 1-2-2 市③ 交流イベント等の開催: 市 → 社協（1-2-2 市③ → 1-2-2 社協④）" in report
    assert not any(mark in report for mark in ("**", "| ---", "###"))


def test_json_report_is_stable_and_complete() -> None:
    diff = _diff(BUNDLED, VALID / "midterm-review.yaml")
    report = render_diff(diff, format="json")
    document = json.loads(report)
    assert report == json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert document["format"] == JSON_FORMAT
    assert document["total"] == len(document["changes"]) == 7
    assert document["summary"] == {
        "added": {"measure": 1, "action": 1, "citizen-action": 1},
        "moved": {"measure": 1},
        "renumbered": {"action": 2},
        "reworded": {"action": 1},
    }
    assert {c["change"] for c in document["changes"]} <= set(CHANGE_KINDS)
    moved = next(c for c in document["changes"] if c["change"] == "moved")
    assert moved["old"] == {
        "element": "measure",
        "key": "measure/enriching-learning-opportunities",
        "notation": "1-1-4",
        "label": {"ja": "学習機会の充実", "en": "Strengthening learning opportunities"},
    }
    assert document["old"]["period"] == {"start": "2020-04-01", "end": "2025-03-31"}
    assert render_diff(_diff(BUNDLED, VALID / "midterm-review.yaml"), format="json") == report


def test_no_changes_report(bundled: PlanView) -> None:
    diff = compare(bundled, bundled)
    assert "変更はありません。" in render_diff(diff, format="markdown")
    assert "No changes." in render_diff(diff, format="text", lang="en")
    assert json.loads(render_diff(diff, format="json"))["changes"] == []


# --- the command -------------------------------------------------------------------------------------


def test_cli_exit_0_when_plans_are_the_same(bundled_ttl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(BUNDLED), str(bundled_ttl)]) == 0
    assert "変更はありません。" in capsys.readouterr().out


def test_cli_exit_1_and_markdown_when_plans_differ(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(BUNDLED), str(VALID / "midterm-review.yaml"), "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert "**移動** 1-1-4 学習機会の充実" in out
    assert "2-3-3 孤独・孤立対策の推進" in out


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(BUNDLED), str(VALID / "next-edition.yaml"), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["total"] == 4


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.ttl", None, "ファイルが見つかりません"),
        ("plan.jsonld", "{}", "ファイルに計画がありません"),
        ("plan.rdf", "<rdf:RDF/>", "RDF/XML の文書と、DOCTYPE・ENTITY の宣言がある文書は読みません"),
        ("broken.ttl", "<a> <b> .", "Turtle のファイルとして読めません"),
        ("truncated.ttl", "@prefix x: <y> . x:a x:b", "Turtle のファイルが文の途中で終わっています"),
        ("broken.nt", "<a> <b> .", "N-Triples のファイルとして読めません"),
        ("empty.ttl", "", "ファイルに計画がありません"),
        ("bad.yaml", "format: 1\nplan: [", "bad.yaml"),
    ],
)
def test_cli_exit_2_on_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["diff", str(BUNDLED), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kizuna: ") and message in err and err.count("\n") == 1


def test_cli_exit_2_on_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(tmp_path), str(BUNDLED)]) == 2
    assert "フォルダーが指定されています" in capsys.readouterr().err


def test_cli_reads_the_published_json_ld(capsys: pytest.CaptureFixture[str]) -> None:
    """The bundled plan and its published JSON-LD (inline @context) are the same plan."""
    assert main(["diff", str(BUNDLED), str(ROOT / "exports" / "isesaki-3.jsonld")]) == 0
    assert "変更はありません。" in capsys.readouterr().out


def test_cli_refuses_json_ld_with_a_remote_context(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remote @context is refused before rdflib could fetch it: exit 2, and no connection attempted."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    document = json.loads((ROOT / "exports" / "isesaki-3.jsonld").read_text(encoding="utf-8"))
    document["@context"] = "https://example.org/context.jsonld"
    path = tmp_path / "remote-context.jsonld"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["diff", str(BUNDLED), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kizuna: ") and err.count("\n") == 1
    assert '@context "https://example.org/context.jsonld" はほかの文書を指しています' in err


def test_cli_exit_2_on_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["diff", str(BUNDLED), str(BUNDLED), "--format", "html"])
    assert exit_.value.code == 2
