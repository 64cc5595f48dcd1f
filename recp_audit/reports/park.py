"""The park report for the audit lead: every enterprise of a park with its latest audit's
baseline (energy, water, CO2e), its selected options and their savings, the park's
totals, the options of all enterprises ranked together, and the park's symbiosis
candidates. As tables (for the workbook) and as PDF."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer

from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.progress import Progress
from recp_audit.reports.catalog import translate
from recp_audit.reports.format import number
from recp_audit.reports.pdf_assessment import (Styles, _bar_chart, _Document,
                                               _escape, _numbered_canvas, _table,
                                               register_fonts)
from recp_audit.reports.symbiosis import pdf_table
from recp_audit.reports.tables import Table
from recp_audit.store.db import Workspace

SUMMARY = QT_TRANSLATE_NOOP(
    "ParkReport", "The park's enterprises together save {money} {currency} a year with the "
    "selected options, for an investment of {investment} {currency}, and avoid {co2e} t CO2e "
    "a year.")
WIDTH = landscape(A4)[0] - 36 * mm  # the park report is landscape: wide tables
# Texts of the park report, marked for Qt Linguist (translated by `_p`).
TEXTS = (
    QT_TRANSLATE_NOOP("ParkReport", "Park report"),
    QT_TRANSLATE_NOOP("ParkReport", "Enterprises"),
    QT_TRANSLATE_NOOP("ParkReport", "Enterprise"),
    QT_TRANSLATE_NOOP("ParkReport", "NACE"),
    QT_TRANSLATE_NOOP("ParkReport", "Audit"),
    QT_TRANSLATE_NOOP("ParkReport", "Energy, MWh/yr"),
    QT_TRANSLATE_NOOP("ParkReport", "Water, m³/yr"),
    QT_TRANSLATE_NOOP("ParkReport", "CO2e, t/yr"),
    QT_TRANSLATE_NOOP("ParkReport", "Selected options"),
    QT_TRANSLATE_NOOP("ParkReport", "Saving, {currency}/yr"),
    QT_TRANSLATE_NOOP("ParkReport", "Investment, {currency}"),
    QT_TRANSLATE_NOOP("ParkReport", "CO2e avoided, t/yr"),
    QT_TRANSLATE_NOOP("ParkReport", "Park total"),
    QT_TRANSLATE_NOOP("ParkReport", "Options across the park"),
    QT_TRANSLATE_NOOP("ParkReport", "Option"),
    QT_TRANSLATE_NOOP("ParkReport", "Category"),
    QT_TRANSLATE_NOOP("ParkReport", "Status"),
    QT_TRANSLATE_NOOP("ParkReport", "Payback, years"),
    QT_TRANSLATE_NOOP("ParkReport", "Saving per year by enterprise, {currency}"),
    QT_TRANSLATE_NOOP("ParkReport", "CO2e avoided per year by enterprise, t"),
    QT_TRANSLATE_NOOP("ParkReport", "No enterprise of this park has an audit yet."),
    QT_TRANSLATE_NOOP("ParkReport", "Made on {date}"),
    QT_TRANSLATE_NOOP("ParkReport", "The {shown} best of {count} candidates; the workbook "
                                    "lists them all."),
    QT_TRANSLATE_NOOP("ParkReport", "No symbiosis candidates yet: the enterprises' streams "
                                    "are not recorded."),
)
SYMBIOSIS_ROWS = 15


def _p(source: str, language: str) -> str:
    return translate("ParkReport", source, language)


@dataclass
class EnterpriseSummary:
    """One enterprise of the park with its latest audit's numbers."""

    name: str
    nace: str
    audit: str
    energy: float | None
    water: float | None
    co2e: float | None
    options: list
    money: float
    investment: float
    avoided: float


