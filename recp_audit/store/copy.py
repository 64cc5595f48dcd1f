"""Consistent copies of a workspace through the SQLite online-backup API.

The copy is written to a temporary file beside the target and renamed at the
end, so a failure (full disk, missing folder) never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, WorkspaceError


def copy_database(source: sqlite3.Connection, target: Path,
                  prepare: Callable[[sqlite3.Connection], None] | None = None) -> Path:
    """Copy the database behind `source` to `target` atomically; `prepare` edits the copy."""
    target = Path(target)
    if not target.parent.is_dir():
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{path}: the folder does not exist"), {"path": str(target.parent)}))
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    temp = Path(temp_name)
    try:
        copy = sqlite3.connect(temp)
        try:
            source.backup(copy)
            if prepare is not None:
                prepare(copy)
                copy.commit()
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _write_error(target, exc) from exc
    return target


def _write_error(target: Path, exc: Exception) -> WorkspaceError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
        "Workspace", "{path}: could not be written ({reason}); nothing was changed"),
        {"path": str(target), "reason": reason}))
