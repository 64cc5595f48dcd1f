"""Physical units with pint: one registry for the program, Russian and shorthand spellings.

Users type units as they write them on site: ``m3``, ``м³``, ``т``, ``шт``,
``кВт·ч``, ``Гкал``. `parse_unit` normalises those to pint's names. Note that
pint reads ``pcs`` as parsec; here it means pieces.
"""

from __future__ import annotations

import functools
import re

import pint

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
    "МПа": "MPa",
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
    return ureg


def _normalise(text: str) -> str:
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
