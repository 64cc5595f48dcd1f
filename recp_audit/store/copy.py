"""Consistent copies of a workspace through the SQLite online-backup API.

The copy is written to a temporary file beside the target and renamed at the
end, so a failure (full disk, missing folder) never leaves a half-written file; a
temporary file left by a killed program (`.NAME.PID.XXXX.part`) is removed by
`remove_leftovers` at the next start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, WorkspaceError
from recp_audit.store.owner import process_alive

PART = ".part"
FOREIGN_PART_AGE_S = 24 * 3600  # a .part without a process id is left this long


def new_name(folder: Path, prefix: str, suffix: str) -> Path:
    """A free name `prefix` + time to the second + `suffix` in `folder`; a counter is
    added when copies are made within one second: ...-141500, ...-141500-01, ..."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    count = 0
    while True:
        target = folder / f"{prefix}{stamp}{f'-{count:02d}' if count else ''}{suffix}"
        if not target.exists():
            return target
        count += 1


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary copies in `folder` whose program is gone (killed while
    copying); the removed paths."""
    removed = []
    for part in Path(folder).glob(f".*{PART}"):
        pid = part.name.split(".")[-3] if part.name.count(".") >= 4 else ""
        with contextlib.suppress(OSError):
            gone = not process_alive(int(pid)) if pid.isdigit() else \
                time.time() - part.stat().st_mtime > FOREIGN_PART_AGE_S
            if gone:
                part.unlink()
                removed.append(part)
    return removed


def copy_database(source: sqlite3.Connection, target: Path,
                  prepare: Callable[[sqlite3.Connection], None] | None = None) -> Path:
    """Copy the database behind `source` to `target` atomically; `prepare` edits the copy."""
    target = Path(target)
    if not target.parent.is_dir():
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{path}: the folder does not exist"), {"path": str(target.parent)}))
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=PART, dir=target.parent)
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
