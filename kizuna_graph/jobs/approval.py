"""The approval job: validate a revision, compare it with the plan in force, and fill in the approval page.

The page's records are plain text in the language asked for (:mod:`kizuna_graph.approval.page`); notations of
numbered and citizen actions are written as the plan prints them in Japanese (``1-1-1 市②``, ``2-3 ●4``; the
one rule is :func:`kizuna_graph.plan.view.printed`), in findings as in changes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kizuna_graph.approval.page import ChangeRow, Finding, Page
from kizuna_graph.diff.compare import CHANGE_KINDS, Change, PlanDiff, Ref
from kizuna_graph.jobs.revision import compare_files
from kizuna_graph.messages import Lang, text
from kizuna_graph.plan.model import Text
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.validate.report import describe
from kizuna_graph.validate.shacl import Report, validate_file


def _notation(ref: Ref, lang: Lang) -> str:
    """As the plan prints it in Japanese (``1-1-1 市②``; :func:`kizuna_graph.plan.view.printed`)."""
    return (ref.printed or ref.notation) if lang == "ja" else ref.notation


def _label(label: Text, lang: Lang) -> str:
    return label.ja if lang == "ja" or not label.en else f"{label.ja} ({label.en})"


def _row(change: Change, lang: Lang) -> ChangeRow:
    def ref(r: Ref | None) -> str:
        return "—" if r is None else f"{_notation(r, lang)} {_label(r.label, lang)}"

    detail = ""
    if change.before or change.after:
        before = "、".join(f"{t.notation} {t.label.ja}" for t in change.before) or "—"
        after = "、".join(f"{t.notation} {t.label.ja}" for t in change.after) or "—"
        detail = f"{before} → {after}"
    elif change.contents:
        detail = text(
            "report.detail.contents",
            lang,
            count=len(change.contents),
            change=text(f"report.change.{change.change}", lang),
        )
    return ChangeRow(
        change=text(f"report.change.{change.change}", lang),
        element=text(f"report.element.{change.element}", lang),
        old=ref(change.old),
        new=ref(change.new),
        detail=detail,
    )


def _plan(outline: object, lang: Lang) -> str:
    title = _label(outline.title, lang)  # type: ignore[attr-defined]
    start, end = outline.start, outline.end  # type: ignore[attr-defined]
    period = f"（{start}〜{end}）" if lang == "ja" else f" ({start} to {end})"
    return f"{outline.notation} {title}" + (period if start and end else "")  # type: ignore[attr-defined]


def approval_page(
    old: Path, new: Path, *, lang: Lang, date: dt.date, base: str = DEFAULT_BASE
) -> tuple[Page, Report, PlanDiff | None]:
    """The page's records; the diff is None when the revision has violations (it is then not compared)."""
    report = validate_file(new, base=base)
    diff = compare_files(old, new, base=base) if report.conforms else None
    findings = tuple(
        Finding(
            severity=f.severity,
            element=describe(f.element, lang),
            where=f"{new.name}:{f.element.line}" if f.element.line else new.name,
            message=f.message(lang),
        )
        for f in report.findings
    )
    summary: tuple[tuple[str, int], ...] = ()
    if diff is not None:
        counts = diff.counts()
        totals = {kind: sum(int(n) for n in counts[kind].values()) for kind in CHANGE_KINDS if kind in counts}
        summary = tuple((text(f"report.change.{kind}", lang), n) for kind, n in totals.items() if n)
    page = Page(
        lang=lang,
        title=_label(diff.new.title, lang) if diff is not None else new.name,
        date=date.isoformat(),
        old_name=str(old),
        new_name=str(new),
        old_plan=_plan(diff.old, lang) if diff is not None else old.name,
        new_plan=_plan(diff.new, lang) if diff is not None else new.name,
        conforms=report.conforms,
        violations=len(report.violations),
        warnings=len(report.warnings),
        findings=findings,
        summary=summary,
        changes=tuple(_row(c, lang) for c in diff.changes) if diff is not None else (),
        compared=diff is not None,
    )
    return page, report, diff
