"""Physical units with pint: one registry for the program, Russian and shorthand spellings.

Users type units as they write them on site: ``m3``, ``м³``, ``т``, ``шт``,
``кВт·ч``, ``Гкал``. `parse_unit` normalises those to pint's names. Note that
pint reads ``pcs`` as parsec; here it means pieces.
"""

from __future__ import annotations

import functools
import re

import pint

from recp_audit import display
from recp_audit.choices import CURRENCIES
from recp_audit.messages import QT_TRANSLATE_NOOP, Message

# Whole-word spellings replaced before pint parses a unit, e.g. "тыс шт" stays
# invalid but "м3/т" becomes "m**3/t".
ALIASES = {
    "pcs": "piece", "pc": "piece", "шт": "piece", "штук": "piece",
    "т": "t", "тонн": "t", "кг": "kg", "г": "g", "л": "l", "ч": "h", "час": "h",
    "м3": "m**3", "м³": "m**3", "m3": "m**3", "m³": "m**3", "м2": "m**2", "м²": "m**2",
    "m2": "m**2", "m²": "m**2", "м": "m",
    "кВт": "kW", "МВт": "MW", "кВт·ч": "kWh", "кВтч": "kWh", "кВт*ч": "kWh",
    "МВт·ч": "MWh", "МВтч": "MWh", "Гкал": "Gcal", "ГДж": "GJ", "бар": "bar", "кПа": "kPa",
    "МПа": "MPa", "квар": "kvar", "кВАр": "kvar", "кВА": "kVA", "В": "V", "А": "A",
    "лк": "lx", "Гц": "Hz", "об/мин": "rpm", "мг/м3": "mg/m**3", "мг/м³": "mg/m**3",
    "руб": "BYN", "бел.руб": "BYN", "евро": "EUR", "долл": "USD",
}
_TOKEN = re.compile(r"[^\s/*()^·]+(?:·[^\s/*()^·]+)?")


class UnitError(ValueError):
    """A unit text pint cannot read."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


@functools.cache
def registry() -> pint.UnitRegistry:
    """The program's unit registry (built once, on first use)."""
    ureg = pint.UnitRegistry()
    ureg.define("piece = [piece_count] = pce")
    ureg.define("volt_ampere_reactive = volt * ampere = var = VAr")
    # Heat meters in the CIS count the international calorie (GOST 8.417-2002: 4.1868 J),
    # so 1 Gcal = 4.1868 GJ and 1 Gcal/h = 1.163 MW; pint's own "cal" is 4.184 J.
    ureg.define("Gcal = 1e9 * international_calorie")
    for code in CURRENCIES:  # each its own dimension: adding BYN to EUR is refused
        ureg.define(f"{code} = [currency_{code}]")
    return ureg



def currency_of(quantity: pint.Quantity) -> str | None:
    """The currency a money quantity is in (BYN for 0.25 BYN/kWh), None if none."""
    found = [name[len("[currency_"):-1] for name, power in quantity.dimensionality.items()
             if name.startswith("[currency_") and power]
    return found[0] if len(found) == 1 else None


def _normalise(text: str) -> str:
    if text.strip() in ALIASES:
        return ALIASES[text.strip()]
    return _TOKEN.sub(lambda match: ALIASES.get(match.group(0), match.group(0)), text.strip())


def parse_unit(text: str) -> pint.Unit:
    """The pint unit written as `text` (English, Russian or shorthand)."""
    normalised = _normalise(text)
    try:
        if not normalised:
            raise ValueError("empty")
        return registry().parse_units(normalised)
    except Exception as exc:  # noqa: BLE001 - pint raises many types on odd text
        raise UnitError(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{unit}\" is not a unit this program knows (for example t, m3, kWh, pcs)"),
            {"unit": text})) from exc


_NUMBER = re.compile(r"^\s*([-+]?(?:\d[\d\s\u00a0]*)?(?:[.,]\d+)?(?:[eE][-+]?\d+)?)\s*(.*?)\s*$")


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


def parse_quantity(text: str, unit: str) -> tuple[float, str]:
    """A number typed as `6,5`, `6.5 bar` or `650 кПа` for a quantity measured in `unit`.

    Returns the number and the unit it was written in (`unit` when none was typed);
    a unit of another dimension than `unit` is refused with a UnitError.
    """
    number, written = split_number(text, unit)
    written = written or unit
    expected, given = parse_unit(unit), parse_unit(written)
    if registry().get_dimensionality(expected) != registry().get_dimensionality(given):
        raise UnitError(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{text}\": {given} cannot be converted to {unit} (it measures "
            "{given_kind}, not {unit_kind})"),
            {"text": text.strip(), "given": written, "unit": unit,
             "given_kind": quantity_name(given), "unit_kind": quantity_name(expected)}))
    return number, written


def split_number(text: str, unit: str = "") -> tuple[float, str]:
    """The number and the unit text of `6,5 bar` (decimal comma or point, spaces
    between thousands); `unit` only shapes the message when there is no number."""
    match = _NUMBER.match(text or "")
    digits = match.group(1).replace(" ", "").replace("\u00a0", "").replace(",", ".") \
        if match else ""
    if not digits or not any(ch.isdigit() for ch in digits):
        raise UnitError(Message("Units", QT_TRANSLATE_NOOP(
            "Units", "\"{text}\" is not a number (type for example 6,5 or 6.5 {unit})"),
            {"text": text, "unit": unit}))
    return float(digits), match.group(2)


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
