"""Industrial symbiosis: the streams enterprises offer or need, and the candidate
exchanges between them with their status."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from recp_audit.choices import CandidateStatus, StreamDirection, StreamKind
from recp_audit.model.base import Base, Versioned
from recp_audit.model.organisation import enum_column

CANDIDATE_NAMESPACE = uuid.UUID("9f3c2a4e-6b1d-4c7e-9a55-2d8f1e0b7c63")


def candidate_id(supplier_stream: uuid.UUID, receiver_stream: uuid.UUID) -> uuid.UUID:
    """The same id for the same pair in every file and every run of the matching."""
    return uuid.uuid5(CANDIDATE_NAMESPACE, f"{supplier_stream}>{receiver_stream}")


class Stream(Versioned, Base):
    """A material, energy, water or gas stream, a service or shared infrastructure that an
    enterprise offers (output) or needs (input)."""

    __tablename__ = "stream"

    enterprise_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("enterprise.id"),
                                                     index=True)
    direction: Mapped[StreamDirection] = mapped_column(enum_column(StreamDirection))
    kind: Mapped[StreamKind] = mapped_column(enum_column(StreamKind),
                                             default=StreamKind.MATERIAL)
    name: Mapped[str] = mapped_column(String(300))
    ewc_code: Mapped[str] = mapped_column(String(12), default="")
    national_code: Mapped[str] = mapped_column(String(40), default="")
    hazardous: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(40), default="")  # solid, liquid, sludge ...
    quantity: Mapped[float | None] = mapped_column(Float, default=None)  # per year
    unit: Mapped[str] = mapped_column(String(40), default="")
    months: Mapped[list[int]] = mapped_column(JSON, default=list)  # 1..12; empty: all year
    quality: Mapped[str] = mapped_column(Text, default="")
    temperature: Mapped[float | None] = mapped_column(Float, default=None)  # °C
    pressure: Mapped[float | None] = mapped_column(Float, default=None)  # bar gauge
    disposal_route: Mapped[str] = mapped_column(String(300), default="")
    disposal_cost: Mapped[float | None] = mapped_column(Float, default=None)  # per unit
    price: Mapped[float | None] = mapped_column(Float, default=None)  # expected, per unit
    currency: Mapped[str] = mapped_column(String(3), default="BYN")


class Candidate(Versioned, Base):
    """A possible exchange from a supplier's output stream to a receiver's input stream
    (or sector); the matching refreshes score and explanation, people set the status."""

    __tablename__ = "candidate"

    supplier_stream_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stream.id"),
                                                          index=True)
    receiver_stream_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stream.id"),
                                                          index=True)
    status: Mapped[CandidateStatus] = mapped_column(enum_column(CandidateStatus),
                                                    default=CandidateStatus.NEW)
    notes: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
