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
                                                                    capsys, english):
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


def test_a_server_with_data_is_upgraded_to_the_new_version_identity(cluster, tmp_path):
    """A server set up by the previous program version, holding a park edited twice:
    server-init names its versions anew (parents first), the park's row follows, and a
    fresh pull takes everything without refusing a version."""
    import hashlib
    import uuid

    from recp_audit.model import Park
    from recp_audit.model.versioning import revision_of
    from recp_audit.server.connect import init_server, server_url
    from recp_audit.services import records, server as service
    from recp_audit.store import migrate
    from recp_audit.store.db import create_workspace

    address = cluster.create_database("recp_old_identity")
    engine = server_engine(address)
    migrate.upgrade(engine, "0008_private")
    park, origin = uuid.uuid4(), uuid.uuid4()

    def old(parents, data):
        payload = json.dumps({"entity": "park", "id": str(park), "parents": parents,
                              "deleted": False, "data": data},
                             sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(payload.encode()).hexdigest()

    first = {"name": "Парк", "country": "", "region": "", "latitude": None,
             "longitude": None, "notes": ""}
    second = {**first, "name": "СЭЗ «Могилёв»"}
    one = old([], first)
    two = old([one], second)
    with engine.begin() as connection:
        for revision, parents, stamp, data in ((one, [], "1763700000000.00000", first),
                                               (two, [one], "1763700000001.00000", second)):
            connection.execute(sa.text(
                "INSERT INTO row_version (revision, entity, entity_id, parents, hlc, origin, "
                "author, deleted, data) VALUES (:r, 'park', :i, CAST(:p AS json), :h, :o, "
                "'Анна', false, CAST(:d AS json))"),
                {"r": revision, "i": park, "p": json.dumps(parents), "h": stamp, "o": origin,
                 "d": json.dumps(data)})
        connection.execute(sa.text(
            "INSERT INTO park (id, name, country, region, notes, revision, parents, hlc, "
            "origin, author, deleted) VALUES (:i, :n, '', '', '', :r, CAST(:p AS json), "
            "'1763700000001.00000', :o, 'Анна', false)"),
            {"i": park, "n": second["name"], "r": two, "p": json.dumps([one]), "o": origin})
    init_server(server_url(address))
    with engine.connect() as connection:
        log = connection.execute(sa.text(
            "SELECT revision, parents, hlc, origin, author, data::text AS data FROM row_version "
            "ORDER BY hlc")).all()
        current = connection.execute(sa.text("SELECT revision FROM park")).scalar()
    engine.dispose()
    assert [v.parents for v in log] == [[], [log[0].revision]]
    for version in log:
        assert version.revision == revision_of("park", park, version.parents, False, [],
                                               version.hlc, version.origin, version.author,
                                               version.data)
    assert current == log[1].revision
    fresh = create_workspace(tmp_path / "fresh.sqlite")
    try:
        assert service.pull(fresh, address).transfer.rejected == []
        assert records.values_of(fresh, Park, park)["name"] == "СЭЗ «Могилёв»"
    finally:
        fresh.close()