def summaries(workspace: Workspace, park_id: uuid.UUID) -> tuple[str, str, list]:
    """(park name, currency, EnterpriseSummary per enterprise with an audit)."""
    import sqlalchemy as sa

    from recp_audit.model import Audit, Enterprise, Park
    from recp_audit.services import records
    from recp_audit.services.indicators import indicators
    from recp_audit.services.options import options, totals

    park = records.values_of(workspace, Park, park_id)
    with workspace.session() as session:
        enterprises = session.execute(sa.select(Enterprise.id, Enterprise.name,
                                                Enterprise.nace_code).where(
            Enterprise.park_id == park_id).order_by(Enterprise.name)).all()
        latest = {}
        for row in session.execute(sa.select(Audit.id, Audit.enterprise_id, Audit.title,
                                             Audit.currency, Audit.period_start)
                                   .order_by(Audit.period_start)):
            latest[row.enterprise_id] = row
    found, currency = [], ""
    for enterprise_id, name, nace in enterprises:
        audit = latest.get(enterprise_id)
        if audit is None:
            continue
        currency = currency or audit.currency
        infos = options(workspace, audit.id)
        total = totals(infos, audit.currency)
        inputs = indicators(workspace, audit.id).inputs
        found.append(EnterpriseSummary(
            name, nace or "", audit.title,
            inputs["energy"].m_as("MWh") if "energy" in inputs else None,
            inputs["water"].m_as("m**3") if "water" in inputs else None,
            inputs["co2e"].m_as("t") if "co2e" in inputs else None,
            [info for info in infos if info.selected], total.money, total.investment,
            total.co2e.m_as("t")))
    return park["name"], currency, found


def park_tables(workspace: Workspace, park_id: uuid.UUID, language: str) -> list[Table]:
    """The enterprises with their totals, and all selected options ranked by saving."""
    from recp_audit.choices import CP_CATEGORY_LABELS, OPTION_STATUS_LABELS

    _, currency, found = summaries(workspace, park_id)
    enterprises = Table("enterprises", _p("Enterprises", language), [
        _p("Enterprise", language), _p("NACE", language), _p("Audit", language),
        _p("Energy, MWh/yr", language), _p("Water, m³/yr", language),
        _p("CO2e, t/yr", language), _p("Selected options", language),
        _p("Saving, {currency}/yr", language).format(currency=currency),
        _p("Investment, {currency}", language).format(currency=currency),
        _p("CO2e avoided, t/yr", language)])
    for item in found:
        enterprises.rows.append([item.name, item.nace, item.audit, item.energy, item.water,
                                 item.co2e, len(item.options), item.money, item.investment,
                                 item.avoided])
    if found:
        enterprises.rows.append([_p("Park total", language), "", "",
                                 _sum(f.energy for f in found), _sum(f.water for f in found),
                                 _sum(f.co2e for f in found),
                                 sum(len(f.options) for f in found),
                                 sum(f.money for f in found), sum(f.investment for f in found),
                                 sum(f.avoided for f in found)])
    ranked = Table("park_options", _p("Options across the park", language), [
        _p("Enterprise", language), _p("Option", language), _p("Category", language),
        _p("Status", language),
        _p("Saving, {currency}/yr", language).format(currency=currency),
        _p("Investment, {currency}", language).format(currency=currency),
        _p("Payback, years", language), _p("CO2e avoided, t/yr", language)])
    pairs = [(item.name, info) for item in found for info in item.options]
    pairs.sort(key=lambda pair: -(float(pair[1].money.magnitude)
                                  if pair[1].money is not None else -1))
    for name, info in pairs:
        ranked.rows.append([name, info.title,
                            translate("Enum", CP_CATEGORY_LABELS[info.category], language),
                            translate("Enum", OPTION_STATUS_LABELS[info.status], language),
                            float(info.money.magnitude) if info.money is not None else None,
                            info.investment, info.payback,
                            info.co2e.m_as("t") if info.co2e is not None else None])
    from recp_audit.reports.symbiosis import candidate_table
    from recp_audit.services.symbiosis import match

    return [enterprises, ranked, candidate_table(match(workspace, park_id), language)]


def _sum(values) -> float | None:
    present = [value for value in values if value is not None]
    return sum(present) if present else None


