"""User settings kept between sessions: language, role, recent files, the defaults of new
audits, the heat unit, the data folder and how many automatic backups are kept."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from recp_audit import display, paths
from recp_audit.choices import CURRENCIES
from recp_audit.logs import logger
from recp_audit.messages import WorkspaceError
from recp_audit.display import HEAT_UNITS

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
    currency: str = "BYN"  # of new audits
    grid_factor: str = ""  # CO2e of grid electricity for new audits, e.g. "0.45 kg/kWh"
    grid_factor_source: str = ""  # where that value comes from; empty: the shipped factor
    heat_unit: str = "MWh"  # heat and fuel amounts shown in MWh, GJ or Gcal
    data_folder: str = ""  # default workspace and backups; empty: the system's user data dir
    backups_kept: int = 10  # automatic copies kept per workspace; 0: none made

    def remember(self, path: Path) -> None:
        """Put `path` first in the recent files."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]

    def last_workspace(self) -> Path | None:
        """The workspace open when the program last closed (it may be gone since)."""
        return Path(self.recent_files[0]) if self.recent_files else None


_saved_author: tuple[tuple[int, int, int], str] | None = None  # the file's stat, the name


def suggested_author() -> str:
    """A name to propose at first start: the full name the system knows, else the login."""
    import getpass

    with contextlib.suppress(Exception):
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if full:
            return full
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return ""


def current_author() -> str:
    """The user's name as the settings file says now ('' when none is given); read
    again only when the file changed, so asking before every change costs nothing."""
    global _saved_author
    try:
        stat = settings_path().stat()
        key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)  # saving replaces the file
    except OSError:
        return ""
    if _saved_author is None or _saved_author[0] != key:
        _saved_author = (key, load().author.strip())
    return _saved_author[1]


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
        return _repaired(settings)
    except (OSError, ValueError, TypeError):
        return Settings()


def _repaired(settings: Settings) -> Settings:
    """Hand-edited or foreign values replaced by the defaults, one by one."""
    default = Settings()
    if settings.currency not in CURRENCIES:
        settings.currency = default.currency
    if settings.heat_unit not in HEAT_UNITS:
        settings.heat_unit = default.heat_unit
    if not isinstance(settings.backups_kept, int) or not 0 <= settings.backups_kept <= 1000:
        settings.backups_kept = default.backups_kept
    for name in ("grid_factor", "grid_factor_source", "data_folder", "author", "role"):
        if not isinstance(getattr(settings, name), str):
            setattr(settings, name, "")
    return settings


def apply(settings: Settings) -> None:
    """Make the data folder and the heat unit take effect for the services. A data folder
    that cannot be used now (a removed USB stick) gives way to the system's, logged."""
    folder = None
    if settings.data_folder:
        try:
            folder = paths.check_data_dir(Path(settings.data_folder))
        except WorkspaceError as exc:
            logger.warning("%s; the system's data folder is used instead", exc)
    paths.use_data_dir(folder)
    display.set_heat_unit(settings.heat_unit)


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
