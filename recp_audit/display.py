"""How amounts are shown, as chosen in the settings: the unit of heat and fuel amounts.
Kept apart from `units` so that start-up sets it without loading pint."""

from __future__ import annotations

HEAT_UNITS = ("MWh", "GJ", "Gcal")  # the units heat and fuel amounts may be shown in
_heat_unit = "MWh"


def set_heat_unit(unit: str) -> None:
    """Show heat and fuel amounts in `unit` (one of HEAT_UNITS)."""
    global _heat_unit
    if unit not in HEAT_UNITS:
        raise ValueError(f"heat unit {unit!r} is not one of {', '.join(HEAT_UNITS)}")
    _heat_unit = unit


def heat_unit() -> str:
    """The unit heat and fuel amounts are shown in."""
    return _heat_unit
