"""The main window driven as a user would: forms, deletion, files, language."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QTableWidget

from recp_audit import paths, settings
from recp_audit.gui.app import create_window
from recp_audit.gui.models.navigation import ID_ROLE, NodeKind
from recp_audit.model import AuditKind, TeamRole
from recp_audit.services import navigation, records
from recp_audit.services.demo import write_demo


@pytest.fixture
def window(qtbot, tmp_path, answer):
    answer()
    path = tmp_path / "ws.sqlite"
    write_demo(path).close()
    main = create_window(workspace=path, language="en")
    qtbot.addWidget(main)
    yield main
    main.close()


def select(window, kind, record_id, area=""):
    item = window.model.find(kind.value, str(record_id), area)
    window.tree.setCurrentIndex(item.index())
    return item


def fill(dialog, **values):
    for key, value in values.items():
        widget = dialog.widgets[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex([widget.itemData(i) for i in range(widget.count())]
                                   .index(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)


def first_audit(workspace):
    """The first audit of the first park (its first enterprises may have none)."""
    return next(e for e in navigation.load_tree(workspace)[0].enterprises if e.audits).audits[0]


def test_create_an_enterprise_and_an_audit_through_the_window(window, in_dialog, qtbot):
    park = navigation.load_tree(window.workspace)[0]
    select(window, NodeKind.PARK, park.id)

    in_dialog(lambda d: (fill(d, name="ООО «Новый завод»", nace_code="25.11",
                              national_code="25110", latitude="54,22", longitude="28,49",
                              employees="85", annual_output="1200", annual_output_unit="т"),
                         d.accept()))
    window.new_enterprise()
    enterprise = next(e for e in navigation.load_tree(window.workspace)[0].enterprises
                      if e.name == "ООО «Новый завод»")
    values = records.values_of(window.workspace, records.Enterprise, enterprise.id)
    assert values["park_id"] == park.id and values["latitude"] == 54.22
    assert window.tree.currentIndex().data(ID_ROLE) == str(enterprise.id)

    def audit_form(dialog):
        fill(dialog, title="Самодиагностика 2026", kind=AuditKind.SELF_DIAGNOSIS)
        team = dialog.findChild(object, "team")
        team.set_member(0, TeamRole.ENERGY)
        dialog.accept()

    in_dialog(audit_form)
    window.new_audit()
    (audit,) = next(e for e in navigation.load_tree(window.workspace)[0].enterprises
                    if e.id == enterprise.id).audits
    assert audit.title == "Самодиагностика 2026" and audit.kind is AuditKind.SELF_DIAGNOSIS
    assert list(records.team(window.workspace, audit.id).values()) == [TeamRole.ENERGY]
    assert "saved" in window.status.text()


def test_bad_input_keeps_the_dialog_open_and_names_the_field(window, in_dialog):
    seen = {}

    def bad_then_cancel(dialog):
        fill(dialog, name="Парк", latitude="123")
        dialog.accept()
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        dialog.reject()

    in_dialog(bad_then_cancel)
    window.new_park()
    assert seen["visible"]
    assert seen["error"] == "Latitude: must be between -90 and 90"
    assert [p.name for p in navigation.load_tree(window.workspace) if p.id] == [
        "Индустриальный парк «Борисов-Запад»"]


def test_delete_asks_first_and_says_what_goes_with_it(window, answer):
    shown = answer(QMessageBox.StandardButton.No)
    park = navigation.load_tree(window.workspace)[0]
    select(window, NodeKind.PARK, park.id)
    window.delete_selected()
    assert "11 enterprise(s), 4 audit(s)" in shown["questions"][-1]
    assert navigation.load_tree(window.workspace)[0].id == park.id
    answer(QMessageBox.StandardButton.Yes)
    window.delete_selected()
    assert [p.id for p in navigation.load_tree(window.workspace)] == [None]


def test_opening_a_foreign_file_warns_and_keeps_the_current_workspace(window, tmp_path, answer):
    shown = answer()
    current = window.workspace.path
    bad = tmp_path / "notes.sqlite"
    bad.write_text("just text")
    assert window.open_path(bad) is False
    assert "not an SQLite database" in shown["warnings"][-1]
    assert window.workspace.path == current
    assert window.model.rowCount() == 2


def test_language_switch_translates_menus_and_pages(window):
    park = navigation.load_tree(window.workspace)[0]
    select(window, NodeKind.PARK, park.id)
    window.set_language("ru")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Файл", "&Правка", "&Записи", "&Язык", "&Справка"]
    assert window.tree.currentIndex().data(ID_ROLE) == str(park.id)
    assert settings.load().language == "ru"
    window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_the_streams_area_lists_the_enterprise_streams(window):
    audit = first_audit(window.workspace)
    select(window, NodeKind.AREA, audit.id, "streams")
    table = window.stack.currentWidget().findChild(QTableWidget, "streams")
    names = {table.item(row, 2).text() for row in range(table.rowCount())}
    assert "Сыворотка молочная подсырная" in names


def test_each_park_has_its_symbiosis_page(window):
    park = navigation.load_tree(window.workspace)[0]
    select(window, NodeKind.SYMBIOSIS, park.id)
    table = window.stack.currentWidget().findChild(QTableWidget, "candidates")
    assert table.rowCount() == 11  # the 11 of tests/gui/test_symbiosis.py


def test_baseline_and_options_areas_open_their_pages(window):
    from recp_audit.gui.pages.baseline import BaselineArea
    from recp_audit.gui.pages.options import OptionsArea

    audit = first_audit(window.workspace)
    select(window, NodeKind.AREA, audit.id, "baseline")
    assert isinstance(window.stack.currentWidget(), BaselineArea)
    select(window, NodeKind.AREA, audit.id, "options")
    assert isinstance(window.stack.currentWidget(), OptionsArea)


def test_first_start_on_an_empty_workspace_offers_the_demo(qtbot, answer):
    shown = answer(QMessageBox.StandardButton.Yes)
    main = create_window(language="en")
    qtbot.addWidget(main)
    assert "demo" in shown["questions"][0]
    assert main.workspace.path == paths.user_data_dir() / "demo.sqlite"
    assert paths.default_workspace_path().exists()
    main.close()


def test_declining_the_demo_is_remembered(qtbot, answer):
    answer(QMessageBox.StandardButton.No)
    main = create_window(language="en")
    qtbot.addWidget(main)
    assert main.workspace.path == paths.default_workspace_path()
    assert settings.load().offer_demo is False
    assert str(Path(main.workspace.path).resolve()) in settings.load().recent_files
    main.close()


def test_read_only_workspace_disables_editing(qtbot, tmp_path, answer, monkeypatch):
    answer()
    from recp_audit.store import db

    path = tmp_path / "ro.sqlite"
    write_demo(path).close()
    monkeypatch.setattr(db, "is_writable", lambda p: False)
    main = create_window(workspace=path, language="en")
    qtbot.addWidget(main)
    records_menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Records")
    assert not any(a.isEnabled() for a in records_menu.actions()[:3])
    assert "read-only" in main.status.text()
    main.close()


def test_launch_paints_first_then_opens_the_workspace_once(qtbot, tmp_path, answer, monkeypatch):
    answer()
    from recp_audit.gui.app import launch
    from recp_audit.gui.main_window import MainWindow

    path = tmp_path / "ws.sqlite"
    write_demo(path).close()
    calls = []
    real_start = MainWindow.start
    monkeypatch.setattr(MainWindow, "start",
                        lambda self, *a: calls.append(a) or real_start(self, *a))
    main = launch(workspace=path, language="en")
    qtbot.addWidget(main)
    assert main.workspace is None and "Opening" in main.status.text()
    qtbot.waitUntil(lambda: main.workspace is not None, timeout=5000)
    qtbot.wait(1100)  # past the fallback timer: it must not open the file a second time
    assert len(calls) == 1 and main.model.rowCount() == 2
    main.close()


def test_answering_in_the_window_updates_the_saved_status(window, qtbot):
    audit = first_audit(window.workspace)
    select(window, NodeKind.AREA, audit.id, "checklists")
    area = window.stack.currentWidget()
    area.open(area.table.topLevelItem(0).data(0, 256))
    page = area.currentWidget()
    qtbot.keyClick(page.tree, "y")
    assert "saved at" in window.status.text()


def test_a_note_typed_just_before_closing_is_kept(window, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from recp_audit.services import checklists
    from recp_audit.store.db import open_workspace

    audit = first_audit(window.workspace)
    select(window, NodeKind.AREA, audit.id, "checklists")
    area = window.stack.currentWidget()
    checklist_id = area.table.topLevelItem(0).data(0, 256)
    area.open(checklist_id)
    page = area.currentWidget()
    page.panel_area.widget().findChild(QPlainTextEdit, "note").setPlainText("Записано в спешке")
    item_id, path = page.current, window.workspace.path
    window.close()
    workspace = open_workspace(path, read_only=True)
    assert checklists.load(workspace, checklist_id).notes[item_id] == "Записано в спешке"
    workspace.close()


def test_the_park_page_writes_the_park_report(window, tmp_path):
    from PySide6.QtWidgets import QPushButton

    park = navigation.load_tree(window.workspace)[0]
    select(window, NodeKind.PARK, park.id)
    buttons = [b.text() for b in window.stack.currentWidget().findChildren(QPushButton)]
    assert "Park report…" in buttons
    written = window.park_report(park.id, str(tmp_path / "park.xlsx"))
    assert written is not None and written.suffix == ".xlsx" and written.exists()
    assert window.park_report(park.id, str(tmp_path / "park.pdf")).read_bytes()[:4] == b"%PDF"
