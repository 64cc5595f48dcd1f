"""Publish and pull against a real local PostgreSQL server."""

from __future__ import annotations

import threading
import uuid

import pytest
import sqlalchemy as sa

from recp_audit.merge.merge import versioned_tables
from recp_audit.model.history import Version, view
from recp_audit.model import Audit, Enterprise, Park, RowVersion
from recp_audit.services import merge, records
from recp_audit.services import server as service
from recp_audit.store.db import create_workspace
from tests.merge.helpers import dump, row
from tests.server.helpers import count, server_engine, table_rows


def small_workspace(path, name="Молокозавод"):
    """A workspace with one park, one enterprise and one audit."""
    workspace = create_workspace(path, author=path.stem)
    park = records.create(workspace, Park, {"name": f"Парк {name}"})
    enterprise = records.create(workspace, Enterprise, {"name": name, "park_id": park,
                                                        "employees": 120})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise, "kind": "expert",
                                              "title": f"Аудит {name}"})
    return workspace, enterprise, audit


def titles(workspace) -> set[str]:
    with workspace.session() as session:
        return set(session.scalars(sa.select(Audit.title)))


def private_ids(workspace) -> set[uuid.UUID]:
    """Ids of private enterprises and everything under them."""
    from recp_audit.server.scope import descendants

    with workspace.engine.connect() as connection:
        private = set(connection.scalars(sa.select(Enterprise.id).where(Enterprise.private)))
        return set().union(*descendants(connection, {"enterprise": private}).values())


def test_two_workspaces_publish_and_each_pulls_the_others_audits(server, demo, tmp_path):
    other, _, _ = small_workspace(tmp_path / "other.sqlite")
    try:
        first = service.publish(demo, server)
        assert first.transfer.outcome.versions > 900 and first.kept_off == 1
        assert first.transfer.blobs > 0  # photos and series bytes went too
        service.publish(other, server)
        into_demo = service.pull(demo, server)
        into_other = service.pull(other, server)
        assert "Аудит Молокозавод" in titles(demo)
        assert titles(other) == titles(demo) - {"Самодиагностика клуба РЭЧП, весна 2026"}
        assert into_demo.transfer.rejected == [] == into_other.transfer.rejected
        # Nothing left to move either way.
        for again in (service.publish(demo, server), service.publish(other, server),
                      service.pull(demo, server), service.pull(other, server)):
            assert again.transfer.outcome.versions == 0 and not again.transfer.outcome.counts
        engine = server_engine(server)
        with engine.connect() as connection, other.engine.connect() as local:
            assert table_rows(connection) == table_rows(local)
        engine.dispose()
        receipts = merge.history(other)
        assert receipts[0].source.startswith("postgresql://postgres@127.0.0.1")
        assert "super-secret" not in receipts[0].source
    finally:
        other.close()


def test_private_enterprise_stays_local_until_its_owner_allows(server, demo):
    with demo.session() as session:
        bakery = session.scalars(sa.select(Enterprise).where(Enterprise.private)).one()
        bakery_id = bakery.id
    hidden = private_ids(demo)
    service.publish(demo, server)
    assert count(server, "SELECT count(*) FROM enterprise WHERE id = :i", i=bakery_id) == 0
    assert count(server, "SELECT count(*) FROM row_version WHERE entity_id = ANY(:ids)",
                 ids=list(hidden)) == 0
    records.update(demo, Enterprise, bakery_id, {"private": False})
    service.publish(demo, server)
    assert count(server, "SELECT count(*) FROM row_version WHERE entity_id = ANY(:ids)",
                 ids=list(hidden)) >= len(hidden)
    assert count(server, "SELECT count(*) FROM audit WHERE enterprise_id = :i", i=bakery_id) == 1


