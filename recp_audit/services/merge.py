"""Merge experts' workspace files into the open one, safely.

Every source is checked before anything changes (a recp_audit workspace, not damaged,
not newer); an older one is upgraded on a temporary copy. The target is copied to the
backup folder, each source is merged in one transaction, and a receipt (per entity kind:
new, fast-forwarded, merged automatically, conflicts; the records refused, with why) is
kept in the workspace history. A dry run merges into a throw-away copy, so several
sources add up exactly as they would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm.attributes import flag_modified

from recp_audit import paths
from recp_audit.failures import reason as reason_of
from recp_audit.merge.merge import (Outcome, attach, detach, load_versions, merge_attached,
                                    python_value, rebuild)
from recp_audit.merge.verify import label_of
from recp_audit.model.clock import parse_stamp
from recp_audit.model.history import DELETED, heads
from recp_audit.model.versioning import snapshot
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import Base, MergeConflict, MergeReceipt, RowVersion
from recp_audit.store import migrate
from recp_audit.store.copy import copy_database, new_name
from recp_audit.store.db import FILE_ID_KEY, Workspace, open_workspace, read_only_uri
from recp_audit.store.probe import APPLICATION_ID, read_header

CONTEXT = "Merge"


class MergeError(RecpError):
    """A source that cannot be merged; the message names the file and why."""


def _error(template: str, **params) -> MergeError:
    return MergeError(Message(CONTEXT, template, params))


@dataclass
class Receipt:
    """One source's merge: where from, what it changed, whether it was only a dry run."""

    source: Path
    source_id: str
    outcome: Outcome
    dry_run: bool
    upgraded_from: int | None = None


def check_source(path: Path) -> tuple[int, str]:
    """The source's schema version and file id; a clear MergeError when it is not a
    recp_audit workspace, is damaged (`integrity_check`) or is newer than this program."""
    path = Path(path)
    read_header(path)  # a clear message for a missing, empty or non-SQLite file
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as raw:
            application = raw.execute("PRAGMA application_id").fetchone()[0]
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            check = raw.execute("PRAGMA integrity_check").fetchone()[0] \
                if application == APPLICATION_ID else "ok"
            row = raw.execute("SELECT value FROM workspace_meta WHERE key = ?",
                              (FILE_ID_KEY,)).fetchone() \
                if check == "ok" and application == APPLICATION_ID else None
    except sqlite3.Error as exc:
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file} cannot be read ({reason})"),
                     file=path.name, reason=reason_of(exc)) from None
    if application != APPLICATION_ID:
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file}: an SQLite database of another "
                                                "program, not a recp_audit workspace"),
                     file=path.name)
    if check != "ok":
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file} is damaged (its integrity check "
                                                "fails); nothing was merged"), file=path.name)
    if version > migrate.SCHEMA_VERSION:
        raise _error(QT_TRANSLATE_NOOP(
            "Merge", "{file}: written by a newer version of recp_audit (schema {found}, this "
                     "program knows {known}); update the program to merge it"),
            file=path.name, found=version, known=migrate.SCHEMA_VERSION)
    return version, row[0] if row else ""


@contextlib.contextmanager
def ready_source(path: Path, version: int) -> Iterator[Path]:
    """The checked source to attach: itself, or an upgraded temporary copy when older."""
    if version == migrate.SCHEMA_VERSION:
        yield Path(path)
        return
    with tempfile.TemporaryDirectory(prefix="recp-merge-") as folder:
        copy = Path(folder) / Path(path).name
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as raw:
            copy_database(raw, copy)
        open_workspace(copy, backup_dir=Path(folder)).close()
        yield copy


def backup(workspace: Workspace, backup_dir: Path | None = None) -> Path:
    """Copy the open workspace to the backup folder before a merge; where it went."""
    folder = backup_dir or paths.backup_dir()
    target = new_name(folder, f"{workspace.path.stem}.before-merge.", workspace.path.suffix)
    raw = workspace.engine.raw_connection()
    try:
        return copy_database(raw.driver_connection, target)
    finally:
        raw.close()


def merge(workspace: Workspace, sources: list[Path], dry_run: bool = False,
          backup_dir: Path | None = None) -> list[Receipt]:
    """Merge every source into the workspace (or only say what it would change)."""
    if workspace.read_only and not dry_run:
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file} is open read-only; nothing can be "
                                                "merged into it"), file=workspace.path.name)
    for source in sources:
        if Path(source).exists() and Path(source).resolve() == workspace.path.resolve():
            raise _error(QT_TRANSLATE_NOOP("Merge", "{file}: this is the open workspace "
                                                    "itself"), file=Path(source).name)
    if dry_run:  # the real merge on a throw-away copy: several sources add up
        with tempfile.TemporaryDirectory(prefix="recp-dry-run-") as folder:
            copy = workspace.save_as(Path(folder) / workspace.path.name)
            try:
                receipts = merge(copy, sources, backup_dir=Path(folder))
            finally:
                copy.close()
        for receipt in receipts:
            receipt.dry_run = True
        return receipts
    with ThreadPoolExecutor(max_workers=2) as pool:  # every source before any change
        checked = list(pool.map(check_source, sources))
    backup(workspace, backup_dir)
    receipts = []
    for source, (version, file_id) in zip(sources, checked):
        with ready_source(source, version) as ready:
            outcome = _merge_one(workspace, ready, Path(source), file_id)
        receipts.append(Receipt(Path(source), file_id, outcome, False,
                                version if version < migrate.SCHEMA_VERSION else None))
    with workspace.engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    return receipts


