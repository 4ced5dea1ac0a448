"""A workbook in memory: rows of cells per sheet, read from or written to .xlsx (openpyxl) or CSV files.

CSV files are read as UTF-8 with or without a BOM, or as CP932 (Shift_JIS, what Excel in Japan saves by
default), detected from the bytes; they are written as UTF-8 with a BOM, which Excel opens correctly.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from kizuna_graph.errors import SourceError
from kizuna_graph.messages import msg
from kizuna_graph.plan.files import read_limited
from kizuna_graph.workbook.layout import ACTIONS, ACTORS, SHEETS

Cell = str | int | float | None
MAX_BYTES = 16 * 1024 * 1024


@dataclass
class Book:
    """Sheets by name: a list of rows (the header row first), each a list of cells."""

    path: Path
    sheets: dict[str, list[list[Cell]]] = field(default_factory=dict)
    #: how a cell is named in messages: ``sheet!F12`` for a workbook, ``sheet.csv!F12`` for CSV files
    csv: bool = False

    def where(self, sheet: str, row: int, column: int) -> str:
        letters = ""
        column += 1
        while column:
            column, rest = divmod(column - 1, 26)
            letters = chr(65 + rest) + letters
        return f"{sheet}{'.csv' if self.csv else ''}!{letters}{row}"


def decode_csv(raw: bytes, path: Path) -> str:
    """The text of a CSV file: UTF-8 with BOM, UTF-8, or CP932 (Shift_JIS), in that order."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    for encoding in ("utf-8", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(path, msg("book.encoding"))


def read_book(path: Path) -> Book:
    """A workbook (.xlsx) or a folder of CSV files, one per sheet."""
    if path.is_dir():
        book = Book(path=path, csv=True)
        for sheet in SHEETS:
            file = path / f"{sheet.name}.csv"
            if not file.exists():
                continue
            raw = read_limited(file, limit=MAX_BYTES, what=msg("book.what_csv"), suffixes=(".csv",))
            text = decode_csv(raw, file)
            book.sheets[sheet.name] = [list(row) for row in csv.reader(io.StringIO(text))]
        return book
    raw = read_limited(path, limit=MAX_BYTES, what=msg("book.what_xlsx"), suffixes=(".xlsx",))
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is no workbook
        raise SourceError(path, msg("book.not_xlsx")) from None
    book = Book(path=path)
    for sheet in workbook.worksheets:
        book.sheets[sheet.title] = [list(row) for row in sheet.iter_rows(values_only=True)]
    return book


def xlsx_bytes(book: Book, actor_labels: list[str]) -> bytes:
    """The workbook as .xlsx: Japanese headers, frozen header row, column widths, a dropdown of actors."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in SHEETS:
        ws = workbook.create_sheet(sheet.name)
        rows = book.sheets.get(sheet.name, [list(sheet.columns)])
        for row in rows:
            ws.append(row)
        for index, width in enumerate(sheet.widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
        if sheet is ACTIONS:
            column = get_column_letter(sheet.columns.index("主体") + 1)
            rule = DataValidation(
                type="list",
                formula1=f"'{ACTORS.name}'!$B$2:$B${len(actor_labels) + 1}",
                allow_blank=False,
                showErrorMessage=True,
                errorTitle="主体",
                error="主体は一覧から選んでください（主体シート）",
            )
            ws.add_data_validation(rule)
            rule.add(f"{column}2:{column}{max(len(rows), 2) + 500}")
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def csv_files(book: Book) -> dict[str, bytes]:
    """The sheets as CSV files (UTF-8 with a BOM, CRLF as Excel writes them), named ``<sheet>.csv``."""
    files = {}
    for sheet in SHEETS:
        stream = io.StringIO()
        writer = csv.writer(stream, lineterminator="\r\n")
        for row in book.sheets.get(sheet.name, [list(sheet.columns)]):
            writer.writerow(["" if cell is None else cell for cell in row])
        files[f"{sheet.name}.csv"] = b"\xef\xbb\xbf" + stream.getvalue().encode("utf-8")
    return files
