"""The Options area of an audit: the register (sortable, filterable) and the dashboard
with totals by category and area and the RECP indicators before and after."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTableView,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from recp_audit.calc import CALCULATORS
from recp_audit.choices import (CP_CATEGORY_LABELS, OPTION_STATUS_LABELS, RESOURCE_AREA_LABELS,
                                RESOURCE_KIND_LABELS, CPCategory, OptionStatus, ResourceKind)
from recp_audit.gui import i18n
from recp_audit.gui.dialogs.history import offer_history, row_records
from recp_audit.gui.i18n import label
from recp_audit.messages import QT_TRANSLATE_NOOP, RecpError
from recp_audit.model import Option
from recp_audit.reports.calc_inputs import stated_sources
from recp_audit.reports.format import number, significant
from recp_audit.reports.savings import (excess_text, group_text, money_texts, resource,
                                        unpriced_text)
from recp_audit.units import shown_energy, unit_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
WARN = "#8a5a00"
ID_ROLE = Qt.ItemDataRole.UserRole
# (key, header): the register's columns
COLUMNS = [
    ("title", QT_TRANSLATE_NOOP("Options", "Option")),
    ("category", QT_TRANSLATE_NOOP("Options", "Category")),
    ("status", QT_TRANSLATE_NOOP("Options", "Status")),
    ("electricity", QT_TRANSLATE_NOOP("Options", "Electricity,\nMWh/yr")),
    ("fuel", QT_TRANSLATE_NOOP("Options", "Fuel, heat,\nMWh/yr")),
    ("water", QT_TRANSLATE_NOOP("Options", "Water,\nm³/yr")),
    ("co2e", QT_TRANSLATE_NOOP("Options", "CO2e,\nt/yr")),
    ("money", QT_TRANSLATE_NOOP("Options", "Saving\nper year")),
    ("unpriced", QT_TRANSLATE_NOOP("Options", "Not\npriced")),
    ("investment", QT_TRANSLATE_NOOP("Options", "Investment")),
    ("payback", QT_TRANSLATE_NOOP("Options", "Payback,\nyears")),
    ("npv", QT_TRANSLATE_NOOP("Options", "NPV")),
    ("irr", QT_TRANSLATE_NOOP("Options", "IRR,\n%")),
]
TEXT_COLUMNS = ("title", "category", "status", "unpriced")
BOUNDS = {"money": "≥ ", "payback": "≤ ", "npv": "≥ ", "irr": "≥ "}  # when partial
FUEL_KINDS = (ResourceKind.NATURAL_GAS, ResourceKind.OTHER_FUEL, ResourceKind.HEAT)


def _values(info) -> dict[str, float | None]:
    def saved(*kinds, unit):
        amounts = [info.savings[k].m_as(unit) for k in kinds if k in info.savings]
        return sum(amounts) if amounts else None
    return {"electricity": saved(ResourceKind.ELECTRICITY, unit="MWh"),
            "fuel": saved(*FUEL_KINDS, unit="MWh"),
            "water": saved(ResourceKind.WATER_INTAKE, unit="m**3"),
            "co2e": info.co2e.m_as("t") if info.co2e is not None else None,
            "money": float(info.money.magnitude) if info.money is not None else None,
            "investment": info.investment, "payback": info.payback, "npv": info.npv,
            "irr": info.irr}


class OptionsModel(QAbstractTableModel):
    """The options as table rows; numbers sort as numbers (SORT_ROLE)."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.infos: list = []

    def set_options(self, infos: list) -> None:
        """Show `infos` (services.options.OptionInfo)."""
        self.beginResetModel()
        self.infos = infos
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.infos)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label(COLUMNS[section][1], "Options")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        info = self.infos[index.row()]
        key = COLUMNS[index.column()][0]
        values = _values(info)
        if role == ID_ROLE:
            return str(info.id)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if key == "title":
                return info.title
            if key == "category":
                return label(CP_CATEGORY_LABELS[info.category])
            if key == "status":
                return label(OPTION_STATUS_LABELS[info.status])
            if key == "unpriced":
                return ", ".join(resource(kind, self.language).lower()
                                 for kind in info.unpriced)
            value = values[key]
            if role == SORT_ROLE:
                return float("inf") if value is None and key == "payback" else (
                    float("-inf") if value is None else value)
            if key == "irr" and value is not None and value > 999:
                return "> 999"
            digits = 2 if key == "payback" and value is not None and value < 1 else (
                1 if key in ("payback", "irr", "co2e") else 0)
            text = number(value, self.language, digits)
            if info.partial and value is not None and key in BOUNDS:
                text = BOUNDS[key] + text
            return f"{text} ±" if key == "money" and info.money_range else text
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in TEXT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "unpriced":
            return QColor(WARN)
        if role == Qt.ItemDataRole.ForegroundRole and not info.selected:
            return QColor("#777")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [info.title, *[self.tr_group(info)] * bool(info.group),
                     *money_texts(info, self.language),
                     *(i18n.text(problem) for problem in info.problems)]
            if info.money_range:
                lines.append(self.tr_range(info))
            if (info.realised or {}).get("money") is not None:
                lines.append(QCoreApplication.translate(
                    "Options", "Realised: {money} {currency} a year ({note})").format(
                    money=number(info.realised["money"], self.language),
                    currency=info.currency, note=info.realised.get("note", "")))
            calculator = CALCULATORS.get(info.calculator or "")
            if calculator is not None:
                lines += stated_sources(calculator, info.sources, self.language)
            return "\n".join(lines)
        return None


    def tr_group(self, info) -> str:
        """The option's group and place in it, as a tooltip line."""
        return QCoreApplication.translate(
            "Options", "Group {group}, No. {order}: works on {share} % of the equipment's use "
            "the options before it leave").format(group=info.group, order=info.group_order,
                                                  share=number(info.remaining * 100,
                                                               self.language))

    def tr_range(self, info) -> str:
        """The money range from the inputs' uncertainty, as a tooltip line."""
        low, high = info.money_range
        return QCoreApplication.translate(
            "Options", "Saving per year from the inputs' uncertainty: {low} to {high} "
            "{currency}").format(low=number(low, self.language), high=number(high, self.language),
                                 currency=info.currency)


