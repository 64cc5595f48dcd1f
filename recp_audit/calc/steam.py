"""Steam: live steam lost through failed-open steam traps, and condensate return."""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from recp_audit.calc.common import (ATMOSPHERIC, BOILER_EFFICIENCY, COST, DISCHARGE_COEFFICIENT,
                                    HOURS, condensing_warnings, warning)
from recp_audit.calc.core import MONEY, Calculator, Output, Param, refusal
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.spelling import GAUGE
from recp_audit.units import registry

WATER_HEAT_CAPACITY = 4.186  # kJ/(kg K), liquid water near 20-100 °C
# Saturated steam: absolute pressure (bar) and specific enthalpy of the vapour (kJ/kg),
# IAPWS-IF97 (W. Wagner, H.-J. Kretzschmar, International Steam Tables, 2008, table 2).
SATURATED_STEAM = np.array([
    (0.5, 2645.2), (1, 2675.0), (1.5, 2693.1), (2, 2706.2), (3, 2724.9), (4, 2738.1),
    (5, 2748.1), (6, 2756.1), (7, 2762.8), (8, 2768.3), (10, 2777.1), (12, 2783.8),
    (15, 2791.0), (20, 2798.4), (25, 2802.0), (30, 2803.3), (40, 2800.9), (50, 2794.2),
    (60, 2784.6), (70, 2772.6)])
NAPIER_CD = 0.72  # the discharge coefficient of the DOE Steam Tip Sheet 1 table
CHOKED_RATIO = 1.733  # p0/pa above which saturated steam flows at sonic speed (1/0.577)
MAKEUP_TEMPERATURE = Param("makeup_temperature", "degC", QT_TRANSLATE_NOOP(
    "Calc", "make-up water temperature"), default="10 degC", low=0, high=80)


def steam_enthalpy(absolute):
    """Specific enthalpy of dry saturated steam at `absolute` pressure, interpolated in
    the IAPWS-IF97 table above."""
    bar = absolute.m_as("bar")
    return registry().Quantity(float(np.interp(bar, SATURATED_STEAM[:, 0],
                                               SATURATED_STEAM[:, 1])), "kJ/kg")


def trap_loss_rate(pressure, diameter, discharge_coefficient, atmospheric):
    """Steam flow through an orifice discharging to atmosphere, Napier's equation
    W [lb/s] = A [in²] x P [psia] / 70, times a discharge coefficient.

    The US DOE Steam Tip Sheet 1 table (1/32-1/2 in, 15-300 psig) is this equation
    with Cd about 0.72 (its cells are 29.1 x P x D² lb/h within 2 %); the often
    quoted W = 24.24 x P x D² lb/h (H. Manczyk) is Cd 0.6 and runs 17 % under the table.
    """
    psia = (pressure + atmospheric).m_as("psi")
    area = math.pi / 4 * diameter.m_as("inch") ** 2
    return registry().Quantity(discharge_coefficient.m_as("") * area * psia / 70, "lb/s")


def steam_trap(pressure, diameter, traps, hours, discharge_coefficient, atmospheric,
               makeup_temperature, boiler_efficiency, steam_cost):
    """Steam lost per hour and per year through failed-open traps; the heat of that
    steam above the make-up water that replaces it (saturated enthalpy, IAPWS-IF97; the
    table is clamped at its ends, 0.5 and 70 bar, beyond the pressures allowed), the
    boiler fuel it took, and its cost."""
    absolute = pressure + atmospheric
    rate = (trap_loss_rate(pressure, diameter, discharge_coefficient, atmospheric)
            * traps.m_as("")).to("kg/h")
    annual = (rate * hours).to("t")
    rise = steam_enthalpy(absolute) - registry().Quantity(
        WATER_HEAT_CAPACITY * makeup_temperature.m_as("degC"), "kJ/kg")
    heat = (annual * rise).to("MWh")
    result = {"steam_loss": rate, "annual_loss": annual, "steam_heat": heat,
              "fuel_energy": (heat / boiler_efficiency).to("MWh"),
              "warnings": condensing_warnings("boiler_efficiency", boiler_efficiency)}
    if absolute / atmospheric < CHOKED_RATIO:
        result["warnings"].append(warning(QT_TRANSLATE_NOOP(
            "Calc", "pressure: below about {gauge:.2f} bar (gauge) steam leaves the orifice "
                    "below sonic speed, and Napier's equation overstates the loss"),
            gauge=((CHOKED_RATIO - 1) * atmospheric).m_as("bar")))
    if steam_cost is not None:
        result["cost"] = annual * steam_cost
    return result


STEAM_TRAP = Calculator(
    "steam-trap", QT_TRANSLATE_NOOP("Calc", "Steam lost through failed steam traps"),
    "Napier's equation with Cd 0.72, as in the table of US DOE Steam Tip Sheet 1, Inspect and "
    "Repair Steam Traps (2012); saturated steam enthalpy IAPWS-IF97",
    (Param("pressure", "bar", QT_TRANSLATE_NOOP("Calc", "steam pressure (gauge)"),
           low=0, high=60, low_open=True, pressure=GAUGE),
     Param("diameter", "mm", QT_TRANSLATE_NOOP("Calc", "trap orifice diameter"),
           low=0, high=50, low_open=True),
     Param("traps", "", QT_TRANSLATE_NOOP("Calc", "number of such failed traps"), default="1",
           low=1),
     HOURS, dataclasses.replace(DISCHARGE_COEFFICIENT, default=str(NAPIER_CD)), ATMOSPHERIC,
     MAKEUP_TEMPERATURE, BOILER_EFFICIENCY,
     Param("steam_cost", f"{MONEY}/t", QT_TRANSLATE_NOOP("Calc", "cost of steam"), low=0,
           optional=True)),
    (Output("steam_loss", "kg/h", QT_TRANSLATE_NOOP("Calc", "steam lost")),
     Output("annual_loss", "t", QT_TRANSLATE_NOOP("Calc", "steam lost per year")),
     Output("steam_heat", "MWh", QT_TRANSLATE_NOOP("Calc", "heat of the steam lost per year")),
     Output("fuel_energy", "MWh", QT_TRANSLATE_NOOP("Calc", "fuel energy saved per year"),
            saves=ResourceKind.NATURAL_GAS, price="steam_cost", priced="annual_loss"),
     COST),
    steam_trap)




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
    result = {"heat": heat, "fuel_energy": fuel, "water": water,
              "warnings": condensing_warnings("boiler_efficiency", boiler_efficiency)}
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
     MAKEUP_TEMPERATURE,
     BOILER_EFFICIENCY,
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
