"""The program's log: a rotating file in the user log folder, kept for support."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from recp_audit import paths

LOG_FILE = "recp_audit.log"
MAX_BYTES = 1_000_000
KEEP = 5  # older logs kept beside the current one
logger = logging.getLogger("recp_audit")


def log_path() -> Path:
    """The current log file."""
    return paths.user_log_dir() / LOG_FILE


def start_logging() -> Path | None:
    """Send the program's log to the rotating file (once); where it goes, or None when
    the folder cannot be written (the program then runs without a log)."""
    target = log_path()
    if any(getattr(handler, "baseFilename", None) == str(target)
           for handler in logger.handlers):
        return target
    try:
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return target
