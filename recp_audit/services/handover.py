"""Hand over one audit, or one enterprise with its audits, as a small standalone
workspace for a colleague: the rows with their whole version history (tombstones too),
the park and people and instruments they refer to, and the photos' and series' bytes.
Merging it back changes nothing unless somebody edited it."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import sqlalchemy as sa

from recp_audit.leftovers import readable_by_all, remove_stale, temporary_name
from recp_audit.merge.merge import attach, detach, versioned_tables
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import (Audit, AuditMember, Enterprise, Photo, Reading, Series,
                              SeriesChannel, Stream)
from recp_audit.model.versioning import LOG_COLUMNS
from recp_audit.services.records import CHILDREN
from recp_audit.store.db import Workspace, create_workspace


class HandoverError(RecpError):
    """The audit or enterprise to hand over does not exist, or the file cannot be written."""


def _error(template: str, **params) -> HandoverError:
    return HandoverError(Message("Handover", template, params))


def _all(session, model: type, *conditions):
    return session.scalars(sa.select(model).where(*conditions)
                           .execution_options(include_deleted=True)).all()


def _collect(session, model: type, record, found: dict[uuid.UUID, str]) -> None:
    """The record and everything under it (tombstoned too), candidates left out: they
    pair streams of other enterprises."""
    found[record.id] = model.__tablename__
    for child, key in CHILDREN[model]:
        if child.__tablename__ == "candidate":
            continue
        for row in _all(session, child, getattr(child, key) == record.id):
            _collect(session, child, row, found)


def chosen_rows(workspace: Workspace, audit_id: uuid.UUID | None = None,
                enterprise_id: uuid.UUID | None = None) -> tuple[dict[uuid.UUID, str], set[str]]:
    """Ids (with their table) and blob hashes that go into the hand-over file."""
    found: dict[uuid.UUID, str] = {}
    with workspace.session() as session:
        if audit_id is not None:
            audits = _all(session, Audit, Audit.id == audit_id)
            if not audits:
                raise _error(QT_TRANSLATE_NOOP("Handover", "the audit {id} does not exist"),
                             id=str(audit_id))
            enterprise_id = audits[0].enterprise_id
        (enterprise,) = _all(session, Enterprise, Enterprise.id == enterprise_id) or [None]
        if enterprise is None:
            raise _error(QT_TRANSLATE_NOOP("Handover", "the enterprise {id} does not exist"),
                         id=str(enterprise_id))
        found[enterprise.id] = "enterprise"
        if enterprise.park_id:
            found[enterprise.park_id] = "park"
        if audit_id is None:
            audits = _all(session, Audit, Audit.enterprise_id == enterprise.id)
            for stream in _all(session, Stream, Stream.enterprise_id == enterprise.id):
                found[stream.id] = "stream"
        for audit in audits:
            _collect(session, Audit, audit, found)
        ids = list(found)
        for member in _all(session, AuditMember, AuditMember.id.in_(ids)):
            found[member.person_id] = "person"
        blobs = {photo.blob_sha256 for photo in _all(session, Photo, Photo.id.in_(ids))}
        for reading in _all(session, Reading, Reading.id.in_(ids)):
            if reading.instrument_id:
                found[reading.instrument_id] = "instrument"
        for series in _all(session, Series, Series.id.in_(ids)):
            blobs.add(series.time_blob)
            if series.instrument_id:
                found[series.instrument_id] = "instrument"
        blobs |= {c.blob_sha256 for c in _all(session, SeriesChannel, SeriesChannel.id.in_(ids))}
    return found, blobs


def export_audit(workspace: Workspace, path: Path, audit_id: uuid.UUID | None = None,
                 enterprise_id: uuid.UUID | None = None) -> Path:
    """Write the hand-over workspace to `path` (a temporary name first, then renamed)."""
    path = Path(path)
    rows, blobs = chosen_rows(workspace, audit_id, enterprise_id)
    if not path.parent.is_dir():
        raise _error(QT_TRANSLATE_NOOP("Handover", "the folder {folder} does not exist"),
                     folder=str(path.parent))
    remove_stale(path.parent)
    folder = temporary_name(path, suffix="")
    try:
        folder.mkdir()
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("Handover", "cannot write in {folder}: {reason}"),
                     folder=str(path.parent), reason=exc.strerror or str(exc)) from None
    temporary = folder / path.name
    try:
        target = create_workspace(temporary, author=workspace.author)
        try:
            _copy(target, workspace.path, rows, blobs)
        finally:
            target.close()
        readable_by_all(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("Handover", "cannot write {file}: {reason}"),
                     file=str(path), reason=exc.strerror or str(exc)) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return path


def _copy(target: Workspace, source: Path, rows: dict[uuid.UUID, str], blobs: set[str]) -> None:
    with target.engine.connect() as connection:
        attach(connection, source)
        try:
            with connection.begin():
                run = connection.exec_driver_sql
                run("CREATE TEMP TABLE handover_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
                run("INSERT INTO temp.handover_ids VALUES (?)", [(i.hex,) for i in rows])
                run("CREATE TEMP TABLE handover_blobs (sha256 TEXT PRIMARY KEY) WITHOUT ROWID")
                if blobs:
                    run("INSERT INTO temp.handover_blobs VALUES (?)", [(b,) for b in blobs])
                run("INSERT INTO main.blob (sha256, media_type, size, data) SELECT sha256, "
                    "media_type, size, data FROM src.blob "
                    "WHERE sha256 IN (SELECT sha256 FROM temp.handover_blobs)")
                for table in versioned_tables():
                    if table.name in set(rows.values()):
                        columns = ", ".join(f'"{c.name}"' for c in table.c)
                        run(f"INSERT INTO main.{table.name} ({columns}) SELECT {columns} "
                            f"FROM src.{table.name} "
                            f"WHERE id IN (SELECT id FROM temp.handover_ids)")
                log = ", ".join(LOG_COLUMNS)
                run(f"INSERT INTO main.row_version ({log}) SELECT {log} FROM src.row_version "
                    f"WHERE entity_id IN (SELECT id FROM temp.handover_ids)")
                run("DROP TABLE temp.handover_ids")
                run("DROP TABLE temp.handover_blobs")
        finally:
            detach(connection)
