"""The improvement options register: each option's calculation, its savings per
resource and what each is worth, CO2e, investment appraisal and ranges, options on one
piece of equipment applied in sequence, and the audit totals.

An option stores the calculator's inputs as typed (`7 bar`) with their ± and where
each came from; the results are recalculated and stored whenever the inputs change.

Savings and money follow the calculator's declarations (calc.core.Output): each result
that `saves` a resource is one saving, priced by the calculation's own price input when
it was given (applied to the `priced` result), else by the audit's tariff for that
resource (fuel per m³ or t through its heating value, heat in the tariff's unit; heat
with no tariff of its own at the fuel's tariff, one to one, a lower bound), else it is
"not priced" and the option's money, payback, NPV and IRR are partial (a lower bound of
the money). A priced result that saves nothing (reactive energy) is money only; an
`expense` is subtracted. A saving typed by hand is priced by the tariff; a fuel typed by
mass or volume is turned into energy with the heating value the option's own
calculation used (its `ncv` result) when it has one, else the audit's factors.
CO2e comes from the audit's emission factors (electricity by the grid factor, fuel and
heat by the option's fuel, heat counted at the fuel it displaces one to one).

Groups. Options on the same equipment or energy flow (leak repair, lower pressure and
heat recovery on one compressor) share a group name and an order. Each works on what
the earlier ones left: the k-th option's savings, money and CO2e are multiplied by
Π (1 − s_j) over the selected options before it, s_j being option j's saving of the
group's base resource as a share of the base. The base is the equipment's annual use,
typed once on the group's first option (`group_base`, e.g. `540 MWh` from the
compressor's logged power × hours), and its resource is the one the first option saves
in that dimension. A typed base rather than one read from the calculations: calculators
do not declare an input energy (a leak calculation has none, a manual saving no
calculation at all), while a metered or logged annual use is one figure a funder can
check against the meter, shown with the group in the register and the report. A group
without a base adds its options without interaction and says so. Totals use the
interacting figures; the register shows both.
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
from recp_audit.calc.core import Calculator
from recp_audit.calc.factors import Factors, FactorError, default_factors
from recp_audit.calc.finance import irr, npv
from recp_audit.calc.uncertainty import result_ranges
from recp_audit.choices import (RESOURCE_KIND_LABELS, CPCategory, OptionStatus, ResourceArea,
                                ResourceKind)
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError, RecpError
from recp_audit.model import Audit, Option
from recp_audit.services import baseline, records
from recp_audit.store.db import Workspace
from recp_audit.units import currency_of, parse_unit, registry, split_number

SELECTED = (OptionStatus.PROPOSED, OptionStatus.ACCEPTED, OptionStatus.IMPLEMENTED)
FUELS = (ResourceKind.NATURAL_GAS, ResourceKind.OTHER_FUEL)
# How a saving was priced (Saving.basis), as the register and the report state it.
BY_CALCULATION, BY_TARIFF, BY_FUEL_TARIFF = "calculation", "tariff", "fuel_tariff"
NO_BASE = QT_TRANSLATE_NOOP("Options", "group \"{group}\" has no annual use of its equipment "
                                       "(type it on its first option): its options are added "
                                       "without interaction")
BAD_BASE = QT_TRANSLATE_NOOP("Options", "group \"{group}\": the annual use {base} is not a "
                                        "quantity of what its first option saves")
SHARE_ABOVE_BASE = QT_TRANSLATE_NOOP("Options", "group \"{group}\": \"{title}\" saves more "
                                                "than the group's annual use {base}")


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
        currency = session.get(Audit, audit_id).currency or None
    calc = calculator(name)
    given = {key: value for key, value in inputs.items() if str(value).strip()}
    result = calc.run(given, factors_of(workspace, audit_id), currency)
    for key, text in uncertainties.items():
        calc.param(key).parse(text, currency)
    stored = result.as_json()["results"]
    with workspace.transaction() as session:
        option = session.get(Option, option_id)
        option.calculator = name
        option.inputs = given
        option.uncertainties = uncertainties
        option.sources = {k: v for k, v in (sources or {}).items() if k in given}
        option.results = stored
    return stored


@dataclass(frozen=True)
class Saving:
    """One resource an option saves a year and what it is worth.

    `amount` is energy (MWh) for fuels and heat, else as calculated or typed; `typed`
    is the amount as the calculation or the user gave it (95 t), `ncv` the heating value
    that turned it into energy and `ncv_note` where that came from. `money` is None when
    the saving is not priced; `basis` says how it was priced, at `price`, and `via` is
    the heating value a tariff per m³ or t was applied through.
    """

    kind: ResourceKind
    amount: pint.Quantity
    money: float | None = None
    basis: str = ""
    price: pint.Quantity | None = None
    via: pint.Quantity | None = None
    typed: pint.Quantity | None = None
    ncv: pint.Quantity | None = None
    ncv_note: str = ""  # "calculation" or the factor's source
    output: str = ""  # the calculator's result, "" for a saving typed by hand


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
    items: list[Saving]
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
    irr: float | None  # percent
    responsible: str
    deadline: dt.date | None
    realised: dict[str, Any]
    group: str = ""
    group_order: int = 0
    group_base: str = ""
    remaining: float = 1.0  # share of the group's base the earlier options leave
    money_only: float = 0.0  # a year from priced results that save no resource
    expenses: float = 0.0  # a year the option costs (subtracted from the money)
    problems: list[Message] = field(default_factory=list)

    @property
    def selected(self) -> bool:
        """Counted in the indicators "after the selected options"."""
        return self.status in SELECTED

    @property
    def savings(self) -> dict[ResourceKind, pint.Quantity]:
        """The option's savings per resource (alone, without interaction)."""
        found: dict[ResourceKind, pint.Quantity] = {}
        for item in self.items:
            found[item.kind] = (found[item.kind] + item.amount.to(found[item.kind].units)
                                if item.kind in found else item.amount)
        return found

    @property
    def unpriced(self) -> list[ResourceKind]:
        """The resources saved that have no price: the money is partial without them."""
        return list(dict.fromkeys(item.kind for item in self.items if item.money is None))

    @property
    def partial(self) -> bool:
        """Whether money, payback, NPV and IRR leave a saving out (money a lower bound)."""
        return bool(self.unpriced)


