"""Streams of enterprises and the park's symbiosis candidates: run the matching, keep
each candidate's status and notes across runs (a candidate's id is fixed by its two
streams), and list or export the candidates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from recp_audit.choices import CandidateStatus, ResourceKind, StreamDirection, StreamKind
from recp_audit.codes import national_waste
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError
from recp_audit.model import Candidate, Enterprise, Stream, candidate_id
from recp_audit.services import records
from recp_audit.store.db import Workspace
from recp_audit.symbiosis import matching


def add_stream(workspace: Workspace, enterprise_id: uuid.UUID, values: dict[str, Any]
               ) -> uuid.UUID:
    """A new stream of the enterprise (see `save_stream`)."""
    return save_stream(workspace, {**values, "enterprise_id": enterprise_id})


def save_stream(workspace: Workspace, values: dict[str, Any],
                stream_id: uuid.UUID | None = None) -> uuid.UUID:
    """Create (or update) a stream, validated; the EWC code is written as the list writes
    it, and a hazard flag left empty (None) comes from the EWC entry."""
    from recp_audit.codes import ewc

    values = dict(values)
    entry = ewc.lookup(values["ewc_code"]) if values.get("ewc_code") else None
    if entry is not None:
        values["ewc_code"] = entry.code
    if values.get("hazardous") in (None, ""):
        values["hazardous"] = entry.hazardous if entry is not None else False
    if stream_id is None:
        return records.create(workspace, Stream, values)
    records.update(workspace, Stream, stream_id, values)
    return stream_id


def offers(workspace: Workspace, park_id: uuid.UUID | None) -> list[matching.Offer]:
    """Every stream, its enterprise marked as in the park or outside it."""
    with workspace.session() as session:
        parties = {row.id: matching.Party(row.id, row.name, row.nace_code or "", row.latitude,
                                          row.longitude, park_id is None
                                          or row.park_id == park_id,
                                          tuple(filter(None, (row.other_nace_codes or "")
                                                       .split("; "))))
                   for row in session.scalars(sa.select(Enterprise))}
        return [matching.Offer(row.id, parties[row.enterprise_id], str(row.direction),
                               str(row.kind), row.name, row.quality,
                               row.ewc_code or national_waste.ewc_for(row.national_code),
                               row.hazardous, row.quantity, row.unit,
                               tuple(row.months or ()), row.temperature, row.disposal_cost,
                               row.price, row.currency or "BYN", row.pressure)
                for row in session.scalars(sa.select(Stream))
                if row.enterprise_id in parties]


def settings(freight_rate: float | None = None) -> matching.Settings:
    """Estimate factors from the shipped emission factors: lorry freight, and heat from
    natural gas at 90 % boiler efficiency."""
    from recp_audit.calc.factors import default_factors

    factors = default_factors()
    gas = factors.fuel("natural_gas")
    heat = (gas.co2 + gas.ch4 * factors.gwp("CH4") + gas.n2o * factors.gwp("N2O")) / 0.9
    return matching.Settings(factors.road_freight().m_as("kg/(t*km)"), heat.m_as("t/MWh"),
                             freight_rate)


@dataclass
class CandidateRow:
    """A candidate as listed: the match, its stored status and notes."""

    id: uuid.UUID
    match: matching.Candidate
    status: CandidateStatus
    notes: str


def match(workspace: Workspace, park_id: uuid.UUID | None, include_external: bool = False,
          top: int | None = None, freight_rate: float | None = None) -> list[CandidateRow]:
    """The candidates, best first, with the status and notes stored for each (nothing is
    written)."""
    found = matching.find_candidates(offers(workspace, park_id), settings(freight_rate),
                                     include_external, top)
    with workspace.session() as session:
        stored = {row.id: row for row in session.scalars(sa.select(Candidate))}
    rows = []
    for found_match in found:
        key = candidate_id(found_match.supplier.id, found_match.receiver.id)
        known = stored.get(key)
        rows.append(CandidateRow(key, found_match,
                                 known.status if known else CandidateStatus.NEW,
                                 known.notes if known else ""))
    return rows


def why_not(workspace: Workspace, park_id: uuid.UUID | None, supplier_id: uuid.UUID,
            receiver_id: uuid.UUID, language: str) -> str:
    """Why a stream is or is not among the candidates for another, in `language`: the
    gate or the missing evidence, or the pair's rank among the receiver's offers."""
    streams = {offer.id: offer for offer in offers(workspace, park_id)}
    offer, need = streams.get(supplier_id), streams.get(receiver_id)
    if offer is None or need is None:
        raise NotFoundError(Message("Symbiosis", QT_TRANSLATE_NOOP(
            "Symbiosis", "the stream does not exist (it may have been deleted)")))
    reasons = matching.why_not(offer, need, settings())
    if reasons:
        text = "; ".join(reason.words(language) for reason in reasons)
        return text[:1].upper() + text[1:]
    found = [c for c in matching.find_candidates(list(streams.values()), settings(), True,
                                                 per_output=None) if c.receiver.id == need.id]
    rank = next(i for i, c in enumerate(found, start=1) if c.supplier.id == offer.id)
    return (f"Это кандидат: место {rank} из {len(found)} предложений для этой потребности"
            if language == "ru" else
            f"It is a candidate: rank {rank} of the {len(found)} offers for this need")


def run(workspace: Workspace, park_id: uuid.UUID | None, include_external: bool = False,
        top: int | None = None, freight_rate: float | None = None) -> list[CandidateRow]:
    """Find the candidates and store them; statuses and notes set earlier are kept."""
    rows = match(workspace, park_id, include_external, top, freight_rate)
    with workspace.transaction() as session:
        for row in rows:
            stored = session.get(Candidate, row.id)
            explanation = {"en": row.match.explanation("en"), "ru": row.match.explanation("ru"),
                           "signals": [s.key for s in row.match.signals]}
            if stored is None:
                session.add(Candidate(id=row.id, supplier_stream_id=row.match.supplier.id,
                                      receiver_stream_id=row.match.receiver.id,
                                      score=row.match.score, explanation=explanation))
            elif stored.score != row.match.score or stored.explanation != explanation:
                stored.score, stored.explanation = row.match.score, explanation
    return rows


def set_status(workspace: Workspace, row: CandidateRow, status: CandidateStatus,
               notes: str | None = None) -> None:
    """Record how far a candidate has got (kept across re-runs of the matching)."""
    with workspace.transaction() as session:
        stored = session.get(Candidate, row.id)
        if stored is None:
            stored = Candidate(id=row.id, supplier_stream_id=row.match.supplier.id,
                               receiver_stream_id=row.match.receiver.id, score=row.match.score,
                               explanation={"en": row.match.explanation("en"),
                                            "ru": row.match.explanation("ru")})
            session.add(stored)
        stored.status = status
        if notes is not None:
            stored.notes = notes
    row.status = status
    if notes is not None:
        row.notes = notes


@dataclass(frozen=True)
class StreamRow:
    """A stream as listed, with its enterprise."""

    id: uuid.UUID
    enterprise_id: uuid.UUID
    enterprise: str
    nace: str
    direction: StreamDirection
    kind: StreamKind
    name: str
    ewc_code: str
    hazardous: bool
    quantity: float | None
    unit: str
    months: tuple[int, ...]
    temperature: float | None
    quality: str


def streams(workspace: Workspace, park_id: uuid.UUID | None = None,
            enterprise_id: uuid.UUID | None = None) -> list[StreamRow]:
    """The streams of a park's enterprises (or of one enterprise, or all), by enterprise."""
    with workspace.session() as session:
        query = (sa.select(Stream, Enterprise).join(Enterprise,
                                                    Stream.enterprise_id == Enterprise.id)
                 .where(Stream.deleted.is_(False), Enterprise.deleted.is_(False)))
        if park_id is not None:
            query = query.where(Enterprise.park_id == park_id)
        if enterprise_id is not None:
            query = query.where(Enterprise.id == enterprise_id)
        return [StreamRow(row.id, firm.id, firm.name, firm.nace_code or "",
                          StreamDirection(row.direction), StreamKind(row.kind), row.name,
                          row.ewc_code, row.hazardous, row.quantity, row.unit,
                          tuple(row.months or ()), row.temperature, row.quality)
                for row, firm in session.execute(query.order_by(Enterprise.name, Stream.direction,
                                                                Stream.name))]


