"""Reading a logger file (CSV, TSV, XLSX) into a time axis and channel arrays.

Clean delimited files take a fast path through pyarrow's CSV reader, a few
megabytes at a time, each piece parsed on all cores. When that reader meets
anything odd (a ragged row, text in a number column, a time it cannot read,
bytes that are not in the chosen encoding) the file is read again row by row,
so that every problem can be reported with its row and column, and, when the
user allows it, those rows skipped. Workbooks are read
with openpyxl (cached values of formulas; merged cells give empty cells).

Afterwards the series is put in time order, duplicate timestamps are dropped
and gaps are reported but kept as gaps (nothing is interpolated).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from recp_audit.measure import stats
from recp_audit.measure.layout import (EXCEL_SERIAL, ISO, SHEET_ROWS, Layout, column_names,
                                       is_spreadsheet, read_sample)
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.progress import Progress

CONTEXT = "SeriesImport"
FIRST_FEW = 5
_EPOCH = dt.datetime(1970, 1, 1)
_EXCEL_EPOCH_DAYS = 25569  # 1970-01-01 as an Excel serial day (1900 date system)
_MS_PER_DAY = 86_400_000
# Pieces are parsed one after another, each by all of arrow's threads: small enough to keep
# memory bounded and progress and Cancel frequent, large enough to keep the cores busy.
_PIECE_BYTES = 4 << 20


class SeriesImportError(RecpError):
    """A logger file that cannot be imported as mapped; the message says where and why."""


def _error(template: str, **params: Any) -> SeriesImportError:
    return SeriesImportError(Message(CONTEXT, template, params))


@dataclass
class BadRow:
    """A data row that cannot be imported: its row number (1-based), column and reason."""

    row: int
    column: str
    value: str
    reason: str

    def describe(self) -> Message:
        """'row 12, column "P": "abc" is not a number'."""
        if not self.column:
            return Message(CONTEXT, QT_TRANSLATE_NOOP("SeriesImport", "row {row}: {reason}"),
                           {"row": self.row, "reason": Message(CONTEXT, self.reason,
                                                              {"found": self.value})})
        return Message(CONTEXT, QT_TRANSLATE_NOOP(
            "SeriesImport", "row {row}, column \"{column}\": \"{value}\" {reason}"),
            {"row": self.row, "column": self.column, "value": self.value[:40],
             "reason": Message(CONTEXT, self.reason)})


NOT_A_NUMBER = QT_TRANSLATE_NOOP("SeriesImport", "is not a number")
NOT_A_TIME = QT_TRANSLATE_NOOP("SeriesImport", "is not a time in the chosen format")
NO_TIME = QT_TRANSLATE_NOOP("SeriesImport", "has no time")
RAGGED = QT_TRANSLATE_NOOP("SeriesImport", "it has {found} columns, not as many as the other rows")


@dataclass
class ImportedSeries:
    """What a file held: sorted unique times (ms), one float64 array per channel, the
    logger's interval (ms, as `stats.nominal_interval_ms` finds it) and the issues."""

    times: np.ndarray
    values: list[np.ndarray]
    interval_ms: float
    issues: dict[str, Any] = field(default_factory=dict)


class _NeedsRowByRow(Exception):
    """The fast reader met something only the row-by-row reader can report precisely."""


def read_series(path: Path, layout: Layout, progress: Progress | None = None
                ) -> ImportedSeries:
    """The series in `path` as `layout` maps it (raises SeriesImportError, Cancelled)."""
    progress = progress or Progress()
    _check(path, layout)
    sample = read_sample(path, layout.encoding or None, layout.delimiter or None, layout.sheet,
                         guess=False)
    names = column_names(sample.rows, layout)
    if is_spreadsheet(path):
        times, values, skipped = _from_rows(_workbook_rows(path, layout, progress), layout,
                                            names, width=None, file=path.name)
    else:
        widths = Counter(len(row) for row in sample.rows[layout.data_row:] if row)
        width = widths.most_common(1)[0][0] if widths else 0
        try:
            times, values = _fast_csv(path, layout, width, progress)
            skipped = []
        except _NeedsRowByRow:
            times, values, skipped = _from_rows(_text_rows(path, layout, progress), layout,
                                                names, width, file=path.name)
    if not len(times):
        raise _error(QT_TRANSLATE_NOOP("SeriesImport", "{file} has no data rows after row {row}"),
                     file=path.name, row=layout.data_row)
    series = tidy(times, values)
    if skipped:
        series.issues["skipped_rows"] = len({bad.row for bad in skipped})
        series.issues["skipped_first"] = [str(bad.describe()) for bad in skipped[:FIRST_FEW]]
    progress(1.0)
    return series