def _server_consistent(address: str) -> None:
    """Every server row is what its logged versions make it."""
    engine = server_engine(address)
    with engine.connect() as connection:
        log: dict = {}
        for v in connection.execute(sa.select(RowVersion.__table__)):
            log.setdefault(v.entity_id, {})[v.revision] = Version(
                v.revision, tuple(v.parents), v.hlc, str(v.origin), v.author, v.deleted, v.data,
                None, tuple(v.resolved))
        for table in versioned_tables():
            for current in connection.execute(sa.select(table.c.id, table.c.revision)):
                made = view(log[current.id])
                expected = made.heads[0].revision if len(made.heads) == 1 else None
                if expected:
                    assert current.revision == expected, (table.name, current.id)
                else:
                    assert current.revision not in log[current.id]  # a merged row
    engine.dispose()


def test_interrupted_publish_resumes_without_duplicates(server, demo):
    calls = []

    def stop_after_two(done, total):
        calls.append(done)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        service.publish(demo, server, progress=stop_after_two)
    part = count(server, "SELECT count(*) FROM row_version")
    assert 0 < part
    _server_consistent(server)
    finished = service.publish(demo, server)
    hidden = private_ids(demo)
    with demo.engine.connect() as local:
        expected = local.scalar(sa.select(sa.func.count()).select_from(RowVersion.__table__)
                                .where(RowVersion.entity_id.not_in(hidden)))
    assert part + finished.transfer.outcome.versions == expected
    assert count(server, "SELECT count(*) FROM row_version") == expected
    _server_consistent(server)


