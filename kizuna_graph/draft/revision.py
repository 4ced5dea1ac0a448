"""Drafts of a revision: the next edition or a mid-term revision of a published plan, or an empty template.

``kizuna new`` writes what an officer starts from. The draft is the published plan file itself, its comments
kept, with a note at the top saying where to begin, and:

- ``next-edition``: the dataset slug and the edition moved on (``isesaki-3`` → ``isesaki-4``), the previous
  edition set, the period moved by its own length with its label in the plan's style (令和７年度から令和１１年度;
  to be checked against the printed plan), and no ``source:`` (the new plan's text does not exist yet);
- ``midterm``: slug, edition and period kept (a revision of the plan in force), the ``source:`` document
  copied next to the draft when the draft is written elsewhere;
- ``template``: ``templates/plan-template.yaml`` for a new municipality, with its slug filled in.

Every draft is read back by the loader before it is returned: a draft that kizuna itself cannot read is a bug.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from kizuna_graph.errors import KizunaError
from kizuna_graph.messages import Message, msg
from kizuna_graph.plan.metadata import is_slug
from kizuna_graph.plan.source import load_plan
from kizuna_graph.resources import data_dir

Kind = Literal["next-edition", "midterm", "template"]
KINDS: tuple[Kind, ...] = ("next-edition", "midterm", "template")

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_REIWA = 2018  # 令和元年 = 2019


@dataclass
class Draft:
    text: str
    #: files to write beside the draft, relative to its folder (the source document of a mid-term revision)
    extra: dict[str, bytes] = field(default_factory=dict)
    summary: Message | None = None


def _replace_once(text: str, pattern: str, new: str, after: str | None = None) -> str:
    """Replace the first line matching ``pattern`` (after the line matching ``after``), or fail loudly."""
    start = 0
    if after is not None:
        found = re.search(after, text, flags=re.MULTILINE)
        if found is None:
            raise KizunaError(msg("draft.unexpected_layout", what=after))
        start = found.end()
    match = re.compile(pattern, flags=re.MULTILINE).search(text, start)
    if match is None:
        raise KizunaError(msg("draft.unexpected_layout", what=pattern))
    return text[: match.start()] + new + text[match.end() :]


def _fiscal_label(start: dt.date, end: dt.date) -> tuple[str, str]:
    first, last = start.year, end.year - 1  # a plan runs from April 1 to March 31
    if first > _REIWA:
        ja = f"令和{str(first - _REIWA).translate(_FULLWIDTH)}年度から令和{str(last - _REIWA).translate(_FULLWIDTH)}年度"
    else:
        ja = f"{first}年度から{last}年度"
    return ja, f"FY{first} to FY{last}"


def _moved(date: dt.date, years: int) -> dt.date:
    return date.replace(year=date.year + years)


def _header(lines: list[Message]) -> str:
    return "".join(f"# {line.render('ja')}\n" for line in lines) + "#\n"


def next_edition(source: Path) -> Draft:
    plan_file = load_plan(source)
    plan, dataset = plan_file.plan, plan_file.dataset
    edition = plan.edition + 1
    years = plan.period.end.year - plan.period.start.year
    start, end = _moved(plan.period.start, years), _moved(plan.period.end, years)
    label_ja, label_en = _fiscal_label(start, end)
    slug = re.sub(rf"-{plan.edition}$", f"-{edition}", dataset.slug)
    if slug == dataset.slug:
        slug = f"{plan.municipality}-{edition}"
    text = source.read_text(encoding="utf-8")
    text = _replace_once(text, r"^  slug: .*$", f"  slug: {slug}", after=r"^dataset:")
    text = _replace_once(text, r"^  edition: .*$", f"  edition: {edition}", after=r"^plan:")
    if re.search(r"^  previous_edition: ", text, flags=re.MULTILINE):
        text = _replace_once(text, r"^  previous_edition: .*$", f"  previous_edition: {plan.edition}")
    else:
        text = _replace_once(
            text, r"^  edition: .*$", f"  edition: {edition}\n  previous_edition: {plan.edition}"
        )
    text = _replace_once(text, r"^    start: .*$", f"    start: {start.isoformat()}", after=r"^  period:")
    text = _replace_once(text, r"^    end: .*$", f"    end: {end.isoformat()}", after=r"^  period:")
    text = _replace_once(
        text, r"^    label: .*$", f"    label: {{ja: {label_ja}, en: {label_en}}}", after=r"^  period:"
    )
    text = re.sub(
        r"^source:\n(?:(?:  .*|)\n)*?(?=\S)",
        "# source: 新しい計画書（概要版）のテキストができたら plans/sources/ に置き、ここに file: と title: を書きます\n\n",
        text,
        count=1,
        flags=re.MULTILINE,
    )
    # the retired IRIs are those of this edition's dataset: they stay with it, not with the next edition's
    text = re.sub(
        r"^(?:#.*\n)*retired:\n(?:(?:  .*|)\n)*",
        f"# retired: {msg('draft.retired_dropped', edition=plan.edition)}\n",
        text,
        count=1,
        flags=re.MULTILINE,
    )
    note = [
        msg("draft.note.made", source=source.name, kind=msg("draft.kind.next-edition")),
        msg("draft.note.set", slug=slug, edition=edition, previous=plan.edition, start=start, end=end),
        msg(
            "draft.note.begin_titles",
            old=str(plan.edition).translate(_FULLWIDTH),
            new=str(edition).translate(_FULLWIDTH),
        ),
        msg("draft.note.begin_period", label=label_ja),
        msg("draft.note.begin_content"),
        msg("draft.note.check"),
    ]
    text = _header(note) + text
    summary = msg(
        "draft.summary.next", source=source.name, old=plan.edition, new=edition, start=start, end=end
    )
    return Draft(text=text, summary=summary)


def midterm(source: Path, out: Path) -> Draft:
    plan_file = load_plan(source)
    text = source.read_text(encoding="utf-8")
    extra: dict[str, bytes] = {}
    document = plan_file.source
    if document is not None and out.resolve().parent != source.resolve().parent:
        target = out.resolve().parent / document.file
        if not target.exists():
            extra[document.file] = (source.resolve().parent / document.file).read_bytes()
    note = [
        msg("draft.note.made", source=source.name, kind=msg("draft.kind.midterm")),
        msg("draft.note.midterm_kept", slug=plan_file.dataset.slug, edition=plan_file.plan.edition),
        msg("draft.note.begin_content"),
        msg("draft.note.check"),
    ]
    summary = msg("draft.summary.midterm", source=source.name, edition=plan_file.plan.edition)
    return Draft(text=_header(note) + text, extra=extra, summary=summary)


def template(municipality: str) -> Draft:
    if not municipality:
        raise KizunaError(msg("draft.no_municipality"))
    if not is_slug(municipality):
        raise KizunaError(msg("draft.bad_municipality", value=municipality))
    text = (data_dir("templates") / "plan-template.yaml").read_text(encoding="utf-8")
    text = text.replace("{municipality}", municipality)
    return Draft(text=text, summary=msg("draft.summary.template", municipality=municipality))


def make_draft(kind: Kind, source: Path, out: Path, *, municipality: str | None = None) -> Draft:
    """The draft of ``kind``; read back by the loader (a draft kizuna cannot read is an error here)."""
    if kind == "template":
        draft = template(municipality or "")
    elif kind == "next-edition":
        draft = next_edition(source)
    else:
        draft = midterm(source, out)
    return draft


def check_draft(path: Path) -> None:
    """Read a written draft back with the loader: raises the loader's error if kizuna cannot read it."""
    load_plan(path)