def options(workspace: Workspace, audit_id: uuid.UUID) -> list[OptionInfo]:
    """Every option of the audit with savings, money, CO2e, appraisal and its share of
    its group's base left by the options before it."""
    factors = factors_of(workspace, audit_id)
    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        currency = audit.currency if audit else ""
        rows = session.scalars(sa.select(Option).where(Option.audit_id == audit_id)
                               .order_by(Option.title)).all()
        snapshot = [{column: getattr(row, column) for column in (
            "id", "title", "description", "area", "category", "status", "calculator",
            "inputs", "uncertainties", "sources", "results", "manual_savings", "fuel",
            "investment", "lifetime", "discount_rate", "responsible", "deadline", "realised",
            "group_name", "group_order", "group_base")} for row in rows]
    prices = Prices(workspace, audit_id, currency, factors)
    infos = [_info(row, prices) for row in snapshot]
    for group in groups(infos):
        for info, left in zip(group.members, group.remaining):
            info.remaining = left
    return infos


class Prices:
    """The audit's tariffs and factors, looked up once per register."""

    def __init__(self, workspace: Workspace, audit_id: uuid.UUID, currency: str,
                 factors: Factors):
        self.currency, self.factors = currency, factors
        self.tariffs = {kind: baseline.tariff(workspace, audit_id, kind)
                        for kind in ResourceKind}

    def given(self, calc: Calculator, inputs: dict[str, str], name: str,
              problems: list[Message]) -> pint.Quantity | None:
        """The price the calculation was given as `name` (None when not given or in
        another currency than the audit's)."""
        if not name or not self.currency or not str(inputs.get(name, "")).strip():
            return None
        try:
            price = calc.param(name).read(inputs[name])
        except RecpError as exc:
            problems.append(exc.message)
            return None
        if self.currency and currency_of(price) != self.currency:
            problems.append(Message("Options", QT_TRANSLATE_NOOP(
                "Options", "{name} is in {given}, the audit's money in {currency}: the "
                           "audit's tariff is used"),
                {"name": name, "given": currency_of(price) or "?", "currency": self.currency}))
            return None
        return price

    def money(self, saving: Saving, fuel: str, problems: list[Message]) -> Saving:
        """`saving` priced by the audit's tariff (unchanged when there is none)."""
        basis, price = BY_TARIFF, self.tariffs.get(saving.kind)
        if price is None and saving.kind == ResourceKind.HEAT:
            basis, price = BY_FUEL_TARIFF, self.tariffs.get(_fuel_kind(fuel))
        if price is None or not self.currency:
            return saving
        ureg = registry()
        unit = (ureg.Quantity(1, parse_unit(self.currency)) / price).units  # m³, t, Gcal
        one = ureg.Quantity(1, unit)
        via = None
        try:
            if saving.typed is not None and saving.typed.dimensionality == one.dimensionality:
                amount = saving.typed.to(unit)
            elif saving.amount.dimensionality == one.dimensionality:
                amount = saving.amount.to(unit)
            elif saving.ncv is not None and (one * saving.ncv).dimensionality \
                    == saving.amount.dimensionality:
                via = saving.ncv
                amount = (saving.amount / saving.ncv).to(unit)
            else:
                via = self.factors.energy(fuel or "natural_gas", one) / one
                amount = (saving.amount / via).to(unit)
            value = float((amount * price).m_as(parse_unit(self.currency)))
        except (pint.DimensionalityError, FactorError):
            problems.append(Message("Options", QT_TRANSLATE_NOOP(
                "Options", "the tariff is per {unit}, the saving in {saved}: not priced"),
                {"unit": f"{unit:~P}", "saved": f"{saving.amount.units:~P}"}))
            return saving
        return Saving(saving.kind, saving.amount, value, basis, price, via, saving.typed,
                      saving.ncv, saving.ncv_note, saving.output)


