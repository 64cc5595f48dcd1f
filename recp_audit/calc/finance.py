"""Money: simple payback, net present value and internal rate of return of an option."""

from __future__ import annotations

from recp_audit.calc.core import MONEY, Calculator, Output, Param
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry


def npv(investment: float, annual_saving: float, years: int, rate: float) -> float:
    """Net present value of paying `investment` now and saving `annual_saving` at the end
    of each of `years` years, discounted at `rate` (UNIDO, Manual for the Preparation of
    Industrial Feasibility Studies, 1991, ch. 12: NPV = -I + Σ S/(1+r)^t)."""
    return -investment + sum(annual_saving / (1 + rate) ** year for year in range(1, years + 1))


def irr(investment: float, annual_saving: float, years: int) -> float | None:
    """The discount rate at which the NPV is zero (bisection between -99 % and 100 000 %),
    None when there is none in that range."""
    low, high = -0.99, 1000.0
    if npv(investment, annual_saving, years, low) * npv(investment, annual_saving, years,
                                                         high) > 0:
        return None
    for _ in range(200):
        middle = (low + high) / 2
        if npv(investment, annual_saving, years, middle) > 0:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def finance(investment, annual_saving, lifetime, discount_rate):
    """Simple payback (investment / annual saving), NPV and IRR over the lifetime."""
    ureg = registry()
    spend, save = investment.magnitude, annual_saving.to(investment.units / ureg.year).magnitude
    years = max(1, round(lifetime.m_as("year")))
    rate = discount_rate.m_as("")
    result = {"npv": ureg.Quantity(npv(spend, save, years, rate), investment.units)}
    if save > 0:
        result["payback"] = ureg.Quantity(spend / save, "year")
    internal = irr(spend, save, years)
    if internal is not None:
        result["irr"] = ureg.Quantity(internal, "").to("percent")
    return result


FINANCE = Calculator(
    "finance", QT_TRANSLATE_NOOP("Calc", "Payback, NPV and IRR"),
    "UNIDO, Manual for the Preparation of Industrial Feasibility Studies (1991), ch. 12",
    (Param("investment", MONEY, QT_TRANSLATE_NOOP("Calc", "investment"), low=0),
     Param("annual_saving", f"{MONEY}/year", QT_TRANSLATE_NOOP("Calc", "saving per year")),
     Param("lifetime", "year", QT_TRANSLATE_NOOP("Calc", "lifetime"), default="10 year",
           low=1, high=50),
     Param("discount_rate", "percent", QT_TRANSLATE_NOOP("Calc", "discount rate"),
           default="10 percent", low=0, high=100)),
    (Output("payback", "year", QT_TRANSLATE_NOOP("Calc", "simple payback")),
     Output("npv", MONEY, QT_TRANSLATE_NOOP("Calc", "net present value")),
     Output("irr", "percent", QT_TRANSLATE_NOOP("Calc", "internal rate of return"))),
    finance)
