"""Which rows go with a record: everything under it through foreign keys, and the rows
those refer to (an enterprise's park, a reading's instrument). Dialect-neutral."""

from __future__ import annotations

import uuid
from collections import defaultdict

import sqlalchemy as sa

from recp_audit.merge.merge import among, versioned_tables

Ids = dict[str, set[uuid.UUID]]  # table name -> row ids
OWNED_BY = {"photo": "owner_id"}  # a record belonging to any other record, by its id


def edges() -> list[tuple[sa.Table, sa.Column, str]]:
    """(child table, its foreign-key column, parent table) between mergeable tables."""
    names = {table.name for table in versioned_tables()}
    return [(table, fk.parent, fk.column.table.name) for table in versioned_tables()
            for fk in table.foreign_keys if fk.column.table.name in names]


def _select_in(connection: sa.Connection, wanted: sa.Column, column: sa.Column,
               values: set[uuid.UUID]) -> set[uuid.UUID]:
    return {value for value in connection.scalars(sa.select(wanted).where(
        among(connection, column, values))).all() if value is not None}


def descendants(connection: sa.Connection, roots: Ids, skip: frozenset[str] = frozenset()) -> Ids:
    """The roots and every row under them (tombstones too) with the photos of each;
    tables in `skip` are not followed."""
    found: Ids = defaultdict(set)
    frontier = {name: set(ids) for name, ids in roots.items() if ids}
    while frontier:
        for name, ids in frontier.items():
            found[name] |= ids
        step: Ids = defaultdict(set)
        for child, column, parent in edges():
            if parent in frontier and child.name not in skip:
                step[child.name] |= _select_in(connection, child.c.id, column,
                                               frontier[parent]) - found[child.name]
        frontier = {name: ids for name, ids in step.items() if ids}
    owners = set().union(*found.values())
    tables = {table.name: table for table in versioned_tables()}
    for name, column in OWNED_BY.items():
        found[name] |= _select_in(connection, tables[name].c.id, tables[name].c[column], owners)
    return {name: ids for name, ids in found.items() if ids}


def with_references(connection: sa.Connection, rows: Ids) -> Ids:
    """`rows` and every row they refer to, and so on up (parks, people, instruments)."""
    found: Ids = defaultdict(set, {name: set(ids) for name, ids in rows.items()})
    frontier = dict(found)
    while frontier:
        step: Ids = defaultdict(set)
        for child, column, parent in edges():
            if frontier.get(child.name):
                step[parent] |= _select_in(connection, column, child.c.id,
                                           frontier[child.name]) - found[parent]
        for name, ids in step.items():
            found[name] |= ids
        frontier = {name: ids for name, ids in step.items() if ids}
    return dict(found)


def everything(connection: sa.Connection) -> Ids:
    """Every row of every mergeable table."""
    return {table.name: set(connection.scalars(sa.select(table.c.id)).all())
            for table in versioned_tables()}


def around(connection: sa.Connection, table: str, row_id: uuid.UUID) -> Ids:
    """A park with its enterprises and everything under them, or an enterprise with its
    audits and streams (candidates pairing its streams with other enterprises' left out),
    with what they refer to."""
    skip = frozenset() if table == "park" else frozenset({"candidate"})
    return with_references(connection, descendants(connection, {table: {row_id}}, skip))


def without(rows: Ids, left_out: Ids) -> Ids:
    """`rows` minus `left_out`, table by table."""
    return {name: ids - left_out.get(name, set()) for name, ids in rows.items()}
