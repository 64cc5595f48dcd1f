"""Electrical: power-factor correction and lighting retrofits."""

from __future__ import annotations

import math

from recp_audit.calc.common import ELECTRICITY_PRICE, HOURS, warning
from recp_audit.calc.core import MONEY, Calculator, Output, Param, refusal
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry


def capacitor_multiplier(power_factor_now: float, power_factor_target: float) -> float:
    """kvar of capacitors per kW of load to raise the power factor: tan φ1 - tan φ2
    (the "kW multiplier" tables of IEEE Std 1036 and maker guides: 0.70 -> 0.95 is 0.691)."""
    return (math.tan(math.acos(power_factor_now)) - math.tan(math.acos(power_factor_target)))


def power_factor(power, power_factor_now, power_factor_target, hours, line_losses,
                 price, reactive_price):
    """Capacitor rating for the target power factor; the lower current (same real power,
    I ∝ 1/cos φ) and the resistive losses it saves, ∝ I²; and the reactive energy no
    longer drawn from the grid when it is billed."""
    now, target = power_factor_now.m_as(""), power_factor_target.m_as("")
    if target <= now:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "power_factor_target must be above power_factor_now ({now:.2f})"), now=now)
    ureg = registry()
    capacitor = (power * capacitor_multiplier(now, target)).m_as("kW")
    result = {"capacitor": ureg.Quantity(capacitor, "kvar"),
              "current_reduction": ureg.Quantity(1 - now / target, "").to("percent"),
              "apparent_before": ureg.Quantity(power.m_as("kW") / now, "kVA"),
              "apparent_after": ureg.Quantity(power.m_as("kW") / target, "kVA")}
    money = []
    if line_losses is not None:
        energy = (line_losses * (1 - (now / target) ** 2) * hours).to("kWh")
        result["energy"] = energy
        if price is not None:
            money.append(energy * price)
    if reactive_price is not None:
        reactive = ureg.Quantity(capacitor * hours.m_as("h"), "kvar*h")
        result["reactive_energy"] = reactive
        money.append(reactive * reactive_price)
    if money:
        result["cost"] = sum(money[1:], money[0])
    return result


def lighting(fixtures_now, power_now, fixtures_new, power_new, hours, control_saving, price):
    """Electricity saved by new luminaires and controls: now = n x P x hours; new =
    n' x P' x hours x (1 - saving by controls); the control saving follows the occupancy
    and daylight dependency factors of EN 15193-1:2017 (LENI)."""
    ureg = registry()
    old = (fixtures_now.m_as("") * power_now).to("kW")
    new = (fixtures_new.m_as("") * power_new).to("kW")
    energy_now = (old * hours).to("kWh")
    energy_new = (new * hours * (1 - control_saving.m_as(""))).to("kWh")
    result = {"load_now": old, "load_new": new, "energy_now": energy_now,
              "energy": (energy_now - energy_new).to("kWh"),
              "saving_share": ((1 - energy_new / energy_now) if energy_now.magnitude
                               else ureg.Quantity(0, "")).to("percent")}
    if energy_new > energy_now:
        result["warnings"] = [warning(QT_TRANSLATE_NOOP(
            "Calc", "the new lighting uses more electricity than the present one"))]
    if price is not None:
        result["cost"] = result["energy"] * price
    return result


POWER_FACTOR = Calculator(
    "power-factor", QT_TRANSLATE_NOOP("Calc", "Power-factor correction"),
    "IEEE Std 1036 (capacitor rating: P (tan φ1 - tan φ2)); resistive losses ∝ I²",
    (Param("power", "kW", QT_TRANSLATE_NOOP("Calc", "average real power"), low=0, low_open=True),
     Param("power_factor_now", "", QT_TRANSLATE_NOOP("Calc", "power factor now (cos φ)"),
           low=0.1, high=1, high_open=True),
     Param("power_factor_target", "", QT_TRANSLATE_NOOP("Calc", "target power factor"),
           default="0.95", low=0.1, high=1),
     HOURS,
     Param("line_losses", "kW", QT_TRANSLATE_NOOP("Calc", "resistive losses in cables and "
                                                          "transformers now"), low=0,
           optional=True),
     ELECTRICITY_PRICE,
     Param("reactive_price", f"{MONEY}/(kvar*h)", QT_TRANSLATE_NOOP(
         "Calc", "price of reactive energy"), low=0, optional=True)),
    (Output("capacitor", "kvar", QT_TRANSLATE_NOOP("Calc", "capacitor rating")),
     Output("apparent_before", "kVA", QT_TRANSLATE_NOOP("Calc", "apparent power now")),
     Output("apparent_after", "kVA", QT_TRANSLATE_NOOP("Calc", "apparent power after")),
     Output("current_reduction", "percent", QT_TRANSLATE_NOOP("Calc", "current reduction")),
     Output("energy", "kWh", QT_TRANSLATE_NOOP("Calc", "losses saved per year"),
            saves=ResourceKind.ELECTRICITY, price="price"),
     Output("reactive_energy", "kvar*h", QT_TRANSLATE_NOOP(
         "Calc", "reactive energy no longer drawn per year"), price="reactive_price"),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    power_factor)

LIGHTING = Calculator(
    "lighting", QT_TRANSLATE_NOOP("Calc", "Lighting retrofit and controls"),
    "Installed power x operating hours; controls per EN 15193-1:2017 (LENI)",
    (Param("fixtures_now", "", QT_TRANSLATE_NOOP("Calc", "luminaires now"), low=1),
     Param("power_now", "W", QT_TRANSLATE_NOOP("Calc", "power per luminaire now (with gear)"),
           low=0, low_open=True, high=5000),
     Param("fixtures_new", "", QT_TRANSLATE_NOOP("Calc", "new luminaires"), low=0),
     Param("power_new", "W", QT_TRANSLATE_NOOP("Calc", "power per new luminaire"), low=0,
           high=5000),
     HOURS,
     Param("control_saving", "percent", QT_TRANSLATE_NOOP(
         "Calc", "saving by occupancy and daylight controls"), default="0 percent", low=0,
           high=80),
     ELECTRICITY_PRICE),
    (Output("load_now", "kW", QT_TRANSLATE_NOOP("Calc", "lighting load now")),
     Output("load_new", "kW", QT_TRANSLATE_NOOP("Calc", "lighting load after")),
     Output("energy_now", "kWh", QT_TRANSLATE_NOOP("Calc", "lighting electricity now per year")),
     Output("energy", "kWh", QT_TRANSLATE_NOOP("Calc", "electricity saved per year"),
            saves=ResourceKind.ELECTRICITY, price="price"),
     Output("saving_share", "percent", QT_TRANSLATE_NOOP("Calc", "share saved")),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    lighting)
