"""An audit's options, totals and RECP indicators as plain data (for the CLI's JSON)."""

from __future__ import annotations

import uuid
from typing import Any

from recp_audit.services.indicators import indicators
from recp_audit.services.options import factors_of, options, totals
from recp_audit.store.db import Workspace


def _quantity(value) -> dict[str, Any] | None:
    return None if value is None else {"value": float(value.magnitude),
                                       "unit": f"{value.units:~P}"}


def options_summary(workspace: Workspace, audit_id: uuid.UUID) -> dict[str, Any]:
    """Options with savings, money, CO2e, appraisal and sources; totals; indicators."""
    infos = options(workspace, audit_id)
    currency = infos[0].currency if infos else ""
    total = totals(infos, currency)
    found = indicators(workspace, audit_id)
    return {
        "currency": currency,
        "options": [{"id": str(info.id), "title": info.title, "status": str(info.status),
                     "category": str(info.category), "area": str(info.area),
                     "calculator": info.calculator, "inputs": info.inputs,
                     "uncertainties": info.uncertainties, "sources": info.sources,
                     "savings": {str(k): _quantity(v) for k, v in info.savings.items()},
                     "money": None if info.money is None else float(info.money.magnitude),
                     "money_range": info.money_range,
                     "co2e_t": None if info.co2e is None else info.co2e.m_as("t"),
                     "investment": info.investment, "payback_years": info.payback,
                     "npv": info.npv, "irr": info.irr, "problems": info.problems}
                    for info in infos],
        "totals": {"count": total.count, "money": total.money, "investment": total.investment,
                   "co2e_t": total.co2e.m_as("t"), "payback_years": total.payback,
                   "savings": {str(k): _quantity(v) for k, v in total.savings.items()}},
        "indicators": [{"key": row.key, "before": _format(row.before),
                        "after": _format(row.after)} for row in found.rows],
        "indicator_notes": found.notes,
        "no_output": found.no_output,
        "factors_used": factors_of(workspace, audit_id).used(
            sorted({info.fuel for info in infos if info.co2e is not None}), "BY"),
    }


def _format(value) -> str | None:
    return None if value is None else f"{value.to_reduced_units():.4g~P}"
