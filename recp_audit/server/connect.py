"""Connecting to a team server (PostgreSQL through psycopg), checking its schema, and
setting one up: the tables by the same Alembic migrations as a workspace file, the
server's own safeguards (`guards`), and two group roles, `recp_viewer` (may pull) and
`recp_editor` (may also publish).

Every connection has a connect, statement and lock timeout and TCP keepalives, so a
server that stops answering is reported, never waited for. Every failure becomes a
`ServerError` that says what went wrong in the user's words (unreachable, not
answering, wrong password, not a recp_audit server, newer schema, a right missing).
"""

from __future__ import annotations

import contextlib
import functools
import uuid
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import Base, WorkspaceMeta
from recp_audit.server import guards
from recp_audit.store import migrate
from recp_audit.store.db import FILE_ID_KEY

CONTEXT = "Server"
VIEWER, EDITOR = "recp_viewer", "recp_editor"
# Waiting limits, in seconds. A connection is refused after CONNECT_TIMEOUT; one
# statement may run STATEMENT_TIMEOUT (a chunk of 10,000 versions with their checks
# takes about a second), of which LOCK_TIMEOUT waiting for another publish's chunk.
# Keepalives notice a link that died silently after 10 + 3 x 5 = 25 s. A server that
# sends nothing at all for ANSWER_TIMEOUT while a statement waits (frozen, its kernel
# still acknowledging packets, so neither its own statement timeout nor keepalives
# fire) is given up on by the client.
CONNECT_TIMEOUT, STATEMENT_TIMEOUT, LOCK_TIMEOUT = 10, 120, 60
ANSWER_TIMEOUT = STATEMENT_TIMEOUT + 30
SILENT = "the server sent nothing in time"  # the text of that give-up, told apart below
KEEPALIVES = {"keepalives": "1", "keepalives_idle": "10", "keepalives_interval": "5",
              "keepalives_count": "3", "tcp_user_timeout": "25000"}

# What each use of the server needs, named when a right is missing.
NEEDS = {
    "pull": QT_TRANSLATE_NOOP("Server", "the account {user} may not pull from the server "
                                        "{server} ({reason}): pulling needs the recp_viewer "
                                        "or recp_editor role; ask the centre for it"),
    "publish": QT_TRANSLATE_NOOP("Server", "the account {user} may not publish to the server "
                                           "{server} ({reason}): publishing needs the "
                                           "recp_editor role; ask the centre for editor rights"),
    "server-init": QT_TRANSLATE_NOOP("Server", "the account {user} may not set up the server "
                                               "{server} ({reason}): server-init needs the "
                                               "owner of the database"),
    "server-user": QT_TRANSLATE_NOOP("Server", "the account {user} may not create logins on "
                                               "the server {server} ({reason}): server-user "
                                               "needs the CREATEROLE right and the owner of "
                                               "the database"),
}


class ServerError(RecpError):
    """The server cannot be used; the message says why and what to do."""


class PasswordNeeded(ServerError):
    """The server asks for a password and none was given (ask the user, then retry)."""


def _error(template: str, cls: type[ServerError] = ServerError, **params) -> ServerError:
    return cls(Message(CONTEXT, template, params))


