"""Unexpected errors: logged with their details, shown in a dialog, and the program
keeps running (what was saved before stays saved; the failed action is dropped). An
error the user can act on (a RecpError, such as a busy file) that no page caught is
shown as its one line instead."""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from recp_audit import __version__
from recp_audit.gui import i18n
from recp_audit.logs import log_path, logger
from recp_audit.messages import RecpError


def details_of(kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> str:
    """What support needs: versions, system, and the traceback."""
    lines = traceback.format_exception(kind, error, trace)
    return (f"RECP audit {__version__}; Python {platform.python_version()}; "
            f"PySide6 {pyside_version}; {platform.platform()}\n\n" + "".join(lines))


class ErrorDialog(QDialog):
    """An unexpected error: a short explanation, the details with a copy button, the log."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setObjectName("error_dialog")
        explanation = QLabel(self.tr(
            "<b>Something went wrong, and the last action was not finished.</b><br>"
            "Everything saved before it is still in the workspace file, and you can go on "
            "working. If it happens again, copy the details and send them to whoever "
            "supports the program.<br><br>Error: {summary}").format(summary=summary))
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.RichText)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("error_details")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 180)
        where = QLabel(self.tr("The details are also written to the log: {path}").format(
            path=str(log_path())))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy details"))
        copy.setObjectName("copy_details")
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class _Reporter(QObject):
    """Shows error dialogs on the GUI thread, one at a time (an error repeated while
    one is shown, say in painting, is logged but not shown again)."""

    reported = Signal(str, str)
    warned = Signal(str)

    def __init__(self):
        super().__init__()
        self.showing = False
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.warned.connect(self._warn, Qt.ConnectionType.QueuedConnection)

    def _warn(self, text: str) -> None:
        parent = QGuiApplication.instance().activeWindow() if QGuiApplication.instance() \
            else None
        QMessageBox.warning(parent, QCoreApplication.translate("ErrorDialog", "RECP audit"),
                            text)

    def _show(self, summary: str, details: str) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            parent = QGuiApplication.instance().activeWindow() if QGuiApplication.instance() \
                else None
            ErrorDialog(summary, details, parent).exec()
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def report(kind: type[BaseException], error: BaseException,
           trace: TracebackType | None) -> None:
    """Log an unexpected exception and show it (from any thread); a RecpError, or a
    failure of the input or the surroundings (a damaged file, a full disk), is logged and
    shown as its one line."""
    from recp_audit import failures

    if isinstance(error, RecpError):
        logger.warning("%s", error)
        if _reporter is not None:
            _reporter.warned.emit(i18n.text(error.message))
        return
    details = details_of(kind, error, trace)
    logger.error("Unexpected error\n%s", details)
    sys.stderr.write(details)
    if _reporter is None:
        return
    if failures.is_internal(error):
        _reporter.reported.emit(f"{kind.__name__}: {error}"[:300], details)
    else:
        _reporter.warned.emit(i18n.text(failures.describe(error)))


def install() -> None:
    """Route uncaught exceptions (Qt slots, event handlers, threads) to `report`;
    Ctrl+C still ends the program."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    previous = sys.excepthook

    def hook(kind, error, trace):
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
        else:
            report(kind, error, trace)

    sys.excepthook = hook
    threading.excepthook = lambda args: report(args.exc_type, args.exc_value,
                                               args.exc_traceback)