def _check(path: Path, layout: Layout) -> None:
    if not path.is_file():
        raise _error(QT_TRANSLATE_NOOP("SeriesImport", "{file} does not exist"), file=str(path))
    if path.stat().st_size == 0:
        raise _error(QT_TRANSLATE_NOOP("SeriesImport", "{file} is empty"), file=path.name)
    if not layout.time_columns:
        raise _error(QT_TRANSLATE_NOOP("SeriesImport", "choose the column that holds the time"))
    if not layout.channels:
        raise _error(QT_TRANSLATE_NOOP("SeriesImport", "choose at least one channel to import"))
    clash = [c.name for c in layout.channels if c.column in layout.time_columns]
    if clash:
        raise _error(QT_TRANSLATE_NOOP("SeriesImport", "channel \"{name}\" is the time column"),
                     name=clash[0])


def _fast_csv(path: Path, layout: Layout, width: int, progress: Progress
              ) -> tuple[np.ndarray, list[np.ndarray]]:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    if width == 0:
        return np.empty(0, np.int64), [np.empty(0) for _ in layout.channels]
    names = [f"c{i}" for i in range(width)]
    if max([*layout.time_columns, *(c.column for c in layout.channels)]) >= width:
        raise _NeedsRowByRow()
    types: dict[str, Any] = {names[c.column]: pa.float64() for c in layout.channels}
    parsers: list[Any] = []
    if len(layout.time_columns) == 1 and layout.time_format != EXCEL_SERIAL:
        types[names[layout.time_columns[0]]] = pa.timestamp("ms")
        parsers = [pacsv.ISO8601 if layout.time_format == ISO else layout.time_format]
    elif layout.time_format == EXCEL_SERIAL:
        types[names[layout.time_columns[0]]] = pa.float64()
    else:
        types.update({names[i]: pa.string() for i in layout.time_columns})

    expected_rows = _expected_rows(path)
    columns = _GrowingColumns(1 + len(layout.channels), expected_rows)
    options = {
        "parse_options": pacsv.ParseOptions(delimiter=layout.delimiter,
                                            invalid_row_handler=_refuse_row),
        "convert_options": pacsv.ConvertOptions(
            include_columns=list(types), column_types=types, timestamp_parsers=parsers,
            decimal_point=layout.decimal, strings_can_be_null=True)}
    size = max(path.stat().st_size, 1)
    try:
        for index, (piece, done) in enumerate(_pieces(path, layout.data_row)):
            table = pacsv.read_csv(pa.BufferReader(piece), read_options=pacsv.ReadOptions(
                skip_rows=layout.data_row if index == 0 else 0, column_names=names,
                encoding=_arrow_encoding(layout.encoding)), **options)
            for batch in table.to_batches():
                stamp = _batch_times(batch, names, layout, pa, pc)
                if stamp.null_count:
                    raise _NeedsRowByRow()
                columns.append([stamp.to_numpy(zero_copy_only=False)] + [
                    batch.column(names[channel.column]).to_numpy(zero_copy_only=False)
                    for channel in layout.channels])
            progress(0.9 * done / size)
    except (pa.ArrowInvalid, UnicodeDecodeError):
        raise _NeedsRowByRow() from None
    pa.default_memory_pool().release_unused()  # arrow keeps the pieces' buffers otherwise
    times, *values = columns.result()
    return times, values


def _refuse_row(_row) -> str:
    """Arrow's handler for a row with the wrong number of cells: stop the fast reader."""
    return "error"


