"""Fixed choices (roles, audit kinds, statuses) with their translatable labels.

Pure Python with no database or Qt imports, so the window can show labels before
the data layer has loaded.
"""

from __future__ import annotations

import enum

from recp_audit.messages import QT_TRANSLATE_NOOP


class PersonRole(enum.StrEnum):
    """What a person does in audits."""

    EXPERT = "expert"
    LEAD = "lead"
    CLUB_MEMBER = "club_member"
    ENTERPRISE_STAFF = "enterprise_staff"


PERSON_ROLE_LABELS = {
    PersonRole.EXPERT: QT_TRANSLATE_NOOP("Enum", "National RECP expert"),
    PersonRole.LEAD: QT_TRANSLATE_NOOP("Enum", "Audit lead"),
    PersonRole.CLUB_MEMBER: QT_TRANSLATE_NOOP("Enum", "RECP club member"),
    PersonRole.ENTERPRISE_STAFF: QT_TRANSLATE_NOOP("Enum", "Enterprise staff"),
}


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
