"""An edited workbook back into a plan file: the base plan file with its ``goals:`` rewritten from the sheets.

Everything outside the outline (dataset, organisations, period, actors, help types, roles…) comes from the base
plan file, comments and all; the ``goals:`` block is written from the sheets, in their row order, with the
comments of the base plan's ``goals:`` block put back where they were (:mod:`kizuna_graph.workbook.comments`). A mistake in
a cell is one line naming the sheet and the cell (``番号付きの取り組み!F12``) and what to fix; a mistake that only the loader
sees (numbers out of sequence…) is reported at the cell its line was written from.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kizuna_graph.errors import SourceError
from kizuna_graph.messages import Message, msg
from kizuna_graph.plan.source import load_plan
from kizuna_graph.workbook.book import Book, Cell
from kizuna_graph.workbook.comments import carry_comments
from kizuna_graph.workbook.layout import ACTIONS, CITIZEN_ACTIONS, GOALS, MEASURES, POLICIES, Sheet

_NOTATION = {2: re.compile(r"^\d+-\d+$"), 3: re.compile(r"^\d+-\d+-\d+$")}


class _Rows:
    """The data rows of one sheet, with typed access to their cells by header."""

    def __init__(self, book: Book, sheet: Sheet) -> None:
        self.book, self.sheet = book, sheet
        rows = book.sheets.get(sheet.name)
        if rows is None:
            raise SourceError(book.path, msg("book.missing_sheet", sheet=sheet.name))
        header = [str(c).strip() if c is not None else "" for c in (rows[0] if rows else [])]
        for index, name in enumerate(sheet.columns):
            if index >= len(header) or header[index] != name:
                raise SourceError(
                    book.path,
                    msg(
                        "book.header",
                        where=book.where(sheet.name, 1, index),
                        expected=name,
                        found=header[index] if index < len(header) else "",
                    ),
                )
        self.rows = [
            (number, row)
            for number, row in enumerate(rows[1:], start=2)
            if any(c is not None and str(c).strip() for c in row)
        ]

    def error(self, row: int, column: str, message: str | Message) -> SourceError:
        where = self.book.where(self.sheet.name, row, self.sheet.columns.index(column))
        return SourceError(self.book.path, msg("book.cell", where=where, message=message))

    def cell(self, row: list[Cell], column: str) -> Cell:
        index = self.sheet.columns.index(column)
        value = row[index] if index < len(row) else None
        if isinstance(value, str):
            value = value.strip() or None
        return value

    def text(self, number: int, row: list[Cell], column: str, *, required: bool = True) -> str | None:
        value = self.cell(row, column)
        if value is None:
            if required:
                raise self.error(number, column, msg("book.empty", column=column))
            return None
        return str(value)

    def integer(self, number: int, row: list[Cell], column: str) -> int:
        value = self.cell(row, column)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            fixed = unicodedata.normalize("NFKC", value)
            if fixed.isascii() and fixed.isdigit():
                if fixed != value:
                    raise self.error(
                        number, column, msg("book.fullwidth", column=column, value=value, fixed=fixed)
                    )
                value = int(fixed)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise self.error(
                number, column, msg("book.not_number", column=column, value="" if value is None else value)
            )
        return value

    def notation(self, number: int, row: list[Cell], column: str, parts: int) -> str:
        value = unicodedata.normalize("NFKC", str(self.cell(row, column) or "")).replace("－", "-")
        if not _NOTATION[parts].match(value):
            example = "1-2" if parts == 2 else "1-2-3"
            raise self.error(
                number, column, msg("book.bad_notation", column=column, value=value, example=example)
            )
        return value


def _q(value: str) -> str:
    """A YAML scalar that reads back as exactly ``value`` (JSON's double-quoted strings are YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _text(ja: str, en: str | None) -> str:
    return f"{{ja: {_q(ja)}" + (f", en: {_q(en)}" if en else "") + "}"


@dataclass
class _Writer:
    lines: list[str] = field(default_factory=list)
    #: line number of the plan file (1-based, within the goals block) → the cell it came from
    cells: dict[int, tuple[_Rows, int, str]] = field(default_factory=dict)

    def add(self, line: str, origin: tuple[_Rows, int, str] | None = None) -> None:
        self.lines.append(line)
        if origin is not None:
            self.cells[len(self.lines)] = origin


_STOP_WORDS = {"a", "an", "the", "of", "for", "and", "to", "in", "on", "with", "by", "as", "at", "such"}


class _Ids:
    """The ids of the rows: the ID cell as written, or a new id minted for a new row (an empty ID cell).

    A new id is made from the words of the English text (or, without one, from a hash of the Japanese text),
    never from the row's position, and is never one already used in the workbook or in the base plan.
    """

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)

    def of(self, rows: _Rows, number: int, row: list[Cell], kind: str, ja: str, en: str | None) -> str:
        written = rows.text(number, row, "ID", required=False)
        if written is not None:
            return written
        words = [w for w in re.findall(r"[a-z0-9]+", (en or "").lower()) if w not in _STOP_WORDS][:5]
        base = "-".join(words) or f"{kind}-{hashlib.sha256(ja.encode()).hexdigest()[:8]}"
        candidate, n = base, 2
        while candidate in self.taken:
            candidate, n = f"{base}-{n}", n + 1
        self.taken.add(candidate)
        return candidate


