"""Audits (expert assessments and self-diagnoses) and their teams."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recp_audit.choices import AuditKind, AuditStatus, TeamRole
from recp_audit.model.base import Base, Versioned
from recp_audit.model.organisation import Enterprise, Person, enum_column


class Audit(Versioned, Base):
    """One RECP assessment of one enterprise over a baseline period."""

    __tablename__ = "audit"

    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("enterprise.id"), index=True)
    kind: Mapped[AuditKind] = mapped_column(enum_column(AuditKind), default=AuditKind.EXPERT)
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[dt.date | None] = mapped_column(Date, default=None)
    period_end: Mapped[dt.date | None] = mapped_column(Date, default=None)
    status: Mapped[AuditStatus] = mapped_column(
        enum_column(AuditStatus), default=AuditStatus.PLANNED)
    report_language: Mapped[str] = mapped_column(String(8), default="ru")
    currency: Mapped[str] = mapped_column(String(3), default="BYN")
    factor_overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    enterprise: Mapped[Enterprise] = relationship(back_populates="audits")
    members: Mapped[list[AuditMember]] = relationship(back_populates="audit")


class AuditMember(Versioned, Base):
    """A person on an audit team (its own row so that team edits merge by union)."""

    __tablename__ = "audit_member"

    audit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("audit.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id"), index=True)
    team_role: Mapped[TeamRole] = mapped_column(enum_column(TeamRole), default=TeamRole.MEMBER)

    audit: Mapped[Audit] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()
