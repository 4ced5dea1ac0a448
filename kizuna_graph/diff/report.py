"""Reports of a :class:`~kizuna_graph.diff.compare.PlanDiff`: Markdown for a pull request, plain text, JSON.

Markdown and text say the same: a heading naming both plans, a summary of the number of changes by kind
(with the kinds of element behind each number), then one section per kind of change, each change named by
notation and label::

    - **移動** 1-1-4 学習機会の充実: 施策 1-1 → 1-2（1-1-4 → 1-2-4）
    - **番号変更** 1-1-1 市② …: 番号 1-1-1 市② → 1-1-1 市③

In Japanese, the notation of a numbered or citizen action is the one the plan prints (``1-1-1 市②``,
``2-3 ●4``; :func:`kizuna_graph.plan.view.printed`); in English and in JSON, the project's reference code
(``1-1-1-city-2``).

Labels and headings are in Japanese (``lang="ja"``) or English (``lang="en"``; an element without an English
label is named in Japanese). Old and new texts of a reworded element are shown in every language that changed.

The JSON report is stable: keys sorted, changes in report order (kind of change, kind of element, natural
order of notations), no timestamps. Its schema (``"format": "kizuna-diff/1"``)::

    {
      "format": "kizuna-diff/1",
      "old": PLAN, "new": PLAN,
      "similarity_threshold": 0.6,
      "total": 7,
      "summary": {"<change>": {"<element>": count, ...}, ...},
      "changes": [
        {
          "change": "added" | "removed" | "moved" | "renumbered" | "reworded" | "actor-changed"
                    | "relinked",
          "element": "goal" | "policy" | "measure" | "action" | "citizen-action",
          "old": REF | null,          # the element in the old plan; null when added
          "new": REF | null,          # the element in the new plan; null when removed
          "before": [TERM, ...],      # moved: old parent; actor-changed: old actor; relinked: old
          "after": [TERM, ...],       #   cross-listing policies; else []
          "contents": [REF, ...]      # added/removed: descendants that came or went with it; else []
        }, ...
      ]
    }
    PLAN = {"plan": IRI, "notation": "isesaki-3", "title": LABEL, "period": {"start": DATE, "end": DATE} | null}
    REF  = {"element": KIND, "key": "measure/1-1-4", "notation": "1-1-4", "label": LABEL}
    TERM = {"notation": "city", "label": LABEL}
    LABEL = {"ja": "…", "en": "…" | null}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from kizuna_graph.diff.compare import Change, ChangeKind, PlanDiff, Ref, first_ref
from kizuna_graph.plan.model import Text
from kizuna_graph.plan.view import ELEMENT_KINDS, KIND_CLASSES, Kind, PlanView, Term
from kizuna_graph.terms.labels import Lang, term_name

DiffFormat = Literal["text", "markdown", "json"]

JSON_FORMAT = "kizuna-diff/1"

_CHANGE_NAMES: dict[ChangeKind, tuple[str, str]] = {
    "added": ("追加", "Added"),
    "removed": ("削除", "Removed"),
    "moved": ("移動", "Moved"),
    "renumbered": ("番号変更", "Renumbered"),
    "reworded": ("文言変更", "Reworded"),
    "actor-changed": ("主体変更", "Actor changed"),
    "relinked": ("再掲先の変更", "Cross-listing changed"),
}
_PARENT_KIND: dict[Kind, Kind] = {
    Kind.POLICY: Kind.GOAL,
    Kind.MEASURE: Kind.POLICY,
    Kind.ACTION: Kind.MEASURE,
    Kind.CITIZEN_ACTION: Kind.POLICY,
}
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("計画の変更", "Changes to the plan"),
    "old": ("旧", "old"),
    "new": ("新", "new"),
    "none": ("変更はありません。", "No changes."),
    "change": ("変更", "Change"),
    "count": ("件数", "Count"),
    "breakdown": ("内訳", "Elements"),
    "total": ("計", "Total"),
    "number": ("番号", "number"),
    "nothing": ("なし", "none"),
    "also": ("再掲", "also under"),
    "list_sep": ("、", ", "),
    "open": ("（", " ("),
    "close": ("）", ")"),
}


def render_diff(diff: PlanDiff, *, format: DiffFormat = "markdown", lang: Lang = "ja") -> str:
    """The report of ``diff`` in ``format``, ending with a newline."""
    return RENDERERS[format](diff, lang)


# --- the report, independent of markup -------------------------------------------------------------------


@dataclass
class _Item:
    change: str
    name: str  # notation and label
    detail: str = ""
    lines: list[str] = field(default_factory=list)


class _Words:
    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.i = 0 if lang == "ja" else 1

    def __call__(self, word: str) -> str:
        return _WORDS[word][self.i]

    def change(self, kind: ChangeKind) -> str:
        return _CHANGE_NAMES[kind][self.i]

    def element(self, kind: Kind) -> str:
        return term_name(KIND_CLASSES[kind], self.lang)

    def label(self, text: Text) -> str:
        return (text.en or text.ja) if self.i else text.ja

    def notation(self, ref: Ref) -> str:
        """A notation as the plan prints it in Japanese (``1-1-1 市②``), the project's code in English."""
        return (ref.printed or ref.notation) if self.lang == "ja" else ref.notation

    def name(self, ref: Ref) -> str:
        return f"{self.notation(ref)} {self.label(ref.label)}"

    def terms(self, terms: tuple[Term, ...], *, notation: bool = False) -> str:
        if not terms:
            return self("nothing")
        shown = (t.notation if notation else self.label(t.label) for t in terms)
        return self("list_sep").join(shown)

    def plan(self, plan: PlanView) -> str:
        period = f"{self('open')}{plan.start}〜{plan.end}{self('close')}" if plan.start and plan.end else ""
        return f"{plan.notation} {self.label(plan.title)}{period}"


