"""Start the Qt application: language, main window, event loop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from recp_audit import settings as settings_store
from recp_audit.gui import i18n
from recp_audit.gui.main_window import MainWindow


class AfterFirstPaint(QObject):
    """Runs `action` once, right after `widget` has painted for the first time."""

    def __init__(self, widget: QWidget, action: Callable[[], None]):
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False


def show_window(language: str | None = None) -> MainWindow:
    """The main window, shown with no workspace yet and the language set."""
    settings = settings_store.load()
    if language:
        settings.language = language
    i18n.set_language(settings.language)
    window = MainWindow(settings)
    window.show()
    return window


def create_window(workspace: Path | None = None, demo: bool = False,
                  language: str | None = None) -> MainWindow:
    """The main window with its workspace open (needs a QApplication)."""
    window = show_window(language)
    window.start(workspace, demo)
    return window


def launch(workspace: Path | None = None, demo: bool = False,
           language: str | None = None) -> MainWindow:
    """Show the window at once and open the workspace once it has painted."""
    window = show_window(language)
    AfterFirstPaint(window, lambda: window.start(workspace, demo))
    return window


def run(workspace: Path | None = None, demo: bool = False, language: str | None = None) -> int:
    """Run the GUI until the window closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RECP audit")
    app.setOrganizationName("recp_audit")
    window = launch(workspace, demo, language)  # noqa: F841 - kept alive until exec returns
    return app.exec()
