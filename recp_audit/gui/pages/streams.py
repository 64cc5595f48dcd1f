"""The streams an enterprise (or every enterprise of a park) offers and needs: a table
with add, edit and delete, and for an audit the streams drafted from its baseline waste
and its heat-recovery calculations."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from recp_audit.choices import STREAM_DIRECTION_LABELS, STREAM_KIND_LABELS, StreamDirection
from recp_audit.gui import i18n
from recp_audit.gui.dialogs.history import offer_history, row_records
from recp_audit.gui.dialogs.stream_dialog import edit_stream, months_text
from recp_audit.gui.i18n import label
from recp_audit.messages import RecpError
from recp_audit.model import Enterprise, Stream
from recp_audit.reports.format import number
from recp_audit.services import navigation, records, symbiosis
from recp_audit.store.db import Workspace
from recp_audit.units import unit_label

ID_ROLE = Qt.ItemDataRole.UserRole
OFFERED = QColor("#e8f4ea")


class StreamsPanel(QWidget):
    """The streams table with its buttons; `changed` after every saved change."""

    changed = Signal()

    def __init__(self, workspace: Workspace, language: str, park_id: uuid.UUID | None = None,
                 enterprise_id: uuid.UUID | None = None, audit_id: uuid.UUID | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.language = workspace, language
        self.park_id, self.enterprise_id, self.audit_id = park_id, enterprise_id, audit_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget()
        self.table.setObjectName("streams")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit())
        offer_history(self.table, workspace, row_records(
            Stream, ID_ROLE, name_column=2 if enterprise_id else 3), language, self.refresh)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        writable = not workspace.read_only
        for caption, slot, name in (
                (self.tr("Add stream…"), self.add, "add"),
                (self.tr("Edit…"), self.edit, "edit"),
                (self.tr("Delete…"), self.delete, "delete")):
            button = QPushButton(caption)
            button.setObjectName(name)
            button.setEnabled(writable)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        if audit_id is not None:
            draft = QPushButton(self.tr("Draft from this audit…"))
            draft.setObjectName("draft")
            draft.setToolTip(self.tr("Waste of the baseline and surplus heat found by the "
                                     "heat-recovery calculators"))
            draft.setEnabled(writable)
            draft.clicked.connect(self.draft)
            buttons.addWidget(draft)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def _headers(self) -> list[str]:
        shown = [self.tr("Direction"), self.tr("Kind"), self.tr("Stream"), self.tr("EWC code"),
                 self.tr("Hazardous"), self.tr("Quantity per year"), self.tr("Months"),
                 self.tr("Temperature, °C")]
        return ([self.tr("Enterprise")] if self.enterprise_id is None else []) + shown

    def refresh(self) -> None:
        """Reload the streams."""
        rows = symbiosis.streams(self.workspace, self.park_id, self.enterprise_id)
        headers = self._headers()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            amount = "" if row.quantity is None else \
                f"{number(row.quantity, self.language, 1 if row.quantity < 100 else 0)} " \
                f"{unit_label(row.unit, self.language)}".strip()
            cells = [label(STREAM_DIRECTION_LABELS[row.direction]),
                     label(STREAM_KIND_LABELS[row.kind]), row.name, row.ewc_code,
                     self.tr("yes") if row.hazardous else "", amount,
                     months_text(row.months) or self.tr("all year"),
                     "" if row.temperature is None else number(row.temperature, self.language)]
            if self.enterprise_id is None:
                cells.insert(0, row.enterprise)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(row.id))
                if row.direction is StreamDirection.OUTPUT:
                    item.setBackground(OFFERED)
                if row.hazardous:
                    item.setForeground(QColor("#a93226"))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(headers.index(self.tr("Stream")),
                                    QHeaderView.ResizeMode.Stretch)

    def selected(self) -> uuid.UUID | None:
        """The id of the selected stream."""
        items = self.table.selectedItems()
        return uuid.UUID(items[0].data(ID_ROLE)) if items else None

    def _enterprises(self) -> list[tuple[str, uuid.UUID]] | None:
        if self.enterprise_id is not None:
            return None
        tree = navigation.load_tree(self.workspace)
        return [(firm.name, firm.id) for park in tree
                if self.park_id is None or park.id == self.park_id for firm in park.enterprises]

    def add(self) -> None:
        """Create a stream."""
        enterprises = self._enterprises()
        if enterprises == []:
            QMessageBox.information(self, self.tr("Streams"),
                                    self.tr("Add an enterprise to the park first."))
            return
        if edit_stream(self, self.workspace, None, self.enterprise_id, enterprises):
            self._saved()

    def edit(self) -> None:
        """Edit the selected stream."""
        chosen = self.selected()
        if chosen and edit_stream(self, self.workspace, chosen):
            self._saved()

    def delete(self) -> None:
        """Delete the selected stream after asking."""
        chosen = self.selected()
        if chosen is None:
            return
        name = records.values_of(self.workspace, Stream, chosen)["name"]
        answer = QMessageBox.question(self, self.tr("Delete stream"),
                                      self.tr("Delete «{name}»?").format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                records.delete(self.workspace, Stream, chosen)
            except RecpError as exc:
                QMessageBox.warning(self, self.tr("Delete stream"), i18n.text(exc.message))
                return
            self._saved()

    def draft(self) -> None:
        """Offer the streams drafted from the audit; add those the user keeps ticked."""
        drafted = symbiosis.drafts(self.workspace, self.audit_id, self.language)
        if not drafted:
            QMessageBox.information(self, self.tr("Draft streams"), self.tr(
                "Nothing to draft: the baseline has no waste and no heat-recovery option "
                "has been calculated, or they are streams already."))
            return
        dialog = DraftsDialog(drafted, self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        for values in dialog.chosen():
            symbiosis.save_stream(self.workspace, values)
        self._saved()

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()


class DraftsDialog(QDialog):
    """The drafted streams with a tick each; all ticked at first."""

    def __init__(self, drafted: list[dict], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft streams from the audit"))
        self.setMinimumWidth(560)
        self.drafted = drafted
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the streams to add; edit them afterwards to "
                                        "give months, quality and prices.")))
        self.list = QListWidget()
        for values in drafted:
            amount = f"{number(values['quantity'], language)} " \
                     f"{unit_label(values['unit'], language)}"
            code = f" · {values['ewc_code']}" if values.get("ewc_code") else ""
            item = QListWidgetItem(f"{values['name']} — {amount}{code}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[dict]:
        """The ticked drafts."""
        return [values for i, values in enumerate(self.drafted)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class StreamsArea(QWidget):
    """The Streams area of an audit: its enterprise's streams."""

    changed = Signal()

    def __init__(self, workspace: Workspace, audit_id: uuid.UUID, enterprise_id: uuid.UUID,
                 audit_title: str, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        name = records.values_of(workspace, Enterprise, enterprise_id)["name"]
        heading = QLabel(self.tr("Streams of {name}").format(name=name))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        hint = QLabel(self.tr("{audit}. What the enterprise offers (green) or needs: waste, "
                              "by-products, surplus heat, water, spare capacity. The park's "
                              "symbiosis matching pairs them with other enterprises.")
                      .format(audit=audit_title))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.panel = StreamsPanel(workspace, language, enterprise_id=enterprise_id,
                                  audit_id=audit_id)
        self.panel.changed.connect(self.changed)
        layout.addWidget(self.panel, 1)
