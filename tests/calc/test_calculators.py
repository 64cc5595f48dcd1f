"""Each calculator against published values (the source is named at each number),
plus the invariants physics and arithmetic demand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_audit.calc import CALCULATORS, CalcError, calculator
from recp_audit.calc.compressed_air import leak_flow
from recp_audit.calc.factors import default_factors
from recp_audit.calc.finance import irr, npv
from recp_audit.calc.insulation import surface_loss
from recp_audit.units import registry

Q = registry().Quantity


def value(name: str, given: dict, result: str, unit: str) -> float:
    return calculator(name).run(given).results[result].m_as(unit)


# "Discharge of air through an orifice", Ingersoll-Rand Compressed Air and Gas Data:
# cfm of free air at 100 % coefficient of flow (sonic above ~15 psig, adiabatic below).
@pytest.mark.parametrize("psig, inches, cfm", [
    (100, 1 / 4, 104), (90, 1 / 8, 23.7), (70, 1 / 16, 4.79), (125, 3 / 8, 284),
    (30, 1 / 2, 162), (5, 1 / 4, 15.9), (1, 1, 115)])
def test_leak_flow_reproduces_the_orifice_table(psig, inches, cfm):
    flow = leak_flow(Q(psig, "psi"), Q(inches, "inch"), 1.0, Q(20, "degC"), Q(14.696, "psi"))
    assert flow.m_as("ft**3/min") == pytest.approx(cfm, rel=0.01)


def test_air_leak_energy_and_cost_follow_from_the_flow():
    result = calculator("air-leak").run({"pressure": "7 bar", "diameter": "3 mm",
                                         "hours": "6000 h", "price": "0.25 BYN/kWh"}).results
    volume = result["flow"].m_as("m**3/min") * 60 * 6000
    assert result["annual_volume"].m_as("m**3") == pytest.approx(volume)
    assert result["loss_energy"].m_as("kWh") == pytest.approx(volume * 0.12)
    # the saving: the 60 % of the loss a repair programme removes (DOE Tip Sheet 3)
    assert result["energy"].m_as("kWh") == pytest.approx(volume * 0.12 * 0.6)
    assert result["cost"].m_as("BYN") == pytest.approx(volume * 0.12 * 0.6 * 0.25)


def test_leak_share_from_load_and_unload_times():
    # US DOE Compressed Air Tip Sheet 3: leakage % = T x 100 / (T + t)
    assert value("air-leak-share", {"loaded_time": "20 s", "unloaded_time": "80 s"},
                 "leak_share", "percent") == pytest.approx(20)


def test_pressure_reduction_matches_the_doe_rule_of_thumb():
    # US DOE sourcebook (2003): about 1 % less power per 2 psi lower pressure near 100 psig
    share = value("compressor-pressure", {"current_pressure": "100 psi", "new_pressure": "98 psi",
                                         "power": "100 kW", "hours": "8000 h"},
                  "saving_share", "percent")
    assert 0.8 < share < 1.2


def test_steam_trap_reproduces_the_napier_example():
    # H. Manczyk, "Estimating the cost of steam loss through the orifice of a steam trap":
    # 5 psig, 3/16 in orifice -> 24.24 x 19.696 psia x 0.1875² = 16.78 lb/h (Cd 0.6)
    rate = value("steam-trap", {"pressure": "5 psi", "diameter": "0.1875 in", "hours": "1 h",
                                "atmospheric": "14.696 psi", "discharge_coefficient": "0.6"},
                 "steam_loss", "lb/h")
    assert rate == pytest.approx(16.78, abs=0.01)


def test_flue_gas_loss_uses_the_bimschv_constants():
    # 1. BImSchV Anlage III: natural gas A2 = 0.66, B = 0.009; heating oil A2 = 0.68, B = 0.007
    gas = calculator("flue-gas-loss").run({"flue_temperature": "180 degC",
                                           "air_temperature": "20 degC", "o2": "3 %"}).results
    assert gas["flue_gas_loss"].m_as("percent") == pytest.approx(160 * (0.66 / 18 + 0.009))
    assert gas["efficiency"].m_as("percent") == pytest.approx(100 - 160 * (0.66 / 18 + 0.009))
    assert gas["excess_air"].m_as("") == pytest.approx(21 / 18)
    oil = value("flue-gas-loss", {"fuel": "fuel_oil", "flue_temperature": "200 degC",
                                  "air_temperature": "20 degC", "o2": "4 %"},
                "flue_gas_loss", "percent")
    assert oil == pytest.approx(180 * (0.68 / 17 + 0.007))


# US DOE Steam Tip Sheet 2: bare steel steam line, 75 °F still air, 8760 h/yr,
# MMBtu/yr per 100 ft. The sheet does not state its emissivity; 0.8 agrees within 10 %.
@pytest.mark.parametrize("outer_inch, steam_f, table", [
    (1.315, 365.9, 285),   # 1 in line at 150 psig
    (2.375, 365.9, 480),   # 2 in line at 150 psig
    (4.5, 249.7, 415)])    # 4 in line at 15 psig
def test_bare_pipe_loss_agrees_with_the_doe_table(outer_inch, steam_f, table):
    loss = value("pipe-heat-loss", {"outer_diameter": f"{outer_inch} in",
                                    "surface_temperature": f"{steam_f} degF",
                                    "ambient_temperature": "75 degF", "length": "100 ft"},
                 "bare_annual", "MBtu")
    assert loss == pytest.approx(table, rel=0.10)


def test_insulation_saves_most_of_the_bare_loss():
    # DOE Steam Tip Sheet 2: insulation typically cuts the loss by about 90 %
    result = calculator("pipe-heat-loss").run({
        "outer_diameter": "60.3 mm", "surface_temperature": "180 degC", "length": "10 m",
        "insulation_thickness": "50 mm"}).results
    share = result["saving"] / result["bare_annual"]
    assert 0.85 < share.m_as("") < 0.97
    assert 20 < result["insulated_surface"].m_as("degC") < 40


def test_motor_replacement_formula():
    # US DOE Premium Efficiency Motor Selection guide: kW saved = P x L x (1/E_old - 1/E_new)
    saved = value("motor-replacement", {"power": "75 kW", "load": "75 %", "hours": "6000 h",
                                        "efficiency_old": "91 %", "efficiency_new": "94 %"},
                  "energy", "kWh")
    assert saved == pytest.approx(75 * 0.75 * (1 / 0.91 - 1 / 0.94) * 6000)


def test_vsd_without_static_head_follows_the_cube_law():
    # Affinity laws (Europump & HI 2004): half flow, no static head -> 1/8 of the power,
    # drawn through a drive of 97 % efficiency
    share = value("vsd", {"power": "10 kW", "hours": "1000 h", "flow_profile": "50:100"},
                  "saving_share", "percent")
    assert share == pytest.approx(100 * (1 - 0.125 / 0.97))


def test_static_head_reduces_the_vsd_saving():
    def saving(static):
        return value("vsd", {"power": "10 kW", "hours": "1000 h", "flow_profile": "60:100",
                             "static_head_fraction": f"{static} %"}, "energy", "kWh")
    assert saving(0) > saving(30) > saving(60)


def test_fuel_emissions_use_ipcc_factors_and_ar5_gwp():
    # 2006 IPCC GL: natural gas 56 100 kg CO2/TJ, CH4 1, N2O 0.1 kg/TJ; AR5: 28 and 265
    result = calculator("fuel-emissions").run({"fuel": "natural_gas", "quantity": "1 TJ"}).results
    assert result["co2"].m_as("t") == pytest.approx(56.1)
    assert result["co2e"].m_as("t") == pytest.approx(56.1 + 0.001 * 28 + 0.0001 * 265)
    by_mass = calculator("fuel-emissions").run({"fuel": "natural_gas", "quantity": "1 t"})
    assert by_mass.results["energy"].m_as("GJ") == pytest.approx(48.0)  # NCV 48.0 TJ/Gg


def test_biogenic_co2_is_left_out_of_co2e():
    result = calculator("fuel-emissions").run({"fuel": "wood", "quantity": "1 TJ"}).results
    assert result["co2"].m_as("t") == pytest.approx(112)
    assert result["co2e"].m_as("t") == pytest.approx(0.030 * 28 + 0.004 * 265)


def test_electricity_uses_the_grid_factor_and_its_override():
    assert value("fuel-emissions", {"fuel": "electricity", "quantity": "1000 MWh"},
                 "co2e", "t") == pytest.approx(400)  # IFI harmonized factors 2021, Belarus
    audit = default_factors().with_overrides({"grid": {"BY": {"co2e": "0.35 kg/kWh"}}})
    result = calculator("fuel-emissions").run({"fuel": "electricity", "quantity": "1000 MWh"},
                                              factors=audit)
    assert result.results["co2e"].m_as("t") == pytest.approx(350)
    assert default_factors().grid().m_as("g/kWh") == pytest.approx(400)  # shipped data intact


def test_every_factor_names_its_source_and_year():
    factors = default_factors()
    rows = factors.used(factors.fuels(), "BY")
    assert all(row["source"] and row["year"] for row in rows)


def test_npv_irr_and_payback_of_an_annuity():
    # Annuity tables: 5 years at 10 % -> factor 3.7908; IRR of 1000 against 5 x 300 is 15.24 %
    assert npv(1000, 300, 5, 0.10) == pytest.approx(137.24, abs=0.01)
    assert irr(1000, 300, 5) == pytest.approx(0.1524, abs=1e-4)
    result = calculator("finance").run({"investment": "1000 EUR", "annual_saving":
                                        "300 EUR/year", "lifetime": "5 year"}).results
    assert result["payback"].m_as("year") == pytest.approx(10 / 3)
    assert result["npv"].m_as("EUR") == pytest.approx(137.24, abs=0.01)


def test_a_saving_that_never_pays_back_has_no_irr_and_no_payback():
    result = calculator("finance").run({"investment": "1000 EUR",
                                        "annual_saving": "0 EUR/year"}).results
    assert "payback" not in result and "irr" not in result
    assert result["npv"].m_as("EUR") == pytest.approx(-1000)


@pytest.mark.parametrize("name, given, fragment", [
    ("air-leak", {"pressure": "7 bar", "diameter": "-3 mm", "hours": "1 h"},
     "diameter must be greater than 0 mm"),
    ("air-leak", {"pressure": "7 bar", "hours": "1 h"}, "needs diameter"),
    ("air-leak", {"pressure": "7 kg", "diameter": "3 mm", "hours": "1 h"},
     "pressure: \"7 kg\" is mass"),
    ("air-leak", {"pressure": "7 bar", "diameter": "3 mm", "hours": "1 h", "size": "2"},
     "no parameter \"size\""),
    ("flue-gas-loss", {"flue_temperature": "180 degC", "o2": "21 %"}, "o2 must be below 21 %"),
    ("flue-gas-loss", {"flue_temperature": "15 degC", "o2": "3 %"},
     "flue_temperature must be above air_temperature"),
    ("vsd", {"power": "10 kW", "hours": "1 h", "flow_profile": "80:50,60:20"},
     "add up to 70 %"),
    ("finance", {"investment": "1000 EUR", "annual_saving": "300 BYN/year"},
     "several currencies"),
    ("fuel-emissions", {"fuel": "coal dust", "quantity": "1 t"}, "is not one of"),
    ("compressor-pressure", {"current_pressure": "6 bar", "new_pressure": "7 bar",
                            "power": "50 kW", "hours": "1 h"}, "must be below current"),
])
def test_bad_input_is_refused_with_a_message_naming_it(name, given, fragment):
    with pytest.raises(CalcError, match=None) as caught:
        calculator(name).run(given)
    assert fragment in str(caught.value)


def test_every_calculator_has_a_reference_and_runs_on_its_defaults_plus_required():
    samples = {"bar": "6 bar", "mm": "40 mm", "h": "4000 h", "kW": "20 kW", "percent": "90 %",
               "degC": "150 degC", "m": "10 m", "s": "30 s", "GJ|t|m**3": "10 t",
               "¤": "1000 EUR", "¤/year": "300 EUR/year", "t/h": "2 t/h", "MWh": "3000 MWh",
               "": "10", "W": "58 W", "m**3": "4000 m3"}
    for calc in CALCULATORS.values():
        assert calc.reference
        given = {p.name: (p.choices[0] if p.choices else samples[p.unit])
                 for p in calc.params if p.required}
        if calc.name == "motor-replacement":
            given.update(efficiency_old="90 %", efficiency_new="94 %")
        if calc.name in ("flue-gas-loss", "flue-gas-recovery", "flue-gas-loss-composition"):
            given.update(o2="4 %")
        if calc.name == "flue-gas-loss-composition":
            given.update(composition="C=86,H=13,S=1")
        if calc.name == "flue-gas-recovery":
            given.update(new_flue_temperature="120 degC")
        if calc.name == "power-factor":
            given.update(power_factor_now="0.75")
        if calc.name == "compressor-pressure":
            given.update(new_pressure="5.5 bar")
        assert calc.run(given).results, calc.name


@settings(max_examples=40, deadline=None)
@given(bar=st.floats(0.5, 12), mm=st.floats(0.5, 10), hours=st.floats(1, 4380))
def test_air_leak_is_unit_invariant_and_linear_in_hours(bar, mm, hours):
    metric = value("air-leak", {"pressure": f"{bar} bar", "diameter": f"{mm} mm",
                                "hours": f"{hours} h"}, "energy", "kWh")
    imperial = value("air-leak", {"pressure": Q(bar, "bar").to("psi"),
                                  "diameter": Q(mm, "mm").to("inch"),
                                  "hours": Q(hours, "h").to("day")}, "energy", "kWh")
    assert imperial == pytest.approx(metric, rel=1e-9)
    doubled = value("air-leak", {"pressure": f"{bar} bar", "diameter": f"{mm} mm",
                                 "hours": f"{2 * hours} h"}, "energy", "kWh")
    assert doubled == pytest.approx(2 * metric, rel=1e-9) and metric > 0


@settings(max_examples=40, deadline=None)
@given(bar=st.floats(0.1, 20), low=st.floats(0.5, 5), more=st.floats(0.1, 5))
def test_leaks_grow_with_pressure_and_size(bar, low, more):
    small = leak_flow(Q(bar, "bar"), Q(low, "mm"), 0.61, Q(20, "degC"), Q(101.325, "kPa"))
    bigger = leak_flow(Q(bar, "bar"), Q(low + more, "mm"), 0.61, Q(20, "degC"),
                       Q(101.325, "kPa"))
    higher = leak_flow(Q(bar + 1, "bar"), Q(low, "mm"), 0.61, Q(20, "degC"), Q(101.325, "kPa"))
    assert bigger > small and higher > small


@settings(max_examples=30, deadline=None)
@given(diameter=st.floats(20, 500), pipe=st.floats(40, 400), thickness=st.floats(10, 200),
       price=st.floats(1, 200))
def test_insulating_a_pipe_never_loses_and_money_scales_with_price(diameter, pipe, thickness,
                                                                   price):
    given = {"outer_diameter": f"{diameter} mm", "surface_temperature": f"{pipe} degC",
             "length": "1 m", "insulation_thickness": f"{thickness} mm",
             "heat_price": f"{price} BYN/MWh"}
    result = calculator("pipe-heat-loss").run(given).results
    assert result["saving"].m_as("MWh") > 0
    assert result["cost_saving"].m_as("BYN") == pytest.approx(
        result["saving"].m_as("MWh") * price)


@settings(max_examples=30, deadline=None)
@given(diameter=st.floats(0.01, 1), surface=st.floats(300, 800), step=st.floats(1, 100))
def test_a_hotter_surface_loses_more(diameter, surface, step):
    assert surface_loss(diameter, surface + step, 293.15, 0.8) > \
        surface_loss(diameter, surface, 293.15, 0.8)


def test_power_factor_capacitor_matches_the_multiplier_table():
    # kW multiplier tables (IEEE Std 1036, maker guides): 0.70 -> 0.95 needs 0.691 kvar/kW
    result = calculator("power-factor").run({"power": "100 kW", "power_factor_now": "0.70",
                                             "hours": "4000 h", "line_losses": "5 kW",
                                             "price": "0.3 BYN/kWh"}).results
    assert result["capacitor"].m_as("kvar") == pytest.approx(69.1, abs=0.1)
    assert result["energy"].m_as("kWh") == pytest.approx(5 * (1 - (0.70 / 0.95) ** 2) * 4000)


def test_lighting_saving_with_controls():
    result = calculator("lighting").run({
        "fixtures_now": "100", "power_now": "80 W", "fixtures_new": "100", "power_new": "36 W",
        "hours": "3000 h", "control_saving": "20 %"}).results
    assert result["energy"].m_as("kWh") == pytest.approx(24000 - 3.6 * 3000 * 0.8)


def test_water_leak_follows_the_orifice_equation():
    # Q = Cd A sqrt(2 Δp / ρ): 1 mm hole, 4 bar, Cd 0.6 -> 0.6 x 7.854e-7 m² x 28.3 m/s
    flow = value("water-leak", {"pressure": "4 bar", "diameter": "1 mm"}, "flow", "l/min")
    assert flow == pytest.approx(0.6 * 7.853982e-7 * (2 * 4e5 / 998.2) ** 0.5 * 60000, rel=1e-6)


def test_water_reuse_saves_intake_and_discharge():
    cost = value("water-reuse", {"volume": "5000 m3", "intake_price": "1.5 BYN/m3",
                                 "discharge_price": "1 BYN/m3", "treatment_cost": "0.5 BYN/m3"},
                 "cost", "BYN")
    assert cost == pytest.approx(5000 * 2.0)


def test_condensate_return_heat_uses_the_heat_capacity_of_water():
    # 1 t/h for 1000 h from 10 °C to 90 °C: 1000 t x 4.186 kJ/(kg K) x 80 K = 93.0 MWh
    heat = value("condensate-return", {"condensate_flow": "1 t/h", "hours": "1000 h"},
                 "heat", "MWh")
    assert heat == pytest.approx(1000 * 4.186 * 80 / 3600)


def test_heat_recovery_from_a_compressor():
    # DOE Tip Sheet 9: about 80 % of a packaged compressor's input is recoverable
    heat = value("heat-recovery", {"power": "55 kW", "hours": "6000 h"}, "heat", "MWh")
    assert heat == pytest.approx(55 * 6000 * 0.8 / 1000)


def test_flue_gas_recovery_saves_the_efficiency_gain():
    result = calculator("flue-gas-recovery").run({
        "fuel_input": "5000 MWh", "flue_temperature": "220 degC",
        "new_flue_temperature": "120 degC", "o2": "4 %"}).results
    old = 100 - 200 * (0.66 / 17 + 0.009)
    new = 100 - 100 * (0.66 / 17 + 0.009)
    assert result["fuel_energy"].m_as("MWh") == pytest.approx(5000 * (1 - old / new))


def test_checklist_findings_name_only_existing_calculators():
    from recp_audit.checklists.loader import load_folders, shipped_dir

    library = load_folders([shipped_dir()])
    assert not library.problems
    named = {option.calculator for template in library.templates.values()
             for item in template.items
             for option in [item.option] if option and option.calculator}
    assert named <= set(CALCULATORS)


def test_stoichiometric_air_of_methane_and_carbon():
    # Combustion textbooks: 17.2 kg of air per kg of methane, 11.5 per kg of carbon
    from recp_audit.calc.combustion_composition import parse_composition, stoichiometric_air

    methane, gas = parse_composition("CH4=100")
    assert gas and stoichiometric_air(methane) == pytest.approx(17.2, abs=0.05)
    carbon, _ = parse_composition("C=100")
    assert stoichiometric_air(carbon) == pytest.approx(11.5, abs=0.05)


@pytest.mark.parametrize("fuel, composition, ncv", [
    ("natural_gas", "CH4=100", "50 MJ/kg"),  # methane NCV 50.0 MJ/kg
    ("fuel_oil", "C=86,H=13,S=0.5,O=0.3,N=0.1,W=0.1", "42.7 MJ/kg")])  # EN 590-like oil
def test_composition_method_agrees_with_siegert(fuel, composition, ncv):
    siegert = value("flue-gas-loss", {"fuel": fuel, "flue_temperature": "180 degC",
                                      "o2": "3 %"}, "flue_gas_loss", "percent")
    computed = value("flue-gas-loss-composition", {
        "composition": composition, "ncv": ncv, "flue_temperature": "180 degC", "o2": "3 %"},
        "flue_gas_loss", "percent")
    assert computed == pytest.approx(siegert, rel=0.05)


def test_composition_without_ncv_uses_mendeleev_and_bad_analyses_are_named():
    result = calculator("flue-gas-loss-composition").run({
        "composition": "C=40,H=3,S=0.3,O=15,N=1,W=30,A=10.7", "flue_temperature": "160 degC",
        "o2": "8 %"}).results
    assert result["ncv"].m_as("kJ/kg") == pytest.approx(
        339 * 40 + 1030 * 3 - 108.9 * (15 - 0.3) - 25 * 30)
    for bad, fragment in (("C=50,H=3", "adds up to 53 %"), ("C=84,Xe=16", "not Xe"),
                          ("CH4=90,C=10", "not both")):
        with pytest.raises(CalcError, match=fragment):
            calculator("flue-gas-loss-composition").run({
                "composition": bad, "ncv": "40 MJ/kg", "flue_temperature": "160 degC",
                "o2": "3 %"})


def test_motor_efficiency_classes_from_iec_60034_30_1():
    from recp_audit.calc.motors import class_efficiency

    # IEC 60034-30-1:2014, 4 poles, 50 Hz: IE3 11 kW 91.4 %, IE1 75 kW 92.7 %, IE4 200+ kW 96.7 %
    assert class_efficiency("IE3", 11) == pytest.approx(0.914)
    assert class_efficiency("IE1", 75) == pytest.approx(0.927)
    assert class_efficiency("IE4", 400) == pytest.approx(0.967)
    assert 0.914 < class_efficiency("IE3", 13) < 0.921  # between the 11 and 15 kW ratings
    by_class = value("motor-replacement", {"power": "11 kW", "hours": "6000 h",
                                           "class_old": "IE1", "class_new": "IE3"},
                     "energy", "kWh")
    assert by_class == pytest.approx(11 * 0.75 * (1 / 0.876 - 1 / 0.914) * 6000)
    with pytest.raises(CalcError, match="give efficiency_new or class_new"):
        calculator("motor-replacement").run({"power": "11 kW", "hours": "1 h",
                                             "efficiency_old": "88 %"})


def test_bare_flanges_add_their_surface_loss():
    from recp_audit.calc.insulation import flange_area, surface_loss

    given = {"outer_diameter": "108 mm", "surface_temperature": "160 degC", "length": "20 m",
             "ambient_temperature": "20 degC", "insulation_thickness": "50 mm"}
    plain = calculator("pipe-heat-loss").run(given).results
    with_flanges = calculator("pipe-heat-loss").run(
        {**given, "flanges": "4", "flange_diameter": "220 mm"}).results
    area = flange_area(0.108, 0.220, 0.060)
    flux = surface_loss(0.220, 433.15, 293.15, 0.8) / (3.141592653589793 * 0.220)
    assert with_flanges["flange_loss"].m_as("W") == pytest.approx(4 * area * flux)
    assert with_flanges["saving"] > plain["saving"]
    with pytest.raises(CalcError, match="flange_diameter larger than the pipe"):
        calculator("pipe-heat-loss").run({**given, "flanges": "2"})


@settings(max_examples=30, deadline=None)
@given(bar=st.floats(0.2, 30), mm=st.floats(0.5, 20), hours=st.floats(1, 4000),
       price=st.floats(0.1, 500), factor=st.floats(1.01, 2))
def test_losses_are_never_negative_and_grow_with_hours_and_price(bar, mm, hours, price, factor):
    for name, cost_input, result in (("steam-trap", "steam_cost", "annual_loss"),
                                     ("water-leak", "water_price", "annual_volume")):
        unit = "BYN/t" if name == "steam-trap" else "BYN/m3"
        given = {"pressure": f"{bar} bar", "diameter": f"{mm} mm", "hours": f"{hours} h",
                 cost_input: f"{price} {unit}"}
        base = calculator(name).run(given).results
        longer = calculator(name).run({**given, "hours": f"{hours * factor} h"}).results
        dearer = calculator(name).run({**given, cost_input: f"{price * factor} {unit}"}).results
        assert base[result].magnitude > 0 and base["cost"].magnitude > 0
        assert longer[result] > base[result] and dearer["cost"] > base["cost"]


@settings(max_examples=30, deadline=None)
@given(old=st.floats(10, 400), new=st.floats(1, 400), hours=st.floats(1, 8760),
       control=st.floats(0, 80))
def test_lighting_saves_whenever_the_new_load_is_lower(old, new, hours, control):
    result = calculator("lighting").run({
        "fixtures_now": "10", "power_now": f"{old} W", "fixtures_new": "10",
        "power_new": f"{new} W", "hours": f"{hours} h",
        "control_saving": f"{control} %"}).results
    assert (result["energy"].magnitude >= -1e-9) == (new * (1 - control / 100) <= old + 1e-9)
