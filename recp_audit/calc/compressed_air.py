"""Compressed air: leaks through an orifice, leak share from load/unload times,
and lowering the discharge pressure."""

from __future__ import annotations

import dataclasses
import math

import pint

from recp_audit.calc.common import (ATMOSPHERIC, COST, DISCHARGE_COEFFICIENT, ELECTRICITY,
                                     ELECTRICITY_PRICE, HOURS, condensing_warnings, warning)
from recp_audit.calc.core import MONEY, Calculator, Output, Param, refusal
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.spelling import GAUGE
from recp_audit.units import registry

GAMMA = 1.4                 # ratio of specific heats of air
R_AIR = 287.05              # J/(kg K), specific gas constant of dry air
CAPACITY = Param("capacity", "m**3/min", QT_TRANSLATE_NOOP(
    "Calc", "compressor free-air delivery"), low=0, low_open=True, optional=True)
LOSS_ENERGY = Output("loss_energy", "kWh", QT_TRANSLATE_NOOP(
    "Calc", "electricity lost to the leaks per year"))
REPAIR_SAVING = dataclasses.replace(ELECTRICITY, label=QT_TRANSLATE_NOOP(
    "Calc", "electricity the repair saves per year"))
REPAIR_MONEY = dataclasses.replace(COST, label=QT_TRANSLATE_NOOP("Calc", "money saved per year"))
_CHOKED_RATIO = ((GAMMA + 1) / 2) ** (GAMMA / (GAMMA - 1))  # p0/pa above which flow is sonic


def leak_flow(pressure: pint.Quantity, diameter: pint.Quantity, discharge_coefficient: float,
              air_temperature: pint.Quantity, atmospheric: pint.Quantity) -> pint.Quantity:
    """Free-air volume flow (at atmospheric pressure and the air temperature) through a
    round orifice from air at gauge `pressure`.

    Isentropic nozzle flow of an ideal gas (γ = 1.4): choked above p0/pa = 1.893,
    otherwise subsonic, as in the "Discharge of air through an orifice" table
    (Ingersoll-Rand, Compressed Air and Gas Data; 100 % coefficient of flow,
    values below 15 psig by the adiabatic formula), which this reproduces for Cd = 1.
    """
    ureg = registry()
    pa = atmospheric.m_as("Pa")
    p0 = pressure.m_as("Pa") + pa
    temperature = air_temperature.m_as("K")
    area = math.pi / 4 * diameter.m_as("m") ** 2
    density = p0 / (R_AIR * temperature)
    if p0 / pa >= _CHOKED_RATIO:
        mass = (area * p0 * math.sqrt(GAMMA / (R_AIR * temperature))
                * (2 / (GAMMA + 1)) ** ((GAMMA + 1) / (2 * (GAMMA - 1))))
    else:
        ratio = pa / p0
        mass = area * math.sqrt(2 * GAMMA / (GAMMA - 1) * p0 * density
                                * (ratio ** (2 / GAMMA) - ratio ** ((GAMMA + 1) / GAMMA)))
    free_density = pa / (R_AIR * temperature)
    return ureg.Quantity(discharge_coefficient * mass / free_density, "m**3/s")


def air_leak(pressure, diameter, discharge_coefficient, leaks, hours, specific_power,
             repairable_share, air_temperature, atmospheric, capacity, compressor_power, price):
    """Air lost through leaks of one orifice size, the electricity to make it, the part
    a repair programme can realistically save, and its value.

    Flow by `leak_flow`; Cd 0.61 for a sharp-edged hole as the US DOE sourcebook
    "Improving Compressed Air System Performance" (2003) advises; energy = free
    air x specific power (about 0.12 kWh/m³ at 7 bar: 18-22 kW per 100 cfm, same source).
    The saving is the repairable share of that loss: US DOE Compressed Air Tip Sheet 3
    finds 20-30 % of output leaking in typical plants and below 10 % achievable, so a
    repair programme removes about (25 - 10) / 25 = 60 % of the leak flow by default.
    """
    flow = leak_flow(pressure, diameter, discharge_coefficient.m_as(""), air_temperature,
                     atmospheric) * leaks.m_as("")
    volume = (flow * hours).to("m**3")
    loss = (volume * specific_power).to("kWh")
    energy = (loss * repairable_share).to("kWh")
    result = {"flow": flow, "annual_volume": volume, "loss_energy": loss, "energy": energy,
              "warnings": []}
    if capacity is not None and flow > capacity:
        result["warnings"].append(warning(QT_TRANSLATE_NOOP(
            "Calc", "the leaks lose {flow:.3g} m³/min, more than the compressor delivers "
                    "({capacity:.3g} m³/min): check the hole size, number or pressure"),
            flow=flow.m_as("m**3/min"), capacity=capacity.m_as("m**3/min")))
    if compressor_power is not None and loss > compressor_power * hours:
        result["warnings"].append(warning(QT_TRANSLATE_NOOP(
            "Calc", "the leaks need {loss:.4g} kWh a year, more than the compressor uses "
                    "({used:.4g} kWh): check the inputs"),
            loss=loss.m_as("kWh"), used=(compressor_power * hours).m_as("kWh")))
    if price is not None:
        result["cost"] = energy * price
    return result


