"""Dialogs for an audit's tariffs and its emission factors (values with their sources)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHeaderView, QLabel, QMenu,
                               QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from recp_audit.choices import RESOURCE_KIND_LABELS, ResourceKind
from recp_audit.gui import i18n
from recp_audit.gui.dialogs.unsaved import FormDialog
from recp_audit.gui.i18n import label
from recp_audit.messages import RecpError

CHANGED = QColor("#fff3cd")
NEW_ROWS = 3


class TariffsDialog(FormDialog):
    """Prices per unit of each resource, in the audit's currency; empty price removes."""

    def __init__(self, workspace, audit_id: uuid.UUID, currency: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from recp_audit.model import Tariff
        from recp_audit.services import records
        import sqlalchemy as sa

        self.workspace, self.audit_id = workspace, audit_id
        self.setWindowTitle(self.tr("Tariffs"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Prices in {currency} per unit; options without a price "
                                        "of their own are valued with these.").format(
            currency=currency)))
        with workspace.session() as session:
            self.existing = [(row.id, row.kind, row.item, row.price, row.unit) for row in
                             session.scalars(sa.select(Tariff).where(
                                 Tariff.audit_id == audit_id).order_by(Tariff.kind))]
        self.records = records
        self.table = QTableWidget(len(self.existing) + NEW_ROWS, 4)
        self.table.setObjectName("tariffs")
        self.table.setHorizontalHeaderLabels([self.tr("Resource"), self.tr("Item"),
                                              self.tr("Price, {currency}").format(
                                                  currency=currency), self.tr("per unit")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (_, kind, item, price, unit) in enumerate(
                self.existing + [(None, None, "", None, "")] * NEW_ROWS):
            box = QComboBox()
            box.addItem("", "")
            for member in ResourceKind:
                if member is not ResourceKind.PRODUCTION:
                    box.addItem(label(RESOURCE_KIND_LABELS[member]), member.value)
            box.setCurrentIndex(max(0, box.findData(str(kind) if kind else "")))
            self.table.setCellWidget(row, 0, box)
            self.table.setItem(row, 1, QTableWidgetItem(item))
            self.table.setItem(row, 2, QTableWidgetItem("" if price is None else f"{price:g}"))
            self.table.setItem(row, 3, QTableWidgetItem(unit))
        self.table.resizeColumnToContents(0)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not workspace.read_only)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(kind, item, price, unit) as typed, one per table row."""
        return [(self.table.cellWidget(r, 0).currentData(), self.table.item(r, 1).text(),
                 self.table.item(r, 2).text(), self.table.item(r, 3).text())
                for r in range(self.table.rowCount())]

    def save(self) -> None:
        """Store every row with a resource and a price; rows emptied of their price go."""
        from recp_audit.model import Tariff
        from recp_audit.services.baseline import set_tariff

        try:
            for row, (kind, item, price, unit) in enumerate(self.rows()):
                known = self.existing[row][0] if row < len(self.existing) else None
                if known and (not kind or not price.strip()):
                    self.records.delete(self.workspace, Tariff, known)
                elif kind and price.strip():
                    set_tariff(self.workspace, self.audit_id, ResourceKind(kind), item.strip(),
                               price, unit)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Tariffs"), self.tr("Row {row}: {problem}").format(
                row=row + 1, problem=i18n.text(exc.message)))
            return
        self.accept()


class FactorsDialog(FormDialog):
    """The emission factors this audit uses; a changed value needs its source."""

    def __init__(self, workspace, audit_id: uuid.UUID, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.audit_id, self.language = workspace, audit_id, language
        self.setWindowTitle(self.tr("Emission factors"))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Shipped values (IPCC 2006, IPCC AR5, IFI grid factors) can be "
                              "replaced for this audit, e.g. by the heating value on the gas "
                              "supplier's certificate. Clear a value to go back to the shipped "
                              "one. The report lists the values used and their sources."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget()
        self.table.setObjectName("factors")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._offer_alternatives)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not workspace.read_only)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        """Fill the table from the audit's factors."""
        from recp_audit.services.emission_factors import factor_rows

        self.rows = factor_rows(self.workspace, self.audit_id)
        self.table.clear()
        self.table.setColumnCount(5)
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderLabels([self.tr("Factor"), self.tr("Field"),
                                              self.tr("Value"), self.tr("Source"),
                                              self.tr("Year")])
        for r, row in enumerate(self.rows):
            name = row.label_ru if self.language == "ru" else row.label
            for c, text in enumerate((name, row.field, row.value, row.source,
                                      str(row.year))):
                item = QTableWidgetItem(text)
                if c in (0, 1, 4):
                    item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                if row.overridden:
                    item.setBackground(CHANGED)
                if row.alternatives and c == 2:
                    item.setToolTip(self.tr("Right-click for documented alternatives: {values}")
                                    .format(values="; ".join(v for v, _ in row.alternatives)))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, 500)

    def alternatives_menu(self, r: int) -> QMenu:
        """The documented alternatives of row `r` (the GOST minimum heating value of gas),
        each filling in its value and source."""
        menu = QMenu(self)
        for value, source in self.rows[r].alternatives:
            action = menu.addAction(self.tr("Use {value} ({source})").format(
                value=value, source=source[:80] + ("…" if len(source) > 80 else "")))
            action.triggered.connect(lambda _=False, v=value, s=source: (
                self.table.item(r, 2).setText(v), self.table.item(r, 3).setText(s)))
        return menu

    def _offer_alternatives(self, position) -> None:
        r = self.table.rowAt(position.y())
        if 0 <= r < len(self.rows) and self.rows[r].alternatives:
            self.alternatives_menu(r).exec(self.table.viewport().mapToGlobal(position))

    def save(self) -> None:
        """Store the changed values with their sources; a refused one is named."""
        from recp_audit.services.emission_factors import set_factor

        try:
            for r, row in enumerate(self.rows):
                value, source = self.table.item(r, 2).text(), self.table.item(r, 3).text()
                if value == row.value and source == row.source:
                    continue
                set_factor(self.workspace, self.audit_id, row.section, row.key, row.field,
                           value, "" if source == row.source and not row.overridden else source)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Emission factors"), f"{row.label} {row.field}: "
                                f"{i18n.text(exc.message)}")
            self.load()
            return
        self.accept()
