"""The register's totals a funder can check (issue 23): every saving priced from the
calculation's own price, else the audit's tariff, else shown "not priced"; options on one
equipment applied in sequence; savings beyond the baseline flagged; a manual fuel saving
converted with the calculation's own heating value; IRR in percent. The demo's options
are re-priced and checked against hand calculations."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from recp_audit.calc import CALCULATORS
from recp_audit.calc.core import Calculator, Output, Param
from recp_audit.calc.factors import default_factors
from recp_audit.calc.finance import FINANCE
from recp_audit.choices import ResourceKind
from recp_audit.model import Audit, Enterprise
from recp_audit.services import baseline, options, records
from recp_audit.services.options_report import options_summary
from recp_audit.units import registry

# MWh per m³ of natural gas as the shipped factors give it (31.8 MJ/m³ when these hand
# calculations were written; the figures below are computed through it)
GAS_M3 = default_factors().energy("natural_gas", registry().Quantity(1, "m**3")).m_as("MWh")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo workspace, read by every test here (none changes it)."""
    from recp_audit.services.demo import write_demo

    ws = write_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    yield ws
    ws.close()


def audit_of(workspace, nace: str):
    with workspace.session() as session:
        return session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == nace))


def option(infos, calculator: str):
    return next(info for info in infos if info.calculator == calculator)


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Plant"})
    return records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "RECP",
                                             "currency": "BYN"})


def calculated(workspace, audit, name, inputs, **values):
    made = options.create_option(workspace, audit, {"title": name, "status": "proposed",
                                                    **values})
    options.set_calculation(workspace, made, name, inputs)
    return next(info for info in options.options(workspace, audit) if info.id == made)


def test_condensate_return_prices_the_gas_by_the_tariff_and_the_water_by_its_own_price(demo):
    # Precast plant: 2 t/h × 5200 h = 10 400 t of condensate at 78 °C (measured) instead of
    # make-up water at 10 °C: heat = 10 400 000 kg × 4.186 kJ/(kg K) × 68 K = 822.3 MWh,
    # fuel = 822.3 / 0.85 = 967.4 MWh. No fuel price was typed: the audit's gas tariff,
    # 0.58 BYN/m³ at 31.8 MJ/m³: 967.4 / 0.008833 = 109 521 m³ × 0.58 = 63 522 BYN.
    # The water price typed in the calculation: 10 400 m³ × 0.9 = 9 360 BYN.
    # Together 72 882 BYN (the register said 9 360, leaving the gas out); payback
    # 26 000 / 72 882 = 0.357 years (was 2.78).
    info = option(options.options(demo, audit_of(demo, "23.61")), "condensate-return")
    gas, water = info.items
    assert gas.kind == ResourceKind.NATURAL_GAS and gas.amount.m_as("MWh") == pytest.approx(
        967.4, abs=0.1)
    assert gas.basis == options.BY_TARIFF and gas.money == pytest.approx(
        967.43 / GAS_M3 * 0.58, rel=1e-4)
    assert water.basis == options.BY_CALCULATION and water.money == pytest.approx(9_360)
    money = info.money.m_as("BYN")
    assert money == pytest.approx(967.43 / GAS_M3 * 0.58 + 9_360, rel=1e-4)
    assert 68_000 <= money <= 73_000  # 72 882 at 31.8 MJ/m³, 69 087 at 33.82 MJ/m³
    assert info.payback == pytest.approx(26_000 / money) and info.payback < 0.4
    assert not info.partial


