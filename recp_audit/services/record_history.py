"""A record's history (who changed which field from what to what, when) and putting an
older value back as a new ordinary version, which merges like any edit.

Values are shown as people read them: choices by their label, dates as 21.11.2026,
numbers with the language's decimal mark, e.g. ``shown(Enterprise, "employees", 412.5,
"ru")`` -> ``"412,5"``.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from recp_audit import choices
from recp_audit.checklists.scoring import STATUS_LABELS
from recp_audit.merge.merge import python_value
from recp_audit.merge.verify import label_of
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError
from recp_audit.model import Answer
from recp_audit.model.clock import parse_stamp
from recp_audit.model.history import DELETED, Version, same, topological, view
from recp_audit.model.versioning import logged, snapshot
from recp_audit.store.db import Workspace

CONTEXT = "RecordHistory"
LONGEST = 200  # characters of a text shown before it is cut with "…"

# Every choice's label, by member: the `*_LABELS` tables of `choices`.
CHOICE_LABELS: dict[enum.Enum, str] = {
    member: text for table in vars(choices).values() if isinstance(table, dict)
    for member, text in table.items() if isinstance(member, enum.Enum)}


@dataclass(frozen=True)
class FieldChange:
    """One field a version changed: its logged value before and after."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Entry:
    """One version of a record: who made it, when, and the fields it changed."""

    revision: str
    author: str
    when: dt.datetime
    changes: tuple[FieldChange, ...]


def state_before(versions: dict[str, Version], parents: tuple[str, ...]) -> dict[str, Any] | None:
    """The record's fields (and `DELETED`) as the versions `parents` show it; None for no
    parents (the version created the record)."""
    known = [parent for parent in parents if parent in versions]
    if not known:
        return None
    if len(known) == 1:
        version = versions[known[0]]
        return {**version.data, DELETED: version.deleted}
    ancestors, stack = {}, list(known)
    while stack:
        revision = stack.pop()
        if revision in ancestors or revision not in versions:
            continue
        ancestors[revision] = versions[revision]
        stack.extend(versions[revision].parents)
    made = view(ancestors)
    return {**made.data, DELETED: made.deleted}


def _when(version: Version) -> dt.datetime:
    return dt.datetime.fromtimestamp(parse_stamp(version.hlc)[0] / 1000)


def _empty(value: Any) -> bool:
    return value is None or value is False or value == "" or value == [] or value == {}


def history(workspace: Workspace, model: type, record_id: uuid.UUID) -> list[Entry]:
    """Every version of the record, newest first, with the fields each one changed (the
    first version: the fields it filled)."""
    with workspace.session() as session:
        versions = logged(session.connection(), model.__tablename__, record_id)
    if not versions:
        raise _missing(model, record_id)
    entries = []
    for revision in topological(versions):
        version = versions[revision]
        before = state_before(versions, version.parents)
        after = {**version.data, DELETED: version.deleted}
        if before is None:
            changes = [FieldChange(key, None, value) for key, value in version.data.items()
                       if not _empty(value)]
        else:
            changes = [FieldChange(key, before.get(key), value) for key, value in after.items()
                       if not same(before.get(key), value)]
        entries.append(Entry(revision, version.author, _when(version), tuple(changes)))
    order = {revision: versions[revision].order for revision in versions}
    return sorted(entries, key=lambda entry: order[entry.revision], reverse=True)


def restore(workspace: Workspace, model: type, record_id: uuid.UUID, field: str,
            revision: str) -> None:
    """Write a new version of the record whose `field` has the value version `revision`
    gave it (`DELETED`: deleted or kept, the records under it going with it)."""
    from recp_audit.services.records import descendants

    with workspace.transaction() as session:
        version = logged(session.connection(), model.__tablename__, record_id).get(revision)
        row = session.scalars(sa.select(model).where(model.id == record_id)
                              .execution_options(include_deleted=True)).one_or_none()
        if version is None or row is None:
            raise _missing(model, record_id)
        if field == DELETED:
            row.deleted = bool(version.deleted)
            for below in descendants(session, model, record_id) if version.deleted else ():
                below.deleted = True
        else:
            setattr(row, field, python_value(model.__table__.c[field], version.value(field)))


def _missing(model: type, record_id: uuid.UUID) -> NotFoundError:
    return NotFoundError(Message(CONTEXT, QT_TRANSLATE_NOOP(
        "RecordHistory", "{kind} {id} has no saved versions"),
        {"kind": model.__tablename__, "id": str(record_id)[:8]}))


def referenced(workspace: Workspace, model: type, entries: list[Entry]) -> dict[str, str]:
    """The names of the records the entries' reference fields point to, by id (a park's
    name for an enterprise's `park_id`)."""
    from recp_audit.services.merge import model_of

    wanted: dict[str, set[str]] = {}
    for change in (change for entry in entries for change in entry.changes):
        column = model.__table__.c.get(change.field)
        if column is not None and column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table.name
            wanted.setdefault(target, set()).update(
                value for value in (change.old, change.new) if value)
    names = {}
    with workspace.session() as session:
        for target, ids in wanted.items():
            kind = model_of(target)
            for row in session.scalars(sa.select(kind).where(kind.id.in_(
                    [uuid.UUID(value) for value in ids])).execution_options(include_deleted=True)):
                names[str(row.id)] = label_of(snapshot(row))
    return names


def shown(model: type, field: str, value: Any, language: str,
          names: dict[str, str] | None = None) -> str | Message:
    """A logged value as people read it (a choice's label as a message to translate, a
    referenced record by its name in `names`)."""
    if field == DELETED:
        return Message(CONTEXT, QT_TRANSLATE_NOOP("RecordHistory", "deleted") if value
                       else QT_TRANSLATE_NOOP("RecordHistory", "present"))
    if isinstance(value, bool):
        return Message(CONTEXT, QT_TRANSLATE_NOOP("RecordHistory", "yes") if value
                       else QT_TRANSLATE_NOOP("RecordHistory", "no"))
    if _empty(value):
        return "—"
    if model is Answer and field == "status" and value in STATUS_LABELS:
        return Message("Checklist", STATUS_LABELS[value])
    column = model.__table__.c.get(field)
    if column is not None and not isinstance(value, (dict, list)):
        typed = python_value(column, value)
        if isinstance(typed, enum.Enum):
            return Message("Enum", CHOICE_LABELS.get(typed, typed.value))
        if isinstance(typed, dt.datetime):
            return typed.strftime("%d.%m.%Y %H:%M" if language == "ru" else "%Y-%m-%d %H:%M")
        if isinstance(typed, dt.date):
            return typed.strftime("%d.%m.%Y" if language == "ru" else "%Y-%m-%d")
        if isinstance(typed, uuid.UUID):
            return (names or {}).get(str(typed)) or str(typed)[:8]
    return _cut(_plain(value, language))


def _plain(value: Any, language: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{value:.6g}"
        return text.replace(".", ",") if language == "ru" else text
    if isinstance(value, list):
        return ", ".join(_plain(item, language) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_plain(item, language)}" for key, item in value.items())
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= LONGEST else text[:LONGEST - 1] + "…"
