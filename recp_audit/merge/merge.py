"""Merge another workspace file into an open one, in one transaction.

The version logs are unioned (a version is named by its content hash, so each is
stored once), photos' and series' bytes are unioned by their hash, and every row
that gained a version is rebuilt from all its versions (`merge.versions.view`).
Rows are written through SQLAlchemy Core, so the rebuild logs no new versions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import operator
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from recp_audit.merge.versions import Version, View, view
from recp_audit.model import Base, MergeConflict, RowVersion
from recp_audit.model.base import VERSION_COLUMNS
from recp_audit.model.versioning import revision_hash

# Logged ids repeat (a reading's point, every version's origin): parse each once.
parse_uuid = functools.lru_cache(maxsize=1 << 16)(uuid.UUID)

KINDS = ("new", "fast_forwarded", "merged", "conflicts")
CHUNK = 500  # rows rebuilt at a time
LOG_COLUMNS = ("revision", "entity", "entity_id", "parents", "hlc", "origin", "author",
               "deleted", "data")


@dataclass
class Outcome:
    """What a merge did: per entity kind, rows new, fast-forwarded, merged, in conflict."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    versions: int = 0

    def as_json(self) -> dict[str, Any]:
        """Counts per entity kind (only kinds with something), and versions added."""
        return {"versions": self.versions,
                "entities": {entity: {kind: counter[kind] for kind in KINDS}
                             for entity, counter in sorted(self.counts.items())}}

    def total(self, kind: str) -> int:
        """Rows of every entity kind for one of KINDS."""
        return sum(counter[kind] for counter in self.counts.values())


def versioned_tables() -> list[sa.Table]:
    """The mergeable tables, parents before children (foreign keys hold while writing)."""
    return [table for table in Base.metadata.sorted_tables
            if "revision" in table.c and table.name != RowVersion.__tablename__]


def merge_attached(connection: sa.Connection) -> Outcome:
    """Union the attached `src` database's log and blobs into `main` and rebuild the
    rows that gained versions (inside the caller's transaction).

    Rows new to `main`, and rows where `src` simply went further (its row is a logged
    version that descends from `main`'s, neither side has open conflicts), are copied
    by SQL; only the rest are rebuilt from their versions in Python."""
    run = connection.exec_driver_sql
    # One pass over the source's log: versions new to `main`, and versions both have whose
    # clock is earlier in `src` (the same edit made in two copies has one revision; its
    # clock, origin and author are those of the earlier one, whichever file arrives first).
    run("CREATE TEMP TABLE merge_seen AS SELECT s.revision AS revision, s.entity AS entity, "
        "s.entity_id AS entity_id, m.revision IS NULL AS fresh FROM src.row_version s "
        "LEFT JOIN main.row_version m ON m.revision = s.revision "
        "WHERE m.revision IS NULL OR (s.hlc, s.origin) < (m.hlc, m.origin)")
    run("CREATE TEMP TABLE merge_affected (entity TEXT, entity_id TEXT, "
        "PRIMARY KEY (entity, entity_id)) WITHOUT ROWID")
    run("INSERT INTO temp.merge_affected SELECT DISTINCT entity, entity_id FROM temp.merge_seen")
    earlier = run("SELECT s.hlc, s.origin, s.author, s.revision FROM src.row_version s "
                  "WHERE s.revision IN (SELECT revision FROM temp.merge_seen WHERE NOT fresh)"
                  ).all()
    if earlier:
        run("UPDATE main.row_version SET hlc = ?, origin = ?, author = ? WHERE revision = ?",
            [tuple(row) for row in earlier])
    entities = {row[0] for row in run("SELECT DISTINCT entity FROM temp.merge_affected")}
    columns = ", ".join(LOG_COLUMNS)
    outcome = Outcome()
    outcome.versions = run(f"INSERT INTO main.row_version ({columns}) SELECT {columns} "
                           f"FROM src.row_version WHERE revision IN "
                           f"(SELECT revision FROM temp.merge_seen WHERE fresh)").rowcount
    run("INSERT OR IGNORE INTO main.blob (sha256, media_type, size, data) "
        "SELECT sha256, media_type, size, data FROM src.blob")
    for table in versioned_tables():
        if table.name in entities:
            rest = _copy_rows(connection, table, outcome)
            rebuild_table(connection, table, [uuid.UUID(hex=i) for i in rest], outcome)
    run("DROP TABLE temp.merge_affected")
    run("DROP TABLE temp.merge_seen")
    return outcome


def _no_conflict(alias: str, side: str, entity: str) -> str:
    return (f"NOT EXISTS (SELECT 1 FROM {side}.merge_conflict c WHERE c.entity = '{entity}' "
            f"AND c.entity_id = {alias}.id)")


