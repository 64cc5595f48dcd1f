"""Creating, editing and deleting records through the service layer."""

import pytest
import sqlalchemy as sa

from recp_audit.messages import NotFoundError, ValidationError
from recp_audit.model import Audit, AuditMember, Enterprise, Park, Person, RowVersion, TeamRole
from recp_audit.services import navigation, records


def first_audit(workspace):
    """The first audit of the first park (its first enterprises may have none)."""
    return next(e for e in navigation.load_tree(workspace)[0].enterprises if e.audits).audits[0]


def test_create_update_and_read_back(workspace):
    park_id = records.create(workspace, Park, {"name": "Парк", "latitude": "54,2",
                                               "longitude": "28,5"})
    enterprise_id = records.create(workspace, Enterprise, {
        "name": "Завод", "park_id": park_id, "nace_code": "23.61", "annual_output": "96 000",
        "annual_output_unit": "м3"})
    records.update(workspace, Enterprise, enterprise_id, {"employees": "318"})
    values = records.values_of(workspace, Enterprise, enterprise_id)
    assert values["employees"] == 318 and values["annual_output"] == 96000.0
    assert values["park_id"] == park_id


def test_invalid_input_saves_nothing(workspace):
    park_id = records.create(workspace, Park, {"name": "Парк"})
    with pytest.raises(ValidationError) as caught:
        records.update(workspace, Park, park_id, {"name": "  "})
    assert caught.value.field == "name"
    assert records.values_of(workspace, Park, park_id)["name"] == "Парк"
    with workspace.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(RowVersion)) == 1


def test_parent_must_exist(workspace):
    from recp_audit.model import new_id

    with pytest.raises(ValidationError) as caught:
        records.create(workspace, Audit, {"enterprise_id": new_id(), "title": "A"})
    assert caught.value.field == "enterprise_id"


def test_deleting_a_park_tombstones_everything_under_it(demo):
    park = navigation.load_tree(demo)[0]
    impact = records.deletion_impact(demo, Park, park.id)
    assert impact["enterprise"] == 11 and impact["audit"] == 4 and impact["audit_member"] == 11
    # 14 candidates touch the park (with the Orsha bakery's bread to the farm and to the
    # biogas plant), each counted once
    assert impact["stream"] == 20 and impact["candidate"] == 14
    assert records.delete(demo, Park, park.id) == impact
    tree = navigation.load_tree(demo)
    assert [node.id for node in tree] == [None]  # only the enterprise outside a park is left
    with demo.session() as session:
        kept = session.scalars(sa.select(Enterprise).execution_options(include_deleted=True))
        assert sum(e.deleted for e in kept) == 11
    with pytest.raises(NotFoundError):
        records.values_of(demo, Park, park.id)


def test_team_changes_touch_only_what_changed(demo):
    audit_id = first_audit(demo).id
    team = records.team(demo, audit_id)
    people = {p.name: p.id for p in records.people(demo)}
    lead = people["Ковалёв Дмитрий Николаевич"]
    newcomer = people["Сидорова Наталья Викторовна"]
    changed = dict(team)
    changed[newcomer] = TeamRole.MATERIALS
    changed.pop(people["Петров Андрей Сергеевич"])
    changed[lead] = TeamRole.LEAD
    with demo.session() as session:
        before = session.scalar(sa.select(sa.func.count()).select_from(RowVersion))
    records.set_team(demo, audit_id, changed)
    assert records.team(demo, audit_id) == changed
    with demo.session() as session:
        after = session.scalar(sa.select(sa.func.count()).select_from(RowVersion))
    assert after - before == 2  # one new member, one tombstone; the lead row untouched


def test_deleting_a_person_removes_them_from_teams(demo):
    person = next(p for p in records.people(demo) if p.name.startswith("Петров"))
    assert records.deletion_impact(demo, Person, person.id)["audit_member"] == 4
    records.delete(demo, Person, person.id)
    with demo.session() as session:
        assert not session.scalars(
            sa.select(AuditMember).where(AuditMember.person_id == person.id)).all()
