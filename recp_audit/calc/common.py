"""Parameters and results several calculators share."""

from __future__ import annotations

from recp_audit.calc.core import MONEY, Output, Param
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP

HOURS = Param("hours", "h", QT_TRANSLATE_NOOP("Calc", "hours per year"), low=0, high=8784)
ELECTRICITY_PRICE = Param("price", f"{MONEY}/kWh", QT_TRANSLATE_NOOP("Calc", "electricity price"),
                          low=0, optional=True)
ATMOSPHERIC = Param("atmospheric", "kPa", QT_TRANSLATE_NOOP("Calc", "atmospheric pressure"),
                    default="101.325 kPa", low=50, high=110)
DISCHARGE_COEFFICIENT = Param("discharge_coefficient", "", QT_TRANSLATE_NOOP(
    "Calc", "discharge coefficient"), low=0.1, high=1)
COST = Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "cost per year"))
ELECTRICITY = Output("energy", "kWh", QT_TRANSLATE_NOOP("Calc", "electricity per year"),
                     saves=ResourceKind.ELECTRICITY, price="price")
