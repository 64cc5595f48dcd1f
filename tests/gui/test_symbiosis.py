"""The park's symbiosis page and the audit's streams area, driven offscreen on the demo."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from recp_audit.choices import CandidateStatus
from recp_audit.model import Audit, Enterprise, Park
from recp_audit.services import symbiosis


@pytest.fixture
def park(demo):
    with demo.session() as session:
        return session.scalar(sa.select(Park.id))


@pytest.fixture
def page(qtbot, demo, park):
    from recp_audit.gui.pages.symbiosis import SymbiosisPage

    widget = SymbiosisPage(demo, park, "en")
    qtbot.addWidget(widget)
    return widget


def row_of(page, supplier_stream: str) -> int:
    table = page.candidates.table
    return next(r for r in range(table.rowCount()) if table.item(r, 2).text() == supplier_stream)


def test_candidates_are_listed_explained_and_take_a_status(page, demo, park):
    table = page.candidates.table
    # waste heat to the curing chambers, whey to biogas too, and sawdust to the pallet
    # shop's wood (by the word "wood" alone, shown as such, last)
    assert table.rowCount() == 11
    assert page.tabs.tabText(0) == "Candidates (11)"
    table.selectRow(row_of(page, "Стружка и обрезки стали"))
    text = page.candidates.explanation.text()
    assert "scrap" in text and "416 t a year diverted" in text
    assert page.candidates.status.currentData() == CandidateStatus.SHORTLISTED
    page.candidates.status.setCurrentIndex(list(CandidateStatus).index(
        CandidateStatus.IN_TALKS))
    page.candidates.notes.setText("meeting on 2 December")
    page.candidates.save.click()
    stored = {(r.match.supplier.name, r.status, r.notes)
              for r in symbiosis.match(demo, park)}
    assert ("Стружка и обрезки стали", CandidateStatus.IN_TALKS, "meeting on 2 December") \
        in stored
    page.run_matching()  # a re-run keeps it
    assert ("Стружка и обрезки стали", CandidateStatus.IN_TALKS, "meeting on 2 December") \
        in {(r.match.supplier.name, r.status, r.notes) for r in page.rows}


def test_outside_enterprises_join_on_request_and_the_map_draws_them(page):
    lines = len([i for i in page.map.scene().items() if i.type() == 6])  # line items
    page.external.setChecked(True)
    # the park's 11, the power plant's fly ash, and the Orsha bakery's returned bread to the
    # farm (former foodstuffs as feed, Reg. (EU) 68/2013) and to the biogas plant
    assert page.candidates.table.rowCount() == 14
    assert page.candidates.table.item(0, 1).text() == "Борисовская ТЭЦ"
    assert len([i for i in page.map.scene().items() if i.type() == 6]) > lines


def test_search_by_material_and_sector(page):
    page.search.text.setText("fly ash")
    page.search.sector.setText("23")
    page.search.run()
    results = page.search.results
    assert results.rowCount() == 1
    assert results.item(0, 0).text() == "ОАО «Комбинат ЖБИ-Запад»"
    assert results.item(0, 2).text() == "Зола-унос для бетона"


def test_a_survey_is_imported_after_the_user_sees_its_problems(page, demo, park, tmp_path,
                                                              in_dialog, answer):
    answer()
    survey = tmp_path / "survey.csv"
    survey.write_text("enterprise;nace;direction;kind;name;quantity;unit\n"
                      "Pellet plant;16.26;input;material;Sawdust;6000;t\n"
                      ";16.26;input;material;Bark;10;t\n", encoding="utf-8")
    seen = {}

    def agree(box):
        seen["text"], seen["details"] = box.text(), box.detailedText()
        box.button(QMessageBox.StandardButton.Ok).click()

    in_dialog(agree)
    page.import_survey(str(survey))
    assert "1 stream rows for 1 new enterprises" in seen["text"]
    assert "1 rows have errors" in seen["text"]
    assert "row 3, A (enterprise): the enterprise is not named" in seen["details"]
    assert "Sawdust" in {row.name for row in symbiosis.streams(demo, park)}
    assert page.streams.table.rowCount() == 21  # the page shows the new stream too


def test_exports_and_template_from_the_page(page, tmp_path):
    written = page.export(str(tmp_path / "candidates.json"))
    data = json.loads(written.read_text("utf-8"))
    assert len(data["candidates"]) == 11
    page.save_template(str(tmp_path / "survey.xlsx"))
    assert (tmp_path / "survey.xlsx").stat().st_size > 0


def test_streams_area_adds_edits_drafts_and_deletes(qtbot, demo, in_dialog, answer):
    from recp_audit.gui.pages.streams import StreamsArea

    with demo.session() as session:
        audit, firm = session.execute(sa.select(Audit.id, Enterprise.id).join(Enterprise).where(
            Enterprise.nace_code == "28.30")).one()
    area = StreamsArea(demo, audit, firm, "Audit", "en")
    qtbot.addWidget(area)
    panel = area.panel
    before = panel.table.rowCount()

    def fill(dialog):
        dialog.findChild(QLineEdit, "name").setText("Отработанное масло")
        dialog.findChild(QLineEdit, "ewc_code").setText("130205")
        dialog.findChild(QLineEdit, "quantity").setText("12,5")
        dialog.findChild(QLineEdit, "unit").setText("т")
        dialog.findChild(QLineEdit, "months").setText("апр-окт")
        dialog.accept()

    in_dialog(fill)
    panel.add()
    assert panel.table.rowCount() == before + 1
    added = next(r for r in symbiosis.streams(demo, enterprise_id=firm)
                 if r.name == "Отработанное масло")
    assert (added.ewc_code, added.hazardous, added.quantity) == ("13 02 05*", True, 12.5)
    assert added.months == (4, 5, 6, 7, 8, 9, 10)

    def bad_months(dialog):
        dialog.findChild(QLineEdit, "months").setText("весной")
        dialog.accept()
        assert "is not a list of months" in dialog.error.text()
        dialog.reject()  # the changed form asks; the answer is to discard the change

    panel.table.selectRow(next(r for r in range(panel.table.rowCount())
                               if panel.table.item(r, 2).text() == "Отработанное масло"))
    shown = answer()
    in_dialog(bad_months)
    panel.edit()
    assert shown["questions"] == ["Close the form without saving? What you typed will be lost."]

    def keep_first(dialog):
        for row in range(1, dialog.list.count()):
            dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    in_dialog(keep_first)
    panel.draft()
    assert panel.table.rowCount() == before + 2
    panel.table.selectRow(next(r for r in range(panel.table.rowCount())
                               if panel.table.item(r, 2).text() == "Отработанное масло"))
    panel.delete()
    assert panel.table.rowCount() == before + 1
    assert "Отработанное масло" not in {r.name for r in symbiosis.streams(demo,
                                                                        enterprise_id=firm)}


def test_why_not_answers_for_any_pair_the_user_picks(qtbot, demo, park, tmp_path):
    from recp_audit.gui import i18n
    from recp_audit.gui.pages.symbiosis import SymbiosisPage

    i18n.set_language("ru")
    try:
        page = SymbiosisPage(demo, park, "ru")
        qtbot.addWidget(page)
        dialog = page.why_not()
        qtbot.addWidget(dialog)
        answers = set()
        for i in range(min(dialog.offer.count(), 6)):
            dialog.offer.setCurrentIndex(i)
            for j in range(min(dialog.need.count(), 6)):
                dialog.need.setCurrentIndex(j)
                answers.add(dialog.answer.text())
        assert answers and all(text for text in answers)
        assert any(text.startswith("Это кандидат") for text in answers)
        assert any(not text.startswith("Это кандидат") for text in answers)
        dialog.grab().save(str(tmp_path / "why_not.png"))
    finally:
        i18n.set_language("en")
