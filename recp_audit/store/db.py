"""Open, create and copy workspace files; sessions that version every change.

A workspace is one SQLite file (WAL journal, foreign keys on, our
`application_id`). Opening checks the header first, refuses foreign, damaged
and newer files without writing to them, backs up an older file and upgrades it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from recp_audit import __version__, paths
from recp_audit.failures import reason
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, ReadOnlyError, WorkspaceError
from recp_audit.model import RowVersion, WorkspaceMeta
from recp_audit.model.clock import HybridClock
from recp_audit.model.versioning import clean_author
from recp_audit.store import migrate
from recp_audit.store.copy import copy_database
from recp_audit.store.probe import check_workspace_file

FILE_ID_KEY = "file_id"


def is_writable(path: Path) -> bool:
    """Whether both the file and its folder (for the WAL files) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def default_author() -> str:
    """Login name of the user, used as the author of versions."""
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "unknown"


def _make_engine(path: Path, read_only: bool) -> sa.Engine:
    # A percent-quoted file: URI, so '?', '#' and '%' in a file name stay part of the name.
    mode = ""
    if read_only:
        # Without a WAL file everything is in the main file: `immutable` reads it without
        # creating -wal/-shm files; with one, `mode=ro` also reads what the WAL holds.
        mode = "?mode=ro" if Path(f"{path}-wal").exists() else "?immutable=1"
    uri = f"file:{quote(str(Path(path).resolve()))}{mode}"
    # Through `creator`: SQLAlchemy's URL parser would un-quote the name. The URL names no
    # file, so the pool for file databases is chosen here.
    engine = sa.create_engine(
        "sqlite+pysqlite://", poolclass=sa.pool.QueuePool,
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        json_serializer=_json_text)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN (transactional DDL)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA cache_size=-65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _json_text(value) -> str:
    """JSON columns' text: keys sorted, so a row built from its logged version (whose
    text is canonical) is stored exactly as the program stores it when saving."""
    return json.dumps(value, sort_keys=True)


def _damaged(path: Path, exc: Exception) -> WorkspaceError:
    return WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
        "Workspace", "{path}: the file is damaged and cannot be opened ({reason})"),
        {"path": str(path), "reason": reason(exc)}))


class Workspace:
    """An open workspace file: its engine, identity, clock and sessions."""

    def __init__(self, path: Path, engine: sa.Engine, read_only: bool, author: str,
                 backup: Path | None = None):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.author = clean_author(author)
        self.backup = backup
        with Session(engine) as session:
            file_id = session.get(WorkspaceMeta, FILE_ID_KEY)
            last = session.scalar(sa.select(sa.func.max(RowVersion.hlc)))
        # Read-only files of a workspace without an identity cannot be edited, so 0 is never
        # written into a version as its origin.
        self.file_id = uuid.UUID(file_id.value) if file_id else uuid.UUID(int=0)
        self.clock = HybridClock(last)

    def session(self) -> Session:
        """A session whose flushes are versioned with this workspace's identity."""
        return Session(self.engine, expire_on_commit=False, info={
            "clock": self.clock, "origin": self.file_id, "author": self.author})

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session committed at the end of the block, rolled back on error."""
        if self.read_only:
            raise ReadOnlyError(Message("Workspace", QT_TRANSLATE_NOOP(
                "Workspace", "{path} is open read-only; changes cannot be saved"),
                {"path": str(self.path)}))
        with self.session() as session, session.begin():
            yield session

    def schema_version(self) -> int:
        """The PRAGMA user_version the migrations maintain."""
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("PRAGMA user_version").scalar_one()

    def save_as(self, target: Path) -> Workspace:
        """Copy this workspace to `target` (a new file id) and open the copy."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
                "Workspace", "{path}: choose a different file than the open one"),
                {"path": str(target)}))

        def give_new_identity(copy: sqlite3.Connection) -> None:
            copy.execute("UPDATE workspace_meta SET value=? WHERE key=?",
                         (str(uuid.uuid4()), FILE_ID_KEY))

        raw = self.engine.raw_connection()
        try:
            copy_database(raw.driver_connection, target, prepare=give_new_identity)
        finally:
            raw.close()
        return open_workspace(target, author=self.author)

    def close(self) -> None:
        """Release the file (checkpoints the WAL)."""
        self.engine.dispose()


def create_workspace(path: Path, author: str | None = None) -> Workspace:
    """Create a new, empty workspace file at `path` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{path}: a file with this name already exists"), {"path": str(path)}))
    if not path.parent.is_dir():
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{path}: the folder does not exist"), {"path": str(path.parent)}))
    engine = _make_engine(path, read_only=False)
    try:
        migrate.upgrade(engine)
        ensure_identity(engine)
    except (sqlite3.Error, sa.exc.DBAPIError, OSError) as exc:
        engine.dispose()
        with contextlib.suppress(OSError):
            path.unlink()
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{path}: could not be created ({reason})"),
            {"path": str(path), "reason": reason(exc)})) from exc
    return Workspace(path, engine, read_only=False, author=author or default_author())


def ensure_identity(engine: sa.Engine) -> None:
    """Give the file its own id (the origin of every version made in it) if it has none."""
    facts = {FILE_ID_KEY: str(uuid.uuid4()),
             "created_at": dt.datetime.now(dt.UTC).isoformat(),
             "created_by": f"recp_audit {__version__}"}
    with engine.begin() as connection:
        present = set(connection.scalars(sa.select(WorkspaceMeta.key)))
        missing = [{"key": k, "value": v} for k, v in facts.items() if k not in present]
        if missing:
            connection.execute(sa.insert(WorkspaceMeta), missing)


def open_workspace(path: Path, *, read_only: bool = False, author: str | None = None,
                   backup_dir: Path | None = None) -> Workspace:
    """Open an existing workspace, upgrading an older one after a backup copy."""
    path = Path(path)
    header = check_workspace_file(path)
    if header.user_version > migrate.SCHEMA_VERSION:
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace",
            "{path}: written by a newer version of recp_audit (schema {found}, this program "
            "knows {known}); update the program to open it. The file was not changed."),
            {"path": str(path), "found": header.user_version, "known": migrate.SCHEMA_VERSION}))
    read_only = read_only or not is_writable(path)
    engine = _make_engine(path, read_only)
    backup = None
    try:
        with engine.connect() as connection:
            check = connection.exec_driver_sql("PRAGMA quick_check").scalar_one()
        if check != "ok":
            raise _damaged(path, RuntimeError(check))
        if header.user_version < migrate.SCHEMA_VERSION:
            if read_only:
                raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
                    "Workspace", "{path}: made by an older version and read-only, so it cannot "
                    "be upgraded; copy it to a folder you can write to"), {"path": str(path)}))
            backup = backup_before_upgrade(engine, path, header.user_version, backup_dir)
            migrate.upgrade(engine)
        if not read_only:
            ensure_identity(engine)
        return Workspace(path, engine, read_only=read_only, author=author or default_author(),
                         backup=backup)
    except WorkspaceError:
        engine.dispose()
        raise
    except (sqlite3.Error, sa.exc.DBAPIError) as exc:
        engine.dispose()
        raise _damaged(path, exc) from exc


def backup_before_upgrade(engine: sa.Engine, path: Path, from_version: int,
                          backup_dir: Path | None = None) -> Path:
    """Copy the file before a schema upgrade; returns where the copy is."""
    folder = backup_dir or paths.backup_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}.schema{from_version}.{stamp}{path.suffix or '.sqlite'}"
    raw = engine.raw_connection()
    try:
        return copy_database(raw.driver_connection, target)
    finally:
        raw.close()