def leak_share(loaded_time, unloaded_time, capacity, full_load_power, hours, residual_share,
               price):
    """Share of compressor output lost to leaks, from loaded and unloaded times measured
    with no air demand: leakage % = T x 100 / (T + t) (US DOE Compressed Air Tip Sheet 3,
    "Minimize Compressed Air Leaks", 2004). The saving is the loss above the leakage a
    well-kept system still has, below 10 % of output by the same tip sheet."""
    share = (loaded_time / (loaded_time + unloaded_time)).to("percent")
    result = {"leak_share": share}
    if capacity is not None:
        result["flow"] = capacity * share
    if full_load_power is not None:
        result["loss_energy"] = (full_load_power * share * hours).to("kWh")
        repairable = max(share - residual_share, 0 * share)
        energy = (full_load_power * repairable * hours).to("kWh")
        result["energy"] = energy
        if price is not None:
            result["cost"] = energy * price
    return result


def compression_work_ratio(new_pressure: float, old_pressure: float, inlet: float,
                           stages: int, exponent: float) -> float:
    """Compression work at `new_pressure` over that at `old_pressure` (absolute, same unit):
    equal-ratio stages of polytropic compression, w ∝ [(p2/p1)^((n-1)/(n z)) - 1], which
    tends to the isothermal w ∝ ln(p2/p1) as n -> 1 (written with expm1 to stay exact there)."""
    power = (exponent - 1) / (exponent * stages)
    new, old = math.log(new_pressure / inlet), math.log(old_pressure / inlet)
    if power == 0:
        return new / old
    return math.expm1(power * new) / math.expm1(power * old)


def pressure_reduction(current_pressure, new_pressure, power, hours, stages,
                       polytropic_exponent, atmospheric, price):
    """Electricity saved by lowering a compressor's discharge pressure.

    Polytropic compression work. The default exponent n = 1.12 is that of an oil-injected
    screw compressor, whose oil carries off most of the heat of compression: about 90 °C
    discharge from 20 °C intake at 7 bar, T2/T1 = (p2/p1)^((n-1)/n). It gives 0.95 % less
    power per 2 psi near 100 psig (US DOE, Improving Compressed Air System Performance,
    2003, for rotary screws: about 1 %) and 6.5 % per bar near 7 bar (European guides such
    as the EU SAVE study Compressed Air Systems in the European Union, 2001: 6-7 %);
    n = 1.4 is a dry adiabatic (single-stage piston) machine, 8.4 % per bar.
    """
    if new_pressure >= current_pressure:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "new_pressure must be below current_pressure ({current:~P})"),
            current=current_pressure)
    pa = atmospheric.m_as("bar")
    ratio = compression_work_ratio(new_pressure.m_as("bar") + pa,
                                   current_pressure.m_as("bar") + pa, pa,
                                   int(stages.m_as("")), polytropic_exponent.m_as(""))
    saved = power * (1 - ratio)
    energy = (saved * hours).to("kWh")
    result = {"power_saving": saved, "saving_share": registry().Quantity(1 - ratio, "")
              .to("percent"), "energy": energy}
    if price is not None:
        result["cost"] = energy * price
    return result


AIR_LEAK = Calculator(
    "air-leak", QT_TRANSLATE_NOOP("Calc", "Compressed-air leak through an orifice"),
    "Isentropic orifice flow (Ingersoll-Rand, Compressed Air and Gas Data, table 'Discharge "
    "of air through an orifice'); US DOE, Improving Compressed Air System Performance (2003)",
    (Param("pressure", "bar", QT_TRANSLATE_NOOP("Calc", "line pressure (gauge)"),
           low=0, high=40, low_open=True, pressure=GAUGE),
     Param("diameter", "mm", QT_TRANSLATE_NOOP("Calc", "hole diameter"),
           low=0, high=50, low_open=True),
     dataclasses.replace(DISCHARGE_COEFFICIENT, default="0.61"),
     Param("leaks", "", QT_TRANSLATE_NOOP("Calc", "number of such leaks"), default="1", low=1),
     HOURS,
     Param("specific_power", "kWh/m**3", QT_TRANSLATE_NOOP(
         "Calc", "compressor electricity per m³ of free air"), default="0.12 kWh/m**3",
         low=0.02, high=0.5),
     Param("repairable_share", "percent", QT_TRANSLATE_NOOP(
         "Calc", "share of the leak flow a repair programme removes"), default="60 percent",
           low=0, high=100),
     Param("air_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "air temperature"),
           default="20 degC", low=-40, high=80),
     ATMOSPHERIC,
     CAPACITY,
     Param("compressor_power", "kW", QT_TRANSLATE_NOOP("Calc", "average compressor power"),
           low=0, low_open=True, optional=True),
     ELECTRICITY_PRICE),
    (Output("flow", "m**3/min", QT_TRANSLATE_NOOP("Calc", "air lost (free air)")),
     Output("annual_volume", "m**3", QT_TRANSLATE_NOOP("Calc", "air lost per year")),
     LOSS_ENERGY, REPAIR_SAVING, REPAIR_MONEY),
    air_leak)