def _items(diff: PlanDiff, w: _Words) -> dict[ChangeKind, list[_Item]]:
    sections: dict[ChangeKind, list[_Item]] = {}
    old_elements, new_elements = diff.old.by_key(), diff.new.by_key()
    for change in diff.changes:
        ref = first_ref(change.old, change.new)
        item = _Item(w.change(change.change), w.name(ref))
        if change.change in ("added", "removed"):
            outline = new_elements if change.change == "added" else old_elements
            parent = outline[ref.key].parent
            if parent is not None:
                item.detail = f"{w.element(_PARENT_KIND[ref.kind])} {outline[parent].notation}"
            item.lines = [w.name(c) for c in change.contents]
        elif change.change == "moved":
            item.detail = _moved(change, w)
        elif change.change == "renumbered":
            item.detail = f"{w('number')} {_notations(change, w)}"
        elif change.change == "reworded":
            item.lines = _reworded(change, w)
        elif change.change == "actor-changed":
            item.detail = f"{w.terms(change.before)} → {w.terms(change.after)}{_renumbered(change, w)}"
        else:  # relinked
            kind = w.element(Kind.POLICY)
            before = w.terms(change.before, notation=True)
            after = w.terms(change.after, notation=True)
            item.detail = f"{w('also')} {kind} {before} → {after}"
        sections.setdefault(change.change, []).append(item)
    return sections


def _notations(change: Change, w: _Words) -> str:
    old, new = change.matched()
    return f"{w.notation(old)} → {w.notation(new)}"


def _renumbered(change: Change, w: _Words) -> str:
    """`` (old → new)`` when the change also changed the element's notation, else nothing."""
    old, new = change.matched()
    if old.notation == new.notation:
        return ""
    return f"{w('open')}{_notations(change, w)}{w('close')}"


def _moved(change: Change, w: _Words) -> str:
    kind = w.element(_PARENT_KIND[change.matched()[0].kind])
    before = w.terms(change.before, notation=True)
    after = w.terms(change.after, notation=True)
    return f"{kind} {before} → {after}{_renumbered(change, w)}"


def _reworded(change: Change, w: _Words) -> list[str]:
    old_ref, new_ref = change.matched()
    old, new = old_ref.label, new_ref.label
    lines = []
    if old.ja != new.ja:
        lines += [f"{w('old')}: {old.ja}", f"{w('new')}: {new.ja}"]
    if old.en != new.en:
        lines += [f"{w('old')} (en): {old.en or ''}", f"{w('new')} (en): {new.en or ''}"]
    return lines


def _summary_rows(diff: PlanDiff, w: _Words) -> list[tuple[str, int, str]]:
    rows = []
    for kind, counts in diff.counts().items():
        breakdown = w("list_sep").join(
            f"{w.element(element)} {counts[element]}" for element in ELEMENT_KINDS if element in counts
        )
        rows.append((w.change(kind), sum(counts.values()), breakdown))
    return rows


