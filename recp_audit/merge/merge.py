"""Merge another workspace file into an open one, in one transaction.

The source's versions new to the open file are read and checked first
(`merge.verify`): a record with a version that fails is refused as a whole and named,
and so is a record that would refer to a record or to photo or series bytes this file
will not have. The accepted versions join the log, the photos' and series' bytes that
match their hash join the blobs, and every row that gained a version is built from all
its versions (`model.history.view`), never copied from the source's tables. Rows are
written through SQLAlchemy Core, so building them logs no new versions. Last, a record
deleted in one copy under which another copy still has live records is kept visible
with a conflict (`restore_parents`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
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

from recp_audit.merge.log_rows import buildable, default_of, insert_from_log
from recp_audit.merge.verify import (BadValue, Rejected, check_version, label_of,
                                     latest_allowed, missing_bytes, missing_record, reason,
                                     revision_in_sql, sql_check)
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.model import Base, MergeConflict, RowVersion
from recp_audit.model.base import VERSION_COLUMNS
from recp_audit.model.checklist import Blob
from recp_audit.model.history import DELETED, Version, View, view
from recp_audit.model.versioning import LOG_COLUMNS, merge_mark, version_of
from recp_audit.store.db import read_only_uri

# Logged ids repeat (a reading's point, every version's origin): parse each once.
parse_uuid = functools.lru_cache(maxsize=1 << 16)(uuid.UUID)

KINDS = ("new", "fast_forwarded", "merged", "conflicts")
CHUNK = 500  # rows rebuilt at a time
BLOB_COLUMNS = {"photo": ("blob_sha256",), "series": ("time_blob",),
                "series_channel": ("blob_sha256",)}  # columns naming bytes in `blob`


@dataclass
class Outcome:
    """What a merge did: per entity kind, rows new, fast-forwarded, merged, in conflict;
    versions added; and the records refused, with why."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    versions: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    latest: str = ""  # the latest clock among the versions taken

    def as_json(self) -> dict[str, Any]:
        """Counts per entity kind (only kinds with something), versions added, refusals."""
        return {"versions": self.versions,
                "entities": {entity: {kind: counter[kind] for kind in KINDS}
                             for entity, counter in sorted(self.counts.items())},
                "rejected": [{"entity": r.entity, "id": str(r.entity_id),
                              "reason": str(r.reason)} for r in self.rejected]}

    def total(self, kind: str) -> int:
        """Rows of every entity kind for one of KINDS."""
        return sum(counter[kind] for counter in self.counts.values())


@functools.cache
def versioned_tables() -> tuple[sa.Table, ...]:
    """The mergeable tables, parents before children (foreign keys hold while writing)."""
    return tuple(table for table in Base.metadata.sorted_tables
                 if "revision" in table.c and table.name != RowVersion.__tablename__)


