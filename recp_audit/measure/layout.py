"""How a logger file is laid out, guessed from its first lines and then mapped by the user.

Instrument software and Excel in Russian and English locales write tables with
a comma, semicolon or tab between columns, a decimal point or comma, a few
lines of preamble, a header row, sometimes a row of units, and timestamps in
ISO form, day-first (`21.11.2026 14:05:00`), US form, split into a date and a
time column, or as Excel serial days. `sniff` guesses all of that from a
sample; the guess is a `Layout` the mapping dialog shows and the user corrects.
A Layout is plain data so it can be saved as an import template.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from recp_audit.measure.quantities import guess_quantity
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError

SAMPLE_BYTES = 256 * 1024
PREVIEW_ROWS = 200
SHEET_ROWS = 1_048_576  # Excel's last row
ENCODINGS = ("utf-8-sig", "utf-8", "cp1251", "cp866", "koi8-r", "latin-1")
DELIMITERS = ("\t", ";", ",", "|")
EXCEL_SERIAL = "excel"
ISO = "ISO8601"
# strptime formats tried on time cells, most common first; day-first before US.
DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M",
    "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%y %H:%M:%S", "%d.%m.%y %H:%M",
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%d-%m-%Y %H:%M:%S", "%Y/%m/%d %H:%M:%S",
    "%Y.%m.%d %H:%M:%S",
)
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y",
                "%Y/%m/%d", "%Y.%m.%d")
TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p")
NOT_FINITE = ("nan", "inf", "infinity")  # what loggers write for a missing or overflowed sample
_NUMBER = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")
_NUMBER_COMMA = re.compile(r"^\s*[-+]?(\d+(,\d*)?|,\d+)([eE][-+]?\d+)?\s*$")
_UNIT_IN_NAME = (re.compile(r"^(.*?)\s*\[([^\]]+)\]\s*$"), re.compile(r"^(.*?)\s*\(([^)]+)\)\s*$"),
                 re.compile(r"^(.*?),\s*([^,]+)$"), re.compile(r"^(.*\S)\s+(\S+)$"))


@dataclass
class ChannelMap:
    """A column imported as a channel: its position, name, unit and quantity."""

    column: int
    name: str
    unit: str
    quantity: str


@dataclass
class Layout:
    """Where the time and the channels are in a file, and how to read its text.

    Row and column numbers are 0-based positions in the file (CSV rows or
    worksheet rows). `time_format` is a strptime format, "ISO8601" or "excel";
    with two time columns (date, time) it is the two formats joined by a space.
    """

    encoding: str = "utf-8"
    delimiter: str = ","
    decimal: str = "."
    sheet: str | None = None
    header_row: int | None = None
    unit_row: int | None = None
    data_row: int = 0
    time_columns: list[int] = field(default_factory=list)
    time_format: str = ISO
    channels: list[ChannelMap] = field(default_factory=list)
    skip_bad_rows: bool = False

    def to_json(self) -> dict[str, Any]:
        """Plain data for an import template."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Layout:
        """The layout `to_json` wrote (unknown keys are ignored)."""
        known = {key: value for key, value in data.items() if key in cls.__dataclass_fields__}
        known["channels"] = [ChannelMap(**channel) for channel in known.get("channels", [])]
        return cls(**known)


@dataclass
class Sample:
    """The first rows of a file as cells, for guessing and for the preview."""

    rows: list[list[Any]]
    layout: Layout
    column_names: list[str]
    sheets: list[str] = field(default_factory=list)


def is_spreadsheet(path: Path) -> bool:
    """True for Excel workbooks (read with openpyxl), False for delimited text."""
    return path.suffix.lower() in (".xlsx", ".xlsm")


