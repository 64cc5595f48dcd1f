"""Parameters, results and checks several calculators share."""

from __future__ import annotations

from typing import Any

from recp_audit.calc.core import CONTEXT, MONEY, Output, Param
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP, Message

HOURS = Param("hours", "h", QT_TRANSLATE_NOOP("Calc", "hours per year"), low=0, high=8784)
ELECTRICITY_PRICE = Param("price", f"{MONEY}/kWh", QT_TRANSLATE_NOOP("Calc", "electricity price"),
                          low=0, optional=True)
ATMOSPHERIC = Param("atmospheric", "kPa", QT_TRANSLATE_NOOP("Calc", "atmospheric pressure"),
                    default="101.325 kPa", low=50, high=110)
DISCHARGE_COEFFICIENT = Param("discharge_coefficient", "", QT_TRANSLATE_NOOP(
    "Calc", "discharge coefficient"), low=0.1, high=1)
# Net (lower) heating value basis: a condensing boiler also recovers the latent heat of
# the flue-gas water, up to the gross/net ratio of the fuel (natural gas 1.11: methane
# 55.5/50.0 MJ/kg), so values up to 110 % are possible, but only when condensing.
BOILER_EFFICIENCY = Param("boiler_efficiency", "percent", QT_TRANSLATE_NOOP(
    "Calc", "boiler efficiency (net heating value)"), default="85 percent", low=30, high=110)
COST = Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "cost per year"))
ELECTRICITY = Output("energy", "kWh", QT_TRANSLATE_NOOP("Calc", "electricity per year"),
                     saves=ResourceKind.ELECTRICITY, price="price")


def warning(template: str, **params: Any) -> Message:
    """A translatable warning on a dubious input or result (context Calc)."""
    return Message(CONTEXT, template, params)


def condensing_warnings(name: str, efficiency) -> list[Message]:
    """A warning when an efficiency on the net heating value basis exceeds 100 %,
    which only a condensing boiler reaches."""
    if efficiency.m_as("percent") <= 100:
        return []
    return [warning(QT_TRANSLATE_NOOP(
        "Calc", "{name} of {value:g} % is above 100 % of the net heating value: only a "
                "condensing boiler reaches that; check it"),
        name=name, value=round(efficiency.m_as("percent"), 1))]
