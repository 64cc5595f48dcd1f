"""Audits (expert assessments and self-diagnoses) and their teams."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from sqlalchemy import Date, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.model.base import Base, Versioned
from recp_audit.model.organisation import Enterprise, Person, enum_column


class AuditKind(enum.StrEnum):
    """Full expert RECP assessment or a club member's self-diagnosis."""

    EXPERT = "expert"
    SELF_DIAGNOSIS = "self_diagnosis"


class AuditStatus(enum.StrEnum):
    """Where the audit stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    REPORTING = "reporting"
    COMPLETED = "completed"


class TeamRole(enum.StrEnum):
    """A team member's share of the audit."""

    LEAD = "lead"
    ENERGY = "energy"
    WATER = "water"
    MATERIALS = "materials"
    WASTE = "waste"
    MEMBER = "member"


AUDIT_KIND_LABELS = {
    AuditKind.EXPERT: QT_TRANSLATE_NOOP("Enum", "Expert assessment"),
    AuditKind.SELF_DIAGNOSIS: QT_TRANSLATE_NOOP("Enum", "Self-diagnosis"),
}
AUDIT_STATUS_LABELS = {
    AuditStatus.PLANNED: QT_TRANSLATE_NOOP("Enum", "Planned"),
    AuditStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Enum", "In progress"),
    AuditStatus.REPORTING: QT_TRANSLATE_NOOP("Enum", "Reporting"),
    AuditStatus.COMPLETED: QT_TRANSLATE_NOOP("Enum", "Completed"),
}
TEAM_ROLE_LABELS = {
    TeamRole.LEAD: QT_TRANSLATE_NOOP("Enum", "Team lead"),
    TeamRole.ENERGY: QT_TRANSLATE_NOOP("Enum", "Energy"),
    TeamRole.WATER: QT_TRANSLATE_NOOP("Enum", "Water"),
    TeamRole.MATERIALS: QT_TRANSLATE_NOOP("Enum", "Materials"),
    TeamRole.WASTE: QT_TRANSLATE_NOOP("Enum", "Waste and emissions"),
    TeamRole.MEMBER: QT_TRANSLATE_NOOP("Enum", "Team member"),
}
REPORT_LANGUAGES = ("ru", "en")
CURRENCIES = ("BYN", "RUB", "EUR", "USD", "UAH", "KZT")


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
