"""Every flush of a mergeable row writes a new version and appends it to the log.

A session must carry ``session.info["clock"]`` (a `HybridClock`),
``["origin"]`` (the workspace file id) and ``["author"]``; `store.db` sets them. A
lead's resolution puts ``["resolved"]``: (table, id) -> the fields it settles.
Rows are never hard-deleted: deleting sets the `deleted` tombstone, and queries
hide tombstones unless run with ``execution_options(include_deleted=True)``.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import re
import uuid
from typing import Any

from sqlalchemy import Connection, Row, Text, cast, delete, event, insert, select, type_coerce
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session, with_loader_criteria

from recp_audit.model.base import Versioned, new_id
from recp_audit.model.history import Version, view
from recp_audit.model.workspace import MergeConflict, RowVersion


def canonical_value(value: Any) -> Any:
    """A JSON-ready, deterministic form of a column value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def snapshot(obj: Versioned) -> dict[str, Any]:
    """The entity's fields as they go into the version log."""
    return {key: canonical_value(value) for key, value in obj.field_values().items()}


HASH_SCHEME = "recp-version-2"


def canonical_json(value: Any) -> str:
    """The one JSON text of a value: sorted keys, no spaces, characters as they are."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)


def revision_of(entity: str, entity_id: uuid.UUID | str, parents: list[str] | tuple[str, ...],
                deleted: bool, resolved: list[str] | tuple[str, ...], hlc: str,
                origin: uuid.UUID | str, author: str, data_text: str) -> str:
    """The content hash naming one version: it covers the record, its fields (the JSON
    text as stored), its parents, tombstone and resolved fields, and who made it, where
    and when. A team server computes the same in SQL (one line per part, the data last;
    an author never holds a line break)."""
    head = "\n".join([HASH_SCHEME, entity, str(entity_id), ",".join(sorted(parents)),
                      "1" if deleted else "0", ",".join(sorted(resolved)), hlc, str(origin),
                      author])
    return hashlib.sha256(f"{head}\n{data_text}".encode()).hexdigest()


def make_version(entity: str, entity_id: uuid.UUID, data: dict[str, Any], *,
                 parents: tuple[str, ...] = (), deleted: bool = False, hlc: str,
                 origin: uuid.UUID | str, author: str, resolved: tuple[str, ...] = ()
                 ) -> Version:
    """A version as the program logs it (for imports, benchmarks and tests that write
    logs directly)."""
    text = canonical_json(data)
    revision = revision_of(entity, entity_id, parents, deleted, resolved, hlc, origin,
                           author, text)
    return Version(revision, tuple(parents), hlc, str(origin), author, deleted, data, text,
                   tuple(resolved))


def merge_mark(entity: str, entity_id: uuid.UUID | str, heads: list[str]) -> str:
    """The revision of a row merged from several heads: a name no logged version has."""
    return hashlib.sha256("\n".join([HASH_SCHEME, "merge of heads", entity, str(entity_id),
                                      *sorted(heads)]).encode()).hexdigest()


CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]+")  # never in an author's name


def clean_author(name: str) -> str:
    """An author name fit for a version: no control characters, at most 200 characters."""
    return CONTROL_CHARACTERS.sub(" ", name).strip()[:200]


def _apply_scalar_defaults(obj: Versioned) -> None:
    """Fill unset columns with their Python defaults so the snapshot equals the row."""
    for column in obj.__table__.columns:
        default = column.default
        if default is None or getattr(obj, column.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable:
            setattr(obj, column.key, default.arg(None))  # e.g. list for a JSON list


def _stamp_version(connection: Connection, obj: Versioned, is_new: bool) -> None:
    info = object_session(obj).info
    if is_new:
        obj.id = obj.id or new_id()
        _apply_scalar_defaults(obj)
    parents = [] if is_new or not obj.revision else _builds_on(connection, obj)
    text = canonical_json(snapshot(obj))
    entity = obj.__tablename__
    resolved = sorted(info.get("resolved", {}).get((entity, obj.id), ()))
    obj.parents = parents
    obj.deleted = bool(obj.deleted)
    obj.hlc = info["clock"].now()
    obj.origin = info["origin"]
    obj.author = info["author"]
    obj.revision = revision_of(entity, obj.id, parents, obj.deleted, resolved, obj.hlc,
                               obj.origin, obj.author, text)
    connection.execute(insert(RowVersion).values(
        revision=obj.revision, entity=entity, entity_id=obj.id, parents=parents,
        hlc=obj.hlc, origin=obj.origin, author=obj.author, deleted=obj.deleted,
        resolved=resolved, data=type_coerce(text, Text)))
    info.setdefault("stamped", set()).add((entity, obj.id))


def _builds_on(connection: Connection, obj: Versioned) -> list[str]:
    """The parents of an edit: the row's version, or after a merge (the row's revision
    stands for several heads and is not in the log) the heads it was made from."""
    logged = connection.execute(select(RowVersion.revision).where(
        RowVersion.revision == obj.revision)).first()
    return [obj.revision] if logged else list(obj.parents)


@event.listens_for(Versioned, "before_insert", propagate=True)
def _version_new_row(mapper: Mapper, connection: Connection, obj: Versioned) -> None:
    _stamp_version(connection, obj, is_new=True)


@event.listens_for(Versioned, "before_update", propagate=True)
def _version_changed_row(mapper: Mapper, connection: Connection, obj: Versioned) -> None:
    if object_session(obj).is_modified(obj, include_collections=False):
        _stamp_version(connection, obj, is_new=False)


LOG_COLUMNS = ("revision", "entity", "entity_id", "parents", "hlc", "origin", "author",
               "deleted", "resolved", "login", "data")


def logged(connection: Connection, entity: str, entity_id: uuid.UUID) -> dict[str, Version]:
    """Every logged version of one row, by revision."""
    log = RowVersion.__table__
    picked = [log.c[name] for name in LOG_COLUMNS if name != "data"]
    return {row.revision: version_of(row) for row in connection.execute(
        select(*picked, cast(log.c.data, Text)).where(log.c.entity == entity,
                                                      log.c.entity_id == entity_id))}


def version_of(row: Row) -> Version:
    """A row of the version log (its data last, as the stored JSON text) as a `Version`."""
    text = row[-1]
    return Version(row.revision, tuple(row.parents), row.hlc, str(row.origin), row.author,
                   bool(row.deleted), json.loads(text), text, tuple(row.resolved or ()),
                   row.login)


def refresh_conflicts(connection: Connection, entity: str, entity_id: uuid.UUID) -> None:
    """Record the row's open conflicts as its versions now make them."""
    conflicts = MergeConflict.__table__
    made = view(logged(connection, entity, entity_id))
    connection.execute(delete(conflicts).where(conflicts.c.entity == entity,
                                               conflicts.c.entity_id == entity_id))
    if made.conflicts:
        connection.execute(insert(conflicts), [
            {"entity": entity, "entity_id": entity_id, "field": c.field, "base": c.base,
             "values": c.values} for c in made.conflicts])


