"""Helpers for driving modal dialogs of the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from recp_audit.gui.dialogs import unsaved


@pytest.fixture
def in_dialog(qtbot):
    """Schedule `handler(dialog)` to run on the next modal dialog that opens."""
    failures = []

    def schedule(handler):
        def run():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, run)
                return
            try:
                handler(dialog)
            except Exception as exc:  # noqa: BLE001 - reported after the dialog closed
                failures.append(exc)
                dialog.done(QDialog.DialogCode.Rejected)  # closes even a changed form
        QTimer.singleShot(0, run)

    yield schedule
    if failures:
        raise failures[0]


@pytest.fixture
def answer(monkeypatch):
    """Make QMessageBox questions answer `Yes`/`No` and record warnings instead of showing;
    `Yes` also closes a changed form without saving it, `No` keeps it open."""
    shown = {"questions": [], "warnings": []}

    def set_answer(reply=QMessageBox.StandardButton.Yes):
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *args, **kwargs: shown["questions"].append(args[2]) or reply)
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda *args, **kwargs: shown["warnings"].append(args[2]))
        monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
        monkeypatch.setattr(unsaved, "ask_to_close", lambda form: (  # closing a changed form
            shown["questions"].append(unsaved.QUESTION)
            or (QMessageBox.StandardButton.Discard if reply == QMessageBox.StandardButton.Yes
                else QMessageBox.StandardButton.Cancel)))
        return shown

    return set_answer
