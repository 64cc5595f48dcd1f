"""Water: leaks from pressurised pipes, and reuse of water within the site."""

from __future__ import annotations

import dataclasses
import math

from recp_audit.calc.common import DISCHARGE_COEFFICIENT
from recp_audit.calc.core import MONEY, Calculator, Output, Param
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.spelling import GAUGE
from recp_audit.units import registry

WATER_DENSITY = 998.2  # kg/m³ at 20 °C


def water_leak(pressure, diameter, discharge_coefficient, leaks, hours, water_price):
    """Water lost through a hole in a pressurised pipe: Q = Cd A sqrt(2 Δp / ρ)
    (orifice equation from Bernoulli, as in ISO 5167-1 without the approach factor;
    Cd about 0.6 for a sharp-edged hole)."""
    ureg = registry()
    area = math.pi / 4 * diameter.m_as("m") ** 2
    flow = ureg.Quantity(discharge_coefficient.m_as("") * area * leaks.m_as("")
                         * math.sqrt(2 * pressure.m_as("Pa") / WATER_DENSITY), "m**3/s")
    volume = (flow * hours).to("m**3")
    result = {"flow": flow, "annual_volume": volume}
    if water_price is not None:
        result["cost"] = volume * water_price
    return result


def water_reuse(volume, intake_price, discharge_price, treatment_cost):
    """Fresh water and wastewater avoided by reusing `volume` on site, and the money:
    volume x (intake price + discharge price - treatment cost of the reused water)
    (UNIDO/UNEP RECP toolkit, water module: reuse saves intake and discharge alike)."""
    result = {"water": volume.to("m**3"), "wastewater": volume.to("m**3")}
    prices = [price for price in (intake_price, discharge_price) if price is not None]
    if prices:
        value = volume * sum(prices[1:], prices[0])
        if treatment_cost is not None:
            result["treatment"] = volume * treatment_cost
            value = value - result["treatment"]
        result["cost"] = value
    return result


WATER_LEAK = Calculator(
    "water-leak", QT_TRANSLATE_NOOP("Calc", "Water leak from a pressurised pipe"),
    "Orifice equation Q = Cd A sqrt(2 Δp / ρ) (ISO 5167-1)",
    (Param("pressure", "bar", QT_TRANSLATE_NOOP("Calc", "water pressure (gauge)"),
           low=0, high=40, low_open=True, pressure=GAUGE),
     Param("diameter", "mm", QT_TRANSLATE_NOOP("Calc", "hole diameter"), low=0, high=100,
           low_open=True),
     dataclasses.replace(DISCHARGE_COEFFICIENT, default="0.6"),
     Param("leaks", "", QT_TRANSLATE_NOOP("Calc", "number of such leaks"), default="1", low=1),
     Param("hours", "h", QT_TRANSLATE_NOOP("Calc", "hours per year under pressure"),
           default="8760 h", low=0, high=8784),
     Param("water_price", f"{MONEY}/m**3", QT_TRANSLATE_NOOP("Calc", "price of water"), low=0,
           optional=True)),
    (Output("flow", "l/min", QT_TRANSLATE_NOOP("Calc", "water lost")),
     Output("annual_volume", "m**3", QT_TRANSLATE_NOOP("Calc", "water lost per year"),
            saves=ResourceKind.WATER_INTAKE, price="water_price"),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "cost per year"))),
    water_leak)

WATER_REUSE = Calculator(
    "water-reuse", QT_TRANSLATE_NOOP("Calc", "Reuse of water on site"),
    "UNIDO/UNEP RECP toolkit, water module",
    (Param("volume", "m**3", QT_TRANSLATE_NOOP("Calc", "water reused per year"), low=0,
           low_open=True),
     Param("intake_price", f"{MONEY}/m**3", QT_TRANSLATE_NOOP("Calc", "price of fresh water"),
           low=0, optional=True),
     Param("discharge_price", f"{MONEY}/m**3", QT_TRANSLATE_NOOP(
         "Calc", "price of wastewater discharge"), low=0, optional=True),
     Param("treatment_cost", f"{MONEY}/m**3", QT_TRANSLATE_NOOP(
         "Calc", "cost of treating the reused water"), low=0, optional=True)),
    (Output("water", "m**3", QT_TRANSLATE_NOOP("Calc", "fresh water saved per year"),
            saves=ResourceKind.WATER_INTAKE, price="intake_price"),
     Output("wastewater", "m**3", QT_TRANSLATE_NOOP("Calc", "wastewater avoided per year"),
            saves=ResourceKind.WASTEWATER, price="discharge_price"),
     Output("treatment", MONEY, QT_TRANSLATE_NOOP(
         "Calc", "cost of treating the reused water per year"), expense=True),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    water_reuse)
