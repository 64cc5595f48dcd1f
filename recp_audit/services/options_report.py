"""An audit's options, groups, totals and RECP indicators as plain data (for the CLI's
JSON)."""

from __future__ import annotations

import uuid
from typing import Any

from recp_audit.services.indicators import indicators
from recp_audit.services.options import audit_totals, factors_of, groups, options
from recp_audit.store.db import Workspace


def _quantity(value) -> dict[str, Any] | None:
    return None if value is None else {"value": float(value.magnitude),
                                       "unit": f"{value.units:~P}"}


def _saving(item) -> dict[str, Any]:
    """One saving with its money and how it was priced (`basis` "" when not priced)."""
    return {"resource": str(item.kind), "amount": _quantity(item.amount),
            "typed": _quantity(item.typed), "output": item.output, "money": item.money,
            "basis": item.basis, "price": _quantity(item.price),
            "heating_value": _quantity(item.via or item.ncv),
            "heating_value_source": item.ncv_note}


def options_summary(workspace: Workspace, audit_id: uuid.UUID) -> dict[str, Any]:
    """Options with savings, money (IRR in percent), CO2e, appraisal and sources; groups
    with and without interaction; totals with the resources saved beyond the baseline;
    indicators."""
    infos = options(workspace, audit_id)
    currency = infos[0].currency if infos else ""
    total = audit_totals(workspace, audit_id, infos, currency)
    found = indicators(workspace, audit_id)
    return {
        "currency": currency,
        "options": [{"id": str(info.id), "title": info.title, "status": str(info.status),
                     "category": str(info.category), "area": str(info.area),
                     "calculator": info.calculator, "inputs": info.inputs,
                     "uncertainties": info.uncertainties, "sources": info.sources,
                     "savings": {str(k): _quantity(v) for k, v in info.savings.items()},
                     "priced": [_saving(item) for item in info.items],
                     "not_priced": [str(kind) for kind in info.unpriced],
                     "partial": info.partial,
                     "money": None if info.money is None else float(info.money.magnitude),
                     "money_range": info.money_range,
                     "co2e_t": None if info.co2e is None else info.co2e.m_as("t"),
                     "investment": info.investment, "payback_years": info.payback,
                     "npv": info.npv, "irr_percent": info.irr,
                     "group": info.group, "group_order": info.group_order,
                     "share_left": info.remaining,
                     "problems": [str(problem) for problem in info.problems]}
                    for info in infos],
        "groups": [{"name": group.name, "base": _quantity(group.base),
                    "resource": str(group.kind) if group.kind else None,
                    "options": [info.title for info in group.members],
                    "share_left": group.remaining,
                    "money_alone": group.money(interacting=False),
                    "money_together": group.money(),
                    "problems": [str(problem) for problem in group.problems]}
                   for group in groups(infos)],
        "totals": {"count": total.count, "money": total.money,
                   "money_without_interaction": total.money_alone,
                   "investment": total.investment, "co2e_t": total.co2e.m_as("t"),
                   "payback_years": total.payback,
                   "not_priced": [str(kind) for kind in total.unpriced],
                   "savings": {str(k): _quantity(v) for k, v in total.savings.items()},
                   "above_baseline": [{"resource": str(kind), "saved": _quantity(saved),
                                       "baseline": _quantity(use)}
                                      for kind, saved, use in total.excess]},
        "indicators": [{"key": row.key, "before": _format(row.before),
                        "after": _format(row.after)} for row in found.rows],
        "indicator_notes": found.notes,
        "no_output": found.no_output,
        "factors_used": factors_of(workspace, audit_id).used(
            sorted({info.fuel for info in infos if info.co2e is not None}), "BY"),
    }


def _format(value) -> str | None:
    return None if value is None else f"{value.to_reduced_units():.4g~P}"
