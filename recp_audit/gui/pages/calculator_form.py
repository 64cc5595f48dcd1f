"""A calculator as a form: one row per input (value with unit, ± and a menu of the
audit's measured values), and the results recalculated as the user types."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPushButton, QTableWidget, QTableWidgetItem, QToolButton,
                               QVBoxLayout, QWidget, QHeaderView)

from recp_audit.calc.core import (MONEY, AmbiguousInput, Calculator, CalcError, Param,
                                  choice_label)
from recp_audit.gui import i18n
from recp_audit.gui.i18n import label
from recp_audit.choices import ResourceKind
from recp_audit.reports.calc_inputs import shown_value
from recp_audit.units import (UnitError, parse_unit, registry, shown_energy, split_number,
                              unit_label)

UNIT_CHOICES = ("bar", "kPa", "MPa", "psi", "mm", "cm", "m", "inch", "degC", "degF", "K", "h",
                "min", "s", "day", "year", "W", "kW", "MW", "hp", "kWh", "MWh", "GJ", "Gcal",
                "m**3", "l", "kg", "t", "m**3/h", "l/min", "t/h", "kg/h", "percent",
                "MJ/kg", "kWh/m**3", "W/(m*K)", "m**3/min")


def _shown_unit(param: Param, currency: str, language: str) -> str:
    first = param.unit.split("|")[0].replace(MONEY, currency)
    return unit_label(first, language) if first else ""


class CalculatorForm(QWidget):
    """Inputs of `calculator` and its live results; `measured` are the audit's measured
    values (services.measurements.MeasuredValue) offered per input of a matching unit."""

    changed = Signal()

    def __init__(self, calculator: Calculator, measured: list, currency: str, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.calculator, self.currency, self.language = calculator, currency, language
        self.measured = measured
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.spreads: dict[str, QLineEdit] = {}
        self.sources: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        reference = QLabel(self.tr("Reference: {reference}").format(
            reference=calculator.reference))
        reference.setWordWrap(True)
        reference.setStyleSheet("color: #555;")
        layout.addWidget(reference)
        grid = QGridLayout()
        for column, text in enumerate((self.tr("Input"), self.tr("Value"), self.tr("Unit"),
                                       "±", "")):
            header = QLabel(text)
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        for row, param in enumerate(calculator.params, start=1):
            caption = QLabel(label(param.label, "Calc"))
            caption.setWordWrap(True)  # long Russian captions leave room for the value
            grid.addWidget(caption, row, 0)
            field = self._field(param)
            field.setMinimumWidth(130)
            grid.addWidget(field, row, 1)
            units = self._unit_choices(param)
            if units:
                grid.addWidget(self._unit_picker(param, units), row, 2)
            if not (param.choices or param.text):
                spread = QLineEdit()
                spread.setObjectName(f"spread_{param.name}")
                spread.setMinimumWidth(72)
                spread.setMaximumWidth(96)
                spread.setToolTip(self.tr("Uncertainty of this input, e.g. 0.2 bar; "
                                          "the results then carry a range"))
                spread.textChanged.connect(self.recalculate)
                self.spreads[param.name] = spread
                grid.addWidget(spread, row, 3)
                grid.addWidget(self._measured_button(param), row, 4)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.warnings = QLabel()  # dubious inputs or regions the calculator warns about
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.readings = QWidget()  # the two readings of a bare fraction typed for a percent
        self.readings.setObjectName("readings")
        row = QHBoxLayout(self.readings)
        row.setContentsMargins(0, 0, 0, 0)
        self.reading_buttons = [QPushButton(), QPushButton()]
        for button in self.reading_buttons:
            button.clicked.connect(lambda _=False, b=button: self.fields[
                b.property("param")].setText(b.text()))
            row.addWidget(button)
        row.addStretch(1)
        self.readings.hide()
        layout.addWidget(self.readings)
        self.results = QTableWidget(0, 2)
        self.results.setObjectName("results")
        self.results.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Value")])
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.results, 1)
        self.recalculate()

    def _field(self, param: Param) -> QWidget:
        if param.choices:
            box = QComboBox()
            for choice in param.choices:
                box.addItem(self._choice_label(choice), choice)
            if param.default:
                box.setCurrentIndex(max(0, box.findData(param.default)))
            box.currentIndexChanged.connect(self.recalculate)
            widget: QWidget = box
        else:
            edit = QLineEdit()
            shown = _shown_unit(param, self.currency, self.language)
            hint = shown_value(param.default, self.language) if param.default else (
                self.tr("required") if param.required else self.tr("optional"))
            edit.setPlaceholderText(f"{hint} [{shown}]" if shown else hint)
            edit.setToolTip(self.tr("Type a number with its unit, e.g. 7 bar or 650 kPa"))
            edit.textChanged.connect(self.recalculate)
            widget = edit
        widget.setObjectName(f"input_{param.name}")
        self.fields[param.name] = widget
        return widget

    def _unit_choices(self, param: Param) -> list[str]:
        """Units the user may pick for `param` (none for choices, text and money)."""
        if param.choices or param.text or MONEY in param.unit or not param.unit:
            return []
        ureg = registry()
        wanted = {ureg.Quantity(1, unit).dimensionality for unit in param.units()}
        first = param.unit.split("|")[0]
        return [unit for unit in UNIT_CHOICES
                if ureg.Quantity(1, parse_unit(unit)).dimensionality in wanted
                and (unit != "kWh/m**3" or first == unit)]  # not a pressure, though alike

    def _unit_picker(self, param: Param, units: list[str]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"unit_{param.name}")
        for unit in units:
            box.addItem(unit_label(unit, self.language), unit)
        first = param.unit.split("|")[0]
        box.setCurrentIndex(max(0, box.findData(first)))
        box.setToolTip(self.tr("The unit of the number typed on the left"))
        box.activated.connect(lambda _=0, name=param.name, b=box: self.pick_unit(
            name, b.currentData()))
        return box

    def pick_unit(self, name: str, unit: str) -> None:
        """Give the number typed for `name` the unit `unit` (`7` -> `7 bar`)."""
        edit = self.fields[name]
        try:
            number, _ = split_number(edit.text())
        except UnitError:
            return
        shown = f"{number:g}".replace(".", "," if self.language == "ru" else ".")
        edit.setText(f"{shown} {unit_label(unit, self.language)}")

    def _choice_label(self, choice: str) -> str:
        """A fuel's name in the form's language (other choices as they are)."""
        return choice_label(choice, self.language, lambda text: label(text, "Calc"))

    def _measured_button(self, param: Param) -> QWidget:
        button = QToolButton()
        button.setText("⋯")
        button.setObjectName(f"measured_{param.name}")
        button.setToolTip(self.tr("Take a measured value of this audit"))
        menu = QMenu(button)
        for value in self._matching(param):
            flag = " ⚠" if value.calibration_overdue else ""
            action = menu.addAction(f"{value.text} — {value.point}, {value.source}, "
                                    f"{value.statistic}{flag}")
            action.triggered.connect(
                lambda _=False, p=param.name, v=value: self.take_measured(p, v))
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setEnabled(not menu.isEmpty())
        return button

    def _matching(self, param: Param) -> list:
        ureg = registry()
        wanted = [ureg.Quantity(1, unit).dimensionality for unit in param.units(self.currency)]
        found = []
        for value in self.measured:
            try:
                unit = parse_unit(value.unit) if value.unit else ureg.dimensionless
            except UnitError:
                continue
            if ureg.Quantity(1, unit).dimensionality in wanted:
                found.append(value)
        return found

    def take_measured(self, name: str, value) -> None:
        """Fill input `name` with a measured value and remember where it came from."""
        self.fields[name].setText(value.text)
        if name in self.spreads and value.uncertainty_text:
            self.spreads[name].setText(value.uncertainty_text)
        self.sources[name] = value.description(lambda context, text: label(text, context))

    def set_inputs(self, inputs: dict[str, str], uncertainties: dict[str, str],
                   sources: dict[str, str]) -> None:
        """Show stored inputs, ± and sources."""
        for name, text in inputs.items():
            widget = self.fields.get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(text)))
            elif widget is not None:
                widget.setText(text)
        for name, text in uncertainties.items():
            if name in self.spreads:
                self.spreads[name].setText(text)
        self.sources = dict(sources)
        self.recalculate()

    def inputs(self) -> dict[str, str]:
        """The inputs as typed (empty ones left out)."""
        values = {}
        for name, widget in self.fields.items():
            text = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            if str(text).strip():
                values[name] = str(text).strip()
        return values

    def uncertainties(self) -> dict[str, str]:
        """The ± typed (empty ones left out)."""
        return {name: edit.text().strip() for name, edit in self.spreads.items()
                if edit.text().strip()}

    def recalculate(self) -> None:
        """Run the calculator on the current inputs and show results or the problem."""
        from recp_audit.calc.uncertainty import result_ranges

        self.results.setRowCount(0)
        self._offer_readings(None)
        self.warnings.hide()
        typed = self.inputs()
        missing = [label(param.label, "Calc") for param in self.calculator.params
                   if param.required and param.name not in typed]
        if missing:
            self.error.setText(self.tr("To calculate, fill in: {fields}").format(
                fields=", ".join(missing)))
            self.changed.emit()
            return
        try:
            prepared = self.calculator.prepare(typed, self.currency)
            spreads = {name: self.calculator.param(name).parse(text, self.currency)
                       for name, text in self.uncertainties().items()}
            found = result_ranges(self.calculator, prepared, spreads)
            warned: list = []
            self.calculator.evaluate(prepared, None, warned)
        except CalcError as exc:
            self.error.setText(i18n.text(exc.message))
            if isinstance(exc, AmbiguousInput):  # named by its caption, not its CLI name
                caption = label(self.calculator.param(exc.name).label, "Calc")
                self.error.setText(f"{caption}: {i18n.text(exc.message.params['problem'])}")
                self._offer_readings(exc)
            self.changed.emit()
            return
        self.error.setText("")
        self.warnings.setText("\n".join(f"⚠ {i18n.text(message)}" for message in warned))
        self.warnings.setVisible(bool(warned))
        labels = {output.name: output.label for output in self.calculator.outputs}
        electric = {output.name for output in self.calculator.outputs
                    if output.saves == ResourceKind.ELECTRICITY}
        for row, (name, result) in enumerate(found.items()):
            self.results.insertRow(row)
            self.results.setItem(row, 0, QTableWidgetItem(label(labels[name], "Calc")))
            value, low, high = result.value, result.low, result.high
            if name not in electric:  # heat and fuel in the unit of the settings
                value, low, high = (shown_energy(q) for q in (value, low, high))
            text = self._format(value)
            if spreads and high.magnitude != value.magnitude:
                text += f"  ({self._number(low.m_as(value.units))} … " \
                        f"{self._number(high.m_as(value.units))})"
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.results.setItem(row, 1, item)
        self.changed.emit()

    def _offer_readings(self, ambiguity: AmbiguousInput | None) -> None:
        """Buttons for the two readings of a bare fraction (75 % / 0,75 %); none when
        `ambiguity` is None."""
        self.readings.setVisible(ambiguity is not None)
        if ambiguity is None:
            return
        for button, reading in zip(self.reading_buttons, ambiguity.readings):
            button.setText(reading)
            button.setProperty("param", ambiguity.name)
            button.setObjectName(f"reading_{ambiguity.name}")

    def _number(self, value: float) -> str:
        text = f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"
        text = text.replace(",", "\u00a0")
        return text.replace(".", ",") if self.language == "ru" else text

    def _format(self, quantity) -> str:
        unit = f"{quantity.units:~P}"
        return f"{self._number(float(quantity.magnitude))} {unit_label(unit, self.language)}" \
            .strip()

    @property
    def valid(self) -> bool:
        """Whether the current inputs calculate."""
        return not self.error.text()
