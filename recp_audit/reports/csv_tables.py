"""A report table as CSV: UTF-8 with BOM, comma-separated with a decimal point, or the
variant Russian-locale Excel opens directly (semicolons, decimal comma). Text that
begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe so that
Excel shows it as text."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from recp_audit.reports.tables import Table
from recp_audit.reports.workbook import FORMULA_START


def write_csv(table: Table, path: Path, russian_excel: bool = False) -> None:
    """Write `table` to `path` (the caller handles temporary names)."""
    delimiter = ";" if russian_excel else ","
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(table.headers)
        for row in table.rows:
            writer.writerow([_text(value, russian_excel) for value in row])


def _text(value, russian_excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        text = f"{value:.10g}"
        return text.replace(".", ",") if russian_excel else text
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M" if russian_excel else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y" if russian_excel else "%Y-%m-%d")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
