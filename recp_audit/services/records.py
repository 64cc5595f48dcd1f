"""Create, edit and delete people, parks, enterprises, audits and audit teams.

Every change is validated (`model.validation`), committed at once and versioned.
Deleting tombstones the record and everything under it (park -> enterprises ->
audits -> team rows) so that a merge later sees the deletion.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError, ValidationError
from recp_audit.model import (Answer, Audit, AuditMember, BaselineEntry, Candidate, Checklist,
                              Enterprise,
                              Instrument, MeasurementPoint, Option, Park, Person, Photo, Reading,
                              Series, SeriesChannel, Stream, Tariff, TeamRole, Versioned)
from recp_audit.model.validation import clean_fields
from recp_audit.store.db import Workspace

# A record's children that are deleted with it: model -> [(child model, foreign key)].
CHILDREN: dict[type, list[tuple[type, str]]] = {
    Park: [(Enterprise, "park_id")],
    Enterprise: [(Audit, "enterprise_id"), (Stream, "enterprise_id")],
    Audit: [(AuditMember, "audit_id"), (Checklist, "audit_id"), (Option, "audit_id"),
            (MeasurementPoint, "audit_id"), (BaselineEntry, "audit_id"), (Tariff, "audit_id")],
    Person: [(AuditMember, "person_id")],
    AuditMember: [],
    Checklist: [(Answer, "checklist_id")],
    Answer: [(Photo, "owner_id")],
    Photo: [],
    Option: [],
    Instrument: [],
    MeasurementPoint: [(Reading, "point_id"), (Series, "point_id"), (Photo, "owner_id")],
    Reading: [(Photo, "owner_id")],
    Series: [(SeriesChannel, "series_id")],
    SeriesChannel: [],
    BaselineEntry: [],
    Tariff: [],
    Stream: [(Candidate, "supplier_stream_id"), (Candidate, "receiver_stream_id")],
    Candidate: [],
}
PARENTS: dict[type, dict[str, type]] = {
    Enterprise: {"park_id": Park},
    Audit: {"enterprise_id": Enterprise},
    AuditMember: {"audit_id": Audit, "person_id": Person},
    MeasurementPoint: {"audit_id": Audit},
    Reading: {"point_id": MeasurementPoint, "instrument_id": Instrument},
    BaselineEntry: {"audit_id": Audit},
    Tariff: {"audit_id": Audit},
    Option: {"audit_id": Audit},
    Stream: {"enterprise_id": Enterprise},
}


def _get(session: Session, model: type, record_id: uuid.UUID) -> Versioned:
    record = session.get(model, record_id)
    if record is None or record.deleted:
        raise NotFoundError(Message("Records", QT_TRANSLATE_NOOP(
            "Records", "{kind} {id} does not exist (it may have been deleted)"),
            {"kind": model.__tablename__, "id": str(record_id)}))
    return record


def _check_parents(session: Session, model: type, values: dict[str, Any]) -> None:
    for key, parent in PARENTS.get(model, {}).items():
        if values.get(key) is not None:
            try:
                _get(session, parent, values[key])
            except NotFoundError as exc:
                raise ValidationError(key, exc.message) from None


def create(workspace: Workspace, model: type, values: dict[str, Any]) -> uuid.UUID:
    """Validate `values`, store a new `model` record and return its id."""
    cleaned = clean_fields(model, values)
    with workspace.transaction() as session:
        _check_parents(session, model, cleaned)
        record = model(**cleaned)
        session.add(record)
        session.flush()
        return record.id


def update(workspace: Workspace, model: type, record_id: uuid.UUID,
           values: dict[str, Any]) -> None:
    """Validate and apply changed fields of one record."""
    with workspace.transaction() as session:
        record = _get(session, model, record_id)
        cleaned = clean_fields(model, values, partial=True, current=record.field_values())
        _check_parents(session, model, cleaned)
        for key, value in cleaned.items():
            setattr(record, key, value)


def values_of(workspace: Workspace, model: type, record_id: uuid.UUID) -> dict[str, Any]:
    """The stored fields of one record (for filling a form)."""
    with workspace.session() as session:
        return _get(session, model, record_id).field_values()


def descendants(session: Session, model: type, record_id: uuid.UUID) -> list[Versioned]:
    """Every record under this one, once (a candidate hangs under two streams)."""
    found: dict[uuid.UUID, Versioned] = {}
    for child_model, key in CHILDREN[model]:
        children = session.scalars(
            sa.select(child_model).where(getattr(child_model, key) == record_id)).all()
        for child in children:
            found[child.id] = child
            found.update((row.id, row) for row in descendants(session, child_model, child.id))
    return list(found.values())


def deletion_impact(workspace: Workspace, model: type, record_id: uuid.UUID) -> Counter[str]:
    """How many records of each kind deleting this one takes with it (for the confirmation)."""
    with workspace.session() as session:
        _get(session, model, record_id)
        return Counter(type(row).__tablename__ for row in descendants(session, model, record_id))


def delete(workspace: Workspace, model: type, record_id: uuid.UUID) -> Counter[str]:
    """Tombstone the record and its descendants; returns what went with it."""
    with workspace.transaction() as session:
        record = _get(session, model, record_id)
        below = descendants(session, model, record_id)
        for row in [record, *below]:
            row.deleted = True
        return Counter(type(row).__tablename__ for row in below)


def people(workspace: Workspace) -> list[Person]:
    """Everybody in the workspace, by name."""
    with workspace.session() as session:
        return list(session.scalars(sa.select(Person).order_by(Person.name)))


def team(workspace: Workspace, audit_id: uuid.UUID) -> dict[uuid.UUID, TeamRole]:
    """The audit team: person id -> role."""
    with workspace.session() as session:
        rows = session.scalars(sa.select(AuditMember).where(AuditMember.audit_id == audit_id))
        return {row.person_id: row.team_role for row in rows}


def set_team(workspace: Workspace, audit_id: uuid.UUID,
             members: dict[uuid.UUID, TeamRole]) -> None:
    """Make the audit team exactly `members`, changing only rows that differ."""
    with workspace.transaction() as session:
        _get(session, Audit, audit_id)
        existing = {row.person_id: row for row in session.scalars(
            sa.select(AuditMember).where(AuditMember.audit_id == audit_id))}
        for person_id, row in existing.items():
            if person_id not in members:
                row.deleted = True
            elif row.team_role != members[person_id]:
                row.team_role = TeamRole(members[person_id])
        for person_id, role in members.items():
            if person_id not in existing:
                _check_parents(session, AuditMember, {"person_id": person_id})
                session.add(AuditMember(audit_id=audit_id, person_id=person_id,
                                        team_role=TeamRole(role)))
