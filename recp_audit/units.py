"""Physical units with pint: one registry for the program, and numbers with units
read as people type them.

Users type units as they write them on site (``m3``, ``м³``, ``7 кгс/см² изб.``,
``1 234,5 Гкал/год``); `recp_audit.spelling` turns those into pint's names, and
`read` returns the quantity with its gauge/absolute mark. A bare fraction typed
for a percentage is never guessed at: `AmbiguousPercent` names both readings.
"""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

import pint

from recp_audit import display
from recp_audit.choices import CURRENCIES
from recp_audit.messages import QT_TRANSLATE_NOOP, Message
from recp_audit.spelling import spell

class UnitError(ValueError):
    """A unit text pint cannot read."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


class AmbiguousPercent(UnitError):
    """A bare number of at most 1 typed for a percentage: 0,75 may be 75 % or 0,75 %.
    `readings` are the two texts the user may mean, the fraction's first."""

    def __init__(self, text: str, number: float):
        comma = "," in text
        self.readings = (f"{_plain(number * 100, comma)} %", f"{_plain(number, comma)} %")
        super().__init__(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{text}\" — is it {first} or {second}? Type it with the % sign"),
            {"text": text.strip(), "first": self.readings[0], "second": self.readings[1]}))


def _plain(number: float, comma: bool) -> str:
    """A number written back as the user wrote it (0.75 or 0,75)."""
    text = f"{number:.10g}"
    return text.replace(".", ",") if comma else text


@functools.cache
def registry() -> pint.UnitRegistry:
    """The program's unit registry (built once, on first use)."""
    ureg = pint.UnitRegistry()
    ureg.define("piece = [piece_count] = pce")
    ureg.define("volt_ampere_reactive = volt * ampere = var = VAr")
    # Heat meters in the CIS count the international calorie (GOST 8.417-2002: 4.1868 J),
    # so 1 Gcal = 4.1868 GJ and 1 Gcal/h = 1.163 MW; pint's own "cal" is 4.184 J.
    ureg.define("Gcal = 1e9 * international_calorie")
    # Coal equivalent: 7,000 kcal (international) per kg, 29.3076 GJ per tonne (the
    # "условное топливо" of CIS statistics; IEA, Energy Statistics Manual, 2005).
    ureg.define("tce = 7e9 * international_calorie")
    ureg.define("kgce = 7e6 * international_calorie")
    ureg.define("gce = 7e3 * international_calorie")
    ureg.define("centner = 100 * kilogram")  # центнер
    for name, factor in (("thousand", "1e3"), ("million", "1e6"), ("billion", "1e9")):
        ureg.define(f"{name} = {factor}")  # тыс., млн, млрд before a unit
    for code in CURRENCIES:  # each its own dimension: adding BYN to EUR is refused
        ureg.define(f"{code} = [currency_{code}]")
    return ureg



def currency_of(quantity: pint.Quantity) -> str | None:
    """The currency a money quantity is in (BYN for 0.25 BYN/kWh), None if none."""
    found = [name[len("[currency_"):-1] for name, power in quantity.dimensionality.items()
             if name.startswith("[currency_") and power]
    return found[0] if len(found) == 1 else None


def parse_unit(text: str, rouble: str | None = None) -> pint.Unit:
    """The pint unit written as `text` (English, Russian or shorthand); «руб» is
    `rouble` (the audit's currency) and asked about when that is not given."""
    return _unit(text, rouble)[0]


def _unit(text: str, rouble: str | None) -> tuple[pint.Unit, str]:
    """The unit of `text` and its gauge/absolute mark."""
    spelled = spell(text, rouble)
    if spelled.rouble:
        raise UnitError(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{unit}\": Belarusian (BYN) or Russian (RUB) roubles? Write BYN or RUB"),
            {"unit": text.strip()}))
    try:
        if not spelled.expression:
            raise ValueError("empty")
        return registry().parse_units(spelled.expression), spelled.reference
    except Exception as exc:  # noqa: BLE001 - pint raises many types on odd text
        raise UnitError(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{unit}\" is not a unit this program knows (for example t, m3, kWh, pcs)"),
            {"unit": text.strip()})) from exc


