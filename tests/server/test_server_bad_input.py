"""Bad servers, bad accounts and bad rows: clear messages, local work untouched."""

from __future__ import annotations

import hashlib
import json

import pytest
import sqlalchemy as sa

from recp_audit.model import Enterprise, Instrument, Person, Photo, RowVersion
from recp_audit.model.versioning import make_version
from recp_audit.server.connect import (PasswordNeeded, ServerError, add_user, init_server,
                                       server_url)
from recp_audit.services import server as service
from recp_audit.store.db import create_workspace
from tests.merge.helpers import dump
from tests.server.helpers import damage, server_engine


def test_unreachable_server_and_bad_addresses(workspace):
    before = dump(workspace.path)
    with pytest.raises(ServerError, match="cannot reach the server 127.0.0.1:1"):
        service.publish(workspace, "postgresql://someone@127.0.0.1:1/recp")
    with pytest.raises(ServerError, match="not a PostgreSQL address"):
        service.pull(workspace, "mysql://someone@127.0.0.1/recp")
    with pytest.raises(ServerError, match="not a server address"):
        service.pull(workspace, "::")
    assert dump(workspace.path) == before


def test_password_wrong_missing_or_database_unknown(server, cluster, workspace):
    before = dump(workspace.path)
    wrong = cluster.url(server.rsplit("/", 1)[1], password="guess")
    with pytest.raises(ServerError, match="refused the password of postgres"):
        service.publish(workspace, wrong)
    with pytest.raises(PasswordNeeded, match="asks for the password"):
        service.publish(workspace, cluster.url(server.rsplit("/", 1)[1], password=None))
    with pytest.raises(ServerError, match="no database \"nowhere\""):
        service.pull(workspace, cluster.url("nowhere"))
    # The password given apart from the address works (the GUI and the CLI prompt do this).
    service.publish(workspace, cluster.url(server.rsplit("/", 1)[1], password=None),
                    password="super-secret")
    assert dump(workspace.path) == before


def test_a_database_that_is_not_set_up_or_is_newer(cluster, workspace):
    bare = cluster.create_database("bare")
    with pytest.raises(ServerError, match="not a recp_audit server yet.*server-init"):
        service.publish(workspace, bare)
    init_server(server_url(bare))
    engine = server_engine(bare)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    with pytest.raises(ServerError, match="newer version of recp_audit"):
        service.pull(workspace, bare)
    with pytest.raises(ServerError, match="newer version of recp_audit"):
        init_server(server_url(bare))


def test_viewers_pull_and_editors_publish(server, cluster, tmp_path):
    from tests.server.test_publish_pull import small_workspace

    database = server.rsplit("/", 1)[1]
    add_user(server_url(server), "anna", "viewer-pw", "viewer")
    add_user(server_url(server), "boris", "editor-pw", "editor")
    mine, _, _ = small_workspace(tmp_path / "boris.sqlite")
    report = service.publish(mine, cluster.url(database, "boris", "editor-pw"))
    assert report.transfer.outcome.versions == 3
    theirs = create_workspace(tmp_path / "anna.sqlite")
    service.pull(theirs, cluster.url(database, "anna", "viewer-pw"))
    with theirs.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Enterprise)) == 1
    records_before = dump(theirs.path)
    from recp_audit.services import records
    records.create(theirs, Person, {"name": "Анна"})
    with pytest.raises(ServerError, match="anna may not publish .* needs the recp_editor role"):
        service.publish(theirs, cluster.url(database, "anna", "viewer-pw"))
    assert len(dump(theirs.path)["person"]) == len(records_before["person"]) + 1
    with pytest.raises(ServerError, match="viewer or editor"):
        add_user(server_url(server), "carl", "pw", "admin")
    mine.close()
    theirs.close()


