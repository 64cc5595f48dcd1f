"""Start the Qt application: language, main window, event loop."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from recp_audit import __version__
from recp_audit import settings as settings_store
from recp_audit.gui import errors, i18n
from recp_audit.gui.dialogs.first_run import FirstRunDialog
from recp_audit.gui.dialogs.user_name import UserNameDialog
from recp_audit.gui.main_window import MainWindow
from recp_audit.logs import logger, start_logging
from recp_audit.paths import resource_path
from recp_audit.roles import role_of


class AfterFirstPaint(QObject):
    """Runs `action` once, right after `widget` first paints (or after `fallback_ms` anyway,
    for a window that never paints, such as one started minimised)."""

    def __init__(self, widget: QWidget, action: Callable[[], None], fallback_ms: int = 1000):
        super().__init__(widget)
        self._action: Callable[[], None] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._run)

    def _run(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False


def app_icon() -> QIcon:
    """The program's icon at every size shipped (Qt picks the one that fits)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"recp_audit_{size}.png")), QSize(size, size))
    return icon


def show_window(language: str | None = None) -> MainWindow:
    """The main window, shown with no workspace yet and the language set."""
    settings = settings_store.load()
    if language:
        settings.language = language
    settings_store.apply(settings)
    i18n.set_language(settings.language)
    window = MainWindow(settings)
    window.show()
    return window


def open_at_start(window: MainWindow, workspace: Path | None, demo: bool) -> None:
    """Open what the command line asked for, else the workspace open last time; when
    that one is gone, say so in one line and go on as without one. Copies that programs
    killed while copying left in the backup folder are removed first."""
    from recp_audit.services.backups import clean_leftovers

    for leftover in clean_leftovers():
        logger.info("removed %s, left by a program stopped while copying", leftover)
    if workspace is None and not demo:
        last = window.settings.last_workspace()
        if last is not None and last.is_file():
            workspace = last
        elif last is not None:
            QMessageBox.information(window, QCoreApplication.translate("App", "RECP audit"),
                                    QCoreApplication.translate(
                                        "App", "The workspace open last time is no longer at "
                                        "{path}").format(path=str(last)))
    window.start(workspace, demo)


def create_window(workspace: Path | None = None, demo: bool = False,
                  language: str | None = None) -> MainWindow:
    """The main window with its workspace open (needs a QApplication)."""
    window = show_window(language)
    open_at_start(window, workspace, demo)
    return window


def launch(workspace: Path | None = None, demo: bool = False,
           language: str | None = None) -> MainWindow:
    """Show the window at once and open the workspace once it has painted."""
    window = show_window(language)
    AfterFirstPaint(window, lambda: open_at_start(window, workspace, demo))
    return window


def first_run(language: str | None = None) -> None:
    """On the first start, ask for the language and the role, then the user's name
    (each asked again next time if its dialog is closed without an answer)."""
    settings = settings_store.load()
    asks_role = role_of(settings.role) is None
    if not asks_role and settings.author.strip():
        return
    settings.language = language or settings.language
    i18n.set_language(settings.language)
    if asks_role and FirstRunDialog(settings).exec() == QDialog.DialogCode.Accepted:
        settings_store.save(settings)
    if not settings.author.strip() and UserNameDialog(
            settings, settings_store.suggested_author()).exec() == QDialog.DialogCode.Accepted:
        settings_store.save(settings)


def start(workspace: Path | None = None, demo: bool = False,
          language: str | None = None) -> MainWindow:
    """All that `run` does before the event loop: the application's name and icon, the log,
    the error dialog, the first-run questions and the window (benchmarks/startup.py)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("RECP audit")
    app.setOrganizationName("recp_audit")
    app.setWindowIcon(app_icon())
    start_logging()
    errors.install()
    logger.info("RECP audit %s started", __version__)
    first_run(language)
    return launch(workspace, demo, language)


def run(workspace: Path | None = None, demo: bool = False, language: str | None = None) -> int:
    """Run the GUI until the window closes; returns the exit status."""
    window = start(workspace, demo, language)  # noqa: F841 - kept alive until exec returns
    return QApplication.instance().exec()