_NUMBER = re.compile(r"^\s*([-+]?(?:\d[\d \u00a0\u2009\u202f']*)?(?:[.,]\d+)?(?:[eE][-+]?\d+)?)"
                     r"\s*(.*?)\s*$")
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})


# Names of the quantities users meet, by the pint unit that measures them.
QUANTITY_NAMES = {
    "bar": QT_TRANSLATE_NOOP("Units", "pressure"), "kg": QT_TRANSLATE_NOOP("Units", "mass"),
    "m": QT_TRANSLATE_NOOP("Units", "length"), "m**2": QT_TRANSLATE_NOOP("Units", "area"),
    "m**3": QT_TRANSLATE_NOOP("Units", "volume"), "kWh": QT_TRANSLATE_NOOP("Units", "energy"),
    "kW": QT_TRANSLATE_NOOP("Units", "power"), "h": QT_TRANSLATE_NOOP("Units", "time"),
    "degC": QT_TRANSLATE_NOOP("Units", "temperature"),
    "m**3/h": QT_TRANSLATE_NOOP("Units", "volume flow"),
    "kg/h": QT_TRANSLATE_NOOP("Units", "mass flow"), "m/s": QT_TRANSLATE_NOOP("Units", "speed"),
    "lx": QT_TRANSLATE_NOOP("Units", "illuminance"), "V": QT_TRANSLATE_NOOP("Units", "voltage"),
    "A": QT_TRANSLATE_NOOP("Units", "current"), "piece": QT_TRANSLATE_NOOP("Units", "count"),
    "percent": QT_TRANSLATE_NOOP("Units", "a ratio"),
}


def quantity_name(unit: pint.Unit) -> Message | str:
    """What `unit` measures ("pressure", "mass" ...), or its dimensions when unnamed."""
    dimensionality = registry().get_dimensionality(unit)
    for known, name in QUANTITY_NAMES.items():
        if registry().get_dimensionality(known) == dimensionality:
            return Message("Units", name)
    return str(dimensionality).replace("[", "").replace("]", "")


class Reading(NamedTuple):
    """A typed quantity: its value, the unit text as written (the expected unit when
    none was typed) and the gauge/absolute mark of a pressure ("" when none)."""

    value: pint.Quantity
    written: str
    reference: str


def read(text: str, unit: str = "", rouble: str | None = None) -> Reading:
    """A number typed as `6,5`, `6.5 bar`, `7 кгс/см² изб.` or `1 234 т/год`, in the
    typed unit or else in `unit`. A bare number of at most 1 for a percentage is
    refused with AmbiguousPercent; «руб» means `rouble`."""
    number, written = split_number(text, unit)
    if not written and unit and 0 < abs(number) <= 1 and _is_percent(unit):
        raise AmbiguousPercent(text, number)
    typed, reference = _unit(written or unit, rouble) if (written or unit) else (
        registry().dimensionless, "")
    return Reading(registry().Quantity(number, typed), written or unit, reference)


def per_year(amount: pint.Quantity) -> tuple[pint.Quantity, str]:
    """An amount typed per period (`120 т/год`, `450 м3/сут`, `20 шт/мес`) as the amount
    of a year in the unit without the period, and the period's unit name ("" and the
    amount as it is when it has no period)."""
    ureg = registry()
    period = [name for name, power in amount.unit_items()
              if power == -1 and ureg.get_dimensionality(name) == {"[time]": 1}]
    if not period:
        return amount, ""
    return (amount * ureg.year).to(amount.units * ureg.Unit(period[0])), period[0]


def _is_percent(unit: str) -> bool:
    try:
        return parse_unit(unit) == registry().percent
    except UnitError:
        return False


def parse_quantity(text: str, unit: str) -> tuple[float, str]:
    """A number typed as `6,5`, `6.5 bar` or `650 кПа` for a quantity measured in `unit`.

    Returns the number and the unit it was written in (`unit` when none was typed);
    a unit of another dimension than `unit` is refused with a UnitError.
    """
    reading = read(text, unit)
    expected = parse_unit(unit)
    if registry().get_dimensionality(expected) != reading.value.dimensionality:
        raise UnitError(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{text}\": {given} cannot be converted to {unit} (it measures "
            "{given_kind}, not {unit_kind})"),
            {"text": text.strip(), "given": reading.written, "unit": unit,
             "given_kind": quantity_name(reading.value.units),
             "unit_kind": quantity_name(expected)}))
    return float(reading.value.magnitude), reading.written


