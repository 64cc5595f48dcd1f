"""The one grammar for typed quantities: every spelling Russian-speaking engineers use,
numbers as they type them, gauge/absolute marks, roubles and the percent question."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from recp_audit.spelling import BASES, PREFIXES, WORDS, spell
from recp_audit.units import AmbiguousPercent, UnitError, parse_unit, read, registry

# Spelling as typed -> the same unit in pint's own words (issue 23's list and their kin).
SPELLINGS = [
    ("мм", "mm"), ("с", "s"), ("сек", "s"), ("мин", "min"), ("мин.", "min"), ("ч", "h"),
    ("час", "h"), ("часов", "h"), ("сут", "day"), ("суток", "day"), ("год", "year"),
    ("лет", "year"), ("м3/мин", "m**3/min"), ("м³/мин", "m**3/min"), ("м3/ч", "m**3/h"),
    ("л/с", "l/s"), ("кгс/см²", "kgf/cm**2"), ("кгс/см2", "kgf/cm**2"), ("атм", "atm"),
    ("ати", "at"), ("ата", "at"), ("°С", "degC"), ("°C", "degC"), ("º С", "degC"),
    ("гр. С", "degC"), ("℃", "degC"), ("К", "K"), ("тыс. м³", "1000 * m**3"),
    ("тыс.м3", "1000 * m**3"), ("тыс м3", "1000 * m**3"), ("млн кВт·ч", "1e6 * kWh"),
    ("т у.т.", "29.3076 GJ"), ("т.у.т.", "29.3076 GJ"), ("тут", "29.3076 GJ"),
    ("кг у.т.", "29.3076 MJ"), ("Гкал/год", "4.1868 GJ/year"), ("Гкал", "4.1868 GJ"),
    ("ккал/м³", "4.1868 kJ/m**3"), ("квар·ч", "kvar*h"), ("кВт·ч", "kWh"), ("кВтч", "kWh"),
    ("кВт*ч", "kWh"), ("кВт ч", "kWh"), ("МВт·ч/год", "MWh/year"), ("шт", "piece"),
    ("шт.", "piece"), ("штук", "piece"), ("т/год", "t/year"), ("т/сут", "t/day"),
    ("куб. м", "m**3"), ("м.куб.", "m**3"), ("кв. м", "m**2"), ("м²", "m**2"),
    ("мм рт. ст.", "mmHg"), ("мм вод. ст.", "mmH2O"), ("Вт/(м·К)", "W/(m*K)"),
    ("Вт/м·К", "W/(m*K)"), ("кДж/кг", "kJ/kg"), ("МДж/м3", "MJ/m**3"), ("мг/м³", "mg/m**3"),
    ("мг/л", "mg/l"), ("л.с.", "metric_horsepower"), ("об/мин", "rpm"), ("кВА", "kVA"),
    ("%", "percent"), ("процентов", "percent"), ("бар", "bar"), ("мбар", "mbar"),
    ("кПа", "kPa"), ("МПа", "MPa"), ("psig", "psi"), ("bar(g)", "bar"), ("bar (a)", "bar"),
    ("barg", "bar"), ("кгс/см² изб.", "kgf/cm**2"), ("МПа (абс.)", "MPa"),
    ("бел. руб./Гкал", "BYN/Gcal"), ("EUR/МВт·ч", "EUR/MWh"), ("т н.э.", "41.868 GJ"),
]


def _same(text: str, expected: str) -> bool:
    ureg = registry()
    typed = ureg.Quantity(1, parse_unit(text))
    wanted = ureg.parse_expression(expected)
    wanted = wanted if isinstance(wanted, ureg.Quantity) else ureg.Quantity(1, wanted)
    if "degC" in expected or "°" in text or "℃" in text:
        return typed.units == wanted.units
    return math.isclose(typed.to(wanted.units).magnitude, wanted.magnitude, rel_tol=1e-9)


@pytest.mark.parametrize("text, expected", SPELLINGS)
def test_each_spelling_is_the_unit_engineers_mean(text, expected):
    assert _same(text, expected)


@pytest.mark.parametrize("text, mark", [
    ("7 ати", "gauge"), ("7 ата", "absolute"), ("7 кгс/см² изб.", "gauge"),
    ("7 кгс/см² (изб.)", "gauge"), ("0,8 МПа абс.", "absolute"), ("7 bar(g)", "gauge"),
    ("8 bar(a)", "absolute"), ("8 bara", "absolute"), ("100 psig", "gauge"),
    ("115 psia", "absolute"), ("7 bar", ""), ("7 атм", ""),
])
def test_gauge_and_absolute_marks_are_read(text, mark):
    assert read(text, "bar").reference == mark


def test_roubles_are_the_audits_or_asked_about():
    with pytest.raises(UnitError, match="BYN.*RUB"):
        parse_unit("руб/Гкал")
    ureg = registry()
    assert ureg.Quantity(1, parse_unit("руб/Гкал", rouble="RUB")).m_as("RUB/Gcal") == \
        pytest.approx(1)
    assert ureg.Quantity(1, parse_unit("бел. руб./Гкал")).m_as("BYN/Gcal") == pytest.approx(1)


@given(prefix=st.sampled_from(sorted(PREFIXES)), base=st.sampled_from(sorted(BASES)))
def test_any_si_prefix_with_any_russian_symbol_is_that_multiple(prefix, base):
    """GOST 8.417: a prefix symbol glued to a unit symbol multiplies it (кВт, мкм, ГДж);
    whole words that look alike (мин, сут) are read as words first."""
    word = prefix + base
    if word in BASES or word in WORDS:  # гс is gram-force, not a hectosecond
        return
    pint_name = PREFIXES[prefix] + BASES[base]
    assert spell(word).expression == pint_name
    registry().parse_units(pint_name)  # a real unit


numbers = st.floats(min_value=-1e7, max_value=1e7, allow_nan=False).filter(
    lambda x: abs(x) >= 1e-3 or x == 0)


def _typed(value: float, comma: bool, group: str) -> str:
    """`value` as a person types it: decimal comma or point, thousands grouped."""
    whole, _, fraction = f"{abs(value):.3f}".partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", group)
    text = whole + ("," if comma else ".") + fraction
    return ("−" if value < 0 and comma else "-" if value < 0 else "") + text


@given(value=numbers, comma=st.booleans(),
       group=st.sampled_from(["", " ", "\u00a0", "\u2009", "\u202f", "'"]),
       spelling=st.sampled_from(SPELLINGS), gap=st.sampled_from(["", " ", "\u00a0"]))
@settings(max_examples=300)
def test_a_number_reads_the_same_however_it_is_typed(value, comma, group, spelling, gap):
    text, expected = spelling
    if gap == "" and text[0].isdigit():
        return
    reading = read(_typed(value, comma, group) + gap + text)
    assert reading.value.magnitude == pytest.approx(round(value, 3), abs=1e-9)
    assert reading.value.units == parse_unit(text)


@given(fraction=st.floats(min_value=1e-4, max_value=1, allow_nan=False),
       comma=st.booleans())
def test_a_bare_fraction_for_a_percentage_is_never_guessed(fraction, comma):
    text = f"{fraction:.4f}".rstrip("0").rstrip(".")
    text = text.replace(".", ",") if comma else text
    if float(text.replace(",", ".")) == 0:
        return
    with pytest.raises(AmbiguousPercent) as caught:
        read(text, "percent")
    high, low = caught.value.readings
    assert low == f"{text} %"
    assert float(high[:-2].replace(",", ".")) == pytest.approx(
        float(text.replace(",", ".")) * 100)
    assert low.count(",") == text.count(",")  # written back as it was typed
    assert read(f"{text} %", "percent").value.magnitude == pytest.approx(
        float(text.replace(",", ".")))  # with the sign it is what it says


@given(number=st.floats(min_value=1.0001, max_value=1e4, allow_nan=False))
def test_numbers_above_one_and_zero_are_plain_percentages(number):
    typed = f"{number:.4f}"
    assert read(typed, "percent").value.magnitude == pytest.approx(float(typed))
    assert read("0", "percent").value.magnitude == 0


@pytest.mark.parametrize("text", ["abc", "7 фунтов", "руб", "5 кг кг)", "1,2,3 м", "", "1e999",
                                  "7" * 400, "15.01.2025", "nan", "\x00"])
def test_what_is_not_a_quantity_is_one_clear_refusal(text):
    with pytest.raises(UnitError):
        read(text, "m")
