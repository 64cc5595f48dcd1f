"""Where the program's files live: user data, config, backups and shipped resources."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "recp_audit"
DEFAULT_WORKSPACE_NAME = "workspace.sqlite"
_chosen_data_dir: Path | None = None


def use_data_dir(folder: Path | None) -> None:
    """Keep the default workspace and backups in `folder` (None: the system's default)."""
    global _chosen_data_dir
    _chosen_data_dir = Path(folder).expanduser() if folder else None


def user_data_dir() -> Path:
    """Folder for the default workspace and backups (created on demand): the one chosen in
    the settings, else the system's user data folder."""
    path = _chosen_data_dir or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_data_dir(folder: Path) -> Path:
    """`folder` made if missing and tried for writing; WorkspaceError saying why not."""
    from recp_audit.messages import QT_TRANSLATE_NOOP, Message, WorkspaceError

    folder = Path(folder).expanduser()
    try:
        if not folder.is_absolute():
            raise OSError("not a full path (it must start at a drive or /)")
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "the data folder {path} cannot be used: {reason}"),
            {"path": str(folder), "reason": exc.strerror or str(exc)})) from None
    return folder


def user_config_dir() -> Path:
    """Folder for settings such as language and recent files (created on demand)."""
    path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    """Folder for the program's log (created on demand)."""
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_workspace_path() -> Path:
    """The workspace opened when the user names no other file."""
    return user_data_dir() / DEFAULT_WORKSPACE_NAME


def backup_dir() -> Path:
    """Folder for copies made before a schema upgrade or a merge, and automatic ones."""
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The shipped `resources/` folder (source checkout or PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under `resources/`."""
    return resources_dir().joinpath(*parts)
