"""Temporary files and folders written beside their target and renamed at the end, and
the removal of those a killed run left behind.

A temporary name reads `.{target stem}.recp-{pid}-{random}{suffix}`, e.g.
`.report.recp-4711-1a2b3c4d.pdf`. It is stale when the process `pid` is gone (on
Windows, where that cannot be asked safely, when it is older than `STALE_SECONDS`);
every writer removes the stale ones in its folder before it writes.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
import uuid
from pathlib import Path

STALE_SECONDS = 24 * 3600
_NAME = re.compile(r"^\..*\.recp-(\d+)-[0-9a-f]{8}(\.[^.]*)?$")
_OLD_HANDOVER = re.compile(r"^\.handover-[a-z0-9_]{8}$")  # hand-over folders of 0.1.0


def temporary_name(target: Path, suffix: str | None = None) -> Path:
    """A fresh temporary name beside `target` (nothing is created)."""
    target = Path(target)
    ending = target.suffix if suffix is None else suffix
    return target.parent / f".{target.stem}.recp-{os.getpid()}-{uuid.uuid4().hex[:8]}{ending}"


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else
        return True
    return True


def is_stale(path: Path) -> bool:
    """True for a temporary name of this module whose writer is gone, or a hand-over
    folder of version 0.1.0 (`.handover-XXXXXXXX`) older than `STALE_SECONDS`."""
    found = _NAME.match(path.name)
    if found is None and not _OLD_HANDOVER.match(path.name):
        return False
    if found is not None and os.name == "posix":
        return not _running(int(found.group(1)))
    with contextlib.suppress(OSError):
        return time.time() - path.stat().st_mtime > STALE_SECONDS
    return False


def remove_stale(folder: Path) -> list[Path]:
    """Remove the stale temporary files and folders in `folder`; the paths removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in Path(folder).iterdir():
            if not is_stale(entry):
                continue
            with contextlib.suppress(OSError):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
                removed.append(entry)
    return removed


def readable_by_all(path: Path) -> None:
    """Give a finished file the permissions a new file gets (0666 less the umask), not
    the owner-only ones of a temporary file."""
    mask = os.umask(0o022)
    os.umask(mask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~mask)
