"""Baseline entries, the monthly table with gaps, cost shares, specific consumption,
tariffs and the XLSX/CSV import with row-and-column errors."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from recp_audit.choices import ResourceKind
from recp_audit.messages import ValidationError
from recp_audit.model import Audit, Enterprise
from recp_audit.services import baseline, records
from recp_audit.services.baseline_import import BaselineImportError, import_baseline


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Молочный завод"})
    return records.create(workspace, Audit, {
        "enterprise_id": enterprise, "title": "RECP 2026", "currency": "BYN",
        "period_start": "2025-01-01", "period_end": "2025-12-31"})


def add(workspace, audit, kind, month, quantity, unit, cost=None, item=""):
    return baseline.add_entry(workspace, audit, {"kind": kind, "item": item, "month": month,
                                                 "quantity": quantity, "unit": unit,
                                                 "cost": cost})


def test_a_missing_month_is_a_gap_not_a_zero(workspace, audit):
    add(workspace, audit, "electricity", "2025-01", 1000, "kWh", 250)
    add(workspace, audit, "electricity", "2025-03", "1,5", "MWh", 380)
    table = baseline.monthly(workspace, audit)
    assert len(table.months) == 12 and table.months[0] == dt.date(2025, 1, 1)
    row = table.rows_of(ResourceKind.ELECTRICITY)[0]
    assert row.quantities[:3] == [1000, None, 1500]  # converted to the row's unit
    assert row.total() == 2500 and row.months_present() == 2
    assert row.total_cost() == 630


def test_a_cost_in_another_currency_is_refused(workspace, audit):
    with pytest.raises(ValidationError, match="convert the EUR amount to BYN"):
        baseline.add_entry(workspace, audit, {"kind": "electricity", "month": "2025-01",
                                              "quantity": 10, "unit": "kWh", "cost": 3,
                                              "currency": "EUR"})
    assert baseline.lines(workspace, audit) == []


def test_a_unit_that_does_not_fit_the_resource_is_refused(workspace, audit):
    with pytest.raises(ValidationError, match="does not fit electricity"):
        add(workspace, audit, "electricity", "2025-01", 10, "m3")


def test_cost_shares_and_specific_consumption(workspace, audit):
    for month, (kwh, milk) in enumerate([(1000, 100), (1200, 0), (900, 90)], start=1):
        add(workspace, audit, "electricity", f"2025-{month:02d}", kwh, "kWh", kwh * 0.25)
        add(workspace, audit, "production", f"2025-{month:02d}", milk, "t", item="milk")
    add(workspace, audit, "water_intake", "2025-01", 500, "m3", 250, item="mains")
    table = baseline.monthly(workspace, audit)
    shares = baseline.cost_shares(table)
    assert [row.kind for row, _, _ in shares] == [ResourceKind.ELECTRICITY,
                                                 ResourceKind.WATER_INTAKE]
    assert sum(share for _, _, share in shares) == pytest.approx(1)
    specific = baseline.specific_consumption(table.rows_of(ResourceKind.ELECTRICITY)[0],
                                             table.rows_of(ResourceKind.PRODUCTION)[0])
    assert specific[:3] == [10, None, 10]  # no division by a month without output


def test_tariff_is_a_price_per_unit_in_the_audit_currency(workspace, audit):
    baseline.set_tariff(workspace, audit, ResourceKind.ELECTRICITY, "", 0.3, "kWh")
    baseline.set_tariff(workspace, audit, ResourceKind.ELECTRICITY, "", 0.32, "kWh")
    price = baseline.tariff(workspace, audit, ResourceKind.ELECTRICITY)
    assert f"{price.units}" == "BYN / kilowatt_hour" and price.magnitude == 0.32


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_import_from_excel_with_russian_headers(workspace, audit, tmp_path):
    path = tmp_path / "baseline.xlsx"
    write_xlsx(path, [["Вид", "Позиция", "Месяц", "Количество", "Единица", "Стоимость"],
                      ["Электроэнергия", "", dt.date(2025, 1, 1), 41000, "кВт·ч", 10250],
                      ["natural_gas", "", "02.2025", "35 000", "м3", None],
                      ["отходы", "осадок", "2025-03", 12.5, "т", None]])
    assert import_baseline(workspace, audit, path) == 3
    kinds = {line.kind for line in baseline.lines(workspace, audit)}
    assert kinds == {ResourceKind.ELECTRICITY, ResourceKind.NATURAL_GAS, ResourceKind.WASTE}


def test_import_reports_every_bad_cell_and_stores_nothing(workspace, audit, tmp_path):
    path = tmp_path / "baseline.csv"
    path.write_text("kind;item;month;quantity;unit;cost;currency\n"
                    "electricity;;2025-01;1000;kWh;250;BYN\n"
                    "electricity;;March;1000;kWh;;\n"
                    "heat;;2025-02;12;m3;;\n"
                    "water_intake;well;2025-02;100;m3;40;EUR\n", encoding="cp1251")
    with pytest.raises(BaselineImportError) as caught:
        import_baseline(workspace, audit, path)
    message = str(caught.value)
    assert "3 problem(s), nothing imported" in message
    assert "row 3, column C (Month)" in message
    assert "row 4, column E (Unit)" in message
    assert "row 5, column G (Currency)" in message
    assert baseline.lines(workspace, audit) == []


def test_import_without_the_needed_columns_says_which(workspace, audit, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(BaselineImportError, match="no column Kind, Item, Month, Quantity, Unit"):
        import_baseline(workspace, audit, path)


def test_a_resource_can_be_corrected_and_deleted_with_tombstones(workspace, audit):
    entry = add(workspace, audit, "electricity", "2025-01", 1000, "kWh", 250)
    add(workspace, audit, "electricity", "2025-02", 1100, "kWh", 270)
    baseline.update_entry(workspace, entry, {"quantity": "1 050"})
    assert baseline.monthly(workspace, audit).rows[0].quantities[0] == 1050
    with pytest.raises(ValidationError, match="convert the EUR amount"):
        baseline.update_entry(workspace, entry, {"cost": 3, "currency": "EUR"})
    assert baseline.delete_resource(workspace, audit, ResourceKind.ELECTRICITY, "") == 2
    assert baseline.lines(workspace, audit) == []
    with workspace.session() as session:
        from recp_audit.model import BaselineEntry
        assert session.query(BaselineEntry).execution_options(
            include_deleted=True).count() == 2  # kept as tombstones for merging
