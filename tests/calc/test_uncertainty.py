"""Result ranges from input uncertainty (Monte Carlo, JCGM 101:2008), checked against
closed forms and an independent plain Monte Carlo written here with numpy."""

from __future__ import annotations

import numpy as np
import pytest

from recp_audit.calc import CalcError, calculator
from recp_audit.calc.core import Calculator, Output, Param
from recp_audit.calc.uncertainty import result_ranges
from recp_audit.units import registry

Q = registry().Quantity
PARAMS = (Param("a", "m", "a"), Param("b", "m", "b"))
OUTPUTS = (Output("ratio", "", "ratio"), Output("total", "m", "total"))
runs = []


def on_arrays(a, b):
    runs.append(1)
    return {"ratio": a / b, "total": a + b}


def on_scalars(a, b):
    if a.magnitude < 0:  # a check written for one number: refuses arrays
        raise ValueError
    return on_arrays(a, b)


ARRAYS = Calculator("ratio", "ratio", "test", PARAMS, OUTPUTS, on_arrays)
SCALARS = Calculator("ratio", "ratio", "test", PARAMS, OUTPUTS, on_scalars)


def reference(formula, *spreads, size=1_000_000):
    """The 95 % interval of `formula` of uniform inputs (centre, ±), by plain Monte Carlo."""
    rng = np.random.default_rng(7)
    drawn = [rng.uniform(centre - spread, centre + spread, size) for centre, spread in spreads]
    return np.quantile(formula(*drawn), [0.025, 0.975])


def ratio_ranges(calc):
    inputs = calc.prepare({"a": "10 m", "b": "4 m"})
    return result_ranges(calc, inputs, {"a": Q(1, "m"), "b": Q(1, "m")})


def test_a_non_linear_result_gets_the_asymmetric_range_of_a_plain_monte_carlo():
    low, high = reference(lambda a, b: a / b, (10, 1), (4, 1))  # 1.87 ... 3.49 around 2.5
    ratio = ratio_ranges(ARRAYS)["ratio"]
    assert ratio.low.m_as("") == pytest.approx(low, rel=5e-3)
    assert ratio.high.m_as("") == pytest.approx(high, rel=5e-3)
    assert (ratio.high - ratio.value) > 1.3 * (ratio.value - ratio.low)


def test_the_leak_range_follows_flow_proportional_to_d2_and_absolute_pressure():
    # the demo dairy's leaks: 2 ± 0.5 mm at 7.5 ± 0.2 bar; choked flow ∝ d² x (p + pa)
    calc = calculator("air-leak")
    inputs = calc.prepare({"pressure": "7.5 bar", "diameter": "2 mm", "leaks": "12",
                           "hours": "8000 h"})
    flow = result_ranges(calc, inputs, {"pressure": Q(0.2, "bar"),
                                        "diameter": Q(0.5, "mm")})["flow"]
    low, high = reference(lambda d, p: (d / 2) ** 2 * (p + 1.01325) / (7.5 + 1.01325),
                          (2, 0.5), (7.5, 0.2))  # -41.9 % ... +53.1 %
    assert (flow.low / flow.value).m_as("") == pytest.approx(low, abs=3e-3)
    assert (flow.high / flow.value).m_as("") == pytest.approx(high, abs=3e-3)


def test_a_linear_result_stays_symmetric_with_the_coverage_of_its_closed_form():
    # a ± 1 m plus b ± 2 m is trapezoidal: 95 % within ±(3 - √0.4) m = ±2.3675 m
    total = result_ranges(ARRAYS, ARRAYS.prepare({"a": "10 m", "b": "4 m"}),
                          {"a": Q(1, "m"), "b": Q(2, "m")})["total"]
    assert (total.high - total.value).m_as("m") == pytest.approx(3 - 0.4 ** 0.5, rel=1e-2)
    assert (total.value - total.low).m_as("m") == pytest.approx(
        (total.high - total.value).m_as("m"), rel=1e-9)


def test_one_linear_input_spans_95_percent_of_its_plus_minus():
    # energy ∝ power: a rectangular ±10 % of power gives 95 % of the results within ±9.5 %
    calc = calculator("motor-replacement")
    inputs = calc.prepare({"power": "100 kW", "hours": "5000 h", "efficiency_old": "90 %",
                           "efficiency_new": "94 %"})
    energy = result_ranges(calc, inputs, {"power": Q(10, "kW")})["energy"]
    assert energy.low.m_as("kWh") == pytest.approx(0.905 * energy.value.m_as("kWh"))
    assert energy.high.m_as("kWh") == pytest.approx(1.095 * energy.value.m_as("kWh"))


def test_ranges_are_reproducible_and_alike_on_arrays_or_per_run():
    first, again = ratio_ranges(ARRAYS), ratio_ranges(ARRAYS)
    per_run = ratio_ranges(SCALARS)
    for name in first:
        assert (first[name].low, first[name].high) == (again[name].low, again[name].high)
        assert per_run[name].low.m == pytest.approx(first[name].low.m, rel=1e-12)
        assert per_run[name].high.m == pytest.approx(first[name].high.m, rel=1e-12)


def test_a_calculator_runs_on_a_small_grid_only():
    runs.clear()
    ratio_ranges(SCALARS)
    assert len(runs) == 1 + 25  # the nominal run and 5 x 5 grid points


def test_a_temperature_uncertainty_is_a_difference_in_any_scale():
    calc = calculator("flue-gas-loss")
    inputs = calc.prepare({"flue_temperature": "180 degC", "o2": "3 %"})
    celsius = result_ranges(calc, inputs, {"flue_temperature": Q(1, "degC")})
    fahrenheit = result_ranges(calc, inputs, {"flue_temperature": Q(1.8, "degF")})
    assert celsius["flue_gas_loss"].high.m_as("percent") == pytest.approx(
        fahrenheit["flue_gas_loss"].high.m_as("percent"))
    assert celsius["flue_gas_loss"].high > celsius["flue_gas_loss"].value


def test_an_uncertainty_of_a_missing_input_is_refused():
    calc = calculator("air-leak")
    inputs = calc.prepare({"pressure": "7 bar", "diameter": "3 mm", "hours": "100 h"})
    with pytest.raises(CalcError, match="price"):
        result_ranges(calc, inputs, {"price": Q(0.01, "BYN/kWh")})


def test_a_result_the_uncertain_inputs_do_not_touch_has_no_range():
    calc = calculator("vsd")  # the share saved follows from the flow profile, not the power
    inputs = calc.prepare({"power": "55 kW", "hours": "6000 h"})
    share = result_ranges(calc, inputs, {"power": Q(2, "kW")})["saving_share"]
    assert share.low == share.value == share.high