def _sha256(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else None


def merge_attached(connection: sa.Connection) -> Outcome:
    """Bring the attached `src` database's versions and bytes into `main` and build
    the rows that gained versions (inside the caller's transaction).

    Most received records are new here with one version: they are checked and built
    by SQLite in bulk (`merge.verify.sql_check`, `log_rows`); the rest are made in
    Python from all their versions."""
    run = connection.exec_driver_sql
    raw = connection.connection.driver_connection
    raw.create_function("recp_sha256", 1, _sha256, deterministic=True)
    raw.create_function("recp_revision", 9, revision_in_sql, deterministic=True)
    outcome = Outcome()
    run("CREATE TEMP TABLE merge_fresh (revision TEXT PRIMARY KEY, entity TEXT, "
        "entity_id TEXT, ok INTEGER) WITHOUT ROWID")
    run("CREATE INDEX temp.merge_fresh_record ON merge_fresh (entity, entity_id)")
    run("CREATE TEMP TABLE merge_new (entity TEXT, id TEXT, revision TEXT, simple INTEGER, "
        "PRIMARY KEY (entity, id)) WITHOUT ROWID")  # records new here, accepted so far
    run("CREATE TEMP TABLE merge_blob AS SELECT sha256 FROM src.blob WHERE sha256 NOT IN "
        "(SELECT sha256 FROM main.blob) AND recp_sha256(data) = sha256")
    arriving = {name for (name,) in run("SELECT DISTINCT entity FROM src.row_version WHERE "
                                        "revision NOT IN (SELECT revision FROM main.row_version)")}
    tables = [table for table in versioned_tables() if table.name in arriving]
    _check_received(connection, tables, arriving, outcome)
    views = {table.name: _settle_table(connection, table, outcome) for table in tables}
    columns = ", ".join(LOG_COLUMNS)
    outcome.versions = run(f"INSERT INTO main.row_version ({columns}) SELECT {columns} "
                           "FROM src.row_version WHERE revision IN "
                           "(SELECT revision FROM temp.merge_fresh)").rowcount
    outcome.latest = run("SELECT max(hlc) FROM main.row_version WHERE revision IN "
                         "(SELECT revision FROM temp.merge_fresh)").scalar() or ""
    run("INSERT INTO main.blob (sha256, media_type, size, data) SELECT sha256, media_type, "
        "size, data FROM src.blob WHERE sha256 IN (SELECT sha256 FROM temp.merge_blob)")
    for table in tables:
        _build(connection, table, views[table.name], outcome)
    for table in tables:
        ids = [parse_uuid(i) for i in connection.scalars(sa.text(
            "SELECT DISTINCT entity_id FROM temp.merge_fresh WHERE entity = :e"),
            {"e": table.name})]
        if ids:
            _unlogged_changes(connection, table, ids, outcome)
    restore_parents(connection)
    for name in ("merge_fresh", "merge_new", "merge_blob"):
        run(f"DROP TABLE temp.{name}")
    return outcome


def _check_received(connection: sa.Connection, tables: list[sa.Table], arriving: set[str],
                    outcome: Outcome) -> None:
    """Fill `merge_fresh` with the source's versions new here, and refuse (name and
    leave out) every record with a version that fails a check: not well formed, not
    its hash, stamped more than a day ahead (a good copy merged later brings it)."""
    run = connection.exec_driver_sql
    latest = latest_allowed()
    for table in tables:
        known = ", ".join(f"'{c.key}'" for c in table.c if c.key not in VERSION_COLUMNS)
        run(f"INSERT INTO temp.merge_fresh SELECT s.revision, s.entity, s.entity_id, "
            f"({sql_check(table)}) AND length(s.hlc) = 19 AND substr(s.hlc, 14, 1) = '.' "
            f"AND length(s.entity_id) = 32 AND s.entity_id NOT GLOB '*[^0-9a-f]*' "
            f"AND length(s.origin) = 32 AND s.origin NOT GLOB '*[^0-9a-f]*' "
            f"AND s.hlc NOT GLOB '*[^0-9.]*' AND CAST(substr(s.hlc, 1, 13) AS INTEGER) <= ? "
            f"AND CASE WHEN json_valid(s.resolved) THEN NOT EXISTS (SELECT 1 FROM "
            f"json_each(s.resolved) WHERE value NOT IN ({known}, '{DELETED}')) ELSE 0 END "
            f"AND recp_revision(s.entity, s.entity_id, s.parents, s.deleted, s.resolved, "
            f"s.hlc, s.origin, s.author, CAST(s.data AS TEXT)) IS s.revision "
            f"FROM src.row_version s WHERE s.entity = ? AND s.revision NOT IN "
            f"(SELECT revision FROM main.row_version)", (latest, table.name))
    unknown = arriving - {table.name for table in versioned_tables()}
    for entity, raw_id in run("SELECT DISTINCT entity, entity_id FROM src.row_version WHERE "
                              "entity IN (SELECT value FROM json_each(?)) LIMIT 100",
                              (json.dumps(sorted(unknown)),)) if unknown else ():
        outcome.rejected.append(Rejected(str(entity)[:64], uuid.UUID(int=0), reason(
            QT_TRANSLATE_NOOP("Verify", "a version of an unknown record ({entity} {id})"),
            entity=str(entity)[:64], id=str(raw_id)[:40])))
    by_name = {table.name: table for table in tables}
    columns = ", ".join(f"s.{name}" for name in LOG_COLUMNS if name != "data")
    for entity, raw_id in run("SELECT DISTINCT entity, entity_id FROM temp.merge_fresh "
                              "WHERE NOT ok OR ok IS NULL").all():
        why = reason(QT_TRANSLATE_NOOP("Verify", "it is not in the form this program writes"))
        label = ""
        for row in run(f"SELECT {columns}, CAST(s.data AS TEXT) FROM src.row_version s "
                       f"JOIN temp.merge_fresh f ON f.revision = s.revision "
                       f"WHERE NOT f.ok AND f.entity = ? AND f.entity_id IS ?",
                       (entity, raw_id)):
            try:
                version = _parsed(row)
                label = label or label_of(version.data)
                check_version(by_name[entity], _record_id(raw_id), version, latest)
            except BadValue as exc:
                why = exc.message
                break
        run("DELETE FROM temp.merge_fresh WHERE entity = ? AND entity_id IS ?", (entity, raw_id))
        outcome.rejected.append(Rejected(entity, _record_id(raw_id), why, label))
    run("DELETE FROM temp.merge_fresh WHERE NOT ok OR ok IS NULL")  # whatever slipped by


def _record_id(raw: Any) -> uuid.UUID:
    try:
        return parse_uuid(raw)
    except (TypeError, ValueError):
        return uuid.UUID(int=0)


def _parsed(row: sa.Row) -> Version:
    """A version as read from a source's log by plain SQL; BadValue when its JSON
    columns or origin do not parse."""
    revision, _, _, parents, hlc, origin, author, deleted, resolved, login, text = row
    try:
        parents, resolved, data = json.loads(parents), json.loads(resolved), json.loads(text)
        origin = str(parse_uuid(origin))
    except (TypeError, ValueError):
        raise BadValue(reason(QT_TRANSLATE_NOOP(
            "Verify", "its fields are not readable (damaged JSON)"))) from None
    if not isinstance(parents, list) or not isinstance(resolved, list):
        raise BadValue(reason(QT_TRANSLATE_NOOP(
            "Verify", "its parents, resolved fields or author are malformed")))
    return Version(revision, tuple(parents), hlc, origin, author, bool(deleted), data, text,
                   tuple(resolved), login)


def _settle_table(connection: sa.Connection, table: sa.Table,
                  outcome: Outcome) -> dict[uuid.UUID, View]:
    """Decide which received records of `table` are taken (parents' tables are settled
    first): those that would belong to a record, or refer to bytes, this file will not
    have are refused. Records new here with one version stay in SQL (`merge_new` with
    `simple`); the views of the rest are returned."""
    run, name = connection.exec_driver_sql, table.name
    simple = 1 if buildable(connection, table) else 0
    run(f"INSERT INTO temp.merge_new SELECT f.entity, f.entity_id, min(f.revision), "
        f"{simple} AND count(*) = 1 FROM temp.merge_fresh f WHERE f.entity = ? "
        f"AND f.entity_id NOT IN (SELECT id FROM main.\"{name}\") "
        f"AND NOT EXISTS (SELECT 1 FROM main.row_version v WHERE v.entity_id = f.entity_id) "
        f"GROUP BY f.entity_id", (name,))
    for key, parent, what in _references(table):
        value = f"json_extract(s.data, '$.\"{key}\"')"
        if parent is None:  # photo or series bytes
            there = (f"{value} IN (SELECT sha256 FROM main.blob) OR {value} IN "
                     f"(SELECT sha256 FROM temp.merge_blob)")
        else:
            value = f"replace({value}, '-', '')"
            there = (f"{value} IN (SELECT id FROM main.\"{parent}\") OR {value} IN "
                     f"(SELECT id FROM temp.merge_new WHERE entity = '{parent}')")
        for raw_id, data in run(f"SELECT n.id, s.data FROM temp.merge_new n JOIN "
                                f"src.row_version s ON s.revision = n.revision WHERE "
                                f"n.entity = ? AND n.simple AND {value} IS NOT NULL "
                                f"AND NOT ({there})", (name,)).all():
            _refuse(connection, name, raw_id, outcome, what(parent), label_of(json.loads(data)))
    wanted = [parse_uuid(i) for i in connection.scalars(sa.text(
        "SELECT DISTINCT entity_id FROM temp.merge_fresh WHERE entity = :e AND entity_id NOT "
        "IN (SELECT id FROM temp.merge_new WHERE entity = :e AND simple)"), {"e": name})]
    if not wanted:
        return {}
    views = _views(connection, table, wanted)
    for key, parent, what in _references(table):
        referred = {v.data.get(key) for v in views.values()} - {None}
        if parent is None:
            there = set(connection.scalars(sa.text(
                "SELECT sha256 FROM main.blob WHERE sha256 IN (SELECT value FROM json_each(:l)) "
                "UNION SELECT sha256 FROM temp.merge_blob"), {"l": json.dumps(list(referred))}))
        else:
            hexes = [parse_uuid(v).hex for v in referred if isinstance(v, str)]
            there = {str(parse_uuid(i)) for i in connection.scalars(sa.text(
                f'SELECT id FROM main."{parent}" WHERE id IN (SELECT value FROM json_each(:l)) '
                f"UNION SELECT id FROM temp.merge_new WHERE entity = :p "
                f"AND id IN (SELECT value FROM json_each(:l))"),
                {"l": json.dumps(hexes), "p": parent})}
        for entity_id, made in list(views.items()):
            if made.data.get(key) is not None and made.data[key] not in there:
                _refuse(connection, name, entity_id.hex, outcome, what(parent),
                        label_of(made.data))
                del views[entity_id]
    return views


@functools.cache
def _references(table: sa.Table) -> tuple[tuple[str, str | None, Callable], ...]:
    """(field, the table it names or None for bytes, the reason when missing) of every
    record or bytes a row of `table` refers to."""
    found = [(fk.parent.key, fk.column.table.name, missing_record) for fk in
             sorted(table.foreign_keys, key=lambda fk: fk.parent.key)
             if fk.column.table.name != Blob.__tablename__]
    found += [(key, None, missing_bytes) for key in BLOB_COLUMNS.get(table.name, ())]
    return tuple(found)


def _views(connection: sa.Connection, table: sa.Table,
           ids: list[uuid.UUID]) -> dict[uuid.UUID, View]:
    """The received records' views: their versions here and their checked new ones."""
    versions = load_versions(connection, table.name, ids)
    columns = ", ".join(f"s.{name}" for name in LOG_COLUMNS if name != "data")
    for start in range(0, len(ids), CHUNK * 20):
        listed = json.dumps([i.hex for i in ids[start:start + CHUNK * 20]])
        for row in connection.exec_driver_sql(
                f"SELECT {columns}, CAST(s.data AS TEXT) FROM src.row_version s JOIN "
                f"temp.merge_fresh f ON f.revision = s.revision WHERE f.entity = ? AND "
                f"f.entity_id IN (SELECT value FROM json_each(?))", (table.name, listed)):
            version = _parsed(row)
            versions[parse_uuid(row[2])][version.revision] = version
    return {entity_id: view(versions[entity_id]) for entity_id in ids}


def _refuse(connection: sa.Connection, entity: str, raw_id: str, outcome: Outcome,
            why, label: str) -> None:
    """Leave a received record out: none of its new versions is taken."""
    run = connection.exec_driver_sql
    run("DELETE FROM temp.merge_fresh WHERE entity = ? AND entity_id = ?", (entity, raw_id))
    run("DELETE FROM temp.merge_new WHERE entity = ? AND id = ?", (entity, raw_id))
    outcome.rejected.append(Rejected(entity, parse_uuid(raw_id), why, label))


def _build(connection: sa.Connection, table: sa.Table, views: dict[uuid.UUID, View],
           outcome: Outcome) -> None:
    """Write the received rows: those new here with one version by SQL from the log,
    the rest from their views."""
    revisions = list(connection.scalars(sa.text(
        "SELECT revision FROM temp.merge_new WHERE entity = :e AND simple ORDER BY id"),
        {"e": table.name}))
    if revisions:
        outcome.counts[table.name]["new"] += insert_from_log(connection, table, revisions)
    ids = sorted(views, key=operator.attrgetter("int"))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        write_rows(connection, table, {i: {} for i in chunk}, outcome,
                   {i: views[i] for i in chunk})


def _unlogged_changes(connection: sa.Connection, table: sa.Table, ids: list[uuid.UUID],
                      outcome: Outcome) -> None:
    """Name the source's rows whose fields differ from their logged version (changed
    without a version): their logged version was taken instead. JSON fields are compared
    as values (a file of an older version wrote their keys in another order)."""
    fields = [c for c in table.c if c.key not in VERSION_COLUMNS]
    plain = " OR ".join(f's."{c.name}" IS NOT m."{c.name}"' for c in fields
                        if not isinstance(c.type, sa.JSON)) or "0"
    texts = [c.name for c in fields if isinstance(c.type, sa.JSON)]
    either = " OR ".join([plain, *(f's."{name}" IS NOT m."{name}"' for name in texts)])
    picked = "".join(f', s."{name}", m."{name}"' for name in texts)
    listed = json.dumps([i.hex for i in ids])
    for found, plain_differs, *pairs in connection.exec_driver_sql(
            f'SELECT s.id, ({plain}){picked} FROM src."{table.name}" s '
            f'JOIN main."{table.name}" m ON m.id = s.id AND m.revision = s.revision '
            f"WHERE s.id IN (SELECT value FROM json_each(?)) AND ({either})", (listed,)):
        if not plain_differs and all(_same_json(pairs[n], pairs[n + 1])
                                     for n in range(0, len(pairs), 2)):
            continue
        outcome.rejected.append(Rejected(table.name, parse_uuid(found), reason(QT_TRANSLATE_NOOP(
            "Verify", "its row was changed without a version; the logged version was taken"))))


def _same_json(first: str | None, second: str | None) -> bool:
    try:
        return json.loads(first or "null") == json.loads(second or "null")
    except ValueError:
        return False


@functools.cache
def _owning_keys() -> tuple[tuple[sa.Table, sa.Column, sa.Table], ...]:
    """(child table, its foreign key, parent table) where the child belongs to the parent."""
    return tuple((table, fk.parent, fk.column.table) for table in versioned_tables()
                 for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name)
                 if fk.column.table.name != Blob.__tablename__
                 and not fk.parent.info.get("reference"))