def goals_block(
    book: Book, actor_ids: dict[str, str], base_ids: set[str] | None = None
) -> tuple[str, dict[int, tuple[_Rows, int, str]]]:
    """The ``goals:`` block of a plan file written from the sheets, and the cell behind each line."""
    goals, policies = _Rows(book, GOALS), _Rows(book, POLICIES)
    citizen, measures, actions = _Rows(book, CITIZEN_ACTIONS), _Rows(book, MEASURES), _Rows(book, ACTIONS)
    written_ids = {
        str(rows.cell(row, "ID"))
        for rows in (citizen, measures, actions)
        for _, row in rows.rows
        if rows.cell(row, "ID") is not None
    }
    ids = _Ids(written_ids | (base_ids or set()))
    policies_of: dict[int, list[tuple[int, list[Cell]]]] = defaultdict(list)
    for number, row in policies.rows:
        policies_of[policies.integer(number, row, "基本目標")].append((number, row))
    citizen_of: dict[str, list[tuple[int, list[Cell]]]] = defaultdict(list)
    for number, row in citizen.rows:
        citizen_of[citizen.notation(number, row, "施策", 2)].append((number, row))
    measures_of: dict[str, list[tuple[int, list[Cell]]]] = defaultdict(list)
    for number, row in measures.rows:
        measures_of[measures.notation(number, row, "施策", 2)].append((number, row))
    actions_of: dict[str, dict[str, list[tuple[int, list[Cell]]]]] = defaultdict(dict)
    for number, row in actions.rows:
        written = actions.text(number, row, "主体") or ""
        actor = actor_ids.get(written) or actor_ids.get(written.lower())
        if actor is None:
            raise actions.error(
                number,
                "主体",
                msg("book.unknown_actor", value=written, known="、".join(sorted(set(actor_ids)))),
            )
        measure = actions.notation(number, row, "取り組み", 3)
        actions_of[measure].setdefault(actor, []).append((number, row))
    w = _Writer()
    w.add("  goals:")
    known_measures = set()
    for number, row in goals.rows:
        g = goals.integer(number, row, "番号")
        w.add(f"    - number: {g}", (goals, number, "番号"))
        w.add(
            f"      label: {_text(goals.text(number, row, '名称') or '', goals.text(number, row, '名称（英語）', required=False))}",
            (goals, number, "名称"),
        )
        w.add(
            f"      description: {_text(goals.text(number, row, '説明') or '', goals.text(number, row, '説明（英語）', required=False))}",
            (goals, number, "説明"),
        )
        w.add("      policies:")
        for pnumber, prow in policies_of.pop(g, []):
            p = policies.integer(pnumber, prow, "番号")
            notation = f"{g}-{p}"
            w.add(f"        - number: {p}", (policies, pnumber, "番号"))
            w.add(
                f"          label: {_text(policies.text(pnumber, prow, '名称') or '', policies.text(pnumber, prow, '名称（英語）', required=False))}",
                (policies, pnumber, "名称"),
            )
            w.add(
                f"          description: {_text(policies.text(pnumber, prow, '説明') or '', policies.text(pnumber, prow, '説明（英語）', required=False))}",
                (policies, pnumber, "説明"),
            )
            rows = citizen_of.pop(notation, [])
            if rows:
                w.add("          citizen_actions:")
                for cnumber, crow in rows:
                    ja = citizen.text(cnumber, crow, "本文") or ""
                    en = citizen.text(cnumber, crow, "本文（英語）", required=False)
                    cid = ids.of(citizen, cnumber, crow, "citizen-action", ja, en)
                    w.add(f"            - {{id: {_q(cid)}, {_text(ja, en)[1:]}", (citizen, cnumber, "本文"))
            rows = measures_of.pop(notation, [])
            if rows:
                w.add("          measures:")
            for mnumber, mrow in rows:
                note_ja = measures.text(mnumber, mrow, "注記", required=False)
                note_en = measures.text(mnumber, mrow, "注記（英語）", required=False)
                also = measures.cell(mrow, "再掲")
                if also is not None:
                    w.add(f"            - also: {_q(str(also))}", (measures, mnumber, "再掲"))
                    if note_ja:
                        w.add(f"              note: {_text(note_ja, note_en)}", (measures, mnumber, "注記"))
                    evidence = measures.text(mnumber, mrow, "根拠", required=False)
                    if evidence:
                        w.add(f"              evidence: {_q(evidence)}", (measures, mnumber, "根拠"))
                    continue
                m = measures.integer(mnumber, mrow, "番号")
                mnotation = f"{notation}-{m}"
                known_measures.add(mnotation)
                title_ja = measures.text(mnumber, mrow, "見出し") or ""
                title_en = measures.text(mnumber, mrow, "見出し（英語）", required=False)
                mid = ids.of(measures, mnumber, mrow, "measure", title_ja, title_en)
                w.add(f"            - id: {_q(mid)}", (measures, mnumber, "ID"))
                w.add(f"              number: {m}", (measures, mnumber, "番号"))
                w.add(f"              title: {_text(title_ja, title_en)}", (measures, mnumber, "見出し"))
                if note_ja:
                    w.add(f"              note: {_text(note_ja, note_en)}", (measures, mnumber, "注記"))
                groups = actions_of.pop(mnotation, {})
                if groups:
                    w.add("              actions:")
                for actor, items in groups.items():
                    w.add(f"                {actor}:", (actions, items[0][0], "主体"))
                    for anumber, arow in items:
                        n = actions.integer(anumber, arow, "番号")
                        ja = actions.text(anumber, arow, "本文") or ""
                        en = actions.text(anumber, arow, "本文（英語）", required=False)
                        aid = ids.of(actions, anumber, arow, "action", ja, en)
                        line = f"                  - {{id: {_q(aid)}, n: {n}, {_text(ja, en)[1:]}"
                        w.add(line, (actions, anumber, "番号"))
    for leftovers, sheet, column in (
        (policies_of, policies, "基本目標"),
        (citizen_of, citizen, "施策"),
        (measures_of, measures, "施策"),
    ):
        for _, rows in leftovers.items():
            number = rows[0][0]
            raise sheet.error(
                number, column, msg("book.orphan", column=column, value=sheet.cell(rows[0][1], column))
            )
    for mnotation, groups in actions_of.items():
        number = next(iter(groups.values()))[0][0]
        raise actions.error(number, "取り組み", msg("book.orphan", column="取り組み", value=mnotation))
    return "\n".join(w.lines) + "\n", w.cells


