"""Combustion: flue-gas loss from a flue-gas analysis, and CO2e of fuel and electricity use."""

from __future__ import annotations

from recp_audit.calc.combustion_composition import (condensation_warnings, dew_points,
                                                     excess_air_warnings, loss_refusal,
                                                     parse_composition)
from recp_audit.calc.core import MONEY, Calculator, Output, Param, refusal
from recp_audit.calc.factors import GASES, Factors
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry

# Fuel constants A2 and B of the Siegert formula, 1. BImSchV (2010), Anlage III.
SIEGERT = {"natural_gas": (0.66, 0.009), "fuel_oil": (0.68, 0.007), "lpg": (0.63, 0.008)}
O2_IN_AIR = 21.0
# Typical analyses for the dew points: methane (natural gas, 57 °C at 15 % excess air, as
# condensing-economiser makers state, about 135 °F), propane, and heating oil EL with
# 0.1 % sulphur (DIN 51603-1).
TYPICAL = {"natural_gas": "CH4=100", "fuel_oil": "C=85.9,H=13.5,S=0.1,O=0.5",
           "lpg": "C3H8=100"}


def flue_gas_loss(fuel, flue_temperature, air_temperature, o2, name="flue_temperature"):
    """Flue-gas loss and combustion efficiency by the Siegert formula of the German
    1. BImSchV (Verordnung über kleine und mittlere Feuerungsanlagen, 2010, Anlage III):
    qA = (tA - tL) x (A2 / (21 - O2) + B), in % of the net (lower) heating value, for dry
    flue gas above its dew point (warned below it, with the acid dew point of sulphur-
    bearing oil). Excess air λ = 21 / (21 - O2). A loss of 100 % or more is refused.
    """
    a2, b = SIEGERT[fuel]
    o2_percent = o2.m_as("percent")
    difference = flue_temperature.m_as("degC") - air_temperature.m_as("degC")
    if difference <= 0:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "{name} must be above air_temperature ({air:~P})"),
            name=name, air=air_temperature)
    loss = difference * (a2 / (O2_IN_AIR - o2_percent) + b)
    if loss >= 100:
        raise loss_refusal(loss, o2)
    excess = O2_IN_AIR / (O2_IN_AIR - o2_percent)
    ureg = registry()
    return {"flue_gas_loss": ureg.Quantity(loss, "percent"),
            "efficiency": ureg.Quantity(100 - loss, "percent"),
            "excess_air": ureg.Quantity(excess, ""),
            "warnings": excess_air_warnings(excess) + condensation_warnings(
                name, flue_temperature.m_as("degC"),
                *dew_points(parse_composition(TYPICAL[fuel])[0], excess))}


def fuel_emissions(fuel, quantity, factors: Factors):
    """CO2, CH4, N2O and CO2e of burning `quantity` of `fuel` (energy, or mass through
    its net calorific value), by the 2006 IPCC Guidelines tier 1 method (vol. 2, ch. 2,
    eq. 2.1: emissions = fuel energy x emission factor), weighted by the stated GWP set;
    or of using grid electricity, by the grid factor. Biogenic CO2 is left out of CO2e."""
    ureg = registry()
    if fuel == "electricity":
        if quantity.dimensionality != ureg.Quantity(1, "kWh").dimensionality:
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "quantity of electricity must be energy (kWh, MWh), not {given:~P}"),
                given=quantity)
        return {"energy": quantity, "co2e": quantity * factors.grid()}
    data = factors.fuel(fuel)
    energy = factors.energy(fuel, quantity)
    emitted = {"CO2": energy * data.co2, "CH4": energy * data.ch4, "N2O": energy * data.n2o}
    co2e = sum((emitted[gas] * factors.gwp(gas) for gas in GASES
                if not (gas == "CO2" and data.biogenic)), ureg.Quantity(0, "t"))
    return {"energy": energy, "co2": emitted["CO2"], "ch4": emitted["CH4"],
            "n2o": emitted["N2O"], "co2e": co2e}


FLUE_GAS_LOSS = Calculator(
    "flue-gas-loss", QT_TRANSLATE_NOOP("Calc", "Boiler flue-gas loss (Siegert)"),
    "Siegert formula, 1. BImSchV (Germany, 2010) Anlage III; net heating value basis",
    (Param("fuel", "", QT_TRANSLATE_NOOP("Calc", "fuel"), default="natural_gas",
           choices=tuple(SIEGERT)),
     Param("flue_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "flue-gas temperature"),
           low=0, high=800),
     Param("air_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "combustion-air temperature"),
           default="20 degC", low=-40, high=300),
     Param("o2", "percent", QT_TRANSLATE_NOOP("Calc", "O2 in dry flue gas"),
           low=0, high=21, high_open=True)),
    (Output("flue_gas_loss", "percent", QT_TRANSLATE_NOOP("Calc", "flue-gas loss")),
     Output("efficiency", "percent", QT_TRANSLATE_NOOP("Calc", "combustion efficiency")),
     Output("excess_air", "", QT_TRANSLATE_NOOP("Calc", "excess-air ratio λ"))),
    flue_gas_loss)