def test_malformed_or_altered_rows_on_the_server_are_refused(server, demo, tmp_path):
    """Rows altered on the server (content not matching its hash), a well-hashed
    version with a value of the wrong type, and photo bytes that do not match their
    hash are left out of the pull and named; everything else arrives."""
    service.publish(demo, server)
    engine = server_engine(server)
    with engine.connect() as connection:
        person = connection.execute(sa.select(RowVersion.__table__).where(
            RowVersion.entity == "person")).first()
        instrument = connection.execute(sa.select(Instrument.__table__)).first()
        photo = connection.execute(sa.select(Photo.__table__)).first()
        people = connection.scalar(sa.select(sa.func.count()).select_from(Person.__table__))
    engine.dispose()
    # 1. altered content: the name no longer matches the revision hash
    altered = dict(person.data, name="Mallory")
    damage(server, "UPDATE row_version SET data = CAST(:d AS json) WHERE revision = :r",
            d=json.dumps(altered), r=person.revision)
    # 2. a version that hashes right but carries text where a number belongs
    data = {**_instrument_data(server, instrument.revision), "accuracy_percent": "high"}
    forged = make_version("instrument", instrument.id, data, parents=(instrument.revision,),
                          hlc="1795264912352.00000", origin=instrument.origin, author="mallory")
    bad = forged.revision
    damage(server, "INSERT INTO row_version (revision, entity, entity_id, parents, hlc, origin,"
                    " author, deleted, data) VALUES (:r, 'instrument', :i, CAST(:p AS json), "
                    ":h, :o, 'mallory', false, CAST(:d AS json))",
            r=bad, i=instrument.id, p=json.dumps([instrument.revision]), h=forged.hlc,
            o=instrument.origin, d=forged.stored)
    damage(server, "UPDATE instrument SET revision = :r WHERE id = :i", r=bad, i=instrument.id)
    # 3. photo bytes replaced
    damage(server, "UPDATE blob SET data = :b WHERE sha256 = :s", b=b"not the photo",
            s=photo.blob_sha256)

    fresh = create_workspace(tmp_path / "fresh.sqlite")
    report = service.pull(fresh, server)
    reasons = {(r.entity, r.entity_id): r.reason for r in report.transfer.rejected}
    assert "does not match its revision" in str(reasons[("person", person.entity_id)])
    assert "accuracy_percent" in str(reasons[("instrument", instrument.id)])
    assert "photo or series bytes" in str(reasons[("photo", photo.id)])
    with fresh.session() as session:
        pulled = session.get(Instrument, instrument.id)
        assert pulled is not None and pulled.revision == instrument.revision  # the good head
        assert session.get(Photo, photo.id) is None
        assert session.get(Person, person.entity_id) is None
        assert session.scalar(sa.select(sa.func.count()).select_from(Person)) == people - 1
    blob_hashes = fresh.engine.connect().execute(sa.text("SELECT sha256, data FROM blob")).all()
    assert all(hashlib.sha256(data).hexdigest() == sha for sha, data in blob_hashes)
    fresh.close()


def _instrument_data(address: str, revision: str) -> dict:
    engine = server_engine(address)
    with engine.connect() as connection:
        data = connection.scalar(sa.select(RowVersion.data).where(
            RowVersion.revision == revision))
    engine.dispose()
    return data


def test_cyrillic_login_and_database_names(cluster, tmp_path):
    from urllib.parse import quote

    from recp_audit.model import Park
    from recp_audit.services import records

    address = cluster.create_database("рэчп_центр")
    init_server(server_url(address))
    add_user(server_url(address), "анна", "пароль", "editor")
    workspace = create_workspace(tmp_path / "анна.sqlite")
    records.create(workspace, Park, {"name": "Парк «Восток»"})
    login = f"postgresql://{quote('анна', safe='')}@127.0.0.1:{cluster.port}/" \
            f"{quote('рэчп_центр', safe='')}"
    report = service.publish(workspace, login, password="пароль")
    assert report.server == f"postgresql://анна@127.0.0.1:{cluster.port}/рэчп_центр"
    assert report.transfer.outcome.versions == 1
    with pytest.raises(ServerError, match="refused the password of анна"):
        service.publish(workspace, login, password="неверный")
    workspace.close()
