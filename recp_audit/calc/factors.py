"""Emission factors, heating values and the GWP set, read from
`resources/data/emission_factors.json` (each entry with its source and year).

An audit may override any value; `Factors.with_overrides` gives the set a
calculation then uses, and `Factors.used` lists what was used for the report.

A heating value per m³ is net (lower) and per m³ of dry gas at 20 °C and
101.325 kPa, the conditions GOST 5542 and supplier certificates state: the
shipped one for natural gas is typical of the gas supplied in Belarus, the GOST
minimum is among its `alternatives`, a certificate value is an audit override.
"""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass, field
from typing import Any

import pint

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.paths import resource_path
from recp_audit.units import parse_unit, registry, split_number

GASES = ("CO2", "CH4", "N2O")
VOLUME_BASIS = "net, per m³ at 20 °C and 101.325 kPa"


class FactorError(RecpError):
    """A factor that is missing or not a quantity of the right kind."""


@dataclass(frozen=True)
class Fuel:
    """A fuel's net calorific value and emission factors per unit of energy."""

    key: str
    label: str
    label_ru: str
    ncv: pint.Quantity          # energy per mass
    co2: pint.Quantity          # mass per energy
    ch4: pint.Quantity
    n2o: pint.Quantity
    ncv_volume: pint.Quantity | None  # energy per m³ (gaseous fuels metered by volume)
    biogenic: bool
    source: str
    year: int
    ncv_volume_source: str = ""  # where the heating value per m³ comes from


