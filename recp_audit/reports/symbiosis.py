"""Symbiosis candidate lists for people and for platforms: a report table (workbook,
CSV, PDF and the park report take it from here), a landscape PDF with the summary
and every candidate explained, and JSON with stable ids for a national by-product
platform."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, Paragraph

from recp_audit.choices import CANDIDATE_STATUS_LABELS
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.reports.catalog import translate
from recp_audit.reports.format import number
from recp_audit.reports.pdf_assessment import (Styles, _Document, _escape, _numbered_canvas,
                                               _table, register_fonts)
from recp_audit.reports.tables import Table

JSON_FORMAT = "recp-audit symbiosis candidates"
JSON_VERSION = 1
SUMMARY = QT_TRANSLATE_NOOP(
    "SymbiosisReport", "{count} candidate exchanges; where estimated they divert {tonnes} t a "
    "year from disposal, avoid {co2e} t CO2e a year net of transport, and are worth {money} a "
    "year to the two sides.")
# Texts of the candidate list, marked for Qt Linguist (translated by `_s`).
TEXTS = (
    QT_TRANSLATE_NOOP("SymbiosisReport", "Symbiosis candidates"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "No."),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Score"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Supplier"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Offered"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "EWC code"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Receiver"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Needed"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Distance, km"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Diverted, t/yr"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "CO2e avoided net, t/yr"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Money, per yr"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Currency"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Status"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Why"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Notes"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Made on {date}"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Streams"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Enterprise"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "NACE"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Direction"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Kind"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Stream"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Hazardous"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Quantity per year"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Unit"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Months"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Temperature, °C"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "yes"),
    QT_TRANSLATE_NOOP("SymbiosisReport", "No candidates: add the streams the enterprises offer "
                                         "and need, then run the matching."),
    QT_TRANSLATE_NOOP("SymbiosisReport", "Estimates: tonnes are the smaller of offer and need; "
                                         "CO2e counts lorry transport (Defra/DECC road freight "
                                         "factor) against the heat or material it replaces "
                                         "where a published factor exists; money is the "
                                         "disposal cost avoided plus the purchase saved."),
)
WIDTH = landscape(A4)[0] - 36 * mm


def _s(source: str, language: str) -> str:
    return translate("SymbiosisReport", source, language)


def candidate_table(rows: list, language: str) -> Table:
    """The candidates (services.symbiosis.CandidateRow), best first, as a report table."""
    table = Table("candidates", _s("Symbiosis candidates", language), [
        _s(text, language) for text in (
            "No.", "Score", "Supplier", "Offered", "EWC code", "Receiver", "Needed",
            "Distance, km", "Diverted, t/yr", "CO2e avoided net, t/yr", "Money, per yr",
            "Currency", "Status", "Why", "Notes")])
    for rank, row in enumerate(rows, start=1):
        match = row.match
        table.rows.append([
            rank, round(match.score, 3), match.supplier.party.name, match.supplier.name,
            match.supplier.ewc or None, match.receiver.party.name, match.receiver.name,
            None if match.distance_km is None else round(match.distance_km, 1),
            match.tonnes, match.net_co2e_t, match.money,
            match.supplier.currency if match.money is not None else None,
            translate("Enum", CANDIDATE_STATUS_LABELS[row.status], language),
            match.explanation(language), row.notes or None])
    return table


def stream_table(streams: list, language: str) -> Table:
    """The streams (services.symbiosis.StreamRow) of the enterprises, as a report table."""
    from recp_audit.choices import STREAM_DIRECTION_LABELS, STREAM_KIND_LABELS

    table = Table("streams", _s("Streams", language), [_s(text, language) for text in (
        "Enterprise", "NACE", "Direction", "Kind", "Stream", "EWC code", "Hazardous",
        "Quantity per year", "Unit", "Months", "Temperature, °C", "Notes")])
    for row in streams:
        table.rows.append([
            row.enterprise, row.nace or None,
            translate("Enum", STREAM_DIRECTION_LABELS[row.direction], language),
            translate("Enum", STREAM_KIND_LABELS[row.kind], language), row.name,
            row.ewc_code or None, _s("yes", language) if row.hazardous else None,
            row.quantity, row.unit or None,
            ", ".join(str(m) for m in row.months) or None, row.temperature,
            row.quality or None])
    return table


def totals(rows: list) -> dict[str, float]:
    """Tonnes diverted, net CO2e avoided and money a year over the candidates (known ones),
    each output shared among its receivers rather than counted once per receiver
    (symbiosis.matching.allocated)."""
    from recp_audit.symbiosis.matching import allocated

    shares = allocated([r.match for r in rows])
    return {"tonnes": sum(share * (r.match.tonnes or 0) for share, r in zip(shares, rows)),
            "co2e": sum(share * (r.match.net_co2e_t or 0) for share, r in zip(shares, rows)),
            "money": sum(share * (r.match.money or 0) for share, r in zip(shares, rows))}


def build_candidates_pdf(rows: list, title: str, target, language: str) -> int:
    """The candidate list as a landscape PDF; the page count."""
    register_fonts()
    styles = Styles.make(language)
    table = candidate_table(rows, language)
    heading = f"{_s('Symbiosis candidates', language)}: {title}"
    story = [NextPageTemplate("body"), Paragraph(_escape(heading), styles.h1),
             Paragraph(_escape(_s("Made on {date}", language).format(
                 date=dt.date.today().strftime("%d.%m.%Y"))), styles.body)]
    if not rows:
        story.append(Paragraph(_escape(_s(TEXTS[-2], language)), styles.warn))
    else:
        total = totals(rows)
        story.append(Paragraph(_escape(_s(SUMMARY, language).format(
            count=len(rows), tonnes=number(total["tonnes"], language),
            co2e=number(total["co2e"], language), money=number(total["money"], language))),
            styles.body))
        story.append(Paragraph(_escape(_s(TEXTS[-1], language)), styles.small))
        story.append(pdf_table(table, language, styles))
    document = _Document(target, heading, styles, pagesize=landscape(A4), title=heading,
                         author="recp-audit")
    document.build(story, canvasmaker=_numbered_canvas(language, first_page=True))
    return document.page


def pdf_table(table: Table, language: str, styles: Styles):
    """The candidate table laid out for a landscape page (explanations wrap)."""
    keep = (0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 13)
    widths = [8, 11, 25, 23, 25, 24, 12, 13, 14, 15, 16, 95]  # the reasons read best wide
    rows = [[table.headers[i] for i in keep]]
    for row in table.rows:
        cells: list = []
        for i in keep:
            value = row[i]
            if value is None:
                cells.append("—")
            elif i in (12, 13):  # status and explanation: text after the numbers
                cells.append(Paragraph(_escape(value), styles.cell))
            elif isinstance(value, float):
                cells.append(number(value, language, 2 if i == 1 else 0))
            else:
                cells.append(str(value))
        rows.append(cells)
    scale = WIDTH / (sum(widths) * mm)
    return _table(rows, [w * mm * scale for w in widths], styles, numeric_from=6)


def candidates_json(rows: list, park: dict[str, Any] | None) -> dict[str, Any]:
    """The candidates for a by-product platform: stable ids (the candidate id is fixed by
    its two streams), both enterprises and streams, score, explanation and estimates."""
    def side(offer) -> dict[str, Any]:
        return {"enterprise_id": str(offer.party.id), "enterprise": offer.party.name,
                "nace": offer.party.nace or None, "stream_id": str(offer.id),
                "stream": offer.name, "kind": offer.kind, "ewc_code": offer.ewc or None,
                "hazardous": offer.hazardous, "quantity": offer.quantity,
                "unit": offer.unit or None, "months": list(offer.months) or None}

    return {"format": JSON_FORMAT, "version": JSON_VERSION,
            "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "park": park,
            "candidates": [{
                "id": str(row.id), "rank": rank, "score": row.match.score,
                "status": str(row.status), "notes": row.notes,
                "supplier": side(row.match.supplier), "receiver": side(row.match.receiver),
                "distance_km": row.match.distance_km,
                "explanation": {"en": row.match.explanation("en"),
                                "ru": row.match.explanation("ru")},
                "signals": [{"key": s.key, "points": round(s.points, 4), "en": s.text_en,
                             "ru": s.text_ru} for s in row.match.signals],
                "estimates": {"tonnes_per_year": row.match.tonnes,
                              "avoided_co2e_t_per_year": row.match.avoided_co2e_t,
                              "transport_co2e_t_per_year": row.match.transport_co2e_t,
                              "net_co2e_t_per_year": row.match.net_co2e_t,
                              "money_per_year": row.match.money,
                              "currency": row.match.supplier.currency
                              if row.match.money is not None else None}}
                for rank, row in enumerate(rows, start=1)]}