def _fuel_choices() -> tuple[str, ...]:
    from recp_audit.calc.factors import default_factors

    return (*default_factors().fuels(), "electricity")


FUEL_EMISSIONS = Calculator(
    "fuel-emissions", QT_TRANSLATE_NOOP("Calc", "CO2e of fuel or electricity use"),
    "2006 IPCC Guidelines vol. 2 ch. 2, tier 1; IPCC AR5 GWP-100; IFI harmonized grid "
    "factors 2021 for electricity",
    (Param("fuel", "", QT_TRANSLATE_NOOP("Calc", "fuel or electricity"), choices=_fuel_choices()),
     Param("quantity", "GJ|t|m**3", QT_TRANSLATE_NOOP(
         "Calc", "amount used (energy, mass or volume)"),
           low=0)),
    (Output("energy", "GJ", QT_TRANSLATE_NOOP("Calc", "energy")),
     Output("co2", "t", QT_TRANSLATE_NOOP("Calc", "CO2")),
     Output("ch4", "kg", QT_TRANSLATE_NOOP("Calc", "CH4")),
     Output("n2o", "kg", QT_TRANSLATE_NOOP("Calc", "N2O")),
     Output("co2e", "t", QT_TRANSLATE_NOOP("Calc", "CO2 equivalent"))),
    fuel_emissions, uses_factors=True)


def flue_gas_recovery(fuel, fuel_input, flue_temperature, new_flue_temperature,
                      air_temperature, o2, fuel_price):
    """Fuel saved by cooling the flue gas in an economiser or air preheater: the Siegert
    loss (1. BImSchV Anlage III) before and after, and fuel saved = input x (1 - η_old/η_new)
    for the same useful heat, less than the input as long as both efficiencies are positive."""
    if new_flue_temperature >= flue_temperature:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "new_flue_temperature must be below flue_temperature ({flue:~P})"),
            flue=flue_temperature)
    before = flue_gas_loss(fuel, flue_temperature, air_temperature, o2)
    after = flue_gas_loss(fuel, new_flue_temperature, air_temperature, o2,
                          "new_flue_temperature")
    old, new = before["efficiency"].m_as(""), after["efficiency"].m_as("")
    saved = (fuel_input * (1 - old / new)).to("MWh")
    result = {"efficiency_before": before["efficiency"], "efficiency_after": after["efficiency"],
              "fuel_energy": saved,
              "warnings": before["warnings"] + [message for message in after["warnings"]
                                                if message not in before["warnings"]]}
    if fuel_price is not None:
        result["cost"] = saved * fuel_price
    return result


FLUE_GAS_RECOVERY = Calculator(
    "flue-gas-recovery", QT_TRANSLATE_NOOP("Calc", "Flue-gas heat recovery (economiser)"),
    "Siegert formula, 1. BImSchV (Germany, 2010) Anlage III, before and after the economiser",
    (FLUE_GAS_LOSS.params[0],
     Param("fuel_input", "MWh", QT_TRANSLATE_NOOP("Calc", "fuel energy used per year"),
           low=0, low_open=True),
     FLUE_GAS_LOSS.params[1],
     Param("new_flue_temperature", "degC", QT_TRANSLATE_NOOP(
         "Calc", "flue-gas temperature after recovery"), low=0, high=800),
     *FLUE_GAS_LOSS.params[2:],
     Param("fuel_price", f"{MONEY}/MWh", QT_TRANSLATE_NOOP("Calc", "fuel price per MWh"),
           low=0, optional=True)),
    (Output("efficiency_before", "percent", QT_TRANSLATE_NOOP("Calc", "combustion efficiency now")),
     Output("efficiency_after", "percent", QT_TRANSLATE_NOOP(
         "Calc", "combustion efficiency with recovery")),
     Output("fuel_energy", "MWh", QT_TRANSLATE_NOOP("Calc", "fuel energy saved per year"),
            saves=ResourceKind.NATURAL_GAS, price="fuel_price"),
     Output("cost", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    flue_gas_recovery)
