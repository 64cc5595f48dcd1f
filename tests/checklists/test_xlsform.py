"""Checklists authored in a spreadsheet: converted, validated, errors by sheet/row/column."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import Workbook

from recp_audit.checklists.loader import load_file, load_library
from recp_audit.checklists.template import TemplateError
from recp_audit.checklists.xlsform import read_xlsform
from recp_audit.messages import RecpError

SURVEY = [
    ["type", "name", "label::ru", "label::en", "hint::ru", "hint::en", "relevant", "required",
     "weight", "finding", "unit", "option::ru", "option::en", "category", "calculator"],
    ["begin_group", "boiler", "Котельная", "Boiler house"],
    ["select_one yn", "has_boiler", "Есть свой котёл?", "Own boiler?"],
    ["status", "tuned", "Наладка проводилась", "Combustion tuned", "Режимная карта",
     "Tuning chart", "${has_boiler} = 'yes'", "yes", 2, "no partial", None,
     "Наладка горелок", "Burner tuning", "process_control", "flue-gas-loss"],
    ["decimal", "o2", "O2 в дымовых газах", "Flue-gas O2", None, None,
     "selected(${has_boiler}, 'yes')", None, None, ">5", "%"],
    ["end_group"],
    ["text", "comment", "Комментарий", "Comment"],
]
CHOICES = [["list_name", "name", "label::ru", "label::en", "score"],
           ["yn", "yes", "Да", "Yes", None], ["yn", "no", "Нет", "No", None]]
SETTINGS = [["form_id", "version", "title::ru", "title::en", "area", "audience"],
            ["club.boiler", 3, "Котёл", "Boiler", "energy", "self_diagnosis"]]


def workbook(path, survey=SURVEY, choices=CHOICES, settings=SETTINGS):
    book = Workbook()
    book.active.title = "survey"
    for row in survey:
        book["survey"].append(row)
    for name, rows in (("choices", choices), ("settings", settings)):
        if rows is not None:
            sheet = book.create_sheet(name)
            for row in rows:
                sheet.append(row)
    book.save(path)
    return path


def test_spreadsheet_becomes_a_template(tmp_path):
    template = read_xlsform(workbook(tmp_path / "boiler.xlsx"))
    assert (template.id, template.version, template.audience) == ("club.boiler", 3,
                                                                  "self_diagnosis")
    assert [s.id for s in template.sections] == ["boiler", "main"]
    tuned = template.item("tuned")
    assert tuned.required and tuned.weight == 2 and tuned.finding == ("no", "partial")
    assert tuned.show_if.item == "has_boiler" and tuned.option.calculator == "flue-gas-loss"
    assert tuned.guidance.en == "Tuning chart"
    assert template.item("o2").above == 5 and template.item("o2").unit == "%"


def test_cli_writes_a_yaml_the_library_loads(tmp_path, english):
    source = workbook(tmp_path / "boiler.xlsx")
    result = subprocess.run([sys.executable, "-m", "recp_audit", "import-checklist",
                             str(source)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Imported «Boiler» (4 items, version 3)" in result.stdout
    assert load_library().templates["club.boiler"].item("o2").unit == "%"
    again = subprocess.run([sys.executable, "-m", "recp_audit", "import-checklist",
                            str(source)], capture_output=True, text=True)
    assert again.returncode == 1 and "already exists" in again.stderr
    out = tmp_path / "copy.yaml"
    forced = subprocess.run([sys.executable, "-m", "recp_audit", "import-checklist",
                             str(source), "-o", str(out), "--id", "club.boiler2"],
                            capture_output=True, text=True)
    assert forced.returncode == 0 and load_file(out).id == "club.boiler2"


def error_of(path) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        read_xlsform(path)
    return caught.value


def test_missing_columns_are_named(tmp_path):
    survey = [row[:3] for row in SURVEY]
    error = error_of(workbook(tmp_path / "a.xlsx", survey=survey))
    assert "label::en" in str(error) and "sheet survey, row 1" in str(error)


def test_unknown_type_names_row_and_column(tmp_path):
    survey = SURVEY[:3] + [["slider", "x", "А", "A"]] + SURVEY[3:]
    error = error_of(workbook(tmp_path / "a.xlsx", survey=survey))
    assert str(error.where) == "sheet survey, row 4, column type" and "slider" in str(error)


def test_missing_english_label_points_to_the_row(tmp_path):
    survey = [list(row) for row in SURVEY]
    survey[6][3] = None
    error = error_of(workbook(tmp_path / "a.xlsx", survey=survey))
    assert str(error.where) == "sheet survey, row 7" and "English" in str(error)


def test_bad_relevant_and_unknown_list(tmp_path):
    survey = [list(row) for row in SURVEY]
    survey[3][6] = "${has_boiler} > 2"
    assert "relevant" in str(error_of(workbook(tmp_path / "a.xlsx", survey=survey)).where)
    survey = [list(row) for row in SURVEY]
    survey[2][0] = "select_one colours"
    assert "colours" in str(error_of(workbook(tmp_path / "b.xlsx", survey=survey)))


def test_no_survey_sheet_and_not_a_workbook(tmp_path):
    book = Workbook()
    book.active.title = "Лист1"
    book.save(tmp_path / "c.xlsx")
    assert "no sheet named survey" in str(error_of(tmp_path / "c.xlsx"))
    (tmp_path / "d.xlsx").write_text("not excel")
    with pytest.raises(RecpError, match="d.xlsx is not an Excel workbook"):
        read_xlsform(tmp_path / "d.xlsx")