@dataclass(frozen=True)
class Found:
    """A search hit: a stream that matches, or an enterprise whose sector uses the
    material searched for (with the precedent)."""

    enterprise_id: uuid.UUID
    enterprise: str
    nace: str
    stream: StreamRow | None
    use_en: str = ""
    use_ru: str = ""


def search(workspace: Workspace, text: str, sector: str = "",
           park_id: uuid.UUID | None = None) -> list[Found]:
    """Streams whose name, notes or EWC code match `text` (at least half of its words, in
    Russian or English, any word form) in enterprises of NACE `sector` (a prefix), and the enterprises of sectors
    that use such a material by the knowledge table, as the UNIDO by-product search."""
    from recp_audit.codes import ewc
    from recp_audit.symbiosis.knowledge import uses
    from recp_audit.symbiosis.text import stems

    wanted = stems(text)
    code = ewc.normalise(text) if any(ch.isdigit() for ch in text) else ""
    found: list[Found] = []
    for row in streams(workspace, park_id):
        if sector and not row.nace.startswith(sector):
            continue
        words = stems(f"{row.name} {row.quality}")
        if (wanted and len(wanted & words) * 2 >= len(wanted)) or \
                (code and row.ewc_code.startswith(code.rstrip("*"))):
            found.append(Found(row.enterprise_id, row.enterprise, row.nace, row))
    listed = {hit.enterprise_id for hit in found}
    material = [use for use in uses() if use.names_material(code, wanted)]
    if material:
        with workspace.session() as session:
            query = sa.select(Enterprise).where(Enterprise.deleted.is_(False))
            if park_id is not None:
                query = query.where(Enterprise.park_id == park_id)
            for firm in session.scalars(query.order_by(Enterprise.name)):
                use = next((u for u in material if u.receives(firm.nace_code or "")), None)
                if use and firm.id not in listed and (firm.nace_code or "").startswith(sector):
                    found.append(Found(firm.id, firm.name, firm.nace_code, None, use.use_en,
                                       use.use_ru))
    return found


