"""Help dialogs: the guide of a page, the keyboard shortcuts, About (version, folders,
licences)."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QMenuBar,
                               QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
                               QWidget)

from recp_audit import __version__, paths
from recp_audit import settings as settings_store
from recp_audit.gui.i18n import label
from recp_audit.guides import GUIDES
from recp_audit.logs import log_path
from recp_audit.messages import QT_TRANSLATE_NOOP

# What ships with the program besides its own code, and under which licence.
BUNDLED = (
    (QT_TRANSLATE_NOOP("AboutDialog", "DejaVu Sans fonts (PDF reports)"),
     QT_TRANSLATE_NOOP("AboutDialog", "Bitstream Vera / DejaVu fonts licence (free)"),
     "fonts/LICENSE-DejaVu.txt"),
    (QT_TRANSLATE_NOOP("AboutDialog", "European List of Waste (EWC codes)"),
     QT_TRANSLATE_NOOP("AboutDialog", "Open Government Licence v3.0 (UK Defra code list)"),
     "data/README.md"),
    (QT_TRANSLATE_NOOP("AboutDialog", "NACE Rev. 2.1 classification"),
     QT_TRANSLATE_NOOP("AboutDialog", "Eurostat, as packaged in naceconverter 1.0.1 (MIT)"),
     "data/README.md"),
    (QT_TRANSLATE_NOOP("AboutDialog", "Qt 6 through PySide6"),
     QT_TRANSLATE_NOOP("AboutDialog", "GNU LGPL v3"), ""),
)


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AboutDialog(QDialog):
    """The version, where the program keeps its files, and the licences."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About RECP audit"))
        self.setObjectName("about_dialog")
        folders = [(self.tr("Data folder"), paths.user_data_dir()),
                   (self.tr("Settings"), settings_store.settings_path()),
                   (self.tr("Log file"), log_path())]
        licences = "".join(
            f"<tr><td>{html.escape(self.tr(what))}</td><td>{html.escape(self.tr(terms))}</td>"
            f"<td>{html.escape(str(paths.resource_path(*where.split('/'))) if where else '')}"
            f"</td></tr>" for what, terms, where in BUNDLED)
        text = QTextBrowser()
        text.setObjectName("about_text")
        text.setOpenExternalLinks(False)
        text.setHtml(
            f"<h3>RECP audit {html.escape(__version__)}</h3>"
            + "<p>" + html.escape(self.tr(
                "Offline Resource Efficient and Cleaner Production (RECP) audits of factories "
                "and industrial symbiosis in parks, after the UNIDO/UNEP method.")) + "</p>"
            + "<p>" + html.escape(self.tr("Licence of the program: MIT.")) + f" PySide6 "
            f"{html.escape(pyside_version)}.</p><table cellspacing='4'>"
            + "".join(f"<tr><td><b>{html.escape(name)}</b></td><td>{html.escape(str(path))}"
                      f"</td></tr>" for name, path in folders)
            + "</table><h4>" + html.escape(self.tr("Bundled fonts and data")) + "</h4>"
            + f"<table cellspacing='4'>{licences}</table>")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(_close_buttons(self))
        self.resize(720, 460)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has a shortcut."""
    found = []

    def walk(menu_title: str, actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.text().replace("&", ""), action.menu().actions())
            elif not action.shortcut().isEmpty():
                found.append((menu_title, action.text().replace("&", ""),
                              action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))

    walk("", bar.actions())
    return found


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts: every menu command's keys, then moving around forms."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcuts_dialog")
        rows = menu_shortcuts(bar) + [
            ("", self.tr("Next field / previous field"), "Tab / Shift+Tab"),
            ("", self.tr("Move in the tree on the left; open or close a branch"),
             self.tr("Arrows; Right / Left")),
            ("", self.tr("Confirm a dialog / close it without saving"), "Enter / Esc"),
            ("", self.tr("Open a menu"), self.tr("Alt + the underlined letter")),
        ]
        table = QTableWidget(len(rows), 3)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every command is also in the menus; Alt opens them.")))
        layout.addWidget(table)
        layout.addWidget(_close_buttons(self))
        self.resize(640, 420)


class GuideDialog(QDialog):
    """The guide of one page: what it is for and how to fill it (F1)."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        guide = GUIDES[key]
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("Guide: {page}").format(page=label(guide.title, "Guide")))
        steps = "".join(f"<li>{html.escape(label(step, 'Guide'))}</li>" for step in guide.steps)
        how = self.tr("How to fill it")
        hint = self.tr("Hover over a field for a hint. F1 opens this guide on any page; "
                       "Ctrl+F1 lists the keyboard shortcuts.")
        self.text = QTextBrowser()
        self.text.setObjectName("guide")
        self.text.setHtml(
            f"<h3>{html.escape(label(guide.title, 'Guide'))}</h3>"
            f"<p>{html.escape(label(guide.purpose, 'Guide'))}</p>"
            f"<p><b>{html.escape(how)}</b></p><ol>{steps}</ol>"
            f"<p><i>{html.escape(hint)}</i></p>")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(_close_buttons(self))
        self.resize(560, 420)
