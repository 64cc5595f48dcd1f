"""Automatic backups: a copy of a workspace each time it is opened, in the backup folder,
the newest `keep` copies of that workspace kept and older ones removed.

Copies are named after the workspace, a short tag of its full path (two files called
`workspace.sqlite` in different folders keep apart) and the time, with a counter for
copies made within one second: `workspace.auto-1a2b3c4d.20261121-141500.sqlite`,
`workspace.auto-1a2b3c4d.20261121-141500-01.sqlite`.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import sqlite3
from pathlib import Path

from recp_audit import paths
from recp_audit.store.copy import copy_database, new_name, remove_leftovers
from recp_audit.store.db import read_only_uri


def _prefix(workspace: Path) -> str:
    tag = hashlib.sha1(str(Path(workspace).resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{Path(workspace).stem}.auto-{tag}."


def automatic_backups(workspace: Path, folder: Path | None = None) -> list[Path]:
    """The automatic copies of `workspace`, newest first."""
    folder = folder or paths.backup_dir()
    prefix, suffix = _prefix(workspace), Path(workspace).suffix

    def stamp(found: Path) -> str:  # 20261121-141500, then 20261121-141500-01 ...
        return found.name[len(prefix):-len(suffix) or None]

    return sorted((found for found in folder.glob(f"{glob.escape(prefix)}*{suffix}")
                   if stamp(found).replace("-", "").isdigit()), key=stamp, reverse=True)


def auto_backup(workspace: Path, keep: int, folder: Path | None = None) -> Path | None:
    """Copy `workspace` (a consistent snapshot, readable while the program writes to it)
    and keep its newest `keep` copies; nothing is made when `keep` is 0. The new copy's
    path, or None. Raises WorkspaceError when the copy cannot be written."""
    if keep <= 0:
        return None
    folder = folder or paths.backup_dir()
    workspace = Path(workspace)
    target = new_name(folder, _prefix(workspace), workspace.suffix)
    with contextlib.closing(sqlite3.connect(read_only_uri(workspace), uri=True)) as source:
        copy_database(source, target)
    for old in automatic_backups(workspace, folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def clean_leftovers(folder: Path | None = None) -> list[Path]:
    """Remove the half-written copies that programs killed while copying left in the
    backup folder (run at start); the removed paths."""
    return remove_leftovers(folder or paths.backup_dir())
