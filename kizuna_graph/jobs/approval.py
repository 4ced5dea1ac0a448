"""The approval job: validate a revision, compare it with the plan in force, and fill in the approval page.

The page's records are plain text in the language asked for (:mod:`kizuna_graph.approval.page`); notations of
numbered actions are written as the plan prints them in Japanese (``1-1-1 市②``), with the actor's label and
a circled number.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kizuna_graph.approval.page import ChangeRow, Finding, Page
from kizuna_graph.diff.compare import CHANGE_KINDS, Change, PlanDiff
from kizuna_graph.jobs.revision import compare_files
from kizuna_graph.messages import Lang, text
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.source import load_plan
from kizuna_graph.terms.iris import DEFAULT_BASE
from kizuna_graph.validate.report import describe
from kizuna_graph.validate.shacl import Report, validate_file

_ACTION = re.compile(r"^(\d+-\d+-\d+)-([a-z0-9-]+?)-(\d+)$")
_CITIZEN = re.compile(r"^(\d+-\d+)-citizen-(\d+)$")
_NOTATION_IN_TEXT = re.compile(r"(?<![\w-])(\d+-\d+(?:-\d+)?-[a-z][a-z0-9-]*?-\d+)(?![\w-])")


def _circled(number: int) -> str:
    return chr(0x2460 + number - 1) if 1 <= number <= 20 else f"({number})"


def _actor_labels(path: Path) -> dict[str, str]:
    if path.suffix.lower() not in (".yaml", ".yml"):
        return {}
    try:
        return {a.id: a.label.ja for a in load_plan(path, numbering="lenient").plan.actors}
    except Exception:  # the revision's own problems are the report's findings, not a reason to fail here
        return {}


def printed(notation: str, actors: dict[str, str], lang: Lang) -> str:
    """``1-1-1-city-2`` as the plan prints it: ``1-1-1 市②`` (ja); other notations unchanged."""
    citizen = _CITIZEN.match(notation)
    if citizen is not None and lang == "ja":
        return f"{citizen.group(1)} ●{citizen.group(2)}"
    found = _ACTION.match(notation)
    if found is None or lang != "ja" or found.group(2) not in actors:
        return notation
    return f"{found.group(1)} {actors[found.group(2)]}{_circled(int(found.group(3)))}"


def printed_in(text_: str, actors: dict[str, str], lang: Lang) -> str:
    """Every notation of a numbered or citizen action inside ``text_``, as the plan prints it."""
    return _NOTATION_IN_TEXT.sub(lambda m: printed(m.group(1), actors, lang), text_)


def _label(label: Text, lang: Lang) -> str:
    return label.ja if lang == "ja" or not label.en else f"{label.ja} ({label.en})"


def _row(change: Change, actors: dict[str, str], lang: Lang) -> ChangeRow:
    def ref(r: object) -> str:
        if r is None:
            return "—"
        return f"{printed(r.notation, actors, lang)} {_label(r.label, lang)}"  # type: ignore[attr-defined]

    detail = ""
    if change.before or change.after:
        before = "、".join(printed(t.notation, actors, lang) + " " + t.label.ja for t in change.before) or "—"
        after = "、".join(printed(t.notation, actors, lang) + " " + t.label.ja for t in change.after) or "—"
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
    actors = {**_actor_labels(old), **_actor_labels(new)}
    findings = tuple(
        Finding(
            severity=f.severity,
            element=printed_in(describe(f.element, lang), actors, lang),
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
        changes=tuple(_row(c, actors, lang) for c in diff.changes) if diff is not None else (),
        compared=diff is not None,
    )
    return page, report, diff