@event.listens_for(Session, "after_flush")
def _refresh_edited_conflicts(session: Session, _context) -> None:
    """An edit of a row with open conflicts changes them (an edited field's conflict
    closes: the edit was made on top of every side), so the conflicts page never offers
    values older than the row."""
    stamped = session.info.pop("stamped", None)
    if not stamped:
        return
    connection = session.connection()
    conflicts = MergeConflict.__table__
    if connection.scalar(select(conflicts.c.entity).limit(1)) is None:
        return  # no open conflicts at all: the usual case, one cheap query
    for entity in {entity for entity, _ in stamped}:
        ids = [entity_id for name, entity_id in stamped if name == entity]
        for start in range(0, len(ids), 500):  # a bound parameter each: SQLite caps them
            for entity_id in connection.scalars(select(conflicts.c.entity_id).distinct().where(
                    conflicts.c.entity == entity,
                    conflicts.c.entity_id.in_(ids[start:start + 500]))).all():
                refresh_conflicts(connection, entity, entity_id)


@event.listens_for(Versioned, "before_delete", propagate=True)
def _refuse_hard_delete(mapper: Mapper, connection: Connection, obj: Versioned) -> None:
    raise RuntimeError(
        f"{type(obj).__name__} rows are tombstoned (deleted=True), never hard-deleted")


@event.listens_for(Session, "do_orm_execute")
def _hide_tombstones(state: ORMExecuteState) -> None:
    if (state.is_select and not state.is_column_load
            and not state.execution_options.get("include_deleted", False)):
        state.statement = state.statement.options(
            with_loader_criteria(Versioned, lambda cls: cls.deleted.is_(False),
                                 include_aliases=True))