class OptionsFilter(QSortFilterProxyModel):
    """Filter by category, status and text; sort numbers numerically."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.category: str = ""
        self.status: str = ""
        self.text: str = ""

    def set_filter(self, category: str, status: str, text: str) -> None:
        """Show only options of `category` and `status` (empty: all) whose title has `text`."""
        self.category, self.status, self.text = category, status, text.strip().lower()
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        info = self.sourceModel().infos[row]
        return ((not self.category or str(info.category) == self.category)
                and (not self.status or str(info.status) == self.status)
                and (not self.text or self.text in info.title.lower()))


class OptionsArea(QTabWidget):
    """Register and dashboard of one audit's options."""

    changed = Signal()

    def __init__(self, workspace, audit_id: uuid.UUID, audit_title: str, currency: str,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.audit_id = workspace, audit_id
        self.currency, self.language = currency, language
        self.register = QWidget()
        self._build_register(audit_title)
        self.addTab(self.register, self.tr("Register"))
        self.dashboard = Dashboard(language)
        self.addTab(self.dashboard, self.tr("Dashboard"))
        self.refresh()

    def _build_register(self, audit_title: str) -> None:
        layout = QVBoxLayout(self.register)
        heading = QLabel(self.tr("Improvement options"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(QLabel(audit_title))
        filters = QHBoxLayout()
        self.category = QComboBox()
        self.category.setObjectName("category_filter")
        self.category.addItem(self.tr("All categories"), "")
        for member in CPCategory:
            self.category.addItem(label(CP_CATEGORY_LABELS[member]), member.value)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), "")
        for member in OptionStatus:
            self.status.addItem(label(OPTION_STATUS_LABELS[member]), member.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles"))
        for widget in (self.category, self.status, self.search):
            filters.addWidget(widget)
        self.category.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        layout.addLayout(filters)
        self.model = OptionsModel(self.language, self)
        self.proxy = OptionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("options")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn([key for key, _ in COLUMNS].index("money"),
                                Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        offer_history(self.table, self.workspace, row_records(Option, ID_ROLE), self.language,
                      self.refresh)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the title keeps a readable width at 1366 px
        unpriced = [key for key, _ in COLUMNS].index("unpriced")
        for column, width in ((0, 190), (1, 115), (2, 88), (unpriced, 95)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _: self.edit_option())
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.groups = QLabel()
        self.groups.setObjectName("groups")
        self.groups.setWordWrap(True)
        layout.addWidget(self.groups)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARN};")
        layout.addWidget(self.warnings)
        buttons = QHBoxLayout()
        writable = not self.workspace.read_only
        for text, slot, name in ((self.tr("New option…"), self.new_option, "new_option"),
                                 (self.tr("Edit…"), self.edit_option, "edit_option"),
                                 (self.tr("Delete…"), self.delete_option, "delete_option"),
                                 (self.tr("Emission factors…"), self.edit_factors, "factors")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(writable)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _filter(self) -> None:
        self.proxy.set_filter(self.category.currentData(), self.status.currentData(),
                              self.search.text())

    def refresh(self) -> None:
        """Reload options, totals and indicators."""
        from recp_audit.services.indicators import indicators
        from recp_audit.services.options import audit_totals, groups, options

        infos = options(self.workspace, self.audit_id)
        self.model.set_options(infos)
        self.table.setColumnHidden([key for key, _ in COLUMNS].index("unpriced"),
                                   not any(info.partial for info in infos))  # room at 1366 px
        total = audit_totals(self.workspace, self.audit_id, infos, self.currency)
        found = groups(infos)
        self.groups.setText("\n".join(
            [self.tr("Options on the same equipment, applied in sequence (the totals count "
                     "them so):")] * bool(found)
            + [group_text(group, self.currency, self.language) for group in found]))
        warnings = [unpriced_text(total.unpriced, self.language)] * bool(total.unpriced)
        warnings += [excess_text(kind, saved, use, self.language)
                     for kind, saved, use in total.excess]
        warnings += [i18n.text(problem) for group in found for problem in group.problems]
        self.warnings.setText("\n".join(warnings))
        self.summary.setText(self.tr(
            "{count} of {all} options selected (proposed, accepted or implemented): "
            "{money} {currency} a year for {investment} {currency}, {co2e} t CO2e a year").format(
            count=total.count, all=len(infos),
            money=BOUNDS["money"] * bool(total.unpriced) + number(total.money, self.language),
            currency=self.currency, investment=number(total.investment, self.language),
            co2e=number(total.co2e.m_as("t"), self.language, 1)))
        self.dashboard.show_totals(total, indicators(self.workspace, self.audit_id))

    def _selected(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return uuid.UUID(self.proxy.data(rows[0], ID_ROLE)) if rows else None

    def new_option(self) -> None:
        """Create an option and open it."""
        from recp_audit.services.options import create_option

        option = create_option(self.workspace, self.audit_id,
                               {"title": self.tr("New option"), "status": "identified"})
        self.refresh()
        self.open_option(option)

    def edit_option(self) -> None:
        """Open the selected option."""
        option = self._selected()
        if option is not None:
            self.open_option(option)

    def open_option(self, option_id: uuid.UUID) -> None:
        """Show the option dialog and refresh after a save."""
        from recp_audit.gui.dialogs.option_dialog import OptionDialog

        dialog = OptionDialog(self.workspace, self.audit_id, option_id, self.currency,
                              self.language, self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def edit_factors(self) -> None:
        """Show and change the emission factors this audit uses."""
        from recp_audit.gui.dialogs.audit_data import FactorsDialog

        if FactorsDialog(self.workspace, self.audit_id, self.language, self).exec():
            self.refresh()
            self.changed.emit()

    def delete_option(self) -> None:
        """Delete the selected option after asking."""
        from recp_audit.services import records

        option = self._selected()
        if option is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete option"),
                                      self.tr("Delete the selected option?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            records.delete(self.workspace, Option, option)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Delete option"), i18n.text(exc.message))
        self.refresh()
        self.changed.emit()


class Dashboard(QWidget):
    """Totals of the selected options, money by category and area, and the indicators."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Dashboard"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        self.cards = QGridLayout()
        layout.addLayout(self.cards)
        tables = QHBoxLayout()
        self.by_category = self._table("by_category", [self.tr("Category"), self.tr("Saving")])
        self.by_area = self._table("by_area", [self.tr("Area"), self.tr("Saving")])
        self.saved = self._table("saved", [self.tr("Resource"), self.tr("Saved per year")])
        for title, table in ((self.tr("By cleaner-production category"), self.by_category),
                             (self.tr("By area"), self.by_area),
                             (self.tr("Resources saved"), self.saved)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            tables.addWidget(box)
        layout.addLayout(tables, 1)
        box = QGroupBox(self.tr("RECP indicators (UNEP/UNIDO), baseline year"))
        inner = QVBoxLayout(box)
        self.indicators = self._table("indicators", [
            self.tr("Indicator"), self.tr("Baseline"), self.tr("After selected options"),
            self.tr("Change")])
        inner.addWidget(self.indicators)
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555;")
        inner.addWidget(self.notes)
        layout.addWidget(box, 1)

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _card(self, column: int, title: str, value: str) -> None:
        box = QGroupBox(title)
        text = QLabel(value)
        text.setObjectName(f"card_{column}")
        text.setStyleSheet("font-size: 16pt; font-weight: 600;")
        QVBoxLayout(box).addWidget(text)
        self.cards.addWidget(box, 0, column)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)

    def show_totals(self, total, found) -> None:
        """Show `total` (services.options.Totals) and `found` (services.indicators)."""
        while self.cards.count():
            self.cards.takeAt(0).widget().deleteLater()
        language = self.language
        self._card(0, self.tr("Saving per year"),
                   f"{BOUNDS['money'] * bool(total.unpriced)}{number(total.money, language)} "
                   f"{total.currency}")
        self._card(1, self.tr("Investment"), f"{number(total.investment, language)} "
                                             f"{total.currency}")
        self._card(2, self.tr("Simple payback"),
                   self.tr("{years} years").format(
                       years=BOUNDS["payback"] * bool(total.unpriced and total.payback)
                       + number(total.payback, language, 1)))
        self._card(3, self.tr("CO2e avoided per year"),
                   f"{number(total.co2e.m_as('t'), language, 1)} {unit_label('t', language)}")
        self._card(4, self.tr("Realised so far per year"),
                   f"{number(total.realised, language)} {total.currency}")
        self._fill(self.by_category, [[label(CP_CATEGORY_LABELS[k]), number(v, language)]
                                      for k, v in sorted(total.by_category.items(),
                                                         key=lambda kv: -kv[1])])
        self._fill(self.by_area, [[label(RESOURCE_AREA_LABELS[k]), number(v, language)]
                                  for k, v in sorted(total.by_area.items(),
                                                     key=lambda kv: -kv[1])])
        self._fill(self.saved, [[label(RESOURCE_KIND_LABELS[k]),
                                 self._amount(v, k == ResourceKind.ELECTRICITY)]
                                for k, v in total.savings.items()])
        rows = []
        for row in found.rows:
            before, after = row.before, row.after
            change = None
            if before is not None and after is not None and before.magnitude:
                change = (after.m_as(before.units) / before.magnitude - 1) * 100
            rows.append([label(row.label, "Indicators"), self._ratio(before, row),
                         self._ratio(after, row),
                         "—" if change is None else f"{number(change, language, 1)} %"])
        self._fill(self.indicators, rows)
        notes = list(found.notes)
        if found.no_output:
            notes.insert(0, self.tr("No output recorded: enter production in the baseline "
                                    "to get the indicators."))
        self.notes.setText("\n".join(notes))

    def _amount(self, value, electricity: bool) -> str:
        """A saved amount in a readable unit (electricity in MWh, heat and fuel in the
        unit of the settings)."""
        value = shown_energy(value, electricity)
        return f"{number(float(value.magnitude), self.language, 1)} " \
               f"{unit_label(f'{value.units:~P}', self.language)}"

    def _ratio(self, value, row) -> str:
        if value is None:
            return "—"
        return f"{significant(float(value.magnitude), self.language)} " \
               f"{unit_label(row.unit, self.language)}"