def test_the_insulation_calculators_heat_price_is_used(workspace, audit):
    # The dairy's DN100 steam pipe: 36.17 MWh of heat a year. Without a price the heat is
    # priced at the gas tariff one to one: 36.17 / 0.008833 m³ × 0.58 = 2 375 BYN. With the
    # calculator's own heat price 120 BYN/Gcal: 36.17 MWh / 1.163 MWh/Gcal = 31.10 Gcal
    # × 120 = 3 732 BYN (the register used to ignore it and say 2 375).
    baseline.set_tariff(workspace, audit, ResourceKind.NATURAL_GAS, "", 0.58, "m**3")
    pipe = {"outer_diameter": "108 mm", "surface_temperature": "99 °C", "length": "14 m",
            "hours": "8000 h", "insulation_thickness": "50 mm"}
    alone = calculated(workspace, audit, "pipe-heat-loss", pipe)
    heat = alone.savings[ResourceKind.HEAT].m_as("MWh")
    assert heat == pytest.approx(36.17, abs=0.01)
    assert alone.items[0].basis == options.BY_FUEL_TARIFF
    assert alone.money.m_as("BYN") == pytest.approx(heat / GAS_M3 * 0.58)
    priced = calculated(workspace, audit, "pipe-heat-loss", {**pipe,
                                                             "heat_price": "120 BYN/Gcal"})
    assert priced.items[0].basis == options.BY_CALCULATION
    assert priced.money.m_as("BYN") == pytest.approx(heat / 1.163 * 120) == pytest.approx(
        3_732, abs=1)
    assert priced.money.m_as("BYN") == pytest.approx(priced.results["cost_saving"].m_as("BYN"))


def test_heat_is_priced_by_its_own_tariff_in_the_users_unit(workspace, audit):
    baseline.set_tariff(workspace, audit, ResourceKind.HEAT, "", 95, "Gcal")
    info = calculated(workspace, audit, "pipe-heat-loss", {
        "outer_diameter": "108 mm", "surface_temperature": "99 °C", "length": "14 m",
        "hours": "8000 h", "insulation_thickness": "50 mm"})
    heat = info.savings[ResourceKind.HEAT].m_as("Gcal")
    assert info.items[0].basis == options.BY_TARIFF
    assert info.money.m_as("BYN") == pytest.approx(heat * 95)


def test_a_saving_without_price_or_tariff_is_shown_not_priced_and_the_money_partial(
        workspace, audit):
    # Condensate return with a water price only and no gas tariff: the water is money, the
    # gas is "not priced", and payback and NPV rest on the water alone (marked partial).
    info = calculated(workspace, audit, "condensate-return", {
        "condensate_flow": "2 t/h", "hours": "5200 h", "condensate_temperature": "78 °C",
        "water_price": "0.9 BYN/m3"}, investment=26_000)
    assert info.unpriced == [ResourceKind.NATURAL_GAS] and info.partial
    assert info.money.m_as("BYN") == pytest.approx(9_360)
    assert info.payback == pytest.approx(26_000 / 9_360)
    summary = options_summary(workspace, audit)
    shown = summary["options"][0]
    assert shown["not_priced"] == ["natural_gas"] and shown["partial"]
    assert summary["totals"]["not_priced"] == ["natural_gas"]


def test_reactive_energy_is_money_only_and_an_expense_is_subtracted(workspace, audit):
    compensation = calculated(workspace, audit, "power-factor", {
        "power": "90 kW", "power_factor_now": "0.72", "hours": "4200 h",
        "line_losses": "3.5 kW", "price": "0.29 BYN/kWh", "reactive_price": "0.05 BYN/(kvar*h)"})
    results = compensation.results
    assert list(compensation.savings) == [ResourceKind.ELECTRICITY]  # reactive energy is no
    assert compensation.money.m_as("BYN") == pytest.approx(  # resource, only money
        results["energy"].m_as("kWh") * 0.29 + results["reactive_energy"].m_as("kvar*h") * 0.05)
    # 18 000 m³ reused: 18 000 × (0.41 + 1.95) saved less 18 000 × 0.3 for treating it
    reuse = calculated(workspace, audit, "water-reuse", {
        "volume": "18000 m3", "intake_price": "0.41 BYN/m3", "discharge_price": "1.95 BYN/m3",
        "treatment_cost": "0.3 BYN/m3"})
    assert reuse.money.m_as("BYN") == pytest.approx(18_000 * (0.41 + 1.95 - 0.3))