def detect_encoding(raw: bytes) -> str:
    """UTF-8 (with or without BOM) when the bytes decode as such, else Windows-1251."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1251"


def split_text(text: str, delimiter: str, limit: int = PREVIEW_ROWS) -> list[list[str]]:
    """The first `limit` rows of delimited `text`."""
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    rows = []
    for row in reader:
        rows.append(row)
        if len(rows) >= limit:
            break
    return rows


def detect_delimiter(lines: list[str]) -> str:
    """The candidate that splits the last lines into the most, equally many, columns."""
    tail = [line for line in lines if line.strip()][-50:]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = Counter(len(row) for row in csv.reader(tail, delimiter=delimiter))
        width, rows = counts.most_common(1)[0] if counts else (1, 0)
        score = (rows if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_sample(path: Path, encoding: str | None = None, delimiter: str | None = None,
                sheet: str | None = None, guess: bool = True) -> Sample:
    """The first rows of `path` and, with `guess`, a guessed layout (encoding and
    delimiter may be forced)."""
    if is_spreadsheet(path):
        return _sample_workbook(path, sheet, guess)
    with open(path, "rb") as handle:
        raw = handle.read(SAMPLE_BYTES)
    complete = len(raw) < SAMPLE_BYTES
    encoding = encoding or detect_encoding(raw)
    text = raw.decode(encoding, errors="replace")
    if encoding == "utf-8" and text.startswith("\ufeff"):
        encoding, text = "utf-8-sig", text[1:]
    lines = text.splitlines()
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut in the middle
    try:
        delimiter = delimiter or detect_delimiter(lines)
        rows = split_text("\n".join(lines), delimiter)
    except csv.Error:
        raise RecpError(Message("SeriesImport", QT_TRANSLATE_NOOP(
            "SeriesImport", "{file}: the text cannot be split into cells (a quote left open "
                            "or a cell over 128 KB); is it really a logger file?"),
            {"file": path.name})) from None
    layout = Layout(encoding=encoding, delimiter=delimiter)
    if guess:
        guess_layout(rows, layout)
    return Sample(rows, layout, column_names(rows, layout))


def _sample_workbook(path: Path, sheet: str | None, guess: bool) -> Sample:
    from recp_audit.spreadsheets import open_workbook, sheet_rows

    book = open_workbook(path)
    try:
        names = book.sheetnames
        chosen = sheet if sheet in names else names[0]
        rows: list[list[Any]] = []
        for number, values in sheet_rows(book[chosen], path.name, SHEET_ROWS):
            rows.extend([] for _ in range(min(number - 1, PREVIEW_ROWS) - len(rows)))
            if len(rows) >= PREVIEW_ROWS:
                break
            rows.append(values)
    finally:
        book.close()
    width = max(map(len, rows), default=0)
    rows = [row + [None] * (width - len(row)) for row in rows]  # as wide as the table
    layout = Layout(encoding="", delimiter="", sheet=chosen)
    if guess:
        guess_layout(rows, layout)
    return Sample(rows, layout, column_names(rows, layout), names)


def cell_kind(value: Any, decimal: str) -> str:
    """'number', 'datetime', 'date', 'time', 'empty' or 'text'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "empty"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time"
    if isinstance(value, (int, float)):
        return "number"
    text = str(value).strip()
    if (_NUMBER_COMMA if decimal == "," else _NUMBER).match(text) or \
            text.lower().lstrip("+-") in NOT_FINITE:
        return "number"
    if _matching(DATETIME_FORMATS, [text]) or _iso(text):
        return "datetime"
    if _matching(DATE_FORMATS, [text]):
        return "date"
    if _matching(TIME_FORMATS, [text]):
        return "time"
    return "text"


def _iso(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text)
        return len(text) > 10
    except ValueError:
        return False


def _parses(text: str, fmt: str) -> bool:
    try:
        dt.datetime.strptime(text.strip(), fmt)
        return True
    except ValueError:
        return False


def _matching(formats: tuple[str, ...], texts: list[str], share: float = 1.0) -> list[str]:
    """The formats that parse at least `share` of `texts` (all by default)."""
    return [fmt for fmt in formats
            if texts and sum(_parses(text, fmt) for text in texts) >= share * len(texts)]


