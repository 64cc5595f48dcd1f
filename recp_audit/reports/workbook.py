"""Report tables as an Excel workbook (openpyxl): one sheet per table, numbers as
numbers and dates as dates, units in the headers, a frozen and filtered header row,
columns sized to their content. Text that begins with =, +, - or @ is stored as
text with Excel's quote prefix, so a name from a user or a merged file can never
become a formula."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from recp_audit.reports.tables import Table

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what Excel may read as a formula
MAX_WIDTH = 60
MAX_CELL_TEXT = 32_767  # Excel's limit for the text of a cell


def write_workbook(tables: list[Table], path: Path, language: str) -> None:
    """Write `tables` to a new workbook at `path` (the caller handles temporary names)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    date_format = "dd.mm.yyyy" if language == "ru" else "yyyy-mm-dd"
    header_fill = PatternFill("solid", fgColor="DCE6F0")
    used_titles: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, used_titles))
        sheet.append([_text(h) if isinstance(h, str) else h for h in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        widths = [len(str(header)) for header in table.headers]
        for row_number, row in enumerate(table.rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row_number, column)
                _set(cell, value, date_format)
                widths[column - 1] = max(widths[column - 1], _width(value))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, MAX_WIDTH)
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


def _text(value: str) -> str:
    """Text as a cell can hold it: control characters stored earlier shown as U+FFFD
    (openpyxl refuses them), at most Excel's 32,767 characters."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)[:MAX_CELL_TEXT]


def _set(cell, value, date_format: str) -> None:
    if isinstance(value, str):
        value = _text(value)
        cell.value = value
        if value.startswith(FORMULA_START):
            cell.data_type = "s"  # the text itself, never a formula
            cell.quotePrefix = True
    elif isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = f"{date_format} hh:mm"
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = date_format
    else:
        cell.value = value
        if isinstance(value, float):
            cell.number_format = ("0.000" if abs(value) < 1 else "#,##0.00"
                                  if abs(value) < 1000 else "#,##0")


def _width(value) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    if isinstance(value, (dt.date, dt.datetime)):
        return 16
    return max(len(part) for part in str(value).splitlines()) if str(value) else 0


def _sheet_title(title: str, used: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"
    name, number = clean, 2
    while name in used:
        suffix = f" ({number})"
        name = clean[:31 - len(suffix)] + suffix
        number += 1
    used.add(name)
    return name
