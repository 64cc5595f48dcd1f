"""What the team server enforces whatever a client sends (issue 22, items 5-8): who wrote
each version, versions never changed or forged, no lock a viewer can hold, timeouts,
private enterprises withdrawn, and logins created without a clear password."""

from __future__ import annotations

import json
import os
import signal
import socket
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from recp_audit import cli
from recp_audit.model import Audit, Enterprise, Person, Photo, RowVersion
from recp_audit.model.clock import format_stamp
from recp_audit.model.versioning import revision_of
from recp_audit.server import connect
from recp_audit.server.connect import ServerError, add_user, init_server, server_url
from recp_audit.services import records
from recp_audit.services import server as service
from recp_audit.store.db import create_workspace
from tests.merge.helpers import row
from tests.server.helpers import count, damage, server_engine
from tests.server.test_publish_pull import private_ids, small_workspace


@pytest.fixture
def logins(server, cluster):
    """Addresses of a viewer (anna), two editors (boris, carl) and the owner."""
    database = server.rsplit("/", 1)[1]
    add_user(server_url(server), "anna", "viewer-pw", "viewer")
    add_user(server_url(server), "boris", "editor-pw", "editor")
    add_user(server_url(server), "carl", "editor2-pw", "editor")
    return {"anna": cluster.url(database, "anna", "viewer-pw"),
            "boris": cluster.url(database, "boris", "editor-pw"),
            "carl": cluster.url(database, "carl", "editor2-pw"), "owner": server}


def _plain(address: str) -> str:
    return address.replace("postgresql://", "postgresql://", 1)


