"""Mapped entities; importing this package registers every table on `Base.metadata`."""

from recp_audit.choices import AuditKind, AuditStatus, PersonRole, TeamRole
from recp_audit.model import versioning  # noqa: F401 - installs the flush hooks
from recp_audit.model.audit import Audit, AuditMember
from recp_audit.model.base import Base, Versioned, new_id
from recp_audit.model.baseline import BaselineEntry, Tariff
from recp_audit.model.checklist import Answer, Blob, Checklist, Option, Photo, answer_id
from recp_audit.model.measurement import (Instrument, MeasurementPoint, Reading, Series,
                                          SeriesChannel)
from recp_audit.model.organisation import Enterprise, Park, Person
from recp_audit.model.symbiosis import Candidate, Stream, candidate_id
from recp_audit.model.workspace import MergeConflict, MergeReceipt, RowVersion, WorkspaceMeta

__all__ = [
    "Answer", "Audit", "Candidate", "AuditKind", "AuditMember", "AuditStatus", "Base", "BaselineEntry", "Blob",
    "Checklist", "MergeConflict", "MergeReceipt",
    "Enterprise", "Instrument", "MeasurementPoint", "Option", "Reading", "Series",
    "SeriesChannel", "Park", "Person", "PersonRole", "Photo", "RowVersion", "Stream", "Tariff",
    "TeamRole", "candidate_id",
    "Versioned", "WorkspaceMeta", "answer_id", "new_id",
]
