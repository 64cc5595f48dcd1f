"""Where the program's files live: user data, config, backups and shipped resources."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "recp_audit"
DEFAULT_WORKSPACE_NAME = "workspace.sqlite"


def user_data_dir() -> Path:
    """Folder for the default workspace and backups (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


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
    """Folder for copies made before a schema upgrade."""
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