def _version(entity_id, data: dict, *, parents=(), hlc=None, author="anna",
             origin=None, deleted=False) -> dict:
    """A version row as a client sends it, its revision computed as the program does."""
    hlc = hlc or format_stamp(time.time_ns() // 1_000_000, 0)
    origin = str(origin or uuid.uuid4())
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    revision = revision_of("person", entity_id, list(parents), deleted, [], hlc, origin,
                           author, text)
    return {"revision": revision, "entity": "person", "entity_id": str(entity_id),
            "parents": json.dumps(list(parents)), "hlc": hlc, "origin": origin,
            "author": author, "deleted": deleted, "resolved": "[]", "data": text,
            "login": "mallory"}


INSERT = ("INSERT INTO row_version (revision, entity, entity_id, parents, hlc, origin, author, "
          "deleted, resolved, data, login) VALUES (%(revision)s, %(entity)s, %(entity_id)s, "
          "%(parents)s, %(hlc)s, %(origin)s, %(author)s, %(deleted)s, %(resolved)s, "
          "%(data)s, %(login)s)")


def _person(name: str = "Анна") -> dict:
    return {"name": name, "organisation": "", "role": "", "email": "", "phone": ""}


def test_the_server_records_the_login_that_wrote_each_version(logins, tmp_path):
    mine, _, _ = small_workspace(tmp_path / "anna-file.sqlite")  # its author: anna-file
    service.publish(mine, logins["boris"])
    assert count(logins["owner"], "SELECT count(*) FROM row_version") == 3
    assert count(logins["owner"], "SELECT count(*) FROM row_version WHERE login = 'boris'") == 3
    # Whatever the client says its login is, the server writes its own.
    person = uuid.uuid4()
    with psycopg.connect(_plain(logins["carl"]), autocommit=True) as carl:
        carl.execute(INSERT, _version(person, _person()))
    assert count(logins["owner"], "SELECT count(*) FROM row_version WHERE entity_id = :i "
                                  "AND login = 'carl'", i=person) == 1
    # A pull keeps the login in the laptop's log, beside the author the file named.
    theirs = create_workspace(tmp_path / "theirs.sqlite")
    service.pull(theirs, logins["anna"])
    with theirs.engine.connect() as local:
        logged = set(local.execute(sa.select(RowVersion.author, RowVersion.login)))
    assert logged == {("anna-file", "boris")}
    mine.close()
    theirs.close()


def test_editors_cannot_change_or_delete_stored_versions(logins, tmp_path):
    mine, _, _ = small_workspace(tmp_path / "boris.sqlite")
    service.publish(mine, logins["boris"])
    with psycopg.connect(_plain(logins["boris"]), autocommit=True) as boris:
        for statement in ("UPDATE row_version SET author = 'carl'",
                          "DELETE FROM row_version", "TRUNCATE row_version",
                          "UPDATE blob SET data = 'x'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                boris.execute(statement)
    # Even a right granted by mistake does not let an editor change a version.
    with psycopg.connect(_plain(logins["owner"]), autocommit=True) as owner:
        owner.execute("GRANT UPDATE, DELETE ON row_version TO boris")
    with psycopg.connect(_plain(logins["boris"]), autocommit=True) as boris:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only the owner"):
            boris.execute("UPDATE row_version SET author = 'carl'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only the owner"):
            boris.execute("DELETE FROM row_version")
    assert count(logins["owner"], "SELECT count(*) FROM row_version WHERE author = 'boris'") == 3
    mine.close()


def test_forged_future_or_malformed_versions_are_refused_on_insert(logins):
    person = uuid.uuid4()
    good = _version(person, _person(), author="boris")
    forged = {**good, "author": "anna"}  # signed as anna, hashed as boris
    ahead = _version(person, _person(), hlc=format_stamp(
        time.time_ns() // 1_000_000 + 2 * 86_400_000, 0))
    control = _version(person, _person(), author="anna\nboris")
    altered = {**good, "data": good["data"].replace("Анна", "Mallory")}
    with psycopg.connect(_plain(logins["boris"]), autocommit=True) as boris:
        for bad, why in ((forged, "does not match its revision"),
                         (altered, "does not match its revision"),
                         (ahead, "more than a day ahead"), (control, "control character"),
                         ({**good, "hlc": "soon"}, "clock is malformed")):
            with pytest.raises(psycopg.errors.CheckViolation, match=why):
                boris.execute(INSERT, bad)
        boris.execute(INSERT, good)  # the real one is taken
        with pytest.raises(psycopg.errors.CheckViolation, match="bytes do not match"):
            boris.execute("INSERT INTO blob (sha256, data, size) VALUES (%s, %s, 1)",
                          ("0" * 64, b"x"))
    assert count(logins["owner"], "SELECT count(*) FROM row_version") == 1


def test_pull_refuses_a_version_from_the_future_and_keeps_the_clock(logins, tmp_path):
    mine = create_workspace(tmp_path / "mine.sqlite", author="anna")
    person = records.create(mine, Person, {"name": "Анна"})
    service.publish(mine, logins["boris"])
    current = row(mine, Person, person)
    with mine.engine.connect() as local:
        data = json.loads(local.scalar(sa.select(sa.cast(RowVersion.data, sa.Text)).where(
            RowVersion.revision == current.revision)))
    far = format_stamp(time.time_ns() // 1_000_000 + 3650 * 86_400_000, 0)
    ahead = _version(person, {**data, "name": "Mallory"}, parents=[current.revision], hlc=far)
    damage(logins["owner"], INSERT.replace("%(", ":").replace(")s", ""), **ahead)
    damage(logins["owner"], "UPDATE person SET revision = :r, name = 'Mallory', hlc = :h "
                             "WHERE id = :i", r=ahead["revision"], h=far, i=person)
    theirs = create_workspace(tmp_path / "theirs.sqlite")
    report = service.pull(theirs, logins["anna"])
    (refused,) = report.transfer.rejected
    assert (refused.entity, refused.entity_id) == ("person", person)
    assert "future" in str(refused.reason)
    assert row(theirs, Person, person).name == "Анна"  # the good version arrived
    assert theirs.clock.now() < format_stamp(time.time_ns() // 1_000_000 + 86_400_000, 0)
    mine.close()
    theirs.close()


def test_a_damaged_server_version_is_repaired_by_a_good_publish(logins, demo, tmp_path):
    service.publish(demo, logins["boris"])
    with demo.session() as session:
        dairy = session.scalars(sa.select(Enterprise).where(
            Enterprise.private.is_(False)).order_by(Enterprise.name)).first()
        dairy_id, dairy_revision = dairy.id, dairy.revision
        audits = session.scalar(sa.select(sa.func.count()).select_from(Audit).where(
            Audit.enterprise_id == dairy_id))
    damage(logins["owner"], "UPDATE row_version SET data = CAST(:d AS json) "
                             "WHERE revision = :r",
            d=json.dumps({"name": "Mallory"}), r=dairy_revision)
    fresh = create_workspace(tmp_path / "fresh.sqlite")
    refused = service.pull(fresh, logins["anna"]).transfer.rejected
    assert ("enterprise", dairy_id) in {(r.entity, r.entity_id) for r in refused}
    assert len(refused) > audits  # the enterprise, its audits, streams, ...
    fresh.close()
    # An editor cannot use the repair to overwrite a sound version with other content.
    with psycopg.connect(_plain(logins["carl"]), autocommit=True) as carl:
        other = carl.execute("SELECT revision, entity, entity_id FROM row_version "
                             "WHERE revision <> %s LIMIT 1", (dairy_revision,)).fetchone()
        assert carl.execute(
            "SELECT recp_server.repair_version(%s, %s, %s, '[]', '0000000000001.00000', "
            "gen_random_uuid(), 'carl', false, '[]', '{}')", other).fetchone()[0] is False
    report = service.publish(demo, logins["carl"])
    assert report.repaired == 1
    assert count(logins["owner"], "SELECT count(*) FROM row_version WHERE revision = :r "
                                  "AND login = 'carl'", r=dairy_revision) == 1
    again = create_workspace(tmp_path / "again.sqlite")
    assert service.pull(again, logins["anna"]).transfer.rejected == []
    assert row(again, Enterprise, dairy_id).name == dairy.name
    again.close()


def test_a_viewer_holding_every_lock_it_can_does_not_block_a_publish(logins, tmp_path,
                                                                      monkeypatch):
    monkeypatch.setattr(connect, "LOCK_TIMEOUT", 3)
    mine, _, _ = small_workspace(tmp_path / "boris.sqlite")
    tables = [name for name in RowVersion.metadata.tables]
    with psycopg.connect(_plain(logins["anna"])) as anna:
        anna.execute("SELECT pg_advisory_lock(%s)", (0x52454350,))  # the old writer lock
        anna.execute("SELECT pg_advisory_xact_lock(%s)", (0x52454350,))
        for name in tables:
            anna.execute(f'LOCK TABLE "{name}" IN ACCESS SHARE MODE')
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute("SELECT * FROM recp_server.write_lock FOR UPDATE")
        anna.rollback()
        anna.execute("SELECT pg_advisory_lock(%s)", (0x52454350,))
        for name in tables:
            anna.execute(f'LOCK TABLE "{name}" IN ACCESS SHARE MODE')
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anna.execute(f'LOCK TABLE "{tables[0]}" IN ROW EXCLUSIVE MODE')
        anna.rollback()
        for name in tables:
            anna.execute(f'LOCK TABLE "{name}" IN ACCESS SHARE MODE')
        started = time.monotonic()
        report = service.publish(mine, logins["boris"])
        assert time.monotonic() - started < 10
    assert report.transfer.outcome.versions == 3
    mine.close()


def test_an_editor_holding_the_write_turn_gives_a_clear_message(logins, tmp_path,
                                                                 monkeypatch):
    monkeypatch.setattr(connect, "LOCK_TIMEOUT", 2)
    mine, _, _ = small_workspace(tmp_path / "boris.sqlite")
    with psycopg.connect(_plain(logins["carl"])) as carl:
        carl.execute("SELECT * FROM recp_server.write_lock FOR UPDATE")
        started = time.monotonic()
        with pytest.raises(ServerError, match="stayed busy for 2 s .*; your work here "
                                              "is unaffected"):
            service.publish(mine, logins["boris"])
        assert time.monotonic() - started < 6
    mine.close()


def _silent_server() -> tuple[socket.socket, int]:
    """A socket that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted = []
    threading.Thread(target=lambda: accepted.extend(
        listener.accept() for _ in range(4)), daemon=True).start()
    return listener, listener.getsockname()[1]


def test_a_server_that_does_not_answer_gives_one_line_in_time(logins, cluster, workspace,
                                                              monkeypatch):
    monkeypatch.setattr(connect, "CONNECT_TIMEOUT", 2)
    listener, port = _silent_server()
    try:
        for action in (service.publish, service.pull):
            started = time.monotonic()
            with pytest.raises(ServerError, match=f"127.0.0.1:{port} did not answer within 2 s; "
                                                  "your work here is unaffected"):
                action(workspace, f"postgresql://anna:pw@127.0.0.1:{port}/recp")
            assert time.monotonic() - started < 6
    finally:
        listener.close()
    # A frozen server: its postmaster stopped (SIGSTOP), so no connection is answered.
    postmaster = int((cluster.folder / "data" / "postmaster.pid").read_text().split()[0])
    os.kill(postmaster, signal.SIGSTOP)
    try:
        started = time.monotonic()
        with pytest.raises(ServerError, match="did not answer within 2 s"):
            service.pull(workspace, logins["anna"])
        assert time.monotonic() - started < 6
    finally:
        os.kill(postmaster, signal.SIGCONT)


def test_a_statement_the_server_does_not_finish_in_time(logins, workspace, monkeypatch):
    monkeypatch.setattr(connect, "STATEMENT_TIMEOUT", 1)
    monkeypatch.setattr(connect, "LOCK_TIMEOUT", 5)
    with psycopg.connect(_plain(logins["owner"])) as owner:
        owner.execute("LOCK TABLE enterprise IN ACCESS EXCLUSIVE MODE")  # e.g. an upgrade
        started = time.monotonic()
        with pytest.raises(ServerError, match="did not answer within 1 s"):
            service.pull(workspace, logins["anna"])
        assert time.monotonic() - started < 5


def test_marking_a_published_enterprise_private_withdraws_it(logins, demo, tmp_path, capsys):
    service.publish(demo, logins["boris"])
    with demo.session() as session:
        dairy = session.scalars(sa.select(Enterprise).where(
            Enterprise.name.contains("молочные"))).one()  # with photos and series
        dairy_id, dairy_name = dairy.id, dairy.name
    # Someone else's copy pulled it before; their later "private" does not withdraw it.
    carls = create_workspace(tmp_path / "carl.sqlite", author="carl")
    service.pull(carls, logins["carl"])
    records.update(carls, Enterprise, dairy_id, {"private": True})
    refused = service.publish(carls, logins["carl"])
    assert refused.withdrawn == [] and refused.still_there == [dairy_name]
    assert count(logins["owner"], "SELECT count(*) FROM enterprise WHERE id = :i",
                 i=dairy_id) == 1
    carls.close()

    records.update(demo, Enterprise, dairy_id, {"private": True})
    hidden = private_ids(demo)
    with demo.engine.connect() as local:
        photos = set(local.scalars(sa.select(Photo.id).where(Photo.id.in_(hidden))))
    assert photos  # the checklist photos go with it
    demo.close()
    assert cli.main(["publish", str(demo.path), logins["boris"]]) == 0
    out = capsys.readouterr().out
    assert "Private enterprises kept off the server: 2" in out
    assert f"Withdrawn from the server, private now: {dairy_name}" in out
    for sql in ("SELECT count(*) FROM row_version WHERE entity_id = ANY(:ids)",
                "SELECT count(*) FROM enterprise WHERE id = ANY(:ids)",
                "SELECT count(*) FROM audit WHERE id = ANY(:ids)",
                "SELECT count(*) FROM photo WHERE id = ANY(:ids)",
                "SELECT count(*) FROM merge_conflict WHERE entity_id = ANY(:ids)"):
        assert count(logins["owner"], sql, ids=list(hidden)) == 0, sql
    assert count(logins["owner"], "SELECT count(*) FROM blob b WHERE NOT EXISTS (SELECT 1 FROM "
                                  "photo p WHERE p.blob_sha256 = b.sha256) AND NOT EXISTS "
                                  "(SELECT 1 FROM series s WHERE s.time_blob = b.sha256) AND "
                                  "NOT EXISTS (SELECT 1 FROM series_channel c WHERE "
                                  "c.blob_sha256 = b.sha256)") == 0
    viewer = create_workspace(tmp_path / "anna.sqlite")
    service.pull(viewer, logins["anna"])
    with viewer.session() as session:
        assert session.get(Enterprise, dairy_id) is None
    viewer.close()
    # Editors still cannot delete versions by any other way.
    with psycopg.connect(_plain(logins["boris"]), autocommit=True) as boris:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            boris.execute("DELETE FROM row_version")


def test_server_user_sends_no_clear_password(logins, cluster):
    database = logins["owner"].rsplit("/", 1)[1]
    with psycopg.connect(_plain(cluster.url()), autocommit=True) as superuser:
        superuser.execute(f'ALTER DATABASE "{database}" SET log_statement = \'all\'')
    secret = "Very-Secret-Пароль-42"
    add_user(server_url(logins["owner"]), "dasha", secret, "editor")
    with pytest.raises(ServerError, match="boris may not create logins .* CREATEROLE"):
        add_user(server_url(logins["boris"]), "eve", secret + "-2", "viewer")
    log = (cluster.folder / "log").read_text(errors="replace")
    assert "CREATE ROLE \"dasha\" LOGIN PASSWORD 'SCRAM-SHA-256$4096:" in log
    assert "permission denied to create role" in log
    assert secret not in log
    psycopg.connect(_plain(cluster.url(database, "dasha", secret))).close()  # it works


def test_errors_name_the_right_that_was_missing(logins, workspace, server):
    records.create(workspace, Enterprise, {"name": "Завод"})
    with pytest.raises(ServerError, match="anna may not publish .* needs the recp_editor role"):
        service.publish(workspace, logins["anna"])
    with pytest.raises(ServerError, match="boris may not set up .* needs the owner"):
        init_server(server_url(logins["boris"]))
    with pytest.raises(ServerError, match="the role must be viewer or editor"):
        add_user(server_url(server), "carl", "pw", "admin")


def test_a_server_without_these_safeguards_asks_for_server_init(server, workspace):
    engine = server_engine(server)
    with engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM workspace_meta WHERE key = 'server_guards'"))
    engine.dispose()
    with pytest.raises(ServerError, match="safeguards are not this program's.*server-init"):
        service.pull(workspace, server)
    init_server(server_url(server))  # idempotent: run again on upgrade
    service.pull(workspace, server)


def test_an_editor_rewriting_a_row_cannot_hide_newer_versions(logins, tmp_path):
    """Mallory (an editor) sets the server row's revision back to the one Anna's laptop
    has, after Boris published a newer version: Anna's pull still brings Boris's edit
    (rows are compared by their logs too, not by a column an editor can write)."""
    anna, enterprise, _ = small_workspace(tmp_path / "anna.sqlite")
    boris = anna.save_as(tmp_path / "boris.sqlite")
    try:
        service.publish(anna, logins["boris"])
        records.update(boris, Enterprise, enterprise, {"employees": 130})
        service.publish(boris, logins["boris"])
        kept = row(anna, Enterprise, enterprise).revision
        engine = sa.create_engine(server_url(logins["carl"]), poolclass=sa.pool.NullPool)
        with engine.begin() as connection:  # plain SQL, as an editor may
            connection.execute(sa.text("UPDATE enterprise SET revision = :r, employees = 120 "
                                       "WHERE id = :i"), {"r": kept, "i": enterprise})
        engine.dispose()
        service.pull(anna, logins["anna"])
        assert records.values_of(anna, Enterprise, enterprise)["employees"] == 130
    finally:
        anna.close()
        boris.close()


def _server_processes(cluster) -> list[int]:
    """The postmaster and every process it started."""
    postmaster = int((cluster.folder / "data" / "postmaster.pid").read_text().split()[0])
    children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
                and _parent(p) == postmaster]
    return [postmaster, *children]


def _parent(process: Path) -> int | None:
    try:
        return int((process / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def test_a_server_frozen_in_the_middle_of_a_pull_gives_one_line_in_time(
        logins, cluster, demo, tmp_path, monkeypatch):
    """Every server process stops (SIGSTOP) while a pull is under way: its own statement
    timeout cannot fire and its kernel still acknowledges, yet the pull ends with one
    line within the answer limit, and the workspace is as it was before that chunk."""
    service.publish(demo, logins["boris"])
    monkeypatch.setattr(connect, "ANSWER_TIMEOUT", 2)
    fresh = create_workspace(tmp_path / "fresh.sqlite")
    frozen: list[int] = []

    def freeze(done, total):
        if not frozen:
            frozen.extend(_server_processes(cluster))
            for pid in frozen:
                os.kill(pid, signal.SIGSTOP)

    try:
        started = time.monotonic()
        with pytest.raises(ServerError, match="did not answer within 2 s; your work here is "
                                              "unaffected"):
            service.pull(fresh, logins["anna"], progress=freeze)
        assert time.monotonic() - started < 8
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
        fresh.close()
    assert frozen