def build_park_pdf(workspace: Workspace, park_id: uuid.UUID, target, language: str,
                   progress: Progress | None = None) -> int:
    """Write the park report to `target`; the page count."""
    progress = progress or Progress()
    register_fonts()
    styles = Styles.make(language)
    name, currency, found = summaries(workspace, park_id)
    tables = park_tables(workspace, park_id, language)
    progress(0.5)
    story = [NextPageTemplate("body"), Paragraph(_escape(_p("Park report", language)),
                                                 styles.h1),
             Paragraph(f"<b>{_escape(name)}</b> — {_escape(_p('Made on {date}', language))}"
                       .format(date=dt.date.today().strftime("%d.%m.%Y")), styles.body)]
    if not found:
        story.append(Paragraph(_escape(_p("No enterprise of this park has an audit yet.",
                                          language)), styles.warn))
    else:
        story.append(Paragraph(_escape(_p(SUMMARY, language).format(
            money=number(sum(f.money for f in found), language), currency=currency,
            investment=number(sum(f.investment for f in found), language),
            co2e=number(sum(f.avoided for f in found), language, 1))), styles.body))
        story.append(Paragraph(_escape(_p("Enterprises", language)), styles.h2))
        story.append(_table(_rows(tables[0], language),
                            [70 * mm, 16 * mm, 26 * mm, 26 * mm, 22 * mm, 22 * mm, 28 * mm,
                             27 * mm, 24 * mm], styles, numeric_from=2))
        names = [f.name for f in reversed(found)]
        story.append(Spacer(1, 4 * mm))
        story.append(KeepTogether([_bar_chart(names, [round(f.money) for f in reversed(found)],
                                              _p("Saving per year by enterprise, {currency}",
                                                 language).format(currency=currency),
                                              WIDTH, horizontal=True, height=55 * mm)]))
        story.append(KeepTogether([_bar_chart(names, [round(f.avoided, 1)
                                                      for f in reversed(found)],
                                              _p("CO2e avoided per year by enterprise, t",
                                                 language), WIDTH, horizontal=True,
                                              height=55 * mm)]))
        story += [PageBreak(), Paragraph(_escape(_p("Options across the park", language)),
                                         styles.h2)]
        story.append(_table(_rows(tables[1], language), [52 * mm, 70 * mm, 38 * mm, 24 * mm,
                                                         23 * mm, 21 * mm, 15 * mm, 18 * mm],
                            styles, numeric_from=4))
    candidates = tables[2]
    story += [PageBreak(), Paragraph(_escape(candidates.title), styles.h2)]
    if candidates.rows:
        shown = Table(candidates.key, candidates.title, candidates.headers,
                      candidates.rows[:SYMBIOSIS_ROWS])
        story.append(pdf_table(shown, language, styles))
        if len(candidates.rows) > SYMBIOSIS_ROWS:
            story.append(Paragraph(_escape(_p(
                "The {shown} best of {count} candidates; the workbook lists them all.",
                language).format(shown=SYMBIOSIS_ROWS, count=len(candidates.rows))),
                styles.small))
    else:
        story.append(Paragraph(_escape(_p(
            "No symbiosis candidates yet: the enterprises' streams are not recorded.",
            language)), styles.small))
    document = _Document(target, name, styles, pagesize=landscape(A4), title=name,
                         author="recp-audit")
    document.build(story, canvasmaker=_numbered_canvas(language, first_page=True))
    progress(1.0)
    return document.page


def _rows(table: Table, language: str) -> list[list[str]]:
    """A table's cells as text for the PDF (the audit column left out of the first one)."""
    rows = []
    keep = [i for i in range(len(table.headers)) if not (table.key == "enterprises" and i == 2)]
    rows.append([table.headers[i] for i in keep])
    for row in table.rows:
        rows.append([_cell(row[i], language) for i in keep])
    return rows


def _cell(value, language: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return number(value, language, 1 if abs(value) < 100 else 0)
    return str(value)
