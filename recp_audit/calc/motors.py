"""Electric motors and drives: replacing a motor by a more efficient one, and
variable-speed drives on pumps and fans."""

from __future__ import annotations

import functools
import json

import numpy as np

from recp_audit.calc.common import ELECTRICITY_PRICE, HOURS, warning
from recp_audit.calc.core import MONEY, Calculator, Output, Param, refusal
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.paths import resource_path
from recp_audit.units import registry


CLASSES = ("", "IE1", "IE2", "IE3", "IE4")


@functools.cache
def _class_table() -> dict:
    with open(resource_path("data", "motor_efficiency_iec60034_30_1.json"),
              encoding="utf-8") as handle:
        return json.load(handle)


def class_efficiency(efficiency_class: str, rated_kw: float) -> float:
    """The IEC 60034-30-1 nominal efficiency (fraction) of a 4-pole 50 Hz motor of
    `efficiency_class` and rated output, interpolated linearly in log(P) between ratings."""
    table = _class_table()
    powers, values = table["power_kw"], table[efficiency_class]
    if not powers[0] <= rated_kw <= 1000:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "efficiency classes cover 0.75 to 1000 kW, not {power:g} kW; give the "
                    "efficiency itself"), power=rated_kw)
    position = np.log10(min(rated_kw, powers[-1]))
    return float(np.interp(position, np.log10(powers), values)) / 100


def _efficiency(value, efficiency_class: str | None, rated_kw: float, which: str) -> float:
    if value is not None:
        return value.m_as("")
    if efficiency_class:
        return class_efficiency(efficiency_class, rated_kw)
    raise refusal(QT_TRANSLATE_NOOP(
        "Calc", "give efficiency_{which} or class_{which} (IE1 ... IE4)"), which=which)


def motor_replacement(power, load, hours, efficiency_old, efficiency_new, class_old, class_new,
                      price):
    """Electricity saved by a more efficient motor driving the same shaft load:
    kW saved = P_rated x load x (1/η_old - 1/η_new) (US DOE, Premium Efficiency Motor
    Selection and Application Guide, 2014, eq. for annual energy savings). An efficiency
    may be given by its IEC 60034-30-1 class instead (rated-load value, 4 poles, 50 Hz)."""
    rated = power.m_as("kW")
    old = _efficiency(efficiency_old, class_old, rated, "old")
    new = _efficiency(efficiency_new, class_new, rated, "new")
    if new <= old:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "efficiency_new must be above efficiency_old ({old:.1%})"), old=old)
    shaft = power * load
    saved = (shaft * (1 / old - 1 / new)).to("kW")
    energy = (saved * hours).to("kWh")
    result = {"power_saving": saved, "energy": energy,
              "input_old": (shaft / old).to("kW"), "input_new": (shaft / new).to("kW")}
    if price is not None:
        result["cost"] = energy * price
    return result


def parse_profile(text: str) -> list[tuple[float, float]]:
    """A duty profile written `flow%:time%,...` (e.g. `100:20,80:50,60:30`) as
    (flow fraction, time fraction) pairs; the time shares must add up to 100 %."""
    pairs = []
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        flow, _, share = part.partition(":")
        try:
            pairs.append((float(flow.replace("%", "")) / 100, float(share.replace("%", "")) / 100))
        except ValueError:
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "flow_profile: \"{part}\" is not flow%:time% (e.g. 80:50)"),
                part=part.strip()) from None
    if not pairs or any(not 0 < flow <= 1.2 or share < 0 for flow, share in pairs):
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "flow_profile needs flow% between 1 and 120 and time% of 0 or more, "
            "e.g. 100:20,80:50,60:30"))
    if abs(sum(share for _, share in pairs) - 1) > 0.005:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "flow_profile: the time shares add up to {total:g} %, not 100 %"),
            total=round(sum(share for _, share in pairs) * 100, 1))
    return pairs


def speed_controlled_power(flow: float, static_head_fraction: float) -> float:
    """Shaft power at `flow` (fraction of design) with speed control, as a fraction of
    design power: affinity laws on a system curve H = Hs + (1 - Hs) Q², constant pump
    efficiency (Europump & Hydraulic Institute, Variable Speed Pumping, 2004, ch. 2)."""
    return flow * (static_head_fraction + (1 - static_head_fraction) * flow ** 2)


