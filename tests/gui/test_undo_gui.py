"""Edit > Undo and Redo on the window's keys, and a record's change history dialog."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from recp_audit.gui.app import create_window
from recp_audit.gui.dialogs.history import HistoryDialog
from recp_audit.gui.models.navigation import NodeKind
from recp_audit.model import Enterprise
from recp_audit.services import checklists, navigation, records
from recp_audit.services.demo import write_demo

from tests.gui.test_merge_gui import answer_merge_dialogs


@pytest.fixture
def window(qtbot, tmp_path, answer):
    answer()
    path = tmp_path / "ws.sqlite"
    write_demo(path).close()
    main = create_window(workspace=path, language="en")
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    yield main
    main.close()


def open_first_checklist(window):
    tree = navigation.load_tree(window.workspace)
    audit = next(e for e in tree[0].enterprises if e.audits).audits[0]
    item = window.model.find(NodeKind.AREA.value, str(audit.id), "checklists")
    window.tree.setCurrentIndex(item.index())
    area = window.stack.currentWidget()
    area.open(area.table.topLevelItem(0).data(0, 256))
    return area, area.currentWidget()


def answer_current(qtbot, window, page, key):
    """Answer the current item with a key, as an auditor does; the step ends once the
    window is back in its event loop."""
    item_id = page.current
    qtbot.keyClick(page.tree, key)
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    return item_id


def focus(qtbot, window, widget):
    """Give the window the keyboard again (replacing a page deactivates the offscreen window,
    and window shortcuts need an active window) with the focus on `widget`."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()


def test_ctrl_z_brings_back_the_old_answer_and_ctrl_shift_z_the_new(window, qtbot):
    area, page = open_first_checklist(window)
    checklist_id = page.state.id
    page.select(page.template.items[1].id)
    before = page.state.answers.get(page.current)
    item_id = answer_current(qtbot, window, page, "n" if before and before.status == "yes"
                             else "y")
    after = checklists.load(window.workspace, checklist_id).answers[item_id]
    assert after != before
    question = page.template.item(item_id).label.en
    assert window.undo_action.text().startswith(f"&Undo: answer to «{question[:40]}")

    where = page.current  # the answer moved on to the next item
    focus(qtbot, window, page.tree)
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert checklists.load(window.workspace, checklist_id).answers.get(item_id) == before
    shown = window.stack.currentWidget().currentWidget()  # the same place, built anew
    assert shown.state.id == checklist_id and shown.current == where
    assert shown.state.answers.get(item_id) == before
    assert window.redo_action.isEnabled() and question[:40] not in window.undo_action.text()

    focus(qtbot, window, shown.tree)
    qtbot.keyClick(shown.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert checklists.load(window.workspace, checklist_id).answers[item_id] == after
    assert not window.redo_action.isEnabled()


def test_a_dialogs_ok_is_one_step(window, qtbot, in_dialog):
    firm = navigation.load_tree(window.workspace)[0].enterprises[0]
    window.tree.setCurrentIndex(window.model.find(NodeKind.ENTERPRISE.value,
                                                  str(firm.id), "").index())

    def rename(dialog):
        dialog.widgets["name"].setText("Renamed")
        dialog.widgets["address"].setText("Somewhere")
        dialog.accept()

    in_dialog(rename)
    window.edit_selected()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    assert window.undo_action.text() == "&Undo: changes to enterprise «Renamed»"
    window.undo_action.trigger()
    values = records.values_of(window.workspace, Enterprise, firm.id)
    assert values["name"] == firm.name and values["address"] != "Somewhere"
    assert window.model.find(NodeKind.ENTERPRISE.value, str(firm.id), "").text() == firm.name


def test_a_merge_stops_the_undo_history(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("recp_audit.paths.backup_dir", lambda: tmp_path)
    firm = navigation.load_tree(window.workspace)[0].enterprises[0]
    records.update(window.workspace, Enterprise, firm.id, {"address": "Elsewhere"})
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    copy = window.workspace.save_as(tmp_path / "colleague.sqlite")
    copy.close()
    answer_merge_dialogs(2, [])
    window.merge_files([str(tmp_path / "colleague.sqlite")])
    assert not window.undo_action.isEnabled()


def test_history_dialog_restores_a_value(qtbot, workspace, answer):
    warnings = answer()["warnings"]
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "employees": 412})
    records.update(workspace, Enterprise, firm, {"employees": 500})
    dialog = HistoryDialog(workspace, Enterprise, firm, "Dairy", "en")
    qtbot.addWidget(dialog)
    texts = [[dialog.table.item(r, c).text() for c in range(5)]
             for r in range(dialog.table.rowCount())]
    assert texts[0][0] == "tester" and texts[0][2:] == ["Employees", "412", "500"]
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(texts.index(next(t for t in texts[1:] if t[2] == "Employees")))
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert records.values_of(workspace, Enterprise, firm)["employees"] == 412
    assert dialog.table.item(0, 4).text() == "412"  # the restore is the newest version
    assert warnings == []


def test_history_shows_russian_dates_and_numbers(qtbot, workspace):
    firm = records.create(workspace, Enterprise, {"name": "Молокозавод", "employees": 412})
    records.update(workspace, Enterprise, firm, {"annual_output": "1234,5",
                                                 "annual_output_unit": "т"})
    dialog = HistoryDialog(workspace, Enterprise, firm, "Молокозавод", "ru")
    qtbot.addWidget(dialog)
    when = dialog.table.item(0, 1).text()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when)
    shown = {dialog.table.item(0, 2).text(): dialog.table.item(0, 4).text(),
             dialog.table.item(1, 2).text(): dialog.table.item(1, 4).text()}
    assert shown["Annual output"] == "1234,5"
