"""An audit's baseline: monthly resource use, releases and production, tariffs,
the monthly table with gaps, totals, cost shares and specific consumption.

A month with no entry is a gap (None), never a zero. Costs must be in the
audit's currency: an entry in another currency is refused with a message
asking for the conversion, so totals never add BYN to EUR.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pint
import sqlalchemy as sa

from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, ValidationError
from recp_audit.model import Audit, BaselineEntry, Tariff
from recp_audit.services import records
from recp_audit.store.db import Workspace
from recp_audit.units import UnitError, parse_unit, registry

CONTEXT = "Baseline"


@dataclass(frozen=True)
class Line:
    """One baseline entry as shown and computed with."""

    id: uuid.UUID
    kind: ResourceKind
    item: str
    month: dt.date
    quantity: float | None
    unit: str
    cost: float | None
    currency: str
    source: str
    ewc_code: str
    factor_key: str


def _audit_currency(session, audit_id: uuid.UUID) -> str:
    audit = session.get(Audit, audit_id)
    return audit.currency if audit is not None else ""


def _check_currency(currency: str, expected: str) -> None:
    if currency and expected and currency != expected:
        raise ValidationError("currency", Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Baseline", "costs of this audit are in {expected}; convert the {currency} amount to "
                        "{expected} first (and note the rate used)"),
            {"expected": expected, "currency": currency}))


def add_entry(workspace: Workspace, audit_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
    """Store one month of one resource (validated; cost only in the audit's currency)."""
    with workspace.session() as session:
        expected = _audit_currency(session, audit_id)
    values = {"currency": expected if values.get("cost") not in (None, "") else "", **values,
              "audit_id": audit_id}
    _check_currency(str(values.get("currency") or ""), expected)
    return records.create(workspace, BaselineEntry, values)


def update_entry(workspace: Workspace, entry_id: uuid.UUID, values: dict[str, Any]) -> None:
    """Change one entry (validated; cost only in the audit's currency)."""
    with workspace.session() as session:
        entry = session.get(BaselineEntry, entry_id)
        expected = _audit_currency(session, entry.audit_id) if entry else ""
    if values.get("cost") not in (None, "") and not values.get("currency"):
        values = {**values, "currency": expected}
    _check_currency(str(values.get("currency") or ""), expected)
    records.update(workspace, BaselineEntry, entry_id, values)


def delete_resource(workspace: Workspace, audit_id: uuid.UUID, kind: ResourceKind,
                    item: str) -> int:
    """Delete every month of one resource (tombstoned, so a merge sees it); the count."""
    doomed = [line.id for line in lines(workspace, audit_id)
              if line.kind == kind and line.item == item]
    for entry_id in doomed:
        records.delete(workspace, BaselineEntry, entry_id)
    return len(doomed)


def lines(workspace: Workspace, audit_id: uuid.UUID) -> list[Line]:
    """The audit's baseline entries by kind, item and month."""
    with workspace.session() as session:
        rows = session.scalars(sa.select(BaselineEntry).where(
            BaselineEntry.audit_id == audit_id).order_by(
            BaselineEntry.kind, BaselineEntry.item, BaselineEntry.month)).all()
        return [Line(r.id, r.kind, r.item, r.month, r.quantity, r.unit, r.cost, r.currency,
                     str(r.source), r.ewc_code, r.factor_key) for r in rows]


def set_tariff(workspace: Workspace, audit_id: uuid.UUID, kind: ResourceKind, item: str,
               price: float, unit: str) -> uuid.UUID:
    """The price of a resource per `unit` in the audit's currency (replaces an earlier one)."""
    with workspace.session() as session:
        currency = _audit_currency(session, audit_id)
        existing = session.scalars(sa.select(Tariff.id).where(
            Tariff.audit_id == audit_id, Tariff.kind == kind, Tariff.item == item)).first()
    values = {"audit_id": audit_id, "kind": kind, "item": item, "price": price,
              "currency": currency, "unit": unit}
    if existing:
        records.update(workspace, Tariff, existing, values)
        return existing
    return records.create(workspace, Tariff, values)


def tariff(workspace: Workspace, audit_id: uuid.UUID, kind: ResourceKind,
           item: str = "") -> pint.Quantity | None:
    """The price of `kind` (`item` first, then any item of that kind) as currency per unit."""
    with workspace.session() as session:
        rows = session.scalars(sa.select(Tariff).where(
            Tariff.audit_id == audit_id, Tariff.kind == kind)).all()
    chosen = next((r for r in rows if r.item == item), rows[0] if rows else None)
    if chosen is None:
        return None
    return registry().Quantity(chosen.price, parse_unit(f"{chosen.currency}/({chosen.unit})"))


@dataclass
class Row:
    """One resource (kind and item) over the months: quantities in `unit`, costs."""

    kind: ResourceKind
    item: str
    unit: str
    quantities: list[float | None]
    costs: list[float | None]
    factor_key: str = ""
    ewc_code: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Kind and item, e.g. "water_intake: well"."""
        return f"{self.kind}: {self.item}" if self.item else str(self.kind)

    def total(self) -> float | None:
        """The sum over the months with a value (None when there is none)."""
        present = [v for v in self.quantities if v is not None]
        return sum(present) if present else None

    def total_cost(self) -> float | None:
        """The sum of the costs given."""
        present = [v for v in self.costs if v is not None]
        return sum(present) if present else None

    def months_present(self) -> int:
        """How many months have a quantity."""
        return sum(v is not None for v in self.quantities)


@dataclass
class MonthlyTable:
    """The baseline as months x resources, with the audit's currency."""

    months: list[dt.date]
    rows: list[Row]
    currency: str

    def rows_of(self, *kinds: ResourceKind) -> list[Row]:
        """The rows of the given kinds."""
        return [row for row in self.rows if row.kind in kinds]


def month_range(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every first-of-month from `first` to `last`."""
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


def monthly(workspace: Workspace, audit_id: uuid.UUID) -> MonthlyTable:
    """The baseline table: the audit period's months (or those the entries span), one row
    per kind and item in the unit of its first entry; a month without entry is None."""
    entries = lines(workspace, audit_id)
    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        start, end = (audit.period_start, audit.period_end) if audit else (None, None)
        currency = audit.currency if audit else ""
    if entries:
        start = min([e.month for e in entries] + ([start] if start else []))
        end = max([e.month for e in entries] + ([end] if end else []))
    months = month_range(start, end) if start and end else []
    index = {month: i for i, month in enumerate(months)}
    grouped: dict[tuple[ResourceKind, str], list[Line]] = defaultdict(list)
    for entry in entries:
        grouped[(entry.kind, entry.item)].append(entry)
    rows = []
    for (kind, item), group in grouped.items():
        unit = next((e.unit for e in group if e.unit), "")
        row = Row(kind, item, unit, [None] * len(months), [None] * len(months),
                  next((e.factor_key for e in group if e.factor_key), ""),
                  next((e.ewc_code for e in group if e.ewc_code), ""))
        for entry in group:
            slot = index[entry.month]
            if entry.quantity is not None:
                value = _convert(entry.quantity, entry.unit, unit)
                if value is None:
                    row.problems.append(f"{entry.month:%Y-%m}: {entry.unit} ≠ {unit}")
                else:
                    row.quantities[slot] = (row.quantities[slot] or 0) + value
            if entry.cost is not None:
                row.costs[slot] = (row.costs[slot] or 0) + entry.cost
        rows.append(row)
    order = list(ResourceKind)
    rows.sort(key=lambda r: (order.index(r.kind), r.item))
    return MonthlyTable(months, rows, currency)


def _convert(value: float, unit: str, target: str) -> float | None:
    if unit == target or not unit or not target:
        return value
    try:
        return float(registry().Quantity(value, parse_unit(unit)).m_as(parse_unit(target)))
    except (UnitError, pint.DimensionalityError):
        return None


def cost_shares(table: MonthlyTable) -> list[tuple[Row, float, float]]:
    """(row, cost, share of all costs) for every row with costs, largest first."""
    costs = [(row, row.total_cost()) for row in table.rows
             if row.kind != ResourceKind.PRODUCTION and row.total_cost()]
    whole = sum(cost for _, cost in costs)
    return sorted(((row, cost, cost / whole) for row, cost in costs), key=lambda t: -t[1])


def specific_consumption(resource: Row, production: Row) -> list[float | None]:
    """Resource per unit of product, month by month; None where either is missing or
    nothing was produced."""
    return [None if q is None or p in (None, 0) else q / p
            for q, p in zip(resource.quantities, production.quantities)]


def quantity_of(row: Row) -> pint.Quantity | None:
    """A row's total as a quantity in its unit."""
    total = row.total()
    if total is None or not row.unit:
        return None
    return registry().Quantity(total, parse_unit(row.unit))
