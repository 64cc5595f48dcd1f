"""Result ranges from input uncertainty (GUM linear propagation)."""

from __future__ import annotations

import pytest

from recp_audit.calc import CalcError, calculator
from recp_audit.calc.uncertainty import result_ranges
from recp_audit.units import registry

Q = registry().Quantity


def test_a_linear_result_moves_by_the_input_uncertainty():
    # energy = power x load x (1/η_old - 1/η_new) x hours: ±10 % of power gives ±10 %
    calc = calculator("motor-replacement")
    inputs = calc.prepare({"power": "100 kW", "hours": "5000 h", "efficiency_old": "90 %",
                           "efficiency_new": "94 %"})
    ranges = result_ranges(calc, inputs, {"power": Q(10, "kW")})
    energy = ranges["energy"]
    assert energy.low.m_as("kWh") == pytest.approx(0.9 * energy.value.m_as("kWh"))
    assert energy.high.m_as("kWh") == pytest.approx(1.1 * energy.value.m_as("kWh"))


def test_independent_uncertainties_add_in_quadrature():
    calc = calculator("flue-gas-loss")
    inputs = calc.prepare({"flue_temperature": "180 degC", "o2": "3 %"})
    temperature = result_ranges(calc, inputs, {"flue_temperature": Q(2, "degC")})
    oxygen = result_ranges(calc, inputs, {"o2": Q(0.2, "percent")})
    both = result_ranges(calc, inputs, {"flue_temperature": Q(2, "degC"),
                                        "o2": Q(0.2, "percent")})

    def half_width(ranges):
        return (ranges["flue_gas_loss"].high - ranges["flue_gas_loss"].value).m_as("percent")
    assert half_width(both) == pytest.approx((half_width(temperature) ** 2
                                              + half_width(oxygen) ** 2) ** 0.5)


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
