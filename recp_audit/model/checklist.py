"""Checklists attached to an audit, their answers, photos and improvement options."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (JSON, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text,
                        UniqueConstraint, Uuid)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recp_audit.choices import CPCategory, OptionStatus, ResourceArea
from recp_audit.model.audit import Audit
from recp_audit.model.base import Base, Versioned
from recp_audit.model.organisation import enum_column

ANSWER_NAMESPACE = uuid.UUID("5a0f4f2e-7c0b-4d1e-9a55-2f8f4a6c1d01")


def answer_id(checklist_id: uuid.UUID, item_id: str) -> uuid.UUID:
    """The id of the answer to one item: the same in every copy of the workspace, so
    two experts answering the same item meet as edits of one record when merged."""
    return uuid.uuid5(ANSWER_NAMESPACE, f"{checklist_id}/{item_id}")


class Checklist(Versioned, Base):
    """A checklist template pinned to an audit: id, version, content hash and a copy of
    the template itself, so that later template versions never change old answers."""

    __tablename__ = "checklist"

    audit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("audit.id"), index=True)
    template_id: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    template_data: Mapped[dict[str, Any]] = mapped_column(JSON)

    audit: Mapped[Audit] = relationship()


class Answer(Versioned, Base):
    """The answer to one checklist item (status, number with unit, choices or text)."""

    __tablename__ = "checklist_answer"
    __table_args__ = (UniqueConstraint("checklist_id", "item_id"),)

    checklist_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("checklist.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str | None] = mapped_column(String(16), default=None)
    number: Mapped[float | None] = mapped_column(Float, default=None)
    unit: Mapped[str | None] = mapped_column(String(40), default=None)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Blob(Base):
    """Bytes of a photo or document, stored once by their SHA-256 (never changed)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Photo(Versioned, Base):
    """A photo attached to a record (a checklist answer; later measurement points)."""

    __tablename__ = "photo"

    owner_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    blob_sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blob.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    added: Mapped[dt.datetime] = mapped_column(DateTime)


class Option(Versioned, Base):
    """An improvement option of an audit, often drafted from a checklist finding."""

    __tablename__ = "option"

    audit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("audit.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[ResourceArea] = mapped_column(enum_column(ResourceArea),
                                               default=ResourceArea.ENERGY)
    category: Mapped[CPCategory] = mapped_column(enum_column(CPCategory),
                                                 default=CPCategory.GOOD_HOUSEKEEPING)
    calculator: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[OptionStatus] = mapped_column(enum_column(OptionStatus),
                                                 default=OptionStatus.IDENTIFIED)
    source_checklist_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    source_item_id: Mapped[str] = mapped_column(String(100), default="")
    inputs: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # name -> "7 bar"
    uncertainties: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # name -> "0.1 bar"
    sources: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # name -> where from
    results: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # as last calculated
    manual_savings: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # kind -> "12 t"
    fuel: Mapped[str] = mapped_column(String(40), default="natural_gas")  # for CO2e of heat
    investment: Mapped[float | None] = mapped_column(Float, default=None)
    lifetime: Mapped[float] = mapped_column(Float, default=10.0)  # years
    discount_rate: Mapped[float] = mapped_column(Float, default=10.0)  # percent
    responsible: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, default=None)
    realised: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # money, note
    # Options on one piece of equipment or energy flow act in sequence (services.options)
    group_name: Mapped[str] = mapped_column(String(100), default="")
    group_order: Mapped[int] = mapped_column(Integer, default=0)
    group_base: Mapped[str] = mapped_column(String(60), default="")  # "540 MWh", on the first