def _merge_one(workspace: Workspace, ready: Path, source: Path, file_id: str) -> Outcome:
    with workspace.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA wal_autocheckpoint=0")  # one checkpoint after all the sources
        attach(connection, ready)
        try:
            with connection.begin():
                outcome = merge_attached(connection)
                connection.execute(sa.insert(MergeReceipt.__table__).values(
                    id=uuid.uuid4(), merged_at=dt.datetime.now(dt.UTC).isoformat(),
                    source=str(source), source_id=file_id, author=workspace.author,
                    counts=outcome.as_json()))
        finally:
            detach(connection)
            raw.execute("PRAGMA wal_autocheckpoint=1000")
        if outcome.latest:  # checked: never more than a day ahead
            workspace.clock.observe(outcome.latest)
    return outcome


def conflicts(workspace: Workspace) -> list[MergeConflict]:
    """Every open conflict."""
    with workspace.session() as session:
        return list(session.scalars(sa.select(MergeConflict).order_by(
            MergeConflict.entity, MergeConflict.entity_id, MergeConflict.field)))


def history(workspace: Workspace) -> list[MergeReceipt]:
    """The receipts of earlier merges, newest first."""
    with workspace.session() as session:
        return list(session.scalars(sa.select(MergeReceipt).order_by(
            MergeReceipt.merged_at.desc())))



def model_of(entity: str) -> type:
    """The mapped class of a mergeable table."""
    return next(mapper.class_ for mapper in Base.registry.mappers
                if mapper.local_table.name == entity)


def resolve(workspace: Workspace, entity: str, entity_id: uuid.UUID,
            chosen: dict[str, object], typed: dict[str, str] | None = None) -> None:
    """Settle a row's conflicts with the chosen field values (as logged; `DELETED` for
    keep or delete) and values typed by the lead (checked like any edit): a new version
    built on all the row's heads that names the fields it settles, so it merges cleanly
    into the other copies. Deleting settles the deletion of what lies under it too."""
    from recp_audit.model.validation import SPECS, clean_fields
    from recp_audit.services.records import descendants

    model = model_of(entity)
    if typed and model in SPECS:
        typed = clean_fields(model, typed, partial=True)
    settled = {*chosen, *(typed or {})}
    with workspace.transaction() as session:
        connection = session.connection()
        tops = heads(load_versions(connection, entity, [entity_id])[entity_id])
        row = session.scalars(sa.select(model).where(model.id == entity_id)
                              .execution_options(include_deleted=True)).one()
        table = model.__table__
        for key, value in chosen.items():
            if key == DELETED:
                row.deleted = bool(value)
                for below in descendants(session, model, entity_id) if value else ():
                    below.deleted = True
            else:
                setattr(row, key, python_value(table.c[key], value))
        for key, value in (typed or {}).items():
            setattr(row, key, value)
        row.parents = sorted(top.revision for top in tops)
        flag_modified(row, "parents")  # a resolution is a version even when nothing changed
        session.info["resolved"] = {(entity, entity_id): settled}
        session.flush()
        rebuild(connection, {entity: [entity_id]})


@dataclass(frozen=True)
class Side:
    """One head's value of a conflicting field, with who made it, where and when."""

    revision: str
    value: object
    author: str
    login: str | None  # the team-server login that published it, when it came from one
    origin: str  # the id of the workspace file (device) it was made in
    mine: bool  # made in this workspace file
    when: dt.datetime
    under: str | None = None  # for a kept deleted record: the kind of record added under it


@dataclass(frozen=True)
class FieldChoice:
    """A conflicting field: its base value, each side's, and the record's current value
    (where a resolution starts from)."""

    field: str
    base: object
    sides: list[Side]
    current: object = None


@dataclass(frozen=True)
class RowConflict:
    """A row with conflicts: which record (its table and a readable name) and its fields."""

    entity: str
    entity_id: uuid.UUID
    label: str
    fields: list[FieldChoice]


def conflict_details(workspace: Workspace) -> list[RowConflict]:
    """Every conflicted row with the author, login, origin and time of each side and the
    record's current value of each field."""
    open_ = conflicts(workspace)
    revisions = {rev for c in open_ for rev in c.values}
    mine = str(workspace.file_id)
    grouped: dict[tuple[str, uuid.UUID], list[MergeConflict]] = {}
    for conflict in open_:
        grouped.setdefault((conflict.entity, conflict.entity_id), []).append(conflict)
    rows = []
    with workspace.session() as session:
        logged = {v.revision: v for v in session.scalars(sa.select(RowVersion).where(
            RowVersion.revision.in_(revisions)))}
        for (entity, entity_id), found in grouped.items():
            model = model_of(entity)
            record = session.scalars(sa.select(model).where(model.id == entity_id)
                                     .execution_options(include_deleted=True)).one()
            current = {**snapshot(record), DELETED: record.deleted}
            label = label_of(current) or str(entity_id)[:8]
            fields = []
            for conflict in found:
                sides = []
                for revision, value in conflict.values.items():
                    version = logged[revision]
                    sides.append(Side(
                        revision, value, version.author, version.login, str(version.origin),
                        str(version.origin) == mine,
                        dt.datetime.fromtimestamp(parse_stamp(version.hlc)[0] / 1000),
                        version.entity if version.entity != entity else None))
                fields.append(FieldChoice(conflict.field, conflict.base,
                                          sorted(sides, key=lambda s: (not s.mine, s.when)),
                                          current.get(conflict.field)))
            rows.append(RowConflict(entity, entity_id, label, fields))
    return rows
