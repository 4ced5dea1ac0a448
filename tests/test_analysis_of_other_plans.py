"""The analysis report states what the graph says, for any plan: no sentence of Isesaki's written in by hand.

Three other plans are analysed: the next edition in tests/revisions/valid/, the bundled plan with its actors
renamed (``shi``/``kyo``, labelled 市役所/協議会, the Hall/the Board) and the bundled plan without its one cross-listing. The
expectations come from the plans' source files (their elements, actors and cross-listings), not from the code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from revision_cases import BUNDLED

from kizuna_graph.analyze.report import markdown_report
from kizuna_graph.analyze.result import AnalysisResult
from kizuna_graph.jobs.analysis import run_analysis

NEXT_EDITION = Path(__file__).parent / "revisions" / "valid" / "next-edition.yaml"

#: A notation of a goal-level or deeper element as the report writes it: 2-3, 2-3-2, 2-3-2-city-1.
NOTATION = re.compile(r"(?<![\w.-])(\d+-\d+(?:-\d+)?(?:-[a-z]+-\d+)?)(?![\w-])")


def _renamed_actors(text: str) -> str:
    for old, new in (("city", "shi"), ("council", "kyo")):
        text = re.sub(rf"(?m)^(\s+){old}:$", rf"\g<1>{new}:", text)
        text = re.sub(rf"(?m)^(\s+- id|\s+actor): {old}$", rf"\g<1>: {new}", text)
        text = text.replace(f"holders: [{old}]", f"holders: [{new}]")
    text = text.replace("label: {ja: 市, en: the City}", "label: {ja: 市役所, en: the Hall}")
    return re.sub(r"label: \{ja: 社協, en: ([^}]*)\}", "label: {ja: 協議会, en: the Board}", text)


def _without_cross_listing(text: str) -> str:
    listing = re.compile(
        r"            - also: building-network-social-resources\n(?:              .*\n|                .*\n)*"
    )
    assert len(listing.findall(text)) == 1
    return listing.sub("", text)


def _analyse(tmp_path: Path, change: Callable[[str], str]) -> tuple[AnalysisResult, str, str, str]:
    text = change(BUNDLED.read_text(encoding="utf-8"))
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "sources").symlink_to(BUNDLED.parent / "sources", target_is_directory=True)
    result = run_analysis(path)
    return result, text, markdown_report(result, "ja", files=[]), markdown_report(result, "en", files=[])


@pytest.fixture(scope="module")
def next_edition() -> tuple[AnalysisResult, str, str]:
    result = run_analysis(NEXT_EDITION)
    return result, markdown_report(result, "ja", files=[]), markdown_report(result, "en", files=[])


def test_every_notation_in_the_report_of_the_next_edition_is_an_element_of_it(
    next_edition: tuple[AnalysisResult, str, str],
) -> None:
    _, ja, en = next_edition
    source = yaml.safe_load(NEXT_EDITION.read_text(encoding="utf-8"))["plan"]
    notations = set()
    for goal in source["goals"]:
        for policy in goal["policies"]:
            notations.add(f"{goal['number']}-{policy['number']}")
            for n, _ in enumerate(policy.get("citizen_actions", []), start=1):
                notations.add(f"{goal['number']}-{policy['number']}-citizen-{n}")
            for measure in policy.get("measures", []):
                if "number" in measure:
                    notation = f"{goal['number']}-{policy['number']}-{measure['number']}"
                    notations.add(notation)
                    for actor, items in measure.get("actions", {}).items():
                        notations.update(f"{notation}-{actor}-{item['n']}" for item in items)
    for report in (ja, en):
        named = set(NOTATION.findall(report))
        assert named, "the report names no element at all"
        assert named <= notations, f"the report names elements the plan does not have: {named - notations}"


def test_actors_are_named_as_the_plan_names_them(tmp_path: Path) -> None:
    _, text, ja, en = _analyse(tmp_path, _renamed_actors)
    assert "id: city" not in text and "id: council" not in text
    source = yaml.safe_load(text)["plan"]
    numbered = {"shi": 0, "kyo": 0}
    for goal in source["goals"]:
        for policy in goal["policies"]:
            for measure in policy.get("measures", []):
                for actor, items in measure.get("actions", {}).items():
                    numbered[actor] += len(items)
    plan_ja, plan_en = ja.splitlines()[6], en.splitlines()[6]
    assert f"市役所 {numbered['shi']}" in plan_ja and f"協議会 {numbered['kyo']}" in plan_ja, plan_ja
    assert f"the Hall {numbered['shi']}" in plan_en and f"the Board {numbered['kyo']}" in plan_en, plan_en
    summary = ja.split("## 1.")[0] + en.split("## 1.")[0]
    for gone in ("社協", "Council", "（市 ", "City "):
        assert gone not in summary, f"the summary names {gone!r}, an actor this plan does not have"


def test_no_cross_listing_no_sentence_about_one(tmp_path: Path) -> None:
    result, _, ja, en = _analyse(tmp_path, _without_cross_listing)
    assert result.multi_parents == []
    for sentence in ("counted under each of its goals", "The actions of", "more than one parent"):
        assert sentence not in en, sentence
    for sentence in ("二つ以上の目標で数える", "の項目は施策", "複数の親を持つ要素"):
        assert sentence not in ja, sentence
