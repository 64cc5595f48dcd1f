"""Version identity covers everything that identifies a version: the revision hash now
includes the author, clock and origin (and a resolution's settled fields), so received
versions can be verified. Every logged version is hashed anew (parents first, so the
graph keeps its shape), its data text written in the one canonical JSON form, rows and
conflicts follow; the log gains `resolved` and the server's `login`.

Revision ID: 0009_version_identity
Revises: 0008_private
Create Date: 2026-12-03
"""

import json
import uuid
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from recp_audit.model.history import Version, topological, view
from recp_audit.model.versioning import canonical_json, clean_author, merge_mark, revision_of
from recp_audit.store.migrations.helpers import on_sqlite, set_schema_version

revision = "0009_version_identity"
down_revision = "0008_private"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 9

LOG = sa.table("row_version", sa.column("revision", sa.String), sa.column("entity", sa.String),
               sa.column("entity_id", sa.Uuid), sa.column("parents", sa.JSON),
               sa.column("hlc", sa.String), sa.column("origin", sa.Uuid),
               sa.column("author", sa.String), sa.column("deleted", sa.Boolean),
               sa.column("resolved", sa.JSON), sa.column("data", sa.JSON))
CONFLICTS = sa.table("merge_conflict", sa.column("entity", sa.String),
                     sa.column("entity_id", sa.Uuid), sa.column("field", sa.String),
                     sa.column("base", sa.JSON), sa.column("values", sa.JSON))


def _rehashed(versions: dict[str, Version], entity: str, entity_id) -> dict[str, Version]:
    """The row's versions under the new hash, by their old revision."""
    new: dict[str, Version] = {}
    for old in topological(versions):
        version = versions[old]
        parents = tuple(new[p].revision if p in new else p for p in version.parents)
        try:
            text = canonical_json(json.loads(version.stored))
        except ValueError:
            text = version.stored  # kept as it was; merging refuses it
        author = clean_author(version.author)
        made = revision_of(entity, entity_id, parents, version.deleted, (), version.hlc,
                           version.origin, author, text)
        new[old] = version._replace(revision=made, parents=parents, author=author,
                                    stored=text)
    return new


def _data_param():
    """The data text as the column takes it: SQLite stores the text, PostgreSQL casts."""
    text = sa.bindparam("text", type_=sa.Text)
    return sa.type_coerce(text, sa.Text) if on_sqlite() else sa.cast(text, sa.JSON)


def upgrade() -> None:
    with op.batch_alter_table("row_version") as batch:
        batch.add_column(sa.Column("resolved", sa.JSON(), nullable=False,
                                   server_default=sa.text("'[]'")))
        batch.add_column(sa.Column("login", sa.String(200), nullable=True))
    bind = op.get_bind()
    rows: dict[tuple[str, object], dict[str, Version]] = defaultdict(dict)
    for row in bind.execute(sa.select(LOG.c.revision, LOG.c.entity, LOG.c.entity_id,
                                      LOG.c.parents, LOG.c.hlc, LOG.c.origin, LOG.c.author,
                                      LOG.c.deleted, sa.cast(LOG.c.data, sa.Text))):
        rows[(row.entity, row.entity_id)][row.revision] = Version(
            row.revision, tuple(row.parents or ()), row.hlc, str(row.origin), row.author,
            bool(row.deleted), {}, row[-1])
    renamed: dict[str, str] = {}
    logged, conflicts, merged = [], [], {}
    for (entity, entity_id), versions in rows.items():
        new = _rehashed(versions, entity, entity_id)
        renamed.update({old: version.revision for old, version in new.items()})
        logged += [{"revision": v.revision, "entity": entity, "entity_id": entity_id,
                    "parents": list(v.parents), "hlc": v.hlc, "origin": uuid.UUID(v.origin),
                    "author": v.author, "deleted": v.deleted, "resolved": [], "text": v.stored}
                   for v in new.values()]
        if len(new) > 1:
            try:
                parsed = {v.revision: v._replace(data=json.loads(v.stored)) for v in new.values()}
            except ValueError:
                continue
            made = view(parsed)
            if made.merged:
                merged[(entity, entity_id)] = made
            conflicts += [{"entity": entity, "entity_id": entity_id, "field": c.field,
                           "base": c.base, "values": c.values} for c in made.conflicts]
    bind.execute(sa.delete(LOG))
    if logged:
        bind.execute(sa.insert(LOG).values(data=_data_param()), logged)
    bind.execute(sa.delete(CONFLICTS))
    if conflicts:
        bind.execute(sa.insert(CONFLICTS), conflicts)
    _rename_rows(bind, renamed, merged)
    set_schema_version(SCHEMA_VERSION)


def _rename_rows(bind: sa.Connection, renamed: dict[str, str], merged: dict) -> None:
    """Every row's revision and parents under the new names (a merged row's revision
    names its new heads)."""
    names = [name for name in sa.inspect(bind).get_table_names()
             if name != "row_version"
             and {"revision", "parents"} <= {c["name"] for c in sa.inspect(bind).get_columns(name)}]
    for name in names:
        table = sa.table(name, sa.column("id", sa.Uuid), sa.column("revision", sa.String),
                         sa.column("parents", sa.JSON))
        changes = []
        for row in bind.execute(sa.select(table.c.id, table.c.revision, table.c.parents)):
            made = merged.get((name, row.id))
            if made is not None:
                revision = merge_mark(name, row.id, [h.revision for h in made.heads])
                parents = made.parents
            else:
                revision = renamed.get(row.revision, row.revision)
                parents = [renamed.get(p, p) for p in row.parents or ()]
            if revision != row.revision or parents != list(row.parents or ()):
                changes.append({"key": row.id, "new_revision": revision, "new_parents": parents})
        if changes:
            bind.execute(sa.update(table).where(table.c.id == sa.bindparam("key")).values(
                revision=sa.bindparam("new_revision"), parents=sa.bindparam("new_parents")),
                changes)


def downgrade() -> None:
    raise NotImplementedError("versions hashed by schema 9 cannot be named the old way again")
