"""`kizuna new`: drafts an officer starts from, each read back by the loader and checked by the shapes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import BUNDLED

from kizuna_graph.cli import main
from kizuna_graph.plan.model import PlanFile
from kizuna_graph.plan.source import load_plan
from kizuna_graph.validate.shacl import validate_file


def test_next_edition(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "drafts" / "isesaki-4.yaml"
    assert main(["new", "next-edition", str(BUNDLED), "--out", str(out)]) == 0
    assert "第4期" in capsys.readouterr().out
    draft = load_plan(out)
    assert (draft.dataset.slug, draft.plan.edition, draft.plan.previous_edition) == ("isesaki-4", 4, 3)
    # the 3rd plan runs FY2020–FY2024 (令和２〜６年度): the 4th, five years later, FY2025–FY2029
    assert (draft.plan.period.start, draft.plan.period.end) == (dt.date(2025, 4, 1), dt.date(2030, 3, 31))
    assert draft.plan.period.label.ja == "令和７年度から令和１１年度"
    assert draft.source is None, "the new plan's text does not exist yet"
    assert out.read_text(encoding="utf-8").startswith("# この計画ファイルは kizuna new で")
    assert [len(g.policies) for g in draft.plan.goals] == [
        len(g.policies) for g in load_plan(BUNDLED).plan.goals
    ]
    assert validate_file(out).conforms
    # the ids are kept (the same measure is the same measure in the next edition); the retired IRIs are not
    assert _ids(draft) == _ids(load_plan(BUNDLED))
    assert draft.retired == () and load_plan(BUNDLED).retired


def _ids(plan_file: PlanFile) -> list[str]:
    return [
        element.id
        for goal in plan_file.plan.goals
        for policy in goal.policies
        for element in (
            *policy.citizen_actions,
            *policy.measures,
            *(a for m in policy.measures for a in m.actions),
        )
    ]


def test_midterm_revision_outside_the_repository(tmp_path: Path) -> None:
    out = tmp_path / "isesaki-3-midterm.yaml"
    assert main(["new", "midterm", str(BUNDLED), "--out", str(out)]) == 0
    draft, bundled = load_plan(out), load_plan(BUNDLED)
    assert (draft.dataset.slug, draft.plan.edition) == (bundled.dataset.slug, bundled.plan.edition)
    assert draft.source is not None and draft.source.sha256 == bundled.source.sha256  # type: ignore[union-attr]
    assert (tmp_path / "sources" / "isesaki-3-summary.txt").is_file()


def test_template_for_a_new_municipality(tmp_path: Path) -> None:
    out = tmp_path / "maebashi.yaml"
    assert main(["new", "template", "--municipality", "maebashi", "--out", str(out)]) == 0
    draft = load_plan(out)
    assert (draft.plan.municipality, draft.dataset.slug, draft.plan.edition) == ("maebashi", "maebashi-1", 1)
    report = validate_file(out)
    assert report.conforms and not report.violations
    assert _ids(draft) == [
        "first-citizen-action",
        "first-measure",
        "first-city-action",
        "first-council-action",
    ]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["new", "template", "--municipality", "Maebashi", "--force"], "市町村の短い英字名"),
        (["new", "template", "--force"], "template には --municipality で市町村の短い英字名"),
        (["new", "next-edition", str(BUNDLED)], "はすでにあります。上書きするには --force"),
    ],
)
def test_refusals(argv: list[str], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.yaml"
    out.write_text("# mine\n", encoding="utf-8")
    assert main([*argv, "--out", str(out)]) == 2
    assert expected in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "# mine\n", "nothing is overwritten"
