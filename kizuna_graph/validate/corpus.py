"""The report of a corpus: one verdict per plan file, and the parts of the report assembled in the corpus's order.

A corpus (many plan files, or a folder of them) is checked plan by plan, each in a worker process; each worker
returns its plan's :class:`PlanVerdict` and its part of the report already rendered (:func:`report_part`), so
that the parent holds text, never graphs. :func:`write_corpus` puts the parts together in the order of the
plan files — the text and Turtle reports are the same as for the plans' reports rendered at once
(:func:`kizuna_graph.validate.report.render`), a text report written as the parts come — and adds the verdict of each plan: conforms, fails, or
unreadable with its one-line error (``file:line: what to fix``). The exit code is the worst verdict
(:func:`exit_code`: 0 every plan passes, 1 a plan fails, 2 a file cannot be read).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, TextIO
from typing import Literal as TypingLiteral

from rdflib import Graph
from rdflib.namespace import SH

from kizuna_graph.messages import text
from kizuna_graph.terms.labels import Lang
from kizuna_graph.terms.namespaces import bind_prefixes
from kizuna_graph.validate.report import JSON_FORMAT, FailOn, passes, render_text, report_graph, report_json
from kizuna_graph.validate.shacl import Report

Verdict = TypingLiteral["conforms", "fails", "unreadable"]

#: The exit code of each verdict; a corpus exits with the worst (the largest).
EXIT_CODES: dict[Verdict, int] = {"conforms": 0, "fails": 1, "unreadable": 2}


@dataclass(frozen=True)
class PlanVerdict:
    """The verdict on one plan file of a corpus, with its counts or, if unreadable, its one-line error."""

    source: str
    verdict: Verdict
    violations: int = 0
    warnings: int = 0
    acknowledged: int = 0
    error: str | None = None


def verdict_of(report: Report, *, fail_on: FailOn = "violation") -> PlanVerdict:
    return PlanVerdict(
        source=report.source or "-",
        verdict="conforms" if passes(report, fail_on=fail_on) else "fails",
        violations=len(report.violations),
        warnings=len(report.warnings),
        acknowledged=len(report.acknowledged),
    )


def unreadable(source: str, error: str) -> PlanVerdict:
    """The verdict on a file that cannot be read: ``error`` is its one line (``file:line: what to fix``)."""
    return PlanVerdict(source=source, verdict="unreadable", error=error)


def exit_code(verdicts: Sequence[PlanVerdict]) -> int:
    return max((EXIT_CODES[v.verdict] for v in verdicts), default=0)


def report_part(report: Report, *, format: str, lang: Lang, fail_on: FailOn) -> str:
    """One plan's part of the corpus report in ``format``, rendered where the plan was validated."""
    if format == "json":
        return json.dumps(report_json(report), ensure_ascii=False)
    if format == "turtle":
        return report_graph([report]).serialize(format="nt")
    return render_text([report], lang=lang, fail_on=fail_on)


def write_corpus(
    results: Iterable[tuple[PlanVerdict, str]],
    out: TextIO,
    *,
    format: str,
    lang: Lang,
    fail_on: FailOn,
    per_plan: bool,
) -> list[PlanVerdict]:
    """Write the report of a corpus from each plan's verdict and part, in their order; ``per_plan`` adds the
    list of verdicts (text, JSON). A text report is written as the parts come, so that its size does not
    stay in memory; JSON and Turtle are one document, written at the end. Returns the verdicts."""
    verdicts: list[PlanVerdict] = []
    parts: list[str] = []
    wrote = False  # a plan's part is in the text report: the next part is separated from it by a blank line
    for verdict, part in results:
        verdicts.append(verdict)
        if part and format == "text":
            out.write(("\n" if wrote else "") + part)
            wrote = True
        elif part:
            parts.append(part)
    if format == "json":
        document: dict[str, Any] = {
            "format": JSON_FORMAT,
            "passes": exit_code(verdicts) == 0,
            "reports": [json.loads(part) for part in parts],
        }
        if per_plan:
            document["plans"] = [_verdict_json(v) for v in verdicts]
        out.write(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    elif format == "turtle":
        graph = bind_prefixes(Graph(bind_namespaces="none"))
        graph.bind("sh", SH)
        for part in parts:
            graph.parse(data=part, format="nt")
        out.write(graph.serialize(format="turtle"))
    elif per_plan:
        out.write(("\n" if wrote else "") + verdict_lines(verdicts, lang=lang, fail_on=fail_on))
    return verdicts


def verdict_lines(verdicts: Sequence[PlanVerdict], *, lang: Lang, fail_on: FailOn) -> str:
    """The verdict of each plan, one line each, under a line that counts them (ends with a line break)."""
    counts = Counter(v.verdict for v in verdicts)
    lines = [
        text(
            "corpus.summary",
            lang,
            plans=len(verdicts),
            conforms=counts["conforms"],
            fails=counts["fails"],
            unreadable=counts["unreadable"],
            strict=text("corpus.strict", lang) if fail_on == "warning" else "",
        )
    ]
    for v in verdicts:
        if v.error is not None:
            key = "corpus.verdict.unreadable" if v.verdict == "unreadable" else "corpus.verdict.error"
            lines.append(text(key, lang, error=v.error))
        else:
            lines.append(
                text(
                    f"corpus.verdict.{v.verdict}",
                    lang,
                    source=v.source,
                    violations=v.violations,
                    warnings=v.warnings,
                )
            )
    return "\n".join(lines) + "\n"


def _verdict_json(verdict: PlanVerdict) -> dict[str, Any]:
    return {key: value for key, value in asdict(verdict).items() if value is not None}
