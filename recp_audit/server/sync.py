"""Bring one copy's versions into another, on any database (a workspace file, a server).

For each row in scope whose revision differs between the two, the receiving side gets
the versions it lacks (and the photos' and series' bytes they need) and the row is
rebuilt there from all its versions by the file-merge rules (`merge.versions.view`).
Each chunk of rows is one transaction, so an interrupted transfer keeps the chunks it
finished and the next one carries on from there. Versions from a side that is not
trusted (a server) are checked first: their content must match their revision hash,
their fields the table's columns and types, and what they refer to must exist.
"""

from __future__ import annotations

import hashlib
import operator
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa

from recp_audit.merge.log_rows import buildable, insert_from_log
from recp_audit.merge.merge import (BLOB_COLUMNS, Outcome, among, collector_paused,
                                    insert_all, load_versions, parse_uuid, restore_parents,
                                    versioned_tables, write_rows)
from recp_audit.merge.verify import (BadValue, Rejected, check_version, missing_bytes,
                                     missing_record)
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import RowVersion
from recp_audit.model.checklist import Blob
from recp_audit.model.history import Version, View, view
from recp_audit.server.scope import Ids

ROWS_PER_CHUNK = 10000  # rows written per transaction
Progress = Callable[[int, int], None]  # rows looked at so far, rows in scope; may raise


@dataclass
class Transfer:
    """What a transfer did: per entity kind as a merge counts it, and what it refused."""

    outcome: Outcome = field(default_factory=Outcome)
    rejected: list[Rejected] = field(default_factory=list)
    blobs: int = 0
    latest: str = ""  # the latest clock among the versions brought in


