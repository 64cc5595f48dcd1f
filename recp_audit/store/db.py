"""Open, create and copy workspace files; sessions that version every change.

A workspace is one SQLite file (rollback journal, foreign keys on, our
`application_id`). Opening checks the header first, refuses foreign, damaged
and newer files without writing to them, backs up an older file and upgrades it.

The journal is a rollback journal, not WAL, so that after each commit the main file
alone is complete: people copy it while the program runs, and it reads from read-only
media with no -wal/-shm files. Measured with benchmarks/checklists.py (answering a
checklist item, median of 60): WAL alone 14.9 ms (but the main file lags behind),
WAL with a checkpoint after each commit 18.2-19.0 ms, rollback journal (DELETE,
synchronous FULL) 17.6-18.3 ms; the target is 30 ms. Under heavy disk load from other
programs the commit's syncs cost more (rollback 38-56 ms, WAL 16-36 ms, WAL with the
checkpoint in a background thread 18-34 ms): the price of a file that is complete at
once. A commit stays atomic and durable: a kill -9 leaves a hot journal that the next
opening rolls back.
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
from recp_audit import settings as settings_store
from recp_audit.failures import reason
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, ReadOnlyError, WorkspaceError
from recp_audit.model import RowVersion, WorkspaceMeta
from recp_audit.model.clock import HybridClock
from recp_audit.model.versioning import clean_author
from recp_audit.store import migrate, owner
from recp_audit.store.copy import copy_database, new_name
from recp_audit.store.probe import check_workspace_file, wal_header

FILE_ID_KEY = "file_id"
JOURNAL_MODE = "DELETE"  # the main file alone is complete after each commit (see above)
BUSY_TIMEOUT_MS = 5000  # how long a save waits for another program's write to end


def is_writable(path: Path) -> bool:
    """Whether both the file and its folder (for the journal) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def login_name() -> str:
    """Login name of the user (the author until the user gives a name)."""
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "unknown"


def default_author() -> str:
    """The author of versions: the name in the settings as saved now, else the login."""
    return settings_store.current_author() or login_name()


def read_only_uri(path: Path) -> str:
    """A percent-quoted URI that reads `path` without writing to it. `mode=ro` takes
    SQLite's shared lock, so a file another program is writing reads consistently;
    only a WAL-journal file in a folder that cannot be written (read-only media), where
    SQLite could not make its -shm file, is read as `immutable` (nobody writes there)."""
    path = Path(path).resolve()
    immutable = wal_header(path) and not os.access(path.parent, os.W_OK)
    return f"file:{quote(str(path))}?{'immutable=1' if immutable else 'mode=ro'}"


