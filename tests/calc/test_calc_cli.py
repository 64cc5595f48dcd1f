"""The `recp-audit calc` contract: --list, NAME --help, key=value runs, JSON, one-line errors."""

from __future__ import annotations

import json

import pytest

from recp_audit.cli import main


def run(capsys, *argv):
    status = main(["calc", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_list_names_every_core_calculator(capsys):
    status, out, _ = run(capsys, "--list")
    assert status == 0
    for name in ("air-leak", "steam-trap", "flue-gas-loss", "pipe-heat-loss",
                 "motor-replacement", "vsd", "fuel-emissions", "finance"):
        assert name in out


def test_help_lists_parameters_with_units_and_defaults(capsys):
    status, out, _ = run(capsys, "air-leak", "--help")
    assert status == 0
    assert "pressure" in out and "[bar]" in out and "required" in out
    assert "discharge_coefficient" in out and "default 0.61" in out
    assert "Reference:" in out


def test_json_output_contract(capsys):
    status, out, _ = run(capsys, "air-leak", "pressure=7 bar", "diameter=3", "mm",
                         "hours=6000 h", "specific_power=0.12 kWh/m3", "price=0,25 BYN/kWh",
                         "--json")
    assert status == 0
    data = json.loads(out)
    assert set(data) == {"name", "reference", "inputs", "results", "warnings"}
    assert data["name"] == "air-leak"
    assert data["inputs"]["pressure"] == {"value": 7.0, "unit": "bar"}
    assert data["inputs"]["diameter"] == {"value": 3.0, "unit": "mm"}
    assert set(data["results"]) == {"flow", "annual_volume", "loss_energy", "energy", "cost"}
    assert data["results"]["cost"]["unit"] == "BYN"
    assert data["results"]["energy"]["value"] * 0.25 == pytest.approx(
        data["results"]["cost"]["value"])


def test_text_output_shows_results_with_units(capsys):
    status, out, _ = run(capsys, "finance", "investment=1000 EUR", "annual_saving=300 EUR/year",
                         "lifetime=5 year")
    assert status == 0
    assert "npv = 137.236 EUR" in out and "irr = 15.2382 %" in out


@pytest.mark.parametrize("argv, fragment", [
    (["air-leak", "pressure=7 bar", "diameter=3 mm", "hours=1 h", "size=3"],
     "no parameter \"size\""),
    (["air-leak", "pressure=7 bar", "hours=1 h"], "needs diameter"),
    (["air-leak", "pressure=7 m", "diameter=3 mm", "hours=1 h"], "is length"),
    (["air-leak", "pressure=7 bar", "diameter=-3 mm", "hours=1 h"], "greater than 0 mm"),
    (["flue-gas-loss", "flue_temperature=180 degC", "o2=21 %"], "below 21 %"),
    (["nonsense"], "no calculator \"nonsense\""),
    (["air-leak", "7 bar"], "is not key=value"),
])
def test_each_bad_input_is_one_clear_line(capsys, argv, fragment, english):
    status, out, err = run(capsys, *argv)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and fragment in err