@dataclass(frozen=True)
class Factors:
    """One consistent set of factors (defaults, possibly overridden by an audit)."""

    data: dict[str, Any]
    overrides: dict[str, Any] = field(default_factory=dict)  # what the audit changed

    def fuels(self) -> list[str]:
        """The fuel keys, in file order."""
        return list(self.data["fuels"])

    def fuel(self, key: str) -> Fuel:
        """The fuel `key` (FactorError when unknown or malformed)."""
        entry = self.data["fuels"].get(key)
        if entry is None:
            raise FactorError(Message("Factors", QT_TRANSLATE_NOOP(
                "Factors", "no fuel \"{fuel}\" in the emission factors (known: {known})"),
                {"fuel": key, "known": ", ".join(self.fuels())}))
        return Fuel(key, entry["label"], entry.get("label_ru", entry["label"]),
                    _quantity(entry, "ncv", "TJ/Gg"), _quantity(entry, "co2", "kg/TJ"),
                    _quantity(entry, "ch4", "kg/TJ"), _quantity(entry, "n2o", "kg/TJ"),
                    _quantity(entry, "ncv_volume", "MJ/m**3") if "ncv_volume" in entry else None,
                    bool(entry.get("biogenic")), entry.get("source", ""),
                    int(entry.get("year", 0)), entry.get("ncv_volume_source", ""))

    def energy(self, key: str, amount: pint.Quantity) -> pint.Quantity:
        """The net heat content of `amount` of fuel `key`: energy as is, mass through
        the NCV, volume through the NCV per m³ (FactorError when the fuel has none)."""
        ureg = registry()
        if amount.dimensionality == ureg.Quantity(1, "J").dimensionality:
            return amount.to("MWh")
        fuel = self.fuel(key)
        if amount.dimensionality == ureg.Quantity(1, "kg").dimensionality:
            return (amount * fuel.ncv).to("MWh")
        if amount.dimensionality == ureg.Quantity(1, "m**3").dimensionality \
                and fuel.ncv_volume is not None:
            return (amount * fuel.ncv_volume).to("MWh")
        raise FactorError(Message("Factors", QT_TRANSLATE_NOOP(
            "Factors", "{fuel}: {amount} cannot be turned into energy (give it in kWh or t, "
                       "or set the heating value per m³)"),
            {"fuel": fuel.label, "amount": f"{amount:~P}"}))

    def gwp(self, gas: str) -> float:
        """The global warming potential of `gas` in the stated set."""
        return float(self.data["gwp"][gas])

    def grid(self, region: str = "BY") -> pint.Quantity:
        """CO2e per unit of grid electricity for `region`."""
        entry = self.data["grid"].get(region)
        if entry is None:
            raise FactorError(Message("Factors", QT_TRANSLATE_NOOP(
                "Factors", "no grid electricity factor for \"{region}\""), {"region": region}))
        return _quantity(entry, "co2e", "g/kWh")

    def road_freight(self) -> pint.Quantity:
        """CO2e of moving one tonne one kilometre by lorry."""
        return _quantity(self.data["transport"]["road_freight"], "co2e", "kg/(t*km)")

    def alternatives(self, key: str) -> list[dict[str, Any]]:
        """Documented alternatives to fuel `key`'s shipped values (the GOST minimum
        heating value of gas), each an override of the fuel's entry with its source."""
        return copy.deepcopy(self.data["fuels"][key].get("alternatives", []))

    def with_overrides(self, overrides: dict[str, Any]) -> Factors:
        """These factors with an audit's overrides laid over them, e.g.
        `{"grid": {"BY": {"co2e": "0.45 kg/kWh", "co2e_source": "..."}}}`; a value
        changed without its own `_source` no longer carries the shipped one."""
        data = copy.deepcopy(self.data)
        for section in ("fuels", "grid"):
            for key, entry in overrides.get(section, {}).items():
                for name in entry:
                    if f"{name}_source" not in entry:
                        data[section].get(key, {}).pop(f"{name}_source", None)
        _merge(data, overrides)
        changed = copy.deepcopy(self.overrides)
        _merge(changed, overrides)
        return Factors(data, changed)

    def used(self, fuels: list[str], region: str | None = None) -> list[dict[str, Any]]:
        """The factors behind a result, each with its source and year, for reports."""
        rows = [{"name": "GWP", "value": self.data["gwp"]["name"],
                 "source": self.data["gwp"]["source"], "year": self.data["gwp"]["year"]}]
        for key in fuels:
            fuel = self.fuel(key)
            changed = self.overrides.get("fuels", {}).get(key, {})
            value, source = f"NCV {fuel.ncv:~P}", fuel.source
            if fuel.ncv_volume is not None:
                kcal = fuel.ncv_volume.m_as("international_calorie/m**3") / 1000
                value += f"; NCV {fuel.ncv_volume:~P} = {kcal:.0f} kcal/m³ ({VOLUME_BASIS})"
                if "ncv_volume" not in changed:
                    source += f"; per m³: {fuel.ncv_volume_source}"
            rows.append({"name": fuel.label, "value": f"{value}; CO2 {fuel.co2:~P}; "
                         f"CH4 {fuel.ch4:~P}; N2O {fuel.n2o:~P}",
                         "source": source + _changed(changed), "year": fuel.year})
        if region:
            entry = self.data["grid"][region]
            rows.append({"name": entry["label"], "value": entry["co2e"],
                         "source": entry["source"] + _changed(
                             self.overrides.get("grid", {}).get(region, {})),
                         "year": entry["year"]})
        return rows


def _changed(changes: dict[str, Any]) -> str:
    """The audit's own values and their sources, appended to the shipped source."""
    notes = [f"{name} {value}: {changes.get(f'{name}_source') or 'source not given'}"
             for name, value in changes.items() if not name.endswith("_source")]
    return ("; changed for this audit: " + "; ".join(notes)) if notes else ""


def _merge(target: dict[str, Any], changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


def _quantity(entry: dict[str, Any], key: str, unit: str) -> pint.Quantity:
    text = str(entry.get(key, ""))
    try:
        number, written = split_number(text)
        value = registry().Quantity(number, parse_unit(written))
        value.to(parse_unit(unit))
    except (RecpError, ValueError, pint.DimensionalityError):
        raise FactorError(Message("Factors", QT_TRANSLATE_NOOP(
            "Factors", "{entry}: {key} \"{text}\" is not a quantity in {unit} or alike"),
            {"entry": entry.get("label", "?"), "key": key, "text": text, "unit": unit})) from None
    return value


@functools.cache
def default_factors() -> Factors:
    """The shipped factors."""
    with open(resource_path("data", "emission_factors.json"), encoding="utf-8") as handle:
        return Factors(json.load(handle))
