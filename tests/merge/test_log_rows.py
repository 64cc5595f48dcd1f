"""Rows built in SQL from their one logged version equal those built in Python, and
versions not in the canonical form that SQL relies on are refused by the pull's check."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import sqlalchemy as sa

from recp_audit.merge.merge import (Outcome, insert_all, load_versions, versioned_tables,
                                    write_rows)
from recp_audit.model.history import Version
from recp_audit.model import Reading, RowVersion
from recp_audit.model.checklist import Blob
from recp_audit.model.versioning import make_version
from recp_audit.merge.log_rows import buildable, insert_from_log
from recp_audit.merge.verify import BadValue, check_version
from recp_audit.store.db import create_workspace
from tests.merge.helpers import dump

STAMP = "1795264912352.00000"  # a clock stamp


def _logged(version: Version, entity: str, entity_id: uuid.UUID) -> dict:
    return {"revision": version.revision, "entity": entity, "entity_id": entity_id,
            "parents": list(version.parents), "hlc": version.hlc,
            "origin": uuid.UUID(version.origin), "author": version.author,
            "deleted": version.deleted, "resolved": list(version.resolved), "login": None,
            "data": version.stored}


def _old_reading(point_id: uuid.UUID) -> tuple[uuid.UUID, Version]:
    """A reading logged before `note` and `uncertainty` existed, later deleted."""
    reading_id = uuid.uuid4()
    data = {"point_id": str(point_id), "quantity": "active_power", "value": 12,
            "unit": "kW", "taken": "2026-11-21T14:05:00.250000", "instrument_id": None}
    return reading_id, make_version("reading", reading_id, data, deleted=True, hlc=STAMP,
                                    origin=uuid.uuid4(), author="expert")


def _write(path, versions_by_table, blobs, in_sql: bool):
    """A new file holding the versions (and the photos' bytes), its rows built in SQL
    where `in_sql` allows."""
    workspace = create_workspace(path, author="test")
    with workspace.engine.begin() as connection:
        insert_all(connection, Blob.__table__, blobs)
        for table in versioned_tables():
            versions = versions_by_table.get(table.name, {})
            insert_all(connection, RowVersion.__table__, [
                _logged(v, table.name, entity_id)
                for entity_id, found in versions.items() for v in found.values()],
                as_stored=frozenset({"data"}))
            single = [i for i, found in versions.items() if len(found) == 1]
            if in_sql and buildable(connection, table):
                written = insert_from_log(connection, table,
                                          [next(iter(versions[i])) for i in single])
                assert written == len(single)
                versions = {i: v for i, v in versions.items() if i not in single}
            write_rows(connection, table, versions, Outcome())
    workspace.close()
    return dump(path)


def test_rows_built_in_sql_equal_rows_built_in_python(demo, tmp_path):
    with demo.engine.connect() as connection:
        everything = {table.name: load_versions(connection, table.name, list(
            connection.scalars(sa.select(table.c.id)).all())) for table in versioned_tables()}
        blobs = [dict(row._mapping) for row in connection.execute(sa.select(Blob.__table__))]
    point_id = next(iter(everything["measurement_point"]))
    reading_id, old = _old_reading(point_id)
    everything["reading"][reading_id] = {old.revision: old}

    in_python = _write(tmp_path / "python.sqlite", everything, blobs, in_sql=False)
    in_sql = _write(tmp_path / "sql.sqlite", everything, blobs, in_sql=True)
    assert in_sql == in_python
    assert len(in_sql["reading"]) > 50  # the demo's readings went through SQL
    place = list(Reading.__table__.c.keys())
    (row,) = [r for r in in_sql["reading"] if r[place.index("id")] == reading_id.hex]
    assert row[place.index("note")] == "" and row[place.index("uncertainty")] is None
    assert row[place.index("taken")] == "2026-11-21 14:05:00.250000"
    assert row[place.index("deleted")] == 1


@pytest.mark.parametrize("field, value, reason", [
    ("point_id", "ABCDEF00-0000-0000-0000-000000000000", "point_id"),
    ("point_id", "{abcdef00-0000-0000-0000-000000000000}", "point_id"),
    ("taken", "2026-11-21T14:05:00+03:00", "taken"),
    ("taken", "2026-11-21 14:05", "taken"),
])
def test_ids_and_times_not_in_canonical_form_are_refused(field, value, reason):
    reading_id = uuid.uuid4()
    data = {"point_id": str(uuid.uuid4()), "quantity": "active_power", "value": 12.0,
            "unit": "kW", "taken": dt.datetime(2026, 11, 21, 14, 5).isoformat(),
            "instrument_id": None, "uncertainty": None, "note": "", field: value}
    version = make_version("reading", reading_id, data, hlc=STAMP, origin=uuid.uuid4(),
                           author="x")
    with pytest.raises(BadValue, match=reason):
        check_version(Reading.__table__, reading_id, version)
    good = {**data, field: data[field] if field == "taken" else str(uuid.uuid4())}
    good["taken"] = "2026-11-21T14:05:00"
    fine = make_version("reading", reading_id, good, hlc=STAMP, origin=uuid.uuid4(),
                        author="x")
    check_version(Reading.__table__, reading_id, fine)
