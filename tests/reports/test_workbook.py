"""The audit workbook and CSV tables: typed cells, Russian and English, formula-safe
text, safe writing, and audits with no data yet."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
import sqlalchemy as sa

from recp_audit.model import Audit, Enterprise
from recp_audit.services import records, reports


@pytest.fixture
def dairy(demo):
    with demo.session() as session:
        return session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))


@pytest.mark.parametrize("language, options_title, milk", [
    ("ru", "Мероприятия", "молоко сырое"), ("en", "Options", "молоко сырое")])
def test_workbook_has_typed_sheets_in_both_languages(demo, dairy, tmp_path, language,
                                                     options_title, milk):
    path = reports.export_workbook(demo, dairy, tmp_path / "dairy.xlsx", language)
    book = openpyxl.load_workbook(path)
    assert options_title in book.sheetnames and len(book.sheetnames) == 9
    baseline = book[book.sheetnames[1]]
    assert baseline.freeze_panes == "A2" and baseline.auto_filter.ref
    rows = list(baseline.iter_rows(min_row=2, values_only=True))
    raw_milk = [row for row in rows if row[1] == milk]
    assert len(raw_milk) == 12
    assert isinstance(raw_milk[0][2], dt.datetime) and isinstance(raw_milk[0][3], (int, float))
    options = book[options_title]
    header = [cell.value for cell in options[1]]
    saving = next(i for i, text in enumerate(header) if "BYN" in str(text))
    values = [row[saving] for row in options.iter_rows(min_row=2, values_only=True)
              if row[saving] is not None]
    assert values and all(isinstance(value, (int, float)) for value in values)


def test_russian_workbook_speaks_russian(demo, dairy, tmp_path):
    book = openpyxl.load_workbook(reports.export_workbook(demo, dairy, tmp_path / "ru.xlsx",
                                                          "ru"))
    profile = book[book.sheetnames[0]]
    assert profile["A1"].value == "Поле" and profile["A2"].value == "Предприятие"
    indicators = book["Показатели РЭЧП"]
    assert indicators["A2"].value.startswith("Энергоэффективность")


def test_a_name_that_looks_like_a_formula_stays_text(workspace, tmp_path):
    enterprise = records.create(workspace, Enterprise, {"name": "=1+1"})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise,
                                              "title": "@SUM(A1:A9)"})
    path = reports.export_workbook(workspace, audit, tmp_path / "evil.xlsx", "en")
    book = openpyxl.load_workbook(path)
    profile = book[book.sheetnames[0]]
    cells = {row[0].value: row[1] for row in profile.iter_rows(min_row=2)}
    assert cells["Enterprise"].value == "=1+1" and cells["Enterprise"].data_type == "s"
    assert cells["Audit"].value == "@SUM(A1:A9)" and cells["Audit"].data_type == "s"
    csv_path = reports.export_csv(workspace, audit, "profile", tmp_path / "evil.csv", "en")
    assert "'=1+1" in csv_path.read_text(encoding="utf-8-sig")


def test_an_audit_with_no_data_yet_gives_empty_tables_not_a_crash(workspace, tmp_path):
    enterprise = records.create(workspace, Enterprise, {"name": "New client"})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "2027"})
    book = openpyxl.load_workbook(reports.export_workbook(workspace, audit,
                                                          tmp_path / "empty.xlsx", "en"))
    assert book["Baseline"].max_row == 1
    indicators = [row[0] for row in book["RECP indicators"].iter_rows(values_only=True)]
    assert any("No output recorded" in str(text) for text in indicators)


def test_csv_for_russian_excel_uses_semicolons_and_decimal_commas(demo, dairy, tmp_path):
    path = reports.export_csv(demo, dairy, "indicators", tmp_path / "ind.csv", "ru",
                              russian_excel=True)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].count(";") == 3 and "0,78" in lines[1]


def test_bad_output_paths_are_refused_and_leave_nothing(demo, dairy, tmp_path):
    from recp_audit.services.reports import ReportError

    with pytest.raises(ReportError, match="does not exist"):
        reports.export_workbook(demo, dairy, tmp_path / "missing" / "x.xlsx", "en")
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(ReportError, match="does not exist"):
        reports.export_workbook(demo, dairy, blocker / "x.xlsx", "en")
    good = tmp_path / "good.xlsx"
    reports.export_workbook(demo, dairy, good, "en")
    before = good.read_bytes()
    with pytest.raises(ReportError, match="no table"):
        reports.export_csv(demo, dairy, "nonsense", good, "en")
    assert good.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_cli_writes_the_workbook(demo, dairy, tmp_path, capsys, english):
    from recp_audit.cli import main

    out = tmp_path / "cli.xlsx"
    assert main(["report", str(demo.path), "--audit", str(dairy), "--lang", "en",
                 "-o", str(out)]) == 0
    assert out.exists() and "Written" in capsys.readouterr().out
    assert main(["report", str(demo.path), "--audit", str(dairy), "-o",
                 str(tmp_path / "no" / "x.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_every_report_text_is_marked_for_translation():
    import inspect
    import re

    from recp_audit.reports import tables

    used = set(re.findall(r'_r\("((?:[^"\\]|\\.)*)", language\)', inspect.getsource(tables)))
    assert used and used <= set(tables.TEXTS)
