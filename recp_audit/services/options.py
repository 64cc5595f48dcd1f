"""The improvement options register: each option's calculation, its savings per
resource, money, CO2e, investment appraisal and ranges, and the audit totals.

An option stores the calculator's inputs as typed (`7 bar`) with their ± and
where each came from; the results are recalculated and stored whenever the
inputs change. Savings per resource come from the calculator's results (the
electricity, fuel, heat or water it saves); money from the calculator's own
cost result, or else from the audit's tariffs; CO2e from the audit's emission
factors (electricity by the grid factor, fuel and heat by the option's fuel,
heat counted at the fuel it displaces one to one, a lower bound).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pint
import sqlalchemy as sa

from recp_audit.calc import CALCULATORS, calculator
from recp_audit.calc.factors import Factors, FactorError, default_factors
from recp_audit.calc.finance import irr, npv
from recp_audit.calc.uncertainty import result_ranges
from recp_audit.choices import CPCategory, OptionStatus, ResourceArea, ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError, RecpError
from recp_audit.model import Audit, Option
from recp_audit.services import records
from recp_audit.services.baseline import tariff
from recp_audit.store.db import Workspace
from recp_audit.units import parse_unit, registry

# Which result of a calculator is a saving of which resource (and in which unit it is kept).
SAVED = {
    "energy": (ResourceKind.ELECTRICITY, "kWh"),
    "fuel_energy": (ResourceKind.NATURAL_GAS, "MWh"),
    "saving": (ResourceKind.HEAT, "MWh"),
    "heat": (ResourceKind.HEAT, "MWh"),
    "annual_volume": (ResourceKind.WATER_INTAKE, "m**3"),
    "water": (ResourceKind.WATER_INTAKE, "m**3"),
    "wastewater": (ResourceKind.WASTEWATER, "m**3"),
}
# Calculators whose results name resources in their own way.
SAVED_BY_CALCULATOR = {
    "air-leak": {"energy": SAVED["energy"]},
    "condensate-return": {"fuel_energy": SAVED["fuel_energy"], "water": SAVED["water"]},
    "heat-recovery": {"fuel_energy": SAVED["fuel_energy"]},
    "lighting": {"energy": SAVED["energy"]},
    "fuel-emissions": {}, "finance": {}, "flue-gas-loss": {},
}
SELECTED = (OptionStatus.PROPOSED, OptionStatus.ACCEPTED, OptionStatus.IMPLEMENTED)


class OptionError(RecpError):
    """An option that cannot be calculated or stored as asked."""


def savings_map(name: str) -> dict[str, tuple[ResourceKind, str]]:
    """Result name -> (resource saved, unit) for calculator `name`."""
    if name in SAVED_BY_CALCULATOR:
        return SAVED_BY_CALCULATOR[name]
    outputs = {output.name for output in CALCULATORS[name].outputs} if name in CALCULATORS \
        else set()
    return {key: value for key, value in SAVED.items() if key in outputs}


def factors_of(workspace: Workspace, audit_id: uuid.UUID) -> Factors:
    """The shipped emission factors with the audit's overrides."""
    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        overrides = dict(audit.factor_overrides or {}) if audit else {}
    return default_factors().with_overrides(overrides) if overrides else default_factors()


