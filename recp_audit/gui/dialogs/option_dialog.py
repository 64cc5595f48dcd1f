"""Edit an improvement option: what it is, its status and money, and its calculation."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QScrollArea, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from recp_audit.calc import CALCULATORS
from recp_audit.calc.factors import default_factors
from recp_audit.choices import (CP_CATEGORY_LABELS, OPTION_STATUS_LABELS, RESOURCE_AREA_LABELS,
                                RESOURCE_KIND_LABELS, CPCategory, OptionStatus, ResourceArea,
                                ResourceKind)
from recp_audit.gui import i18n
from recp_audit.gui.date_field import DateField
from recp_audit.gui.dialogs.unsaved import FormDialog
from recp_audit.gui.i18n import label
from recp_audit.gui.pages.calculator_form import CalculatorForm
from recp_audit.messages import RecpError
from recp_audit.reports.format import number
from recp_audit.reports.savings import money_texts, unpriced_text
from recp_audit.units import unit_label

EXAMPLES = {ResourceKind.ELECTRICITY: "12 MWh", ResourceKind.NATURAL_GAS: "8000 m3",
            ResourceKind.HEAT: "40 MWh", ResourceKind.WATER_INTAKE: "1500 m3",
            ResourceKind.WASTEWATER: "1500 m3", ResourceKind.RAW_MATERIAL: "12 t",
            ResourceKind.AUXILIARY_MATERIAL: "0.8 t", ResourceKind.WASTE: "5 t",
            ResourceKind.AIR_EMISSION: "300 kg"}
MANUAL_KINDS = tuple(EXAMPLES)


class OptionDialog(FormDialog):
    """The option's fields on the left, its calculator form on the right."""

    def __init__(self, workspace, audit_id: uuid.UUID, option_id: uuid.UUID, currency: str,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        from recp_audit.services.measurements import measured_values
        from recp_audit.services.options import options

        self.workspace, self.option_id = workspace, option_id
        self.currency, self.language = currency, language
        self.measured = measured_values(workspace, audit_id)
        infos = options(workspace, audit_id)
        self.info = next(info for info in infos if info.id == option_id)
        self.group_names = sorted({info.group for info in infos if info.group})
        self.setWindowTitle(self.tr("Improvement option"))
        self.resize(1180, 720)
        splitter = QSplitter()
        splitter.addWidget(self._fields())
        right = QWidget()
        self.calc_layout = QVBoxLayout(right)
        self.calculator = QComboBox()
        self.calculator.setObjectName("calculator")
        self.calculator.addItem(self.tr("(no calculation)"), "")
        for name, calc in CALCULATORS.items():
            if name not in ("finance",):
                self.calculator.addItem(label(calc.title, "Calc"), name)
        self.calculator.setCurrentIndex(max(0, self.calculator.findData(self.info.calculator)))
        self.calculator.currentIndexChanged.connect(self._calculator_chosen)
        self.calc_layout.addWidget(self.calculator)
        self.form: CalculatorForm | None = None
        self._calculator_chosen()
        if self.form is not None:
            self.form.set_inputs(self.info.inputs, self.info.uncertainties, self.info.sources)
        splitter.addWidget(right)
        splitter.setSizes([470, 710])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not workspace.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _fields(self) -> QWidget:
        info = self.info
        holder = QWidget()
        form = QFormLayout(holder)
        self.title = QLineEdit(info.title)
        self.title.setObjectName("title")
        self.title.setCursorPosition(0)
        self.description = QPlainTextEdit(info.description)
        self.description.setMaximumHeight(110)
        self.area = self._combo(RESOURCE_AREA_LABELS, ResourceArea, info.area)
        self.category = self._combo(CP_CATEGORY_LABELS, CPCategory, info.category)
        self.status = self._combo(OPTION_STATUS_LABELS, OptionStatus, info.status)
        self.status.setObjectName("status")
        self.responsible = QLineEdit(info.responsible)
        self.deadline = DateField()
        self.deadline.setObjectName("deadline")
        self.deadline.set_date(info.deadline)
        self.investment = QLineEdit("" if info.investment is None else f"{info.investment:g}")
        self.investment.setObjectName("investment")
        self.investment.setPlaceholderText(self.currency)
        self.lifetime = QLineEdit(f"{info.lifetime:g}")
        self.discount = QLineEdit(f"{info.discount_rate:g}")
        self.fuel = QComboBox()
        factors = default_factors()
        for key in factors.fuels():
            fuel = factors.fuel(key)
            self.fuel.addItem(fuel.label_ru if self.language == "ru" else fuel.label, key)
        self.fuel.setCurrentIndex(max(0, self.fuel.findData(info.fuel)))
        self.fuel.setToolTip(self.tr("The fuel whose use the saved heat or fuel displaces "
                                     "(for CO2e and the fuel price)"))
        for text, widget in ((self.tr("Title"), self.title),
                             (self.tr("Description"), self.description),
                             (self.tr("Area"), self.area), (self.tr("Category"), self.category),
                             (self.tr("Status"), self.status),
                             (self.tr("Responsible"), self.responsible),
                             (self.tr("Deadline"), self.deadline),
                             (self.tr("Investment, {currency}").format(currency=self.currency),
                              self.investment),
                             (self.tr("Lifetime, years"), self.lifetime),
                             (self.tr("Discount rate, %"), self.discount),
                             (self.tr("Fuel displaced"), self.fuel)):
            form.addRow(text, widget)
        self._group_fields(form)
        self._savings(form)
        manual = QLabel(self.tr("Savings per year entered by hand (when no calculator fits)"))
        manual.setWordWrap(True)
        manual.setStyleSheet("font-weight: 600; margin-top: 8px;")
        form.addRow(manual)
        stored = self.info_manual()
        self.manual: dict[str, QLineEdit] = {}
        for kind in MANUAL_KINDS:
            edit = QLineEdit(stored.get(str(kind), ""))
            edit.setObjectName(f"manual_{kind}")
            amount, unit = EXAMPLES[kind].split(" ")
            if self.language == "ru":
                amount = amount.replace(".", ",")
            edit.setPlaceholderText(self.tr("e.g. {example}").format(
                example=f"{amount} {unit_label(unit, self.language)}"))
            self.manual[str(kind)] = edit
            form.addRow(label(RESOURCE_KIND_LABELS[kind]), edit)
        monitoring = QLabel(self.tr("Monitoring after implementation"))
        monitoring.setStyleSheet("font-weight: 600; margin-top: 8px;")
        form.addRow(monitoring)
        realised = info.realised or {}
        self.realised_money = QLineEdit("" if realised.get("money") is None
                                        else f"{realised['money']:g}")
        self.realised_money.setObjectName("realised_money")
        self.realised_note = QLineEdit(realised.get("note", ""))
        form.addRow(self.tr("Realised saving per year, {currency}").format(
            currency=self.currency), self.realised_money)
        form.addRow(self.tr("Monitoring note"), self.realised_note)
        if self.info.problems:
            note = QLabel("\n".join(i18n.text(problem) for problem in self.info.problems))
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00;")
            form.addRow(note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setMinimumWidth(380)
        scroll.setWidget(holder)
        return scroll

    def _group_fields(self, form: QFormLayout) -> None:
        """Group, place in it and the equipment's annual use the group's shares are of."""
        info = self.info
        heading = QLabel(self.tr("Options on the same equipment (applied in sequence)"))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        form.addRow(heading)
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.group.setEditable(True)
        self.group.addItems(["", *self.group_names])
        self.group.setCurrentText(info.group)
        self.group.setToolTip(self.tr("Options with the same group name work on one piece of "
                                      "equipment or energy flow: each saves its share of what "
                                      "the options before it leave"))
        self.group_order = QSpinBox()
        self.group_order.setObjectName("group_order")
        self.group_order.setRange(0, 1000)
        self.group_order.setValue(info.group_order)
        self.group_base = QLineEdit(info.group_base)
        self.group_base.setObjectName("group_base")
        self.group_base.setPlaceholderText(self.tr("e.g. {example}").format(
            example=f"407,4 {unit_label('MWh', self.language)}" if self.language == "ru"
            else "407.4 MWh"))
        self.group_base.setToolTip(self.tr("The equipment's use a year (metered or logged "
                                           "power × hours), typed on the group's first option; "
                                           "the options' savings are shares of it"))
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Order in the group"), self.group_order)
        form.addRow(self.tr("Annual use of the equipment"), self.group_base)
        if info.group and info.remaining < 1:
            money = float(info.money.magnitude) * info.remaining if info.money else 0.0
            note = QLabel(self.tr("Applied after the options before it: {share} % of the "
                                  "equipment's use is left to it, {money} {currency} a year "
                                  "in sequence").format(
                share=number(info.remaining * 100, self.language),
                money=number(money, self.language), currency=self.currency))
            note.setObjectName("group_note")
            note.setWordWrap(True)
            form.addRow(note)

    def _savings(self, form: QFormLayout) -> None:
        """Each saving as stored with what it is worth and how it was priced."""
        if not self.info.items:
            return
        heading = QLabel(self.tr("Savings per year and their prices"))
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        form.addRow(heading)
        lines = money_texts(self.info, self.language)
        if self.info.money is not None and len(self.info.items) > 1:
            lines.append(self.tr("Together: {money} {currency} a year").format(
                money="≥ " * self.info.partial
                + number(float(self.info.money.magnitude), self.language),
                currency=self.currency))
        if self.info.partial:
            lines.append(unpriced_text(self.info.unpriced, self.language) + " — " + self.tr(
                "payback, NPV and IRR leave it out"))
        text = QLabel("\n".join(lines))
        text.setObjectName("savings")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(text)

    def info_manual(self) -> dict[str, str]:
        """The savings typed by hand, as stored."""
        from recp_audit.model import Option
        from recp_audit.services import records

        return dict(records.values_of(self.workspace, Option, self.option_id)
                    .get("manual_savings") or {})

    @staticmethod
    def _combo(labels, enum_cls, current) -> QComboBox:
        box = QComboBox()
        for member in enum_cls:
            box.addItem(label(labels[member]), member.value)
        box.setCurrentIndex(max(0, box.findData(str(current))))
        return box

    def _calculator_chosen(self) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        name = self.calculator.currentData()
        if name:
            self.form = CalculatorForm(CALCULATORS[name], self.measured, self.currency,
                                       self.language)
            self.calc_layout.addWidget(self.form, 1)

    def save(self) -> None:
        """Store the fields and the calculation; a problem is shown and nothing is lost."""
        from recp_audit.model import Option
        from recp_audit.model.validation import clean_fields
        from recp_audit.services import options

        values = {"title": self.title.text(), "description": self.description.toPlainText(),
                  "area": self.area.currentData(), "category": self.category.currentData(),
                  "status": self.status.currentData(), "responsible": self.responsible.text(),
                  "deadline": self.deadline.date(),
                  "investment": self.investment.text() or None,
                  "lifetime": self.lifetime.text() or 10,
                  "discount_rate": self.discount.text() or 0,
                  "fuel": self.fuel.currentData(),
                  "group_name": self.group.currentText().strip(),
                  "group_order": self.group_order.value(),
                  "group_base": self.group_base.text().strip(),
                  "manual_savings": {kind: edit.text() for kind, edit in self.manual.items()},
                  "realised": {"money": self.realised_money.text() or None,
                               "note": self.realised_note.text()}}
        try:
            clean_fields(Option, values, partial=True)  # refuse bad fields before saving any
            if self.form is not None:
                options.set_calculation(self.workspace, self.option_id,
                                        self.calculator.currentData(), self.form.inputs(),
                                        self.form.uncertainties(), self.form.sources)
            options.update_option(self.workspace, self.option_id, values)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Improvement option"), i18n.text(exc.message))
            return
        self.accept()
