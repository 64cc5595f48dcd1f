"""The instrument register of the workspace: kinds, serials, accuracy and calibration."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from recp_audit.choices import INSTRUMENT_KIND_LABELS
from recp_audit.gui.i18n import label
from recp_audit.measure.quantities import quantity
from recp_audit.reports.format import general
from recp_audit.units import unit_label

STATE_COLOURS = {"overdue": QColor("#fdecea"), "due_soon": QColor("#fff4e0")}


class InstrumentsDialog(QDialog):
    """List, add, edit and delete instruments; overdue calibrations are shown in red."""

    def __init__(self, workspace, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.language = workspace, language
        self.changed = False
        self.setWindowTitle(self.tr("Instruments"))
        self.resize(1220, 460)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Make and model"), self.tr("Serial"),
            self.tr("Measures"), self.tr("Accuracy"), self.tr("Calibrated"),
            self.tr("Calibration due")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the quantities wrap
        self.table.doubleClicked.connect(self.edit_selected)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        writable = not workspace.read_only
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit_selected),
                           (self.tr("Delete…"), self.delete_selected)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(writable)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload the register."""
        from recp_audit.services.measurements import instruments

        self.table.setRowCount(0)
        for info in instruments(self.workspace):
            tool = info.instrument
            accuracy = " + ".join(part for part in (
                f"{general(tool.accuracy_percent, self.language)} %"
                if tool.accuracy_percent is not None else "",
                f"{general(tool.accuracy_absolute, self.language)} "
                f"{unit_label(tool.accuracy_unit, self.language)}"
                if tool.accuracy_absolute is not None else "") if part)
            due = tool.calibration_due.strftime("%d.%m.%Y") if tool.calibration_due else "—"
            if info.state == "overdue":
                due = self.tr("{date} — overdue").format(date=due)
            cells = [label(INSTRUMENT_KIND_LABELS[tool.kind]),
                     " ".join(p for p in (tool.make, tool.model) if p), tool.serial,
                     ", ".join(label(quantity(q).label, "Quantity") for q in tool.quantities),
                     f"± {accuracy}" if accuracy else "—",
                     tool.calibrated_on.strftime("%d.%m.%Y") if tool.calibrated_on else "—", due]
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # long lists of quantities are cut in the cell
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if info.state in STATE_COLOURS:
                    item.setBackground(QBrush(STATE_COLOURS[info.state]))
                self.table.setItem(row, column, item)

    def _selected(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        return self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 else None

    def add(self) -> None:
        """A new instrument."""
        from recp_audit.gui.dialogs.forms import edit_instrument

        if edit_instrument(self, self.workspace):
            self.changed = True
            self.refresh()

    def edit_selected(self) -> None:
        """Edit the selected instrument."""
        from recp_audit.gui.dialogs.forms import edit_instrument

        selected = self._selected()
        if selected and not self.workspace.read_only and \
                edit_instrument(self, self.workspace, selected):
            self.changed = True
            self.refresh()

    def delete_selected(self) -> None:
        """Delete the selected instrument; readings keep their values."""
        from recp_audit.model import Instrument
        from recp_audit.services import records

        selected = self._selected()
        if selected is None:
            return
        if QMessageBox.question(self, self.tr("Delete instrument"), self.tr(
                "Delete this instrument from the register? Readings taken with it keep "
                "their values.")) == QMessageBox.StandardButton.Yes:
            records.delete(self.workspace, Instrument, selected)
            self.changed = True
            self.refresh()