def test_a_calculation_price_in_another_currency_falls_back_to_the_tariff(workspace, audit):
    baseline.set_tariff(workspace, audit, ResourceKind.ELECTRICITY, "", 0.3, "kWh")
    info = calculated(workspace, audit, "air-leak", {
        "pressure": "7 bar", "diameter": "3 mm", "hours": "6000 h", "price": "0.1 EUR/kWh"})
    assert info.items[0].basis == options.BY_TARIFF
    assert info.money.m_as("BYN") == pytest.approx(
        info.savings[ResourceKind.ELECTRICITY].m_as("kWh") * 0.3)
    assert any("EUR" in str(problem) for problem in info.problems)


def test_savings_follow_the_declarations_of_any_calculator(workspace, audit, monkeypatch):
    # A steam-trap calculation declaring the fuel it saves (saves=NATURAL_GAS) and the
    # steam it prices: the register follows the declaration to fuel, money and CO2e.
    ureg = registry()

    def traps(traps, steam_cost):
        steam = ureg.Quantity(50 * traps.m_as(""), "t")
        return {"annual_loss": steam, "fuel_energy": (steam * ureg.Quantity(0.8, "MWh/t"))}

    fake = Calculator("fake-traps", "traps", "test", (
        Param("traps", "", "traps", default="1", low=1),
        Param("steam_cost", "¤/t", "cost of steam", optional=True)), (
        Output("annual_loss", "t", "steam lost"),
        Output("fuel_energy", "MWh", "fuel", saves=ResourceKind.NATURAL_GAS,
               price="steam_cost", priced="annual_loss")), traps)
    monkeypatch.setitem(CALCULATORS, fake.name, fake)
    baseline.set_tariff(workspace, audit, ResourceKind.NATURAL_GAS, "", 0.58, "m**3")
    # 6 traps × 50 t = 300 t of steam, 240 MWh of gas; at 52 BYN/t of steam: 15 600 BYN
    priced = calculated(workspace, audit, "fake-traps", {"traps": "6", "steam_cost": "52 BYN/t"})
    assert priced.savings[ResourceKind.NATURAL_GAS].m_as("MWh") == pytest.approx(240)
    assert priced.money.m_as("BYN") == pytest.approx(15_600)
    assert priced.co2e.m_as("t") == pytest.approx(240 * 3.6 * 56.1 / 1000, rel=0.01)
    tariffed = calculated(workspace, audit, "fake-traps", {"traps": "6"})
    assert tariffed.money.m_as("BYN") == pytest.approx(240 / GAS_M3 * 0.58)
    total = options.totals([priced], "BYN")
    assert total.savings[ResourceKind.NATURAL_GAS].m_as("MWh") == pytest.approx(240)


def test_the_demo_steam_traps_reach_fuel_and_co2e_counted_six_times(demo):
    info = option(options.options(demo, audit_of(demo, "23.61")), "steam-trap")
    # By hand: Napier W = Cd A P / 70 lb/s with Cd 0.72 (DOE Steam Tip Sheet 1), 3 mm
    # (0.010956 in²) at 6 bar(g) = 101.72 psia: 41.27 lb/h = 18.72 kg/h a trap; 6 traps x
    # 5,200 h = 584.0 t; at 52 BYN/t 30,369 BYN. Fuel: (h'' 2,763 - 42 kJ/kg make-up at
    # 10 °C) x 584.0 t = 441.4 MWh of heat, / 0.85 boiler = 519.3 MWh of gas.
    assert info.money.m_as("BYN") == pytest.approx(30_369, rel=0.005)
    assert info.savings[ResourceKind.NATURAL_GAS].m_as("MWh") == pytest.approx(519.3, rel=0.01)
    assert info.co2e.m_as("t") > 0 and not info.partial


