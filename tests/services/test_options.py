"""The options register: calculations stored with options, savings per resource, money from
results or tariffs, CO2e, appraisal, ranges, totals, and the RECP indicators."""

from __future__ import annotations

import pytest

from recp_audit.calc import CalcError
from recp_audit.choices import OptionStatus, ResourceKind
from recp_audit.model import Audit, Enterprise, Option
from recp_audit.services import baseline, options, records
from recp_audit.services.indicators import indicators


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Dairy"})
    return records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "RECP",
                                             "currency": "BYN"})


def leak_option(workspace, audit, **values):
    option = options.create_option(workspace, audit, {"title": "Fix air leaks",
                                                      "status": "proposed", **values})
    options.set_calculation(workspace, option, "air-leak",
                            {"pressure": "7 bar", "diameter": "3 mm", "leaks": "5",
                             "hours": "6000 h", "price": "0.25 BYN/kWh"},
                            {"pressure": "0.2 bar", "diameter": "0.5 mm"},
                            {"pressure": "Compressor K-2: reading mean"})
    return option


def test_a_calculation_is_stored_with_the_option(workspace, audit):
    option = leak_option(workspace, audit, investment=1500)
    info = options.options(workspace, audit)[0]
    assert info.calculator == "air-leak" and info.inputs["pressure"] == "7 bar"
    assert info.sources == {"pressure": "Compressor K-2: reading mean"}
    energy = info.savings[ResourceKind.ELECTRICITY].m_as("kWh")
    assert energy == pytest.approx(info.results["energy"].m_as("kWh"))
    assert info.money.m_as("BYN") == pytest.approx(energy * 0.25)
    assert info.payback == pytest.approx(1500 / (energy * 0.25))
    assert info.co2e.m_as("t") == pytest.approx(energy * 0.4 / 1000)  # 400 g/kWh
    low, high = info.money_range
    assert low < info.money.m_as("BYN") < high
    assert option == info.id


def test_a_refused_input_leaves_the_option_as_it_was(workspace, audit):
    option = leak_option(workspace, audit)
    with pytest.raises(CalcError, match="diameter must be greater than 0 mm"):
        options.set_calculation(workspace, option, "air-leak",
                                {"pressure": "7 bar", "diameter": "-1 mm", "hours": "10 h"})
    assert options.options(workspace, audit)[0].inputs["diameter"] == "3 mm"


def test_money_comes_from_tariffs_when_the_calculation_has_no_price(workspace, audit):
    baseline.set_tariff(workspace, audit, ResourceKind.ELECTRICITY, "", 0.3, "kWh")
    option = options.create_option(workspace, audit, {"title": "Motor", "status": "accepted",
                                                      "investment": 4000})
    options.set_calculation(workspace, option, "motor-replacement",
                            {"power": "75 kW", "hours": "6000 h", "efficiency_old": "91 %",
                             "efficiency_new": "94 %"})
    info = options.options(workspace, audit)[0]
    assert info.money.m_as("BYN") == pytest.approx(
        info.savings[ResourceKind.ELECTRICITY].m_as("kWh") * 0.3)
    assert info.npv is not None and info.irr is not None


def test_an_option_without_tariff_or_price_says_why_it_has_no_money(workspace, audit):
    option = options.create_option(workspace, audit, {"title": "Insulate", "status": "proposed"})
    options.set_calculation(workspace, option, "pipe-heat-loss",
                            {"outer_diameter": "89 mm", "surface_temperature": "150 degC",
                             "length": "40 m", "insulation_thickness": "60 mm"})
    info = options.options(workspace, audit)[0]
    assert info.money is None and info.unpriced == [ResourceKind.HEAT] and info.partial
    assert "Heat saved is not priced" in str(info.problems[0])
    assert info.savings[ResourceKind.HEAT].m_as("MWh") > 0
    assert info.co2e.m_as("t") > 0  # heat counted at the natural gas it displaces


def test_totals_count_only_selected_options(workspace, audit):
    leak_option(workspace, audit, investment=1000, category="good_housekeeping")
    rejected = leak_option(workspace, audit, investment=5000)
    options.update_option(workspace, rejected, {"status": "rejected"})
    infos = options.options(workspace, audit)
    total = options.totals(infos, "BYN")
    assert total.count == 1 and total.investment == 1000
    chosen = next(info for info in infos if info.status == OptionStatus.PROPOSED)
    assert total.money == pytest.approx(chosen.money.m_as("BYN"))
    assert set(total.by_category) == {chosen.category}


