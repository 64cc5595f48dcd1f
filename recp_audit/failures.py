"""Low-level failures (the database driver, the file system, damaged archives) said in
one line of the user's language, without SQL, tracebacks or web links.

`reason(exc)` is the short cause to put into a message, e.g. «файл повреждён» for
SQLite's "database disk image is malformed"; `describe(exc, file)` the whole line the
command line prints for an exception no service turned into a `RecpError`.
"""

from __future__ import annotations

import errno
from pathlib import Path

from recp_audit.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "Failure"
# (words in the driver's message, what they mean for the user), first match wins
_DATABASE = (
    (("malformed", "corrupt"), QT_TRANSLATE_NOOP("Failure", "the file is damaged")),
    (("not a database", "file is encrypted"),
     QT_TRANSLATE_NOOP("Failure", "it is not a database file")),
    (("locked", "busy"), QT_TRANSLATE_NOOP("Failure", "another program is writing to it; "
                                                      "try again when it has finished")),
    (("readonly", "read-only"), QT_TRANSLATE_NOOP("Failure", "the file or its folder is "
                                                             "read-only")),
    (("disk is full", "database or disk is full"), QT_TRANSLATE_NOOP("Failure",
                                                                     "the disk is full")),
    (("disk i/o",), QT_TRANSLATE_NOOP("Failure", "the disk could not be read or written")),
    (("unable to open",), QT_TRANSLATE_NOOP("Failure", "the file cannot be opened")),
    (("no such table", "no such column", "has no column"),
     QT_TRANSLATE_NOOP("Failure", "tables the program needs are missing (a damaged file or "
                                  "one of another program)")),
)
_ERRNO = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Failure", "it does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("Failure", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Failure", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Failure", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Failure", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Failure", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Failure", "a part of the path is not a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("Failure", "the disk could not be read or written"),
}


def _message(template: str, **params) -> Message:
    return Message(CONTEXT, template, params)


def reason(exc: BaseException) -> Message:
    """The cause of `exc` in a few words people understand."""
    import sqlite3
    import xml.etree.ElementTree as ET
    import zipfile

    import sqlalchemy as sa

    if isinstance(exc, sa.exc.DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, (sqlite3.Error, sa.exc.SQLAlchemyError)):
        text = str(exc).lower()
        for words, meaning in _DATABASE:
            if any(word in text for word in words):
                return _message(meaning)
        return _message(QT_TRANSLATE_NOOP("Failure", "the database reported an error; the "
                                                     "file may be damaged"))
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return _message(_ERRNO[exc.errno])
    if isinstance(exc, (zipfile.BadZipFile, EOFError)):
        return _message(QT_TRANSLATE_NOOP("Failure", "the archive is damaged or cut short"))
    if isinstance(exc, ET.ParseError):
        return _message(QT_TRANSLATE_NOOP("Failure", "its XML is damaged"))
    if isinstance(exc, UnicodeError):
        return _message(QT_TRANSLATE_NOOP("Failure", "its text is not in a known encoding"))
    if isinstance(exc, MemoryError):
        return _message(QT_TRANSLATE_NOOP("Failure", "there is not enough memory"))
    if isinstance(exc, OSError):
        return _message(QT_TRANSLATE_NOOP("Failure", "the file system refused ({code})"),
                        code=errno.errorcode.get(exc.errno or 0, type(exc).__name__))
    return _message(QT_TRANSLATE_NOOP("Failure", "an internal fault ({kind})"),
                    kind=type(exc).__name__)


def describe(exc: BaseException, file: Path | None = None) -> Message:
    """One line for an exception no service described: the file and the cause."""
    if file is None:
        return reason(exc)
    return _message(QT_TRANSLATE_NOOP("Failure", "{file}: {reason}"), file=str(file),
                    reason=reason(exc))


def is_internal(exc: BaseException) -> bool:
    """True when `exc` is a fault of the program, not of its input or surroundings."""
    import sqlite3
    import xml.etree.ElementTree as ET
    import zipfile

    import sqlalchemy as sa

    return not isinstance(exc, (sqlite3.Error, sa.exc.SQLAlchemyError, OSError,
                                zipfile.BadZipFile, EOFError, ET.ParseError, UnicodeError,
                                MemoryError))
