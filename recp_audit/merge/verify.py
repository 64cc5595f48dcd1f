"""Checks of versions received from another copy (a colleague's file, a team server).

A version is taken only when it is well formed (its fields fit the table's columns, its
clock, origin, parents and author are what the program writes), when its content is its
revision hash (which covers the record, fields, parents, author, clock and origin), and
when its clock is not more than a day ahead of this computer's. Whatever fails is
refused and named; the rest is taken.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model.base import VERSION_COLUMNS
from recp_audit.model.clock import parse_stamp
from recp_audit.model.history import DELETED, Version
from recp_audit.model.versioning import CONTROL_CHARACTERS, revision_of

FUTURE_LIMIT_MS = 24 * 3600 * 1000  # a version stamped further ahead than this is refused
parse_uuid = functools.lru_cache(maxsize=1 << 16)(uuid.UUID)  # logged ids repeat


LABEL_FIELDS = ("name", "title", "item", "item_id", "quantity", "kind")  # what names a record


def label_of(data: Any) -> str:
    """A record's readable name from its fields (its name, title ...), or ''."""
    if not isinstance(data, dict):
        return ""
    return next((str(data[key])[:80] for key in LABEL_FIELDS if data.get(key)), "")


@dataclass(frozen=True)
class Rejected:
    """A record (or what it brought) left out because it failed a check; `label` its
    name as received, when it could be read."""

    entity: str
    entity_id: uuid.UUID
    reason: Message
    label: str = ""


class BadValue(RecpError):
    """A received version that must not be taken; the message says why."""


def _bad(template: str, **params) -> BadValue:
    return BadValue(Message("Verify", template, params))


def reason(template: str, **params) -> Message:
    """A reason for refusing something received, to show beside the record."""
    return Message("Verify", template, params)


def missing_record(*_) -> Message:
    """Why a received record is refused when what it belongs to is not here."""
    return reason(QT_TRANSLATE_NOOP("Verify", "it belongs to a record this file does not have"))


def missing_bytes(*_) -> Message:
    """Why a received record is refused when its photo or series bytes are not here."""
    return reason(QT_TRANSLATE_NOOP("Verify", "its photo or series bytes are missing or "
                                              "damaged"))


def _checker(column: sa.Column) -> Callable[[Any], bool]:
    """Whether a logged (JSON) value fits the column's type (None handled apart)."""
    kind = column.type

    def parses(parse: Callable[[str], Any]) -> Callable[[Any], bool]:
        def check(value: Any) -> bool:
            try:
                return isinstance(value, str) and parse(value) is not None
            except ValueError:
                return False
        return check

    if isinstance(kind, sa.Boolean):
        return lambda value: isinstance(value, bool)
    if isinstance(kind, sa.Integer):
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if isinstance(kind, sa.Float):
        return lambda value: (isinstance(value, (int, float)) and not isinstance(value, bool)
                              and math.isfinite(value))
    if isinstance(kind, sa.Enum):
        allowed = frozenset(kind.enums)
        return lambda value: isinstance(value, str) and value in allowed
    # Ids, times and dates in the canonical form the program logs them in (which
    # `log_rows` relies on), times without a zone as the columns hold them.
    if isinstance(kind, sa.Uuid):
        return parses(lambda value: str(parse_uuid(value)) == value or None)
    if isinstance(kind, sa.DateTime):
        return parses(_canonical_time)
    if isinstance(kind, sa.Date):
        return parses(lambda value: dt.date.fromisoformat(value).isoformat() == value or None)
    if isinstance(kind, sa.String):
        limit = kind.length
        return lambda value: isinstance(value, str) and (limit is None or len(value) <= limit)
    return lambda value: True  # JSON


