"""Every change of a mergeable row leaves a version in row_version."""

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from recp_audit.model import (Audit, AuditKind, AuditMember, Enterprise, Park, Person, RowVersion,
                              TeamRole)
from recp_audit.model.versioning import canonical_json, revision_of


def versions(ws, entity_id):
    with ws.session() as session:
        return session.scalars(sa.select(RowVersion).where(RowVersion.entity_id == entity_id)
                               .order_by(RowVersion.hlc)).all()


def test_round_trip_of_every_entity(workspace):
    with workspace.transaction() as session:
        person = Person(name="Иванова Е.П.", organisation="Центр РЭЧП")
        park = Park(name="Парк", latitude=54.2, longitude=28.5)
        enterprise = Enterprise(name="Молочный завод", park=park, nace_code="10.51",
                                annual_output=48_500.5, annual_output_unit="t", employees=412)
        audit = Audit(enterprise=enterprise, title="Оценка", kind=AuditKind.SELF_DIAGNOSIS,
                      period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 12, 31))
        session.add_all([person, audit, AuditMember(audit=audit, person=person,
                                                    team_role=TeamRole.ENERGY)])
    with workspace.session() as session:
        stored = session.get(Audit, audit.id)
        assert stored.enterprise.park.name == "Парк"
        assert stored.kind is AuditKind.SELF_DIAGNOSIS
        assert stored.period_end == dt.date(2025, 12, 31)
        assert stored.members[0].person.name == "Иванова Е.П."
        assert stored.enterprise.annual_output == 48_500.5
        assert isinstance(stored.id, uuid.UUID) and stored.id.version == 7


def test_create_update_delete_each_log_a_version(workspace):
    with workspace.transaction() as session:
        park = Park(name="A")
        session.add(park)
    with workspace.transaction() as session:
        session.get(Park, park.id).name = "B"
    with workspace.transaction() as session:
        session.get(Park, park.id).deleted = True
    log = versions(workspace, park.id)
    assert [v.data["name"] for v in log] == ["A", "B", "B"]
    assert [v.deleted for v in log] == [False, False, True]
    assert log[0].parents == [] and log[1].parents == [log[0].revision]
    assert log[2].parents == [log[1].revision]
    assert all(v.origin == workspace.file_id and v.author == "tester" for v in log)
    assert [v.hlc for v in log] == sorted(v.hlc for v in log)
    with workspace.session() as session:
        row = session.scalars(sa.select(Park).execution_options(include_deleted=True)).one()
        assert row.revision == log[-1].revision and row.deleted


def test_revision_is_the_hash_of_the_logged_content(workspace):
    with workspace.transaction() as session:
        park = Park(name="A", country="Беларусь")
        session.add(park)
    (version,) = versions(workspace, park.id)
    text = canonical_json(version.data)
    assert version.revision == revision_of("park", park.id, [], False, [], version.hlc,
                                           workspace.file_id, "tester", text)
    with workspace.engine.connect() as connection:  # the data is stored as the text hashed
        assert connection.exec_driver_sql("SELECT data FROM row_version").scalar() == text
    # Every part that identifies the version changes its name.
    for changed in ({"hlc": "0000000000001.00000"}, {"origin": uuid.uuid4()},
                    {"author": "someone else"}, {"resolved": ["name"]}, {"deleted": True},
                    {"parents": ["0" * 64]}, {"data_text": text.replace('"A"', '"B"')}):
        parts = {"parents": [], "deleted": False, "resolved": [], "hlc": version.hlc,
                 "origin": workspace.file_id, "author": "tester", "data_text": text,
                 **changed}
        assert revision_of("park", park.id, **parts) != version.revision
    assert version.data == {"name": "A", "country": "Беларусь", "region": "", "latitude": None,
                            "longitude": None, "notes": ""}


def test_relationship_foreign_keys_are_in_the_snapshot(workspace):
    with workspace.transaction() as session:
        park = Park(name="P")
        enterprise = Enterprise(name="E", park=park)
        session.add(enterprise)
    (version,) = versions(workspace, enterprise.id)
    assert version.data["park_id"] == str(park.id)


def test_saving_without_a_real_change_adds_no_version(workspace):
    with workspace.transaction() as session:
        park = Park(name="A")
        session.add(park)
    with workspace.transaction() as session:
        session.get(Park, park.id).name = "A"
    assert len(versions(workspace, park.id)) == 1


def test_tombstones_are_hidden_from_queries_and_relationships(workspace):
    with workspace.transaction() as session:
        park = Park(name="P")
        session.add_all([Enterprise(name="kept", park=park), Enterprise(name="gone", park=park)])
    with workspace.transaction() as session:
        session.scalars(sa.select(Enterprise).where(Enterprise.name == "gone")).one().deleted = True
    with workspace.session() as session:
        assert [e.name for e in session.scalars(sa.select(Enterprise))] == ["kept"]
        assert [e.name for e in session.get(Park, park.id).enterprises] == ["kept"]


def test_hard_delete_is_refused(workspace):
    with workspace.transaction() as session:
        park = Park(name="P")
        session.add(park)
    with pytest.raises(RuntimeError, match="tombstoned"), workspace.transaction() as session:
        session.delete(session.get(Park, park.id))
    assert len(versions(workspace, park.id)) == 1