def _info(row: dict[str, Any], prices: Prices) -> OptionInfo:
    ureg = registry()
    problems: list[Message] = []
    name, inputs, fuel = row["calculator"], dict(row["inputs"] or {}), row["fuel"] or ""
    results = {key: ureg.Quantity(value["value"], parse_unit(value["unit"]) if value["unit"]
                                  else ureg.dimensionless)
               for key, value in (row["results"] or {}).items() if isinstance(value, dict)}
    calc = CALCULATORS.get(name)
    items: list[Saving] = []
    money_only = expenses = 0.0  # reactive energy priced; treating reused water
    for output in calc.outputs if calc else ():
        if output.name not in results:
            continue
        if output.expense:
            expenses += _money_result(results[output.name], prices.currency, problems)
            continue
        price = prices.given(calc, inputs, output.price, problems)
        priced = results.get(output.priced or output.name)
        if output.saves is None:
            if price is not None and priced is not None:
                money_only += float((priced * price).m_as(parse_unit(prices.currency)))
            continue
        kind = _fuel_kind(fuel) if output.saves == ResourceKind.NATURAL_GAS else output.saves
        saving = Saving(kind, results[output.name], output=output.name)
        if price is not None and priced is not None:
            saving = Saving(kind, saving.amount,
                            float((priced * price).m_as(parse_unit(prices.currency))),
                            BY_CALCULATION, price, output=output.name)
        items.append(saving)
    for kind_text, text in (row["manual_savings"] or {}).items():
        if str(text).strip():
            items.append(_typed(ResourceKind(kind_text), text, fuel, results, prices.factors,
                                problems))
    items = [item if item.money is not None else prices.money(item, fuel, problems)
             for item in items]
    for kind in dict.fromkeys(item.kind for item in items if item.money is None):
        problems.append(Message("Options", QT_TRANSLATE_NOOP(
            "Options", "{resource} saved is not priced: give its price in the calculation or "
                       "a tariff in the baseline"),
            {"resource": Message("Enum", RESOURCE_KIND_LABELS[kind])}))
    priced = [item.money for item in items if item.money is not None]
    money = ureg.Quantity(sum(priced) + money_only - expenses, parse_unit(prices.currency)) \
        if (priced or money_only or expenses) and prices.currency else None
    co2e = _co2e(items, fuel, prices.factors, problems)
    ranges = _ranges(name, inputs, dict(row["uncertainties"] or {}), prices.factors,
                     prices.currency, problems)
    money_range = _money_range(money, ranges, results, items)
    investment, lifetime = row["investment"], float(row["lifetime"])
    annual = float(money.magnitude) if money is not None else None
    payback = investment / annual if investment is not None and annual and annual > 0 else None
    present = npv(investment, annual, lifetime, row["discount_rate"] / 100) \
        if investment is not None and annual is not None else None
    internal = irr(investment, annual, lifetime) if investment and annual and annual > 0 \
        else None
    return OptionInfo(
        row["id"], row["title"], row["description"], row["area"], row["category"],
        row["status"], name, inputs, dict(row["uncertainties"] or {}),
        dict(row["sources"] or {}), results, items, ranges, money, money_range, co2e,
        investment, prices.currency, fuel or "natural_gas", lifetime, row["discount_rate"],
        payback, present, internal * 100 if internal is not None else None,
        row["responsible"], row["deadline"], dict(row["realised"] or {}),
        row["group_name"] or "", row["group_order"] or 0, row["group_base"] or "",
        money_only=money_only, expenses=expenses, problems=problems)


