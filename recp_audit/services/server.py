"""Publish a workspace to a team server and pull the server's data into it.

The server is one more copy of the workspace: publishing brings the local versions in
(private enterprises and everything under them left out, and withdrawn from the server
when they were published before), pulling brings the server's versions of a park, an
enterprise or everything out, and both merge by the file-merge rules, so conflicts land
on the same conflicts page. Both run in committed chunks: an interrupted publish or pull
keeps what it finished, and running it again carries on. Publishing also replaces
server versions found damaged with this workspace's good copies of them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from recp_audit.merge.merge import load_versions
from recp_audit.merge.verify import latest_allowed
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import Enterprise, MergeReceipt, Park
from recp_audit.model.clock import format_stamp
from recp_audit.server import guards
from recp_audit.server.connect import (check_schema, display, engine_for, server_errors,
                                       server_url)
from recp_audit.server.scope import around, descendants, everything, without
from recp_audit.server.sync import Progress, Transfer, transfer
from recp_audit.services.merge import backup
from recp_audit.store.db import Workspace, create_workspace

CONTEXT = "Server"


@dataclass
class SyncReport:
    """One publish or pull: the server, what moved, and what was left out or refused."""

    server: str  # the address without the password
    server_id: str
    transfer: Transfer
    rows_in_scope: int  # published: this workspace's rows now on the server
    kept_off: int = 0  # private enterprises of a publish that are not on the server
    withdrawn: list[str] = field(default_factory=list)  # private ones removed from it now
    still_there: list[str] = field(default_factory=list)  # private here, another login's there
    repaired: int = 0  # damaged server versions replaced by this workspace's good copies


def _error(template: str, **params) -> RecpError:
    return RecpError(Message(CONTEXT, template, params))


def _counts(report: SyncReport) -> dict:
    return {**report.transfer.outcome.as_json(), "blobs": report.transfer.blobs,
            "rejected": len(report.transfer.rejected)}


def publish(workspace: Workspace, address: str, password: str | None = None,
            progress: Progress | None = None) -> SyncReport:
    """Bring this workspace's versions to the server; enterprises flagged private and
    everything under them stay here, and are withdrawn from the server when there."""
    url = server_url(address, password)
    engine = engine_for(url, "publish")
    try:
        with server_errors(url, "publish"), engine.connect() as server:
            server_id = check_schema(server, url)
            started = guards.transaction_count(server)
            server.rollback()
            with workspace.engine.connect() as local, local.begin():
                private = dict(local.execute(sa.select(Enterprise.id, Enterprise.name).where(
                    Enterprise.private.is_(True))).all())
                scope = without(everything(local),
                                descendants(local, {"enterprise": set(private)}))
                moved = transfer(local, server, scope, before_write=guards.lock_writers,
                                 progress=progress)
                repaired = _repair(local, server, started)
            report = SyncReport(display(url), server_id, moved,
                                sum(len(ids) for ids in scope.values()), repaired=repaired)
            for enterprise_id, name in sorted(private.items(), key=lambda item: item[1]):
                with server.begin():
                    guards.lock_writers(server)
                    done = guards.withdraw(server, enterprise_id)
                if done == "withdrawn":
                    report.withdrawn.append(name)
                elif done == "not yours":
                    report.still_there.append(name)
            report.kept_off = len(private) - len(report.still_there)
            with server.begin():
                server.execute(sa.insert(MergeReceipt.__table__).values(
                    id=uuid.uuid4(), merged_at=dt.datetime.now(dt.UTC).isoformat(),
                    source=workspace.path.name, source_id=str(workspace.file_id),
                    author=workspace.author, counts=_counts(report)))
        return report
    finally:
        engine.dispose()


def _repair(local: sa.Connection, server: sa.Connection, started: int) -> int:
    """Replace the server's damaged versions this workspace has good copies of; how many.
    Versions written since `started` (this publish's, checked by the server as they
    were inserted) are not looked at again."""
    with server.begin():
        damaged = guards.damaged(server, guards.transaction_count(server) - started)
    wanted: dict[str, set[uuid.UUID]] = {}
    for _revision, entity, entity_id in damaged:
        wanted.setdefault(entity, set()).add(entity_id)
    bad = {revision for revision, _, _ in damaged}
    repaired = 0
    for entity, ids in wanted.items():
        for entity_id, versions in load_versions(local, entity, list(ids)).items():
            for version in versions.values():
                if version.revision in bad:
                    with server.begin():
                        guards.lock_writers(server)
                        repaired += guards.repair(server, entity, entity_id, version)
    return repaired


def pull(workspace: Workspace, address: str, password: str | None = None,
         park_id: uuid.UUID | None = None, enterprise_id: uuid.UUID | None = None,
         progress: Progress | None = None, back_up: bool = True) -> SyncReport:
    """Bring the server's park, enterprise or everything into this workspace (backed up
    first unless `back_up` is False); whatever fails the checks is left out and listed
    in the report."""
    if workspace.read_only:
        raise _error(QT_TRANSLATE_NOOP("Server", "{file} is open read-only; nothing can be "
                                                 "pulled into it"), file=workspace.path.name)
    url = server_url(address, password)
    engine = engine_for(url, "pull")
    try:
        with server_errors(url, "pull"), engine.connect().execution_options(
                isolation_level="REPEATABLE READ") as server, server.begin():
            server_id = check_schema(server, url)
            scope = _server_scope(server, park_id, enterprise_id)
            if back_up:
                backup(workspace)
            with workspace.engine.connect() as local:
                moved = transfer(server, local, scope, check=True, progress=progress)
                report = SyncReport(display(url), server_id, moved,
                                    sum(len(ids) for ids in scope.values()))
                with local.begin():
                    local.execute(sa.insert(MergeReceipt.__table__).values(
                        id=uuid.uuid4(), merged_at=dt.datetime.now(dt.UTC).isoformat(),
                        source=report.server, source_id=server_id, author=workspace.author,
                        counts=_counts(report)))
        if moved.latest:
            workspace.clock.observe(min(moved.latest, format_stamp(latest_allowed(), 0)))
        return report
    finally:
        engine.dispose()


def pull_new(path: Path, address: str, password: str | None = None,
             park_id: uuid.UUID | None = None, enterprise_id: uuid.UUID | None = None,
             progress: Progress | None = None) -> SyncReport:
    """Pull into a new workspace at `path`, which appears only when the pull succeeded:
    it is made in a temporary folder beside `path` and renamed at the end."""
    path = Path(path)
    if path.exists():
        raise _error(QT_TRANSLATE_NOOP("Server", "{file} already exists"), file=str(path))
    if not path.parent.is_dir():
        raise _error(QT_TRANSLATE_NOOP("Server", "the folder {folder} does not exist"),
                     folder=str(path.parent))
    folder = Path(tempfile.mkdtemp(prefix=".pull-", dir=path.parent))
    try:
        workspace = create_workspace(folder / path.name)
        try:
            report = pull(workspace, address, password, park_id, enterprise_id, progress,
                          back_up=False)
        finally:
            workspace.close()
        os.replace(folder / path.name, path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report


def _server_scope(server: sa.Connection, park_id: uuid.UUID | None,
                  enterprise_id: uuid.UUID | None):
    if park_id is None and enterprise_id is None:
        return everything(server)
    model, row_id = (Park, park_id) if park_id is not None else (Enterprise, enterprise_id)
    if server.scalar(sa.select(model.id).where(model.id == row_id)) is None:
        template = QT_TRANSLATE_NOOP("Server", "the server has no park {id}") \
            if model is Park else QT_TRANSLATE_NOOP("Server", "the server has no enterprise {id}")
        raise _error(template, id=str(row_id))
    return around(server, model.__tablename__, row_id)