# --- Markdown and text -------------------------------------------------------------------------------------


def _escape(text: str) -> str:
    for char in "\\`*_[]|<>":
        text = text.replace(char, "\\" + char)
    return text


def render_markdown(diff: PlanDiff, lang: Lang = "ja") -> str:
    w = _Words(lang)
    out = [
        f"## {w('title')}: {_escape(w.label(diff.new.title))}",
        "",
        f"- {w('old')}: {_escape(w.plan(diff.old))}",
        f"- {w('new')}: {_escape(w.plan(diff.new))}",
        "",
    ]
    if not diff:
        return "\n".join([*out, w("none"), ""])
    out += [f"| {w('change')} | {w('count')} | {w('breakdown')} |", "| --- | ---: | --- |"]
    out += [f"| {kind} | {count} | {breakdown} |" for kind, count, breakdown in _summary_rows(diff, w)]
    out += [f"| **{w('total')}** | **{len(diff.changes)}** | |", ""]
    for kind, items in _items(diff, w).items():
        out += [f"### {w.change(kind)}{w('open')}{len(items)}{w('close')}", ""]
        for item in items:
            detail = f": {_escape(item.detail)}" if item.detail else ""
            out.append(f"- **{item.change}** {_escape(item.name)}{detail}")
            out += [f"  - {_escape(line)}" for line in item.lines]
        out.append("")
    return "\n".join(out)


def render_text(diff: PlanDiff, lang: Lang = "ja") -> str:
    w = _Words(lang)
    out = [
        f"{w('title')}: {w.label(diff.new.title)}",
        f"  {w('old')}: {w.plan(diff.old)}",
        f"  {w('new')}: {w.plan(diff.new)}",
        "",
    ]
    if not diff:
        return "\n".join([*out, w("none"), ""])
    out += [f"{w('total')} {len(diff.changes)}"]
    out += [f"  {kind} {count}: {breakdown}" for kind, count, breakdown in _summary_rows(diff, w)]
    out.append("")
    for kind, items in _items(diff, w).items():
        out.append(f"{w.change(kind)}{w('open')}{len(items)}{w('close')}")
        for item in items:
            detail = f": {item.detail}" if item.detail else ""
            out.append(f"  {item.change} {item.name}{detail}")
            out += [f"      {line}" for line in item.lines]
        out.append("")
    return "\n".join(out)


# --- JSON ----------------------------------------------------------------------------------------------------


def _label(text: Text) -> dict[str, str | None]:
    return {"ja": text.ja, "en": text.en}


def _plan_json(plan: PlanView) -> dict[str, Any]:
    period = None
    if plan.start and plan.end:
        period = {"start": plan.start.isoformat(), "end": plan.end.isoformat()}
    return {"plan": plan.iri, "notation": plan.notation, "title": _label(plan.title), "period": period}


def change_json(change: Change) -> dict[str, Any]:
    """One change as the JSON report writes it."""

    def ref(r: Any) -> dict[str, Any] | None:
        if r is None:
            return None
        return {"element": r.kind, "key": r.key, "notation": r.notation, "label": _label(r.label)}

    def terms(ts: tuple[Term, ...]) -> list[dict[str, Any]]:
        return [{"notation": t.notation, "label": _label(t.label)} for t in ts]

    return {
        "change": change.change,
        "element": change.element,
        "old": ref(change.old),
        "new": ref(change.new),
        "before": terms(change.before),
        "after": terms(change.after),
        "contents": [ref(c) for c in change.contents],
    }


def render_json(diff: PlanDiff, lang: Lang = "ja") -> str:
    """The JSON report; ``lang`` is ignored (labels carry both languages)."""
    document = {
        "format": JSON_FORMAT,
        "old": _plan_json(diff.old),
        "new": _plan_json(diff.new),
        "similarity_threshold": diff.threshold,
        "total": len(diff.changes),
        "summary": {kind: dict(counts) for kind, counts in diff.counts().items()},
        "changes": [change_json(c) for c in diff.changes],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


#: The report formats, by name: the choices of ``kizuna diff --format``.
RENDERERS: dict[str, Callable[[PlanDiff, Lang], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
}
