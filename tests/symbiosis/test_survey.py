"""Importing a park's tenant survey: enterprises and streams made, every problem named by
row and column, warnings that keep rows, nothing written while errors remain."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from recp_audit.model import Park
from recp_audit.paths import resource_path
from recp_audit.services import records, survey_import, symbiosis
from recp_audit.services.survey_template import headers, write_template

HEADER = ("Предприятие;ОКЭД;Координаты;Направление;Вид;Наименование;Код отхода;Количество;"
          "Ед. изм.;Месяцы;Температура;Примечания\n")


@pytest.fixture
def park(workspace):
    return records.create(workspace, Park, {"name": "Test park"})


def write(tmp_path, body: str, name: str = "survey.csv", encoding: str = "cp1251"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding=encoding)
    return path


def test_a_survey_creates_enterprises_and_streams(workspace, park, tmp_path):
    path = write(tmp_path,
                 "ООО «Древпром»;16100;53,912 27,561;предлагает;материал;Опилки древесные;"
                 "030105;3000;т;;;сухие\n"
                 "ООО «Древпром»;16100;53,912 27,561;предлагает;;Кора;03 01 01;800;т;апр-окт;;\n"
                 "Пеллетный завод;16.26;53.95, 27.60;требуется;material;Sawdust;;5000;t;;;\n"
                 "Котельная;35300;53,90 27,55;output;энергия;Горячая вода;;8000;MWh;10-4;70;\n")
    result = survey_import.import_survey(workspace, path, park)
    assert (result.enterprises_created, result.streams_added, result.warnings) == (3, 4, [])
    rows = {row.name: row for row in symbiosis.streams(workspace, park)}
    sawdust = rows["Опилки древесные"]
    assert (sawdust.enterprise, sawdust.nace, sawdust.ewc_code) == ("ООО «Древпром»", "16.1",
                                                                   "03 01 05")
    assert (sawdust.quantity, sawdust.unit, sawdust.quality) == (3000, "т", "сухие")
    assert rows["Кора"].months == (4, 5, 6, 7, 8, 9, 10)
    assert rows["Горячая вода"].months == (10, 11, 12, 1, 2, 3, 4) or \
        sorted(rows["Горячая вода"].months) == [1, 2, 3, 4, 10, 11, 12]
    assert rows["Горячая вода"].temperature == 70
    assert str(rows["Sawdust"].direction) == "input"
    found = symbiosis.match(workspace, park)
    assert [(r.match.supplier.name, r.match.receiver.name) for r in found][:1] == [
        ("Опилки древесные", "Sawdust")]


def test_bad_cells_are_named_by_row_and_column_and_nothing_is_written(workspace, park,
                                                                      tmp_path):
    path = write(tmp_path,
                 "Ферма;01410;53,8 27,4;требуется;материал;Корма;;4000;т;;;\n"
                 "Котельная;35300;53,9 27,5;предлагает;энергия;Пар;;;MWh;;xx;\n"
                 ";01410;53,8 27,4;вход;материал;Корма 3;;4000;т;;;\n"
                 "Завод;01410;53,8 27,4;вниз;материал;Корма 4;;4000;т;;;\n"
                 "Завод;01410;53,8 27,4;вход;материал;Корма 5;;4000;кг/м;13;;\n")
    with pytest.raises(survey_import.SurveyImportError) as caught:
        survey_import.import_survey(workspace, path, park)
    message = str(caught.value)
    assert "3 problem(s), nothing imported" in message
    assert "row 4, column A (Предприятие): the enterprise is not named" in message
    assert "row 5, column D (Направление)" in message
    assert "row 6, column J (Месяцы)" in message
    assert "row 6, column I (Ед. изм.)" not in message  # kg/m is a unit, only odd here
    assert symbiosis.streams(workspace, park) == []
    result = survey_import.import_survey(workspace, path, park, skip_bad_rows=True)
    assert result.streams_added == 2  # a temperature "xx" is a warning, kept in the notes
    steam = next(row for row in symbiosis.streams(workspace, park) if row.name == "Пар")
    assert steam.temperature is None and "Температура: xx" in steam.quality  # under the file's heading
    assert any("\"xx\" is not a degC" in str(p) or "xx" in str(p) for p in result.warnings)


def test_warnings_keep_their_rows(workspace, park, tmp_path):
    path = write(tmp_path,
                 "ООО «Альфа»;16100;;предлагает;материал;Oпилки;99 99 99;100;;;;\n"
                 "ООО \"Альфа\";16290;53,9 27,5;предлагает;материал;Кора;1710700;50;т;;;\n"
                 "OOO «Альфа»;16100;;предлагает;материал;Щепа;03 01 05;50;т;;;\n")
    plan = survey_import.check(workspace, path, park)
    assert plan.errors == []
    text = [str(p) for p in plan.problems]
    assert "row 2, column A (Предприятие): ООО «Альфа» has no coordinates: distances to it " \
           "stay unknown" in text
    assert any("99 99 99 is not in the European Waste Catalogue" in t for t in text)
    assert any("row 2, column H (Количество): the quantity has no unit" in t for t in text)
    assert any("row 3, column G" in t and "kept as the national waste code" in t for t in text)
    assert any("row 3, column A" in t and "\"ООО \"Альфа\"\" is taken as the enterprise" in t
               for t in text)
    assert any("row 3" in t and "16.2 here is taken as a further activity" in t for t in text)
    result = survey_import.apply(workspace, plan)
    assert (result.enterprises_created, result.streams_added) == (1, 3)
    rows = {row.name: row for row in symbiosis.streams(workspace, park)}
    assert rows["Oпилки"].ewc_code == "99 99 99" and rows["Oпилки"].unit == ""
    assert rows["Кора"].ewc_code == ""
    assert rows["Щепа"].enterprise == "ООО «Альфа»"  # Latin OOO is the same name
    with workspace.session() as session:
        from recp_audit.model import Enterprise, Stream

        firm = session.query(Enterprise).filter_by(name="ООО «Альфа»").one()
        assert (firm.latitude, firm.longitude) == (53.9, 27.5)  # the row that gave them
        assert (firm.nace_code, firm.other_nace_codes) == ("16.1", "16.2")
        assert session.query(Stream).filter_by(name="Кора").one().national_code == "1710700"


def test_importing_again_updates_instead_of_duplicating(workspace, park, tmp_path):
    first = write(tmp_path, "Ферма;01410;53,8 27,4;требуется;материал;Корма;;4000;т;;;\n")
    survey_import.import_survey(workspace, first, park)
    second = write(tmp_path, "ферма ;01410;53,8 27,4;требуется;материал;корма;;4500;т;;;\n"
                             "Ферма;01410;53,8 27,4;требуется;энергия;Тепло;;50;MWh;;40;\n",
                   "second.csv")
    result = survey_import.import_survey(workspace, second, park)
    assert (result.enterprises_created, result.enterprises_reused) == (0, 1)
    assert (result.streams_added, result.streams_updated) == (1, 1)
    assert sorted((r.name, r.quantity) for r in symbiosis.streams(workspace, park)) == [
        ("Тепло", 50), ("корма", 4500)]  # the new spelling is kept


def test_files_that_cannot_be_read_say_why(workspace, park, tmp_path):
    with pytest.raises(survey_import.SurveyImportError, match="does not exist"):
        survey_import.check(workspace, tmp_path / "none.xlsx", park)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(survey_import.SurveyImportError, match="not an Excel workbook"):
        survey_import.check(workspace, broken, park)
    other = tmp_path / "other.csv"
    other.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(survey_import.SurveyImportError,
                       match="no column enterprise, direction, name"):
        survey_import.check(workspace, other, park)


def test_the_shipped_templates_are_what_the_importer_reads(workspace, park, tmp_path):
    shipped = resource_path("templates", "symbiosis_survey.xlsx")
    book = openpyxl.load_workbook(shipped)
    assert book.sheetnames == ["survey", "help"]
    assert [c.value for c in book["survey"][1]] == headers()
    assert [c.value for c in next(book["survey"].iter_rows(max_row=1))] == headers()
    columns = survey_import._columns(headers(), "template")
    assert len(columns) == len(headers())  # every template column is understood
    csv_text = resource_path("templates", "symbiosis_survey.csv").read_text("utf-8-sig")
    assert next(csv.reader(io.StringIO(csv_text))) == headers()
    filled = write_template(tmp_path / "filled.xlsx")
    book = openpyxl.load_workbook(filled)
    book["survey"].append(["Ферма", "01.41", 53.8, 27.4, "input", "material", "Корма", None,
                           None, None, None, 4000, "t"])
    book.save(filled)
    assert survey_import.import_survey(workspace, filled, park).streams_added == 1
    with pytest.raises(survey_import.SurveyImportError, match="has no rows under its header"):
        survey_import.check(workspace, shipped, park)


def test_a_survey_filled_as_tenants_fill_it_loses_nothing(workspace, tmp_path):
    """Quantities per year, month or day in the words tenants use, prices with «руб»,
    an EWC code that Excel turned into a number: every row imported, every value read or
    kept in the notes, and each finding named by row and column in Russian."""
    from recp_audit.reports.catalog import message_text

    park = records.create(workspace, Park, {"name": "Парк", "country": "Беларусь"})
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Предприятие", "ОКЭД", "Координаты", "Направление", "Вид", "Наименование",
                  "Код отхода", "Количество", "Ед. изм.", "Температура", "Цена", "Валюта"])
    rows = [
        ("Лесхоз", "02200", "53,9 27,5", "предлагает", "материал", "Опилки", 30105, "3 000",
         "т/год", None, "12 руб/т", None),
        ("Лесхоз", "02200", "53,9 27,5", "предлагает", "материал", "Кора", "030101", 800,
         "тонн в год", None, None, None),
        ("Хлебозавод", "10710", "53,91 27,52", "предлагает", "материал", "Хлебная крошка",
         None, "2,5", "тн", None, "0,05 руб/кг", None),
        ("Котельная", "35300", "53,92 27,53", "предлагает", "энергия", "Горячая вода", None,
         "1 200", "Гкал/год", "70 °С", None, None),
        ("Очистные", "37000", "53,93 27,54", "предлагает", "вода", "Очищенные стоки", None,
         "450", "м3/сут", None, "0,4", "бел. руб."),
        ("Мебельная фабрика", "31090", "53,94 27,55", "предлагает", "материал", "Обрезки ДСП",
         None, 20, "шт/мес", None, None, None),
        ("Теплица", "01130", "53,95 27,56", "требуется", "вода", "Вода для полива", None,
         "3 000", "куб.м", None, "1,2", "руб"),
    ]
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "опрос.xlsx"
    book.save(path)
    plan = survey_import.check(workspace, path, park)
    assert plan.errors == [] and len(plan.streams) == len(rows)  # nothing dropped
    streams = {values["name"]: values for _, values in plan.streams}
    assert (streams["Опилки"]["quantity"], streams["Опилки"]["unit"]) == (3000, "t")
    assert streams["Опилки"]["ewc_code"] == "03 01 05"
    assert (streams["Опилки"]["price"], streams["Опилки"]["currency"]) == (12, "BYN")
    assert streams["Кора"]["quantity"] == 800 and streams["Кора"]["unit"] == "t"
    assert streams["Хлебная крошка"]["quantity"] == 2.5
    assert streams["Хлебная крошка"]["price"] == pytest.approx(50)  # 0,05 руб/кг = 50 руб/т
    assert (streams["Горячая вода"]["quantity"], streams["Горячая вода"]["unit"]) == \
        (1200, "Gcal")
    assert streams["Горячая вода"]["temperature"] == 70
    assert streams["Очищенные стоки"]["quantity"] == pytest.approx(450 * 365.25)
    assert streams["Очищенные стоки"]["currency"] == "BYN"
    assert streams["Обрезки ДСП"]["quantity"] == 240 and streams["Обрезки ДСП"]["unit"] == \
        "piece"
    assert streams["Вода для полива"]["currency"] == "BYN"  # «руб» in a Belarusian park
    said = [message_text(p.described(), "ru") for p in plan.problems]
    assert any(text.startswith("строка 2, столбец G") and "03 01 05" in text for text in said)
    assert any(text.startswith("строка 6, столбец H") and "164 362" in text for text in said)
    assert all(not any(word in text for word in ("row ", "column", " is ", " the "))
               for text in said), said  # wholly in Russian

    abroad = records.create(workspace, Park, {"name": "Парк без страны"})
    plan = survey_import.check(workspace, path, abroad)
    irrigation = next(values for _, values in plan.streams
                      if values["name"] == "Вода для полива")
    assert "price" not in irrigation and "1,2 руб" in irrigation["quality"]  # asked, kept
    assert any(p.column == "L" and "BYN" in str(p) for p in plan.problems)


def test_activity_codes_are_kept_exactly_and_repairs_are_said(workspace, tmp_path):
    park = records.create(workspace, Park, {"name": "Парк", "country": "Беларусь"})
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Предприятие", "ОКЭД", "Направление", "Наименование"])
    for row in (("Ферма", 1460, "требуется", "Корма"),  # OKED 01460 typed in Excel
                ("Пеллеты", "16.29", "требуется", "Опилки"),  # NACE Rev. 2 class
                ("Склад", 1610, "требуется", "Поддоны")):  # 16.10 or OKED 01610?
        sheet.append(list(row))
    path = tmp_path / "коды.xlsx"
    book.save(path)
    plan = survey_import.check(workspace, path, park)
    firms = {e.name: e.values for e in plan.enterprises.values()}
    assert firms["Ферма"]["nace_code"].startswith("01.4")  # not 14, clothing
    assert firms["Ферма"]["national_code"] == "01460"
    assert firms["Пеллеты"]["national_code"] == "16.29"  # kept exactly
    assert "nace_code" not in firms["Склад"]  # asked, not guessed
    said = {p.row: p for p in plan.problems if p.column == "B"}
    assert {2, 4} <= set(said)


def test_an_enterprise_may_carry_on_several_activities(workspace, park, tmp_path):
    from recp_audit.model import Enterprise
    import sqlalchemy as sa

    path = write(tmp_path,
                 "ЖКХ Борисов;35.30; 37.00;54,2 28,5;предлагает;энергия;Тепло;;900;Гкал;;80;\n"
                 "Водоканал;36.00;54,21 28,51;предлагает;материал;Осадок;;100;т;;;\n"
                 "Водоканал;37.00;54,21 28,51;требуется;материал;Стоки;;100;т;;;\n")
    path.write_text(path.read_text(encoding="cp1251").replace("35.30; 37.00", "35.30\n37.00")
                    .replace("ЖКХ Борисов;35.30\n37.00", "ЖКХ Борисов;\"35.30\n37.00\""),
                    encoding="cp1251")
    survey_import.import_survey(workspace, path, park)
    with workspace.session() as session:
        found = {e.name: (e.nace_code, e.other_nace_codes)
                 for e in session.scalars(sa.select(Enterprise))}
    sewerage = found["Водоканал"][1]  # the second row's code is a further activity
    assert sewerage.startswith("37") and found["Водоканал"][0].startswith("36")
    assert found["ЖКХ Борисов"] == ("35.30", sewerage)


def test_the_national_waste_code_is_read_and_takes_part_through_its_mapping(workspace, park,
                                                                         tmp_path):
    path = tmp_path / "national.csv"
    path.write_text("Предприятие;Направление;Наименование;Национальный код;Код отхода;"
                    "Количество;Ед. изм.\n"
                    "Табачная фабрика;предлагает;Жилки табачного листа;114 02 02;;40;т\n"
                    "Табачная фабрика;предлагает;Пыль;12345;;5;т\n"
                    "Табачная фабрика;предлагает;Обрезки;;ХЗ-12;5;т\n", encoding="utf-8")
    plan = survey_import.check(workspace, path, park)
    text = [str(p) for p in plan.problems]
    assert plan.errors == []
    assert any("row 3" in t and "\"12345\" is not a national waste code" in t for t in text)
    assert any("row 4" in t and "neither an EWC code" in t for t in text)
    survey_import.apply(workspace, plan)
    rows = {row.name: row for row in symbiosis.streams(workspace, park)}
    assert rows["Пыль"].quality == "Национальный код: 12345"  # the file's own heading
    assert rows["Обрезки"].quality == "Код отхода: ХЗ-12"
    offers = {offer.name: offer for offer in symbiosis.offers(workspace, park)}
    assert offers["Жилки табачного листа"].ewc == "02 03 04"  # the reviewed mapping
    assert offers["Пыль"].ewc == ""
