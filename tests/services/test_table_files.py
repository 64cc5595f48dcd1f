"""Table files within a memory budget: the zip directory is checked before a workbook is
opened, rows are read without trusting the size a sheet claims, and a value beyond the
budget is refused naming its cell, in well under a second."""

from __future__ import annotations

import io
import time
import zipfile

import openpyxl
import pytest

from recp_audit import spreadsheets
from recp_audit.services.table_files import TableFileError, column_letter, read_rows


def save(book, path):
    book.save(path)
    return path


def test_a_stray_far_cell_is_named_quickly_and_never_padded(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["enterprise", "name"])
    book.active["XFD2"] = "note"
    path = save(book, tmp_path / "far.xlsx")
    started = time.perf_counter()
    with pytest.raises(TableFileError, match=r"far.xlsx, sheet «Sheet»: a value in cell XFD2 "
                                             r"is beyond the last column read \(ALL\)"):
        read_rows(path)
    assert time.perf_counter() - started < 2


def test_a_value_far_down_is_refused_and_gaps_keep_row_numbers(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"], book.active["B4"] = "header", "value"
    assert read_rows(save(book, tmp_path / "gap.xlsx")) == [["header"], [], [], [None, "value"]]
    book.active["A1048576"] = "note"
    with pytest.raises(TableFileError, match="a value in row 1048576 is beyond the last row"):
        read_rows(save(book, tmp_path / "down.xlsx"))


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for _ in range(40):
                part.write(b"\x00" * (1 << 20))
    assert path.stat().st_size < 200_000
    with pytest.raises(TableFileError, match="bomb.xlsx would unpack to 40 MB"):
        read_rows(path)


def test_a_workbook_that_is_not_one_says_so(tmp_path):
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(TableFileError, match="x.xlsx is not an Excel workbook"):
        read_rows(tmp_path / "x.xlsx")
    good = io.BytesIO()
    openpyxl.Workbook().save(good)
    (tmp_path / "cut.xlsx").write_bytes(good.getvalue()[:2000])
    with pytest.raises(TableFileError, match="cut.xlsx is not an Excel workbook"):
        read_rows(tmp_path / "cut.xlsx")


def test_text_tables_in_utf16_and_cp1251_and_damaged_ones(tmp_path):
    (tmp_path / "u.csv").write_bytes("a,b\nЖ,1\n".encode("utf-16"))
    assert read_rows(tmp_path / "u.csv") == [["a", "b"], ["Ж", "1"]]
    (tmp_path / "w.csv").write_bytes("a;b\nЖ;1\n".encode("cp1251"))
    assert read_rows(tmp_path / "w.csv") == [["a", "b"], ["Ж", "1"]]
    (tmp_path / "d.csv").write_text('a,b\n1,"' + "x" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(TableFileError, match=r"d.csv, row \d+: the text cannot be split"):
        read_rows(tmp_path / "d.csv")


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 999, 16383)] == ["A", "Z", "AA", "ALL", "XFD"]
    assert spreadsheets.cell_name(2, 16383) == "XFD2"