@functools.cache
def _orphan_candidates() -> str:
    """SQL listing (table, id) of records to settle: deleted ones with live records under
    them, and those shown with a conflict on their deletion."""
    parts = [f"SELECT DISTINCT '{parent.name}', p.id FROM \"{parent.name}\" p "
             f"JOIN \"{child.name}\" c ON c.\"{key.name}\" = p.id "
             f"WHERE p.deleted AND NOT c.deleted" for child, key, parent in _owning_keys()]
    parts.append(f"SELECT entity, entity_id FROM merge_conflict WHERE field = '{DELETED}'")
    return " UNION ".join(parts)


def restore_parents(connection: sa.Connection) -> None:
    """Keep visible every deleted record under which a live record remains (an expert
    added or edited it while another deleted the parent): the parent is shown again
    with a conflict on its deletion, the other side being its live records' latest
    versions, until the lead decides; once nothing live remains under it, it is deleted
    again. Repeats up the tree (a reading keeps its point, the point its audit ...).
    The result depends on the rows alone, never on the order of merges."""
    while True:
        candidates = {(name, _as_uuid(value)) for name, value in
                      connection.exec_driver_sql(_orphan_candidates())}
        changed = False
        for name, parent_id in sorted(candidates, key=repr):
            changed |= _settle_orphaned(connection, name, parent_id)
        if not changed:
            return


