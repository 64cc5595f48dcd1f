"""A calculator form takes numbers as Russian-speaking engineers type them and offers
both readings of a bare fraction typed for a percentage."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from recp_audit.calc import calculator


def test_a_russian_form_takes_units_as_typed_on_site(qtbot):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    form = CalculatorForm(calculator("air-leak-share"), [], "BYN", "ru")
    qtbot.addWidget(form)
    form.fields["loaded_time"].setText("18 с")
    form.fields["unloaded_time"].setText("1,5 мин")
    form.fields["capacity"].setText("7,2 м3/мин")
    assert form.valid, form.error.text()
    assert form.results.item(0, 1).text() == "16,67 %"  # 18 / (18 + 90)
    pipe = CalculatorForm(calculator("pipe-heat-loss"), [], "BYN", "ru")
    qtbot.addWidget(pipe)
    for name, text in (("outer_diameter", "108 мм"), ("surface_temperature", "150 °С"),
                       ("ambient_temperature", "20 °С"), ("length", "25 м")):
        pipe.fields[name].setText(text)
    assert pipe.valid, pipe.error.text()
    leak = CalculatorForm(calculator("air-leak"), [], "BYN", "ru")
    qtbot.addWidget(leak)
    for name, text in (("pressure", "7 кгс/см²"), ("diameter", "3 мм"), ("hours", "8 000 ч"),
                       ("price", "0,25 руб/кВт·ч")):  # the audit is in BYN: руб is BYN
        leak.fields[name].setText(text)
    assert leak.valid, leak.error.text()


def test_a_bare_fraction_is_offered_both_readings(qtbot, tmp_path):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    form = CalculatorForm(calculator("motor-replacement"), [], "BYN", "ru")
    qtbot.addWidget(form)
    for name, text in (("power", "75 кВт"), ("hours", "8000 ч"), ("efficiency_old", "93 %"),
                       ("efficiency_new", "95,4 %"), ("load", "0,75")):
        form.fields[name].setText(text)
    assert not form.valid and "75 %" in form.error.text()
    buttons = form.findChildren(QPushButton, "reading_load")
    assert [b.text() for b in buttons] == ["75 %", "0,75 %"]
    form.show()
    form.resize(640, 620)
    form.grab().save(str(tmp_path / "readings.png"))
    buttons[0].click()
    assert form.fields["load"].text() == "75 %" and form.valid
    assert not form.readings.isVisible()
    energy = [form.results.item(row, 1).text() for row in range(form.results.rowCount())
              if "кВт·ч" in form.results.item(row, 1).text()]
    assert energy and energy[0].startswith("12\u00a0173")  # DOE equation, 12,173 kWh


def test_the_calculators_warnings_are_shown_under_the_inputs(qtbot):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    form = CalculatorForm(calculator("flue-gas-recovery"), [], "BYN", "ru")
    qtbot.addWidget(form)
    for name, text in (("fuel_input", "1 000 МВт·ч"), ("flue_temperature", "180 °С"),
                       ("new_flue_temperature", "40 °С"), ("o2", "3 %")):
        form.fields[name].setText(text)
    assert form.valid and not form.warnings.isHidden()
    assert "⚠" in form.warnings.text()  # cooled below the water dew point of the flue gas
    form.fields["new_flue_temperature"].setText("120 °С")
    assert form.warnings.isHidden()


def _typed_option(qtbot, demo, audit, title: str, calculator_name: str, typed: dict):
    """A new option's dialog in Russian with `typed` entered in its calculator form."""
    from recp_audit.gui.dialogs.option_dialog import OptionDialog
    from recp_audit.services import options

    option = options.create_option(demo, audit, {"title": title})
    dialog = OptionDialog(demo, audit, option, "BYN", "ru")
    qtbot.addWidget(dialog)
    dialog.calculator.setCurrentIndex(dialog.calculator.findData(calculator_name))
    for name, text in typed.items():
        dialog.form.fields[name].setText(text)
    assert dialog.form.valid, dialog.form.error.text()
    return option, dialog


def test_an_option_form_in_russian_stores_what_was_typed_on_site(qtbot, demo):
    import sqlalchemy as sa

    from recp_audit.model import Audit, Enterprise
    from recp_audit.services import options

    with demo.session() as session:
        dairy = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    option, dialog = _typed_option(qtbot, demo, dairy, "Утечки по времени загрузки",
                                   "air-leak-share", {
                                       "loaded_time": "18 с", "unloaded_time": "1,5 мин",
                                       "capacity": "7,2 м3/мин", "full_load_power": "45 кВт",
                                       "price": "0,29 руб/кВт·ч"})
    dialog.save()
    info = next(i for i in options.options(demo, dairy) if i.id == option)
    assert info.inputs["capacity"] == "7,2 м3/мин" and info.inputs["loaded_time"] == "18 с"
    assert info.money is not None and info.money.m_as("BYN") > 0
    _typed_option(qtbot, demo, dairy, "Изоляция", "pipe-heat-loss", {
        "outer_diameter": "108 мм", "surface_temperature": "150 °С",
        "ambient_temperature": "20 °С", "length": "25 м", "insulation_thickness": "50 мм"})
