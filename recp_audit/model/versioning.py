"""Every flush of a mergeable row writes a new version and appends it to the log.

A session must carry ``session.info["clock"]`` (a `HybridClock`),
``["origin"]`` (the workspace file id) and ``["author"]``; `store.db` sets them.
Rows are never hard-deleted: deleting sets the `deleted` tombstone, and queries
hide tombstones unless run with ``execution_options(include_deleted=True)``.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import uuid
from typing import Any

from sqlalchemy import Connection, event, insert, select
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session, with_loader_criteria

from recp_audit.model.base import Versioned, new_id
from recp_audit.model.workspace import RowVersion


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


def revision_hash(entity: str, entity_id: uuid.UUID, parents: list[str], deleted: bool,
                  data: dict[str, Any]) -> str:
    """Content hash naming one version: equal content from equal parents gives equal ids."""
    payload = json.dumps(
        {"entity": entity, "id": str(entity_id), "parents": sorted(parents),
         "deleted": deleted, "data": data},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
    data = snapshot(obj)
    entity = obj.__tablename__
    obj.parents = parents
    obj.deleted = bool(obj.deleted)
    obj.hlc = info["clock"].now()
    obj.origin = info["origin"]
    obj.author = info["author"]
    obj.revision = revision_hash(entity, obj.id, parents, obj.deleted, data)
    connection.execute(insert(RowVersion), [{
        "revision": obj.revision, "entity": entity, "entity_id": obj.id, "parents": parents,
        "hlc": obj.hlc, "origin": obj.origin, "author": obj.author, "deleted": obj.deleted,
        "data": data,
    }])


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
