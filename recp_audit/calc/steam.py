"""Steam: live steam lost through a failed-open steam trap."""

from __future__ import annotations

import dataclasses
import math

from recp_audit.calc.common import ATMOSPHERIC, COST, DISCHARGE_COEFFICIENT, HOURS
from recp_audit.calc.core import MONEY, Calculator, Output, Param, refusal
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.spelling import GAUGE
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
           low=0, high=100, low_open=True, pressure=GAUGE),
     Param("diameter", "mm", QT_TRANSLATE_NOOP("Calc", "trap orifice diameter"),
           low=0, high=50, low_open=True),
     HOURS, dataclasses.replace(DISCHARGE_COEFFICIENT, default="0.6"), ATMOSPHERIC,
     Param("steam_cost", f"{MONEY}/t", QT_TRANSLATE_NOOP("Calc", "cost of steam"), low=0,
           optional=True)),
    (Output("steam_loss", "kg/h", QT_TRANSLATE_NOOP("Calc", "steam lost")),
     Output("annual_loss", "t", QT_TRANSLATE_NOOP("Calc", "steam lost per year")),
     COST),
    steam_trap)


WATER_HEAT_CAPACITY = 4.186  # kJ/(kg K), liquid water near 20-100 °C


def condensate_return(condensate_flow, hours, condensate_temperature, makeup_temperature,
                      boiler_efficiency, fuel_price, water_price):
    """Heat, fuel and water saved by returning condensate to the boiler instead of
    draining it: heat = m x c_p x (t_condensate - t_make-up), fuel = heat / boiler
    efficiency, and the same mass of treated make-up water (US DOE Steam Tip Sheet 8,
    "Return Condensate to the Boiler", 2012)."""
    ureg = registry()
    if condensate_temperature <= makeup_temperature:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "condensate_temperature must be above makeup_temperature ({makeup:~P})"),
            makeup=makeup_temperature)
    mass = (condensate_flow * hours).to("t")
    rise = condensate_temperature.m_as("degC") - makeup_temperature.m_as("degC")
    heat = (mass * ureg.Quantity(WATER_HEAT_CAPACITY * rise, "kJ/kg")).to("MWh")
    fuel = (heat / boiler_efficiency).to("MWh")
    water = (mass / ureg.Quantity(1, "t/m**3")).to("m**3")
    result = {"heat": heat, "fuel_energy": fuel, "water": water}
    costs = [part for part in (fuel * fuel_price if fuel_price is not None else None,
                               water * water_price if water_price is not None else None)
             if part is not None]
    if costs:
        result["cost"] = sum(costs[1:], costs[0])
    return result


CONDENSATE_RETURN = Calculator(
    "condensate-return", QT_TRANSLATE_NOOP("Calc", "Return condensate to the boiler"),
    "US DOE Steam Tip Sheet 8, Return Condensate to the Boiler (2012)",
    (Param("condensate_flow", "t/h", QT_TRANSLATE_NOOP("Calc", "condensate now drained"),
           low=0, low_open=True),
     HOURS,
     Param("condensate_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "condensate temperature"),
           default="90 degC", low=20, high=200),
     Param("makeup_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "make-up water temperature"),
           default="10 degC", low=0, high=80),
     Param("boiler_efficiency", "percent", QT_TRANSLATE_NOOP("Calc", "boiler efficiency"),
           default="85 percent", low=30, high=110),
     Param("fuel_price", f"{MONEY}/MWh", QT_TRANSLATE_NOOP("Calc", "fuel price per MWh"),
           low=0, optional=True),
     Param("water_price", f"{MONEY}/m**3", QT_TRANSLATE_NOOP(
         "Calc", "price of treated make-up water"), low=0, optional=True)),
    (Output("heat", "MWh", QT_TRANSLATE_NOOP("Calc", "heat returned per year")),
     Output("fuel_energy", "MWh", QT_TRANSLATE_NOOP("Calc", "fuel energy saved per year"),
            saves=ResourceKind.NATURAL_GAS, price="fuel_price"),
     Output("water", "m**3", QT_TRANSLATE_NOOP("Calc", "water saved per year"),
            saves=ResourceKind.WATER_INTAKE, price="water_price"),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    condensate_return)
