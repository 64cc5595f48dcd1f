"""Every place a user types a number reads it with the one grammar (units.read): the
calculators on the command line and in forms, checklist answers, baseline and reading
units, survey temperatures, savings typed by hand and option fields; a bare fraction
for a percentage is asked about everywhere."""

from __future__ import annotations

import json

import pytest

from recp_audit.calc import CALCULATORS, calculator
from recp_audit.calc.core import AmbiguousInput, CalcError
from recp_audit.checklists.template import Item
from recp_audit.cli import main
from recp_audit.messages import ValidationError
from recp_audit.model import BaselineEntry, Option
from recp_audit.model.validation import clean_fields
from recp_audit.services.checklists import clean_answer
from recp_audit.units import registry

PERCENT_PARAMS = [(calc.name, param.name) for calc in CALCULATORS.values()
                  for param in calc.params if param.unit.split("|")[0] == "percent"]


def _given(calc, **extra):
    """The smallest inputs that run `calc` (required ones from its help example)."""
    typical = {"pressure": "7 bar", "diameter": "3 mm", "hours": "6000 h", "power": "75 kW",
               "loaded_time": "20 s", "unloaded_time": "60 s", "current_pressure": "7 bar",
               "new_pressure": "6 bar", "condensate_flow": "1 t/h", "flue_temperature":
               "180 degC", "new_flue_temperature": "120 degC", "o2": "3 %", "fuel_input":
               "1000 MWh", "efficiency_old": "90 %", "efficiency_new": "94 %",
               "power_factor_now": "0.7", "fixtures_now": "100", "power_now": "60 W",
               "fixtures_new": "100", "power_new": "30 W", "volume": "100 m**3",
               "fuel": "natural_gas", "quantity": "10 t", "outer_diameter": "108 mm",
               "surface_temperature": "150 degC", "length": "10 m", "investment": "1000 EUR",
               "annual_saving": "300 EUR/year", "composition": "C=84,H=12,S=3,O=1"}
    names = {param.name for param in calc.params}
    return {**{key: value for key, value in typical.items() if key in names
               and calc.param(key).required}, **extra}


@pytest.mark.parametrize("name, param", PERCENT_PARAMS)
@pytest.mark.parametrize("typed, readings", [("0.75", ("75 %", "0.75 %")),
                                             ("0,1", ("10 %", "0,1 %")), ("1", ("100 %", "1 %"))])
def test_every_percent_parameter_asks_about_a_bare_fraction(name, param, typed, readings):
    calc = calculator(name)
    with pytest.raises(AmbiguousInput) as caught:
        calc.prepare(_given(calc, **{param: typed}))
    assert caught.value.name == param and caught.value.readings == readings


def test_the_motor_example_of_the_issue_is_refused_naming_both_readings(capsys):
    status = main(["calc", "motor-replacement", "power=75kW", "load=0.75", "hours=8000h",
                   "efficiency_old=93%", "efficiency_new=95.4%"])
    out, err = capsys.readouterr()
    assert status == 1 and out == "" and err.count("\n") == 1
    assert "75 %" in err and "0.75 %" in err  # in the user's language (Russian by default)
    assert "load" in err and "или" in err
    status = main(["calc", "motor-replacement", "power=75kW", "load=75%", "hours=8000h",
                   "efficiency_old=93%", "efficiency_new=95.4%", "--json"])
    assert status == 0
    # US DOE Premium Efficiency Motor Selection guide, the annual-savings equation:
    # 75 kW x 0.75 x (1/0.93 - 1/0.954) x 8000 h = 12,173 kWh
    energy = json.loads(capsys.readouterr().out)["results"]["energy"]
    assert energy == {"value": pytest.approx(12173, abs=1), "unit": "kWh"}


@pytest.mark.parametrize("name, given, param, expected", [
    ("air-leak-share", {"loaded_time": "18 с", "unloaded_time": "1,5 мин",
                        "capacity": "7,2 м3/мин"}, "capacity", (7.2, "m**3/min")),
    ("air-leak-share", {"loaded_time": "18 с", "unloaded_time": "1,5 мин"}, "loaded_time",
     (18, "s")),
    ("air-leak", {"pressure": "7 кгс/см²", "diameter": "3 мм", "hours": "8 760 ч"},
     "pressure", (6.865, "bar")),
    ("pipe-heat-loss", {"outer_diameter": "108 мм", "surface_temperature": "150 °С",
                        "ambient_temperature": "20 °С", "length": "25 м"},
     "ambient_temperature", (20, "degC")),
    ("pipe-heat-loss", {"outer_diameter": "108 мм", "surface_temperature": "150 °С",
                        "length": "25 м", "hours": "8 000 ч/год"}, "hours", (8000, "h")),
    ("flue-gas-recovery", {"fuel_input": "1 200 Гкал/год", "flue_temperature": "180 °С",
                           "new_flue_temperature": "120 °С", "o2": "3 %"},
     "fuel_input", (1395.6, "MWh")),
    ("fuel-emissions", {"fuel": "natural_gas", "quantity": "1,2 тыс. м³"}, "quantity",
     (1200, "m**3")),
])
def test_calculators_take_units_as_russian_engineers_write_them(name, given, param, expected):
    inputs = calculator(name).prepare(given)
    assert inputs[param].m_as(expected[1]) == pytest.approx(expected[0], rel=1e-3)


