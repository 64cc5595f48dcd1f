"""An audit's data as report tables: a title, column headers (units in them) and rows
of typed cells (numbers stay numbers, dates stay dates). The workbook, CSV files and
the PDF all take their tables from here, in Russian or English."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from recp_audit.checklists.scoring import STATUS_LABELS, is_finding
from recp_audit.choices import (CP_CATEGORY_LABELS, DATA_SOURCE_LABELS, OPTION_STATUS_LABELS,
                                RESOURCE_AREA_LABELS, RESOURCE_KIND_LABELS, TEAM_ROLE_LABELS)
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.reports.catalog import translate
from recp_audit.store.db import Workspace
from recp_audit.units import unit_label

Cell = str | float | int | dt.date | dt.datetime | None


@dataclass
class Table:
    """One table of a report."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


# Texts of the report tables, marked for Qt Linguist (translated by `_r`).
TEXTS = (
    QT_TRANSLATE_NOOP("Report", "Profile"),
    QT_TRANSLATE_NOOP("Report", "Field"),
    QT_TRANSLATE_NOOP("Report", "Value"),
    QT_TRANSLATE_NOOP("Report", "Baseline"),
    QT_TRANSLATE_NOOP("Report", "Resource"),
    QT_TRANSLATE_NOOP("Report", "Item"),
    QT_TRANSLATE_NOOP("Report", "Month"),
    QT_TRANSLATE_NOOP("Report", "Quantity"),
    QT_TRANSLATE_NOOP("Report", "Measured quantity"),
    QT_TRANSLATE_NOOP("Report", "Unit"),
    QT_TRANSLATE_NOOP("Report", "Cost"),
    QT_TRANSLATE_NOOP("Report", "Currency"),
    QT_TRANSLATE_NOOP("Report", "Source"),
    QT_TRANSLATE_NOOP("Report", "EWC code"),
    QT_TRANSLATE_NOOP("Report", "calibration overdue"),
    QT_TRANSLATE_NOOP("Report", "Readings"),
    QT_TRANSLATE_NOOP("Report", "Point"),
    QT_TRANSLATE_NOOP("Report", "Taken"),
    QT_TRANSLATE_NOOP("Report", "Instrument"),
    QT_TRANSLATE_NOOP("Report", "Calibration"),
    QT_TRANSLATE_NOOP("Report", "Note"),
    QT_TRANSLATE_NOOP("Report", "Series statistics"),
    QT_TRANSLATE_NOOP("Report", "Series"),
    QT_TRANSLATE_NOOP("Report", "Channel"),
    QT_TRANSLATE_NOOP("Report", "From"),
    QT_TRANSLATE_NOOP("Report", "To"),
    QT_TRANSLATE_NOOP("Report", "Samples"),
    QT_TRANSLATE_NOOP("Report", "Mean"),
    QT_TRANSLATE_NOOP("Report", "Std"),
    QT_TRANSLATE_NOOP("Report", "Base load"),
    QT_TRANSLATE_NOOP("Report", "Peak"),
    QT_TRANSLATE_NOOP("Report", "Load factor"),
    QT_TRANSLATE_NOOP("Report", "Total"),
    QT_TRANSLATE_NOOP("Report", "Total unit"),
    QT_TRANSLATE_NOOP("Report", "Hours with data"),
    QT_TRANSLATE_NOOP("Report", "Hours above threshold"),
    QT_TRANSLATE_NOOP("Report", "finding"),
    QT_TRANSLATE_NOOP("Report", "Checklist answers"),
    QT_TRANSLATE_NOOP("Report", "Checklist"),
    QT_TRANSLATE_NOOP("Report", "Section"),
    QT_TRANSLATE_NOOP("Report", "Answer"),
    QT_TRANSLATE_NOOP("Report", "Number"),
    QT_TRANSLATE_NOOP("Report", "Finding"),
    QT_TRANSLATE_NOOP("Report", "Options"),
    QT_TRANSLATE_NOOP("Report", "Option"),
    QT_TRANSLATE_NOOP("Report", "Category"),
    QT_TRANSLATE_NOOP("Report", "Area"),
    QT_TRANSLATE_NOOP("Report", "Status"),
    QT_TRANSLATE_NOOP("Report", "Calculator"),
    QT_TRANSLATE_NOOP("Report", "Electricity saved, MWh/yr"),
    QT_TRANSLATE_NOOP("Report", "Fuel and heat saved, MWh/yr"),
    QT_TRANSLATE_NOOP("Report", "Water saved, m³/yr"),
    QT_TRANSLATE_NOOP("Report", "Materials saved, t/yr"),
    QT_TRANSLATE_NOOP("Report", "CO2e avoided, t/yr"),
    QT_TRANSLATE_NOOP("Report", "Saving, {currency}/yr"),
    QT_TRANSLATE_NOOP("Report", "Saving from, {currency}/yr"),
    QT_TRANSLATE_NOOP("Report", "Saving to, {currency}/yr"),
    QT_TRANSLATE_NOOP("Report", "Not priced"),
    QT_TRANSLATE_NOOP("Report", "Group"),
    QT_TRANSLATE_NOOP("Report", "Order in group"),
    QT_TRANSLATE_NOOP("Report", "Saving in the group's sequence, {currency}/yr"),
    QT_TRANSLATE_NOOP("Report", "Investment, {currency}"),
    QT_TRANSLATE_NOOP("Report", "Payback, years"),
    QT_TRANSLATE_NOOP("Report", "NPV, {currency}"),
    QT_TRANSLATE_NOOP("Report", "IRR, %"),
    QT_TRANSLATE_NOOP("Report", "Responsible"),
    QT_TRANSLATE_NOOP("Report", "Deadline"),
    QT_TRANSLATE_NOOP("Report", "Realised, {currency}/yr"),
    QT_TRANSLATE_NOOP("Report", "RECP indicators"),
    QT_TRANSLATE_NOOP("Report", "Indicator"),
    QT_TRANSLATE_NOOP("Report", "After selected options"),
    QT_TRANSLATE_NOOP("Report", "changed for this audit"),
    QT_TRANSLATE_NOOP("Report", "Emission factors"),
    QT_TRANSLATE_NOOP("Report", "Factor"),
    QT_TRANSLATE_NOOP("Report", "Year"),
)


