"""What a team server enforces itself, whatever a client sends (set up by server-init,
in the schema `recp_server`, never in the migrations workspace files share):

- every version written is checked: its revision must be the hash of its content (the
  same payload as `model.versioning.revision_of`), its clock no more than a day ahead,
  its author free of control characters; the login that wrote it is recorded in
  `row_version.login` (from `session_user`, whatever the client sent);
- stored versions are never changed or deleted except by the database's owner, or by
  `repair_version` (a damaged version replaced by a good copy of it) and
  `withdraw_enterprise` (an enterprise made private removed with everything under it);
- writers take turns on a one-row table only editors may lock (`lock_writers`), so a
  viewer cannot hold publishing up.
"""

from __future__ import annotations

import functools
import json
import uuid

import sqlalchemy as sa

from recp_audit.merge.merge import BLOB_COLUMNS, versioned_tables
from recp_audit.merge.verify import FUTURE_LIMIT_MS
from recp_audit.model import Base
from recp_audit.model.history import Version
from recp_audit.server.scope import OWNED_BY, edges

SCHEMA = "recp_server"
GUARDS_KEY, GUARDS_VERSION = "server_guards", "1"  # in workspace_meta; raise on change

# The version hash, as `model.versioning.revision_of` computes it: lists sorted in byte
# order (COLLATE "C") and joined by commas (nothing: an empty line), the JSON text of the
# fields exactly as stored (a `json` column keeps it verbatim).
_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION recp_server.joined(list json) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE json_array_length(list) WHEN 0 THEN '' WHEN 1 THEN list ->> 0 ELSE
        (SELECT string_agg(item, ',' ORDER BY item COLLATE "C")
         FROM json_array_elements_text(list) AS item) END
$$;

CREATE OR REPLACE FUNCTION recp_server.revision_of(v public.row_version) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(
        'recp-version-2' || E'\n' || v.entity || E'\n' || v.entity_id::text || E'\n'
        || recp_server.joined(v.parents) || E'\n' || CASE WHEN v.deleted THEN '1' ELSE '0' END
        || E'\n' || recp_server.joined(v.resolved) || E'\n' || v.hlc || E'\n'
        || v.origin::text || E'\n' || v.author || E'\n' || v.data::text, 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION recp_server.flaw(v public.row_version) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN v.hlc IS NULL OR v.hlc !~ '^[0-9]{13}\.[0-9]{5}$' THEN 'its clock is malformed'
        WHEN left(v.hlc, 13)::bigint > (extract(epoch FROM now()) * 1000)::bigint + %(future)s
            THEN 'its clock ' || v.hlc || ' is more than a day ahead of the server''s'
        WHEN v.author ~ '[\x01-\x1f\x7f]' THEN 'its author holds a control character'
        WHEN v.parents::text !~ '^\s*\[\s*("[0-9a-f]{64}"\s*(,\s*"[0-9a-f]{64}"\s*)*)?\]\s*$'
                OR v.resolved::text !~ '^\s*\[\s*("\w+"\s*(,\s*"\w+"\s*)*)?\]\s*$'
            THEN 'its parents or resolved fields are malformed'
        WHEN recp_server.revision_of(v) <> v.revision
            THEN 'its content does not match its revision'
    END
$$;

CREATE OR REPLACE FUNCTION recp_server.check_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    problem text;
BEGIN
    NEW.login := session_user;
    problem := recp_server.flaw(NEW);
    IF problem IS NOT NULL THEN
        RAISE EXCEPTION 'version % of % %: %', NEW.revision, NEW.entity, NEW.entity_id, problem
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION recp_server.owner_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                       'USAGE') THEN
        RAISE EXCEPTION 'permission denied to % stored versions (only the owner may)',
            lower(TG_OP) USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE OR REPLACE FUNCTION recp_server.check_blob() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF encode(sha256(NEW.data), 'hex') <> NEW.sha256 THEN
        RAISE EXCEPTION 'blob %: its bytes do not match their hash', NEW.sha256
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION recp_server.repair_version(
    revision text, entity text, entity_id uuid, parents json, hlc text, origin uuid,
    author text, deleted boolean, resolved json, data json) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    stored public.row_version;
    good public.row_version;