def _sql_fits(column: sa.Column, v: str, t: str) -> str:
    """`_checker`'s rule for the column in SQLite's SQL, on the value `v` of JSON type
    `t` (not null); for merging large files without reading every version into Python."""
    kind = column.type
    digits = "[0-9]"
    if isinstance(kind, sa.Boolean):
        return f"{t} IN ('true', 'false')"
    if isinstance(kind, sa.Integer):
        return f"{t} = 'integer'"
    if isinstance(kind, sa.Float):
        return f"{t} IN ('integer', 'real') AND abs({v}) <= 1.7976931348623157e308"
    if isinstance(kind, sa.Enum):
        allowed = ", ".join("'" + value.replace("'", "''") + "'" for value in kind.enums)
        return f"{t} = 'text' AND {v} IN ({allowed})"
    if isinstance(kind, sa.Uuid):
        return (f"{t} = 'text' AND length({v}) = 36 AND {v} NOT GLOB '*[^0-9a-f-]*' "
                f"AND length(replace({v}, '-', '')) = 32 AND substr({v}, 9, 1) = '-' "
                f"AND substr({v}, 14, 1) = '-' AND substr({v}, 19, 1) = '-' "
                f"AND substr({v}, 24, 1) = '-'")
    if isinstance(kind, sa.DateTime):
        day = f"{digits * 4}-{digits * 2}-{digits * 2}T{digits * 2}:{digits * 2}:{digits * 2}"
        return (f"{t} = 'text' AND (({v} GLOB '{day}' AND length({v}) = 19) OR "
                f"({v} GLOB '{day}.{digits * 6}' AND length({v}) = 26 "
                f"AND substr({v}, 21, 6) <> '000000')) "
                f"AND strftime('%Y-%m-%dT%H:%M:%S', substr({v}, 1, 19)) = substr({v}, 1, 19)")
    if isinstance(kind, sa.Date):
        return (f"{t} = 'text' AND length({v}) = 10 "
                f"AND {v} GLOB '{digits * 4}-{digits * 2}-{digits * 2}' AND date({v}) = {v}")
    if isinstance(kind, sa.String):
        limit = f" AND length({v}) <= {kind.length}" if kind.length else ""
        return f"{t} = 'text'{limit}"
    return "1"  # JSON


@functools.cache
def sql_check(table: sa.Table) -> str:
    """SQL true when the fields of a version `s` (a row of a log) of `table` are well
    formed by `check_version`'s rules (JSON readable, a record, known fields that fit
    their columns); its other parts are checked by `revision_in_sql` and the clock."""
    columns = _checks(table)
    known = ", ".join(f"'{key}'" for key in columns)
    parts = ["json_valid(s.data)", "json_type(s.data) = 'object'",
             f"NOT EXISTS (SELECT 1 FROM json_each(s.data) WHERE key NOT IN ({known}))"]
    for key, (column, _) in columns.items():
        path = f"'$.\"{key}\"'"
        t, v = f"json_type(s.data, {path})", f"json_extract(s.data, {path})"
        empty = "1" if column.nullable else "0"
        parts.append(f"CASE WHEN {t} IS NULL THEN 1 WHEN {t} = 'null' THEN {empty} "
                     f"ELSE coalesce(({_sql_fits(column, v, t)}), 0) END")
    return "CASE WHEN " + " AND ".join(parts[:2]) + " THEN (" + " AND ".join(parts[2:]) \
        + ") ELSE 0 END"


def _json_list(text: str) -> list:
    """A JSON list of text (parents, resolved fields); ValueError otherwise."""
    found = [] if text == "[]" else json.loads(text)
    if not isinstance(found, list) or not all(isinstance(item, str) for item in found):
        raise ValueError(text)
    return found


_HEX_ID = re.compile(r"[0-9a-f]{32}")


def _id_text(raw: str) -> str:
    """A stored id (32 hex digits) in its usual written form."""
    if isinstance(raw, str) and _HEX_ID.fullmatch(raw):
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
    return str(parse_uuid(raw))


