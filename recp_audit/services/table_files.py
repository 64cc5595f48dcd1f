"""Rows of a table file a user hands in: the first (or a named) sheet of an Excel
workbook, or delimited text in UTF-8, UTF-16 (with its BOM) or Windows-1251; and
spreadsheet column letters for messages. Both are read within a budget (`MAX_ROWS`,
`MAX_TEXT_BYTES` and the limits of `recp_audit.spreadsheets`)."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path
from typing import Any

from recp_audit.measure.layout import detect_delimiter, detect_encoding, is_spreadsheet
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError

CONTEXT = "TableFile"
MAX_ROWS = 100_000  # a park survey or a baseline has hundreds
MAX_TEXT_BYTES = 64 << 20


class TableFileError(RecpError):
    """A table file that cannot be read at all."""


def _error(template: str, **params: Any) -> TableFileError:
    return TableFileError(Message(CONTEXT, template, params))


def read_rows(path: Path, sheet: str = "") -> list[list[Any]]:
    """The cells of the sheet named `sheet` (else the first sheet), or of the delimited
    text, row by row (rows without values are empty lists)."""
    if not path.is_file():
        raise _error(QT_TRANSLATE_NOOP("TableFile", "{file} does not exist"), file=str(path))
    if is_spreadsheet(path):
        return _workbook_rows(path, sheet)
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise _error(QT_TRANSLATE_NOOP(
            "TableFile", "{file} is {size} MB; a table file can be at most {limit} MB"),
            file=path.name, size=path.stat().st_size >> 20, limit=MAX_TEXT_BYTES >> 20)
    raw = path.read_bytes()
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))  # Excel's "Unicode text"
    encoding = "utf-16" if utf16 else detect_encoding(raw[:65536])
    text = raw.decode(encoding, errors="replace").lstrip("\ufeff")
    rows: list[list[Any]] = []
    reader = None
    try:
        reader = csv.reader(io.StringIO(text), delimiter=detect_delimiter(text.splitlines()))
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS and any(cell.strip() for cell in row):
                raise _error(QT_TRANSLATE_NOOP(
                    "TableFile", "{file} has more than {limit} rows; split the table"),
                    file=path.name, limit=MAX_ROWS)
    except csv.Error:
        raise _error(QT_TRANSLATE_NOOP(
            "TableFile", "{file}, row {row}: the text cannot be split into cells (a quote "
                         "left open or a cell over 128 KB); is it really a table?"),
            file=path.name, row=reader.line_num if reader else 1) from None
    return rows


def _workbook_rows(path: Path, sheet: str) -> list[list[Any]]:
    from recp_audit.spreadsheets import SpreadsheetError, open_workbook, sheet_rows

    try:
        book = open_workbook(path)
        try:
            chosen = book[sheet] if sheet in book.sheetnames else book.worksheets[0]
            rows: list[list[Any]] = []
            for number, values in sheet_rows(chosen, path.name, MAX_ROWS):
                rows.extend([] for _ in range(number - 1 - len(rows)))
                rows.append(values)
            return rows
        finally:
            book.close()
    except SpreadsheetError as exc:
        raise TableFileError(exc.message) from None


def column_letter(index: int) -> str:
    """The spreadsheet name of the 0-based column `index`: 0 -> A, 27 -> AB."""
    from recp_audit.spreadsheets import cell_name

    return cell_name(1, index)[:-1]
