"""User settings kept between sessions: language, recent files, first-run choices."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from recp_audit import paths

MAX_RECENT = 10
SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    """What the program remembers for the user."""

    language: str = "ru"
    recent_files: list[str] = field(default_factory=list)
    offer_demo: bool = True
    author: str = ""
    server: dict = field(default_factory=dict)  # host, port, database, user: no password
    role: str = ""  # roles.Role; empty until chosen at first start

    def remember(self, path: Path) -> None:
        """Put `path` first in the recent files."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]


def settings_path() -> Path:
    """Where the settings file is."""
    return paths.user_config_dir() / SETTINGS_FILE


def load() -> Settings:
    """The saved settings, or defaults when the file is missing or unreadable."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
        known = {key: data[key] for key in Settings.__dataclass_fields__ if key in data}
        settings = Settings(**known)
        if settings.language not in ("ru", "en") or not isinstance(settings.recent_files, list):
            return Settings()
        return settings
    except (OSError, ValueError, TypeError):
        return Settings()


def save(settings: Settings) -> None:
    """Write the settings atomically (temp file, then rename).

    A failure to write (full disk, read-only home) is ignored: the program keeps
    working and only forgets the language and recent files.
    """
    target = settings_path()
    handle, temp = tempfile.mkstemp(prefix=".settings.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(settings), out, ensure_ascii=False, indent=2)
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
