"""The Measurements area of an audit: points, spot readings, imported series and photos."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QSplitter, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from recp_audit.choices import RESOURCE_AREA_LABELS
from recp_audit.gui import i18n
from recp_audit.gui.date_field import DateField
from recp_audit.gui.dialogs.history import offer_history, row_records
from recp_audit.gui.i18n import label
from recp_audit.measure.quantities import QUANTITIES, quantity
from recp_audit.messages import RecpError
from recp_audit.model import MeasurementPoint, Reading
from recp_audit.reports.format import general
from recp_audit.units import unit_label

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor("#b00020")


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
    return heading


class MeasurementsArea(QSplitter):
    """Points of the audit on the left, the chosen point's readings and series on the right."""

    changed = Signal()

    def __init__(self, workspace, audit_id: uuid.UUID, audit_title: str, language: str,
                 parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.workspace, self.audit_id, self.language = workspace, audit_id, language
        self.writable = not workspace.read_only
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(_heading(self.tr("Measurements")))
        column.addWidget(QLabel(audit_title))
        self.points = QListWidget()
        self.points.setObjectName("points")
        self.points.setSpacing(3)
        self.points.currentItemChanged.connect(self._point_chosen)
        offer_history(self.points, workspace, row_records(MeasurementPoint, ID_ROLE), language,
                      lambda: self.refresh(self._selected()))
        column.addWidget(self.points, 1)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Add point…"), self.add_point, "add_point"),
                                 (self.tr("Edit…"), self.edit_point, "edit_point"),
                                 (self.tr("Delete…"), self.delete_point, "delete_point")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(self.writable)
            buttons.addWidget(button)
        column.addLayout(buttons)
        instruments = QPushButton(self.tr("Instruments…"))
        instruments.setObjectName("instruments")
        instruments.clicked.connect(self.show_instruments)
        column.addWidget(instruments)
        self.addWidget(left)
        self.detail = QStackedWidget()
        self.addWidget(self.detail)
        self.setSizes([300, 1000])
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Reload the list of points, keeping or moving the selection."""
        from recp_audit.services.measurements import points_of

        current = select or (self.points.currentItem().data(ID_ROLE)
                             if self.points.currentItem() else None)
        self.points.blockSignals(True)
        self.points.clear()
        for point in points_of(self.workspace, self.audit_id):
            entry = QListWidgetItem(self._point_text(point))
            entry.setData(ID_ROLE, point.id)
            if point.overdue:
                entry.setForeground(QBrush(OVERDUE))
            self.points.addItem(entry)
            if point.id == current:
                self.points.setCurrentItem(entry)
        self.points.blockSignals(False)
        if self.points.currentItem() is None and self.points.count():
            self.points.setCurrentRow(0)
        else:
            self._point_chosen(self.points.currentItem())

    def _point_chosen(self, entry: QListWidgetItem | None, _previous=None) -> None:
        old = self.detail.currentWidget()
        if entry is None:
            page: QWidget = QLabel(self.tr(
                "No measurement points yet. Add the equipment or place you measure, for "
                "example \"Compressor K-2 feeder\" or \"Boiler DKVR-10 flue\"."))
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignmentFlag.AlignTop)
        else:
            page = PointPanel(self.workspace, entry.data(ID_ROLE), self.language)
            page.changed.connect(self._point_changed)
        self.detail.addWidget(page)
        self.detail.setCurrentWidget(page)
        if old is not None:
            self.detail.removeWidget(old)
            old.deleteLater()

    def _point_changed(self) -> None:
        self.changed.emit()
        self.refresh_list_only()

    def refresh_list_only(self) -> None:
        """Update the counts in the point list without rebuilding the panel."""
        from recp_audit.services.measurements import points_of

        by_id = {p.id: p for p in points_of(self.workspace, self.audit_id)}
        for row in range(self.points.count()):
            entry = self.points.item(row)
            point = by_id.get(entry.data(ID_ROLE))
            if point is None:
                continue
            entry.setText(self._point_text(point))
            entry.setForeground(QBrush(OVERDUE if point.overdue else QColor("#000")))

    def _point_text(self, point) -> str:
        counts = self.tr("{readings} readings · {series} series").format(
            readings=point.readings, series=point.series)
        text = f"{point.name}\n{label(RESOURCE_AREA_LABELS[point.area])} · {counts}"
        if point.overdue:
            text += "\n" + self.tr("calibration overdue")
        return text

    def _selected(self) -> uuid.UUID | None:
        entry = self.points.currentItem()
        return entry.data(ID_ROLE) if entry else None

    def add_point(self) -> None:
        """A new measurement point."""
        from recp_audit.gui.dialogs.forms import edit_point

        saved = edit_point(self, self.workspace, audit_id=self.audit_id)
        if saved:
            self.changed.emit()
            self.refresh(select=saved)

    def edit_point(self) -> None:
        """Edit the selected point."""
        from recp_audit.gui.dialogs.forms import edit_point

        selected = self._selected()
        if selected and edit_point(self, self.workspace, selected):
            self.changed.emit()
            self.refresh(select=selected)

    def delete_point(self) -> None:
        """Delete the selected point with its readings, series and photos."""
        from recp_audit.services import records

        selected = self._selected()
        if selected is None:
            return
        impact = records.deletion_impact(self.workspace, MeasurementPoint, selected)
        if QMessageBox.question(self, self.tr("Delete point"), self.tr(
                "Delete this point with {readings} reading(s) and {series} series?").format(
                readings=impact.get("reading", 0), series=impact.get("series", 0))) != \
                QMessageBox.StandardButton.Yes:
            return
        records.delete(self.workspace, MeasurementPoint, selected)
        self.changed.emit()
        self.points.setCurrentItem(None)
        self.refresh()

    def show_instruments(self) -> None:
        """The workspace's instrument register."""
        from recp_audit.gui.dialogs.instruments import InstrumentsDialog

        dialog = InstrumentsDialog(self.workspace, self.language, self)
        dialog.exec()
        if dialog.changed:
            self.changed.emit()
            self.refresh()


class PointPanel(QWidget):
    """One point: notes and photos, its readings (with an entry form) and its series."""

    changed = Signal()

    def __init__(self, workspace, point_id: uuid.UUID, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from recp_audit.gui.photo_strip import PhotoStrip
        from recp_audit.services import records

        self.workspace, self.point_id, self.language = workspace, point_id, language
        self.writable = not workspace.read_only
        values = records.values_of(workspace, MeasurementPoint, point_id)
        layout = QVBoxLayout(self)
        title = QLabel(values["name"])
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)
        if values["notes"]:
            notes = QLabel(values["notes"])
            notes.setWordWrap(True)
            layout.addWidget(notes)
        photos = PhotoStrip(workspace, point_id, self.writable)
        photos.changed.connect(self.changed)
        layout.addWidget(photos)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._readings_tab(), self.tr("Spot readings"))
        self.tabs.addTab(self._series_tab(), self.tr("Logged series"))
        layout.addWidget(self.tabs, 1)
        self.refresh_readings()
        self.refresh_series()

    # ----- spot readings ---------------------------------------------------------------
    def _readings_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.readings = QTableWidget(0, 6)
        self.readings.setObjectName("readings")
        self.readings.setHorizontalHeaderLabels([
            self.tr("Quantity"), self.tr("Value"), self.tr("±"), self.tr("Time"),
            self.tr("Instrument"), self.tr("Note")])
        self.readings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.readings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.readings.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        offer_history(self.readings, self.workspace, row_records(Reading, ID_ROLE), self.language,
                      self.refresh_readings)
        layout.addWidget(self.readings, 1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.quantity = QComboBox()
        for key, known in QUANTITIES.items():
            self.quantity.addItem(label(known.label, "Quantity"), key)
        self.quantity.currentIndexChanged.connect(self._quantity_changed)
        self.value = QLineEdit()
        self.value.setObjectName("value")
        self.value.returnPressed.connect(self.add_reading)
        self.taken = DateField(with_time=True)
        self.taken.setObjectName("taken")
        self.taken.set_date(dt.datetime.now().replace(second=0, microsecond=0))
        self.instrument = QComboBox()
        self.instrument.setObjectName("instrument")
        self.uncertainty = QLineEdit()
        self.uncertainty.setPlaceholderText(self.tr("from the instrument accuracy"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note"))
        for widget, hint in (
                (self.quantity, self.tr("What was measured")),
                (self.value, self.tr("The reading with its unit, e.g. 41.5 kW or 7 bar; "
                                     "Enter adds it")),
                (self.taken, self.tr("When the reading was taken")),
                (self.instrument, self.tr("The instrument of the register used; its accuracy "
                                          "gives the uncertainty")),
                (self.uncertainty, self.tr("± of this reading when it differs from the "
                                           "instrument's accuracy")),
                (self.note, self.tr("Conditions worth knowing, e.g. load at the time"))):
            widget.setToolTip(hint)
        row = QHBoxLayout()
        row.addWidget(self.quantity, 3)
        row.addWidget(self.value, 2)
        form.addRow(self.tr("New reading"), row)
        second = QHBoxLayout()
        second.addWidget(self.instrument, 1)
        second.addWidget(QLabel(self.tr("±")))
        second.addWidget(self.uncertainty, 1)
        form.addRow(self.tr("Instrument"), second)
        form.addRow(self.tr("Time"), self.taken)  # a wrong time is said under it in full
        form.addRow(self.tr("Note"), self.note)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add reading"))
        add.setObjectName("add_reading")
        add.clicked.connect(self.add_reading)
        delete = QPushButton(self.tr("Delete reading"))
        delete.clicked.connect(self.delete_reading)
        photo = QPushButton(self.tr("Photos of reading…"))
        photo.clicked.connect(self.reading_photos)
        for button in (add, delete, photo):
            button.setEnabled(self.writable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        layout.addLayout(form)
        self._fill_instruments()
        self._quantity_changed()
        return tab

    def _fill_instruments(self) -> None:
        from recp_audit.services.measurements import instruments

        self.instrument.clear()
        self.instrument.addItem(self.tr("(not recorded)"), None)
        for info in instruments(self.workspace):
            suffix = self.tr(" — calibration overdue") if info.state == "overdue" else ""
            self.instrument.addItem(info.label + suffix, info.id)

    def _quantity_changed(self) -> None:
        unit = quantity(self.quantity.currentData()).unit
        shown = unit_label(unit, self.language)
        self.value.setPlaceholderText(self.tr("value, e.g. 6,5 {unit}").format(unit=shown)
                                      if shown else self.tr("value"))

    def refresh_readings(self) -> None:
        """Reload the readings and the per-quantity summary."""
        from recp_audit.services.measurements import readings_of, summarise

        rows = readings_of(self.workspace, self.point_id)
        self.readings.setRowCount(0)
        for reading in rows:
            row = self.readings.rowCount()
            self.readings.insertRow(row)
            unit = unit_label(reading.unit, self.language)
            bound = "—" if reading.uncertainty is None \
                else f"{general(reading.uncertainty, self.language, 3)} {unit}"
            if reading.uncertainty is not None and not reading.uncertainty_given:
                bound += " " + self.tr("(instrument)")
            instrument = reading.instrument or "—"
            if reading.calibration_overdue:
                instrument += " — " + self.tr("calibration overdue")
            cells = [label(quantity(reading.quantity).label, "Quantity"),
                     f"{general(reading.value, self.language)} {unit}".strip(), bound,
                     reading.taken.strftime("%d.%m.%Y %H:%M"), instrument,
                     reading.note + (f" [{self.tr('photos')}: {reading.photos}]"
                                     if reading.photos else "")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, reading.id)
                if reading.calibration_overdue:
                    item.setForeground(QBrush(OVERDUE))
                self.readings.setItem(row, column, item)
        self.readings.resizeColumnsToContents()
        lines = []
        for summary in summarise(rows):
            if summary.count < 2:
                continue
            unit = unit_label(summary.unit, self.language)
            shown = {name: general(getattr(summary, name), self.language, digits)
                     for name, digits in (("mean", 4), ("std", 2), ("low", 6), ("high", 6))}
            line = self.tr("{quantity}: {count} readings, mean {mean} {unit}, spread "
                           "± {std} ({low} – {high})").format(
                quantity=label(quantity(summary.quantity).label, "Quantity"),
                count=summary.count, unit=unit, **shown)
            if summary.calibration_overdue:
                line += " — " + self.tr("includes values from an instrument past calibration")
            lines.append(line)
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(lines))

    def add_reading(self) -> None:
        """Store the typed reading; a wrong unit or number is shown, nothing else changes."""
        from recp_audit.services.measurements import add_reading
        from recp_audit.units import UnitError, parse_quantity

        quantity_id = self.quantity.currentData()
        expected = quantity(quantity_id).unit or "dimensionless"
        try:
            value, unit = parse_quantity(self.value.text(), expected)
            given = self.uncertainty.text().strip()
            uncertainty = abs(parse_quantity(given, unit)[0]) if given else None
            add_reading(self.workspace, self.point_id, quantity_id, value, unit,
                        self.taken.date() or dt.datetime.now(),
                        self.instrument.currentData(), uncertainty, self.note.text())
        except UnitError as exc:
            self._show_error(i18n.text(exc.message))
            return
        except RecpError as exc:
            self._show_error(i18n.text(exc.message))
            return
        self._show_error("")
        self.value.clear()
        self.uncertainty.clear()
        self.note.clear()
        self.refresh_readings()
        self.changed.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _selected_reading(self) -> uuid.UUID | None:
        row = self.readings.currentRow()
        return self.readings.item(row, 0).data(ID_ROLE) if row >= 0 else None

    def delete_reading(self) -> None:
        """Delete the selected reading."""
        from recp_audit.services import records

        selected = self._selected_reading()
        if selected and QMessageBox.question(self, self.tr("Delete reading"), self.tr(
                "Delete the selected reading?")) == QMessageBox.StandardButton.Yes:
            records.delete(self.workspace, Reading, selected)
            self.refresh_readings()
            self.changed.emit()

    def reading_photos(self) -> None:
        """Photos of the selected reading (the display, the nameplate …)."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        from recp_audit.gui.photo_strip import PhotoStrip

        selected = self._selected_reading()
        if selected is None:
            self._show_error(self.tr("Select a reading first."))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Photos of the reading"))
        layout = QVBoxLayout(dialog)
        strip = PhotoStrip(self.workspace, selected, self.writable)
        layout.addWidget(strip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.accept)
        layout.addWidget(buttons)
        dialog.resize(560, 220)
        dialog.exec()
        self.refresh_readings()
        self.changed.emit()

    # ----- logged series ---------------------------------------------------------------
    def _series_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.series_list = QComboBox()
        self.series_list.setObjectName("series_list")
        self.series_list.currentIndexChanged.connect(self._series_chosen)
        row.addWidget(self.series_list, 1)
        importing = QPushButton(self.tr("Import series…"))
        importing.setObjectName("import_series")
        importing.setEnabled(self.writable)
        importing.clicked.connect(lambda: self.import_series())
        row.addWidget(importing)
        layout.addLayout(row)
        self.series_area = QStackedWidget()
        layout.addWidget(self.series_area, 1)
        return tab

    def refresh_series(self, select: uuid.UUID | None = None) -> None:
        """Reload the list of series and show the chosen one."""
        from recp_audit.services.series import series_of

        self.series_list.blockSignals(True)
        self.series_list.clear()
        for info in series_of(self.workspace, self.point_id):
            text = f"{info.name} ({info.start:%d.%m.%Y} – {info.end:%d.%m.%Y})"
            if info.calibration_overdue:
                text += " — " + self.tr("calibration overdue")
            self.series_list.addItem(text, info.id)
        self.series_list.blockSignals(False)
        if select is not None:
            self.series_list.setCurrentIndex(max(0, self.series_list.findData(select)))
        self._series_chosen()

    def _series_chosen(self) -> None:
        from recp_audit.gui.pages.series_view import SeriesView
        from recp_audit.services.series import load_series

        old = self.series_area.currentWidget()
        series_id = self.series_list.currentData()
        if series_id is None:
            page: QWidget = QLabel(self.tr(
                "No logged series here yet. Import a CSV, TSV or Excel file exported by a "
                "power logger, flue-gas analyser or flow meter."))
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignmentFlag.AlignTop)
        else:
            page = SeriesView(load_series(self.workspace, series_id), self.language)
        self.series_area.addWidget(page)
        self.series_area.setCurrentWidget(page)
        if old is not None:
            self.series_area.removeWidget(old)
            old.deleteLater()

    def import_series(self, path: Path | None = None) -> None:
        """Open the mapping dialog for a logger file and show the imported series."""
        from recp_audit.gui.dialogs.series_import import SeriesImportDialog

        dialog = SeriesImportDialog(self.workspace, self.point_id, path, self)
        if path is None:
            dialog.choose_file()
            if dialog.path is None:
                return
        if dialog.exec() and dialog.imported_id:
            self.tabs.setCurrentIndex(1)
            self.refresh_series(select=dialog.imported_id)
            self.changed.emit()
