"""Who uses the program, and what each kind of user is shown first."""

from __future__ import annotations

import enum

from recp_audit.messages import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    """The user's role, chosen at first start and changed in the settings."""

    EXPERT = "expert"
    CLUB = "club"
    LEAD = "lead"


ROLE_LABELS = {
    Role.EXPERT: QT_TRANSLATE_NOOP("Role", "National RECP expert"),
    Role.CLUB: QT_TRANSLATE_NOOP("Role", "RECP club member (self-diagnosis)"),
    Role.LEAD: QT_TRANSLATE_NOOP("Role", "Audit lead / industrial park"),
}

ROLE_DESCRIPTIONS = {
    Role.EXPERT: QT_TRANSLATE_NOOP(
        "Role", "Full audits on site: checklists, baseline, instrument measurements, savings "
                "calculators, streams and reports."),
    Role.CLUB: QT_TRANSLATE_NOOP(
        "Role", "A self-diagnosis of your own enterprise: answer the checklists, enter the "
                "monthly consumption, read the results and print the report."),
    Role.LEAD: QT_TRANSLATE_NOOP(
        "Role", "Merge the experts' files, settle conflicts, run a park's industrial "
                "symbiosis and its consolidated report, publish to the team server."),
}

# Sections of an audit in the order of an RECP assessment.
AUDIT_AREAS = ("overview", "checklists", "baseline", "measurements", "options", "streams",
               "reports", "coverage")
_CLUB_AREAS = ("overview", "checklists", "baseline", "reports")


def role_of(text: str) -> Role | None:
    """The role saved in the settings (None: not chosen yet)."""
    try:
        return Role(text)
    except ValueError:
        return None


def audit_areas(role: Role | None) -> tuple[str, ...]:
    """The sections of an audit shown to `role`: a club member is spared the instrument,
    calculator, stream and team pages."""
    return _CLUB_AREAS if role is Role.CLUB else AUDIT_AREAS


def team_tools(role: Role | None) -> bool:
    """Whether merging, conflicts and the team server are offered (not to club members)."""
    return role is not Role.CLUB
