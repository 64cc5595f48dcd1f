"""Server passwords in the operating system's keyring, only when the user asks and only
when a real keyring is there; never in the workspace or the settings file."""

from __future__ import annotations

import contextlib

SERVICE = "recp_audit"


def _keyring():
    """The keyring module when a usable backend exists, else None."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, (fail.Keyring, null.Keyring)) or backend.priority <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    """Whether passwords can be remembered on this computer."""
    return _keyring() is not None


def stored_password(account: str) -> str | None:
    """The remembered password for `account` (user@host:port/database), if any."""
    ring = _keyring()
    if ring is None:
        return None
    with contextlib.suppress(Exception):  # a locked or broken keyring: just ask
        return ring.get_password(SERVICE, account)
    return None


def store_password(account: str, password: str) -> bool:
    """Remember the password; False when the keyring refused."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(SERVICE, account, password)
    except Exception:  # noqa: BLE001 - the keyring's own errors vary by platform
        return False
    return True
