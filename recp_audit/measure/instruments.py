"""Calibration status and measurement uncertainty from an instrument's stated accuracy.

Instrument makers state accuracy as ±(percent of reading + absolute digits),
e.g. a power logger "±(0.5 % of reading + 0.02 kW)". That sum is the limit of
permissible error; it is what the register shows as a reading's ± when the
expert gives none. (JCGM 100:2008, GUM 4.3.7, turns such a bound a into a
standard uncertainty a/√3 when one is needed for propagation.)
"""

from __future__ import annotations

import datetime as dt

# Offset units whose differences must be converted as differences (0.5 °C = 0.9 °F).
_DIFFERENCE_UNITS = {"degC": "delta_degC", "°C": "delta_degC", "degF": "delta_degF",
                     "°F": "delta_degF"}
DUE_SOON_DAYS = 30


def calibration_overdue(due: dt.date | None, on: dt.date) -> bool:
    """True when the calibration was due before `on` (a value measured then is flagged)."""
    return due is not None and on > due


def calibration_state(due: dt.date | None, today: dt.date) -> str:
    """'unknown', 'overdue', 'due_soon' (within 30 days) or 'valid'."""
    if due is None:
        return "unknown"
    if today > due:
        return "overdue"
    return "due_soon" if (due - today).days <= DUE_SOON_DAYS else "valid"


def accuracy_bound(value: float, unit: str, percent: float | None, absolute: float | None,
                   absolute_unit: str) -> float | None:
    """±(percent of |value| + absolute converted to `unit`); None when nothing is stated."""
    if percent is None and absolute is None:
        return None
    bound = abs(value) * (percent or 0.0) / 100.0
    if absolute:
        converted = convert_difference(absolute, absolute_unit or unit, unit)
        if converted is None:
            return None
        bound += converted
    return bound


def convert_difference(amount: float, from_unit: str, to_unit: str) -> float | None:
    """`amount` of `from_unit` in `to_unit`, or None when the two measure different things
    (an analyser's ±0.2 vol% says nothing about its temperature readings)."""
    import pint

    from recp_audit.units import UnitError, parse_unit, registry

    if from_unit == to_unit:
        return amount
    source = _DIFFERENCE_UNITS.get(from_unit.strip(), None)
    target = _DIFFERENCE_UNITS.get(to_unit.strip(), None)
    try:
        quantity = registry().Quantity(amount, source or parse_unit(from_unit))
        return float(quantity.to(target or parse_unit(to_unit)).magnitude)
    except (UnitError, pint.DimensionalityError):
        return None
