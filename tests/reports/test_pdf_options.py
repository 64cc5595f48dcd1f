"""The assessment PDF states how each saving was priced: "not priced" and partial money
marked, groups of options with and without interaction, savings beyond the baseline, and
a manual fuel saving with the heating value of the option's own calculation."""

from __future__ import annotations

import pypdf
import pytest

from recp_audit.model import Audit, Enterprise
from recp_audit.reports.format import number
from recp_audit.services import baseline, options, records, reports


def text_of(path) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Precast"})
    made = records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "RECP",
                                             "currency": "BYN"})
    for month in range(1, 13):  # 1 000 m³ of gas a month: 106 MWh a year
        baseline.add_entry(workspace, made, {"kind": "natural_gas", "month": f"2025-{month:02d}",
                                             "quantity": 1000, "unit": "m3"})
    return made


def option(workspace, audit, name, inputs, **values):
    made = options.create_option(workspace, audit, {"title": name, "status": "accepted",
                                                    **values})
    options.set_calculation(workspace, made, name, inputs)
    return made


def test_unpriced_savings_groups_excess_and_heating_values_are_stated(workspace, audit,
                                                                      tmp_path):
    # Condensate return with a water price and no gas tariff: 9 360 BYN for the water, the
    # 967 MWh of gas "not priced"; it also saves more gas than the baseline burnt. The wood
    # boiler's 95 t typed by hand are energy at its own calculation's heating value.
    option(workspace, audit, "condensate-return", {
        "condensate_flow": "2 t/h", "hours": "5200 h", "condensate_temperature": "78 °C",
        "water_price": "0.9 BYN/m3"}, investment=26_000, group_name="Boiler", group_order=1,
        group_base="26500 MWh")
    option(workspace, audit, "flue-gas-recovery", {
        "fuel_input": "26500 MWh", "flue_temperature": "199 °C",
        "new_flue_temperature": "130 °C", "o2": "7.9 %", "fuel_price": "65 BYN/MWh"},
        investment=38_000, group_name="Boiler", group_order=2)
    option(workspace, audit, "flue-gas-loss-composition", {
        "composition": "C=27.5,H=3.3,O=23.2,N=0.1,W=45,A=0.9", "flue_temperature": "238 °C",
        "o2": "12 %"}, fuel="wood", manual_savings={"other_fuel": "95 t"})
    infos = options.options(workspace, audit)
    [group] = options.groups(infos)
    text = text_of(reports.export_pdf(workspace, audit, tmp_path / "report.pdf", "en"))
    assert "Natural gas 967 MWh — not priced" in text
    assert "Water intake 10 400 m³ — 9 360 BYN at the calculation's price 0.9 BYN/m³" in text
    assert "≥ 9 360" in text and "Not priced: natural gas" in text
    assert "Selected options together: ≥ " in text  # the totals leave the gas out too
    assert "Options on the same equipment" in text
    together, alone = (number(value, "en").replace("\u00a0", " ")
                       for value in (group.money(), group.money(interacting=False)))
    assert f"{together} BYN a year together, {alone} BYN if each were alone" in text
    assert group.money() < group.money(interacting=False)
    assert "Natural gas: the selected options save" in text  # beyond the baseline's 106 MWh
    assert "95 t at 9.07 GJ/t, the net calorific value of this option's calculation" in text