def _copy_rows(connection: sa.Connection, table: sa.Table, outcome: Outcome) -> list[str]:
    """Copy the affected `src` rows that are new to `main` or that `src` took further
    (`src` knows `main`'s version, its own row is a logged version, no open conflicts);
    the ids of the affected rows left to rebuild."""
    run, name = connection.exec_driver_sql, table.name
    affected = f"SELECT entity_id FROM temp.merge_affected WHERE entity = '{name}'"
    run(f"CREATE TEMP TABLE merge_new AS SELECT s.id AS id FROM src.{name} s "
        f"WHERE s.id IN ({affected}) AND NOT EXISTS (SELECT 1 FROM main.{name} m "
        f"WHERE m.id = s.id) AND {_no_conflict('s', 'src', name)}")
    run(f"CREATE TEMP TABLE merge_ahead AS SELECT s.id AS id FROM src.{name} s "
        f"JOIN main.{name} m ON m.id = s.id WHERE s.id IN ({affected}) "
        f"AND s.revision <> m.revision "
        f"AND EXISTS (SELECT 1 FROM src.row_version v WHERE v.revision = m.revision) "
        f"AND EXISTS (SELECT 1 FROM src.row_version v WHERE v.revision = s.revision) "
        f"AND {_no_conflict('s', 'src', name)} AND {_no_conflict('m', 'main', name)}")
    columns = [column.name for column in table.c]
    listed = ", ".join(f'"{c}"' for c in columns)
    outcome.counts[name]["new"] += run(
        f"INSERT INTO main.{name} ({listed}) SELECT {listed} FROM src.{name} "
        f"WHERE id IN (SELECT id FROM temp.merge_new)").rowcount
    outcome.counts[name]["fast_forwarded"] += run(
        f"UPDATE main.{name} AS m SET " + ", ".join(f'"{c}" = s."{c}"' for c in columns
                                                   if c != "id")
        + f" FROM src.{name} AS s WHERE m.id = s.id "
          f"AND s.id IN (SELECT id FROM temp.merge_ahead)").rowcount
    rest = [row[0] for row in run(
        f"{affected} AND entity_id NOT IN (SELECT id FROM temp.merge_new) "
        f"AND entity_id NOT IN (SELECT id FROM temp.merge_ahead) ORDER BY entity_id")]
    run("DROP TABLE temp.merge_new")
    run("DROP TABLE temp.merge_ahead")
    return rest


def rebuild(connection: sa.Connection, ids: dict[str, list[uuid.UUID]]) -> Outcome:
    """Write each listed row as its versions make it; record its conflicts."""
    outcome = Outcome()
    for table in versioned_tables():
        rebuild_table(connection, table, ids.get(table.name, []), outcome)
    return outcome


def rebuild_table(connection: sa.Connection, table: sa.Table, wanted: list[uuid.UUID],
                  outcome: Outcome) -> None:
    """Rebuild the listed rows of one table from their logged versions."""
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        found = load_versions(connection, table.name, chunk)
        write_rows(connection, table, {entity_id: found[entity_id] for entity_id in chunk},
                   outcome)