def _money_result(value: pint.Quantity, currency: str, problems: list[Message]) -> float:
    """A money result of the calculation in the audit's currency (0 when in another)."""
    if currency and currency_of(value) != currency:
        problems.append(Message("Options", QT_TRANSLATE_NOOP(
            "Options", "the calculation's money is in {given}, the audit's in {currency}"),
            {"given": f"{value.units:~P}", "currency": currency}))
        return 0.0
    return float(value.magnitude)


def _typed(kind: ResourceKind, text: str, fuel: str, results: dict[str, pint.Quantity],
           factors: Factors, problems: list[Message]) -> Saving:
    """A saving typed by hand; a fuel given by mass or volume turned into energy with the
    calculation's own heating value (`ncv` result) when it has one."""
    typed = _amount(text)
    if kind not in FUELS or typed.dimensionality == registry().Quantity(1, "J").dimensionality:
        return Saving(kind, typed.to("MWh") if kind in FUELS else typed, typed=typed)
    own = results.get("ncv")
    if own is not None and (typed * own).dimensionality == registry().Quantity(1, "J") \
            .dimensionality:
        return Saving(kind, (typed * own).to("MWh"), typed=typed, ncv=own,
                      ncv_note="calculation")
    key = "natural_gas" if kind == ResourceKind.NATURAL_GAS else (fuel or "natural_gas")
    try:
        energy = factors.energy(key, typed)
    except FactorError as exc:
        problems.append(exc.message)
        return Saving(kind, typed, typed=typed)
    return Saving(kind, energy, typed=typed, ncv=(energy / typed).to(
        "GJ/t" if typed.dimensionality == registry().Quantity(1, "t").dimensionality
        else "MJ/m**3"), ncv_note=factors.fuel(key).source)


def _money_range(money, ranges, results, items: list[Saving]) -> tuple[float, float] | None:
    """The money's range: each priced saving scaled as its result's range (a saving
    without one, money-only results and costs as they are)."""
    if money is None or not any(item.output in ranges for item in items):
        return None
    low = high = float(money.magnitude)
    for item in items:
        value = results.get(item.output)
        if item.money is None or item.output not in ranges or not value or not value.magnitude:
            continue
        bounds = [bound.m_as(value.units) / value.magnitude for bound in ranges[item.output]]
        low += item.money * (min(bounds) - 1)
        high += item.money * (max(bounds) - 1)
    return (low, high) if high > low else None


def _amount(text: str) -> pint.Quantity:
    number, unit = split_number(text)
    return registry().Quantity(number, parse_unit(unit))


def _fuel_kind(fuel: str) -> ResourceKind:
    return ResourceKind.NATURAL_GAS if fuel in ("", "natural_gas") else ResourceKind.OTHER_FUEL


