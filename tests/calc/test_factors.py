"""Heating values per m³ of natural gas: the typical default, the GOST minimum, an audit's
certificate value, and what the report's factor table says about each."""

from __future__ import annotations

import pytest

from recp_audit.calc import calculator
from recp_audit.calc.factors import default_factors
from recp_audit.units import registry

Q = registry().Quantity
TCE = Q(7000, "international_calorie") * 1000  # 1 kg of standard fuel, net


def gas_row(factors):
    return next(row for row in factors.used(["natural_gas"]) if row["name"] == "Natural gas")


def burn(factors, amount="1000 m3"):
    return calculator("fuel-emissions").run({"fuel": "natural_gas", "quantity": amount},
                                            factors=factors).results


def test_the_default_is_the_statistical_heating_value_of_supplied_gas():
    # Rosstat calorific equivalent: 1.154 t of standard fuel per 1000 m³ = 8078 kcal/m³
    per_m3 = default_factors().fuel("natural_gas").ncv_volume
    assert per_m3.m_as("MJ/m**3") == pytest.approx((1.154 * TCE).m_as("MJ"), rel=1e-3)
    # 1000 m³: 9.39 MWh and 1.90 t CO2e (31.8 MJ/m³ gave 8.83 MWh and 1.79 t)
    results = burn(default_factors())
    assert results["energy"].m_as("MWh") == pytest.approx(9.394, abs=1e-3)
    assert results["co2e"].m_as("t") == pytest.approx(33.82 * (56.1e-3 + 28e-6 + 0.1e-6 * 265),
                                                      rel=1e-4)


def test_the_report_says_which_heating_value_and_where_it_comes_from():
    row = gas_row(default_factors())
    assert "33.82 MJ/m³ = 8078 kcal/m³ (net, per m³ at 20 °C and 101.325 kPa)" in row["value"]
    assert "typical of the gas supplied in Belarus" in row["source"]
    assert "Rosstat" in row["source"] and "changed for this audit" not in row["source"]


def test_the_gost_minimum_is_offered_as_the_conservative_choice():
    factors = default_factors()
    gost = factors.with_overrides({"fuels": {"natural_gas": factors.alternatives("natural_gas")[0]}})
    per_m3 = gost.fuel("natural_gas").ncv_volume  # GOST 5542-2014: at least 7600 kcal/m³
    assert per_m3.m_as("international_calorie/m**3") == pytest.approx(7600e3, rel=1e-3)
    assert burn(gost)["energy"].m_as("MWh") == pytest.approx(8.833, abs=1e-3)
    row = gas_row(gost)
    assert "31.8 MJ/m³ = 7595 kcal/m³" in row["value"]
    assert "changed for this audit: ncv_volume 31.8 MJ/m**3: GOST 5542-2014" in row["source"]
    assert "typical of the gas" not in row["source"]


def test_a_certificate_value_is_used_and_reported_with_its_source():
    certificate = {"ncv_volume": "34.12 MJ/m3",
                   "ncv_volume_source": "gas quality passport No. 118, Minsk GDS, March 2026"}
    audit = default_factors().with_overrides({"fuels": {"natural_gas": certificate}})
    assert burn(audit)["energy"].m_as("GJ") == pytest.approx(34.12)
    row = gas_row(audit)
    assert "34.12 MJ/m³ = 8149 kcal/m³" in row["value"]
    assert row["source"].endswith("changed for this audit: ncv_volume 34.12 MJ/m3: "
                                  "gas quality passport No. 118, Minsk GDS, March 2026")
    assert default_factors().fuel("natural_gas").ncv_volume.m_as("MJ/m**3") == 33.82


def test_a_value_changed_without_a_source_does_not_keep_the_shipped_one():
    audit = default_factors().with_overrides({"fuels": {"natural_gas": {"ncv_volume":
                                                                          "34 MJ/m**3"}}})
    assert audit.fuel("natural_gas").ncv_volume_source == ""
    assert "ncv_volume 34 MJ/m**3: source not given" in gas_row(audit)["source"]
