"""The assessment PDF: both languages, key values in the text, Russian text embedded,
every report text marked for translation, no-data audits and damaged photos."""

from __future__ import annotations

import openpyxl
import pypdf
import pytest
import sqlalchemy as sa

from recp_audit.model import Audit, Enterprise
from recp_audit.reports.format import general, number
from recp_audit.services import options, photos, records, reports


@pytest.fixture
def dairy(demo):
    with demo.session() as session:
        return session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))


def text_of(path) -> str:
    """The PDF's text with line breaks and non-breaking spaces as plain spaces."""
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("language, heading, plan", [
    ("ru", "Отчёт об оценке РЭЧП", "План действий"),
    ("en", "RECP assessment report", "Action plan")])
def test_assessment_pdf_holds_the_audits_numbers(demo, dairy, tmp_path, language, heading,
                                                 plan):
    path = reports.export_pdf(demo, dairy, tmp_path / f"dairy_{language}.pdf", language)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 8
    text = text_of(path)
    assert heading in text and plan in text
    assert "ОАО «Борисовские молочные продукты»" in text  # Cyrillic in both languages
    total = options.totals(options.options(demo, dairy), "BYN")
    assert number(total.money, language).replace("\u00a0", " ") in text
    fonts = [font.get_object() for font in reader.pages[1]["/Resources"]["/Font"].values()]
    embedded = [font for font in fonts if "DejaVuSans" in str(font.get("/BaseFont"))]
    assert embedded  # the shipped Unicode font, subset and embedded
    assert ("ПРОСРОЧЕНА" if language == "ru" else "OVERDUE") in text  # the IR thermometer


def test_every_pdf_text_used_is_marked_for_translation(demo, dairy, tmp_path, monkeypatch):
    from recp_audit.reports import pdf_assessment

    used = set()
    original = pdf_assessment.translate

    def recording(context, source, language):
        if context == "PdfReport":
            used.add(source)
        return original(context, source, language)
    monkeypatch.setattr(pdf_assessment, "translate", recording)
    pdf_assessment.build_assessment_pdf(demo, dairy, str(tmp_path / "x.pdf"), "ru")
    assert used and used <= set(pdf_assessment.TEXTS)


def test_an_audit_with_no_data_gets_a_short_report_saying_so(workspace, tmp_path):
    enterprise = records.create(workspace, Enterprise, {"name": "A" * 300})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise,
                                              "title": "Новый аудит " + "очень " * 45})
    path = reports.export_pdf(workspace, audit, tmp_path / "empty.pdf", "ru")
    text = text_of(path)
    assert "Пока не записано." in text
    assert "Выпуск продукции не записан" in text


def test_a_damaged_photo_becomes_a_placeholder(demo, dairy, tmp_path):
    from recp_audit.model import Blob
    from recp_audit.services.measurements import points_of

    point = points_of(demo, dairy)[0]
    good = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    try:
        photos.add_photo(demo, point.id, good, "broken.png")
    except Exception:  # the photo service may refuse it; then damage a stored one
        pass
    with demo.transaction() as session:
        for blob in session.scalars(sa.select(Blob).where(Blob.media_type.like("image/%"))):
            blob.data = b"not an image any more"
    path = reports.export_pdf(demo, dairy, tmp_path / "photos.pdf", "en")
    assert "cannot be shown (its data is damaged)" in text_of(path)


@pytest.fixture
def bakery(demo):
    from recp_audit.choices import AuditKind

    with demo.session() as session:
        return session.scalar(sa.select(Audit.id).where(Audit.kind == AuditKind.SELF_DIAGNOSIS))


def test_self_diagnosis_report_is_short_plain_and_russian_first(demo, bakery, tmp_path):
    from recp_audit.services.checklists import results

    path = reports.export_pdf(demo, bakery, tmp_path / "self.pdf", "ru", "self-diagnosis")
    assert 2 <= len(pypdf.PdfReader(path).pages) <= 4
    text = text_of(path)
    score = number(results(demo, bakery).overall.percent, "ru")
    assert "Самодиагностика" in text and f"{score} %" in text
    assert "Сильные стороны" in text and "Что делать дальше" in text
    assert "Заменить лампы на светодиодные" in text  # a suggestion from a finding


def test_self_diagnosis_without_answers_says_what_is_missing(workspace, tmp_path):
    enterprise = records.create(workspace, Enterprise, {"name": "Пекарня"})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "Весна",
                                              "kind": "self_diagnosis"})
    text = text_of(reports.export_pdf(workspace, audit, tmp_path / "s.pdf", "ru",
                                      "self-diagnosis"))
    assert "Ответов пока нет" in text


@pytest.fixture
def park(demo):
    from recp_audit.model import Park

    with demo.session() as session:
        return session.scalar(sa.select(Park.id))


def test_park_report_totals_every_enterprise(demo, park, tmp_path):
    from recp_audit.reports.park import summaries

    name, currency, found = summaries(demo, park)
    assert len(found) == 4 and currency == "BYN"
    text = text_of(reports.export_park(demo, park, tmp_path / "park.pdf", "ru"))
    assert "Отчёт по парку" in text and name in text
    assert number(sum(f.money for f in found), "ru").replace("\u00a0", " ") in text
    for item in found:
        assert item.name.split("«")[1][:10] in text
    book = openpyxl.load_workbook(reports.export_park(demo, park, tmp_path / "park.xlsx", "en",
                                                      "xlsx"))
    enterprises = book["Enterprises"]
    assert enterprises.max_row == 6  # header, four enterprises, the park total
    assert enterprises.cell(6, 1).value == "Park total"
    assert book["Options across the park"].max_row == 1 + sum(len(f.options) for f in found)