LEAK_SHARE = Calculator(
    "air-leak-share", QT_TRANSLATE_NOOP("Calc", "Leak share from loaded and unloaded times"),
    "US DOE Compressed Air Tip Sheet 3, Minimize Compressed Air Leaks (2004)",
    (Param("loaded_time", "s", QT_TRANSLATE_NOOP("Calc", "loaded time (no demand)"),
           low=0, low_open=True),
     Param("unloaded_time", "s", QT_TRANSLATE_NOOP("Calc", "unloaded time (no demand)"), low=0),
     CAPACITY,
     Param("full_load_power", "kW", QT_TRANSLATE_NOOP("Calc", "compressor full-load power"),
           low=0, optional=True),
     Param("hours", "h", QT_TRANSLATE_NOOP("Calc", "hours per year"), default="8760 h",
           low=0, high=8784),
     Param("residual_share", "percent", QT_TRANSLATE_NOOP(
         "Calc", "leakage left after repair (share of output)"), default="10 percent", low=0,
           high=50),
     ELECTRICITY_PRICE),
    (Output("leak_share", "percent", QT_TRANSLATE_NOOP("Calc", "share of output lost to leaks")),
     Output("flow", "m**3/min", QT_TRANSLATE_NOOP("Calc", "air lost (free air)")),
     LOSS_ENERGY, REPAIR_SAVING, REPAIR_MONEY),
    leak_share)

PRESSURE_REDUCTION = Calculator(
    "compressor-pressure", QT_TRANSLATE_NOOP("Calc", "Lower compressor discharge pressure"),
    "Polytropic compression work, n = 1.12 for an oil-injected screw compressor by default; "
    "US DOE, Improving Compressed Air System Performance (2003): about 1 % per 2 psi; "
    "European guides: 6-7 % per bar",
    (Param("current_pressure", "bar", QT_TRANSLATE_NOOP("Calc", "present pressure (gauge)"),
           low=0, high=40, low_open=True, pressure=GAUGE),
     Param("new_pressure", "bar", QT_TRANSLATE_NOOP("Calc", "new pressure (gauge)"),
           low=0, high=40, low_open=True, pressure=GAUGE),
     Param("power", "kW", QT_TRANSLATE_NOOP("Calc", "average compressor power"), low=0),
     HOURS,
     Param("stages", "", QT_TRANSLATE_NOOP("Calc", "compression stages"), default="1",
           low=1, high=4),
     Param("polytropic_exponent", "", QT_TRANSLATE_NOOP(
         "Calc", "polytropic exponent (1.12 oil-injected screw, 1.4 dry adiabatic)"),
           default="1.12", low=1, high=1.4),
     ATMOSPHERIC, ELECTRICITY_PRICE),
    (Output("power_saving", "kW", QT_TRANSLATE_NOOP("Calc", "power saved")),
     Output("saving_share", "percent", QT_TRANSLATE_NOOP("Calc", "share of power saved")),
     ELECTRICITY, COST),
    pressure_reduction)


def heat_recovery(power, hours, recoverable_share, heating_efficiency, heat_price):
    """Heat recovered from an air compressor (or any machine whose electricity ends as
    heat) and the boiler fuel it displaces: heat = power x hours x recoverable share;
    fuel = heat / efficiency of the heating it replaces. US DOE Compressed Air Tip Sheet 9,
    "Use Heat Recovery": 50-90 % of compressor input is recoverable, and about 80 % is
    usual for packaged air-cooled rotary screw compressors."""
    heat = (power * hours * recoverable_share).to("MWh")
    fuel = heat / heating_efficiency
    result = {"heat": heat, "fuel_energy": fuel.to("MWh"),
              "warnings": condensing_warnings("heating_efficiency", heating_efficiency)}
    if heat_price is not None:
        result["cost"] = heat * heat_price
    return result


HEAT_RECOVERY = Calculator(
    "heat-recovery", QT_TRANSLATE_NOOP("Calc", "Heat recovery from a compressor or machine"),
    "US DOE Compressed Air Tip Sheet 9, Use Heat Recovery (2004)",
    (Param("power", "kW", QT_TRANSLATE_NOOP("Calc", "average electrical input"), low=0),
     HOURS,
     Param("recoverable_share", "percent", QT_TRANSLATE_NOOP("Calc", "share recoverable as heat"),
           default="80 percent", low=0, high=95),
     Param("heating_efficiency", "percent", QT_TRANSLATE_NOOP(
         "Calc", "efficiency of the heating it replaces"), default="85 percent", low=30,
           high=110),
     Param("heat_price", f"{MONEY}/MWh", QT_TRANSLATE_NOOP("Calc", "price of heat"), low=0,
           optional=True)),
    (Output("heat", "MWh", QT_TRANSLATE_NOOP("Calc", "heat recovered per year")),
     Output("fuel_energy", "MWh", QT_TRANSLATE_NOOP("Calc", "fuel energy saved per year"),
            saves=ResourceKind.NATURAL_GAS, price="heat_price", priced="heat"),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    heat_recovery)
