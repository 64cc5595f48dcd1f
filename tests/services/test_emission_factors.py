"""An audit's emission-factor overrides: listed with sources, checked, used, reverted."""

from __future__ import annotations

import pytest

from recp_audit.messages import ValidationError
from recp_audit.model import Audit, Enterprise
from recp_audit.services import emission_factors, options, records


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Dairy"})
    return records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "RECP"})


def row(workspace, audit, key, field):
    return next(r for r in emission_factors.factor_rows(workspace, audit)
                if r.key == key and r.field == field)


def test_every_factor_is_listed_with_its_source(workspace, audit):
    rows = emission_factors.factor_rows(workspace, audit)
    assert {(r.key, r.field) for r in rows} >= {("natural_gas", "co2"), ("BY", "co2e"),
                                               ("CH4", "CH4")}
    assert all(r.source for r in rows) and not any(r.overridden for r in rows)


def test_an_override_needs_a_source_and_a_fitting_unit(workspace, audit):
    with pytest.raises(ValidationError, match="comes from"):
        emission_factors.set_factor(workspace, audit, "grid", "BY", "co2e", "0.35 kg/kWh", "")
    with pytest.raises(ValidationError, match="not a quantity in g/kWh"):
        emission_factors.set_factor(workspace, audit, "grid", "BY", "co2e", "0.35 kg/m3",
                                    "my guess")
    assert not row(workspace, audit, "BY", "co2e").overridden


def test_an_override_is_used_listed_and_can_be_reverted(workspace, audit):
    emission_factors.set_factor(workspace, audit, "grid", "BY", "co2e", "0.35 kg/kWh",
                                "Belenergo letter 2026")
    changed = row(workspace, audit, "BY", "co2e")
    assert changed.overridden and changed.value == "0.35 kg/kWh"
    assert changed.source == "Belenergo letter 2026"
    factors = options.factors_of(workspace, audit)
    assert factors.grid().m_as("g/kWh") == pytest.approx(350)
    used = factors.used([], "BY")
    assert "changed for this audit: co2e 0.35 kg/kWh: Belenergo letter 2026" in used[-1]["source"]
    emission_factors.set_factor(workspace, audit, "grid", "BY", "co2e", "", "")
    assert options.factors_of(workspace, audit).grid().m_as("g/kWh") == pytest.approx(400)


def test_gwp_override(workspace, audit):
    emission_factors.set_factor(workspace, audit, "gwp", "CH4", "CH4", "29,8", "IPCC AR6")
    assert options.factors_of(workspace, audit).gwp("CH4") == pytest.approx(29.8)
    with pytest.raises(ValidationError, match="not a number"):
        emission_factors.set_factor(workspace, audit, "gwp", "N2O", "N2O", "lots", "x")
