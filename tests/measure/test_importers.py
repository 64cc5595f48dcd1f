"""Reading logger files: formats, locales, encodings, time forms and every bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_audit.measure import importers
from recp_audit.measure.importers import SeriesImportError, read_series, tidy, to_datetime
from recp_audit.measure.layout import EXCEL_SERIAL, ChannelMap, read_sample
from recp_audit.progress import Cancelled, Progress

MINUTE = 60_000


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def read(path: Path, **changes):
    layout = read_sample(path).layout
    for key, value in changes.items():
        setattr(layout, key, value)
    return layout, read_series(path, layout)


def ms(text: str) -> int:
    return int((dt.datetime.fromisoformat(text) - dt.datetime(1970, 1, 1))
               / dt.timedelta(milliseconds=1))


def test_iso_comma_separated(tmp_path):
    path = write(tmp_path / "a.csv", "time,P [kW],T (degC)\n2026-11-21 14:05:00,1.5,20\n"
                                     "2026-11-21 14:06:00,1.6,21\n")
    layout, series = read(path)
    assert [c.unit for c in layout.channels] == ["kW", "degC"]
    assert series.times.tolist() == [ms("2026-11-21 14:05"), ms("2026-11-21 14:06")]
    assert series.values[0].tolist() == [1.5, 1.6]


def test_russian_excel_export_cp1251_preamble_split_date_and_time(tmp_path):
    text = ("Прибор: Fluke 1738\nСерийный номер: 4410021\n\n"
            "Дата;Время;P, кВт;cos phi\n"
            "21.11.2026;14:05:00;12,5;0,91\n21.11.2026;14:06:00;12,7;0,92\n"
            "21.11.2026;14:07:00;;0,92\n")
    path = write(tmp_path / "ru.csv", text, "cp1251")
    layout, series = read(path)
    assert (layout.encoding, layout.delimiter, layout.decimal) == ("cp1251", ";", ",")
    assert layout.header_row == 3 and layout.data_row == 4
    assert layout.time_columns == [0, 1]
    assert [(c.name, c.unit, c.quantity) for c in layout.channels] == [
        ("P", "кВт", "active_power"), ("cos phi", "", "power_factor")]
    assert series.times[0] == ms("2026-11-21 14:05")
    assert np.isnan(series.values[0][2])  # an empty cell is a missing value, not an error


def test_utf8_bom_and_unit_row(tmp_path):
    path = write(tmp_path / "bom.csv", "\ufefftime;P;Q\n;kW;kvar\n"
                                       "2026-11-21T14:05:00;1,5;0,5\n2026-11-21T14:06:00;1,6;0,6\n")
    layout, series = read(path)
    assert layout.encoding == "utf-8-sig" and layout.unit_row == 1
    assert [c.unit for c in layout.channels] == ["kW", "kvar"]
    assert series.values[1].tolist() == [0.5, 0.6]


def test_tab_separated_us_dates_with_am_pm(tmp_path):
    path = write(tmp_path / "us.tsv", "Time\tO2 [%]\n11/21/2026 2:05:00 PM\t5.1\n"
                                      "11/21/2026 2:06:00 PM\t5.2\n")
    layout, series = read(path)
    assert layout.delimiter == "\t" and layout.time_format == "%m/%d/%Y %I:%M:%S %p"
    assert series.times[0] == ms("2026-11-21 14:05")


def test_day_first_wins_when_both_orders_read_the_dates(tmp_path):
    rows = "".join(f"0{d}/01/2026 10:00:00,{d}\n" for d in range(1, 6))
    layout, series = read(write(tmp_path / "d.csv", "t,x\n" + rows))
    assert layout.time_format == "%d/%m/%Y %H:%M:%S"
    assert np.diff(series.times).tolist() == [86_400_000] * 4


def test_excel_serial_dates_in_a_csv(tmp_path):
    path = write(tmp_path / "serial.csv", "Date,Flow m3/h\n46347.5,4.2\n46347.50069444,4.3\n")
    layout, series = read(path)
    assert layout.time_format == EXCEL_SERIAL
    assert to_datetime(series.times[0]) == dt.datetime(2026, 11, 21, 12, 0)


def test_workbook_with_dates_formulas_and_merged_header(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Log"
    sheet.append(["Power logger export"])
    sheet.merge_cells("A1:C1")
    sheet.append(["Time", "P, kW", "Double"])
    start = dt.datetime(2026, 11, 21, 14, 5)
    for i in range(5):
        sheet.append([start + dt.timedelta(minutes=i), 10 + i, f"=B{i + 3}*2"])
    path = tmp_path / "log.xlsx"
    book.save(path)
    layout = read_sample(path).layout
    assert layout.sheet == "Log" and layout.time_columns == [0] and layout.data_row == 2
    assert [c.name for c in layout.channels] == ["P"]
    series = read_series(path, layout)
    assert series.values[0].tolist() == [10, 11, 12, 13, 14]
    assert series.times[-1] - series.times[0] == 4 * MINUTE


def test_formula_cells_without_cached_values_are_missing(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Time", "P, kW", "Twice, kW"])
    for i in range(4):
        sheet.append([dt.datetime(2026, 11, 21, 14, i), 1.0 + i, f"=B{i + 2}*2"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    layout = read_sample(path).layout
    layout.channels.append(ChannelMap(2, "Twice", "kW", "active_power"))
    series = read_series(path, layout)
    assert np.isnan(series.values[-1]).all()  # openpyxl wrote no cached values


@pytest.mark.parametrize("text, expected", [
    ("", "is empty"),
    ("time,P kW\n", "no data rows"),
])
def test_empty_and_header_only_files(tmp_path, text, expected):
    path = write(tmp_path / "x.csv", text)
    layout = read_sample(path).layout
    layout.time_columns = [0]
    layout.channels = [ChannelMap(1, "P", "kW", "active_power")]
    with pytest.raises(SeriesImportError, match=expected):
        read_series(path, layout)


BAD = ("t;P kW\n21.11.2026 14:05:00;1,5\n21.11.2026 14:06:00;abc\n"
       "21.11.2026 14:07:00;1,5;7\n21.11.2026 14:08:00;1,6\nxx;1\n21.11.2026 14:09:00;1,7\n")


def test_bad_rows_are_reported_with_row_and_column(tmp_path):
    path = write(tmp_path / "bad.csv", BAD)
    layout = read_sample(path).layout
    with pytest.raises(SeriesImportError) as raised:
        read_series(path, layout)
    message = str(raised.value)
    assert "bad.csv: 3 row(s) cannot be imported" in message
    assert 'row 3, column "P kW": "abc" is not a number' in message


def test_bad_rows_can_be_skipped_and_are_counted(tmp_path):
    path = write(tmp_path / "bad.csv", BAD)
    layout = read_sample(path).layout
    layout.skip_bad_rows = True
    series = read_series(path, layout)
    assert series.values[0].tolist() == [1.5, 1.6, 1.7]
    assert series.issues["skipped_rows"] == 3
    assert series.issues["skipped_first"] == [
        'row 3, column "P kW": "abc" is not a number',
        "row 4: it has 3 columns, not as many as the other rows",
        'row 6, column "t": "xx" is not a time in the chosen format']


def test_a_wrong_encoding_choice_is_reported(tmp_path):
    rows = "".join(f"21.11.2026 14:0{m}:00;1,{m}\n" for m in range(6))
    path = write(tmp_path / "cp.csv", "Время;P, кВт\n" + rows + "21.11.2026 14:07:00;нет\n",
                 "cp1251")
    layout = read_sample(path).layout
    layout.encoding = "utf-8"
    layout.skip_bad_rows = True
    with pytest.raises(SeriesImportError, match="not in the utf-8 encoding"):
        read_series(path, layout)
    preview = read_sample(path, encoding="utf-8")
    assert "\ufffd" in preview.rows[0][0]  # the preview shows the wrong guess


def test_duplicates_reordering_and_gaps_are_reported_and_handled(tmp_path):
    rows = ["2026-11-21 14:00:00,1", "2026-11-21 14:01:00,2", "2026-11-21 14:01:00,9",
            "2026-11-21 14:03:00,4", "2026-11-21 14:02:00,3", "2026-11-21 14:04:00,5",
            "2026-11-21 15:00:00,6", "2026-11-21 15:01:00,7"]
    _layout, series = read(write(tmp_path / "t.csv", "time,P kW\n" + "\n".join(rows) + "\n"))
    assert series.values[0].tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert series.issues["duplicates"] == 1
    assert series.issues["duplicates_first"] == ["2026-11-21 14:01:00"]
    assert series.issues["out_of_order"] == 1
    assert series.issues["gaps"] == 1
    assert series.issues["gaps_first"] == [["2026-11-21 14:04:00", "2026-11-21 15:00:00"]]


def test_cancelling_stops_the_read(tmp_path):
    rows = "".join(f"2026-11-21 14:{m:02d}:00,{m}\n" for m in range(60))
    path = write(tmp_path / "c.csv", "time,P kW\n" + rows)
    with pytest.raises(Cancelled):
        read_series(path, read_sample(path).layout, Progress(is_cancelled=lambda: True))


def test_the_fast_and_the_row_by_row_reader_agree(tmp_path):
    rows = "".join(f"21.11.2026 {h:02d}:{m:02d}:00;{h},{m:02d};{m}\n"
                   for h in range(3) for m in range(60))
    good = write(tmp_path / "good.csv", "t;P kW;Q kvar\n" + rows)
    bad = write(tmp_path / "bad.csv", "t;P kW;Q kvar\n" + rows + "oops;1;2\n")
    layout = read_sample(good).layout
    fast = read_series(good, layout)
    layout.skip_bad_rows = True
    slow = read_series(bad, layout)
    assert np.array_equal(fast.times, slow.times)
    for a, b in zip(fast.values, slow.values):
        assert np.array_equal(a, b)


@settings(max_examples=40, deadline=None)
@given(piece=st.integers(16, 400), line_end=st.sampled_from(["\n", "\r\n", "\r"]),
       blanks=st.sets(st.integers(0, 89), max_size=6), last_line_end=st.booleans())
def test_a_file_read_in_pieces_is_read_whole(tmp_path_factory, piece, line_end, blanks,
                                              last_line_end):
    """The fast reader takes the file a few megabytes at a time; wherever the pieces
    end (here every 16 to 400 bytes), every row is read once and only once."""
    lines = ["Logger: PQ-box;;", "Serial: 81;;", "", "Время;P, кВт;Q, квар"]
    for minute in range(90):
        if minute in blanks:
            lines.append("")
        lines.append(f"21.11.2026 {minute // 60:02d}:{minute % 60:02d}:00;{minute},5;-{minute}")
    text = line_end.join(lines) + (line_end if last_line_end else "")
    path = write(tmp_path_factory.mktemp("pieces") / "p.csv", text)
    layout = read_sample(path).layout
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importers, "_PIECE_BYTES", piece)
        patch.setattr(importers, "_text_rows", None)  # the row-by-row reader must not be needed
        series = read_series(path, layout)
    assert series.times.tolist() == [ms("2026-11-21 00:00") + m * MINUTE for m in range(90)]
    assert series.values[0].tolist() == [m + 0.5 for m in range(90)]
    assert series.values[1].tolist() == [-float(m) for m in range(90)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=60))
def test_tidy_gives_sorted_unique_times_from_the_input(stamps):
    times = np.array(stamps, dtype=np.int64) * 1000
    values = np.arange(len(stamps), dtype=float)
    result = tidy(times, [values])
    assert np.all(np.diff(result.times) > 0)
    assert set(result.times.tolist()) == set(times.tolist())
    first_value = {}
    for stamp, value in zip(times.tolist(), values.tolist()):
        first_value.setdefault(stamp, value)
    assert result.values[0].tolist() == [first_value[t] for t in result.times.tolist()]
