"""Who has a workspace open: a small note `<file>.lock` beside it (user, computer,
process id, since when), written when the window opens the file, removed when it closes.

A note is stale, and ignored, when its process is gone on this same computer (a killed
program), or when it was written for another file than the one beside it (a folder
copied with its note: the note names the file's inode). Notes are advisory: SQLite's
own locks keep the data safe; the note only lets a second program say who holds the
file, e.g. "Ivan Petrov on LAPTOP-7 since 14:05".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, WorkspaceError

SUFFIX = ".lock"


@dataclass(frozen=True)
class Owner:
    """The program that has a workspace open."""

    user: str
    host: str
    pid: int
    since: dt.datetime  # local time, naive

    def is_me(self) -> bool:
        """Whether the note is this very process's."""
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def when(self) -> str:
        """Since when, as a person says it: 14:05 today, else 02.12.2026 14:05."""
        if self.since.date() == dt.date.today():
            return self.since.strftime("%H:%M")
        return self.since.strftime("%d.%m.%Y %H:%M")


class FileInUseError(WorkspaceError):
    """Another program has the workspace open; `owner` says who."""

    def __init__(self, path: Path, owner: Owner):
        super().__init__(in_use_message(path, owner))
        self.owner = owner


def in_use_message(path: Path, owner: Owner) -> Message:
    """One line: which file and who has it open, where, since when."""
    return Message("Workspace", QT_TRANSLATE_NOOP(
        "Workspace", "{file} is already open: {user} on {host} since {time}"),
        {"file": Path(path).name, "user": owner.user, "host": owner.host,
         "time": owner.when()})


def note_path(path: Path) -> Path:
    """Where the note of `path` is kept."""
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs on this computer (never signals it)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def read_owner(path: Path) -> Owner | None:
    """The live owner of `path`, or None (no note, an unreadable one, or a stale one)."""
    try:
        data = json.loads(note_path(path).read_text(encoding="utf-8"))
        owner = Owner(str(data["user"])[:200], str(data["host"])[:200], int(data["pid"]),
                      dt.datetime.fromisoformat(data["since"]).replace(tzinfo=None))
        inode = data.get("inode")
        copied = inode is not None and inode != Path(path).stat().st_ino
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if copied or owner.host == socket.gethostname() and not process_alive(owner.pid):
        return None
    return owner


def claim(path: Path, user: str) -> None:
    """Write this process's note for `path` (atomically). A folder that cannot be
    written (read-only media) gets no note: nobody can write there either."""
    note = note_path(path)
    with contextlib.suppress(OSError):
        data = {"user": user, "host": socket.gethostname(), "pid": os.getpid(),
                "since": dt.datetime.now().isoformat(timespec="seconds"),
                "inode": Path(path).stat().st_ino}
        handle, temp = tempfile.mkstemp(prefix=f".{note.name}.", dir=note.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temp, note)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def release(path: Path) -> None:
    """Remove the note of `path` if it is this process's."""
    owner = read_owner(path)
    if owner is not None and owner.is_me():
        with contextlib.suppress(OSError):
            note_path(path).unlink()
