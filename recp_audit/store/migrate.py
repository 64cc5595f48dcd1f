"""Schema upgrades with Alembic, for workspace files (SQLite, batch mode so tables can
be altered) and team servers (PostgreSQL) alike."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SCHEMA_VERSION = 11  # PRAGMA user_version written by the newest migration


def alembic_config(connection: sa.Connection):
    """An Alembic config that runs our scripts on `connection` (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Upgrade the database behind `engine` to `revision` in one transaction."""
    from alembic import command

    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":  # PostgreSQL: transactional DDL as it is
            with connection.begin():
                command.upgrade(alembic_config(connection), revision)
            return
        sqlite = connection.connection.driver_connection
        sqlite.execute("PRAGMA foreign_keys=OFF")  # batch mode recreates tables
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), revision)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"foreign key violations after upgrade: {problems[:5]}")
        finally:
            sqlite.execute("PRAGMA foreign_keys=ON")


def head_revision() -> str:
    """The newest migration's revision id."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return script.get_current_head()


def known_revisions() -> set[str]:
    """Every migration revision this program has (an unknown one is from a newer program)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}