def test_network_cut_in_the_middle_of_a_publish(server, cluster, demo, tmp_path):
    from recp_audit.server.connect import ServerError

    before = dump(demo.path)
    admin = server_engine(cluster.url())

    def cut(done, total):
        if done > 600:
            with admin.connect() as connection:
                connection.execute(sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'recp_audit' AND pid <> pg_backend_pid()"))

    with pytest.raises(ServerError, match="127.0.0.1"):
        service.publish(demo, server, progress=cut)
    admin.dispose()
    assert dump(demo.path) == before  # the local file is untouched
    service.publish(demo, server)
    _server_consistent(server)
    assert service.publish(demo, server).transfer.outcome.versions == 0


def test_concurrent_publishes_from_two_copies(server, demo, tmp_path):
    """Both publish at once (chunk by chunk interleaved); the server ends up with both
    copies' versions, every row consistent with its log, and the one real conflict."""
    copy = demo.save_as(tmp_path / "copy.sqlite")
    with demo.session() as session:
        enterprise = session.scalars(sa.select(Enterprise).where(
            Enterprise.private.is_(False)).order_by(Enterprise.name)).first().id
    records.update(demo, Enterprise, enterprise, {"employees": 415})
    records.update(copy, Enterprise, enterprise, {"employees": 418})
    extra, _, _ = small_workspace(tmp_path / "x.sqlite")
    extra.close()
    errors = []

    def run(workspace):
        try:
            service.publish(workspace, server)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in (demo, copy)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    _server_consistent(server)
    assert count(server, "SELECT count(*) FROM merge_conflict") == 1
    assert count(server, "SELECT employees FROM enterprise WHERE id = :i", i=enterprise) \
        in (415, 418)
    copy.close()


def test_conflicts_round_trip_through_the_server(server, tmp_path):
    first, enterprise, _ = small_workspace(tmp_path / "first.sqlite")
    service.publish(first, server)
    second = create_workspace(tmp_path / "second.sqlite", author="second")
    service.pull(second, server)
    records.update(first, Enterprise, enterprise, {"employees": 415})
    records.update(second, Enterprise, enterprise, {"employees": 418})
    service.publish(first, server)
    service.publish(second, server)
    pulled = service.pull(first, server)
    assert pulled.transfer.outcome.total("conflicts") == 1
    (conflict,) = merge.conflict_details(first)
    assert conflict.entity == "enterprise" and conflict.fields[0].field == "employees"
    assert {side.value for side in conflict.fields[0].sides} == {415, 418}
    assert {side.author for side in conflict.fields[0].sides} == {"first", "second"}
    merge.resolve(first, "enterprise", enterprise, {"employees": 418})
    service.publish(first, server)
    assert count(server, "SELECT count(*) FROM merge_conflict") == 0
    service.pull(second, server)
    assert merge.conflicts(second) == []
    assert row(second, Enterprise, enterprise).employees == 418
    # The resolution merges cleanly into a file copy that never saw the server.
    first.close()
    second.close()


def test_pull_a_park_or_an_enterprise(server, demo, tmp_path):
    from recp_audit.messages import RecpError

    service.publish(demo, server)
    with demo.session() as session:
        dairy = session.scalars(sa.select(Enterprise).where(
            Enterprise.private.is_(False), Enterprise.park_id.is_not(None))
            .order_by(Enterprise.name)).first()
        dairy_id, park_id = dairy.id, dairy.park_id
        audits = set(session.scalars(sa.select(Audit.title).where(
            Audit.enterprise_id == dairy_id)))
        in_park = set(session.scalars(sa.select(Enterprise.name).where(
            Enterprise.park_id == park_id, Enterprise.private.is_(False))))
    one = create_workspace(tmp_path / "one.sqlite")
    service.pull(one, server, enterprise_id=dairy_id)
    with one.session() as session:
        assert set(session.scalars(sa.select(Enterprise.id))) == {dairy_id}
        assert set(session.scalars(sa.select(Park.id))) == {park_id}
    assert titles(one) == audits
    whole_park = create_workspace(tmp_path / "park.sqlite")
    service.pull(whole_park, server, park_id=park_id)
    with whole_park.session() as session:
        assert set(session.scalars(sa.select(Enterprise.name).where(
            Enterprise.park_id == park_id))) == in_park
    with pytest.raises(RecpError, match="no park"):
        service.pull(whole_park, server, park_id=uuid.uuid4())
    one.close()
    whole_park.close()


def test_pulled_rows_are_stored_exactly_as_the_program_stores_them(server, demo, tmp_path):
    """Byte for byte: times, ids, enums, JSON and numbers of a pulled row read back the
    same way in SQL as those the program saved (the demo's private enterprise stays
    local, so its rows are left out of the comparison)."""
    service.publish(demo, server)
    pulled = create_workspace(tmp_path / "pulled.sqlite", author="other")
    try:
        service.pull(pulled, server)
    finally:
        pulled.close()
    kept_back = {i.hex for i in private_ids(demo)}
    saved, arrived = dump(demo.path), dump(pulled.path)
    for table in versioned_tables():
        place = list(table.c.keys()).index("id")
        mine = [r for r in saved[table.name] if r[place] not in kept_back]
        theirs = arrived[table.name]
        assert len(theirs) == len(mine) > 0 or table.name in {"candidate", "merge_receipt"}
        assert theirs == mine, table.name


def test_a_reading_added_under_a_point_deleted_by_a_colleague_stays_visible(server, tmp_path):
    """Through the server as through files: Anna deletes a measurement point, Boris adds
    a reading under it; both publish. The server and a fresh pull show the point and the
    reading, with the deletion as a conflict for the lead."""
    from recp_audit.model import MeasurementPoint, Reading
    from recp_audit.model.history import DELETED
    from recp_audit.services import measurements

    anna, _, audit = small_workspace(tmp_path / "anna.sqlite")
    point = records.create(anna, MeasurementPoint, {"name": "Котёл", "audit_id": audit})
    boris = anna.save_as(tmp_path / "boris.sqlite")
    try:
        records.delete(anna, MeasurementPoint, point)
        records.create(boris, Reading, {"point_id": point, "quantity": "active_power",
                                        "value": 52.1, "unit": "kW",
                                        "taken": "2026-11-21T10:00:00"})
        service.publish(anna, server)
        service.publish(boris, server)
        assert count(server, "SELECT count(*) FROM measurement_point WHERE NOT deleted") == 1
        lead = create_workspace(tmp_path / "lead.sqlite", author="lead")
        report = service.pull(lead, server)
        assert report.transfer.rejected == []
        assert [r.value for r in measurements.readings_of(lead, point)] == [52.1]
        assert not row(lead, MeasurementPoint, point).deleted
        assert [(c.entity, c.field) for c in merge.conflicts(lead)] == [
            ("measurement_point", DELETED)]
        lead.close()
    finally:
        anna.close()
        boris.close()
