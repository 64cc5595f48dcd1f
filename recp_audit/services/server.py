"""Publish a workspace to a team server and pull the server's data into it.

The server is one more copy of the workspace: publishing brings the local versions in
(private enterprises and everything under them left out), pulling brings the server's
versions of a park, an enterprise or everything out, and both merge by the file-merge
rules, so conflicts land on the same conflicts page. Both run in committed chunks: an
interrupted publish or pull keeps what it finished, and running it again carries on.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import Enterprise, MergeReceipt, Park
from recp_audit.server.connect import (check_schema, display, engine_for, lock_writers,
                                       server_errors, server_url)
from recp_audit.server.scope import around, descendants, everything, without
from recp_audit.server.sync import Progress, Transfer, transfer
from recp_audit.services.merge import backup
from recp_audit.store.db import Workspace

CONTEXT = "Server"


@dataclass
class SyncReport:
    """One publish or pull: the server, what moved, and what was left out or refused."""

    server: str  # the address without the password
    server_id: str
    transfer: Transfer
    rows_in_scope: int
    private_enterprises: int = 0  # left out of a publish


def _error(template: str, **params) -> RecpError:
    return RecpError(Message(CONTEXT, template, params))


def _counts(report: SyncReport) -> dict:
    return {**report.transfer.outcome.as_json(), "blobs": report.transfer.blobs,
            "rejected": len(report.transfer.rejected)}


def publish(workspace: Workspace, address: str, password: str | None = None,
            progress: Progress | None = None) -> SyncReport:
    """Bring this workspace's versions to the server (enterprises flagged private and
    everything under them stay here)."""
    url = server_url(address, password)
    engine = engine_for(url)
    try:
        with server_errors(url), engine.connect() as server:
            server_id = check_schema(server, url)
            server.rollback()
            with workspace.engine.connect() as local, local.begin():
                private = set(local.scalars(sa.select(Enterprise.id).where(
                    Enterprise.private.is_(True))))
                scope = without(everything(local),
                                descendants(local, {"enterprise": private}))
                moved = transfer(local, server, scope, before_write=lock_writers,
                                 progress=progress)
            report = SyncReport(display(url), server_id, moved,
                                sum(len(ids) for ids in scope.values()), len(private))
            with server.begin():
                server.execute(sa.insert(MergeReceipt.__table__).values(
                    id=uuid.uuid4(), merged_at=dt.datetime.now(dt.UTC).isoformat(),
                    source=workspace.path.name, source_id=str(workspace.file_id),
                    author=workspace.author, counts=_counts(report)))
        return report
    finally:
        engine.dispose()


def pull(workspace: Workspace, address: str, password: str | None = None,
         park_id: uuid.UUID | None = None, enterprise_id: uuid.UUID | None = None,
         progress: Progress | None = None) -> SyncReport:
    """Bring the server's park, enterprise or everything into this workspace (backed up
    first); whatever fails the checks is left out and listed in the report."""
    if workspace.read_only:
        raise _error(QT_TRANSLATE_NOOP("Server", "{file} is open read-only; nothing can be "
                                                 "pulled into it"), file=workspace.path.name)
    url = server_url(address, password)
    engine = engine_for(url)
    try:
        with server_errors(url), engine.connect().execution_options(
                isolation_level="REPEATABLE READ") as server, server.begin():
            server_id = check_schema(server, url)
            scope = _server_scope(server, park_id, enterprise_id)
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
            workspace.clock.observe(moved.latest)
        return report
    finally:
        engine.dispose()


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
