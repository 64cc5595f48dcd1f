"""Enterprise-level RECP indicators for the baseline and after the selected options.

UNEP/UNIDO, "Enterprise-Level Indicators for Resource Productivity and Pollution
Intensity: A Primer for Small and Medium-Sized Enterprises" (2010): energy,
water and material productivity are output per unit of input; waste,
wastewater and carbon (CO2e) intensity are the release per unit of output.

The baseline is scaled to a year (12 / months with data) so that the options'
yearly savings can be taken off it. Output is the production of the main
product (the first production line) plus every other line in the same unit;
when nothing was produced the indicators say so instead of dividing by zero.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pint

from recp_audit.calc.factors import FactorError
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.services.baseline import MonthlyTable, Row, monthly
from recp_audit.services.options import factors_of, options, totals
from recp_audit.store.db import Workspace
from recp_audit.units import UnitError, parse_unit, registry

ENERGY = (ResourceKind.ELECTRICITY, ResourceKind.NATURAL_GAS, ResourceKind.HEAT,
          ResourceKind.OTHER_FUEL)
MATERIALS = (ResourceKind.RAW_MATERIAL, ResourceKind.AUXILIARY_MATERIAL)


@dataclass
class Indicator:
    """One indicator before and after the selected options (None: cannot be computed)."""

    key: str
    label: str
    before: pint.Quantity | None
    after: pint.Quantity | None
    productivity: bool  # higher is better (output per input) or lower (release per output)
    unit: str = ""  # what the magnitudes are per, e.g. "t / MWh" or "t CO2e / t"


@dataclass
class Indicators:
    """The indicators with the totals behind them and what could not be counted."""

    output: pint.Quantity | None
    output_label: str
    inputs: dict[str, pint.Quantity]
    inputs_after: dict[str, pint.Quantity]
    rows: list[Indicator]
    notes: list[str] = field(default_factory=list)
    no_output: bool = False


LABELS = {
    "energy": QT_TRANSLATE_NOOP("Indicators", "Energy productivity"),
    "water": QT_TRANSLATE_NOOP("Indicators", "Water productivity"),
    "materials": QT_TRANSLATE_NOOP("Indicators", "Material productivity"),
    "waste": QT_TRANSLATE_NOOP("Indicators", "Waste intensity"),
    "wastewater": QT_TRANSLATE_NOOP("Indicators", "Wastewater intensity"),
    "co2e": QT_TRANSLATE_NOOP("Indicators", "Carbon intensity (CO2e)"),
}


def _yearly(row: Row) -> pint.Quantity | None:
    total, months = row.total(), row.months_present()
    if total is None or not row.unit:
        return None
    try:
        return registry().Quantity(total * 12 / months, parse_unit(row.unit))
    except UnitError:
        return None


def _sum(rows: list[Row], unit: str | None, notes: list[str]) -> pint.Quantity | None:
    """The rows' yearly totals in `unit` (the first row's unit when None)."""
    total = None
    unit = unit or next((row.unit for row in rows if row.unit), None)
    for row in rows:
        amount = _yearly(row)
        if amount is None:
            continue
        try:
            amount = amount.to(parse_unit(unit))
        except (pint.DimensionalityError, UnitError):
            notes.append(f"{row.label}: {row.unit} is not counted with {unit}")
            continue
        total = amount if total is None else total + amount
    return total


def indicators(workspace: Workspace, audit_id: uuid.UUID) -> Indicators:
    """The six indicators for the audit, before and after its selected options."""
    table = monthly(workspace, audit_id)
    factors = factors_of(workspace, audit_id)
    notes: list[str] = []
    output, output_label = _output(table, notes)
    energy, co2e = _energy_and_co2e(table, factors, notes)
    inputs = {key: value for key, value in {
        "energy": energy,
        "water": _sum(table.rows_of(ResourceKind.WATER_INTAKE), "m**3", notes),
        "materials": _sum(table.rows_of(*MATERIALS), None, notes),
        "waste": _sum(table.rows_of(ResourceKind.WASTE), None, notes),
        "wastewater": _sum(table.rows_of(ResourceKind.WASTEWATER), "m**3", notes),
        "co2e": co2e}.items() if value is not None}
    chosen = totals(options(workspace, audit_id), table.currency)
    after = dict(inputs)
    saved_energy = registry().Quantity(0, "MWh")
    for kind, amount in chosen.savings.items():
        if kind in ENERGY:
            saved_energy = saved_energy + amount.to("MWh")
        elif kind == ResourceKind.WATER_INTAKE and "water" in after:
            after["water"] = after["water"] - amount.to("m**3")
        elif kind == ResourceKind.WASTEWATER and "wastewater" in after:
            after["wastewater"] = after["wastewater"] - amount.to("m**3")
    if "energy" in after:
        after["energy"] = after["energy"] - saved_energy
    if "co2e" in after:
        after["co2e"] = after["co2e"] - chosen.co2e
    rows = []
    for key in ("energy", "water", "materials", "waste", "wastewater", "co2e"):
        productivity = key in ("energy", "water", "materials")
        rows.append(Indicator(key, LABELS[key],
                              _ratio(output, inputs.get(key), productivity),
                              _ratio(output, after.get(key), productivity), productivity,
                              _unit(output, inputs.get(key), productivity, key == "co2e")))
    return Indicators(output, output_label, inputs, after, rows, notes,
                      no_output=output is None or output.magnitude == 0)


def _output(table: MonthlyTable, notes: list[str]) -> tuple[pint.Quantity | None, str]:
    products = table.rows_of(ResourceKind.PRODUCTION)
    if not products:
        return None, ""
    main = products[0]
    same = [row for row in products if _same_dimension(row.unit, main.unit)]
    for row in products:
        if row not in same:
            notes.append(f"{row.label} ({row.unit}) is not added to {main.label} ({main.unit})")
    return _sum(same, main.unit, notes), main.item or main.label


def _same_dimension(unit: str, other: str) -> bool:
    try:
        return registry().get_dimensionality(parse_unit(unit)) == \
            registry().get_dimensionality(parse_unit(other))
    except UnitError:
        return False


def _energy_and_co2e(table: MonthlyTable, factors, notes: list[str]):
    """Yearly energy (MWh, fuels at their net heating value) and CO2e (t)."""
    from recp_audit.calc.combustion import fuel_emissions

    ureg = registry()
    energy, co2e = None, None
    for row in table.rows_of(*ENERGY):
        amount = _yearly(row)
        if amount is None:
            continue
        try:
            if row.kind in (ResourceKind.ELECTRICITY, ResourceKind.HEAT):
                mwh = amount.to("MWh")
                emitted = (mwh * factors.grid()).to("t") \
                    if row.kind == ResourceKind.ELECTRICITY else None
                if row.kind == ResourceKind.HEAT:
                    notes.append(f"{row.label}: bought heat has no emission factor here and "
                                 "is left out of CO2e")
            else:
                key = row.factor_key or ("natural_gas" if row.kind == ResourceKind.NATURAL_GAS
                                         else "")
                if not key:
                    notes.append(f"{row.label}: no fuel named, left out of energy and CO2e")
                    continue
                mwh = factors.energy(key, amount)
                emitted = fuel_emissions(key, amount, factors)["co2e"].to("t")
        except (FactorError, pint.DimensionalityError) as exc:
            notes.append(f"{row.label}: {exc}")
            continue
        energy = mwh if energy is None else energy + mwh
        if emitted is not None:
            co2e = emitted if co2e is None else co2e + emitted
    return energy, (co2e if co2e is not None else (ureg.Quantity(0, "t") if energy else None))


def _ratio(output, amount, productivity: bool) -> pint.Quantity | None:
    if output is None or amount is None or output.magnitude == 0:
        return None
    if productivity:
        return None if amount.magnitude <= 0 else output / amount
    return amount / output


def _unit(output, amount, productivity: bool, carbon: bool) -> str:
    """The unit an indicator's magnitude is in, written out (t / MWh, t CO2e / t)."""
    if output is None or amount is None:
        return ""
    out_unit, in_unit = f"{output.units:~P}", f"{amount.units:~P}"
    if carbon:
        in_unit += " CO2e"
    return f"{out_unit} / {in_unit}" if productivity else f"{in_unit} / {out_unit}"
