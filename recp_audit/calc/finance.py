"""Money: simple payback, net present value and internal rate of return of an option."""

from __future__ import annotations

from recp_audit.calc.core import MONEY, Calculator, Output, Param
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry


def npv(investment: float, annual_saving: float, years: float, rate: float) -> float:
    """Net present value of paying `investment` now and saving `annual_saving` a year
    for `years` (UNIDO, Manual for the Preparation of Industrial Feasibility Studies,
    1991, ch. 12: NPV = -I + Σ S/(1+r)^t), each year's saving at its end; a last part
    year f saves f x S at its own end, t = n + f, discounted at that time as Excel's
    XNPV does (ECMA-376, Office Open XML, part 4: XNPV). 2.5 years at 10 %:
    S/1.1 + S/1.1² + 0.5 S/1.1^2.5."""
    whole, part = _split(years)
    flows = [(float(year), annual_saving) for year in range(1, whole + 1)]
    if part:
        flows.append((whole + part, part * annual_saving))
    return -investment + sum(saving / (1 + rate) ** time for time, saving in flows)


def _split(years: float) -> tuple[int, float]:
    """Whole years and the part year left (2.5 -> 2, 0.5); within 1e-9 of a whole
    number counts as whole, so that 30 months is 2.5 years and 36 months 3."""
    years = max(years, 0.0)
    whole = round(years)
    if abs(years - whole) < 1e-9:
        return whole, 0.0
    return int(years // 1), years - years // 1


def irr(investment: float, annual_saving: float, years: float) -> float | None:
    """The discount rate at which the NPV is zero, as a fraction (0.15 for 15 %; the
    finance calculator shows it in percent), found by bisection between -99 % and
    100 000 %; None when there is none in that range."""
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
    """Simple payback (investment / annual saving), NPV and IRR (in percent) over the
    lifetime, a part year included (`npv`)."""
    ureg = registry()
    spend, save = investment.magnitude, annual_saving.to(investment.units / ureg.year).magnitude
    years = lifetime.m_as("year")
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