def vsd(power, hours, flow_profile, static_head_fraction, drive_efficiency, price):
    """Electricity saved by speed control instead of throttling a pump or fan whose input
    power stays about `power` at every duty point (throttle or bypass control), over a
    duty profile."""
    hs = static_head_fraction.m_as("")
    drive = drive_efficiency.m_as("")
    fraction = sum(share * speed_controlled_power(flow, hs) / drive
                   for flow, share in parse_profile(flow_profile))
    ureg = registry()
    new_power = power * fraction
    energy = ((power - new_power) * hours).to("kWh")
    result = {"average_power": new_power.to("kW"), "power_saving": (power - new_power).to("kW"),
              "saving_share": ureg.Quantity(1 - fraction, "").to("percent"), "energy": energy}
    if fraction > 1:
        result["warnings"] = [warning(QT_TRANSLATE_NOOP(
            "Calc", "with this duty profile the drive would use more than the throttled "
                    "machine does now: speed control saves nothing here"))]
    if price is not None:
        result["cost"] = energy * price
    return result


MOTOR_REPLACEMENT = Calculator(
    "motor-replacement", QT_TRANSLATE_NOOP("Calc", "Replace a motor by a more efficient one"),
    "US DOE, Premium Efficiency Motor Selection and Application Guide (2014); "
    "IEC 60034-30-1 efficiency classes",
    (Param("power", "kW", QT_TRANSLATE_NOOP("Calc", "rated output power"), low=0,
           low_open=True, high=50000),
     Param("load", "percent", QT_TRANSLATE_NOOP("Calc", "load (share of rated output)"),
           default="75 percent", low=0, high=125, low_open=True),
     HOURS,
     Param("efficiency_old", "percent", QT_TRANSLATE_NOOP("Calc", "present motor efficiency"),
           low=30, high=100, high_open=True, optional=True),
     Param("efficiency_new", "percent", QT_TRANSLATE_NOOP("Calc", "new motor efficiency"),
           low=30, high=100, high_open=True, optional=True),
     Param("class_old", "", QT_TRANSLATE_NOOP(
         "Calc", "or the present motor's class (IEC 60034-30-1)"), choices=CLASSES,
         optional=True),
     Param("class_new", "", QT_TRANSLATE_NOOP("Calc", "or the new motor's class"),
           choices=CLASSES, optional=True),
     ELECTRICITY_PRICE),
    (Output("input_old", "kW", QT_TRANSLATE_NOOP("Calc", "input power now")),
     Output("input_new", "kW", QT_TRANSLATE_NOOP("Calc", "input power with the new motor")),
     Output("power_saving", "kW", QT_TRANSLATE_NOOP("Calc", "power saved")),
     Output("energy", "kWh", QT_TRANSLATE_NOOP("Calc", "electricity saved per year"),
            saves=ResourceKind.ELECTRICITY, price="price"),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    motor_replacement)

VSD = Calculator(
    "vsd", QT_TRANSLATE_NOOP("Calc", "Variable-speed drive on a pump or fan"),
    "Affinity laws with static head, Europump & Hydraulic Institute, Variable Speed Pumping: "
    "A Guide to Successful Applications (2004)",
    (Param("power", "kW", QT_TRANSLATE_NOOP("Calc", "input power now (throttled)"), low=0,
           low_open=True),
     HOURS,
     Param("flow_profile", "", QT_TRANSLATE_NOOP("Calc", "duty profile flow%:time%"),
           default="100:20,80:50,60:30", text=True),
     Param("static_head_fraction", "percent", QT_TRANSLATE_NOOP(
         "Calc", "static head (share of design head)"), default="0 percent", low=0, high=95),
     Param("drive_efficiency", "percent", QT_TRANSLATE_NOOP("Calc", "drive efficiency"),
           default="97 percent", low=80, high=100, high_open=True),
     ELECTRICITY_PRICE),
    (Output("average_power", "kW", QT_TRANSLATE_NOOP("Calc", "average power with the drive")),
     Output("power_saving", "kW", QT_TRANSLATE_NOOP("Calc", "power saved")),
     Output("saving_share", "percent", QT_TRANSLATE_NOOP("Calc", "share saved")),
     Output("energy", "kWh", QT_TRANSLATE_NOOP("Calc", "electricity saved per year"),
            saves=ResourceKind.ELECTRICITY, price="price"),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    vsd)
