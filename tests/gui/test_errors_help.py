"""Unexpected errors are logged and shown with their details; help dialogs."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QTableWidget, QTextBrowser

from recp_audit import logs
from recp_audit.gui import errors
from recp_audit.gui.app import create_window
from recp_audit.gui.models.navigation import AREA_ROLE
from recp_audit.guides import GUIDES
from recp_audit.roles import AUDIT_AREAS
from recp_audit.services.demo import write_demo
from recp_audit.store.db import create_workspace
from recp_audit.gui.dialogs.help import AboutDialog, ShortcutsDialog, menu_shortcuts


@pytest.fixture
def log_file():
    """The log started in the test's own folders; handlers removed afterwards."""
    path = logs.start_logging()
    yield path
    for handler in list(logs.logger.handlers):
        handler.close()
        logs.logger.removeHandler(handler)


@pytest.fixture
def hooks():
    """Restore the interpreter's hooks after `errors.install()`."""
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def _raise_in_slot():
    raise ZeroDivisionError("division by zero in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_shown_and_the_program_goes_on(
        qtbot, tmp_path, log_file, hooks, answer):
    answer()
    create_workspace(tmp_path / "ws.sqlite").close()
    window = create_window(tmp_path / "ws.sqlite", language="en")
    qtbot.addWidget(window)
    errors.install()
    seen = {}

    def inspect():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "error_dialog":
            QTimer.singleShot(20, inspect)
            return
        seen["details"] = dialog.details.toPlainText()
        dialog.findChild(QPushButton, "copy_details").click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.grab().save(str(tmp_path / "error.png"))
        dialog.reject()

    QTimer.singleShot(0, _raise_in_slot)
    QTimer.singleShot(0, inspect)
    qtbot.waitUntil(lambda: "clipboard" in seen, timeout=5000)
    assert "ZeroDivisionError: division by zero in a slot" in seen["details"]
    assert "_raise_in_slot" in seen["details"] and "RECP audit" in seen["details"]
    assert seen["clipboard"] == seen["details"]
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in text and "division by zero in a slot" in text
    # still running: the window answers and its workspace is open
    assert window.isVisible() and window.workspace is not None
    window.refresh()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_logged_and_shown(qtbot, log_file, hooks, monkeypatch):
    errors.install()
    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "exec",
                        lambda dialog: shown.append(dialog.details.toPlainText()))

    def fail():
        raise ValueError("bad value in a thread")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert len(shown) == 1 and "ValueError: bad value in a thread" in shown[0]
    assert "bad value in a thread" in log_file.read_text(encoding="utf-8")


def test_logging_without_a_writable_folder_does_not_stop_the_program(monkeypatch, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(logs, "log_path", lambda: blocked / "recp_audit.log")
    assert logs.start_logging() is None


def test_about_names_the_version_the_log_and_the_licences(qtbot, log_file):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QTextBrowser, "about_text").toPlainText()
    assert str(log_file) in shown
    assert "DejaVu" in shown and "Open Government Licence" in shown and "LGPL" in shown


def test_shortcuts_list_every_menu_command_with_keys(qtbot, tmp_path, answer):
    answer()
    create_workspace(tmp_path / "ws.sqlite").close()
    window = create_window(tmp_path / "ws.sqlite", language="en")
    qtbot.addWidget(window)
    listed = menu_shortcuts(window.menuBar())
    commands = {command for _menu, command, _keys in listed}
    assert {"New workspace…", "Open…", "Edit selected…", "Keyboard shortcuts"} <= commands
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcuts")
    assert table.rowCount() == len(listed) + 4
    assert any(table.item(row, 2).text() == "F2" for row in range(table.rowCount()))


def test_the_program_icon_comes_in_every_size(qtbot):
    from PySide6.QtCore import QSize

    from recp_audit.gui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(32, 32), QSize(256, 256)} <= set(icon.availableSizes())


def test_the_main_commands_have_icons_in_the_menus(qtbot, tmp_path):
    path = tmp_path / "demo.sqlite"
    write_demo(path).close()
    window = create_window(path, language="en")
    qtbot.addWidget(window)
    shown = {action.text(): action for menu in window.menuBar().findChildren(QMenu)
             for action in menu.actions()}
    for text in ("&New workspace…", "&Open…", "Save &as…", "&Quit", "New &audit…",
                 "&Delete selected…", "&Guide to this page", "&About RECP audit"):
        assert not shown[text].icon().isNull(), text


def test_f1_opens_the_guide_of_the_page_shown(qtbot, tmp_path, in_dialog):
    path = tmp_path / "demo.sqlite"
    write_demo(path).close()
    window = create_window(path, language="en")
    qtbot.addWidget(window)
    guide = next(action for action in window.findChildren(QAction)
                 if action.text() == "&Guide to this page")
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    found = window.model.match(window.model.index(0, 0), AREA_ROLE, "baseline", 1,
                               Qt.MatchFlag.MatchRecursive)
    window.tree.setCurrentIndex(found[0])
    assert window.guide_key() == "baseline"
    seen = []

    def read(dialog):
        seen.append(dialog.findChild(QTextBrowser, "guide").toPlainText())
        dialog.grab().save(str(tmp_path / "guide.png"))
        dialog.reject()

    in_dialog(read)
    guide.trigger()
    assert "Monthly consumption and cost" in seen[0] and "Import table…" in seen[0]
    assert set(GUIDES) >= {"welcome", "park", "enterprise", "overview", "symbiosis",
                           "conflicts", *AUDIT_AREAS}


def test_fields_that_need_explaining_have_a_tooltip(qtbot, tmp_path):
    from recp_audit.gui.dialogs.forms import audit_fields, enterprise_fields, instrument_fields
    from recp_audit.gui.dialogs.record import RecordDialog
    from recp_audit.gui.pages.baseline import EntryDialog

    workspace = create_workspace(tmp_path / "w.sqlite")
    try:
        for fields, keys in ((audit_fields(), ("kind", "period_start", "currency")),
                             (enterprise_fields(workspace), ("nace_code", "annual_output")),
                             (instrument_fields(), ("accuracy_percent", "calibration_due"))):
            dialog = RecordDialog("form", fields, {}, lambda typed: None)
            qtbot.addWidget(dialog)
            assert all(dialog.widgets[key].toolTip() for key in keys), keys
    finally:
        workspace.close()
    entry = EntryDialog("BYN", "en")
    qtbot.addWidget(entry)
    for widget in (entry.item, entry.month, entry.quantity, entry.unit, entry.cost,
                   entry.source, entry.ewc):
        assert widget.toolTip()
