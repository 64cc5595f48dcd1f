"""Check a file before SQLite touches it, from the 100-byte database header.

Reading the header never modifies the file, so a foreign, damaged or newer
file is refused byte-for-byte untouched. Header layout: sqlite.org/fileformat.html
(magic at 0, page size at 16, write/read versions at 18-19 (2: WAL journal),
change counter at 24, page count at 28, user_version at 60, application_id at 68,
version-valid-for at 92).
"""

from __future__ import annotations

import struct
import time
from dataclasses import dataclass
from pathlib import Path

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, WorkspaceError

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x52454350  # "RECP" in ASCII
HEADER_SIZE = 100
WRITING_RETRIES = 20  # a file that looks short while another program writes: re-read
WRITING_PAUSE_S = 0.05  # so for at most 1 s


@dataclass(frozen=True)
class Header:
    """The header fields the workspace checks rely on."""

    application_id: int
    user_version: int
    page_size: int
    page_count: int | None


def _error(template: str, path: Path) -> WorkspaceError:
    return WorkspaceError(Message("Workspace", template, {"path": str(path)}))


def read_header(path: Path) -> Header:
    """Header of the SQLite file at `path`; a clear error when it is not one."""
    if not path.exists():
        raise _error(QT_TRANSLATE_NOOP("Workspace", "{path}: no such file"), path)
    if path.is_dir():
        raise _error(QT_TRANSLATE_NOOP("Workspace", "{path}: is a folder, not a workspace file"),
                     path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{path}: cannot be read ({reason})"),
            {"path": str(path), "reason": exc.strerror or str(exc)})) from exc
    if not raw:
        raise _error(QT_TRANSLATE_NOOP("Workspace", "{path}: the file is empty"), path)
    if len(raw) < HEADER_SIZE or not raw.startswith(SQLITE_MAGIC):
        raise _error(QT_TRANSLATE_NOOP(
            "Workspace", "{path}: not a recp_audit workspace (not an SQLite database)"), path)
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    valid_for = struct.unpack(">I", raw[92:96])[0]
    user_version = struct.unpack(">i", raw[60:64])[0]
    application_id = struct.unpack(">I", raw[68:72])[0]
    return Header(application_id=application_id, user_version=user_version,
                  page_size=page_size,
                  page_count=page_count if valid_for == change_counter and page_count else None)


def wal_header(path: Path) -> bool:
    """Whether the file's header says it uses a WAL journal (False when unreadable)."""
    try:
        with Path(path).open("rb") as handle:
            raw = handle.read(20)
    except OSError:
        return False
    return raw.startswith(SQLITE_MAGIC) and raw[18:20] == b"\x02\x02"


def _short(path: Path, header: Header) -> bool:
    return header.page_count is not None and \
        path.stat().st_size < header.page_size * header.page_count


def _through_wal(path: Path, header: Header) -> Header:
    """The header values as SQLite sees them with the write-ahead log of a file another
    program has open (its main file's header is updated only at a checkpoint)."""
    import contextlib
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            application_id = raw.execute("PRAGMA application_id").fetchone()[0]
            user_version = raw.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        return header
    return Header(application_id & 0xFFFFFFFF, user_version, header.page_size, None)


def _being_written(path: Path) -> bool:
    """Whether another program is writing: its journal is beside the file."""
    return any(Path(f"{path}{side}").exists() for side in ("-journal", "-wal"))


def check_workspace_file(path: Path) -> Header:
    """Header of a recp_audit workspace, or a clear error for a foreign or truncated file."""
    header = read_header(path)
    if header.application_id != APPLICATION_ID and Path(f"{path}-wal").exists():
        header = _through_wal(path, header)
    if header.application_id != APPLICATION_ID:
        raise _error(QT_TRANSLATE_NOOP(
            "Workspace",
            "{path}: an SQLite database of another program, not a recp_audit workspace"), path)
    for _ in range(WRITING_RETRIES):  # a commit in progress elsewhere, not a cut file?
        if not _short(path, header) or not _being_written(path):
            break
        time.sleep(WRITING_PAUSE_S)
        header = read_header(path)
    # Still short beside a journal: a commit cut by a kill, which SQLite rolls back.
    if _short(path, header) and not _being_written(path):
        raise _error(QT_TRANSLATE_NOOP(
            "Workspace", "{path}: the file is truncated (incomplete copy or damaged disk)"), path)
    return header