def test_the_demo_dairy_compressor_group_is_applied_in_sequence(demo):
    # Compressor K-2, logged at 50.92 kW × 8000 h = 407.36 MWh a year (the group's base).
    # Checked by hand (December 2026 calculators, gas at 33.82 MJ/m³ and 0.58 BYN/m³):
    #   1. leak repair saves the repairable 60 % of 12 × 2 mm at 7.5 bar: L = 79.58 MWh,
    #      × 0.29 BYN/kWh = 23 078 BYN; share 79.58 / 407.36 = 0.19536
    #   2. 7.5 -> 6.5 bar, oil-injected screw (n = 1.12): 6.522 % of 50.92 kW × 8000 h =
    #      26.57 MWh = 7 704 BYN alone; it works on the 80.464 % the leaks leave:
    #      7 704 × 0.80464 = 6 199 BYN; its own share 0.06522
    #   3. heat recovery: 75 % of the input as heat, / 0.88 = 347.2 MWh of gas = 21 435 BYN
    #      alone; it recovers heat from the power left, 0.80464 × 0.93478 = 0.75216:
    #      16 123 BYN.
    # Alone 23 078 + 7 704 + 21 435 = 52 217 BYN; in sequence 23 078 + 6 199 + 16 123 =
    # 45 401 BYN. The checks below also recompute this from the members' own savings.
    audit = audit_of(demo, "10.51")
    infos = options.options(demo, audit)
    group = next(group for group in options.groups(infos) if group.name == "Компрессор К-2")
    assert [info.calculator for info in group.members] == [
        "air-leak", "compressor-pressure", "heat-recovery"]
    base = 50.92 * 8000 / 1000
    assert group.base.m_as("MWh") == pytest.approx(base, abs=0.05) and group.kind == \
        ResourceKind.ELECTRICITY
    leak, pressure, recovery = group.members
    saved = [info.savings[ResourceKind.ELECTRICITY].m_as("MWh") for info in (leak, pressure)]
    first, second = (amount / group.base.m_as("MWh") for amount in saved)
    assert group.remaining == pytest.approx([1, 1 - first, (1 - first) * (1 - second)])
    money = [info.money.m_as("BYN") for info in group.members]
    assert money[1] == pytest.approx(saved[1] * 1000 * 0.29)  # the calculation's price
    assert money[2] == pytest.approx(  # gas through its heating value at the gas tariff
        recovery.savings[ResourceKind.NATURAL_GAS].m_as("MWh") / GAS_M3 * 0.58)
    together = money[0] + money[1] * (1 - first) + money[2] * (1 - first) * (1 - second)
    assert group.money(interacting=False) == pytest.approx(sum(money))
    assert group.money() == pytest.approx(together)
    assert (group.money(interacting=False), group.money()) == (
        pytest.approx(52_217, rel=0.002), pytest.approx(45_401, rel=0.002))  # by hand
    total = options.totals(infos, "BYN")
    assert total.money_alone - total.money == pytest.approx(sum(money) - together)
    electricity = total.savings[ResourceKind.ELECTRICITY].m_as("MWh")
    alone = sum(info.savings[ResourceKind.ELECTRICITY].m_as("MWh") for info in infos
                if info.selected and ResourceKind.ELECTRICITY in info.savings)
    assert alone - electricity == pytest.approx(saved[1] * first)  # the pressure's overlap


def test_a_group_counts_only_selected_options_before_and_needs_its_base(workspace, audit):
    baseline.set_tariff(workspace, audit, ResourceKind.ELECTRICITY, "", 0.3, "kWh")
    leak = {"pressure": "7 bar", "diameter": "3 mm", "hours": "6000 h"}
    first = calculated(workspace, audit, "air-leak", leak, group_name="K-1", group_order=1)
    second = calculated(workspace, audit, "compressor-pressure", {
        "current_pressure": "7 bar", "new_pressure": "6 bar", "power": "40 kW",
        "hours": "6000 h"}, group_name="K-1", group_order=2)
    group = options.groups(options.options(workspace, audit))[0]
    assert group.remaining == [1, 1] and "no annual use" in str(group.problems[0])
    options.update_option(workspace, first.id, {"group_base": "240 MWh"})
    group = options.groups(options.options(workspace, audit))[0]
    share = first.savings[ResourceKind.ELECTRICITY].m_as("MWh") / 240
    assert group.remaining == pytest.approx([1, 1 - share])
    options.update_option(workspace, first.id, {"status": "rejected"})
    group = options.groups(options.options(workspace, audit))[0]
    assert group.remaining == [1, 1]  # a rejected option leaves the base as it is
    assert second.id == group.members[1].id
    with pytest.raises(Exception, match="not an amount with its unit"):
        options.update_option(workspace, first.id, {"group_base": "lots"})


