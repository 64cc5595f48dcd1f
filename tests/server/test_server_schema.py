"""The same schema on PostgreSQL as in a workspace file, and the server commands."""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from recp_audit import cli
from recp_audit.model import Base
from tests.server.helpers import server_engine


def _differences(connection: sa.Connection) -> list:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return [d for d in compare_metadata(context, Base.metadata)
            if not (d[0] == "remove_table" and d[1].name == "alembic_version")]


def test_migrations_build_the_models_schema_on_postgresql_and_sqlite(server, workspace):
    engine = server_engine(server)
    with engine.connect() as connection:
        assert _differences(connection) == []
        roles = set(connection.scalars(sa.text(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE 'recp_%'")))
    engine.dispose()
    assert roles == {"recp_viewer", "recp_editor"}
    with workspace.engine.connect() as connection:
        assert _differences(connection) == []


def test_server_init_is_repeatable_and_the_cli_publishes_and_pulls(server, demo, tmp_path,
                                                                    capsys):
    assert cli.main(["server-init", server]) == 0
    assert "recp_viewer" in capsys.readouterr().out
    demo.close()
    assert cli.main(["publish", str(demo.path), server, "--json"]) == 0
    published = json.loads(capsys.readouterr().out)
    assert published["versions"] > 900 and published["private_kept_off"] == 1
    assert "super-secret" not in published["server"]
    target = tmp_path / "pulled.sqlite"  # a new file for offline work
    assert cli.main(["pull", str(target), server]) == 0
    out = capsys.readouterr().out
    assert "Pulled from postgresql://postgres@127.0.0.1" in out and "Open conflicts" in out
    assert cli.main(["pull", str(target), server, "--park", "nonsense"]) == 1
    assert "not a park id" in capsys.readouterr().err
    assert cli.main(["publish", str(target), "postgresql://x@127.0.0.1:1/db"]) == 1
    assert "cannot reach the server" in capsys.readouterr().err