def revision_in_sql(entity: str, entity_id: str, parents: str, deleted: Any, resolved: str,
                    hlc: str, origin: str, author: str, data: str) -> str | None:
    """The revision a version read by plain SQL from a workspace log should have (its ids
    as 32 hex digits, its lists as JSON text); None when a part is malformed. Registered
    as an SQL function by the file merge."""
    try:
        if not isinstance(author, str) or len(author) > 200 \
                or CONTROL_CHARACTERS.search(author):
            return None
        return revision_of(entity, _id_text(entity_id), _json_list(parents), bool(deleted),
                           _json_list(resolved), hlc, _id_text(origin), author, data)
    except (AttributeError, TypeError, ValueError):
        return None


def _canonical_time(value: str) -> bool | None:
    """True for a time without a zone written as `isoformat` writes it (None otherwise)."""
    moment = dt.datetime.fromisoformat(value)
    return (moment.tzinfo is None and moment.isoformat() == value) or None


@functools.cache
def _checks(table: sa.Table) -> dict[str, tuple[sa.Column, Callable[[Any], bool]]]:
    return {column.key: (column, _checker(column)) for column in table.c
            if column.key not in VERSION_COLUMNS}


def latest_allowed() -> int:
    """The latest clock (wall ms) a received version may carry now."""
    return time.time_ns() // 1_000_000 + FUTURE_LIMIT_MS


def check_version(table: sa.Table, entity_id: uuid.UUID, version: Version,
                  latest_ms: int | None = None) -> None:
    """Raise BadValue unless the version is well formed, its content is its hash and
    its clock is not beyond `latest_ms` (default: a day from now)."""
    columns = _checks(table)
    if not isinstance(version.data, dict):
        raise _bad(QT_TRANSLATE_NOOP("Verify", "its fields are not a record"))
    for key, value in version.data.items():
        if key not in columns:
            raise _bad(QT_TRANSLATE_NOOP("Verify", "it has an unknown field {field}"), field=key)
        column, fits = columns[key]
        if value is None:
            if not column.nullable:
                raise _bad(QT_TRANSLATE_NOOP("Verify", "its field {field} is empty"), field=key)
        elif not fits(value):
            raise _bad(QT_TRANSLATE_NOOP("Verify", "its field {field} holds a value of the "
                                                   "wrong kind: {value}"),
                       field=key, value=str(value)[:40])
    try:
        wall, _ = parse_stamp(version.hlc)
        parse_uuid(version.origin)
    except (AttributeError, TypeError, ValueError):
        raise _bad(QT_TRANSLATE_NOOP("Verify", "its clock or origin is malformed")) from None
    if wall > (latest_ms if latest_ms is not None else latest_allowed()):
        moment = dt.datetime.fromtimestamp(min(wall, 253402210800000) / 1000)
        raise _bad(QT_TRANSLATE_NOOP("Verify", "it is stamped in the future ({date})"),
                   date=f"{moment:%d.%m.%Y}")
    if len(version.hlc) != 19:
        raise _bad(QT_TRANSLATE_NOOP("Verify", "its clock or origin is malformed"))
    if not all(isinstance(parent, str) for parent in version.parents) \
            or not all(isinstance(key, str) and (key in columns or key == DELETED)
                       for key in version.resolved) \
            or not isinstance(version.author, str) or len(version.author) > 200 \
            or CONTROL_CHARACTERS.search(version.author):
        raise _bad(QT_TRANSLATE_NOOP("Verify", "its parents, resolved fields or author are "
                                               "malformed"))
    if version.stored is None:
        raise _bad(QT_TRANSLATE_NOOP("Verify", "its fields are not readable"))
    expected = revision_of(table.name, entity_id, version.parents, version.deleted,
                           version.resolved, version.hlc, version.origin, version.author,
                           version.stored)
    if expected != version.revision:
        raise _bad(QT_TRANSLATE_NOOP("Verify", "its content does not match its revision hash "
                                               "(altered)"))