def test_park_report_on_the_command_line(demo, park, tmp_path, capsys, english):
    from recp_audit.cli import main

    path = demo.path
    assert main(["report", str(path), "--park", str(park), "-o", str(tmp_path / "p.pdf")]) == 0
    assert main(["report", str(path), "--park", str(park), "--format", "csv",
                 "-o", str(tmp_path / "p.csv")]) == 1
    assert "pdf or xlsx" in capsys.readouterr().err
    assert main(["report", str(path), "--park", "x", "-o", str(tmp_path / "p.pdf")]) == 1
    assert "is not a park id" in capsys.readouterr().err


def test_a_long_header_is_shortened_to_fit_the_page():
    from reportlab.pdfbase import pdfmetrics

    from recp_audit.reports.pdf_assessment import FONT, fit_text, register_fonts

    register_fonts()
    shortened = fit_text("Очень длинное название " * 20, 480, 7.5)
    assert shortened.endswith("…") and pdfmetrics.stringWidth(shortened, FONT, 7.5) <= 480
    assert fit_text("Короткое", 480, 7.5) == "Короткое"


def test_readings_are_written_with_the_languages_decimal_mark():
    assert general(4.2, "ru") == "4,2" and general(4.2, "en") == "4.2"
    assert general(0.06720001, "ru", 3) == "0,0672"
    assert general(1.5e-7, "ru") == "1,5e-07"
    assert general(None, "ru") == "—"


def test_narrow_columns_keep_numbers_and_short_words_whole_and_hyphenate_long_ones():
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph

    from recp_audit.reports.format import SOFT_HYPHEN, hyphenated
    from recp_audit.reports.pdf_assessment import (CELL_PADDING, Styles, fitted_widths,
                                                   register_fonts)

    register_fonts()
    styles = Styles.make("ru")
    rows = [["Мероприятие", "Окупаемость, лет", "Затраты, BYN"],
            ["Обследование конденсатоотводчиков", "0,37", "1\u00a0186\u00a0314"]]
    widths = fitted_widths(rows, [60 * mm, 10 * mm, 10 * mm], styles, numeric_from=1)
    assert sum(widths) == pytest.approx(80 * mm) and widths[0] < 60 * mm
    number = pdfmetrics.stringWidth("1\u00a0186\u00a0314", styles.cell.fontName,
                                    styles.cell.fontSize)
    assert widths[2] >= number + CELL_PADDING  # a number is never broken
    header = Paragraph("Затраты, BYN", styles.cell_bold)  # a word shorter than
    header.wrap(widths[2] - CELL_PADDING, 100)  # HYPHENATED_WORD is kept whole
    assert header.blPara.lines[0][1][0] == "Затраты,"
    # a word too long for its column breaks at a syllable, with a hyphen, also alone on
    # its line, where reportlab's own hyphenation would cut it anywhere
    for width in (13 * mm, 15 * mm, 18 * mm):  # "Выбрано" fits, "мероприятий" does not
        cell = Paragraph(hyphenated("Выбрано мероприятий", "ru"), styles.cell)
        cell.wrap(width, 100)
        lines = [" ".join(line[1]).replace(SOFT_HYPHEN, "") for line in cell.blPara.lines]
        rejoined = ""
        for line in lines:  # a break without a hyphen would come back as a space
            rejoined += line[:-1] if line.endswith("-") else line + " "
        assert len(lines) > 1 and rejoined.strip() == "Выбрано мероприятий"
    # columns with room to spare are left as they were
    assert fitted_widths(rows, [60 * mm, 30 * mm, 30 * mm], styles, numeric_from=1) == \
        [60 * mm, 30 * mm, 30 * mm]


def test_a_bar_label_is_wrapped_to_two_lines_and_shortened_between_words():
    from reportlab.pdfbase import pdfmetrics

    from recp_audit.reports.pdf_assessment import (CHART_LABEL_SIZE, FONT, fitted_label,
                                                   register_fonts)

    register_fonts()
    title = "Повторное использование воды последнего ополаскивания CIP на подпитку градирни"
    lines = fitted_label(title, 150).split("\n")
    assert len(lines) == 2 and lines[1].endswith(" …")
    assert all(pdfmetrics.stringWidth(line, FONT, CHART_LABEL_SIZE) <= 150 for line in lines)
    assert title.startswith(" ".join(lines)[:-2])  # whole words, in order
    assert fitted_label("Котёл", 150) == "Котёл"


def test_calculation_inputs_are_stated_by_their_labels_in_the_reports_language():
    from recp_audit.calc import CALCULATORS
    from recp_audit.reports.calc_inputs import stated_inputs, stated_sources

    pipe = CALCULATORS["pipe-heat-loss"]
    inputs = {"outer_diameter": "108 mm", "surface_temperature": "99 degC", "hours": "8000 h"}
    stated = [line.replace("\u00a0", " ") for line in
              stated_inputs(pipe, inputs, {"surface_temperature": "1.5 degC"}, "ru")]
    assert "наружный диаметр трубы = 108 мм" in stated
    assert "часов в год = 8 000 ч" in stated
    assert any(line.endswith("= 99 °C ± 1,5 °C") for line in stated)
    english = stated_inputs(pipe, inputs, {}, "en")
    assert "hours per year = 8\u00a0000\u00a0h" in english
    assert stated_sources(pipe, {"surface_temperature": "Паропровод"}, "ru")[0] \
        .endswith(": Паропровод") and "surface_temperature" not in stated_sources(
            pipe, {"surface_temperature": "x"}, "ru")[0]
    assert stated_inputs(pipe, {"gone": "1"}, {}, "ru") == ["gone = 1"]
