"""Every calculator against values published by others, each with its source, table or
page, and the tolerance that source justifies (its rounding, or the spread of a rule
of thumb). Finance is checked by its own tests."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_audit.calc import calculator
from recp_audit.calc.combustion_composition import dew_points, parse_composition
from recp_audit.calc.motors import class_efficiency
from recp_audit.calc.steam import steam_enthalpy
from recp_audit.units import registry

Q = registry().Quantity


def value(name: str, given: dict, result: str, unit: str) -> float:
    return calculator(name).run(given).results[result].m_as(unit)


# US DOE Steam Tip Sheet 1, "Inspect and Repair Steam Traps" (DOE/GO-102012-3408, 2012),
# table "Leaking Steam Trap Discharge Rate", steam loss in lb/h by orifice diameter (in)
# and steam pressure (psig); no 1/32 in value is given at 300 psig. The 1/32 in row, the
# 1/16 in cells at 15 and 100 psig and 1/8 in at 150 psig (75.8, the sheet's own worked
# example) were read in the stored copy of the sheet; the other cells, up to 3/8 in, are as
# remembered from the printed sheet and not yet checked against a copy here (the 1/2 in row,
# which could not be confirmed to be in the sheet at all, is left out).
# Tolerance 5 %: the table prints three figures and the brief of issue 23 asks for 5 %.
DOE_STEAM_TRAP_TABLE = {
    "1/32": (0.85, 3.3, 4.8, None), "1/16": (3.4, 13.2, 18.9, 36.2),
    "1/8": (13.7, 52.8, 75.8, 145), "3/16": (30.7, 119, 170, 326),
    "1/4": (54.7, 211, 303, 579), "3/8": (123, 475, 682, 1303)}


@pytest.mark.parametrize("inches, psig, table", [
    (inches, psig, row[i]) for inches, row in DOE_STEAM_TRAP_TABLE.items()
    for i, psig in enumerate((15, 100, 150, 300)) if row[i] is not None])
def test_steam_trap_reproduces_the_doe_tip_sheet_table(inches, psig, table):
    numerator, denominator = inches.split("/")
    rate = value("steam-trap", {"pressure": f"{psig} psi",
                                "diameter": f"{int(numerator) / int(denominator)} in",
                                "hours": "1 h", "atmospheric": "14.7 psi"}, "steam_loss", "lb/h")
    assert rate == pytest.approx(table, rel=0.05)


def test_steam_trap_worked_example_of_the_tip_sheet():
    # DOE Steam Tip Sheet 1: 1/8 in trap at 150 psig stuck open, steam at $4.50/1,000 lb,
    # 8,760 h: 75.8 lb/h x 8,760 h x $4.50/1,000 lb = $2,988/yr (5 %: the table's rate)
    cost = value("steam-trap", {"pressure": "150 psi", "diameter": "0.125 in", "hours": "8760 h",
                                "atmospheric": "14.7 psi",
                                "steam_cost": f"{4.50 / 0.45359237} USD/t"},  # $4.50/1,000 lb
                 "cost", "USD")
    assert cost == pytest.approx(2988, rel=0.05)


@pytest.mark.parametrize("bar_abs, enthalpy", [(1.01325, 2675.6), (10, 2777.1), (40, 2800.9)])
def test_saturated_steam_enthalpy_of_the_steam_tables(bar_abs, enthalpy):
    # IAPWS-IF97 (Wagner & Kretzschmar, International Steam Tables, 2008): h'' at 1 atm
    # 2675.6 kJ/kg (100 °C), 10 bar 2777.1, 40 bar 2800.9; 0.1 % covers interpolation
    assert steam_enthalpy(Q(bar_abs, "bar")).m_as("kJ/kg") == pytest.approx(enthalpy, rel=1e-3)


# Ingersoll-Rand, Compressed Air and Gas Data, "Discharge of air through an orifice"
# (cfm of free air, 100 % coefficient of flow; 1-15 psig by the adiabatic formula).
# Cells other than those test_calculators uses; 1 %: three printed figures.
@pytest.mark.parametrize("psig, inches, cfm", [
    (3, 1 / 4, 12.4), (9, 1, 339), (20, 1 / 32, 0.491), (40, 1 / 8, 12.4), (50, 3 / 4, 528),
    (60, 3 / 8, 152), (80, 1 / 4, 85.7), (110, 1 / 2, 452), (125, 1 / 16, 7.90)])
def test_air_leak_reproduces_the_orifice_table(psig, inches, cfm):
    flow = value("air-leak", {"pressure": f"{psig} psi", "diameter": f"{inches} in",
                              "discharge_coefficient": "1", "hours": "1 h",
                              "atmospheric": "14.696 psi"}, "flow", "ft**3/min")
    assert flow == pytest.approx(cfm, rel=0.01)


def test_leak_share_of_the_doe_tip_sheet():
    # US DOE Compressed Air Tip Sheet 3 (2004): leakage % = T x 100 / (T + t); with a
    # 100 kW compressor loaded 15 s of every 60 s at no demand, 25 % of its power is leaks,
    # of which repair can remove all above the 10 % a well-kept system still leaks
    result = calculator("air-leak-share").run({
        "loaded_time": "15 s", "unloaded_time": "45 s", "full_load_power": "100 kW",
        "hours": "1000 h"}).results
    assert result["leak_share"].m_as("percent") == pytest.approx(25)
    assert result["loss_energy"].m_as("kWh") == pytest.approx(25_000)
    assert result["energy"].m_as("kWh") == pytest.approx(15_000)


def test_pressure_reduction_follows_the_doe_rule_for_screw_compressors():
    # Compressed Air Challenge / US DOE sourcebook (2003), as Fluid Power Journal quotes it:
    # rotary screw input power rises about 1 % for each 2 psi in a 100 psig system
    # (Air Best Practices: "0.5 percent power per psi"). Within 10 %.
    share = value("compressor-pressure", {"current_pressure": "100 psi", "new_pressure": "98 psi",
                                         "power": "100 kW", "hours": "1 h"},
                  "saving_share", "percent")
    assert share == pytest.approx(1.0, rel=0.10)


def test_pressure_reduction_follows_the_european_rule_near_7_bar():
    # European guides (EU SAVE study "Compressed Air Systems in the European Union", 2001;
    # Carbon Trust): 6-7 % less power per bar near 7 bar for screw compressors; within 10 %
    # of that band's middle, 6.5 %
    share = value("compressor-pressure", {"current_pressure": "7.5 bar", "new_pressure": "6.5 bar",
                                         "power": "100 kW", "hours": "1 h"},
                  "saving_share", "percent")
    assert share == pytest.approx(6.5, rel=0.10)
    reference = calculator("compressor-pressure").reference
    assert "oil-injected screw" in reference


def test_heat_recovery_of_the_doe_tip_sheet():
    # US DOE Compressed Air Tip Sheet 9 (2004): about 50,000 Btu/h is available for each
    # 100 cfm of capacity at full load; a screw compressor draws 18-22 kW per 100 cfm
    # (DOE sourcebook 2003), 20 kW here, of which 80 % is recoverable. 15 %: the spread of
    # the specific power.
    heat = value("heat-recovery", {"power": "20 kW", "hours": "1 h"}, "heat", "Btu")
    assert heat == pytest.approx(50_000, rel=0.15)


def test_condensate_heat_matches_the_steam_tables():
    # IAPWS-IF97 saturated liquid: h'(90 °C) = 376.9 kJ/kg, h'(10 °C) = 42.0 kJ/kg, so one
    # tonne of condensate at 90 °C returned instead of 10 °C make-up brings 334.9 MJ; 0.5 %
    heat = value("condensate-return", {"condensate_flow": "1 t/h", "hours": "1 h"}, "heat", "MJ")
    assert heat == pytest.approx(376.9 - 42.0, rel=0.005)


def test_flue_gas_loss_by_the_siegert_formula_of_the_bimschv():
    # 1. BImSchV (2010) Anlage III, natural gas A2 0.66, B 0.009: 180 °C flue gas, 20 °C
    # air, 3 % O2 -> qA = 160 x (0.66 / 18 + 0.009) = 7.31 %; heating oil A2 0.68, B 0.007
    # at 200 °C, 4 % O2 -> 180 x (0.68 / 17 + 0.007) = 8.46 % (printed to 0.01 %)
    assert value("flue-gas-loss", {"flue_temperature": "180 degC", "o2": "3 %"},
                 "flue_gas_loss", "percent") == pytest.approx(7.31, abs=0.01)
    assert value("flue-gas-loss", {"fuel": "fuel_oil", "flue_temperature": "200 degC",
                                   "o2": "4 %"}, "flue_gas_loss", "percent") == \
        pytest.approx(8.46, abs=0.01)


def test_flue_gas_recovery_follows_the_doe_rule_of_40_degf():
    # US DOE Steam Tip Sheet 3, "Use Feedwater Economizers for Waste Heat Recovery":
    # boiler efficiency rises about 1 % for every 40 °F (22 K) the flue gas is cooled
    # (about 3 % O2); within 10 %
    result = calculator("flue-gas-recovery").run({
        "fuel_input": "1000 MWh", "flue_temperature": "200 degC",
        "new_flue_temperature": f"{200 - 40 / 1.8} degC", "o2": "3 %"}).results
    gain = result["efficiency_after"] - result["efficiency_before"]
    assert gain.m_as("percent") == pytest.approx(1.0, rel=0.10)


def test_natural_gas_flue_gas_dew_point():
    # Markham Engineering, condensing economisers: natural gas with 15 % excess air has
    # its water dew point at about 135 °F (57.2 °C); 2 K
    methane, _ = parse_composition("CH4=100")
    assert dew_points(methane, 1.15)[0] == pytest.approx(57.2, abs=2)
    result = calculator("flue-gas-loss-composition").run({
        "composition": "CH4=100", "ncv": "50 MJ/kg", "flue_temperature": "160 degC",
        "o2": f"{21 * 0.15 / 1.15} %"}).results
    assert result["water_dew_point"].m_as("degC") == pytest.approx(57.2, abs=2)


def test_stoichiometric_air_of_propane():
    # Combustion textbooks (e.g. Turns, An Introduction to Combustion): propane needs
    # 15.6 kg of air per kg; 0.1 kg/kg
    result = calculator("flue-gas-loss-composition").run({
        "composition": "C3H8=100", "ncv": "46.4 MJ/kg", "flue_temperature": "160 degC",
        "o2": "0 %"}).results
    assert result["air"].m_as("kg/kg") == pytest.approx(15.6, abs=0.1)


@pytest.mark.parametrize("kw, ie_class, efficiency", [
    (0.75, "IE1", 72.1), (7.5, "IE2", 88.7), (55, "IE3", 94.6), (110, "IE4", 96.3),
    (18.5, "IE3", 92.6)])
def test_motor_classes_of_iec_60034_30_1(kw, ie_class, efficiency):
    # IEC 60034-30-1:2014, table of nominal efficiency limits, 4 poles, 50 Hz (exact)
    assert class_efficiency(ie_class, kw) == pytest.approx(efficiency / 100)


def test_motor_replacement_of_the_doe_guide():
    # US DOE, Premium Efficiency Motor Selection and Application Guide (2014): kW saved =
    # hp x 0.746 x L x (100/E_std - 100/E_pe); a 75 hp motor at 75 % load, 8,000 h,
    # 93.0 % -> 95.4 %: 75 x 0.746 x 0.75 x (100/93.0 - 100/95.4) x 8,000 = 9,080 kWh
    saved = value("motor-replacement", {"power": "75 hp", "load": "75 %", "hours": "8000 h",
                                        "efficiency_old": "93.0 %",
                                        "efficiency_new": "95.4 %"}, "energy", "kWh")
    assert saved == pytest.approx(9080, rel=0.005)


def test_vsd_follows_the_affinity_laws():
    # Europump & Hydraulic Institute, Variable Speed Pumping (2004), ch. 2: with no static
    # head power goes with the cube of flow: 80 % flow -> 51.2 % of the power, through a
    # drive of 97 % efficiency
    share = value("vsd", {"power": "100 kW", "hours": "1 h", "flow_profile": "80:100"},
                  "saving_share", "percent")
    assert share == pytest.approx(100 * (1 - 0.512 / 0.97), rel=1e-6)


# Capacitor kW-multiplier tables (Eaton "Power factor correction: a guide for the plant
# engineer", table of kvar per kW; the same in IEEE Std 1036 and ABB guides), 3 decimals.
@pytest.mark.parametrize("now, target, multiplier", [
    (0.80, 0.95, 0.421), (0.70, 1.00, 1.020), (0.85, 0.95, 0.291), (0.75, 0.90, 0.398),
    (0.60, 0.90, 0.849)])
def test_power_factor_multipliers_of_the_maker_tables(now, target, multiplier):
    capacitor = value("power-factor", {"power": "1000 kW", "power_factor_now": f"{now}",
                                       "power_factor_target": f"{target}", "hours": "1 h"},
                      "capacitor", "kvar")
    assert capacitor == pytest.approx(1000 * multiplier, abs=0.5)


def test_lighting_saving_of_the_installed_power():
    # EN 15193-1:2017 eq. (installed power x operating hours x dependency factor): 100
    # luminaires of 2 x 58 W T8 with magnetic gear (about 140 W a luminaire) replaced by
    # 60 W LED luminaires for 3,000 h with F_O = 0.8: 42,000 - 14,400 = 27,600 kWh
    saved = value("lighting", {"fixtures_now": "100", "power_now": "140 W",
                               "fixtures_new": "100", "power_new": "60 W", "hours": "3000 h",
                               "control_saving": "20 %"}, "energy", "kWh")
    assert saved == pytest.approx(27_600)


def test_water_leak_follows_torricelli():
    # Torricelli (any fluid mechanics text): water under 10 m head leaves at
    # sqrt(2 g h) = 14.0 m/s; 0.1 %
    given = {"pressure": f"{998.2 * 9.80665 * 10 / 1e5} bar", "diameter": "10 mm",
             "discharge_coefficient": "1"}
    flow = value("water-leak", given, "flow", "m**3/s")
    assert flow / (math.pi / 4 * 0.01 ** 2) == pytest.approx(14.0, rel=0.001)


def test_water_reuse_saves_intake_and_discharge():
    # UNIDO/UNEP RECP toolkit, water module: reuse avoids both the intake and the discharge
    # of the same volume
    result = calculator("water-reuse").run({"volume": "1000 m3", "intake_price": "2 EUR/m3",
                                            "discharge_price": "1 EUR/m3"}).results
    assert result["water"].m_as("m**3") == result["wastewater"].m_as("m**3") == 1000
    assert result["cost"].m_as("EUR") == pytest.approx(3000)


# 2006 IPCC Guidelines vol. 2 ch. 1 table 1.2 (NCV, TJ/Gg) and table 1.4 (CO2, kg/TJ):
# 1 t of fuel -> NCV GJ and NCV x factor t CO2. Exact: the shipped defaults.
@pytest.mark.parametrize("fuel, ncv, co2", [
    ("gas_oil", 43.0, 74_100), ("residual_fuel_oil", 40.4, 77_400), ("lpg", 47.3, 63_100),
    ("bituminous_coal", 25.8, 94_600), ("peat", 9.76, 106_000)])
def test_fuel_emissions_use_the_ipcc_defaults(fuel, ncv, co2):
    result = calculator("fuel-emissions").run({"fuel": fuel, "quantity": "1 t"}).results
    assert result["energy"].m_as("GJ") == pytest.approx(ncv)
    assert result["co2"].m_as("t") == pytest.approx(ncv * co2 / 1e6)


@settings(max_examples=25, deadline=None)
@given(bar=st.floats(1, 40), mm=st.floats(0.5, 15), traps=st.integers(1, 20))
def test_steam_trap_loss_is_napier_with_the_table_coefficient(bar, mm, traps):
    # Napier W = A P / 70 lb/s with the DOE table's Cd 0.72, linear in the number of traps
    rate = value("steam-trap", {"pressure": f"{bar} bar", "diameter": f"{mm} mm",
                                "traps": f"{traps}", "hours": "1 h"}, "steam_loss", "lb/s")
    psia = Q(bar, "bar").m_as("psi") + Q(101.325, "kPa").m_as("psi")
    assert rate == pytest.approx(traps * 0.72 * math.pi / 4 * Q(mm, "mm").m_as("inch") ** 2
                                 * psia / 70, rel=1e-9)