BEGIN
    SELECT * INTO stored FROM public.row_version AS v WHERE v.revision = repair_version.revision
        FOR UPDATE;
    good := stored;
    good.parents := parents; good.hlc := hlc; good.origin := origin; good.author := author;
    good.deleted := deleted; good.resolved := resolved; good.data := data;
    IF NOT FOUND OR stored.entity <> entity OR stored.entity_id <> entity_id
            OR recp_server.flaw(stored) IS NULL OR recp_server.flaw(good) IS NOT NULL THEN
        RETURN false;
    END IF;
    UPDATE public.row_version AS v SET parents = good.parents, hlc = good.hlc,
        origin = good.origin, author = good.author, deleted = good.deleted,
        resolved = good.resolved, data = good.data, login = session_user
        WHERE v.revision = good.revision;
    RETURN true;
END
$$;
"""

_TRIGGERS = """
DROP TRIGGER IF EXISTS recp_check_version ON public.row_version;
CREATE TRIGGER recp_check_version BEFORE INSERT ON public.row_version
    FOR EACH ROW EXECUTE FUNCTION recp_server.check_version();
DROP TRIGGER IF EXISTS recp_owner_only ON public.row_version;
CREATE TRIGGER recp_owner_only BEFORE UPDATE OR DELETE ON public.row_version
    FOR EACH ROW EXECUTE FUNCTION recp_server.owner_only();
DROP TRIGGER IF EXISTS recp_check_blob ON public.blob;
CREATE TRIGGER recp_check_blob BEFORE INSERT ON public.blob
    FOR EACH ROW EXECUTE FUNCTION recp_server.check_blob();
"""


def _withdraw_function() -> str:
    """The SQL of `withdraw_enterprise(id)`: the enterprise, every row under it (through
    foreign keys and photo owners), their versions and conflicts, and the bytes no other
    row uses, deleted; allowed to the owner and to a login that published the enterprise.
    Returns 'withdrawn', 'absent' (not on the server) or 'not yours'."""
    under: list[tuple[str, str]] = []  # (table, which of its rows), parents first
    found = {"enterprise"}
    names = [table.name for table in _topological()]
    for name in names[names.index("enterprise") + 1:]:
        links = [f'"{column.name}" = ANY(ids_{parent})' for child, column, parent in edges()
                 if child.name == name and parent in found]
        if links:
            under.append((name, " OR ".join(links)))
            found.add(name)
    owners = " || ".join(f"ids_{name}" for name in ["enterprise", *(n for n, _ in under)])
    under += [(name, f'"{column}" = ANY({owners})') for name, column in OWNED_BY.items()]
    gone = ["enterprise", *(name for name, _ in under)]
    lines = [f"ids_{name} := ARRAY(SELECT id FROM public.\"{name}\" WHERE {where});"
             for name, where in under]
    kept = [(name, column) for name, columns in BLOB_COLUMNS.items() for column in columns]
    lines.append("hashes := ARRAY(" + " UNION ".join(
        f'SELECT "{column}" FROM public."{name}" WHERE id = ANY(ids_{name})'
        for name, column in kept if name in gone) + ");")
    for name in reversed(gone):
        lines += [f"DELETE FROM public.row_version WHERE entity = '{name}' "
                  f"AND entity_id = ANY(ids_{name});",
                  f"DELETE FROM public.merge_conflict WHERE entity = '{name}' "
                  f"AND entity_id = ANY(ids_{name});",
                  f'DELETE FROM public."{name}" WHERE id = ANY(ids_{name});']
    lines.append("DELETE FROM public.blob AS b WHERE b.sha256 = ANY(hashes) AND " + " AND ".join(
        f'NOT EXISTS (SELECT 1 FROM public."{name}" WHERE "{column}" = b.sha256)'
        for name, column in kept) + ";")
    declare = "\n".join(f"    ids_{name} uuid[];" for name in gone)
    body = "\n".join(f"    {line}" for line in lines)
    return f"""
CREATE OR REPLACE FUNCTION recp_server.withdraw_enterprise(target uuid) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
{declare}
    hashes text[];
