"""The lead's view of an audit: who answered which checklist sections and who measured
at which points, and where two experts disagree."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHeaderView, QLabel, QListWidget, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from recp_audit.gui import i18n
from recp_audit.services.coverage import Matrix, coverage
from recp_audit.store.db import Workspace

DONE = QColor("#d5ecd9")


class CoverageArea(QWidget):
    """Two coverage matrices and the list of disagreements."""

    def __init__(self, workspace: Workspace, audit_id: uuid.UUID, audit_title: str,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        found = coverage(workspace, audit_id, language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Team coverage"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        hint = QLabel(self.tr("{audit}. Who answered the checklist sections and who measured "
                              "at each point, from the files merged so far; below, where two "
                              "experts disagree.").format(audit=audit_title))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.answers = self._table(found.answers, self.tr("Checklist section"), "answers")
        self.measurements = self._table(found.measurements, self.tr("Measurement point"),
                                        "measurements")
        self.warnings = QListWidget()
        self.warnings.setObjectName("warnings")
        for message in found.warnings:
            self.warnings.addItem(i18n.text(message))
        if not found.warnings:
            self.warnings.addItem(self.tr("No disagreements between experts."))
        for title, widget in ((self.tr("Answers by section"), self.answers),
                              (self.tr("Measurements by point"), self.measurements),
                              (self.tr("Disagreements"), self.warnings)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 6, 0, 0)
            inner.addWidget(QLabel(f"<b>{title}</b>"))
            inner.addWidget(widget)
            splitter.addWidget(box)
        layout.addWidget(splitter, 1)

    def _table(self, matrix: Matrix, first: str, name: str) -> QTableWidget:
        table = QTableWidget(len(matrix.rows), len(matrix.people) + 1)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([first, *matrix.people])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(matrix.rows):
            table.setItem(r, 0, QTableWidgetItem(row))
            for c, person in enumerate(matrix.people, start=1):
                count = matrix.count(row, person)
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if count:
                    item.setBackground(DONE)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, table.columnCount()):
            table.horizontalHeader().setSectionResizeMode(
                c, QHeaderView.ResizeMode.ResizeToContents)
        return table
