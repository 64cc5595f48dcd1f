"""Merge experts' workspace files into the open one, safely.

Each source is checked first (a recp_audit workspace, not damaged, not newer); an
older one is upgraded on a temporary copy. The target is copied to the backup folder
before the first change, each source is merged in one transaction, and a receipt (per
entity kind: new, fast-forwarded, merged automatically, conflicts) is kept in the
workspace history. A dry run does the same work and rolls it back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from recp_audit import paths
from recp_audit.merge.merge import (Outcome, attach, detach, merge_attached, python_value,
                                     rebuild)
from recp_audit.merge.versions import DELETED, Version, heads
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import Base, MergeConflict, MergeReceipt, RowVersion
from recp_audit.store import migrate
from recp_audit.store.copy import copy_database
from recp_audit.store.db import FILE_ID_KEY, Workspace, open_workspace
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


@contextlib.contextmanager
def checked_source(path: Path, target: Workspace) -> Iterator[tuple[Path, str, int | None]]:
    """The source ready to attach (an upgraded temporary copy when it is older), its file
    id and the schema it was upgraded from; a clear MergeError when it cannot be used."""
    path = Path(path)
    if path.exists() and target.path.exists() and path.resolve() == target.path.resolve():
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file}: this is the open workspace itself"),
                     file=path.name)
    read_header(path)  # a clear message for a missing, empty or non-SQLite file
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            application = raw.execute("PRAGMA application_id").fetchone()[0]
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            check = raw.execute("PRAGMA integrity_check").fetchone()[0] \
                if application == APPLICATION_ID else "ok"
            row = raw.execute("SELECT value FROM workspace_meta WHERE key = ?",
                              (FILE_ID_KEY,)).fetchone() \
                if check == "ok" and application == APPLICATION_ID else None
    except sqlite3.Error as exc:
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file} cannot be read ({reason})"),
                     file=path.name, reason=str(exc)) from None
    if application != APPLICATION_ID:
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file}: an SQLite database of another "
                                                "program, not a recp_audit workspace"),
                     file=path.name)
    if check != "ok":
        raise _error(QT_TRANSLATE_NOOP("Merge", "{file} is damaged ({reason}); nothing was "
                                                "merged"), file=path.name, reason=check)
    if version > migrate.SCHEMA_VERSION:
        raise _error(QT_TRANSLATE_NOOP(
            "Merge", "{file}: written by a newer version of recp_audit (schema {found}, this "
                     "program knows {known}); update the program to merge it"),
            file=path.name, found=version, known=migrate.SCHEMA_VERSION)
    file_id = row[0] if row else ""
    if version == migrate.SCHEMA_VERSION:
        yield path, file_id, None
        return
    with tempfile.TemporaryDirectory(prefix="recp-merge-") as folder:
        copy = Path(folder) / path.name
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            copy_database(raw, copy)
        open_workspace(copy, backup_dir=Path(folder)).close()
        yield copy, file_id, version


def backup(workspace: Workspace, backup_dir: Path | None = None) -> Path:
    """Copy the open workspace to the backup folder before a merge; where it went."""
    folder = backup_dir or paths.backup_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{workspace.path.stem}.before-merge.{stamp}{workspace.path.suffix}"
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
    if workspace.read_only:
        with tempfile.TemporaryDirectory(prefix="recp-dry-run-") as folder:
            copy = workspace.save_as(Path(folder) / workspace.path.name)
            try:
                return merge(copy, sources, dry_run=True)
            finally:
                copy.close()
    receipts = []
    backed_up = dry_run
    for source in sources:
        with checked_source(source, workspace) as (ready, file_id, upgraded):
            if not backed_up:
                backup(workspace, backup_dir)
                backed_up = True
            outcome = _merge_one(workspace, ready, Path(source), file_id, dry_run)
        receipts.append(Receipt(Path(source), file_id, outcome, dry_run, upgraded))
    return receipts


def _merge_one(workspace: Workspace, ready: Path, source: Path, file_id: str,
               dry_run: bool) -> Outcome:
    with workspace.engine.connect() as connection:
        attach(connection, ready)
        try:
            transaction = connection.begin()
            try:
                outcome = merge_attached(connection)
                if dry_run:
                    transaction.rollback()
                else:
                    connection.execute(sa.insert(MergeReceipt.__table__).values(
                        id=uuid.uuid4(), merged_at=dt.datetime.now(dt.UTC).isoformat(),
                        source=str(source), source_id=file_id, author=workspace.author,
                        counts=outcome.as_json()))
                    transaction.commit()
            except BaseException:
                if transaction.is_active:
                    transaction.rollback()
                raise
        finally:
            detach(connection)
        if not dry_run:
            latest = connection.execute(sa.select(sa.func.max(RowVersion.hlc))).scalar()
            if latest:
                workspace.clock.observe(latest)
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
            chosen: dict[str, object]) -> None:
    """Settle a row's conflicts with the chosen field values (`DELETED` for keep or
    delete): a new version whose parents are all the row's heads, so it merges cleanly
    into the other copies later."""
    model = model_of(entity)
    with workspace.transaction() as session:
        log = session.execute(sa.select(RowVersion).where(
            RowVersion.entity == entity, RowVersion.entity_id == entity_id)).scalars().all()
        tops = heads({v.revision: Version(v.revision, tuple(v.parents), v.hlc, str(v.origin),
                                          v.author, v.deleted, v.data) for v in log})
        row = session.scalars(sa.select(model).where(model.id == entity_id)
                              .execution_options(include_deleted=True)).one()
        table = model.__table__
        for key, value in chosen.items():
            if key == DELETED:
                row.deleted = bool(value)
            else:
                setattr(row, key, python_value(table.c[key], value))
        row.parents = sorted(top.revision for top in tops)
        session.flush()
        rebuild(session.connection(), {entity: [entity_id]})