def test_savings_beyond_the_baseline_use_are_flagged(workspace, audit):
    # The baseline burns 1 000 m³ of gas a month: 12 000 m³ × 31.8 MJ/m³ = 106 MWh a year;
    # returning condensate saves 967 MWh of fuel, which cannot be.
    for month in range(1, 13):
        baseline.add_entry(workspace, audit, {"kind": "natural_gas", "month": f"2025-{month:02d}",
                                              "quantity": 1000, "unit": "m3"})
    calculated(workspace, audit, "condensate-return", {
        "condensate_flow": "2 t/h", "hours": "5200 h", "condensate_temperature": "78 °C"})
    infos = options.options(workspace, audit)
    total = options.audit_totals(workspace, audit, infos, "BYN")
    [(kind, saved, use)] = total.excess
    assert kind == ResourceKind.NATURAL_GAS and use.m_as("MWh") == pytest.approx(12_000 * GAS_M3)
    assert saved.m_as("MWh") == pytest.approx(967.4, abs=0.1)
    assert options_summary(workspace, audit)["totals"]["above_baseline"][0]["resource"] == \
        "natural_gas"


def test_a_manual_fuel_saving_is_converted_with_the_calculations_heating_value(demo):
    # Sawmill: 95 t of wood chips saved by tuning the boiler, whose flue-gas calculation
    # from the chips' composition (45 % moisture) gives a net calorific value of about
    # 9.07 MJ/kg: 95 000 kg × 9.07 MJ/kg = 239 MWh, not 95 t × 15.6 GJ/t = 412 MWh (the
    # shipped dry-wood value). The money stays 95 t × 45 BYN/t = 4 275 BYN.
    info = option(options.options(demo, audit_of(demo, "16.11")),
                  "flue-gas-loss-composition")
    [wood] = info.items
    ncv = info.results["ncv"].m_as("MJ/kg")
    assert ncv == pytest.approx(9.07, abs=0.05)
    assert wood.ncv_note == "calculation" and wood.ncv.m_as("MJ/kg") == pytest.approx(ncv)
    assert wood.amount.m_as("MWh") == pytest.approx(95_000 * ncv / 3600)
    assert wood.money == pytest.approx(4_275) and wood.typed.m_as("t") == 95


def test_irr_is_in_percent_as_the_finance_calculator_gives_it(workspace, audit):
    info = calculated(workspace, audit, "air-leak", {
        "pressure": "7 bar", "diameter": "3 mm", "hours": "6000 h", "price": "0.25 BYN/kWh"},
        investment=5_000, lifetime=5)
    annual = info.money.m_as("BYN")
    expected = FINANCE.run({"investment": "5000 BYN", "annual_saving": f"{annual} BYN/year",
                            "lifetime": "5 year"}).results["irr"].m_as("percent")
    assert info.irr == pytest.approx(expected, rel=1e-6)
    summary = options_summary(workspace, audit)
    assert summary["options"][0]["irr_percent"] == pytest.approx(expected, rel=1e-6)


def test_group_fields_are_versioned_fields_of_the_option(workspace, audit):
    from recp_audit.model import Option

    made = options.create_option(workspace, audit, {"title": "Leaks", "group_name": "K-2",
                                                    "group_order": 1, "group_base": "407 MWh"})
    values = records.values_of(workspace, Option, made)
    assert (values["group_name"], values["group_order"], values["group_base"]) == (
        "K-2", 1, "407 MWh")
    info = options.options(workspace, audit)[0]
    assert (info.group, info.group_order, info.group_base) == ("K-2", 1, "407 MWh")


