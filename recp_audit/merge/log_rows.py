"""Rows new to a workspace file, built by SQLite itself from their one logged version.

A pull brings mostly rows the file has never seen, each with a single version: the row
is then that version's fields, and reading them out of the version log in SQL writes it
several times faster than building it in Python. The SQL stores every value in the
form the program stores it (ids as 32 hex digits, times as `YYYY-MM-DD HH:MM:SS.ffffff`,
enums by name), which holds because the versions were checked to be in canonical form
first (`sync.check_version`). Tables with JSON fields are left to the Python path: their
text form would differ from the program's.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import sqlalchemy as sa

from recp_audit.model import RowVersion
from recp_audit.model.base import VERSION_COLUMNS


def default_of(column: sa.Column) -> Any:
    """The value a column takes when a version logged before it existed leaves it out."""
    default = column.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def _field(column: sa.Column) -> str:
    return "json_extract(v.data, '$.\"" + column.key + "\"')"


def _stored(column: sa.Column, dialect: sa.Dialect) -> str | None:
    """The SQL giving the column's stored value from a canonical logged one (None: the
    column's type has no such SQL)."""
    kind, value = column.type, _field(column)
    if isinstance(kind, sa.Uuid):
        return f"replace({value}, '-', '')"
    if isinstance(kind, sa.DateTime):
        return (f"CASE length({value}) WHEN 19 THEN replace({value}, 'T', ' ') || '.000000' "
                f"ELSE replace({value}, 'T', ' ') END")
    if isinstance(kind, sa.Enum):
        if kind.enum_class is None:
            return value
        process = kind.dialect_impl(dialect).bind_processor(dialect)
        cases = " ".join(f"WHEN {_literal(member.value)} THEN {_literal(process(member))}"
                         for member in kind.enum_class)
        return f"CASE {value} {cases} END"
    if isinstance(kind, (sa.JSON, sa.LargeBinary)):
        return None
    return value  # numbers, text, dates, flags (JSON true is 1)


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


@functools.lru_cache(maxsize=64)
def _insert(table: sa.Table, dialect: sa.Dialect) -> str | None:
    """The INSERT ... SELECT for the table (None: the table needs the Python path)."""
    picks = []
    for column in table.c:
        if column.key == "id":
            picks.append("v.entity_id")
        elif column.key in VERSION_COLUMNS:
            picks.append(f"v.{column.key}")
        else:
            stored = _stored(column, dialect)
            if stored is None:
                return None
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            default = default_of(column)
            default = process(default) if process and default is not None else default
            picks.append(f"CASE WHEN json_type(v.data, '$.\"{column.key}\"') IS NULL "
                         f"THEN {_literal(default)} ELSE {stored} END")
    names = ", ".join(f'"{column.name}"' for column in table.c)
    log = RowVersion.__tablename__
    return (f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(picks)} FROM "{log}" v '
            f"WHERE v.revision IN (SELECT value FROM json_each(?))")


def buildable(connection: sa.Connection, table: sa.Table) -> bool:
    """Whether rows of `table` can be built in SQL on this connection's database."""
    return connection.dialect.name == "sqlite" and _insert(table, connection.dialect) is not None


def insert_from_log(connection: sa.Connection, table: sa.Table, revisions: list[str]) -> int:
    """Write the rows whose only version is each of `revisions` (already in the log,
    the rows not yet in the table); the number written."""
    if not revisions:
        return 0
    return connection.exec_driver_sql(_insert(table, connection.dialect),
                                      (json.dumps(revisions),)).rowcount