def _co2e(items: list[Saving], fuel: str, factors: Factors,
          problems: list[Message]) -> pint.Quantity | None:
    from recp_audit.calc.combustion import fuel_emissions

    ureg = registry()
    total = ureg.Quantity(0, "t")
    counted = False
    for item in items:
        try:
            if item.kind == ResourceKind.ELECTRICITY:
                total = total + (item.amount * factors.grid()).to("t")
            elif item.kind in (*FUELS, ResourceKind.HEAT):
                total = total + fuel_emissions(fuel or "natural_gas", item.amount,
                                               factors)["co2e"].to("t")
            else:
                continue
            counted = True
        except FactorError as exc:
            problems.append(exc.message)
    return total if counted else None


def _ranges(name, inputs, uncertainties, factors, currency, problems):
    """The results' ranges from the inputs' ±. The stored inputs are read again in any
    case, so that one that no longer reads as it did (a bare 0.75 for a percentage,
    stored before the program asked) is named among the option's problems."""
    if name not in CALCULATORS:
        return {}
    calc = calculator(name)
    try:
        prepared = calc.prepare(inputs, currency or None)
        if not uncertainties:
            return {}
        spreads = {key: calc.param(key).parse(text, currency or None)
                   for key, text in uncertainties.items()}
        found = result_ranges(calc, prepared, spreads, factors)
    except RecpError as exc:
        problems.append(exc.message)
        return {}
    return {key: (r.low, r.high) for key, r in found.items()}


@dataclass
class Group:
    """Options on one piece of equipment or energy flow, in their order, with the share of
    the base each finds left (`remaining`) and their savings alone and together."""

    name: str
    base: pint.Quantity | None
    kind: ResourceKind | None
    members: list[OptionInfo]
    remaining: list[float]
    problems: list[Message] = field(default_factory=list)

    def money(self, interacting: bool = True, selected: bool = True) -> float:
        """The members' money a year, with or without interaction (selected ones only)."""
        return sum(float(info.money.magnitude) * (left if interacting else 1.0)
                   for info, left in zip(self.members, self.remaining)
                   if info.money is not None and (info.selected or not selected))

    def saved(self, interacting: bool = True) -> dict[ResourceKind, pint.Quantity]:
        """The selected members' savings per resource, with or without interaction."""
        found: dict[ResourceKind, pint.Quantity] = {}
        for info, left in zip(self.members, self.remaining):
            if info.selected:
                _add(found, info.savings, left if interacting else 1.0)
        return found


def groups(infos: list[OptionInfo]) -> list[Group]:
    """The options' groups by name, members in their order (then by title)."""
    named: dict[str, list[OptionInfo]] = defaultdict(list)
    for info in infos:
        if info.group.strip():
            named[info.group.strip()].append(info)
    found = []
    for name, members in sorted(named.items()):
        members.sort(key=lambda info: (info.group_order, info.title))
        found.append(_sequence(name, members))
    return found


def _sequence(name: str, members: list[OptionInfo]) -> Group:
    """Each member's share of the base left by the selected members before it."""
    text = next((info.group_base for info in members if info.group_base.strip()), "")
    group = Group(name, None, None, members, [1.0] * len(members))
    if not text:
        group.problems.append(Message("Options", NO_BASE, {"group": name}))
        return group
    try:
        base = _amount(text)
    except (RecpError, ValueError):  # a value a merged file brought unchecked
        base = registry().Quantity(0, "")
    kind = next((saving.kind for saving in members[0].items
                 if saving.amount.dimensionality == base.dimensionality), None)
    if kind is None or base.magnitude <= 0:
        group.problems.append(Message("Options", BAD_BASE, {"group": name, "base": text}))
        return group
    group.base, group.kind = base, kind
    left = 1.0
    for index, info in enumerate(members):
        group.remaining[index] = left
        saved = info.savings.get(kind)
        if saved is None or not info.selected:
            continue
        share = float(saved.to(base.units).magnitude / base.magnitude)
        if share > 1:
            group.problems.append(Message("Options", SHARE_ABOVE_BASE,
                                          {"group": name, "title": info.title, "base": text}))
        left *= max(0.0, 1 - share)
    return group


