"""Streams of enterprises and the park's symbiosis candidates: run the matching, keep
each candidate's status and notes across runs (a candidate's id is fixed by its two
streams), and list or export the candidates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from recp_audit.choices import CandidateStatus
from recp_audit.model import Candidate, Enterprise, Stream, candidate_id
from recp_audit.services import records
from recp_audit.store.db import Workspace
from recp_audit.symbiosis import matching


def add_stream(workspace: Workspace, enterprise_id: uuid.UUID, values: dict[str, Any]
               ) -> uuid.UUID:
    """A new stream of the enterprise (validated; the EWC entry sets the hazard flag unless
    given)."""
    from recp_audit.codes import ewc

    values = {**values, "enterprise_id": enterprise_id}
    entry = ewc.lookup(values.get("ewc_code", "")) if values.get("ewc_code") else None
    if entry is not None:
        values["ewc_code"] = entry.code
        values.setdefault("hazardous", entry.hazardous)
    return records.create(workspace, Stream, values)


def offers(workspace: Workspace, park_id: uuid.UUID | None) -> list[matching.Offer]:
    """Every stream, its enterprise marked as in the park or outside it."""
    with workspace.session() as session:
        parties = {row.id: matching.Party(row.id, row.name, row.nace_code or "", row.latitude,
                                          row.longitude, park_id is None
                                          or row.park_id == park_id)
                   for row in session.scalars(sa.select(Enterprise))}
        return [matching.Offer(row.id, parties[row.enterprise_id], str(row.direction),
                               str(row.kind), row.name, row.quality, row.ewc_code,
                               row.hazardous, row.quantity, row.unit,
                               tuple(row.months or ()), row.temperature, row.disposal_cost,
                               row.price)
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


def run(workspace: Workspace, park_id: uuid.UUID | None, include_external: bool = False,
        top: int | None = None, freight_rate: float | None = None) -> list[CandidateRow]:
    """Find the candidates and store them; statuses and notes set earlier are kept."""
    found = matching.find_candidates(offers(workspace, park_id), settings(freight_rate),
                                     include_external, top)
    rows = []
    with workspace.transaction() as session:
        for match in found:
            key = candidate_id(match.supplier.id, match.receiver.id)
            stored = session.get(Candidate, key)
            explanation = {"en": match.explanation("en"), "ru": match.explanation("ru"),
                           "signals": [s.key for s in match.signals]}
            if stored is None:
                stored = Candidate(id=key, supplier_stream_id=match.supplier.id,
                                   receiver_stream_id=match.receiver.id, score=match.score,
                                   explanation=explanation)
                session.add(stored)
            elif stored.score != match.score or stored.explanation != explanation:
                stored.score, stored.explanation = match.score, explanation
            rows.append(CandidateRow(key, match, stored.status, stored.notes))
    return rows


def set_status(workspace: Workspace, candidate: uuid.UUID, status: CandidateStatus,
               notes: str | None = None) -> None:
    """Record how far a candidate has got (kept across re-runs of the matching)."""
    with workspace.transaction() as session:
        stored = session.get(Candidate, candidate)
        stored.status = status
        if notes is not None:
            stored.notes = notes