def create_option(workspace: Workspace, audit_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
    """A new option of the audit (title required; area, category, status ... optional)."""
    return records.create(workspace, Option, {**values, "audit_id": audit_id})


def update_option(workspace: Workspace, option_id: uuid.UUID, values: dict[str, Any]) -> None:
    """Change an option's fields (not its calculation: see `set_calculation`)."""
    records.update(workspace, Option, option_id, values)


def set_calculation(workspace: Workspace, option_id: uuid.UUID, name: str,
                    inputs: dict[str, str], uncertainties: dict[str, str] | None = None,
                    sources: dict[str, str] | None = None) -> dict[str, Any]:
    """Run calculator `name` on `inputs` (texts with units) and store inputs, ± and results
    with the option; a refused input raises and leaves the option as it was."""
    uncertainties = {k: v for k, v in (uncertainties or {}).items() if str(v).strip()}
    with workspace.session() as session:
        option = session.get(Option, option_id)
        if option is None or option.deleted:
            raise NotFoundError(Message("Options", QT_TRANSLATE_NOOP(
                "Options", "the option does not exist (it may have been deleted)")))
        audit_id = option.audit_id
    calc = calculator(name)
    given = {key: value for key, value in inputs.items() if str(value).strip()}
    result = calc.run(given, factors_of(workspace, audit_id))
    for key, text in uncertainties.items():
        calc.param(key).parse(text)
    stored = result.as_json()["results"]
    with workspace.transaction() as session:
        option = session.get(Option, option_id)
        option.calculator = name
        option.inputs = given
        option.uncertainties = uncertainties
        option.sources = {k: v for k, v in (sources or {}).items() if k in given}
        option.results = stored
    return stored


@dataclass
class OptionInfo:
    """An option with everything the register, dashboard and report show."""

    id: uuid.UUID
    title: str
    description: str
    area: ResourceArea
    category: CPCategory
    status: OptionStatus
    calculator: str
    inputs: dict[str, str]
    uncertainties: dict[str, str]
    sources: dict[str, str]
    results: dict[str, pint.Quantity]
    savings: dict[ResourceKind, pint.Quantity]
    ranges: dict[str, tuple[pint.Quantity, pint.Quantity]]
    money: pint.Quantity | None
    money_range: tuple[float, float] | None
    co2e: pint.Quantity | None
    investment: float | None
    currency: str
    fuel: str
    lifetime: float
    discount_rate: float
    payback: float | None
    npv: float | None
    irr: float | None
    responsible: str
    deadline: dt.date | None
    realised: dict[str, Any]
    problems: list[str] = field(default_factory=list)

    @property
    def selected(self) -> bool:
        """Counted in the indicators "after the selected options"."""
        return self.status in SELECTED


def options(workspace: Workspace, audit_id: uuid.UUID) -> list[OptionInfo]:
    """Every option of the audit with savings, money, CO2e and appraisal."""
    factors = factors_of(workspace, audit_id)
    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        currency = audit.currency if audit else ""
        rows = session.scalars(sa.select(Option).where(Option.audit_id == audit_id)
                               .order_by(Option.title)).all()
        snapshot = [(row.id, row.title, row.description, row.area, row.category, row.status,
                     row.calculator, dict(row.inputs or {}), dict(row.uncertainties or {}),
                     dict(row.sources or {}), dict(row.results or {}),
                     dict(row.manual_savings or {}), row.fuel,
                     row.investment, row.lifetime, row.discount_rate, row.responsible,
                     row.deadline, dict(row.realised or {})) for row in rows]
    return [_info(workspace, audit_id, currency, factors, *row) for row in snapshot]


def _info(workspace, audit_id, currency, factors, option_id, title, description, area, category,
          status, name, inputs, uncertainties, sources, stored, manual, fuel, investment, lifetime,
          discount_rate, responsible, deadline, realised) -> OptionInfo:
    ureg = registry()
    problems: list[str] = []
    results = {key: ureg.Quantity(value["value"], parse_unit(value["unit"]) if value["unit"]
                                  else ureg.dimensionless)
               for key, value in stored.items() if isinstance(value, dict)}
    savings: dict[ResourceKind, pint.Quantity] = {}
    if name in CALCULATORS:
        for key, (kind, unit) in savings_map(name).items():
            if key in results:
                kind = _fuel_kind(fuel) if kind == ResourceKind.NATURAL_GAS else kind
                savings[kind] = savings.get(kind, ureg.Quantity(0, unit)) + results[key].to(unit)
    for kind_text, text in manual.items():
        kind, amount = ResourceKind(kind_text), _amount(text)
        if kind in savings:
            amount = savings[kind] + amount.to(savings[kind].units)
        savings[kind] = amount
    for kind in (ResourceKind.NATURAL_GAS, ResourceKind.OTHER_FUEL):
        amount = savings.get(kind)
        if amount is not None and amount.dimensionality != ureg.Quantity(1, "J").dimensionality:
            key = "natural_gas" if kind == ResourceKind.NATURAL_GAS else (fuel or "natural_gas")
            try:
                savings[kind] = factors.energy(key, amount)
            except FactorError as exc:
                problems.append(str(exc))
                savings.pop(kind)
    money = results.get("cost") if not manual else None
    if money is not None and f"{money.units}" != currency:
        problems.append(f"the calculation's money is in {money.units}, the audit's in {currency}")
        money = None
    if money is None and savings:
        money = _valued(workspace, audit_id, savings, currency, fuel, factors, problems)
    co2e = _co2e(savings, fuel, factors, problems)
    ranges = _ranges(name, inputs, uncertainties, factors, problems)
    money_range = _money_range(money, ranges, results, savings_map(name) if name else {})
    annual = float(money.magnitude) if money is not None else None
    payback = investment / annual if investment is not None and annual and annual > 0 else None
    years = max(1, round(lifetime))
    present = npv(investment, annual, years, discount_rate / 100) \
        if investment is not None and annual is not None else None
    internal = irr(investment, annual, years) if investment and annual and annual > 0 else None
    return OptionInfo(option_id, title, description, area, category, status, name, inputs,
                      uncertainties, sources, results, savings, ranges, money, money_range, co2e,
                      investment, currency, fuel or "natural_gas", lifetime, discount_rate, payback, present, internal,
                      responsible, deadline, realised, problems)


def _money_range(money, ranges, results, saved) -> tuple[float, float] | None:
    """The money's range: the calculator's own cost range, or else the money scaled as the
    first saving with a range."""
    if money is None:
        return None
    if "cost" in ranges:
        return ranges["cost"][0].magnitude, ranges["cost"][1].magnitude
    for key in saved:
        if key in ranges and key in results and results[key].magnitude:
            low, high = (bound.m_as(results[key].units) / results[key].magnitude
                         for bound in ranges[key])
            return money.magnitude * low, money.magnitude * high
    return None


def _amount(text: str) -> pint.Quantity:
    from recp_audit.units import split_number

    number, unit = split_number(text)
    return registry().Quantity(number, parse_unit(unit))


def _fuel_kind(fuel: str) -> ResourceKind:
    return ResourceKind.NATURAL_GAS if fuel in ("", "natural_gas") else ResourceKind.OTHER_FUEL


def _valued(workspace, audit_id, savings, currency, fuel, factors,
            problems) -> pint.Quantity | None:
    """Savings priced by the audit's tariffs (None when no saving has a tariff). Fuel
    energy is priced per m³ or t through the fuel's heating value; heat with no tariff of
    its own at the fuel's price, one to one."""
    total = None
    for kind, amount in savings.items():
        price = tariff(workspace, audit_id, kind)
        if price is None and kind == ResourceKind.HEAT:
            price = tariff(workspace, audit_id, _fuel_kind(fuel))
        if price is None:
            problems.append(f"no tariff for {kind}")
            continue
        try:
            ureg = registry()
            priced_unit = (ureg.Quantity(1, parse_unit(currency)) / price).units  # e.g. m³
            if amount.dimensionality != ureg.Quantity(1, priced_unit).dimensionality:
                per_unit = factors.energy(fuel or "natural_gas", ureg.Quantity(1, priced_unit))
                amount = (amount / per_unit).to("") * ureg.Quantity(1, priced_unit)
            value = (amount * price).to(parse_unit(currency))
        except (pint.DimensionalityError, FactorError):
            problems.append(f"the {kind} tariff is per {price.units:~P}, the saving in "
                            f"{amount.units:~P}")
            continue
        total = value if total is None else total + value
    return total


def _co2e(savings, fuel, factors: Factors, problems) -> pint.Quantity | None:
    ureg = registry()
    total = ureg.Quantity(0, "t")
    counted = False
    for kind, amount in savings.items():
        try:
            if kind == ResourceKind.ELECTRICITY:
                total = total + (amount * factors.grid()).to("t")
            elif kind in (ResourceKind.NATURAL_GAS, ResourceKind.OTHER_FUEL, ResourceKind.HEAT):
                total = total + _fuel_co2e(fuel or "natural_gas", amount, factors)
            else:
                continue
            counted = True
        except FactorError as exc:
            problems.append(str(exc))
    return total if counted else None


def _fuel_co2e(fuel: str, amount: pint.Quantity, factors: Factors) -> pint.Quantity:
    from recp_audit.calc.combustion import fuel_emissions

    return fuel_emissions(fuel, amount, factors)["co2e"].to("t")


def _ranges(name, inputs, uncertainties, factors, problems):
    if not uncertainties or name not in CALCULATORS:
        return {}
    calc = calculator(name)
    try:
        prepared = calc.prepare(inputs)
        spreads = {key: calc.param(key).parse(text) for key, text in uncertainties.items()}
        found = result_ranges(calc, prepared, spreads, factors)
    except RecpError as exc:
        problems.append(str(exc))
        return {}
    return {key: (r.low, r.high) for key, r in found.items()}


@dataclass
class Totals:
    """What the selected options add up to for an audit."""

    savings: dict[ResourceKind, pint.Quantity]
    money: float
    investment: float
    co2e: pint.Quantity
    currency: str
    by_category: dict[CPCategory, float]
    by_area: dict[ResourceArea, float]
    count: int
    realised: float  # money per year reported for implemented options

    @property
    def payback(self) -> float | None:
        """Simple payback of the selected options together (years)."""
        return self.investment / self.money if self.money > 0 and self.investment else None


def totals(infos: list[OptionInfo], currency: str) -> Totals:
    """Savings, money, investment and CO2e of the selected options, with money by
    cleaner-production category and by area."""
    ureg = registry()
    savings: dict[ResourceKind, pint.Quantity] = {}
    by_category: dict[CPCategory, float] = defaultdict(float)
    by_area: dict[ResourceArea, float] = defaultdict(float)
    money = investment = realised = 0.0
    co2e = ureg.Quantity(0, "t")
    chosen = [info for info in infos if info.selected]
    for info in chosen:
        for kind, amount in info.savings.items():
            savings[kind] = savings[kind] + amount.to(savings[kind].units) \
                if kind in savings else amount
        annual = float(info.money.magnitude) if info.money is not None else 0.0
        money += annual
        by_category[info.category] += annual
        by_area[info.area] += annual
        investment += info.investment or 0.0
        if info.co2e is not None:
            co2e = co2e + info.co2e
        realised += (info.realised or {}).get("money") or 0.0
    return Totals(savings, money, investment, co2e, currency, dict(by_category), dict(by_area),
                  len(chosen), realised)
