"""Start the Qt application: language, main window, event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from recp_audit import settings as settings_store
from recp_audit.gui import i18n
from recp_audit.gui.main_window import MainWindow


def create_window(workspace: Path | None = None, demo: bool = False,
                  language: str | None = None) -> MainWindow:
    """The main window with the language set and the workspace opened (needs a QApplication)."""
    settings = settings_store.load()
    if language:
        settings.language = language
    i18n.set_language(settings.language)
    window = MainWindow(settings)
    window.show()
    window.start(workspace, demo)
    return window


def run(workspace: Path | None = None, demo: bool = False, language: str | None = None) -> int:
    """Run the GUI until the window closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RECP audit")
    app.setOrganizationName("recp_audit")
    window = create_window(workspace, demo, language)  # noqa: F841 - kept alive by this frame
    return app.exec()
