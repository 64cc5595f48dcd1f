"""Import a logger file: a preview of its first rows and a mapping of time and channels.

The dialog guesses the layout (encoding, delimiter, decimal sign, header and
unit rows, time columns and format, channels with units) and shows it on a
preview; the user corrects what is wrong, can reuse or save an import
template, and imports in the background with progress and Cancel.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFileDialog,
                               QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from recp_audit.gui import i18n
from recp_audit.gui.dialogs.unsaved import FormDialog
from recp_audit.gui.i18n import label
from recp_audit.measure.layout import (DATE_FORMATS, DATETIME_FORMATS, ENCODINGS, EXCEL_SERIAL,
                                       ISO, TIME_FORMATS, ChannelMap, Layout, Sample,
                                       column_names, guess_layout, is_spreadsheet, read_sample,
                                       split_name_unit)
from recp_audit.measure.quantities import QUANTITIES, guess_quantity
from recp_audit.messages import RecpError
from recp_audit.progress import Cancelled

PREVIEW_ROWS = 30
TIME_COLOUR, CHANNEL_COLOUR, SKIPPED_COLOUR = QColor("#fff3c4"), QColor("#dcebfb"), \
    QColor("#eeeeee")
DELIMITER_NAMES = {"\t": "Tab", ";": ";", ",": ",", "|": "|"}


class SeriesImportDialog(FormDialog):
    """Map a CSV/TSV/XLSX logger file to a series of the measurement point `point_id`."""

    def __init__(self, workspace, point_id: uuid.UUID, path: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.point_id = workspace, point_id
        self.path: Path | None = None
        self.sample: Sample | None = None
        self.layout_: Layout = Layout()
        self.imported_id: uuid.UUID | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Import logged series"))
        self.resize(1100, 760)
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        outer.addLayout(top)

        grid = QGridLayout()
        self.template = QComboBox()
        self.encoding = QComboBox()
        self.encoding.addItems(list(ENCODINGS))
        self.delimiter = QComboBox()
        for key, name in DELIMITER_NAMES.items():
            self.delimiter.addItem(name, key)
        self.decimal = QComboBox()
        self.decimal.addItem(self.tr("point (1.5)"), ".")
        self.decimal.addItem(self.tr("comma (1,5)"), ",")
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setSpecialValueText(self.tr("none"))
        self.data_row = QSpinBox()
        self.data_row.setMinimum(1)
        self.time_column = QComboBox()
        self.time_column_2 = QComboBox()
        self.time_format = QComboBox()
        self.time_format.setEditable(True)
        pairs = [
            (self.tr("Template"), self.template), (self.tr("Encoding"), self.encoding),
            (self.tr("Columns separated by"), self.delimiter),
            (self.tr("Decimal sign"), self.decimal), (self.tr("Sheet"), self.sheet),
            (self.tr("Header row"), self.header_row), (self.tr("Data from row"), self.data_row),
            (self.tr("Time column"), self.time_column),
            (self.tr("Time of day in column"), self.time_column_2),
            (self.tr("Time format"), self.time_format),
        ]
        for i, (text, widget) in enumerate(pairs):
            grid.addWidget(QLabel(text), i // 5 * 2, i % 5)
            grid.addWidget(widget, i // 5 * 2 + 1, i % 5)
        outer.addLayout(grid)

        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        outer.addWidget(QLabel(self.tr("Preview (time columns in yellow, channels in blue)")))
        outer.addWidget(self.preview, 3)

        outer.addWidget(QLabel(self.tr("Channels")))
        self.channels = QTableWidget(0, 4)
        self.channels.setHorizontalHeaderLabels(
            [self.tr("Import column"), self.tr("Channel name"), self.tr("Unit"),
             self.tr("Quantity")])
        self.channels.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.channels, 2)

        form = QFormLayout()
        self.name = QLineEdit()
        self.instrument = QComboBox()
        self.skip_bad = QCheckBox(self.tr("Skip rows that cannot be read (they are counted)"))
        self.save_as = QLineEdit()
        self.save_as.setPlaceholderText(self.tr("name, to reuse this mapping for the next file"))
        form.addRow(self.tr("Series name"), self.name)
        form.addRow(self.tr("Instrument"), self.instrument)
        form.addRow("", self.skip_bad)
        form.addRow(self.tr("Save as template"), self.save_as)
        outer.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))  # Tab reaches it before Cancel
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self._fill_instruments()
        self._fill_formats()
        for combo in (self.encoding, self.delimiter, self.sheet):
            combo.currentIndexChanged.connect(self._reread)
        for widget in (self.decimal, self.time_column, self.time_column_2):
            widget.currentIndexChanged.connect(self._mapping_changed)
        self.time_format.currentTextChanged.connect(self._mapping_changed)
        self.header_row.valueChanged.connect(self._rows_changed)
        self.data_row.valueChanged.connect(self._rows_changed)
        self.template.currentIndexChanged.connect(self._apply_template)
        if path is not None:
            self.open_file(path)

    # ----- filling ---------------------------------------------------------------------
    def _fill_instruments(self) -> None:
        from recp_audit.services.measurements import instruments

        self.instrument.addItem(self.tr("(not recorded)"), None)
        for info in instruments(self.workspace):
            suffix = self.tr(" — calibration overdue") if info.state == "overdue" else ""
            self.instrument.addItem(info.label + suffix, info.id)

    def _fill_formats(self) -> None:
        self.time_format.addItem(ISO)
        self.time_format.addItem(EXCEL_SERIAL)
        self.time_format.addItems(list(DATETIME_FORMATS))
        self.time_format.addItems([f"{d} {t}" for d in DATE_FORMATS for t in TIME_FORMATS[:2]])

    def choose_file(self) -> None:
        """Ask for a logger file and read it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logger file"), str(Path.home()),
            self.tr("Logger files (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read the first rows of `path`, guess its layout and show it."""
        from recp_audit.services.import_templates import adapt, all_templates, template_for

        self.path = path
        self.file_label.setText(str(path))
        self.name.setText(path.stem)
        try:
            self.sample = read_sample(path)
        except (OSError, RecpError, ValueError) as exc:
            self._show_error(i18n.text(exc.message) if isinstance(exc, RecpError) else str(exc))
            return
        self.layout_ = self.sample.layout
        self._filling = True
        self.template.clear()
        self.template.addItem(self.tr("(none)"), None)
        for template in all_templates():
            self.template.addItem(template.name, template.name)
        match = template_for(self.sample.column_names)
        if match is not None:
            self.layout_ = adapt(match, self.sample.column_names)
            self.template.setCurrentIndex(self.template.findData(match.name))
        self._filling = False
        self._show_layout()

    def _show_layout(self) -> None:
        """Put the layout into the controls, preview and channel table."""
        self._filling = True
        layout, sample = self.layout_, self.sample
        spreadsheet = self.path is not None and is_spreadsheet(self.path)
        for widget in (self.encoding, self.delimiter, self.decimal):
            widget.setEnabled(not spreadsheet)
        self.sheet.setEnabled(spreadsheet)
        self.sheet.clear()
        self.sheet.addItems(sample.sheets)
        if layout.sheet:
            self.sheet.setCurrentText(layout.sheet)
        if layout.encoding:
            self.encoding.setCurrentText(layout.encoding)
        index = self.delimiter.findData(layout.delimiter)
        if index >= 0:
            self.delimiter.setCurrentIndex(index)
        self.decimal.setCurrentIndex(self.decimal.findData(layout.decimal))
        rows = len(sample.rows)
        self.header_row.setRange(0, max(rows, 1))
        self.header_row.setValue(0 if layout.header_row is None else layout.header_row + 1)
        self.data_row.setRange(1, max(rows, 1))
        self.data_row.setValue(layout.data_row + 1)
        names = column_names(sample.rows, layout)
        for combo, with_none in ((self.time_column, False), (self.time_column_2, True)):
            combo.clear()
            if with_none:
                combo.addItem(self.tr("(none)"), None)
            for i, name in enumerate(names):
                combo.addItem(f"{i + 1}: {name}", i)
        if layout.time_columns:
            self.time_column.setCurrentIndex(self.time_column.findData(layout.time_columns[0]))
        if len(layout.time_columns) > 1:
            self.time_column_2.setCurrentIndex(
                self.time_column_2.findData(layout.time_columns[1]))
        self.time_format.setCurrentText(layout.time_format)
        self._fill_channels(names)
        self._filling = False
        self._show_preview()

    def _fill_channels(self, names: list[str]) -> None:
        chosen = {c.column: c for c in self.layout_.channels}
        self.channels.setRowCount(0)
        for i, header in enumerate(names):
            if i in self.layout_.time_columns:
                continue
            row = self.channels.rowCount()
            self.channels.insertRow(row)
            check = QTableWidgetItem(f"{i + 1}: {header}")
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if i in chosen else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, i)
            self.channels.setItem(row, 0, check)
            name, unit = split_name_unit(header)
            channel = chosen.get(i, ChannelMap(i, name, unit, guess_quantity(unit, name)))
            self.channels.setItem(row, 1, QTableWidgetItem(channel.name))
            self.channels.setItem(row, 2, QTableWidgetItem(channel.unit))
            quantity = QComboBox()
            for key, known in QUANTITIES.items():
                quantity.addItem(label(known.label, "Quantity"), key)
            quantity.setCurrentIndex(quantity.findData(channel.quantity))
            self.channels.setCellWidget(row, 3, quantity)

    def _show_preview(self) -> None:
        rows = self.sample.rows[:PREVIEW_ROWS] if self.sample else []
        names = column_names(self.sample.rows, self.layout_) if self.sample else []
        width = max([len(names), *(len(r) for r in rows)], default=0)
        self.preview.clear()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels(
            [names[i] if i < len(names) else f"#{i + 1}" for i in range(width)])
        channel_columns = {c.column for c in self.layout_.channels}
        for r, row in enumerate(rows):
            for c in range(width):
                value = row[c] if c < len(row) else ""
                item = QTableWidgetItem("" if value is None else str(value))
                if r < self.layout_.data_row:
                    item.setBackground(QBrush(SKIPPED_COLOUR))
                elif c in self.layout_.time_columns:
                    item.setBackground(QBrush(TIME_COLOUR))
                elif c in channel_columns:
                    item.setBackground(QBrush(CHANNEL_COLOUR))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    # ----- reacting --------------------------------------------------------------------
    def _reread(self) -> None:
        if self._filling or self.path is None:
            return
        try:
            self.sample = read_sample(self.path, self.encoding.currentText(),
                                      self.delimiter.currentData(), self.sheet.currentText()
                                      or None)
        except (OSError, RecpError, ValueError) as exc:
            self._show_error(str(exc))
            return
        self.layout_ = self.sample.layout
        self._show_layout()

    def _rows_changed(self) -> None:
        if self._filling or self.sample is None:
            return
        self.layout_ = self.build_layout()
        header, data = self.layout_.header_row, self.layout_.data_row
        guess_layout(self.sample.rows, self.layout_)
        self.layout_.header_row, self.layout_.data_row = header, data
        self.layout_.unit_row = None if header is None or data - header < 2 else data - 1
        self._show_layout()

    def _mapping_changed(self) -> None:
        if self._filling or self.sample is None:
            return
        self.layout_ = self.build_layout()
        self._filling = True
        self._fill_channels(column_names(self.sample.rows, self.layout_))
        self._filling = False
        self._show_preview()

    def _apply_template(self) -> None:
        from recp_audit.services.import_templates import adapt, load_template

        if self._filling or self.sample is None or self.template.currentData() is None:
            return
        self.layout_ = adapt(load_template(self.template.currentData()),
                             self.sample.column_names)
        self._show_layout()

    def build_layout(self) -> Layout:
        """The layout as the controls show it now."""
        layout = Layout.from_json(self.layout_.to_json())
        spreadsheet = self.path is not None and is_spreadsheet(self.path)
        layout.encoding = "" if spreadsheet else self.encoding.currentText()
        layout.delimiter = "" if spreadsheet else self.delimiter.currentData()
        layout.decimal = self.decimal.currentData() or "."
        layout.sheet = self.sheet.currentText() or None if spreadsheet else None
        layout.header_row = self.header_row.value() - 1 if self.header_row.value() else None
        layout.data_row = self.data_row.value() - 1
        columns = [self.time_column.currentData(), self.time_column_2.currentData()]
        layout.time_columns = [c for c in columns if c is not None]
        layout.time_format = self.time_format.currentText().strip() or ISO
        layout.skip_bad_rows = self.skip_bad.isChecked()
        channels = []
        for row in range(self.channels.rowCount()):
            check = self.channels.item(row, 0)
            column = check.data(Qt.ItemDataRole.UserRole)
            if check.checkState() != Qt.CheckState.Checked or column in layout.time_columns:
                continue
            channels.append(ChannelMap(column, self.channels.item(row, 1).text().strip(),
                                       self.channels.item(row, 2).text().strip(),
                                       self.channels.cellWidget(row, 3).currentData()))
        if self.channels.rowCount():
            layout.channels = channels
        return layout

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ----- importing -------------------------------------------------------------------
    def _check_units(self, layout: Layout) -> str:
        from recp_audit.measure.quantities import quantity
        from recp_audit.units import UnitError, parse_quantity

        for channel in layout.channels:
            expected = quantity(channel.quantity).unit
            try:
                if expected and channel.unit:
                    parse_quantity(f"0 {channel.unit}", expected)
                elif channel.unit:
                    parse_quantity(f"0 {channel.unit}", channel.unit)
            except UnitError as exc:
                return self.tr("Channel \"{name}\": {problem}").format(
                    name=channel.name, problem=i18n.text(exc.message))
        return ""

    def save(self) -> None:
        """Closing a changed dialog with Save imports."""
        self.run_import()

    def run_import(self) -> None:
        """Import with the current mapping in the background; stay open on errors."""
        from recp_audit.gui.tasks import run_task
        from recp_audit.measure.importers import headers_of
        from recp_audit.services import import_templates, series

        if self.path is None:
            self._show_error(self.tr("Choose a logger file first."))
            return
        layout = self.build_layout()
        problem = self._check_units(layout)
        if problem:
            self._show_error(problem)
            return
        template_name = self.save_as.text().strip() or (self.template.currentData() or "")
        path, point_id = self.path, self.point_id
        instrument_id, name = self.instrument.currentData(), self.name.text().strip()
        try:
            self.imported_id = run_task(self, self.tr("Importing {file}").format(
                file=path.name), lambda progress: series.import_series(
                self.workspace, point_id, path, layout, name=name,
                instrument_id=instrument_id, template=template_name, progress=progress))
        except Cancelled:
            self._show_error(self.tr("Import cancelled; nothing was stored."))
            return
        except RecpError as exc:
            self._show_error(i18n.text(exc.message))
            return
        except OSError as exc:
            self._show_error(f"{path.name}: {exc.strerror}")
            return
        if self.save_as.text().strip():
            try:
                import_templates.save_template(self.save_as.text(), layout,
                                               headers_of(path, layout))
            except OSError as exc:
                QMessageBox.warning(self, self.windowTitle(), self.tr(
                    "The series was imported, but the template could not be saved: {problem}")
                    .format(problem=exc.strerror))
        self.accept()
