"""Every published text file that prints English plan text says the English is an unofficial translation.

The English plan text is found from the plan source (the English titles of its goals, policies and measures);
a file in exports/ (the site aside: its pages carry the note in their own template) that holds one of them
must hold a marker: "unofficial translation" (a note), unofficial_translation (an analysis CSV column) or
非公式訳 (a CSV column title). The reports print no table header without rows.
"""

from __future__ import annotations

from pathlib import Path

from kizuna_graph.plan.model import PlanFile

EXPORTS = Path(__file__).resolve().parents[1] / "exports"
MARKERS = (
    "unofficial translation",
    "unofficial_translation",
    "非公式訳",
)  # prose, CSV column names, ja titles
MARKERS = (
    "unofficial translation",
    "unofficial_translation",
    "非公式訳",
)  # notes, CSV column names and titles
TEXT_SUFFIXES = (".md", ".csv", ".graphml", ".json", ".jsonld", ".ttl", ".nt", ".trig")


def _english_titles(plan_file: PlanFile) -> list[str]:
    titles = []
    for goal in plan_file.plan.goals:
        titles.append(goal.label.en)
        for policy in goal.policies:
            titles.append(policy.label.en)
            titles.extend(m.title.en for m in policy.measures)
    return [t for t in titles if t]


def test_files_with_english_plan_text_say_it_is_unofficial(plan_file: PlanFile) -> None:
    titles = _english_titles(plan_file)
    assert len(titles) == 3 + 8 + 21
    files = [p for p in sorted(EXPORTS.rglob("*")) if p.suffix in TEXT_SUFFIXES and "site" not in p.parts]
    with_english = [p for p in files if any(t in p.read_text(encoding="utf-8-sig") for t in titles)]
    assert len(with_english) >= 9  # the RDF forms, the measures table, the report, the two GraphML files
    unmarked = [
        str(p.relative_to(EXPORTS))
        for p in with_english
        if not any(marker in p.read_text(encoding="utf-8-sig") for marker in MARKERS)
    ]
    assert unmarked == []


def test_the_english_report_prints_no_empty_table() -> None:
    for name in ("report.en.md", "report.ja.md"):
        lines = (EXPORTS / "analysis" / name).read_text(encoding="utf-8").splitlines()
        headers = [
            i for i, line in enumerate(lines) if line.startswith("|") and lines[i + 1].startswith("|---")
        ]
        assert headers, name
        empty = [lines[i] for i in headers if not (i + 2 < len(lines) and lines[i + 2].startswith("|"))]
        assert empty == [], name
