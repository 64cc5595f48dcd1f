"""Rows of a table file a user hands in: the first (or a named) sheet of an Excel
workbook, or delimited text in UTF-8 or Windows-1251; and spreadsheet column letters
for messages."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from recp_audit.measure.layout import detect_delimiter, detect_encoding, is_spreadsheet
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError

CONTEXT = "TableFile"


class TableFileError(RecpError):
    """A table file that cannot be read at all."""


def read_rows(path: Path, sheet: str = "") -> list[list[Any]]:
    """The cells of the sheet named `sheet` (else the first sheet), or of the delimited
    text, row by row."""
    if not path.is_file():
        raise TableFileError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "TableFile", "{file} does not exist"), {"file": str(path)}))
    if is_spreadsheet(path):
        import openpyxl

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on bad files
            raise TableFileError(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "TableFile", "{file} is not a readable Excel workbook ({problem})"),
                {"file": path.name, "problem": type(exc).__name__})) from None
        chosen = book[sheet] if sheet in book.sheetnames else book.worksheets[0]
        rows = [list(row) for row in chosen.iter_rows(values_only=True)]
        book.close()
        return rows
    raw = path.read_bytes()
    text = raw.decode(detect_encoding(raw[:65536]), errors="replace")
    return list(csv.reader(io.StringIO(text), delimiter=detect_delimiter(text.splitlines())))


def column_letter(index: int) -> str:
    """The spreadsheet name of the 0-based column `index`: 0 -> A, 27 -> AB."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
