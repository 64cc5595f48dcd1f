"""Steam: live steam lost through a failed-open steam trap."""

from __future__ import annotations

import dataclasses
import math

from recp_audit.calc.common import ATMOSPHERIC, COST, DISCHARGE_COEFFICIENT, HOURS
from recp_audit.calc.core import MONEY, Calculator, Output, Param
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry


def trap_loss_rate(pressure, diameter, discharge_coefficient, atmospheric):
    """Steam flow through an orifice discharging to atmosphere, Napier's equation
    W [lb/s] = A [in²] x P [psia] / 70, times a discharge coefficient.

    With Cd = 0.6 this is the W = 24.24 x P x D² lb/h form (D in inches) of
    H. Manczyk, "Estimating the cost of steam loss through the orifice of a steam
    trap" (5 psig, 3/16 in: 16.78 lb/h), and of US DOE Steam Tip Sheet 1 practice.
    """
    psia = (pressure + atmospheric).m_as("psi")
    area = math.pi / 4 * diameter.m_as("inch") ** 2
    return registry().Quantity(discharge_coefficient.m_as("") * area * psia / 70, "lb/s")


def steam_trap(pressure, diameter, hours, discharge_coefficient, atmospheric, steam_cost):
    """Steam lost per hour and per year through a failed-open trap, and its cost."""
    rate = trap_loss_rate(pressure, diameter, discharge_coefficient, atmospheric)
    annual = (rate * hours).to("t")
    result = {"steam_loss": rate, "annual_loss": annual}
    if steam_cost is not None:
        result["cost"] = annual * steam_cost
    return result


STEAM_TRAP = Calculator(
    "steam-trap", QT_TRANSLATE_NOOP("Calc", "Steam lost through a failed steam trap"),
    "Napier's equation (W = 24.24 P D² lb/h with Cd 0.6); US DOE Steam Tip Sheet 1, "
    "Inspect and Repair Steam Traps (2012)",
    (Param("pressure", "bar", QT_TRANSLATE_NOOP("Calc", "steam pressure (gauge)"),
           low=0, high=100, low_open=True),
     Param("diameter", "mm", QT_TRANSLATE_NOOP("Calc", "trap orifice diameter"),
           low=0, high=50, low_open=True),
     HOURS, dataclasses.replace(DISCHARGE_COEFFICIENT, default="0.6"), ATMOSPHERIC,
     Param("steam_cost", f"{MONEY}/t", QT_TRANSLATE_NOOP("Calc", "cost of steam"), low=0,
           optional=True)),
    (Output("steam_loss", "kg/h", QT_TRANSLATE_NOOP("Calc", "steam lost")),
     Output("annual_loss", "t", QT_TRANSLATE_NOOP("Calc", "steam lost per year")),
     COST),
    steam_trap)