def test_indicators_before_and_after_the_options(workspace, audit):
    for month in range(1, 13):
        baseline.add_entry(workspace, audit, {"kind": "electricity", "month": f"2025-{month:02d}",
                                              "quantity": 50_000, "unit": "kWh"})
        baseline.add_entry(workspace, audit, {"kind": "production", "item": "milk",
                                              "month": f"2025-{month:02d}", "quantity": 1000,
                                              "unit": "t"})
        baseline.add_entry(workspace, audit, {"kind": "water_intake", "item": "well",
                                              "month": f"2025-{month:02d}", "quantity": 4000,
                                              "unit": "m3"})
    leak_option(workspace, audit)
    result = indicators(workspace, audit)
    energy = next(row for row in result.rows if row.key == "energy")
    assert energy.before.m_as("t/MWh") == pytest.approx(12_000 / 600)
    assert energy.after > energy.before  # less energy for the same output
    carbon = next(row for row in result.rows if row.key == "co2e")
    assert carbon.before.m_as("kg/t") == pytest.approx(600_000 * 0.4 / 12_000)
    assert carbon.after < carbon.before
    water = next(row for row in result.rows if row.key == "water")
    assert water.before == water.after  # the option saves no water


def test_zero_production_gives_no_indicator_instead_of_dividing(workspace, audit):
    baseline.add_entry(workspace, audit, {"kind": "electricity", "month": "2025-01",
                                          "quantity": 100, "unit": "kWh"})
    baseline.add_entry(workspace, audit, {"kind": "production", "item": "milk",
                                          "month": "2025-01", "quantity": 0, "unit": "t"})
    result = indicators(workspace, audit)
    assert result.no_output and all(row.before is None for row in result.rows)


def test_deleting_the_audit_deletes_its_options_and_baseline(workspace, audit):
    leak_option(workspace, audit)
    baseline.add_entry(workspace, audit, {"kind": "electricity", "month": "2025-01",
                                          "quantity": 100, "unit": "kWh"})
    counts = records.delete(workspace, Audit, audit)
    assert counts["option"] == 1 and counts["baseline_entry"] == 1
    with workspace.session() as session:
        assert session.query(Option).count() == 0


def test_the_demo_dairy_has_a_baseline_and_options_from_its_measurements(demo):
    import sqlalchemy as sa

    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    table = baseline.monthly(demo, audit)
    assert len(table.months) == 12
    well = next(row for row in table.rows if row.item == "артезианская скважина")
    assert well.quantities[7] is None  # August: the meter failed, a gap
    calculated = [info for info in options.options(demo, audit) if info.calculator
                  and info.savings]
    assert 5 <= len(calculated) <= 10
    assert all(info.money is not None and info.co2e is not None or info.savings.keys() <= {
        ResourceKind.WATER_INTAKE, ResourceKind.WASTEWATER} for info in calculated)
    measured = [info for info in calculated if info.sources]
    assert any("поверка просрочена" in text for info in measured  # the IR thermometer is
               for text in info.sources.values())  # past its due date (the demo is Russian)
    economiser = next(info for info in calculated if info.calculator == "flue-gas-recovery")
    low, high = economiser.money_range
    assert low < economiser.money.magnitude < high
    result = indicators(demo, audit)
    assert not result.no_output and all(row.before is not None for row in result.rows)


def test_cli_imports_a_baseline_and_lists_options_as_json(tmp_path, capsys, english):
    import json

    from recp_audit.cli import main
    from recp_audit.services.demo import write_demo

    path = tmp_path / "demo.sqlite"
    write_demo(path).close()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    audit = next(a["id"] for a in info["audits"] if "молочные" in a["enterprise"])
    table = tmp_path / "more.csv"
    table.write_text("kind;item;month;quantity;unit\nelectricity;;2026-01;100;kWh\n", "utf-8")
    assert main(["import-baseline", str(path), str(table), "--audit", audit]) == 0
    assert "Imported 1 baseline rows" in capsys.readouterr().out
    assert main(["options", str(path), "--audit", audit, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["totals"]["count"] == 7 and len(summary["indicators"]) == 6
    assert main(["options", str(path), "--audit", "x"]) == 1
    assert "is not an audit id" in capsys.readouterr().err


def test_every_demo_audit_has_a_baseline_options_from_calculators_and_indicators(demo):
    import sqlalchemy as sa

    with demo.session() as session:
        audits = session.scalars(sa.select(Audit.id)).all()
    assert len(audits) == 5
    for audit in audits:
        assert len(baseline.monthly(demo, audit).months) == 12
        calculated = [info for info in options.options(demo, audit) if info.calculator]
        assert 5 <= len(calculated) <= 10
        assert any(info.sources for info in calculated)  # inputs from the audit's readings
        result = indicators(demo, audit)
        assert not result.no_output and result.rows[0].before is not None
