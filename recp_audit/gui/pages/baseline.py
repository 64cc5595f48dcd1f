"""The Baseline area of an audit: the monthly table (gaps shown as gaps), entries,
import from XLSX/CSV, and charts: monthly bars, cost shares, specific consumption."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from recp_audit.choices import (DATA_SOURCE_LABELS, RESOURCE_KIND_LABELS, DataSource,
                                ResourceKind)
from recp_audit.gui import i18n
from recp_audit.gui.dialogs.unsaved import FormDialog
from recp_audit.gui.i18n import label
from recp_audit.reports.format import number
from recp_audit.messages import RecpError
from recp_audit.units import unit_label

GAP = QColor("#eeeeee")
MONTHS_RU = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")


def month_name(month, language: str) -> str:
    """`2025-03` as "мар 2025" or "Mar 2025"."""
    return f"{MONTHS_RU[month.month - 1]} {month.year}" if language == "ru" \
        else f"{month:%b %Y}"


class BaselineArea(QWidget):
    """Monthly table above, charts of the chosen row below."""

    changed = Signal()

    def __init__(self, workspace, audit_id: uuid.UUID, audit_title: str, currency: str,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.audit_id = workspace, audit_id
        self.currency, self.language = currency, language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)  # as every page
        heading = QLabel(self.tr("Baseline"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(QLabel(audit_title))
        buttons = QHBoxLayout()
        writable = not workspace.read_only
        for text, slot, name in ((self.tr("Add entry…"), self.add_entry, "add_entry"),
                                 (self.tr("Import table…"), self.import_table, "import"),
                                 (self.tr("Tariffs…"), self.edit_tariffs, "tariffs"),
                                 (self.tr("Delete row…"), self.delete_row, "delete_row")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(writable)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setObjectName("baseline")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._draw)
        self.table.cellDoubleClicked.connect(self.edit_cell)
        self.table.setToolTip(self.tr("Double-click a month to enter or correct its value"))
        splitter.addWidget(self.table)
        self.charts = QTabWidget()
        self.charts.setObjectName("charts")
        splitter.addWidget(self.charts)
        splitter.setSizes([380, 320])
        layout.addWidget(splitter, 1)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout.addWidget(self.note)
        self._build_charts()
        self.refresh()

    def _build_charts(self) -> None:
        import pyqtgraph as pg

        from recp_audit.gui.plots.axes import number_axes

        self.monthly_plot, self.shares_plot, self.specific_plot = (
            pg.PlotWidget(background="w", axisItems=number_axes("left", "bottom"))
            for _ in range(3))
        for plot, title in ((self.monthly_plot, self.tr("Monthly")),
                            (self.shares_plot, self.tr("Cost shares")),
                            (self.specific_plot, self.tr("Specific consumption"))):
            plot.getPlotItem().showGrid(y=True, alpha=0.25)
            plot.getAxis("left").enableAutoSIPrefix(False)
            self.charts.addTab(plot, title)

    def refresh(self) -> None:
        """Reload the table and redraw."""
        from recp_audit.services.baseline import monthly

        self.data = monthly(self.workspace, self.audit_id)
        months = self.data.months
        headers = [self.tr("Resource"), self.tr("Unit")] + [
            month_name(m, self.language) for m in months] + [self.tr("Total"),
                                                             self.tr("Cost, {currency}")
                                                             .format(currency=self.currency)]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.data.rows))
        gaps = 0
        for r, row in enumerate(self.data.rows):
            name = label(RESOURCE_KIND_LABELS[row.kind])
            if row.item:
                name += f": {row.item}"
            if row.ewc_code:
                name += f" ({row.ewc_code})"
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(unit_label(row.unit, self.language)))
            for c, value in enumerate(row.quantities, start=2):
                item = QTableWidgetItem(number(value, self.language, 1 if value is not None
                                               and value < 100 else 0))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if value is None:
                    item.setBackground(GAP)
                    item.setToolTip(self.tr("No value for this month (a gap, not a zero)"))
                    gaps += 1
                self.table.setItem(r, c, item)
            for c, value in ((len(months) + 2, row.total()),
                             (len(months) + 3, row.total_cost())):
                item = QTableWidgetItem(number(value, self.language))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 300)
        problems = [f"{row.label}: {p}" for row in self.data.rows for p in row.problems]
        notes = []
        if gaps:
            notes.append(self.tr("{count} month(s) without a value are shown grey: gaps are "
                                 "left out of totals, never counted as zero.").format(
                count=gaps))
        notes += problems
        if not self.data.rows:
            notes.append(self.tr("No baseline yet: add entries or import a table (one row per "
                                 "resource and month: kind, item, month, quantity, unit, "
                                 "cost)."))
        self.note.setText("\n".join(notes))
        if self.data.rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._draw()

    def _selected_row(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.data.rows[rows[0].row()] if rows else None

    def _draw(self) -> None:
        import pyqtgraph as pg

        from recp_audit.services.baseline import cost_shares, specific_consumption

        row = self._selected_row()
        months = self.data.months
        ticks = [[(i, month_name(m, self.language).split()[0]) for i, m in enumerate(months)]]
        for plot in (self.monthly_plot, self.specific_plot):
            plot.clear()
            plot.getAxis("bottom").setTicks(ticks)
        if row is not None:
            present = [(i, v) for i, v in enumerate(row.quantities) if v is not None]
            if present:
                xs, ys = zip(*present)
                self.monthly_plot.addItem(pg.BarGraphItem(x=list(xs), height=list(ys), width=0.7,
                                                          brush="#2f6f9f"))
            self.monthly_plot.setLabel("left", unit_label(row.unit, self.language))
            self.monthly_plot.setTitle(self.table.item(self.table.currentRow(), 0).text()
                                       if self.table.currentRow() >= 0 else "")
            products = self.data.rows_of(ResourceKind.PRODUCTION)
            if products and row.kind != ResourceKind.PRODUCTION:
                values = specific_consumption(row, products[0])
                points = [(i, v) for i, v in enumerate(values) if v is not None]
                if points:
                    xs, ys = zip(*points)
                    self.specific_plot.plot(list(xs), list(ys), pen=pg.mkPen("#b5651d", width=2),
                                            symbol="o", symbolBrush="#b5651d")
                self.specific_plot.setLabel("left", f"{unit_label(row.unit, self.language)} / "
                                                    f"{unit_label(products[0].unit, self.language)}")
        self.shares_plot.clear()
        shares = cost_shares(self.data)
        if shares:
            names = [label(RESOURCE_KIND_LABELS[r.kind]) + (f": {r.item}" if r.item else "")
                     for r, _, _ in shares]
            self.shares_plot.addItem(pg.BarGraphItem(
                x0=0, y=list(range(len(shares))), height=0.6,
                width=[share * 100 for _, _, share in shares], brush="#4a8f4a"))
            self.shares_plot.getAxis("left").setTicks([list(enumerate(names))])
            self.shares_plot.setLabel("bottom", "%")

    def add_entry(self, preset: dict | None = None, entry_id=None) -> None:
        """Ask for one month of one resource and store it (or change `entry_id`);
        a refused value is explained and the dialog stays open with what was typed."""
        from recp_audit.services.baseline import add_entry, update_entry

        dialog = EntryDialog(self.currency, self.language, self)
        if preset:
            dialog.fill(preset)
        while dialog.exec():
            try:
                if entry_id is None:
                    add_entry(self.workspace, self.audit_id, dialog.values())
                else:
                    update_entry(self.workspace, entry_id, dialog.values())
            except RecpError as exc:
                QMessageBox.warning(self, self.tr("Baseline"), i18n.text(exc.message))
                continue
            self.refresh()
            self.changed.emit()
            return

    def edit_cell(self, row: int, column: int) -> None:
        """Enter or correct the month under the double-clicked cell."""
        from recp_audit.services.baseline import lines

        months = self.data.months
        if self.workspace.read_only or not 2 <= column < 2 + len(months):
            return
        chosen = self.data.rows[row]
        month = months[column - 2]
        existing = next((line for line in lines(self.workspace, self.audit_id)
                         if line.kind == chosen.kind and line.item == chosen.item
                         and line.month == month), None)
        preset = {"kind": str(chosen.kind), "item": chosen.item, "month": f"{month:%Y-%m}",
                  "unit": chosen.unit, "ewc_code": chosen.ewc_code}
        if existing is not None:
            preset.update(quantity=existing.quantity, unit=existing.unit, cost=existing.cost,
                          source=existing.source)
        self.add_entry(preset, existing.id if existing is not None else None)

    def delete_row(self) -> None:
        """Delete the selected resource's months after asking."""
        from recp_audit.services.baseline import delete_resource

        chosen = self._selected_row()
        if chosen is None:
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        answer = QMessageBox.question(self, self.tr("Baseline"), self.tr(
            "Delete all months of «{name}»?").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_resource(self.workspace, self.audit_id, chosen.kind, chosen.item)
        self.refresh()
        self.changed.emit()

    def edit_tariffs(self) -> None:
        """Show and change the audit's tariffs."""
        from recp_audit.gui.dialogs.audit_data import TariffsDialog

        if TariffsDialog(self.workspace, self.audit_id, self.currency, self).exec():
            self.changed.emit()

    def import_table(self, path: str | None = None) -> None:
        """Import a baseline table; problems are listed with row and column."""
        from recp_audit.gui.tasks import run_task
        from recp_audit.services.baseline_import import import_baseline

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import baseline table"), "",
                self.tr("Tables (*.xlsx *.csv *.txt);;All files (*)"))
        if not path:
            return
        try:
            count = run_task(self, self.tr("Importing {file}…").format(file=Path(path).name),
                             lambda _progress: import_baseline(self.workspace, self.audit_id,
                                                               Path(path)), cancellable=False)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Import baseline table"), i18n.text(exc.message))
            return
        QMessageBox.information(self, self.tr("Import baseline table"),
                                self.tr("{count} rows imported.").format(count=count))
        self.refresh()
        self.changed.emit()