#: the ``goals:`` block: its line, then every line indented deeper, blank, or a comment (at any indentation)
_GOALS_BLOCK = re.compile(r"^  goals:[ \t]*(?:#.*)?\n(?:(?:    .*|[ \t]*|[ \t]*#.*)\n)*", re.MULTILINE)


def source_files(base: Path, out: Path) -> dict[str, bytes]:
    """The base plan's source document, to be written beside ``out`` when it is not there yet."""
    document = load_plan(base).source
    if document is None or (out.resolve().parent / document.file).exists():
        return {}
    return {document.file: (base.resolve().parent / document.file).read_bytes()}


def import_book(book: Book, base: Path) -> str:
    """The text of the plan file: ``base`` with its ``goals:`` block written from ``book``; checked by the loader."""
    base_file = load_plan(base)
    actor_ids: dict[str, str] = {}
    for actor in base_file.plan.actors:
        for name in (actor.id, actor.label.ja, actor.label.en or "", *(a.ja for a in actor.alt_labels)):
            if name:
                actor_ids.setdefault(name, actor.id)
                actor_ids.setdefault(name.lower().removeprefix("the "), actor.id)
    base_ids: set[str] = set()
    for goal in base_file.plan.goals:
        for policy in goal.policies:
            base_ids.update(c.id for c in policy.citizen_actions)
            for measure in policy.measures:
                base_ids.add(measure.id)
                base_ids.update(a.id for a in measure.actions)
    block, cells = goals_block(book, actor_ids, base_ids)
    text = base.read_text(encoding="utf-8")
    found = _GOALS_BLOCK.search(text)
    if found is None:
        raise SourceError(base, msg("book.base_without_goals"))
    offset = text[: found.start()].count("\n")
    lines, index = carry_comments(found.group(0).splitlines(), block.splitlines())
    cells = {index[line - 1] + 1: origin for line, origin in cells.items()}
    block = "\n".join(lines) + "\n"
    new_text = text[: found.start()] + block + text[found.end() :]
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / base.name
        probe.write_text(new_text, encoding="utf-8")
        if base_file.source is not None:
            source = base.resolve().parent / base_file.source.file
            (Path(folder) / base_file.source.file).parent.mkdir(parents=True, exist_ok=True)
            (Path(folder) / base_file.source.file).write_bytes(source.read_bytes())
        try:
            load_plan(probe)
        except SourceError as error:
            origin = cells.get((error.line or 0) - offset)
            if origin is None:
                raise SourceError(book.path, error.message) from None
            rows, number, column = origin
            raise rows.error(number, column, error.message) from None
    return new_text
