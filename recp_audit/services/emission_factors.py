"""An audit's emission factors: the shipped values with the audit's overrides, listed
with source and year, and changed with their new source."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from recp_audit.calc.factors import FactorError, default_factors
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError, ValidationError
from recp_audit.model import Audit
from recp_audit.store.db import Workspace

# (section, key, field, unit it must convert to)
EDITABLE = [("fuels", key, field, unit) for key in default_factors().fuels()
            for field, unit in (("ncv", "TJ/Gg"), ("co2", "kg/TJ"), ("ch4", "kg/TJ"),
                                ("n2o", "kg/TJ"))] + [
    ("fuels", "natural_gas", "ncv_volume", "MJ/m**3"), ("grid", "BY", "co2e", "g/kWh")]


@dataclass(frozen=True)
class FactorRow:
    """One factor as used by an audit."""

    section: str
    key: str
    field: str
    label: str
    label_ru: str
    value: str
    source: str
    year: int | str
    overridden: bool
    alternatives: tuple[tuple[str, str], ...] = ()  # documented (value, source) to choose


def factor_rows(workspace: Workspace, audit_id: uuid.UUID) -> list[FactorRow]:
    """Every editable factor with the value the audit uses and where it comes from."""
    overrides = _overrides(workspace, audit_id)
    data = default_factors().with_overrides(overrides).data
    rows = []
    for section, key, field, _ in EDITABLE:
        entry = data[section].get(key, {})
        if field not in entry:
            continue
        changed = field in overrides.get(section, {}).get(key, {})
        source = entry.get(f"{field}_source") or entry.get("source", "")
        shipped = default_factors().alternatives(key) if section == "fuels" else []
        choices = tuple((str(alt[field]), alt.get(f"{field}_source", "")) for alt in shipped
                        if field in alt)
        rows.append(FactorRow(section, key, field, entry.get("label", key),
                              entry.get("label_ru", entry.get("label", key)), str(entry[field]),
                              source, "" if changed else entry.get("year", ""), changed,
                              choices))
    gwp = data["gwp"]
    for gas in ("CH4", "N2O"):
        changed = gas in overrides.get("gwp", {})
        rows.append(FactorRow("gwp", gas, gas, f"GWP {gas}", f"GWP {gas}", f"{gwp[gas]:g}",
                              gwp.get(f"{gas}_source") or gwp["source"],
                              "" if changed else gwp["year"], changed))
    return rows


def _overrides(workspace: Workspace, audit_id: uuid.UUID) -> dict:
    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        if audit is None or audit.deleted:
            raise NotFoundError(Message("Factors", QT_TRANSLATE_NOOP(
                "Factors", "the audit does not exist")))
        return dict(audit.factor_overrides or {})


def set_factor(workspace: Workspace, audit_id: uuid.UUID, section: str, key: str, field: str,
               value: str, source: str) -> None:
    """Override one factor for the audit (value with its unit, e.g. `0.35 kg/kWh`, and the
    source of it); an empty `value` goes back to the shipped one."""
    overrides = _overrides(workspace, audit_id)
    target = overrides.setdefault(section, {})
    if section != "gwp":
        target = target.setdefault(key, {})
    if not str(value).strip():
        target.pop(field, None)
        target.pop(f"{field}_source", None)
    else:
        if not source.strip():
            raise ValidationError("source", Message("Factors", QT_TRANSLATE_NOOP(
                "Factors", "say where the new value of {name} comes from"),
                {"name": f"{key} {field}"}))
        if section == "gwp":
            try:
                target[field] = float(str(value).replace(",", "."))
            except ValueError:
                raise ValidationError(field, Message("Factors", QT_TRANSLATE_NOOP(
                    "Factors", "\"{value}\" is not a number"), {"value": value})) from None
        else:
            target[field] = str(value).strip()
        target[f"{field}_source"] = source.strip()
    if section != "gwp" and not target:
        overrides[section].pop(key, None)
    _check(overrides, section, key, field)
    with workspace.transaction() as session:
        session.get(Audit, audit_id).factor_overrides = overrides


def _check(overrides: dict, section: str, key: str, field: str) -> None:
    factors = default_factors().with_overrides(overrides)
    try:
        if section == "fuels":
            factors.fuel(key)
        elif section == "grid":
            factors.grid(key)
    except FactorError as exc:
        raise ValidationError(field, exc.message) from None


def check_grid_default(value: str, source: str) -> None:
    """A grid electricity factor for new audits (e.g. `0.45 kg/kWh`) with its source;
    ValidationError naming what is wrong. An empty value means the shipped factor."""
    if not value.strip():
        return
    if not source.strip():
        raise ValidationError("source", Message("Factors", QT_TRANSLATE_NOOP(
            "Factors", "say where the new value of {name} comes from"),
            {"name": "grid co2e"}))
    _check({"grid": {"BY": {"co2e": value.strip()}}}, "grid", "BY", "co2e")