def _pieces(path: Path, header_rows: int):
    """(bytes, bytes read so far) of the file in pieces of about `_PIECE_BYTES` that end
    at a line end (LF, CR LF or a lone CR). The first piece holds the header rows and
    one more line at least; later pieces of nothing but blank lines are left out.

    Every encoding offered (UTF-8 and single-byte Cyrillic ones) writes line ends as
    the bytes 0x0A and 0x0D and never uses them inside another character. A piece may
    end between CR and LF; the LF then starts the next piece as a blank line.
    """
    first = True
    carry = b""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(_PIECE_BYTES)
            data = carry + chunk
            if first and chunk and max(data.count(b"\n"), data.count(b"\r")) <= header_rows:
                carry = data
                continue
            end = max(data.rfind(b"\n"), data.rfind(b"\r")) + 1 if chunk else len(data)
            piece, carry = data[:end], data[end:]
            if first or piece.strip():
                yield piece, handle.tell()
            first = False
            if not chunk:
                return


class _GrowingColumns:
    """Equal-length numpy columns filled batch by batch without keeping the batches:
    capacity follows the expected row count, so the data is held about once."""

    def __init__(self, count: int, expected_rows: int):
        self.arrays: list[np.ndarray] | None = None
        self.count = count
        self.expected_rows = expected_rows
        self.rows = 0

    def append(self, parts: list[np.ndarray]) -> None:
        """Copy one batch in."""
        needed = self.rows + len(parts[0])
        if self.arrays is None:
            capacity = max(needed, self.expected_rows)
            self.arrays = [np.empty(capacity, dtype=np.int64 if i == 0 else np.float64)
                           for i in range(self.count)]
        if needed > len(self.arrays[0]):
            capacity = max(needed, int(len(self.arrays[0]) * 1.5))
            self.arrays = [np.resize(array, capacity) for array in self.arrays]
        for array, part in zip(self.arrays, parts):
            array[self.rows:needed] = part
        self.rows = needed

    def result(self) -> list[np.ndarray]:
        """The filled columns (empty ones when nothing was read)."""
        if self.arrays is None:
            return [np.empty(0, dtype=np.int64 if i == 0 else np.float64)
                    for i in range(self.count)]
        return [array[:self.rows] for array in self.arrays]


def _expected_rows(path: Path) -> int:
    """Rows the file probably holds, from its size and the length of its first lines."""
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
    lines = max(head.count(b"\n"), 1)
    return int(path.stat().st_size / (len(head) / lines) * 1.02) + 1024


def _arrow_encoding(encoding: str) -> str:
    return "utf8" if encoding.replace("-", "").lower() in ("utf8", "utf8sig") else encoding


def _batch_times(batch, names: list[str], layout: Layout, pa, pc):
    """The batch's timestamps as int64 milliseconds (nulls where unreadable)."""
    if layout.time_format == EXCEL_SERIAL:
        days = batch.column(names[layout.time_columns[0]])
        return pc.cast(pc.round(pc.multiply(pc.subtract(days, _EXCEL_EPOCH_DAYS),
                                            float(_MS_PER_DAY))), pa.int64())
    if len(layout.time_columns) == 1:
        return batch.column(names[layout.time_columns[0]]).cast(pa.int64())
    joined = pc.binary_join_element_wise(
        *(batch.column(names[i]) for i in layout.time_columns), " ")
    return pc.strptime(joined, format=layout.time_format, unit="ms",
                       error_is_null=True).cast(pa.int64())


RowSource = tuple[int, list[Any]]


def _text_rows(path: Path, layout: Layout, progress: Progress):
    """(row number, cells) of the data rows of a delimited file, read strictly."""
    size = max(path.stat().st_size, 1)
    with open(path, encoding=layout.encoding, newline="") as handle:
        try:
            for index, row in enumerate(csv.reader(handle, delimiter=layout.delimiter)):
                if index >= layout.data_row:
                    yield index + 1, row
                if index % 20_000 == 0:
                    progress(0.8 * handle.buffer.tell() / size)
        except UnicodeDecodeError as exc:
            raise _error(QT_TRANSLATE_NOOP(
                "SeriesImport", "{file} is not in the {encoding} encoding (byte {position} of a "
                         "line read so far cannot be decoded); choose another encoding"),
                file=path.name, encoding=layout.encoding, position=exc.start) from None
        except csv.Error:
            raise _error(QT_TRANSLATE_NOOP(
                "SeriesImport", "{file}, row {row}: the text cannot be split into cells (a "
                                "quote left open or a cell over 128 KB); is it really a "
                                "logger file?"), file=path.name, row=index + 2) from None


