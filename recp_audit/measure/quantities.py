"""The physical quantities experts measure on site, with their usual units.

A reading or a logged channel names one of these; its unit must have the same
dimension as the quantity's unit (pint checks it). Rate quantities (power,
flow) also name the unit of their integral over time (kWh from kW).
"""

from __future__ import annotations

from dataclasses import dataclass

from recp_audit.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Quantity:
    """A measurable quantity: id, English label (translated in the GUI), default unit,
    and for rates the unit of the total over time."""

    id: str
    label: str
    unit: str
    total_unit: str | None = None


QUANTITIES: dict[str, Quantity] = {q.id: q for q in (
    Quantity("active_power", QT_TRANSLATE_NOOP("Quantity", "Active power"), "kW", "kWh"),
    Quantity("reactive_power", QT_TRANSLATE_NOOP("Quantity", "Reactive power"), "kvar", "kvar*h"),
    Quantity("apparent_power", QT_TRANSLATE_NOOP("Quantity", "Apparent power"), "kVA", "kVA*h"),
    Quantity("power_factor", QT_TRANSLATE_NOOP("Quantity", "Power factor (cos φ)"),
             "dimensionless"),
    Quantity("voltage", QT_TRANSLATE_NOOP("Quantity", "Voltage"), "V"),
    Quantity("current", QT_TRANSLATE_NOOP("Quantity", "Current"), "A"),
    Quantity("thd_voltage", QT_TRANSLATE_NOOP("Quantity", "Voltage harmonics (THDu)"), "percent"),
    Quantity("thd_current", QT_TRANSLATE_NOOP("Quantity", "Current harmonics (THDi)"), "percent"),
    Quantity("frequency", QT_TRANSLATE_NOOP("Quantity", "Frequency"), "Hz"),
    Quantity("energy", QT_TRANSLATE_NOOP("Quantity", "Energy (meter reading)"), "kWh"),
    Quantity("o2", QT_TRANSLATE_NOOP("Quantity", "O2 in flue gas"), "percent"),
    Quantity("co2", QT_TRANSLATE_NOOP("Quantity", "CO2 in flue gas"), "percent"),
    Quantity("co", QT_TRANSLATE_NOOP("Quantity", "CO in flue gas"), "ppm"),
    Quantity("nox", QT_TRANSLATE_NOOP("Quantity", "NOx in flue gas"), "ppm"),
    Quantity("flue_gas_temperature", QT_TRANSLATE_NOOP("Quantity", "Flue-gas temperature"),
             "degC"),
    Quantity("air_temperature", QT_TRANSLATE_NOOP("Quantity", "Air temperature"), "degC"),
    Quantity("surface_temperature", QT_TRANSLATE_NOOP("Quantity", "Surface temperature"),
             "degC"),
    Quantity("fluid_temperature", QT_TRANSLATE_NOOP("Quantity", "Fluid temperature"), "degC"),
    Quantity("pressure", QT_TRANSLATE_NOOP("Quantity", "Pressure"), "bar"),
    Quantity("volume_flow", QT_TRANSLATE_NOOP("Quantity", "Volume flow"), "m**3/h", "m**3"),
    Quantity("mass_flow", QT_TRANSLATE_NOOP("Quantity", "Mass flow"), "kg/h", "kg"),
    Quantity("velocity", QT_TRANSLATE_NOOP("Quantity", "Velocity"), "m/s"),
    Quantity("illuminance", QT_TRANSLATE_NOOP("Quantity", "Illuminance"), "lx"),
    Quantity("humidity", QT_TRANSLATE_NOOP("Quantity", "Relative humidity"), "percent"),
    Quantity("sound_level", QT_TRANSLATE_NOOP("Quantity", "Ultrasound level (leak)"), "dB"),
    Quantity("speed", QT_TRANSLATE_NOOP("Quantity", "Rotational speed"), "rpm"),
    Quantity("volume", QT_TRANSLATE_NOOP("Quantity", "Volume (meter reading)"), "m**3"),
    Quantity("concentration", QT_TRANSLATE_NOOP("Quantity", "Concentration"), "mg/m**3"),
    Quantity("other", QT_TRANSLATE_NOOP("Quantity", "Other"), ""),
)}


def quantity(quantity_id: str) -> Quantity:
    """The quantity `quantity_id` ("other" for an id this version does not know)."""
    return QUANTITIES.get(quantity_id, QUANTITIES["other"])


# Words in a column header that name the quantity (checked in this order).
_KEYWORDS = (
    (r"cos|\bpf\b|power factor|коэфф", "power_factor"), (r"thd.?[uv]|thdu", "thd_voltage"),
    (r"thd.?i|thdi", "thd_current"), (r"co2", "co2"), (r"\bo2\b|кислород", "o2"),
    (r"\bco\b", "co"), (r"nox", "nox"), (r"\bq\b|reactive|реакт", "reactive_power"),
    (r"\bs\b|apparent|полн", "apparent_power"), (r"\bp\b|active|power|мощн", "active_power"),
    (r"flue|stack|дым|уход", "flue_gas_temperature"), (r"surface|поверхн", "surface_temperature"),
    (r"lux|освещ", "illuminance"), (r"humid|влажн", "humidity"), (r"press|давлен", "pressure"),
)


def guess_quantity(unit: str, name: str = "") -> str:
    """The quantity a column most likely holds, from its header words and its unit.

    A header word wins when the unit agrees with it; otherwise the quantity whose
    usual unit is exactly `unit`, then the first one of the same dimension.
    """
    import re

    from recp_audit.units import UnitError, parse_unit, registry

    try:
        parsed = parse_unit(unit) if unit else None
    except UnitError:
        parsed = None
    dimension = registry().get_dimensionality(parsed) if parsed is not None else None

    def fits(candidate: Quantity) -> bool:
        if parsed is None or not candidate.unit:
            return parsed is None
        return registry().get_dimensionality(parse_unit(candidate.unit)) == dimension
    for pattern, quantity_id in _KEYWORDS:
        if re.search(pattern, name, re.IGNORECASE) and fits(QUANTITIES[quantity_id]):
            return quantity_id
    if parsed is None:
        return "other"
    for known in QUANTITIES.values():
        if known.unit and parse_unit(known.unit) == parsed:
            return known.id
    if dimension and dict(dimension):
        for known in QUANTITIES.values():
            if known.unit and fits(known):
                return known.id
    return "other"