def _as_uuid(value: Any) -> uuid.UUID:
    """An id as read by plain SQL (32 hex digits on SQLite, a UUID on PostgreSQL)."""
    return value if isinstance(value, uuid.UUID) else parse_uuid(value)


def _settle_orphaned(connection: sa.Connection, name: str, parent_id: uuid.UUID) -> bool:
    """Show a record its versions delete as kept while live records are under it (with a
    conflict), deleted otherwise; whether anything changed."""
    conflicts, log = MergeConflict.__table__, RowVersion.__table__
    table = Base.metadata.tables[name]
    made = view(load_versions(connection, name, [parent_id])[parent_id])
    if not made.deleted:
        return False  # alive by its own versions (its conflicts are the view's)
    live: dict[str, bool] = {}
    for child, key, parent in _owning_keys():
        if parent.name != name:
            continue
        for child_id in sorted(connection.scalars(sa.select(child.c.id).where(
                key == parent_id, child.c.deleted.is_(False))), key=operator.attrgetter("int")):
            latest = connection.scalar(sa.select(log.c.revision).where(
                log.c.entity_id == child_id).order_by(log.c.hlc.desc(),
                                                      log.c.revision.desc()).limit(1))
            if latest and len(live) < 20:
                live[latest] = False
    wanted = {**{h.revision: True for h in made.heads if h.deleted}, **live} if live else None
    where = (conflicts.c.entity == name, conflicts.c.entity_id == parent_id,
             conflicts.c.field == DELETED)
    current = connection.execute(sa.select(conflicts.c["values"]).where(*where)).scalar()
    deleted = connection.scalar(sa.select(table.c.deleted).where(table.c.id == parent_id))
    if current == wanted and deleted == (wanted is None):
        return False
    connection.execute(sa.update(table).where(table.c.id == parent_id).values(
        deleted=wanted is None))
    connection.execute(sa.delete(conflicts).where(*where))
    if wanted is not None:
        connection.execute(sa.insert(conflicts).values(entity=name, entity_id=parent_id,
                                                       field=DELETED, base=False, values=wanted))
    return True


def rebuild(connection: sa.Connection, ids: dict[str, list[uuid.UUID]]) -> Outcome:
    """Write each listed row as its versions make it; record its conflicts."""
    outcome = Outcome()
    for table in versioned_tables():
        rebuild_table(connection, table, ids.get(table.name, []), outcome)
    restore_parents(connection)
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


def _revision(entity: str, entity_id: uuid.UUID, made: View) -> str:
    """The row's revision: its one head, or a name for the merge of its heads."""
    if not made.merged:
        return made.heads[0].revision
    return merge_mark(entity, entity_id, [h.revision for h in made.heads])


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
    connection.connection.driver_connection.execute("ATTACH DATABASE ? AS src",
                                                    (read_only_uri(path),))


def detach(connection: sa.Connection) -> None:
    """Detach `src` again."""
    connection.connection.driver_connection.execute("DETACH DATABASE src")