def _workbook_rows(path: Path, layout: Layout, progress: Progress):
    """(row number, cells) of the data rows of a worksheet (cached formula values)."""
    from recp_audit.spreadsheets import open_workbook, sheet_rows

    book = open_workbook(path)
    try:
        if layout.sheet and layout.sheet not in book.sheetnames:
            raise _error(QT_TRANSLATE_NOOP("SeriesImport", "{file} has no sheet \"{sheet}\""),
                         file=path.name, sheet=layout.sheet)
        sheet = book[layout.sheet] if layout.sheet else book.worksheets[0]
        total = max(sheet.max_row or 1, 1)
        for index, (number, row) in enumerate(sheet_rows(sheet, path.name, SHEET_ROWS,
                                                         layout.data_row + 1)):
            yield number, row
            if index % 5_000 == 0:
                progress(0.8 * min(number / total, 1.0))
    finally:
        book.close()


def _from_rows(rows, layout: Layout, names: list[str], width: int | None, file: str
               ) -> tuple[np.ndarray, list[np.ndarray], list[BadRow]]:
    """Times and channel values from (row number, cells), with every bad row reported.

    With `width`, text rows with another number of cells are refused (worksheet
    rows are always as wide as the sheet).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    names = [*names, *(f"#{i + 1}" for i in range(len(names), 1 + max(
        [*layout.time_columns, *(c.column for c in layout.channels)])))]
    numbers: list[int] = []
    stamps: list[Any] = []
    cells: list[list[Any]] = [[] for _ in layout.channels]
    bad: list[BadRow] = []
    wanted = [*layout.time_columns, *(c.column for c in layout.channels)]
    for number, row in rows:
        if not any(c is not None and str(c).strip() for c in row):
            continue
        if width is None:  # worksheet rows end at their last value
            row = row + [None] * (max(wanted) + 1 - len(row))
        if (width is not None and len(row) != width) or max(wanted) >= len(row):
            bad.append(BadRow(number, "", str(len(row)), RAGGED))
            continue
        parts = [row[i] for i in layout.time_columns]
        stamps.append(parts[0] if len(parts) == 1 else tuple(parts))
        numbers.append(number)
        for target, channel in zip(cells, layout.channels):
            target.append(row[channel.column])
    keep = np.ones(len(numbers), dtype=bool)
    times = _times(stamps, layout, pa, pc)
    for i in np.flatnonzero(times == np.iinfo(np.int64).min):
        keep[i] = False
        value = stamps[i]
        bad.append(BadRow(numbers[i], names[layout.time_columns[0]],
                          "" if value is None else str(value),
                          NO_TIME if value in (None, "") else NOT_A_TIME))
    values = []
    for target, channel in zip(cells, layout.channels):
        array = np.empty(len(target))
        for i, cell in enumerate(target):
            number = _number(cell, layout.decimal)
            if number is None:
                keep[i] = False
                bad.append(BadRow(numbers[i], names[channel.column], str(cell), NOT_A_NUMBER))
                number = np.nan
            array[i] = number
        values.append(array)
    bad.sort(key=lambda b: b.row)
    if bad and not layout.skip_bad_rows:
        first = bad[0].describe()
        raise SeriesImportError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "SeriesImport", "{file}: {count} row(s) cannot be imported, first {first}; fix the "
                     "file, correct the mapping or choose to skip bad rows"),
            {"file": file, "count": len({b.row for b in bad}), "first": first}))
    return times[keep], [v[keep] for v in values], bad


def _number(cell: Any, decimal: str) -> float | None:
    """A cell as a float: NaN when empty, None when it is not a number."""
    if cell is None:
        return np.nan
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return np.nan
    if decimal == ",":
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _times(stamps: list[Any], layout: Layout, pa, pc) -> np.ndarray:
    """Milliseconds for each stamp; int64 min where a stamp cannot be read."""
    missing = np.iinfo(np.int64).min
    result = np.full(len(stamps), missing, dtype=np.int64)
    texts: list[str | None] = [None] * len(stamps)
    for i, stamp in enumerate(stamps):
        value = _typed_time(stamp, layout)
        if value is not None:
            result[i] = value
        elif isinstance(stamp, tuple):
            texts[i] = " ".join(str(p).strip() for p in stamp if p is not None) or None
        elif isinstance(stamp, str) and stamp.strip():
            texts[i] = stamp.strip()
    pending = [i for i, text in enumerate(texts) if text is not None]
    if pending:
        if layout.time_format == ISO:
            parsed = [_iso_ms(texts[i]) for i in pending]
        else:
            strings = pa.array([texts[i] for i in pending], pa.string())
            parsed = pc.cast(pc.strptime(strings, format=layout.time_format, unit="ms",
                                         error_is_null=True), pa.int64()).to_pylist()
        for i, value in zip(pending, parsed):
            if value is not None:
                result[i] = value
    return result


def _iso_ms(text: str | None) -> int | None:
    try:
        return _ms(dt.datetime.fromisoformat(str(text)))
    except ValueError:
        return None


def _typed_time(stamp: Any, layout: Layout) -> int | None:
    """Milliseconds of a stamp already typed by the workbook (datetime, serial day)."""
    if isinstance(stamp, tuple):
        day, clock = stamp
        if isinstance(day, dt.datetime) and isinstance(clock, dt.time):
            return _ms(dt.datetime.combine(day.date(), clock))
        if isinstance(day, dt.date) and isinstance(clock, dt.time):
            return _ms(dt.datetime.combine(day, clock))
        if isinstance(day, dt.datetime) and isinstance(clock, dt.datetime):
            return _ms(dt.datetime.combine(day.date(), clock.time()))
        return None
    if isinstance(stamp, dt.datetime):
        return _ms(stamp)
    if isinstance(stamp, (int, float)) and not isinstance(stamp, bool):
        if layout.time_format == EXCEL_SERIAL or 20_000 < stamp < 80_000:
            return int(round((float(stamp) - _EXCEL_EPOCH_DAYS) * _MS_PER_DAY))
        return None
    if isinstance(stamp, str) and layout.time_format == EXCEL_SERIAL:
        number = _number(stamp, layout.decimal)
        if number is not None and not np.isnan(number):
            return int(round((number - _EXCEL_EPOCH_DAYS) * _MS_PER_DAY))
    return None


def _ms(moment: dt.datetime) -> int:
    return int((moment.replace(tzinfo=None) - _EPOCH) / dt.timedelta(milliseconds=1))


def to_datetime(ms: int | float) -> dt.datetime:
    """Wall-clock milliseconds back to a naive datetime."""
    return _EPOCH + dt.timedelta(milliseconds=float(ms))


def tidy(times: np.ndarray, values: list[np.ndarray]) -> ImportedSeries:
    """Sort by time, drop repeated timestamps (first kept), report both and the gaps;
    samples that are not finite (NaN, inf, empty) are counted and kept as missing."""
    issues: dict[str, Any] = {}
    left_out = sum(int(np.count_nonzero(~np.isfinite(v))) for v in values)
    if left_out:
        issues["not_finite"] = left_out
        values = [np.where(np.isinf(v), np.nan, v) for v in values]
    steps = np.diff(times)
    backwards = np.flatnonzero(steps < 0)
    if len(backwards):
        issues["out_of_order"] = int(len(backwards))
        issues["out_of_order_first"] = [_iso(times[i + 1]) for i in backwards[:FIRST_FEW]]
        order = np.argsort(times, kind="stable")
        times = times[order]
        values = [v[order] for v in values]
        steps = np.diff(times)
    repeated = np.flatnonzero(steps == 0) + 1
    if len(repeated):
        issues["duplicates"] = int(len(repeated))
        issues["duplicates_first"] = [_iso(times[i]) for i in repeated[:FIRST_FEW]]
        keep = np.ones(len(times), dtype=bool)
        keep[repeated] = False
        times = times[keep]
        values = [v[keep] for v in values]
    interval = stats.nominal_interval_ms(times)
    gaps = stats.find_gaps(times, interval)
    if gaps.count:
        issues["gaps"] = gaps.count
        issues["gap_hours"] = round(gaps.missing_hours, 3)
        issues["gaps_first"] = [[_iso(a), _iso(b)] for a, b in gaps.first]
    return ImportedSeries(times, values, interval, issues)


def _iso(ms: int) -> str:
    return to_datetime(int(ms)).isoformat(sep=" ", timespec="seconds")


def headers_of(path: Path, layout: Layout) -> list[str]:
    """The file's column headers as `layout` reads them (to match import templates)."""
    sample = read_sample(path, layout.encoding or None, layout.delimiter or None, layout.sheet,
                         guess=False)
    return column_names(sample.rows, layout)