BEGIN
    PERFORM 1 FROM public.enterprise WHERE id = target FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'absent';
    END IF;
    IF NOT (pg_has_role(session_user, (SELECT relowner FROM pg_class
                                       WHERE oid = 'public.row_version'::regclass), 'USAGE')
            OR EXISTS (SELECT 1 FROM public.row_version WHERE entity = 'enterprise'
                       AND entity_id = target AND login = session_user)) THEN
        RETURN 'not yours';
    END IF;
    ids_enterprise := ARRAY[target];
{body}
    RETURN 'withdrawn';
END
$$;
"""


@functools.cache
def _topological() -> list[sa.Table]:
    """The mergeable tables, each after the tables it refers to."""
    mergeable = {table.name for table in versioned_tables()}
    return [table for table in Base.metadata.sorted_tables if table.name in mergeable]


def install(connection: sa.Connection, viewer: str, editor: str) -> None:
    """Create or replace the server's safeguards (as the database owner, idempotent)."""
    run = connection.connection.driver_connection.execute  # no parameters: % is plain
    run(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    run(f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {viewer}, {editor}")
    run(f"CREATE TABLE IF NOT EXISTS {SCHEMA}.write_lock (id integer PRIMARY KEY CHECK (id = 1))")
    run(f"INSERT INTO {SCHEMA}.write_lock VALUES (1) ON CONFLICT DO NOTHING")
    run(f"REVOKE ALL ON {SCHEMA}.write_lock FROM PUBLIC, {viewer}")
    run(f"GRANT SELECT, UPDATE ON {SCHEMA}.write_lock TO {editor}")
    run(_FUNCTIONS.replace("%(future)s", str(FUTURE_LIMIT_MS)))
    run(_withdraw_function())
    run(_TRIGGERS)
    for function in ("repair_version(text, text, uuid, json, text, uuid, text, boolean, json, "
                     "json)", "withdraw_enterprise(uuid)"):
        run(f"REVOKE ALL ON FUNCTION {SCHEMA}.{function} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {SCHEMA}.{function} TO {editor}")
    run("REVOKE UPDATE, DELETE, TRUNCATE ON public.row_version, public.blob "
        f"FROM {viewer}, {editor}")


def lock_writers(connection: sa.Connection) -> None:
    """Wait for the server's write turn and hold it until the transaction ends."""
    connection.exec_driver_sql(f"SELECT id FROM {SCHEMA}.write_lock FOR UPDATE")


def transaction_count(connection: sa.Connection) -> int:
    """The server's transaction counter now (it also takes a number itself)."""
    return connection.scalar(sa.text("SELECT txid_current()"))


def damaged(connection: sa.Connection, recent: int = 0) -> list[tuple[str, str, uuid.UUID]]:
    """(revision, entity, entity id) of each stored version that fails the checks, but
    for those written in the last `recent` transactions (the insert trigger checked
    them; a publish need not read back what it has just written)."""
    return [tuple(row) for row in connection.execute(sa.text(
        f"SELECT v.revision, v.entity, v.entity_id FROM public.row_version AS v "
        f"WHERE age(v.xmin) > :recent AND {SCHEMA}.flaw(v) IS NOT NULL"),
        {"recent": recent})]


def repair(connection: sa.Connection, entity: str, entity_id: uuid.UUID,
           good: Version) -> bool:
    """Replace a damaged stored version by a good copy of it; whether it was replaced."""
    return connection.scalar(sa.text(
        f"SELECT {SCHEMA}.repair_version(:revision, :entity, :entity_id, CAST(:parents AS json), "
        ":hlc, CAST(:origin AS uuid), :author, :deleted, CAST(:resolved AS json), "
        "CAST(:data AS json))"),
        {"revision": good.revision, "entity": entity, "entity_id": entity_id,
         "parents": json.dumps(list(good.parents)), "hlc": good.hlc, "origin": good.origin,
         "author": good.author, "deleted": good.deleted,
         "resolved": json.dumps(list(good.resolved)),
         "data": good.stored if good.stored is not None else json.dumps(good.data)})


def withdraw(connection: sa.Connection, enterprise_id: uuid.UUID) -> str:
    """Remove a (now private) enterprise and everything under it from the server:
    'withdrawn', 'absent' or 'not yours' (another login published it)."""
    return connection.scalar(sa.text(f"SELECT {SCHEMA}.withdraw_enterprise(:i)"),
                             {"i": enterprise_id})