def server_url(text: str | URL, password: str | None = None) -> URL:
    """The SQLAlchemy URL of a `postgresql://user@host:port/database` address."""
    try:
        url = make_url(text)
    except (sa.exc.ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise _error(QT_TRANSLATE_NOOP("Server", "\"{address}\" is not a server address; "
                                                 "write postgresql://user@host:5432/database"),
                     address=str(text)) from None
    if url.get_backend_name() != "postgresql" or not url.database:
        raise _error(QT_TRANSLATE_NOOP("Server", "\"{address}\" is not a PostgreSQL address; "
                                                 "write postgresql://user@host:5432/database"),
                     address=url.render_as_string(hide_password=True))
    url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    options = f"-c statement_timeout={STATEMENT_TIMEOUT}s -c lock_timeout={LOCK_TIMEOUT}s"
    query = {"connect_timeout": str(CONNECT_TIMEOUT), "application_name": "recp_audit",
             "options": options, **KEEPALIVES, **url.query}
    return url.set(query=query)


def display(url: URL) -> str:
    """The address to show and keep: no password, no driver name, no options, and
    Cyrillic names as they are written (not percent-encoded)."""
    login = f"{url.username}@" if url.username else ""
    port = f":{url.port}" if url.port else ""
    return f"postgresql://{login}{url.host or 'localhost'}{port}/{url.database}"


def _reason(text: str) -> str:
    """The useful part of a driver message: its first line, without the boilerplate."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first.removeprefix("connection failed: ").strip()[:200]


def _explain(error: Exception, connecting: bool, url: URL, action: str) -> ServerError:
    """A ServerError for a driver error; `connecting`: it came while connecting."""
    text = str(error).strip()
    lower, state = text.lower(), getattr(error, "sqlstate", None)
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    if "no password supplied" in lower:
        return _error(QT_TRANSLATE_NOOP("Server", "the server {server} asks for the password "
                                                  "of {user}"),
                      PasswordNeeded, server=where, user=url.username or "")
    if "password authentication failed" in lower:
        return _error(QT_TRANSLATE_NOOP("Server", "the server {server} refused the password "
                                                  "of {user}"), server=where,
                      user=url.username or "")
    if "does not exist" in lower and "database" in lower:
        return _error(QT_TRANSLATE_NOOP("Server", "the server {server} has no database "
                                                  "\"{database}\""),
                      server=where, database=url.database)
    if state == "42501" or "permission denied" in lower:
        return _error(NEEDS[action], server=where, user=url.username or "",
                      reason=_reason(text))
    if state == "55P03":  # lock_timeout
        return _error(QT_TRANSLATE_NOOP("Server", "the server {server} stayed busy for {seconds} s "
                                                  "(another login held what this needs); your "
                                                  "work here is unaffected, try again later"),
                      server=where, seconds=LOCK_TIMEOUT)
    if state == "57014" or SILENT in text or (connecting and "timeout expired" in lower):
        seconds = STATEMENT_TIMEOUT if state else ANSWER_TIMEOUT if SILENT in text \
            else CONNECT_TIMEOUT
        return _error(QT_TRANSLATE_NOOP("Server", "the server {server} did not answer within "
                                                  "{seconds} s; your work here is unaffected"),
                      server=where, seconds=seconds)
    if connecting and ("connect" in lower or "timeout" in lower or "resolve" in lower
                       or "translate host" in lower):
        return _error(QT_TRANSLATE_NOOP("Server", "cannot reach the server {server}: "
                                                  "{reason}; your work here is unaffected"),
                      server=where, reason=_reason(text))
    return _error(QT_TRANSLATE_NOOP("Server", "the connection to the server {server} failed: "
                                              "{reason}; your work here is unaffected"),
                  server=where, reason=_reason(text) or "?")


@contextlib.contextmanager
def server_errors(url: URL, action: str) -> Iterator[None]:
    """Turn database errors inside the block into clear `ServerError`s; `action` (a key
    of NEEDS) names what a missing right was needed for."""
    import psycopg

    try:
        yield
    except sa.exc.DBAPIError as exc:
        connecting = isinstance(exc, sa.exc.OperationalError) and not exc.connection_invalidated
        raise _explain(exc.orig, connecting, url, action) from None
    except psycopg.Error as exc:  # from a COPY on the driver's own cursor
        raise _explain(exc, False, url, action) from None


@functools.cache
def _answering_connection():
    """psycopg's connection, giving up (and closing) when the server sends nothing for
    ANSWER_TIMEOUT while the program waits for it."""
    import psycopg

    class Answering(psycopg.Connection):
        def wait(self, gen, interval=0.1, timeout=None):
            try:
                return super().wait(gen, interval, ANSWER_TIMEOUT if timeout is None
                                    else timeout)
            except psycopg.errors.OperationalError as exc:
                if type(exc).__name__ != "_WaitTimeout":
                    raise
                self.pgconn.finish()  # its state is unknown: never use it again
                raise psycopg.errors.ConnectionTimeout(SILENT) from None

    return Answering


def engine_for(url: URL, action: str) -> sa.Engine:
    """An engine on the server; connecting once to fail early with a clear message."""
    engine = sa.create_engine(url, poolclass=NullPool)
    connection_class = _answering_connection()

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect, _record, cargs, cparams):
        return connection_class.connect(*cargs, **cparams)

    with server_errors(url, action), engine.connect():
        pass
    return engine


def schema_revision(connection: sa.Connection) -> str | None:
    """The Alembic revision the server's tables are at (None: not set up)."""
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def check_schema(connection: sa.Connection, url: URL) -> str:
    """The server's id; a ServerError unless its schema is exactly this program's."""
    found = schema_revision(connection)
    if found is None:
        raise _error(QT_TRANSLATE_NOOP("Server", "the database {database} is not a recp_audit "
                                                 "server yet; set it up with recp-audit "
                                                 "server-init"), database=url.database)
    if found != migrate.head_revision():
        if found not in migrate.known_revisions():
            raise _error(QT_TRANSLATE_NOOP(
                "Server", "the server was set up by a newer version of recp_audit (schema "
                          "{found}); update the program to use it"), found=found)
        raise _error(QT_TRANSLATE_NOOP(
            "Server", "the server's schema {found} is older than this program's {known}; "
                      "ask its administrator to run recp-audit server-init"),
            found=found, known=migrate.head_revision())
    meta = dict(connection.execute(sa.select(WorkspaceMeta.key, WorkspaceMeta.value).where(
        WorkspaceMeta.key.in_([FILE_ID_KEY, guards.GUARDS_KEY]))).all())
    if meta.get(guards.GUARDS_KEY) != guards.GUARDS_VERSION:
        raise _error(QT_TRANSLATE_NOOP(
            "Server", "the server's safeguards are not this program's; ask its "
                      "administrator to run recp-audit server-init"))
    return meta.get(FILE_ID_KEY, "")


def init_server(url: URL) -> str:
    """Create or upgrade the server's tables, safeguards and roles (as the database
    owner); its id."""
    engine = engine_for(url, "server-init")
    try:
        with server_errors(url, "server-init"):
            with engine.connect() as connection:
                found = schema_revision(connection)
                if found is not None and found not in migrate.known_revisions():
                    check_schema(connection, url)  # raises: newer than this program
            migrate.upgrade(engine)
            with engine.begin() as connection:
                server_id = connection.scalar(sa.select(WorkspaceMeta.value).where(
                    WorkspaceMeta.key == FILE_ID_KEY))
                if server_id is None:
                    server_id = str(uuid.uuid4())
                    connection.execute(sa.insert(WorkspaceMeta).values(key=FILE_ID_KEY,
                                                                       value=server_id))
                _grant(connection)
                guards.install(connection, VIEWER, EDITOR)
                meta = WorkspaceMeta.__table__
                connection.execute(sa.delete(meta).where(meta.c.key == guards.GUARDS_KEY))
                connection.execute(sa.insert(meta).values(key=guards.GUARDS_KEY,
                                                          value=guards.GUARDS_VERSION))
            return server_id
    finally:
        engine.dispose()


def _grant(connection: sa.Connection) -> None:
    run = connection.exec_driver_sql
    for role in (VIEWER, EDITOR):
        if not connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                 {"r": role}):
            run(f"CREATE ROLE {role} NOLOGIN")
        run(f"GRANT USAGE ON SCHEMA public TO {role}")
        run(f"GRANT CONNECT ON DATABASE \"{connection.engine.url.database}\" TO {role}")
    tables = ", ".join(f'"{name}"' for name in [*Base.metadata.tables, "alembic_version"])
    run(f"GRANT SELECT ON {tables} TO {VIEWER}, {EDITOR}")
    kept = ("row_version", "blob")  # written once, never changed (see `guards`)
    written = [name for name in Base.metadata.tables if name != "workspace_meta"]
    run(f"GRANT INSERT ON {', '.join(written)} TO {EDITOR}")
    run(f"GRANT UPDATE ON {', '.join(n for n in written if n not in kept)} TO {EDITOR}")
    run(f"REVOKE UPDATE, DELETE, TRUNCATE ON {', '.join(kept)} FROM {VIEWER}, {EDITOR}")
    run(f"GRANT DELETE ON merge_conflict TO {EDITOR}")


