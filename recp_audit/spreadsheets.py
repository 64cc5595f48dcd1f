"""Excel workbooks a user hands in, read within a memory budget.

Before openpyxl sees a file its zip directory is checked: a workbook whose parts
would unpack to more than `MAX_UNPACKED_BYTES`, or a large part packed more than
`MAX_RATIO` times (a zip bomb: 1.5 MB unpacking to 1.5 GB), is refused at once.
Rows are then read lazily, ignoring the size the sheet claims (one stray value in
XFD2 makes it claim 17 billion cells): a value beyond `MAX_COLUMNS` columns or
beyond the caller's row budget is refused naming its cell.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError

CONTEXT = "Spreadsheet"
MAX_UNPACKED_BYTES = 1 << 30  # a million-row logger sheet unpacks to about 100 MB
MAX_RATIO = 200  # real sheets pack 5-50 times; deflate's limit is about 1000
RATIO_FROM_BYTES = 10 << 20  # small parts may pack better (styles, empty sheets)
MAX_COLUMNS = 1000


class SpreadsheetError(RecpError):
    """A workbook that cannot be read, or not within the budget."""


def _error(template: str, **params: Any) -> SpreadsheetError:
    return SpreadsheetError(Message(CONTEXT, template, params))


def check_archive(path: Path) -> None:
    """Refuse `path` unless it is a zip whose declared sizes fit the budget."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _error(QT_TRANSLATE_NOOP(
            "Spreadsheet", "{file} is not an Excel workbook (.xlsx): it is damaged or of "
                           "another kind"), file=path.name) from None
    total = sum(part.file_size for part in parts)
    packed = [part for part in parts if part.file_size > RATIO_FROM_BYTES
              and part.file_size > MAX_RATIO * max(part.compress_size, 1)]
    if total > MAX_UNPACKED_BYTES or packed:
        raise _error(QT_TRANSLATE_NOOP(
            "Spreadsheet", "{file} would unpack to {size} MB, too much for a table (a damaged "
                           "or deliberately inflated workbook); save it again from Excel"),
            file=path.name, size=total >> 20)


def open_workbook(path: Path):
    """The workbook at `path` opened read-only (cached values of formulas)."""
    from openpyxl import load_workbook

    check_archive(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise _error(QT_TRANSLATE_NOOP(
            "Spreadsheet", "{file} is not a readable Excel workbook: its contents are "
                           "damaged"), file=path.name) from None


def cell_name(row: int, column: int) -> str:
    """The spreadsheet name of the 1-based `row` and 0-based `column`: (2, 0) -> A2."""
    name = ""
    index = column + 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return f"{name}{row}"


def sheet_rows(sheet, file: str, max_rows: int, first_row: int = 1
               ) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values without trailing empty cells) of the rows holding values, from
    `first_row` on; a value beyond `MAX_COLUMNS` or `max_rows` is refused naming its cell."""
    from xml.etree.ElementTree import ParseError

    sheet.reset_dimensions()  # never trust (or pad rows to) the claimed size
    try:
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if not row:
                continue
            values = list(row)
            while values and values[-1] in (None, ""):
                values.pop()
            if not values or number < first_row:
                continue
            if len(values) > MAX_COLUMNS:
                raise _error(QT_TRANSLATE_NOOP(
                    "Spreadsheet", "{file}, sheet «{sheet}»: a value in cell {cell} is beyond "
                                   "the last column read ({last}); delete it or move it into "
                                   "the table"), file=file, sheet=sheet.title,
                    cell=cell_name(number, len(values) - 1),
                    last=cell_name(number, MAX_COLUMNS - 1).rstrip("0123456789"))
            if number > max_rows:
                raise _error(QT_TRANSLATE_NOOP(
                    "Spreadsheet", "{file}, sheet «{sheet}»: a value in row {row} is beyond "
                                   "the last row read ({last}); delete it or split the table"),
                    file=file, sheet=sheet.title, row=number, last=max_rows)
            yield number, values
    except (ParseError, KeyError, ValueError, TypeError, zipfile.BadZipFile, EOFError,
            OSError):
        raise _error(QT_TRANSLATE_NOOP(
            "Spreadsheet", "{file}, sheet «{sheet}»: the contents are damaged and cannot be "
                           "read"), file=file, sheet=sheet.title) from None