@contextlib.contextmanager
def collector_paused():
    """Pause Python's cyclic garbage collector around bulk row work. Moving 100,000 rows
    allocates millions of small objects, and the collector would re-scan every live one
    again and again (3 s of a 10 s pull); reference counting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def among(connection: sa.Connection, column: sa.Column, values) -> sa.ColumnElement[bool]:
    """`column IN values` with one parameter however many values: an array on
    PostgreSQL, a JSON array read by `json_each` on SQLite (an IN list of thousands of
    parameters is slow to compile and to send, and SQLite caps their number)."""
    values = list(values)
    if connection.dialect.name == "postgresql":
        return column == sa.any_(sa.literal(values, sa.ARRAY(column.type)))
    stored = _processor(column, connection.dialect) or (lambda value: value)
    listed = sa.func.json_each(sa.literal(json.dumps([stored(v) for v in values]), sa.String))
    return column.in_(sa.select(listed.table_valued("value").c.value))


def load_versions(connection: sa.Connection, entity: str,
                  ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Version]]:
    """Every logged version of the listed rows of one entity kind, by row and revision
    (each with its data's stored JSON text, passed on as it is when copied)."""
    log = RowVersion.__table__
    found: dict[uuid.UUID, dict[str, Version]] = defaultdict(dict)
    picked = [log.c[name] for name in LOG_COLUMNS if name != "data"]
    for row in connection.execute(sa.select(*picked, sa.cast(log.c.data, sa.Text)).where(
            log.c.entity == entity, among(connection, log.c.entity_id, ids))).all():
        found[row.entity_id][row.revision] = version_of(row)
    return found


def version_of(row: sa.Row) -> Version:
    """A row of the version log (its data as the stored JSON text) as a `Version`."""
    text = row[-1]
    return Version(row.revision, tuple(row.parents), row.hlc, str(row.origin), row.author,
                   bool(row.deleted), json.loads(text), text)


def write_rows(connection: sa.Connection, table: sa.Table,
               versions: dict[uuid.UUID, dict[str, Version]], outcome: Outcome,
               views: dict[uuid.UUID, View] | None = None) -> None:
    """Write each row as its versions make it (`views`, when already made) unless it
    already is, and replace its recorded conflicts; `outcome` counts what changed.
    Dialect-neutral (SQLite, PostgreSQL)."""
    conflicts = MergeConflict.__table__
    ids = list(versions)
    before = {row.id: (row.revision, row.hlc, str(row.origin), row.author)
              for row in connection.execute(
                  sa.select(table.c.id, table.c.revision, table.c.hlc, table.c.origin,
                            table.c.author).where(among(connection, table.c.id, ids))).all()}
    fresh, changed, found = [], [], []
    make = _row_maker(table, connection.dialect)
    for entity_id, logged in versions.items():
        made = views[entity_id] if views is not None else view(logged)
        found += [{"entity": table.name, "entity_id": entity_id, "field": c.field,
                   "base": c.base, "values": c.values} for c in made.conflicts]
        revision = _revision(table.name, entity_id, made)
        latest = made.latest
        if before.get(entity_id) == (revision, latest.hlc, latest.origin, latest.author):
            continue
        kind = ("new" if entity_id not in before else "conflicts" if made.conflicts
                else "merged" if made.merged else "fast_forwarded")
        outcome.counts[table.name][kind] += 1
        (fresh if entity_id not in before else changed).append(
            make(entity_id, made, revision))
    insert_bound(connection, table, fresh)
    insert_bound(connection, table, changed, upsert=True)
    connection.execute(sa.delete(conflicts).where(
        conflicts.c.entity == table.name, among(connection, conflicts.c.entity_id, ids)))
    insert_all(connection, conflicts, found)


MERGED_MARK = {"__merge_of_heads__": True}  # no column has this name


def _revision(entity: str, entity_id: uuid.UUID, made: View) -> str:
    """The row's revision: its one head, or a name for the merge of its heads that no
    real version can have (a resolution picking the values shown has the same parents
    and data, and must still differ from the unresolved row)."""
    if not made.merged:
        return made.heads[0].revision
    return revision_hash(entity, entity_id, [h.revision for h in made.heads], False,
                         MERGED_MARK)


def _processor(column: sa.Column, dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    """The column type's own conversion for this database (SQLite's DATETIME text form,
    not the driver's default one)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_hex(value: str | None) -> str | None:
    """A logged id as SQLite stores it (32 hex digits), without parsing the usual form."""
    if value is None:
        return None
    return value.replace("-", "") if _CANONICAL_UUID.fullmatch(value) else uuid.UUID(value).hex


def _logged_to_driver(column: sa.Column, dialect: sa.Dialect) -> Callable[[Any], Any]:
    """How a logged (JSON) value of the column becomes the value the driver takes."""
    process = _processor(column, dialect)
    if dialect.name == "postgresql":  # COPY takes the logged text as it is
        return json.dumps if isinstance(column.type, sa.JSON) else process or _as_it_is
    if isinstance(column.type, sa.Uuid):
        return _uuid_hex
    if isinstance(column.type, sa.JSON):
        return process
    if not isinstance(column.type, (sa.DateTime, sa.Date, sa.Enum)):
        return process or _as_it_is  # numbers, text, flags: as logged
    if process is None:
        return lambda value: python_value(column, value)
    return lambda value: process(python_value(column, value))


def _as_it_is(value: Any) -> Any:
    return value


META, AS_LOGGED, CONVERTED = "meta", "as logged", "converted"  # how a column is filled


@functools.lru_cache(maxsize=64)
def _row_maker(table: sa.Table, dialect: sa.Dialect
               ) -> Callable[[uuid.UUID, View, str], tuple[Any, ...]]:
    """A function giving the row a view makes as the driver takes it, in column order:
    fields from the logged data (a default where a version logged before the column
    existed leaves it out), version columns from the view's heads."""
    steps = []
    for column in table.c:
        process = _processor(column, dialect)
        if dialect.name == "postgresql" and isinstance(column.type, sa.JSON):
            process = json.dumps
        process = process or _as_it_is
        if column.key in VERSION_COLUMNS:
            steps.append((column.key, META, process, None))
        else:
            convert = _logged_to_driver(column, dialect)
            steps.append((column.key, AS_LOGGED if convert is _as_it_is else CONVERTED,
                          convert, process(default_of(column))))

    def make(entity_id: uuid.UUID, made: View, revision: str) -> tuple[Any, ...]:
        latest, data = made.latest, made.data
        meta = {"id": entity_id, "revision": revision, "parents": made.parents,
                "hlc": latest.hlc, "origin": parse_uuid(latest.origin),
                "author": latest.author, "deleted": made.deleted}
        return tuple(data.get(key, default) if kind is AS_LOGGED
                     else convert(meta[key]) if kind is META
                     else convert(data[key]) if key in data else default
                     for key, kind, convert, default in steps)
    return make


def default_of(column: sa.Column) -> Any:
    """The value a column takes when a version logged before it existed leaves it out."""
    default = column.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def python_value(column: sa.Column, value: Any) -> Any:
    """A logged (JSON) value back as the column's Python type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa.Uuid):
        return parse_uuid(value)
    if isinstance(kind, sa.DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, sa.Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def insert_all(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]], *,
               upsert: bool = False, as_stored: frozenset[str] = frozenset()) -> None:
    """Insert many rows, each with every column (or, with `upsert`, update those whose id
    is there); the columns in `as_stored` are given as the driver takes them already
    (a version's JSON text as it was read)."""
    insert_bound(connection, table, list(_bound(connection, table, rows, as_stored)),
                 upsert=upsert)


def insert_bound(connection: sa.Connection, table: sa.Table, rows: list[tuple[Any, ...]], *,
                 upsert: bool = False) -> None:
    """`insert_all` of rows already as the driver takes them, in column order: on SQLite
    one driver executemany (SQLAlchemy's own costs as much again per row); on PostgreSQL
    a COPY (into a staging table first to upsert), where psycopg's executemany would
    send the rows one by one."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        _copy_into(connection, table, rows, upsert)
        return
    names = ", ".join(f'"{column.name}"' for column in table.c)
    marks = ", ".join("?" for _ in table.c)
    statement = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
    if upsert:
        statement += " ON CONFLICT (id) DO UPDATE SET " + ", ".join(
            f'"{c.name}" = excluded."{c.name}"' for c in table.c if c.name != "id")
    connection.exec_driver_sql(statement, rows)


def _bound(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]],
           as_stored: frozenset[str]):
    """Each row (every column given) as the values the driver takes, in column order."""
    postgresql = connection.dialect.name == "postgresql"
    pick = operator.itemgetter(*(column.key for column in table.c))
    convert = [(place, json.dumps if postgresql and isinstance(column.type, sa.JSON)
                else _processor(column, connection.dialect))
               for place, column in enumerate(table.c) if column.key not in as_stored]
    convert = [(place, process) for place, process in convert if process]
    for row in rows:
        values = list(pick(row))
        for place, process in convert:
            values[place] = process(values[place])
        yield tuple(values)


def _copy_into(connection: sa.Connection, table: sa.Table, rows: list[tuple[Any, ...]],
               upsert: bool) -> None:
    columns = list(table.c)
    names = ", ".join(f'"{column.name}"' for column in columns)
    into = f"stage_{table.name}" if upsert else table.name
    with connection.connection.driver_connection.cursor() as cursor:
        if upsert:
            cursor.execute(f'CREATE TEMP TABLE IF NOT EXISTS "{into}" (LIKE "{table.name}") '
                           "ON COMMIT DELETE ROWS")
        with cursor.copy(f'COPY "{into}" ({names}) FROM STDIN') as copy:
            for values in rows:
                copy.write_row(values)
        if upsert:
            updates = ", ".join(f'"{c.name}" = EXCLUDED."{c.name}"' for c in columns
                                if c.name != "id")
            cursor.execute(f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{into}" '
                           f"ON CONFLICT (id) DO UPDATE SET {updates}")
            cursor.execute(f'DELETE FROM "{into}"')


def attach(connection: sa.Connection, path: Path) -> None:
    """Attach `path` read-only as `src` (before any transaction begins)."""
    uri = "file:" + str(Path(path).resolve()).replace("?", "%3F").replace("#", "%23") + "?mode=ro"
    connection.connection.driver_connection.execute("ATTACH DATABASE ? AS src", (uri,))


def detach(connection: sa.Connection) -> None:
    """Detach `src` again."""
    connection.connection.driver_connection.execute("DETACH DATABASE src")