def add_user(url: URL, name: str, password: str, role: str) -> None:
    """Create (or update) a login for a viewer or an editor (as the database owner). The
    password never travels: the server gets its SCRAM-SHA-256 verifier, made here."""
    if role not in ("viewer", "editor"):
        raise _error(QT_TRANSLATE_NOOP("Server", "the role must be viewer or editor, not "
                                                 "\"{role}\""), role=role)
    if not name.replace("_", "").isalnum() or not name[:1].isalpha():
        raise _error(QT_TRANSLATE_NOOP("Server", "\"{name}\" is not a usable account name "
                                                 "(letters, digits and _)"), name=name)
    from psycopg import sql

    engine = engine_for(url, "server-user")
    try:
        with server_errors(url, "server-user"), engine.begin() as connection:
            raw = connection.connection.driver_connection
            exists = connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                       {"r": name})
            verifier = raw.pgconn.encrypt_password(password.encode(), name.encode(),
                                                   b"scram-sha-256").decode()
            raw.execute(sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
                sql.SQL("ALTER" if exists else "CREATE"), sql.Identifier(name),
                sql.Literal(verifier)))
            for group in (VIEWER, EDITOR):
                raw.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group),
                                                               sql.Identifier(name)))
            raw.execute(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(EDITOR if role == "editor" else VIEWER), sql.Identifier(name)))
    finally:
        engine.dispose()