def _add(target: dict[ResourceKind, pint.Quantity], savings: dict[ResourceKind, pint.Quantity],
         scale: float = 1.0) -> None:
    for kind, amount in savings.items():
        amount = amount * scale
        target[kind] = target[kind] + amount.to(target[kind].units) if kind in target \
            else amount


def baseline_use(workspace: Workspace, audit_id: uuid.UUID,
                 factors: Factors) -> dict[ResourceKind, pint.Quantity]:
    """The baseline's use of each resource a year (scaled to twelve months; fuels as
    energy through their heating values), to check the savings against."""
    found: dict[ResourceKind, pint.Quantity] = {}
    for row in baseline.monthly(workspace, audit_id).rows:
        amount = baseline.quantity_of(row)
        if amount is None or row.kind == ResourceKind.PRODUCTION or not row.months_present():
            continue
        amount = amount * 12 / row.months_present()
        try:
            if row.kind in FUELS:
                amount = factors.energy(row.factor_key or "natural_gas", amount)
            _add(found, {row.kind: amount})
        except (FactorError, pint.DimensionalityError):
            continue
    return found


@dataclass
class Totals:
    """What the selected options add up to for an audit, options on one equipment
    counted in sequence (`money_alone`: as if each were alone)."""

    savings: dict[ResourceKind, pint.Quantity]
    money: float
    investment: float
    co2e: pint.Quantity
    currency: str
    by_category: dict[CPCategory, float]
    by_area: dict[ResourceArea, float]
    count: int
    realised: float  # money per year reported for implemented options
    money_alone: float = 0.0
    unpriced: list[ResourceKind] = field(default_factory=list)
    excess: list[tuple[ResourceKind, pint.Quantity, pint.Quantity]] = field(
        default_factory=list)  # (resource, saved, baseline use) where saved > use

    @property
    def payback(self) -> float | None:
        """Simple payback of the selected options together (years)."""
        return self.investment / self.money if self.money > 0 and self.investment else None


def totals(infos: list[OptionInfo], currency: str,
           use: dict[ResourceKind, pint.Quantity] | None = None) -> Totals:
    """Savings, money, investment and CO2e of the selected options (each scaled by the
    share of its group's base left to it), money by category and area, the resources
    left unpriced, and those saved beyond their baseline `use` when it is given."""
    ureg = registry()
    savings: dict[ResourceKind, pint.Quantity] = {}
    by_category: dict[CPCategory, float] = defaultdict(float)
    by_area: dict[ResourceArea, float] = defaultdict(float)
    money = alone = investment = realised = 0.0
    co2e = ureg.Quantity(0, "t")
    unpriced: list[ResourceKind] = []
    chosen = [info for info in infos if info.selected]
    for info in chosen:
        _add(savings, info.savings, info.remaining)
        annual = float(info.money.magnitude) if info.money is not None else 0.0
        money += annual * info.remaining
        alone += annual
        by_category[info.category] += annual * info.remaining
        by_area[info.area] += annual * info.remaining
        investment += info.investment or 0.0
        if info.co2e is not None:
            co2e = co2e + info.co2e * info.remaining
        realised += (info.realised or {}).get("money") or 0.0
        unpriced += [kind for kind in info.unpriced if kind not in unpriced]
    excess = []
    for kind, saved in savings.items():
        found = (use or {}).get(kind)
        if found is not None and saved.dimensionality == found.dimensionality \
                and saved.to(found.units).magnitude > found.magnitude:
            excess.append((kind, saved, found))
    return Totals(savings, money, investment, co2e, currency, dict(by_category), dict(by_area),
                  len(chosen), realised, alone, unpriced, excess)


def audit_totals(workspace: Workspace, audit_id: uuid.UUID, infos: list[OptionInfo],
                 currency: str) -> Totals:
    """`totals` of the audit's options checked against its baseline use."""
    return totals(infos, currency, baseline_use(workspace, audit_id,
                                                factors_of(workspace, audit_id)))