def _r(source: str, language: str) -> str:
    """A report text (marked with QT_TRANSLATE_NOOP) in `language`."""
    return translate("Report", source, language)


def audit_tables(workspace: Workspace, audit_id: uuid.UUID, language: str) -> list[Table]:
    """Every table of an audit: profile, baseline, readings, series statistics, checklist
    answers, options, indicators, the emission factors used, and the enterprise's
    symbiosis streams."""
    return [profile(workspace, audit_id, language), baseline(workspace, audit_id, language),
            readings(workspace, audit_id, language), series(workspace, audit_id, language),
            answers(workspace, audit_id, language), options(workspace, audit_id, language),
            indicators(workspace, audit_id, language), factors(workspace, audit_id, language),
            streams(workspace, audit_id, language)]


def streams(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """The streams the audited enterprise offers and needs (symbiosis)."""
    from recp_audit.model import Audit
    from recp_audit.reports.symbiosis import stream_table
    from recp_audit.services import records, symbiosis

    enterprise = records.values_of(workspace, Audit, audit_id)["enterprise_id"]
    return stream_table(symbiosis.streams(workspace, enterprise_id=enterprise), language)


def profile(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """The enterprise and the audit, one field per row."""
    from recp_audit.model import Audit, Enterprise, Person
    from recp_audit.services import records

    audit = records.values_of(workspace, Audit, audit_id)
    enterprise = records.values_of(workspace, Enterprise, audit["enterprise_id"])
    team = records.team(workspace, audit_id)
    people = []
    for person_id, role in team.items():
        person = records.values_of(workspace, Person, person_id)
        role_name = translate("Enum", TEAM_ROLE_LABELS[role], language)
        people.append(f"{person['name']} ({role_name})")
    fields = [
        (QT_TRANSLATE_NOOP("Report", "Enterprise"), enterprise["name"]),
        (QT_TRANSLATE_NOOP("Report", "NACE code"), enterprise.get("nace_code") or ""),
        (QT_TRANSLATE_NOOP("Report", "National code"), enterprise.get("national_code") or ""),
        (QT_TRANSLATE_NOOP("Report", "Address"), enterprise.get("address") or ""),
        (QT_TRANSLATE_NOOP("Report", "Employees"), enterprise.get("employees")),
        (QT_TRANSLATE_NOOP("Report", "Shifts"), enterprise.get("shifts")),
        (QT_TRANSLATE_NOOP("Report", "Annual output"), enterprise.get("annual_output")),
        (QT_TRANSLATE_NOOP("Report", "Output unit"),
         unit_label(enterprise.get("annual_output_unit") or "", language)),
        (QT_TRANSLATE_NOOP("Report", "Main products"), enterprise.get("main_products") or ""),
        (QT_TRANSLATE_NOOP("Report", "Audit"), audit["title"]),
        (QT_TRANSLATE_NOOP("Report", "Baseline from"), audit.get("period_start")),
        (QT_TRANSLATE_NOOP("Report", "Baseline to"), audit.get("period_end")),
        (QT_TRANSLATE_NOOP("Report", "Currency"), audit.get("currency") or ""),
        (QT_TRANSLATE_NOOP("Report", "Team"), "; ".join(people)),
    ]
    return Table("profile", _r("Profile", language),
                 [_r("Field", language), _r("Value", language)],
                 [[translate("Report", name, language), value] for name, value in fields])


def baseline(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """Every baseline entry: resource, item, month, quantity, unit, cost, source, EWC."""
    from recp_audit.services.baseline import lines

    rows = [[translate("Enum", RESOURCE_KIND_LABELS[line.kind], language), line.item, line.month,
             line.quantity, unit_label(line.unit, language), line.cost, line.currency,
             translate("Enum", DATA_SOURCE_LABELS.get(line.source, line.source), language)
             if line.source in DATA_SOURCE_LABELS else line.source, line.ewc_code]
            for line in lines(workspace, audit_id)]
    return Table("baseline", _r("Baseline", language), [
        _r("Resource", language), _r("Item", language), _r("Month", language),
        _r("Quantity", language), _r("Unit", language), _r("Cost", language),
        _r("Currency", language), _r("Source", language), _r("EWC code", language)], rows)


def readings(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """Every spot reading with its instrument and calibration state."""
    from recp_audit.measure.quantities import quantity
    from recp_audit.services.measurements import points_of, readings_of

    rows = []
    for point in points_of(workspace, audit_id):
        for reading in readings_of(workspace, point.id):
            name = translate("Quantity", quantity(reading.quantity).label, language)
            rows.append([point.name, name, reading.value, unit_label(reading.unit, language), reading.uncertainty,
                         reading.taken, reading.instrument,
                         _r("calibration overdue", language) if reading.calibration_overdue
                         else "", reading.note])
    return Table("readings", _r("Readings", language), [
        _r("Point", language), _r("Measured quantity", language), _r("Value", language),
        _r("Unit", language), "±", _r("Taken", language), _r("Instrument", language),
        _r("Calibration", language), _r("Note", language)], rows)


def series(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """Whole-series statistics of every logged channel."""
    from recp_audit.services.measurements import points_of
    from recp_audit.services.series import series_of

    rows = []
    for point in points_of(workspace, audit_id):
        for info in series_of(workspace, point.id):
            for channel in info.channels:
                stats = channel.stats
                rows.append([point.name, info.name, channel.name,
                             unit_label(channel.unit, language), info.start, info.end,
                             stats.get("count"), stats.get("min"), stats.get("mean"),
                             stats.get("max"), stats.get("std"), stats.get("base"),
                             stats.get("peak"), stats.get("load_factor"), stats.get("total"),
                             unit_label(stats.get("total_unit", ""), language),
                             stats.get("hours"), stats.get("hours_above"), info.instrument,
                             _r("calibration overdue", language)
                             if info.calibration_overdue else ""])
    return Table("series", _r("Series statistics", language), [
        _r("Point", language), _r("Series", language), _r("Channel", language),
        _r("Unit", language), _r("From", language), _r("To", language),
        _r("Samples", language), "min", _r("Mean", language), "max", _r("Std", language),
        _r("Base load", language), _r("Peak", language), _r("Load factor", language),
        _r("Total", language), _r("Total unit", language), _r("Hours with data", language),
        _r("Hours above threshold", language), _r("Instrument", language),
        _r("Calibration", language)], rows)


def answers(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """Every answered checklist item, with findings marked."""
    from recp_audit.services.checklists import of_audit

    rows = []
    for state in of_audit(workspace, audit_id):
        sections = {section.id: section.title.get(language) for section in state.template.sections}
        for item in state.template.items:
            answer = state.answers.get(item.id)
            if answer is None or not answer.answered:
                continue
            shown = translate("Checklist", STATUS_LABELS[answer.status], language) \
                if answer.status in STATUS_LABELS else ""
            chosen = {choice.value: choice.label.get(language) for choice in item.choices}
            shown = shown or ", ".join(chosen.get(c, c) for c in answer.choices) or answer.text
            rows.append([state.template.title.get(language), sections.get(item.section, ""),
                         item.label.get(language), shown, answer.number,
                         unit_label(answer.unit or item.unit or "", language)
                         if answer.number is not None else "",
                         state.notes.get(item.id, ""),
                         _r("finding", language) if is_finding(item, answer) else ""])
    return Table("answers", _r("Checklist answers", language), [
        _r("Checklist", language), _r("Section", language), _r("Item", language),
        _r("Answer", language), _r("Number", language), _r("Unit", language),
        _r("Note", language), _r("Finding", language)], rows)


def options(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """The options register with savings, money and appraisal."""
    from recp_audit.choices import ResourceKind
    from recp_audit.services.options import options as load

    infos = load(workspace, audit_id)
    currency = infos[0].currency if infos else ""
    fuel_kinds = (ResourceKind.NATURAL_GAS, ResourceKind.OTHER_FUEL, ResourceKind.HEAT)

    def saved(info, kinds, unit):
        amounts = [info.savings[k].m_as(unit) for k in kinds if k in info.savings]
        return sum(amounts) if amounts else None
    rows = []
    for info in infos:
        low, high = info.money_range or (None, None)
        rows.append([
            info.title, translate("Enum", CP_CATEGORY_LABELS[info.category], language),
            translate("Enum", RESOURCE_AREA_LABELS[info.area], language),
            translate("Enum", OPTION_STATUS_LABELS[info.status], language),
            translate("Calc", CALCULATOR_TITLES.get(info.calculator, ""), language)
            if info.calculator else "",
            saved(info, (ResourceKind.ELECTRICITY,), "MWh"), saved(info, fuel_kinds, "MWh"),
            saved(info, (ResourceKind.WATER_INTAKE,), "m**3"),
            saved(info, (ResourceKind.RAW_MATERIAL, ResourceKind.AUXILIARY_MATERIAL), "t")
            if all(k not in info.savings or info.savings[k].dimensionality
                   == info.savings[k].__class__(1, "t").dimensionality
                   for k in (ResourceKind.RAW_MATERIAL, ResourceKind.AUXILIARY_MATERIAL))
            else None,
            info.co2e.m_as("t") if info.co2e is not None else None,
            float(info.money.magnitude) if info.money is not None else None, low, high,
            ", ".join(translate("Enum", RESOURCE_KIND_LABELS[kind], language)
                      for kind in info.unpriced),
            info.group, info.group_order if info.group else None,
            float(info.money.magnitude) * info.remaining if info.money is not None else None,
            info.investment, info.payback, info.npv,
            info.irr,
            info.responsible, info.deadline, (info.realised or {}).get("money")])
    return Table("options", _r("Options", language), [
        _r("Option", language), _r("Category", language), _r("Area", language),
        _r("Status", language), _r("Calculator", language),
        _r("Electricity saved, MWh/yr", language), _r("Fuel and heat saved, MWh/yr", language),
        _r("Water saved, m³/yr", language), _r("Materials saved, t/yr", language),
        _r("CO2e avoided, t/yr", language),
        _r("Saving, {currency}/yr", language).format(currency=currency),
        _r("Saving from, {currency}/yr", language).format(currency=currency),
        _r("Saving to, {currency}/yr", language).format(currency=currency),
        _r("Not priced", language), _r("Group", language), _r("Order in group", language),
        _r("Saving in the group's sequence, {currency}/yr", language).format(currency=currency),
        _r("Investment, {currency}", language).format(currency=currency),
        _r("Payback, years", language),
        _r("NPV, {currency}", language).format(currency=currency), _r("IRR, %", language),
        _r("Responsible", language), _r("Deadline", language),
        _r("Realised, {currency}/yr", language).format(currency=currency)], rows)


def indicators(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """The RECP indicators before and after the selected options."""
    from recp_audit.services.indicators import indicators as load

    found = load(workspace, audit_id)
    rows = []
    for row in found.rows:
        unit = row.unit
        rows.append([translate("Indicators", row.label, language),
                     float(row.before.magnitude) if row.before is not None else None,
                     float(row.after.m_as(row.before.units)) if row.after is not None
                     and row.before is not None else None, unit_label(unit, language)])
    if found.no_output:
        rows.append([translate("Report", "No output recorded: the indicators need production "
                               "in the baseline", language), None, None, ""])
    return Table("indicators", _r("RECP indicators", language), [
        _r("Indicator", language), _r("Baseline", language),
        _r("After selected options", language), _r("Unit", language)], rows)


def factors(workspace: Workspace, audit_id: uuid.UUID, language: str) -> Table:
    """The emission factors and heating values the audit's results rest on."""
    from recp_audit.services.emission_factors import factor_rows

    rows = [[row.label_ru if language == "ru" else row.label, row.field, row.value, row.source,
             row.year if row.year != "" else None,
             _r("changed for this audit", language) if row.overridden else ""]
            for row in factor_rows(workspace, audit_id)]
    return Table("factors", _r("Emission factors", language), [
        _r("Factor", language), _r("Field", language), _r("Value", language),
        _r("Source", language), _r("Year", language), _r("Note", language)], rows)


def _calculator_titles() -> dict[str, str]:
    from recp_audit.calc import CALCULATORS

    return {name: calc.title for name, calc in CALCULATORS.items()}


CALCULATOR_TITLES = _calculator_titles()