class EntryDialog(FormDialog):
    """One baseline entry: kind, item, month, quantity with unit, cost, source, EWC code."""

    def __init__(self, currency: str, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Baseline entry"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for member in ResourceKind:
            self.kind.addItem(label(RESOURCE_KIND_LABELS[member]), member.value)
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("e.g. well, raw milk, sludge"))
        self.month = QLineEdit()
        self.month.setPlaceholderText("2025-03")
        self.quantity = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("kWh, m3, t …"))
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(currency)
        self.source = QComboBox()
        for member in DataSource:
            self.source.addItem(label(DATA_SOURCE_LABELS[member]), member.value)
        self.ewc = QLineEdit()
        self.ewc.setPlaceholderText("02 05 02")
        for widget, hint in (
                (self.item, self.tr("What exactly: the meter, the material or the waste, as the "
                                    "enterprise names it")),
                (self.month, self.tr("Year and month, e.g. 2025-03")),
                (self.quantity, self.tr("The amount used or produced in the month (a decimal "
                                        "comma is fine)")),
                (self.unit, self.tr("The unit of the quantity, e.g. kWh, m3, t, Gcal")),
                (self.cost, self.tr("What the month cost, in the audit's currency; empty when "
                                    "unknown")),
                (self.source, self.tr("Where the number comes from: a meter, an invoice or "
                                      "an estimate")),
                (self.ewc, self.tr("For waste: its code in the European List of Waste"))):
            widget.setToolTip(hint)
        for text, widget in ((self.tr("Kind"), self.kind), (self.tr("Item"), self.item),
                             (self.tr("Month"), self.month), (self.tr("Quantity"), self.quantity),
                             (self.tr("Unit"), self.unit),
                             (self.tr("Cost, {currency}").format(currency=currency), self.cost),
                             (self.tr("Source"), self.source),
                             (self.tr("EWC code (waste)"), self.ewc)):
            form.addRow(text, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fill(self, preset: dict) -> None:
        """Show stored or suggested values."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(preset.get("kind", ""))))
        self.item.setText(preset.get("item", ""))
        self.month.setText(preset.get("month", ""))
        quantity, cost = preset.get("quantity"), preset.get("cost")
        self.quantity.setText("" if quantity is None else f"{quantity:g}")
        self.unit.setText(preset.get("unit", ""))
        self.cost.setText("" if cost is None else f"{cost:g}")
        self.source.setCurrentIndex(max(0, self.source.findData(preset.get("source", "meter"))))
        self.ewc.setText(preset.get("ewc_code", ""))

    def values(self) -> dict:
        """The fields as typed (validated by the service)."""
        return {"kind": self.kind.currentData(), "item": self.item.text(),
                "month": self.month.text(), "quantity": self.quantity.text() or None,
                "unit": self.unit.text(), "cost": self.cost.text() or None,
                "source": self.source.currentData(), "ewc_code": self.ewc.text()}
