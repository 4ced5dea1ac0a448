"""The workbook an officer edits: one sheet per level of the plan, Japanese headers, one row per element.

The sheets and their columns, in order (the first row of each sheet holds the headers)::

    基本目標               番号 | 名称 | 名称（英語） | 説明 | 説明（英語）
    施策                   基本目標 | 番号 | 名称 | 名称（英語） | 説明 | 説明（英語）
    市民・地域の取り組み   施策 | 番号 | 本文 | 本文（英語） | ID
    取り組み               施策 | 番号 | 見出し | 見出し（英語） | 注記 | 注記（英語） | 再掲 | 根拠 | ID
    番号付きの取り組み     基本目標 | 施策 | 取り組み | 見出し（参考） | 主体 | 番号 | 本文 | 本文（英語） | ID
    主体                   id | 名称 | 名称（英語）   (read only: the list behind the 主体 dropdown)

ID is the element's ``id:`` in the plan file (its IRI is built from it): kept as it is, it keeps the element's
IRI through any renumbering or move; a new row leaves it empty and gets a new id on import. A 取り組み row with
再掲 (the ID of a measure) lists that measure under the row's policy too (``also:`` in the plan file, with 根拠 as
its evidence); its 番号, 見出し and ID stay empty. 取り組み in 番号付きの取り組み is the measure's reference code
(1-1-1) within the workbook. The sheets are named by the ontology's names of the kinds of element. 主体 is written as the plan prints it (市, 社協) or by its id (city, council). The same sheets can
be CSV files, one per sheet, named ``<sheet>.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[str, ...]
    widths: tuple[int, ...]


GOALS = Sheet("基本目標", ("番号", "名称", "名称（英語）", "説明", "説明（英語）"), (6, 30, 30, 60, 60))
POLICIES = Sheet(
    "施策", ("基本目標", "番号", "名称", "名称（英語）", "説明", "説明（英語）"), (8, 6, 30, 30, 60, 60)
)
CITIZEN_ACTIONS = Sheet(
    "市民・地域の取り組み", ("施策", "番号", "本文", "本文（英語）", "ID"), (8, 6, 60, 60, 30)
)
MEASURES = Sheet(
    "取り組み",
    ("施策", "番号", "見出し", "見出し（英語）", "注記", "注記（英語）", "再掲", "根拠", "ID"),
    (8, 6, 30, 30, 40, 40, 30, 20, 30),
)
ACTIONS = Sheet(
    "番号付きの取り組み",
    ("基本目標", "施策", "取り組み", "見出し（参考）", "主体", "番号", "本文", "本文（英語）", "ID"),
    (8, 8, 10, 30, 10, 6, 60, 60, 30),
)
ACTORS = Sheet("主体", ("id", "名称", "名称（英語）"), (20, 20, 30))

SHEETS = (GOALS, POLICIES, CITIZEN_ACTIONS, MEASURES, ACTIONS, ACTORS)
