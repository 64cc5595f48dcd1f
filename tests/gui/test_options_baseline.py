"""The calculator form, the options register and dashboard, the option dialog and the
baseline page, driven with qtbot offscreen on the demo dairy."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QToolButton

from recp_audit.calc import calculator
from recp_audit.choices import ResourceKind
from recp_audit.model import Audit, Enterprise
from recp_audit.services import baseline, measurements, options


@pytest.fixture
def dairy(demo):
    with demo.session() as session:
        return session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))


def test_calculator_form_recalculates_as_the_user_types(qtbot):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    form = CalculatorForm(calculator("air-leak"), [], "BYN", "en")
    qtbot.addWidget(form)
    assert form.error.text() == ("To calculate, fill in: line pressure (gauge), hole "
                                 "diameter, hours per year") and not form.valid
    form.fields["pressure"].setText("7 bar")
    form.fields["diameter"].setText("3 mm")
    form.fields["hours"].setText("6000 h")
    assert form.valid and form.results.rowCount() == 4  # no price: no money row
    form.fields["price"].setText("0,25 BYN/kWh")
    assert form.results.rowCount() == 5
    form.spreads["diameter"].setText("0.5 mm")
    assert "…" in form.results.item(2, 1).text()  # a range from the ±
    form.fields["diameter"].setText("3 kg")
    assert "is mass" in form.error.text()


def test_measured_values_fill_inputs_and_record_their_source(qtbot, demo, dairy):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    measured = measurements.measured_values(demo, dairy)
    form = CalculatorForm(calculator("flue-gas-loss"), measured, "BYN", "ru")
    qtbot.addWidget(form)
    menu = form.findChild(QToolButton, "measured_flue_temperature")
    assert menu is not None and menu.isEnabled()
    actions = menu.menu().actions()
    assert actions and all("°C" in action.text() for action in actions)  # only temperatures
    actions[0].trigger()
    assert form.fields["flue_temperature"].text().endswith("°C")
    assert "Котёл ДКВР-10" in form.sources["flue_temperature"]


def test_register_sorts_and_filters(qtbot, demo, dairy):
    from recp_audit.gui.pages.options import COLUMNS, OptionsArea

    area = OptionsArea(demo, dairy, "RECP", "BYN", "en")
    qtbot.addWidget(area)
    proxy = area.proxy
    money = [key for key, _ in COLUMNS].index("money")
    area.table.sortByColumn(money, Qt.SortOrder.DescendingOrder)
    first = proxy.data(proxy.index(0, 0))
    assert "ДКВР" in first  # the economiser saves most
    area.status.setCurrentIndex(area.status.findData("accepted"))
    assert proxy.rowCount() == 2
    area.status.setCurrentIndex(0)
    area.search.setText("сжатого")
    assert proxy.rowCount() == 2
    assert "selected" in area.summary.text()
    area.search.setText("Изоляция паропровода")
    tip = proxy.data(proxy.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "pipe surface (medium) temperature: Паропровод DN100" in tip
    assert "surface_temperature" not in tip  # parameters by their labels, not their names


def test_dashboard_shows_totals_and_indicators(qtbot, demo, dairy):
    from recp_audit.gui.pages.options import OptionsArea
    from recp_audit.reports.format import number

    area = OptionsArea(demo, dairy, "RECP", "BYN", "ru")
    qtbot.addWidget(area)
    total = options.totals(options.options(demo, dairy), "BYN")
    card = area.dashboard.findChild(QLabel, "card_0")
    assert card.text() == f"{number(total.money, 'ru')} BYN"
    table = area.dashboard.indicators
    assert table.rowCount() == 6
    assert all(table.item(row, 1).text() != "—" for row in range(6))


def test_option_dialog_saves_a_calculation(qtbot, demo, dairy, monkeypatch):
    from recp_audit.gui.dialogs.option_dialog import OptionDialog

    option = options.create_option(demo, dairy, {"title": "Motor M-7"})
    dialog = OptionDialog(demo, dairy, option, "BYN", "en")
    qtbot.addWidget(dialog)
    dialog.calculator.setCurrentIndex(dialog.calculator.findData("motor-replacement"))
    for name, text in (("power", "45 kW"), ("hours", "5000 h"), ("efficiency_old", "91 %"),
                       ("efficiency_new", "94 %")):
        dialog.form.fields[name].setText(text)
    dialog.investment.setText("3500")
    dialog.status.setCurrentIndex(dialog.status.findData("accepted"))
    dialog.save()
    info = next(i for i in options.options(demo, dairy) if i.id == option)
    assert info.calculator == "motor-replacement" and info.investment == 3500
    assert info.money is not None and info.payback is not None  # priced by the tariff


def test_option_dialog_refuses_bad_input_and_keeps_what_was_saved(qtbot, demo, dairy,
                                                                  monkeypatch):
    from recp_audit.gui.dialogs.option_dialog import OptionDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    info = next(i for i in options.options(demo, dairy) if i.calculator == "air-leak"
                and i.inputs)
    dialog = OptionDialog(demo, dairy, info.id, "BYN", "en")
    qtbot.addWidget(dialog)
    dialog.form.fields["diameter"].setText("-2 mm")
    dialog.investment.setText("lots")
    dialog.save()
    assert warnings and "not a number" in warnings[0]
    dialog.investment.setText("1800")
    dialog.save()
    assert "diameter must be greater than 0 mm" in warnings[1]
    again = next(i for i in options.options(demo, dairy) if i.id == info.id)
    assert again.inputs["diameter"] == "2 mm"


def test_baseline_page_shows_gaps_and_reports_a_bad_import(qtbot, demo, dairy, tmp_path,
                                                          monkeypatch):
    from recp_audit.gui.pages.baseline import GAP, BaselineArea

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    page = BaselineArea(demo, dairy, "RECP", "BYN", "ru")
    qtbot.addWidget(page)
    table = page.table
    well = next(r for r in range(table.rowCount()) if "скважина" in table.item(r, 0).text())
    august = 2 + 7
    assert table.item(well, august).text() == "—"
    assert table.item(well, august).background().color() == GAP
    assert "gap" in page.note.text()
    axis = page.monthly_plot.getAxis("left")  # numbers as the language writes them
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert axis.tickStrings([600000.0, 0.0], 1, 100000.0) == ["600,000", "0"]
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        assert axis.tickStrings([600000.0, 2.5], 1, 0.5) == ["600\u00a0000,0", "2,5"]
    finally:
        QLocale.setDefault(before)
    bad = tmp_path / "bad.csv"
    bad.write_text("kind;item;month;quantity;unit\nelectricity;;2025-13;5;kWh\n", "utf-8")
    before = len(baseline.lines(demo, dairy))
    page.import_table(str(bad))
    assert warnings and "row 2, column C (Month)" in warnings[0]  # the heading as shown
    assert len(baseline.lines(demo, dairy)) == before


def test_a_measured_value_brings_its_instrument_accuracy_as_the_uncertainty(qtbot, demo, dairy):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    measured = measurements.measured_values(demo, dairy)
    form = CalculatorForm(calculator("pipe-heat-loss"), measured, "BYN", "en")
    qtbot.addWidget(form)
    button = form.findChild(QToolButton, "measured_surface_temperature")
    action = next(a for a in button.menu().actions() if "DN100" in a.text())
    assert "⚠" in action.text()  # the IR thermometer is past its calibration date
    action.trigger()
    assert form.fields["surface_temperature"].text() == "99 °C"
    assert form.spreads["surface_temperature"].text() == "1.5 °C"  # Testo 830-T4 ±1.5 °C
    assert "calibration overdue" in form.sources["surface_temperature"]


def test_savings_typed_by_hand_are_priced_and_monitoring_is_kept(qtbot, demo, dairy):
    from recp_audit.gui.dialogs.option_dialog import OptionDialog

    option = options.create_option(demo, dairy, {"title": "Less milk to drain",
                                                 "category": "good_housekeeping"})
    dialog = OptionDialog(demo, dairy, option, "BYN", "en")
    qtbot.addWidget(dialog)
    dialog.manual["raw_material"].setText("12 t")
    dialog.status.setCurrentIndex(dialog.status.findData("implemented"))
    dialog.realised_money.setText("10500")
    dialog.realised_note.setText("meter readings Jan-Mar 2027")
    dialog.save()
    info = next(i for i in options.options(demo, dairy) if i.id == option)
    assert info.savings[ResourceKind.RAW_MATERIAL].m_as("t") == 12
    assert info.money.m_as("BYN") == pytest.approx(12 * 980)  # the raw-milk tariff
    assert info.realised == {"money": 10500.0, "note": "meter readings Jan-Mar 2027"}
    assert options.totals(options.options(demo, dairy), "BYN").realised == 10500


def test_tariffs_dialog_changes_and_removes_prices(qtbot, demo, dairy, monkeypatch):
    from recp_audit.gui.dialogs.audit_data import TariffsDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = TariffsDialog(demo, dairy, "BYN")
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    electricity = next(i for i, row in enumerate(rows) if row[0] == "electricity")
    dialog.table.item(electricity, 2).setText("0,31")
    empty = len(dialog.existing)
    dialog.table.cellWidget(empty, 0).setCurrentIndex(
        dialog.table.cellWidget(empty, 0).findData("heat"))
    dialog.table.item(empty, 2).setText("abc")
    dialog.table.item(empty, 3).setText("MWh")
    dialog.save()
    assert warnings and f"Row {empty + 1}" in warnings[0] and "not a number" in warnings[0]
    dialog.table.item(empty, 2).setText("95")
    dialog.save()
    assert baseline.tariff(demo, dairy, ResourceKind.ELECTRICITY).magnitude == 0.31
    assert baseline.tariff(demo, dairy, ResourceKind.HEAT).magnitude == 95


def test_factors_dialog_needs_a_source_for_a_new_value(qtbot, demo, dairy, monkeypatch):
    from recp_audit.gui.dialogs.audit_data import FactorsDialog
    from recp_audit.services.options import factors_of

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = FactorsDialog(demo, dairy, "en")
    qtbot.addWidget(dialog)
    grid = next(i for i, row in enumerate(dialog.rows) if row.key == "BY")
    dialog.table.item(grid, 2).setText("0.42 kg/kWh")
    dialog.save()
    assert warnings and "comes from" in warnings[0]
    grid = next(i for i, row in enumerate(dialog.rows) if row.key == "BY")
    dialog.table.item(grid, 2).setText("0.42 kg/kWh")
    dialog.table.item(grid, 3).setText("Minenergo 2026")
    dialog.save()
    assert factors_of(demo, dairy).grid().m_as("g/kWh") == 420


def test_the_gost_minimum_or_a_certificate_heating_value_of_gas_can_be_chosen(qtbot, demo,
                                                                              dairy):
    from recp_audit.gui.dialogs.audit_data import FactorsDialog
    from recp_audit.services.options import factors_of

    dialog = FactorsDialog(demo, dairy, "ru")
    qtbot.addWidget(dialog)
    gas = next(i for i, row in enumerate(dialog.rows)
               if row.key == "natural_gas" and row.field == "ncv_volume")
    assert dialog.table.item(gas, 2).text() == "33.82 MJ/m**3"  # typical supplied gas
    menu = dialog.alternatives_menu(gas)
    assert "GOST 5542" in menu.actions()[0].text()
    menu.actions()[0].trigger()
    dialog.save()
    used = factors_of(demo, dairy)
    assert used.fuel("natural_gas").ncv_volume.m_as("MJ/m**3") == pytest.approx(31.8)
    assert "GOST 5542" in next(row["source"] for row in used.used(["natural_gas"])
                               if row["name"] == "Natural gas")
    certificate = FactorsDialog(demo, dairy, "ru")
    qtbot.addWidget(certificate)
    certificate.table.item(gas, 2).setText("8 120 ккал/м³")  # the supplier's certificate
    certificate.table.item(gas, 3).setText("паспорт качества газа № 117, ОАО «Газпром трансгаз "
                                           "Беларусь», 2026")
    certificate.save()
    assert factors_of(demo, dairy).fuel("natural_gas").ncv_volume.m_as("MJ/m**3") == \
        pytest.approx(8120 * 4.1868e-3)


def test_units_can_be_picked_for_a_typed_number(qtbot):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    form = CalculatorForm(calculator("air-leak"), [], "BYN", "en")
    qtbot.addWidget(form)
    picker = form.findChild(QComboBox, "unit_pressure")
    assert [picker.itemData(i) for i in range(picker.count())] == ["bar", "kPa", "MPa", "psi"]
    form.fields["pressure"].setText("100")
    picker.setCurrentIndex(picker.findData("psi"))
    picker.activated.emit(picker.currentIndex())
    assert form.fields["pressure"].text() == "100 psi"
    form.fields["diameter"].setText("3 mm")
    form.fields["hours"].setText("1000 h")
    assert form.valid


def test_a_gap_is_filled_and_a_value_corrected_by_double_click(qtbot, demo, dairy, monkeypatch):
    from recp_audit.gui.pages.baseline import BaselineArea, EntryDialog

    typed = iter(["", "9100"])

    def fake_exec(dialog):
        text = next(typed, None)
        if text is None:
            return False
        dialog.quantity.setText(text or "abc")
        return True
    warnings = []
    monkeypatch.setattr(EntryDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    page = BaselineArea(demo, dairy, "RECP", "BYN", "en")
    qtbot.addWidget(page)
    well = next(r for r in range(page.table.rowCount())
                if "скважина" in page.table.item(r, 0).text())
    page.edit_cell(well, 2 + 7)  # the August gap
    assert warnings and "not a number" in warnings[0]  # refused, the dialog came back
    well = next(r for r in range(page.table.rowCount())
                if "скважина" in page.table.item(r, 0).text())
    assert page.table.item(well, 2 + 7).text() == "9\u00a0100"
    typed = iter(["9500"])
    page.edit_cell(well, 2 + 7)  # now an existing entry: corrected, not duplicated
    august = [line for line in baseline.lines(demo, dairy)
              if line.item == "артезианская скважина" and line.month.month == 8]
    assert len(august) == 1 and august[0].quantity == 9500


def test_reports_page_writes_and_previews_a_pdf_and_a_workbook(qtbot, demo, dairy, tmp_path):
    from recp_audit.gui.pages.reports import ReportsArea

    page = ReportsArea(demo, dairy, "Экспертная оценка РЭЧП 2026", False, "ru")
    qtbot.addWidget(page)
    assert page.preview.findChild(QLabel, "preview_hint").text().startswith("After Create")
    written = page.make_report(str(tmp_path / "report.pdf"))
    assert page.preview.findChild(QLabel, "preview_hint") is None  # replaced by the pages
    assert written.exists() and "report.pdf" in page.status.text()
    pages = page.preview.findChildren(QLabel, "page")
    assert len(pages) == 3 and pages[0].pixmap().width() > 200
    page.kind.setCurrentIndex(page.kind.findData("workbook"))
    assert page.default_name().endswith("workbook ru.xlsx")
    page.make_report(str(tmp_path / "book.xlsx"))
    sheets = page.preview.findChild(QLabel, "sheets")
    assert sheets is not None and "Мероприятия" in sheets.text()


def test_reports_page_explains_a_bad_folder(qtbot, demo, dairy, tmp_path, monkeypatch):
    from recp_audit.gui.pages.reports import ReportsArea

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    page = ReportsArea(demo, dairy, "RECP", False, "en")
    qtbot.addWidget(page)
    assert page.make_report(str(tmp_path / "missing" / "r.pdf")) is None
    assert warnings and "does not exist" in warnings[0]
