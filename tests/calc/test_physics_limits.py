"""Physics bounds every calculator: impossible inputs are refused naming the parameter,
results never save more than the energy going in, dubious regions warn."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_audit.calc import CALCULATORS, CalcError, calculator


def run(name: str, given: dict):
    return calculator(name).run(given)


def warned(result, fragment: str) -> bool:
    return any(fragment in str(message) for message in result.warnings)


@pytest.mark.parametrize("name, given, fragment", [
    ("flue-gas-loss", {"flue_temperature": "180 degC", "o2": "21 %"}, "o2 must be below 21 %"),
    ("flue-gas-loss", {"flue_temperature": "180 degC", "o2": "20.5 %"}, "flue-gas loss of"),
    ("flue-gas-recovery", {"fuel_input": "1000 MWh", "flue_temperature": "400 degC",
                           "new_flue_temperature": "120 degC", "o2": "19 %"},
     "flue-gas loss of"),
    ("flue-gas-recovery", {"fuel_input": "1000 MWh", "flue_temperature": "200 degC",
                           "new_flue_temperature": "10 degC", "o2": "3 %"},
     "new_flue_temperature must be above air_temperature"),
    ("flue-gas-loss-composition", {"composition": "CH4=100", "ncv": "50 MJ/kg",
                                   "flue_temperature": "600 degC", "o2": "20 %"},
     "flue-gas loss of"),
    ("motor-replacement", {"power": "10 kW", "hours": "1 h", "efficiency_old": "90 %",
                           "efficiency_new": "100 %"}, "efficiency_new must be below 100 %"),
    ("vsd", {"power": "10 kW", "hours": "1 h", "drive_efficiency": "100 %"},
     "drive_efficiency must be below 100 %"),
    ("condensate-return", {"condensate_flow": "1 t/h", "hours": "1 h",
                           "boiler_efficiency": "111 %"}, "boiler_efficiency must be at most"),
    ("steam-trap", {"pressure": "6 bar", "diameter": "3 mm", "hours": "1 h", "traps": "0"},
     "traps must be at least 1"),
    ("pipe-heat-loss", {"outer_diameter": "50 mm", "surface_temperature": "10 degC",
                        "length": "1 m"}, "surface_temperature must be above ambient"),
    ("condensate-return", {"condensate_flow": "1 t/h", "hours": "1 h",
                           "condensate_temperature": "30 degC", "makeup_temperature": "40 degC"},
     "condensate_temperature must be above makeup_temperature"),
    ("fuel-emissions", {"fuel": "natural_gas", "quantity": "-5 t"}, "quantity cannot be negative"),
    ("air-leak", {"pressure": "7 bar", "diameter": "3 mm", "hours": "-1 h"},
     "hours must be at least 0"),
    ("water-reuse", {"volume": "-3 m3"}, "volume must be greater than 0"),
    ("pipe-heat-loss", {"outer_diameter": "50 mm", "surface_temperature": "100 degC",
                        "length": "-2 m"}, "length must be greater than 0"),
])
def test_impossible_inputs_are_refused_naming_the_parameter(name, given, fragment):
    with pytest.raises(CalcError) as caught:
        run(name, given)
    assert fragment in str(caught.value)


def test_every_physical_quantity_has_a_lower_bound():
    # Negative fuel, flows, hours, lengths ... are refused by each parameter's range
    # (finance's yearly saving may be negative: a cost)
    unbounded = [(calc.name, param.name) for calc in CALCULATORS.values() if calc.name != "finance"
                 for param in calc.params
                 if not param.choices and not param.text and param.low is None]
    assert not unbounded


def test_the_economiser_cannot_save_more_than_the_fuel():
    # Issue 23: at 18 % O2 it "saved" 1,962 MWh of 1,000 MWh; now the saving stays below
    # the input, or the readings are refused
    for o2 in ("3 %", "10 %", "15 %", "18 %"):
        try:
            result = run("flue-gas-recovery", {"fuel_input": "1000 MWh",
                                               "flue_temperature": "220 degC",
                                               "new_flue_temperature": "120 degC", "o2": o2})
        except CalcError:
            continue
        assert 0 < result.results["fuel_energy"].m_as("MWh") < 1000
        assert 0 < result.results["efficiency_before"].m_as("percent") < 100


RECOVERY = {"fuel_input": "1000 MWh", "flue_temperature": "180 degC", "o2": "3 %"}
LEAK = {"pressure": "7 bar", "diameter": "10 mm", "hours": "100 h"}
PIPE = {"outer_diameter": "219 mm", "surface_temperature": "450 degC", "length": "1 m"}


@pytest.mark.parametrize("name, dubious, sound, fragment", [
    ("flue-gas-recovery", {**RECOVERY, "new_flue_temperature": "45 degC"},
     {**RECOVERY, "new_flue_temperature": "90 degC"}, "below the water dew point"),
    ("flue-gas-recovery", {**RECOVERY, "fuel": "fuel_oil", "new_flue_temperature": "100 degC"},
     {**RECOVERY, "fuel": "fuel_oil", "new_flue_temperature": "125 degC"}, "acid dew point"),
    ("flue-gas-loss", {"flue_temperature": "120 degC", "o2": "15 %"},
     {"flue_temperature": "120 degC", "o2": "12 %"}, "times the air"),
    ("condensate-return", {"condensate_flow": "1 t/h", "hours": "1 h",
                           "boiler_efficiency": "105 %"},
     {"condensate_flow": "1 t/h", "hours": "1 h"}, "condensing boiler"),
    ("air-leak", {**LEAK, "capacity": "2 m3/min"}, {**LEAK, "capacity": "20 m3/min"},
     "more than the compressor delivers"),
    ("air-leak", {**LEAK, "compressor_power": "5 kW"}, {**LEAK, "compressor_power": "150 kW"},
     "more than the compressor uses"),
    ("pipe-heat-loss", {**PIPE, "insulation_thickness": "10 mm"},
     {**PIPE, "insulation_thickness": "150 mm"}, "hot enough to burn"),
    ("steam-trap", {"pressure": "0.3 bar", "diameter": "3 mm", "hours": "1 h"},
     {"pressure": "1 bar", "diameter": "3 mm", "hours": "1 h"}, "below sonic speed"),
])
def test_dubious_regions_warn_and_sound_ones_do_not(name, dubious, sound, fragment):
    assert warned(run(name, dubious), fragment)
    assert not run(name, sound).warnings


def test_mazut_has_its_acid_dew_point_near_150_degc():
    # Verhoff & Banchero (1974) with 3 % sulphur: the 130-170 °C of boiler practice
    mazut = run("flue-gas-loss-composition", {"composition": "C=85,H=11,S=3,O=0.5,N=0.5",
                                              "flue_temperature": "140 degC", "o2": "3 %"})
    assert warned(mazut, "acid dew point")
    assert 130 < mazut.results["acid_dew_point"].m_as("degC") < 170


def test_steam_trap_savings_reach_fuel_through_the_boiler():
    result = run("steam-trap", {"pressure": "10 bar", "diameter": "3 mm", "hours": "1000 h",
                                "traps": "6"}).results
    # heat of the steam above 10 °C make-up: h''(11 bar) 2780.7 - 41.9 kJ/kg, per tonne
    per_tonne = result["steam_heat"].m_as("MJ") / result["annual_loss"].m_as("t")
    assert per_tonne == pytest.approx(2780.7 - 41.9, rel=0.002)
    assert result["fuel_energy"].m_as("MWh") == pytest.approx(
        result["steam_heat"].m_as("MWh") / 0.85)
    output = {o.name: o for o in calculator("steam-trap").outputs}["fuel_energy"]
    assert output.saves is not None and output.price == "steam_cost" \
        and output.priced == "annual_loss"


def test_air_leak_saving_is_the_repairable_share_and_only_it_saves_electricity():
    result = run("air-leak", {"pressure": "7 bar", "diameter": "3 mm", "hours": "1000 h"})
    assert result.results["energy"].m_as("kWh") == pytest.approx(
        0.6 * result.results["loss_energy"].m_as("kWh"))
    saving = [o.name for o in calculator("air-leak").outputs if o.saves is not None]
    assert saving == ["energy"]


@settings(max_examples=30, deadline=None)
@given(flue=st.floats(60, 500), drop=st.floats(0.05, 0.9), o2=st.floats(0, 20.9),
       fuel=st.sampled_from(["natural_gas", "fuel_oil", "lpg"]))
def test_flue_gas_recovery_never_saves_more_than_the_fuel(flue, drop, o2, fuel):
    new = 20 + (flue - 20) * (1 - drop)
    try:
        result = run("flue-gas-recovery", {"fuel": fuel, "fuel_input": "1000 MWh",
                                           "flue_temperature": f"{flue} degC",
                                           "new_flue_temperature": f"{new} degC",
                                           "o2": f"{o2} %"}).results
    except CalcError as error:
        assert "flue-gas loss of" in str(error)
        return
    assert 0 <= result["fuel_energy"].m_as("MWh") < 1000
    assert 0 < result["efficiency_before"].m_as("percent") < \
        result["efficiency_after"].m_as("percent") < 100


@settings(max_examples=30, deadline=None)
@given(current=st.floats(1, 12), cut=st.floats(0.05, 0.95), exponent=st.floats(1, 1.4),
       stages=st.integers(1, 3))
def test_pressure_reduction_saves_part_of_the_power_only(current, cut, exponent, stages):
    share = run("compressor-pressure", {"current_pressure": f"{current} bar",
                                        "new_pressure": f"{current * (1 - cut)} bar",
                                        "power": "100 kW", "hours": "1 h",
                                        "stages": f"{stages}",
                                        "polytropic_exponent": f"{exponent}"}).results
    assert 0 < share["saving_share"].m_as("percent") < 100


@settings(max_examples=25, deadline=None)
@given(bar=st.floats(1, 30), mm=st.floats(0.5, 10), hours=st.floats(1, 4000),
       traps=st.integers(1, 10))
def test_doubling_traps_doubles_the_loss_and_more_hours_never_save_less(bar, mm, hours, traps):
    given = {"pressure": f"{bar} bar", "diameter": f"{mm} mm", "hours": f"{hours} h",
             "traps": f"{traps}"}
    base = run("steam-trap", given).results
    doubled = run("steam-trap", {**given, "traps": f"{2 * traps}"}).results
    longer = run("steam-trap", {**given, "hours": f"{hours * 1.5} h"}).results
    assert doubled["annual_loss"].m_as("t") == pytest.approx(2 * base["annual_loss"].m_as("t"))
    assert longer["fuel_energy"] > base["fuel_energy"]
    # the fuel is the steam's heat over the boiler efficiency, never less than that heat
    assert base["fuel_energy"] > base["steam_heat"]


@settings(max_examples=25, deadline=None)
@given(power=st.floats(1, 500), old=st.floats(60, 95), gain=st.floats(0.1, 4.9),
       load=st.floats(10, 125), hours=st.floats(1, 8760))
def test_a_better_motor_saves_less_than_the_old_one_draws(power, old, gain, load, hours):
    result = run("motor-replacement", {"power": f"{power} kW", "load": f"{load} %",
                                       "hours": f"{hours} h", "efficiency_old": f"{old} %",
                                       "efficiency_new": f"{old + gain} %"}).results
    drawn = result["input_old"].m_as("kW") * hours
    assert 0 < result["energy"].m_as("kWh") < drawn


# One sound input set per calculator that runs for some hours a year.
YEARLY = {
    "air-leak": {"pressure": "7 bar", "diameter": "2 mm"},
    "air-leak-share": {"loaded_time": "20 s", "unloaded_time": "40 s",
                       "full_load_power": "55 kW"},
    "compressor-pressure": {"current_pressure": "7 bar", "new_pressure": "6 bar",
                            "power": "55 kW"},
    "heat-recovery": {"power": "55 kW"},
    "steam-trap": {"pressure": "6 bar", "diameter": "3 mm", "traps": "4"},
    "condensate-return": {"condensate_flow": "2 t/h"},
    "pipe-heat-loss": {"outer_diameter": "108 mm", "surface_temperature": "160 degC",
                       "length": "20 m", "insulation_thickness": "50 mm"},
    "motor-replacement": {"power": "30 kW", "efficiency_old": "90 %", "efficiency_new": "93 %"},
    "vsd": {"power": "30 kW"},
    "power-factor": {"power": "200 kW", "power_factor_now": "0.75", "line_losses": "4 kW"},
    "lighting": {"fixtures_now": "50", "power_now": "80 W", "fixtures_new": "50",
                 "power_new": "40 W"},
    "water-leak": {"pressure": "4 bar", "diameter": "2 mm"},
}


def test_every_calculator_with_hours_is_covered():
    with_hours = {calc.name for calc in CALCULATORS.values()
                  if any(param.name == "hours" for param in calc.params)}
    assert with_hours == set(YEARLY)


@settings(max_examples=20, deadline=None)
@given(name=st.sampled_from(sorted(YEARLY)), hours=st.floats(100, 4000), more=st.floats(1, 2))
def test_more_hours_never_save_less_and_savings_scale_with_them(name, hours, more):
    given = {**YEARLY[name], "hours": f"{hours} h"}
    base = run(name, given).results
    longer = run(name, {**given, "hours": f"{hours * more} h"}).results
    for output in calculator(name).outputs:
        if output.saves is not None and output.name in base:
            assert base[output.name].magnitude > 0
            assert longer[output.name].magnitude == pytest.approx(
                base[output.name].magnitude * more, rel=1e-9)