def test_group_fields_survive_a_merge_field_by_field(workspace, audit, tmp_path):
    from recp_audit.model import Option
    from recp_audit.services import merge

    from tests.merge.helpers import copy_of, edit

    made = options.create_option(workspace, audit, {"title": "Leaks", "group_name": "K-2"})
    colleague = copy_of(workspace, tmp_path / "colleague.sqlite")
    edit(colleague, lambda other: options.update_option(other, made, {"group_base": "407 MWh"}))
    options.update_option(workspace, made, {"group_order": 1})
    (receipt,) = merge.merge(workspace, [colleague], backup_dir=tmp_path)
    assert receipt.outcome.rejected == [] and merge.conflicts(workspace) == []
    values = records.values_of(workspace, Option, made)
    assert (values["group_name"], values["group_order"], values["group_base"]) == (
        "K-2", 1, "407 MWh")


def test_the_cli_lists_unpriced_savings_groups_and_excess(workspace, audit, tmp_path, capsys):
    import json

    from recp_audit.cli import main

    baseline.add_entry(workspace, audit, {"kind": "natural_gas", "month": "2025-01",
                                          "quantity": 1000, "unit": "m3"})
    calculated(workspace, audit, "condensate-return", {
        "condensate_flow": "2 t/h", "hours": "5200 h", "condensate_temperature": "78 °C",
        "water_price": "0.9 BYN/m3"}, group_name="Boiler", group_base="26500 MWh")
    path = workspace.path
    assert main(["options", str(path), "--audit", str(audit)]) == 0
    out = capsys.readouterr().out
    assert ">= 9,360 BYN/yr  (not priced: natural_gas)" in out
    assert "Group Boiler: 1 options, 9,360 BYN/yr applied in sequence" in out
    assert "Not priced (the money is a lower bound): natural_gas" in out
    assert "Warning: natural_gas saved 967 MWh/yr is more than the baseline use" in out
    assert main(["options", str(path), "--audit", str(audit), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["groups"][0]["money_together"] == pytest.approx(9_360)
    assert summary["options"][0]["priced"][1]["basis"] == "calculation"


def test_the_money_range_scales_each_saving_by_its_own_range(workspace, audit):
    # The condensate temperature's ± moves the gas saved, not the water: only the gas
    # money spreads.
    baseline.set_tariff(workspace, audit, ResourceKind.NATURAL_GAS, "", 0.58, "m**3")
    made = options.create_option(workspace, audit, {"title": "Condensate"})
    options.set_calculation(workspace, made, "condensate-return", {
        "condensate_flow": "2 t/h", "hours": "5200 h", "condensate_temperature": "78 °C",
        "water_price": "0.9 BYN/m3"}, {"condensate_temperature": "1.5 °C"})
    info = options.options(workspace, audit)[0]
    gas = info.items[0]
    low, high = info.money_range
    fuel = info.results["fuel_energy"]
    fuel_low, fuel_high = (bound.m_as(fuel.units) / fuel.magnitude
                           for bound in info.ranges["fuel_energy"])
    assert low == pytest.approx(9_360 + gas.money * fuel_low)
    assert high == pytest.approx(9_360 + gas.money * fuel_high)


def test_a_fractional_lifetime_is_passed_to_the_appraisal_as_it_is(workspace, audit):
    from recp_audit.calc.finance import npv

    info = calculated(workspace, audit, "air-leak", {
        "pressure": "7 bar", "diameter": "3 mm", "hours": "6000 h", "price": "0.25 BYN/kWh"},
        investment=5_000, lifetime=2.5)
    annual = info.money.m_as("BYN")
    assert info.npv == pytest.approx(npv(5_000, annual, 2.5, 0.1))
    assert npv(5_000, annual, 2, 0.1) < info.npv < npv(5_000, annual, 3, 0.1)