def revisions(connection: sa.Connection, table: sa.Table,
              ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The current revision of each listed row that exists."""
    return dict(connection.execute(sa.select(table.c.id, table.c.revision)
                                   .where(among(connection, table.c.id, ids))).all())


def logged_counts(connection: sa.Connection) -> dict[uuid.UUID, int]:
    """How many versions of each row the log holds (one pass over the log). Compared
    beside the rows' revisions: a row column an editor can write on the server (its
    revision set to the one a laptop has) must not hide versions the log holds and the
    laptop lacks."""
    log = RowVersion.__table__
    return dict(connection.execute(sa.select(log.c.entity_id, sa.func.count())
                                   .group_by(log.c.entity_id)).all())


def transfer(source: sa.Connection, target: sa.Connection, scope: Ids, *,
             check: bool = False, before_write: Callable[[sa.Connection], None] | None = None,
             progress: Progress | None = None) -> Transfer:
    """Bring the rows of `scope` from `source` into `target` (see the module docstring).

    `source` is read as it stands (the caller holds its snapshot); `target` must not be
    in a transaction: each chunk commits on its own, after `before_write(target)` (a
    server's lock). `check` validates everything coming from an untrusted source."""
    with collector_paused():
        return _transfer(source, target, scope, check, before_write, progress)


def _transfer(source: sa.Connection, target: sa.Connection, scope: Ids, check: bool,
              before_write: Callable[[sa.Connection], None] | None,
              progress: Progress | None) -> Transfer:
    result = Transfer()
    total, done = sum(len(ids) for ids in scope.values()), 0
    their_log = logged_counts(source)
    with target.begin():
        my_log = logged_counts(target)
    for table in versioned_tables():
        ids = scope.get(table.name, ())
        if not ids:
            continue
        theirs = revisions(source, table, ids)
        with target.begin():
            mine = revisions(target, table, ids)
        differ = sorted((i for i, revision in theirs.items()
                         if mine.get(i) != revision or my_log.get(i) != their_log.get(i)),
                        key=operator.attrgetter("int"))
        done += len(ids) - len(differ)
        if progress:
            progress(done, total)
        for start in range(0, len(differ), ROWS_PER_CHUNK):
            chunk = differ[start:start + ROWS_PER_CHUNK]
            _write_chunk(source, target, table, chunk, check, result, before_write,
                         {i for i in chunk if i not in mine})
            done += len(chunk)
            if progress:
                progress(done, total)
    if result.outcome.versions:
        with target.begin():
            restore_parents(target)
    return result


def _write_chunk(source: sa.Connection, target: sa.Connection, table: sa.Table,
                 ids: list[uuid.UUID], check: bool, result: Transfer,
                 before_write: Callable[[sa.Connection], None] | None,
                 absent: set[uuid.UUID]) -> None:
    """Bring one chunk of rows over in one transaction of the target (`absent`: those
    of its rows the target does not have)."""
    with target.begin():
        incoming = load_versions(source, table.name, ids)
        if before_write:
            before_write(target)
        try:
            _merge_chunk(source, target, table, ids, incoming, check, result, absent)
        except (sa.exc.DataError, sa.exc.IntegrityError) as exc:
            raise RecpError(Message("Server", QT_TRANSLATE_NOOP(
                "Server", "a {table} row could not be written: {reason}"),
                {"table": table.name, "reason": str(exc.orig).strip().splitlines()[0]})) from None


def _merge_chunk(source: sa.Connection, target: sa.Connection, table: sa.Table,
                 ids: list[uuid.UUID], incoming: dict[uuid.UUID, dict[str, Version]],
                 check: bool, result: Transfer, absent: set[uuid.UUID]) -> None:
    present = load_versions(target, table.name, ids)
    fresh, union = [], {}
    for entity_id in ids:
        have = dict(present.get(entity_id, {}))
        for revision, version in incoming.get(entity_id, {}).items():
            known = have.get(revision)
            if known is None:
                if check:
                    try:
                        check_version(table, entity_id, version)
                    except BadValue as exc:
                        result.rejected.append(Rejected(table.name, entity_id, exc.message))
                        continue
                fresh.append((entity_id, version))
                have[revision] = version
        if have:
            union[entity_id] = have
    views = {entity_id: view(versions) for entity_id, versions in union.items()}
    if check:
        _drop_dangling(target, table, union, views, result)
    _copy_blobs(source, target, table, union, check, result)
    fresh = [(i, v) for i, v in fresh if i in union]
    log = RowVersion.__table__
    if fresh:
        insert_all(target, log, [
            {"revision": v.revision, "entity": table.name, "entity_id": entity_id,
             "parents": list(v.parents), "hlc": v.hlc, "origin": parse_uuid(v.origin),
             "author": v.author, "deleted": v.deleted, "resolved": list(v.resolved),
             "login": v.login, "data": v.stored}
            for entity_id, v in fresh], as_stored=frozenset({"data"}))
        result.outcome.versions += len(fresh)
        result.latest = max(result.latest, *(v.hlc for _, v in fresh))
    if union and buildable(target, table):  # rows new here with one version: in SQL
        single = [i for i in union if i in absent and i not in present and len(union[i]) == 1]
        written = insert_from_log(target, table, [next(iter(union[i])) for i in single])
        result.outcome.counts[table.name]["new"] += written
        for entity_id in single:
            del union[entity_id]
    if union:
        write_rows(target, table, union, result.outcome,
                   {entity_id: views[entity_id] for entity_id in union})


def _drop_dangling(target: sa.Connection, table: sa.Table,
                   union: dict[uuid.UUID, dict[str, Version]], views: dict[uuid.UUID, View],
                   result: Transfer) -> None:
    """Leave out rows that would refer to a row the target does not have."""
    for fk in table.foreign_keys:
        parent = fk.column.table
        if parent.name == Blob.__tablename__:
            continue
        wanted = {entity_id: views[entity_id].data.get(fk.parent.key) for entity_id in union}
        referred = {parse_uuid(value) for value in wanted.values() if value}
        existing = set(target.scalars(sa.select(parent.c.id).where(
            among(target, parent.c.id, referred))))
        for entity_id, value in wanted.items():
            if value and parse_uuid(value) not in existing:
                del union[entity_id]
                result.rejected.append(Rejected(table.name, entity_id, missing_record()))


def _copy_blobs(source: sa.Connection, target: sa.Connection, table: sa.Table,
                union: dict[uuid.UUID, dict[str, Version]], check: bool,
                result: Transfer) -> None:
    """Copy the photos' and series' bytes the rows refer to that the target lacks; rows
    whose bytes are missing or altered are left out when checking."""
    columns = BLOB_COLUMNS.get(table.name)
    if not columns or not union:
        return
    blob = Blob.__table__
    refers = {row.id: {value for value in row[1:] if value} for row in source.execute(
        sa.select(table.c.id, *(table.c[c] for c in columns)).where(table.c.id.in_(list(union))))}
    needed = set().union(*refers.values())
    there = set(target.scalars(sa.select(blob.c.sha256).where(blob.c.sha256.in_(needed))))
    rows = [dict(row._mapping) for row in source.execute(sa.select(blob).where(
        blob.c.sha256.in_(needed - there)))]
    if check:
        rows = [row for row in rows if hashlib.sha256(row["data"]).hexdigest() == row["sha256"]]
        usable = there | {row["sha256"] for row in rows}
        for entity_id, hashes in refers.items():
            if not hashes <= usable:
                del union[entity_id]
                result.rejected.append(Rejected(table.name, entity_id, missing_bytes()))
    if rows:
        insert_all(target, blob, rows)
        result.blobs += len(rows)
