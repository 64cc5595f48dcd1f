"""Reading a server's tables directly, and small edits on workspaces."""

from __future__ import annotations

import sqlalchemy as sa

from recp_audit.merge.merge import versioned_tables
from recp_audit.server.connect import server_url


def server_engine(address: str) -> sa.Engine:
    """An engine on the server database (as its owner)."""
    return sa.create_engine(server_url(address), poolclass=sa.pool.NullPool)


def count(address: str, sql: str, **params) -> int:
    """The single number a query on the server returns."""
    engine = server_engine(address)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(sql), params).scalar()
    finally:
        engine.dispose()


def table_rows(connection: sa.Connection, private_ids: set = frozenset()) -> dict:
    """Every mergeable row as (id, revision, deleted), per table."""
    return {table.name: sorted((str(r.id), r.revision, r.deleted) for r in connection.execute(
        sa.select(table.c.id, table.c.revision, table.c.deleted)) if r.id not in private_ids)
        for table in versioned_tables()}


def damage(address: str, sql: str, **params) -> None:
    """Change the server as its owner with plain SQL, its safeguards switched off (as a
    server damaged from outside, or from before the safeguards, would be)."""
    engine = server_engine(address)
    with engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        connection.execute(sa.text(sql), params)
    engine.dispose()