def _decimal(rows: list[list[Any]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    cells = [c for row in rows for c in row if isinstance(c, str)]
    comma = sum(1 for c in cells if _NUMBER_COMMA.match(c) and "," in c)
    point = sum(1 for c in cells if _NUMBER.match(c) and "." in c)
    return "," if comma > point else "."


def guess_layout(rows: list[list[Any]], layout: Layout) -> None:
    """Fill `layout` with the decimal sign, header, unit and data rows, time and channels."""
    layout.decimal = _decimal(rows, layout.delimiter) if layout.delimiter else "."
    kinds = [[cell_kind(c, layout.decimal) for c in row] for row in rows]
    layout.data_row = _data_start(kinds)
    above = [i for i in range(layout.data_row) if any(k != "empty" for k in kinds[i])]
    layout.header_row = above[-1] if above else None
    layout.unit_row = None
    if len(above) >= 2 and _looks_like_units(rows[above[-1]]):
        layout.unit_row, layout.header_row = above[-1], above[-2]
    data = rows[layout.data_row:layout.data_row + 50]
    data_kinds = kinds[layout.data_row:layout.data_row + 50]
    width = max((len(row) for row in data), default=0)
    columns = [[row[i] if i < len(row) else None for row in data] for i in range(width)]
    column_kinds = [_column_kind([k[i] if i < len(k) else "empty" for k in data_kinds])
                    for i in range(width)]
    layout.time_columns, layout.time_format = _time_columns(columns, column_kinds, rows, layout)
    names = column_names(rows, layout)
    layout.channels = []
    for i, kind in enumerate(column_kinds):
        if kind == "number" and i not in layout.time_columns:
            name, unit = split_name_unit(names[i])
            if layout.unit_row is not None and i < len(rows[layout.unit_row]):
                unit = _strip_brackets(str(rows[layout.unit_row][i] or "")) or unit
            unit = unit if _is_unit(unit) else ""
            layout.channels.append(ChannelMap(i, name, unit, guess_quantity(unit, name)))


def _data_start(kinds: list[list[str]]) -> int:
    """The first row holding numbers (not words) after which most rows do too.

    Tolerates a few bad rows among the data; preamble and header rows are words.
    """
    def is_data(row: list[str]) -> bool:
        filled = [k for k in row if k != "empty"]
        return bool(filled) and "number" in filled and \
            sum(k == "text" for k in filled) <= len(filled) // 4
    filled_rows = [i for i, row in enumerate(kinds) if any(k != "empty" for k in row)]
    data_after = sum(is_data(kinds[i]) for i in filled_rows)
    for position, i in enumerate(filled_rows):
        remaining = len(filled_rows) - position
        if is_data(kinds[i]) and data_after >= 0.5 * remaining:
            return i
        data_after -= is_data(kinds[i])
    return len(kinds)


def _column_kind(kinds: list[str]) -> str:
    filled = [k for k in kinds if k != "empty"]
    if len(filled) < len(kinds) / 2:
        return "empty"
    kind, count = Counter(filled).most_common(1)[0]
    return kind if count >= 0.8 * len(filled) else "text"


def _time_columns(columns: list[list[Any]], kinds: list[str], rows: list[list[Any]],
                  layout: Layout) -> tuple[list[int], str]:
    texts = [[str(c).strip() for c in column if c is not None and str(c).strip()]
             for column in columns]
    for i, kind in enumerate(kinds):
        if kind == "datetime":
            return [i], _best_format(texts[i], DATETIME_FORMATS, columns[i])
    for i, kind in enumerate(kinds[:-1]):
        if kind == "date" and kinds[i + 1] == "time":
            date_format = _best_format(texts[i], DATE_FORMATS, columns[i])
            time_format = _best_format(texts[i + 1], TIME_FORMATS, columns[i + 1])
            return [i, i + 1], f"{date_format} {time_format}"
    names = column_names(rows, layout)
    for i, kind in enumerate(kinds):
        values = [_float(c, layout.decimal) for c in columns[i]]
        values = [v for v in values if v is not None]
        if kind == "number" and values and all(20_000 < v < 80_000 for v in values) and \
                re.search(r"date|time|дата|время", names[i], re.IGNORECASE):
            return [i], EXCEL_SERIAL
    return [], ISO


def _best_format(texts: list[str], formats: tuple[str, ...], cells: list[Any]) -> str:
    """The format that reads all `texts` with the steadiest steps (day-first wins ties)."""
    if any(isinstance(c, (dt.datetime, dt.date, dt.time)) for c in cells):
        return ISO  # the workbook stores real dates
    candidates = _matching(formats, texts[:50], share=0.8)
    if not candidates:
        return ISO
    if len(candidates) == 1 or formats is TIME_FORMATS:
        return candidates[0]

    def spread(fmt: str) -> float:
        stamps = [dt.datetime.strptime(t, fmt).timestamp() for t in texts[:50]
                  if _parses(t, fmt)]
        steps = sorted(abs(b - a) for a, b in zip(stamps, stamps[1:]))
        return steps[len(steps) // 2] if steps else 0.0
    return min(candidates, key=lambda fmt: (spread(fmt), candidates.index(fmt)))


def _float(value: Any, decimal: str) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return float(str(value).strip().replace(decimal, ".")) if value is not None else None
    except ValueError:
        return None


def column_names(rows: list[list[Any]], layout: Layout) -> list[str]:
    """Header text of each column, or "Column N" where there is none."""
    width = max((len(row) for row in rows[layout.data_row:layout.data_row + 50]), default=0)
    header = rows[layout.header_row] if layout.header_row is not None and \
        layout.header_row < len(rows) else []
    width = max(width, len(header))
    names = []
    for i in range(width):
        text = str(header[i]).strip() if i < len(header) and header[i] is not None else ""
        names.append(text or f"#{i + 1}")
    return names


def split_name_unit(header: str) -> tuple[str, str]:
    """`P [kW]`, `P (kW)` or `Мощность, кВт` -> (name, unit); no unit -> (header, "")."""
    for pattern in _UNIT_IN_NAME:
        match = pattern.match(header)
        if match and _is_unit(match.group(2).strip()):
            return match.group(1).strip() or header, match.group(2).strip()
    return header, ""


def _strip_brackets(text: str) -> str:
    return text.strip().strip("[]()").strip()


def _is_unit(text: str) -> bool:
    from recp_audit.units import UnitError, parse_unit

    if not text or text.isdigit() or len(text) > 16 or any(c in text for c in ",;=:"):
        return False
    try:
        parse_unit(text)
    except UnitError:
        return False
    return True


def _looks_like_units(row: list[Any]) -> bool:
    cells = [_strip_brackets(str(c)) for c in row if c is not None and str(c).strip()]
    return bool(cells) and sum(_is_unit(c) for c in cells) >= max(1, len(cells) // 2)