def split_number(text: str, unit: str = "") -> tuple[float, str]:
    """The number and the unit text of `6,5 bar` (decimal comma or point, spaces or
    apostrophes between thousands, a typographic minus); `unit` only shapes the
    message when there is no number."""
    match = _NUMBER.match((text or "").translate(_MINUS))
    digits = re.sub(r"[ \u00a0\u2009\u202f']", "", match.group(1)).replace(",", ".") \
        if match else ""
    rest = match.group(2) if match else ""
    number = float(digits) if digits and any(ch.isdigit() for ch in digits) else math.nan
    if not math.isfinite(number) or re.match(r"[.,]\d", rest):  # 1e999, a date 15.01.2025
        raise UnitError(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{text}\" is not a number (type for example 6,5 or 6.5 {unit})"),
            {"text": text, "unit": unit}))
    return number, rest


# How units are shown to people (the stored text stays as typed or as in the template).
_SHOWN = {
    "degC": ("°C", "°C"), "dimensionless": ("", ""), "piece": ("pcs", "шт"),
    "m": ("m", "м"), "m**2": ("m²", "м²"), "m**3": ("m³", "м³"), "m3": ("m³", "м³"),
    "m3/h": ("m³/h", "м³/ч"), "m**3/h": ("m³/h", "м³/ч"), "mg/l": ("mg/l", "мг/л"),
    "mg/m**3": ("mg/m³", "мг/м³"), "mg/m3": ("mg/m³", "мг/м³"), "bar": ("bar", "бар"),
    "kPa": ("kPa", "кПа"), "lx": ("lx", "лк"), "V": ("V", "В"), "W": ("W", "Вт"),
    "kW": ("kW", "кВт"), "kWh": ("kWh", "кВт·ч"), "h": ("h", "ч"), "t": ("t", "т"),
    "kg": ("kg", "кг"), "kvar": ("kvar", "квар"), "kVA": ("kVA", "кВА"), "A": ("A", "А"),
    "Hz": ("Hz", "Гц"), "percent": ("%", "%"), "ppm": ("ppm", "ppm"),
    "MWh": ("MWh", "МВт·ч"), "GJ": ("GJ", "ГДж"), "Gcal": ("Gcal", "Гкал"), "m³": ("m³", "м³"), "m²": ("m²", "м²"),
    "%": ("%", "%"), "°C": ("°C", "°C"), "a": ("years", "лет"), "min": ("min", "мин"),
    "l": ("l", "л"), "kvar·h": ("kvarh", "квар·ч"), "h·kvar": ("kvarh", "квар·ч"),
    "kvar*h": ("kvarh", "квар·ч"),
    "mm": ("mm", "мм"), "cm": ("cm", "см"), "s": ("s", "с"), "Pa": ("Pa", "Па"),
    "MPa": ("MPa", "МПа"), "MW": ("MW", "МВт"), "m/s": ("m/s", "м/с"),
}
_UNIT_TOKEN = re.compile(r"[^\s/·*()]+(?:\*\*\d+)?(?:·[^\s/*()]+)?")


def unit_label(unit: str | None, language: str) -> str:
    """`unit` as written for people of `language` (degC -> °C, m3/h -> м³/ч)."""
    if not unit:
        return ""
    shown = _SHOWN.get(unit.strip())
    if shown:
        return shown[1] if language == "ru" else shown[0]
    return _UNIT_TOKEN.sub(lambda match: _SHOWN.get(match.group(0), (match.group(0),) * 2)[
        1 if language == "ru" else 0], unit)


def shown_energy(amount: pint.Quantity, electricity: bool = False) -> pint.Quantity:
    """An amount as people read it: energy in MWh when it is electricity, otherwise in the
    chosen heat unit (MWh, GJ or Gcal); anything that is not energy as it is."""
    if amount.dimensionality != registry().Quantity(1, "kWh").dimensionality:
        return amount
    return amount.to("MWh" if electricity else display.heat_unit())
