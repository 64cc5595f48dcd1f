"""Checklist pages driven with the keyboard and mouse, as an auditor would."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTreeWidget

from recp_audit.checklists.loader import load_library
from recp_audit.gui.pages.checklists import ChecklistsArea
from recp_audit.model import Audit, AuditKind, Enterprise, Option
from recp_audit.services import checklists, photos, records


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "ЧУП «Хлебозавод»"})
    return records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "Весна",
                                             "kind": AuditKind.SELF_DIAGNOSIS})


def open_checklist(qtbot, workspace, audit, template_id, self_diagnosis=True):
    [checklist_id] = checklists.attach(workspace, audit, [load_library().templates[template_id]])
    area = ChecklistsArea(workspace, audit, "Весна", self_diagnosis, "ru")
    qtbot.addWidget(area)
    area.resize(1100, 700)
    area.show()
    area.open(checklist_id)
    return area, area.currentWidget(), checklist_id


def first_audit(workspace):
    """The first audit of the first park (its first enterprises may have none)."""
    from recp_audit.services import navigation

    return next(e for e in navigation.load_tree(workspace)[0].enterprises if e.audits).audits[0]


def test_attach_through_the_dialog(qtbot, workspace, audit, in_dialog):
    area = ChecklistsArea(workspace, audit, "Весна", True, "ru")
    qtbot.addWidget(area)

    def choose_water(dialog):
        rows = dialog._rows()
        assert len(rows) == 4 and all(r.checkState(0) == Qt.CheckState.Checked for r in rows)
        for row in rows:
            if row.data(0, Qt.ItemDataRole.UserRole) != "self.water":
                row.setCheckState(0, Qt.CheckState.Unchecked)
        dialog.accept()

    in_dialog(choose_water)
    area.add_checklists()
    table = area.findChild(QTreeWidget, "checklists")
    assert table.topLevelItemCount() == 1
    assert table.topLevelItem(0).text(0) == "Самодиагностика: вода"
    assert table.topLevelItem(0).text(2) == "0 / 16"


def test_answer_a_whole_self_diagnosis_with_the_keyboard(qtbot, workspace, audit):
    area, page, checklist_id = open_checklist(qtbot, workspace, audit, "self.water")
    template = page.template
    keys = "ynpa"
    expected_points = expected_weight = 0.0
    for number, item in enumerate(template.items):
        assert page.current == item.id  # each answer moved on to the next item
        key = keys[number % 4]
        if number == 4:
            key = "н"  # the Y key on a Russian layout
            QApplication.sendEvent(page.tree, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                        Qt.KeyboardModifier.NoModifier, key))
        else:
            qtbot.keyClick(page.tree, key)
        status = {"y": "yes", "н": "yes", "n": "no", "p": "partial", "a": "na"}[key]
        if status != "na":
            expected_points += item.weight * {"yes": 1, "no": 0, "partial": 0.5}[status]
            expected_weight += item.weight
    stored = checklists.load(workspace, checklist_id)
    assert len(stored.answers) == len(template.items)
    score = stored.score().total
    assert score.percent == pytest.approx(100 * expected_points / expected_weight)
    assert page.progress.value() == page.progress.maximum() == len(template.items)
    assert f"{score.percent:.0f} %" in page.summary.text()

    area.show_results()
    result = area.currentWidget()
    assert result.findChild(QLabel, "score").text() == f"{score.percent:.0f} %"
    recommendations = result.findChild(QLabel, "recommendations").text()
    assert "Поставить счётчики воды на все вводы" in recommendations  # sw02 answered "no"


def test_enter_goes_to_the_next_item_without_answering(qtbot, workspace, audit):
    _area, page, checklist_id = open_checklist(qtbot, workspace, audit, "self.water")
    first, second = page.template.items[:2]
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert page.current == second.id
    assert checklists.load(workspace, checklist_id).answers == {}


def test_skip_logic_shows_the_follow_up_question(qtbot, workspace, audit):
    _area, page, _ = open_checklist(qtbot, workspace, audit, "self.energy")
    assert "se10" not in page._visible_ids()
    page.select("se09c")
    qtbot.keyClick(page.tree, "1")  # "Да": the enterprise has a compressor
    assert "se10" in page._visible_ids()
    assert page.current == "se10"  # straight on to the question it revealed
    page.select("se09c")
    qtbot.keyClick(page.tree, "2")  # "Нет"
    assert "se10" not in page._visible_ids() and page.current == "se11"


def test_wrong_unit_is_shown_inline_and_nothing_changes(qtbot, workspace, audit):
    _area, page, checklist_id = open_checklist(qtbot, workspace, audit, "energy.compressed_air",
                                               self_diagnosis=False)
    page.select("a07")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert page.number_edit.hasFocus() or page.focusWidget() is page.number_edit
    page.number_edit.setText("5 kg")
    qtbot.keyClick(page.number_edit, Qt.Key.Key_Return)
    assert "mass" in page.error.text() or "масс" in page.error.text()
    assert not page.error.isHidden()
    assert "a07" not in checklists.load(workspace, checklist_id).answers
    page.number_edit.setText("780 kPa")
    qtbot.keyClick(page.number_edit, Qt.Key.Key_Return)
    stored = checklists.load(workspace, checklist_id).answers["a07"]
    assert (stored.number, stored.unit) == (780, "kPa")
    assert page.current == "a08"
    assert page.model.rows["a07"][2].text().startswith("⚑")  # 7.8 bar > 7 bar: a finding


def test_filters_and_notes(qtbot, workspace, audit):
    _area, page, checklist_id = open_checklist(qtbot, workspace, audit, "self.waste")
    qtbot.keyClick(page.tree, "n")  # sx01 no -> finding
    qtbot.keyClick(page.tree, "y")  # sx02 yes
    page.filter_box.setCurrentIndex(page.filter_box.findData("findings"))
    assert page._visible_ids() == ["sx01"]
    page.filter_box.setCurrentIndex(page.filter_box.findData("unanswered"))
    assert "sx01" not in page._visible_ids() and len(page._visible_ids()) == 14
    page.filter_box.setCurrentIndex(page.filter_box.findData("all"))
    page.select("sx01")
    note = page.panel_area.widget().findChild(QPlainTextEdit, "note")
    note.setPlainText("Учёт только по накладным")
    page.select("sx02")  # leaving the item stores the note at once
    assert checklists.load(workspace, checklist_id).notes == {"sx01": "Учёт только по накладным"}


def test_a_20_mb_photo_is_reduced_and_stored_once(qtbot, workspace, audit, tmp_path):
    _area, page, checklist_id = open_checklist(qtbot, workspace, audit, "self.waste")
    noise = np.random.default_rng(1).integers(0, 255, (3000, 4000, 3), dtype=np.uint8)
    image = QImage(noise.data, 4000, 3000, 12000, QImage.Format.Format_RGB888)
    big = tmp_path / "DSC_0001.JPG"
    assert image.save(str(big), "JPEG", 100)
    assert big.stat().st_size > photos.MAX_PHOTO_BYTES
    page.add_photos([big, big])
    [first, second] = checklists.item_photos(workspace, checklist_id, page.current)
    assert first.sha256 == second.sha256 and first.size < photos.MAX_PHOTO_BYTES
    reduced = QImage.fromData(photos.photo_bytes(workspace, first.sha256))
    assert max(reduced.width(), reduced.height()) == 2560
    assert "DSC_0001.JPG" in page.error.text()
    assert page.photo_list.count() == 2


def test_not_a_picture_is_refused_with_its_name(qtbot, workspace, audit, tmp_path, answer):
    shown = answer()
    _area, page, checklist_id = open_checklist(qtbot, workspace, audit, "self.waste")
    text = tmp_path / "scan.pdf"
    text.write_bytes(b"%PDF-1.7 not a photo")
    page.add_photos([text, tmp_path / "missing.jpg"])
    assert "scan.pdf" in shown["warnings"][0] and "missing.jpg" in shown["warnings"][0]
    assert checklists.item_photos(workspace, checklist_id, page.current) == []


def test_results_page_drafts_options_from_findings(qtbot, demo):
    from recp_audit.services import navigation

    dairy = first_audit(demo)
    area = ChecklistsArea(demo, dairy.id, dairy.title, False, "ru")
    qtbot.addWidget(area)
    area.show_results()
    page = area.currentWidget()
    findings = page.findings
    results = checklists.results(demo, dairy.id)
    assert findings.topLevelItemCount() == len(results.findings) > 10
    undrafted = [findings.topLevelItem(i) for i in range(findings.topLevelItemCount())
                 if not findings.topLevelItem(i).text(4).startswith("✓")]
    for row in undrafted[:3]:
        row.setSelected(True)
    with demo.session() as session:
        before = session.query(Option).count()
    page.draft_selected()
    with demo.session() as session:
        assert session.query(Option).count() == before + 3


def test_import_a_spreadsheet_from_the_add_dialog(qtbot, workspace, audit, tmp_path, monkeypatch,
                                                  answer):
    from PySide6.QtWidgets import QFileDialog

    from recp_audit.gui.dialogs.templates import TemplatesDialog
    from tests.checklists.test_xlsform import workbook

    answer()
    source = workbook(tmp_path / "boiler.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialog = TemplatesDialog(load_library(), "self_diagnosis", set(), "ru")
    qtbot.addWidget(dialog)
    before = len(dialog._rows())
    dialog.import_spreadsheet()
    assert len(dialog._rows()) == before + 1
    dialog.import_spreadsheet()  # exists: the user is asked and says yes
    assert len(dialog._rows()) == before + 1


def test_multiple_choice_toggles_with_number_keys(qtbot, workspace, audit):
    _area, page, checklist_id = open_checklist(qtbot, workspace, audit, "water.intake",
                                               self_diagnosis=False)
    page.select("w01")
    qtbot.keyClick(page.tree, "1")
    qtbot.keyClick(page.tree, "2")
    qtbot.keyClick(page.tree, "1")
    assert checklists.load(workspace, checklist_id).answers["w01"].choices == ("well",)
    assert page.current == "w01"