SURPLUS_HEAT = QT_TRANSLATE_NOOP("Symbiosis", "Surplus heat: {title}")
FROM_BASELINE = QT_TRANSLATE_NOOP("Symbiosis", "from the baseline, {months} month(s) recorded")
FROM_CALCULATOR = QT_TRANSLATE_NOOP("Symbiosis", "recoverable heat found by the calculator "
                                                 "{name}; offer it if not used on site")


def drafts(workspace: Workspace, audit_id: uuid.UUID, language: str) -> list[dict[str, Any]]:
    """Output streams drafted from an audit, not yet stored: each waste of the baseline
    (a year's quantity from the months recorded, its EWC code and disposal cost), and the
    surplus heat of heat-recovery and flue-gas calculations. Streams the enterprise
    already has (same name) are left out."""
    from recp_audit.model import Audit, Option
    from recp_audit.reports.catalog import translate
    from recp_audit.services.baseline import lines

    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        enterprise_id = audit.enterprise_id
        taken = {name.strip().lower() for name in session.scalars(
            sa.select(Stream.name).where(Stream.enterprise_id == enterprise_id,
                                         Stream.deleted.is_(False)))}
        heat = [(o.title, o.calculator, dict(o.inputs or {}), dict(o.results or {}))
                for o in session.scalars(sa.select(Option).where(
                    Option.audit_id == audit_id, Option.deleted.is_(False),
                    Option.calculator.in_(("heat-recovery", "flue-gas-recovery"))))]
    grouped: dict[tuple[str, str, str], list] = {}
    for line in lines(workspace, audit_id):
        if line.kind == ResourceKind.WASTE and line.quantity is not None:
            grouped.setdefault((line.item, line.ewc_code, line.unit), []).append(line)
    found = []
    for (item, code, unit), entries in grouped.items():
        total = sum(e.quantity for e in entries)
        months = len({e.month for e in entries})
        costs = [e.cost for e in entries if e.cost is not None]
        values = {"enterprise_id": enterprise_id, "direction": StreamDirection.OUTPUT,
                  "kind": StreamKind.MATERIAL, "name": item, "ewc_code": code,
                  "quantity": round(total * 12 / months, 3), "unit": unit,
                  "quality": translate("Symbiosis", FROM_BASELINE, language).format(
                      months=months)}
        if costs and total:
            values.update(disposal_cost=round(sum(costs) / total, 2),
                          currency=entries[0].currency)
        found.append(values)
    for title, name, inputs, results in heat:
        if name == "heat-recovery" and "heat" in results:
            amount, temperature = results["heat"]["value"], None
        elif name == "flue-gas-recovery" and "fuel_energy" in results:
            amount = results["fuel_energy"]["value"] * results["efficiency_after"]["value"] / 100
            temperature = _degrees(inputs.get("flue_temperature"))
        else:
            continue
        found.append({"enterprise_id": enterprise_id, "direction": StreamDirection.OUTPUT,
                      "kind": StreamKind.ENERGY,
                      "name": translate("Symbiosis", SURPLUS_HEAT, language).format(
                          title=title),
                      "quantity": round(amount, 1), "unit": "MWh", "temperature": temperature,
                      "quality": translate("Symbiosis", FROM_CALCULATOR, language).format(
                          name=name)})
    return [d for d in found if d["name"].strip().lower() not in taken]


def _degrees(text: str | None) -> float | None:
    from recp_audit.units import UnitError, parse_quantity, parse_unit, registry

    if not text:
        return None
    try:
        value, unit = parse_quantity(text, "degC")
    except UnitError:
        return None  # a draft without a temperature is still a draft
    return float(registry().Quantity(value, parse_unit(unit)).m_as("degC"))