def test_a_pressure_marked_absolute_is_turned_gauge_with_the_site_atmosphere():
    calc = calculator("air-leak")
    gauge = calc.prepare({"pressure": "7 bar", "diameter": "3 mm", "hours": "1 h"})
    for typed in ("8.01325 bar(a)", "8,01325 бар абс.", "0,801325 МПа (абс.)"):
        absolute = calc.prepare({"pressure": typed, "diameter": "3 mm", "hours": "1 h"})
        assert absolute["pressure"].m_as("bar") == pytest.approx(gauge["pressure"].m_as("bar"))
    high = calc.prepare({"pressure": "8 bar(a)", "diameter": "3 mm", "hours": "1 h",
                         "atmospheric": "95 kPa"})  # a site 500 m up
    assert high["pressure"].m_as("bar") == pytest.approx(7.05)


def test_money_needs_a_currency_and_roubles_are_the_audits():
    calc = calculator("air-leak")
    base = {"pressure": "7 bar", "diameter": "3 mm", "hours": "6000 h"}
    with pytest.raises(CalcError, match="currency"):
        calc.prepare({**base, "price": "0,25"})
    with pytest.raises(CalcError, match="BYN.*RUB"):
        calc.prepare({**base, "price": "0,25 руб/кВт·ч"})
    for currency in ("BYN", "RUB"):
        price = calc.prepare({**base, "price": "0,25 руб/кВт·ч"}, currency)["price"]
        assert price.m_as(f"{currency}/kWh") == pytest.approx(0.25)
    assert calc.prepare({**base, "price": "0,25"}, "EUR")["price"].m_as("EUR/kWh") == 0.25


def test_negative_amounts_are_refused_in_any_unit():
    with pytest.raises(CalcError, match="negative"):
        calculator("fuel-emissions").prepare({"fuel": "natural_gas", "quantity": "−5 т"})


def test_checklist_answers_take_russian_units():
    item = Item("p", "number", "Pressure", None, 1, (), None, None, None, False, "bar", (), None,
                "s")
    assert clean_answer(item, number="7 кгс/см²").unit == "кгс/см²"
    percent = Item("l", "number", "Load", None, 1, (), None, None, None, False, "%", (), None,
                   "s")
    with pytest.raises(ValidationError, match="75 %"):
        clean_answer(percent, number="0,75")


@pytest.mark.parametrize("kind, unit", [("natural_gas", "тыс. м³"), ("other_fuel", "т у.т."),
                                        ("heat", "Гкал"), ("electricity", "кВт·ч"),
                                        ("raw_material", "шт.")])
def test_baseline_lines_take_russian_units(kind, unit):
    cleaned = clean_fields(BaselineEntry, {"kind": kind, "quantity": "1 234,5", "unit": unit},
                           partial=True)
    assert cleaned["quantity"] == pytest.approx(1234.5)


def test_option_fields_read_numbers_as_typed_and_ask_about_a_bare_fraction():
    cleaned = clean_fields(Option, {"discount_rate": "12,5 %", "investment": "1 200 000"},
                           partial=True)
    assert cleaned == {"discount_rate": 12.5, "investment": 1_200_000}
    with pytest.raises(ValidationError, match="10 %.*0,1 %"):
        clean_fields(Option, {"discount_rate": "0,1"}, partial=True)
    manual = clean_fields(Option, {"manual_savings": {"other_fuel": "95 т у.т."}}, partial=True)
    assert manual["manual_savings"]["other_fuel"] == "95 т у.т."


def test_survey_temperatures_take_a_cyrillic_degree_sign():
    from recp_audit.services.symbiosis import _degrees

    assert _degrees("85 °С") == pytest.approx(85)
    assert registry().Quantity(1, "tce").m_as("GJ") == pytest.approx(29.3076)


def _spellings():
    from tests.model.test_spelling import SPELLINGS

    return [(text, expected) for text, expected in SPELLINGS
            if "BYN" not in expected and "EUR" not in expected]


@pytest.mark.parametrize("text, expected", _spellings())
def test_every_spelling_reads_alike_in_every_input_place(text, expected):
    """A calculator input, a checklist answer, a baseline or reading unit and a survey
    value all read `12,5 <spelling>` as the same quantity."""
    from recp_audit.calc.core import Param
    from recp_audit.model.validation import unit as unit_field
    from recp_audit.units import parse_quantity, parse_unit

    ureg = registry()
    unit = f"{ureg.Quantity(1, parse_unit(text)).units}"
    typed = f"12,5 {text}"
    want = ureg.Quantity(12.5, parse_unit(text))
    assert Param("x", unit, "x").parse(typed).m_as(unit) == pytest.approx(want.m_as(unit))
    item = Item("x", "number", "x", None, 1, (), None, None, None, False, unit, (), None, "s")
    answer = clean_answer(item, number=typed)
    assert ureg.Quantity(answer.number, parse_unit(answer.unit)).m_as(unit) == \
        pytest.approx(want.m_as(unit))
    assert unit_field(text) == text  # a baseline line's or a reading's unit
    number, written = parse_quantity(typed, unit)  # readings and survey values
    assert ureg.Quantity(number, parse_unit(written)).m_as(unit) == \
        pytest.approx(want.m_as(unit))