def _make_engine(path: Path, read_only: bool) -> sa.Engine:
    # A percent-quoted file: URI, so '?', '#' and '%' in a file name stay part of the name.
    uri = read_only_uri(path) if read_only else f"file:{quote(str(Path(path).resolve()))}"
    # Through `creator`: SQLAlchemy's URL parser would un-quote the name. The URL names no
    # file, so the pool for file databases is chosen here.
    engine = sa.create_engine(
        "sqlite+pysqlite://", poolclass=sa.pool.QueuePool,
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        json_serializer=_json_text)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Nothing here writes to the file: a refused file stays byte-identical.
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN (transactional DDL)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA cache_size=-65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # A transaction that will write takes the write lock at once, so it waits for
        # another writer (busy timeout) instead of failing when it first writes.
        immediate = connection.get_execution_options().get("immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _roll_back_cut_commit(path: Path) -> None:
    """A commit cut off by a kill leaves a hot journal, which a read-only connection
    cannot roll back: a brief writable connection does it (restoring the last committed
    state). Nothing happens without a journal, or in a folder that cannot be written."""
    if not Path(f"{path}-journal").is_file() or not is_writable(path):
        return
    uri = f"file:{quote(str(Path(path).resolve()))}"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as raw:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _use_rollback_journal(engine: sa.Engine) -> None:
    """Switch a file written with a WAL journal (older versions) to the rollback journal;
    done only once the file is accepted (the switch rewrites its header). While another
    program has it open the switch waits for a later opening."""
    raw = engine.raw_connection()  # outside a transaction, as the switch needs
    try:
        sqlite = raw.driver_connection
        if sqlite.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            with contextlib.suppress(sqlite3.OperationalError):
                sqlite.execute(f"PRAGMA journal_mode={JOURNAL_MODE}")
    finally:
        raw.close()


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` is SQLite saying another connection holds the file (busy, locked)."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, sqlite3.OperationalError) and (
        getattr(orig, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        or "database is locked" in str(orig))


def busy_error(path: Path) -> WorkspaceError:
    """One line: the file is busy, and who holds it when its owner note says so."""
    holder = owner.read_owner(path)
    if holder is not None and not holder.is_me():
        return WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{file} is busy: {user} on {host} has it open (since {time}); "
            "nothing was saved, try again in a moment"),
            {"file": path.name, "user": holder.user, "host": holder.host,
             "time": holder.when()}))
    return WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
        "Workspace", "{file} is busy: another program is writing to it; nothing was saved, "
        "try again in a moment"), {"file": path.name}))


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

    def __init__(self, path: Path, engine: sa.Engine, read_only: bool,
                 author: str | None = None, backup: Path | None = None,
                 claimed: bool = False):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.author = author
        self.backup = backup
        self.claimed = claimed  # this program's owner note is beside the file
        with Session(engine) as session:
            file_id = session.get(WorkspaceMeta, FILE_ID_KEY)
            last = session.scalar(sa.select(sa.func.max(RowVersion.hlc)))
        # Read-only files of a workspace without an identity cannot be edited, so 0 is never
        # written into a version as its origin.
        self.file_id = uuid.UUID(file_id.value) if file_id else uuid.UUID(int=0)
        self.clock = HybridClock(last)

    @property
    def author(self) -> str:
        """Who makes the changes: the name given at opening, else the user's name as the
        settings say now (a new name applies to the next change)."""
        return self.fixed_author or clean_author(default_author())

    @author.setter
    def author(self, name: str | None) -> None:
        self.fixed_author = clean_author(name) if name else None

    def session(self, bind: sa.Engine | None = None) -> Session:
        """A session whose flushes are versioned with this workspace's identity."""
        return Session(bind or self.engine, expire_on_commit=False, info={
            "clock": self.clock, "origin": self.file_id, "author": self.author})

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session committed at the end of the block, rolled back on error. It waits
        for another program's write to end; a file still busy then is one clear line."""
        if self.read_only:
            raise ReadOnlyError(Message("Workspace", QT_TRANSLATE_NOOP(
                "Workspace", "{path} is open read-only; changes cannot be saved"),
                {"path": str(self.path)}))
        try:
            with self.session(self.engine.execution_options(immediate=True)) as session, \
                    session.begin():
                yield session
        except sa.exc.OperationalError as exc:
            if is_busy(exc):
                raise busy_error(self.path) from exc
            raise

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
        return open_workspace(target, author=self.fixed_author, claim=self.claimed)

    def close(self) -> None:
        """Release the file and remove this program's owner note."""
        self.engine.dispose()
        if self.claimed:
            owner.release(self.path)
            self.claimed = False


def create_workspace(path: Path, author: str | None = None, claim: bool = False) -> Workspace:
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
    workspace = Workspace(path, engine, read_only=False, author=author)
    if claim:
        _claim(workspace)
    return workspace


def _claim(workspace: Workspace) -> None:
    owner.claim(workspace.path, workspace.author)
    workspace.claimed = True


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
                   backup_dir: Path | None = None, claim: bool = False) -> Workspace:
    """Open an existing workspace, upgrading an older one after a backup copy. With
    `claim` (the window), a file another program has open is refused with who has it
    (FileInUseError; it can still be opened read-only), and an owner note is left."""
    path = Path(path)
    header = check_workspace_file(path)
    if header.user_version > migrate.SCHEMA_VERSION:
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace",
            "{path}: written by a newer version of recp_audit (schema {found}, this program "
            "knows {known}); update the program to open it. The file was not changed."),
            {"path": str(path), "found": header.user_version, "known": migrate.SCHEMA_VERSION}))
    if read_only:
        with contextlib.suppress(sqlite3.Error):  # if it fails, opening says why
            _roll_back_cut_commit(path)
    read_only = read_only or not is_writable(path)
    if claim and not read_only:
        holder = owner.read_owner(path)
        if holder is not None and not holder.is_me():
            raise owner.FileInUseError(path, holder)
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
            _use_rollback_journal(engine)
        workspace = Workspace(path, engine, read_only=read_only, author=author, backup=backup)
        if claim and not read_only:
            _claim(workspace)
        return workspace
    except WorkspaceError:
        engine.dispose()
        raise
    except (sqlite3.Error, sa.exc.DBAPIError) as exc:
        engine.dispose()
        if is_busy(exc):
            raise busy_error(path) from exc
        if read_only and Path(f"{path}-journal").is_file():
            raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
                "Workspace", "{path}: a change was cut off when a program stopped, and the "
                "file cannot be repaired where it is; copy it with its -journal file to a "
                "folder you can write to and open it there"), {"path": str(path)})) from exc
        raise _damaged(path, exc) from exc


def backup_before_upgrade(engine: sa.Engine, path: Path, from_version: int,
                          backup_dir: Path | None = None) -> Path:
    """Copy the file before a schema upgrade; returns where the copy is."""
    folder = backup_dir or paths.backup_dir()
    target = new_name(folder, f"{path.stem}.schema{from_version}.", path.suffix or ".sqlite")
    raw = engine.raw_connection()
    try:
        return copy_database(raw.driver_connection, target)
    finally:
        raw.close()
