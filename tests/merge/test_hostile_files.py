"""A colleague's file damaged or forged at random (hypothesis): any column of any
version, row or blob replaced by junk. The merge either refuses the whole file with one
clear line or takes what checks out: it never fails with a traceback, never takes a
version that is not its content's hash, and leaves every row built from its versions."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from recp_audit.merge.merge import LOG_COLUMNS
from recp_audit.merge.verify import revision_in_sql
from recp_audit.messages import RecpError
from recp_audit.model import Audit, Enterprise, MeasurementPoint, Park, Reading
from recp_audit.services import merge, photos, records
from recp_audit.store.db import create_workspace, open_workspace
from tests.merge.helpers import copy_of
from tests.merge.images import png

JUNK = (None, "", "x", 0, -1, 1e308, "NaN", b"\x00\xff", "{", "[]", "{}", '{"a": 1}',
        "[1, 2]", '["x"]', "ABCDEF00ABCDEF00ABCDEF00ABCDEF00", "é" * 300,
        "9999999999999.99999", "99999999999999.00000", "2026-11-21T10:00:00", "\n")
TABLES = {"row_version": [c for c in LOG_COLUMNS if c != "login"],
          "enterprise": ["name", "employees", "revision", "park_id", "deleted"],
          "reading": ["value", "taken", "point_id", "revision"],
          "blob": ["data", "sha256"]}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The lead's file and a colleague's copy with edits, new records and a photo."""
    folder = tmp_path_factory.mktemp("hostile")
    lead = create_workspace(folder / "lead.sqlite", author="lead")
    park = records.create(lead, Park, {"name": "Park"})
    firm = records.create(lead, Enterprise, {"name": "Dairy", "park_id": park})
    audit = records.create(lead, Audit, {"title": "2026", "enterprise_id": firm})
    point = records.create(lead, MeasurementPoint, {"name": "Boiler", "audit_id": audit})
    other = copy_of(lead, folder / "colleague.sqlite")
    lead.close()
    colleague = open_workspace(other, author="colleague")
    records.update(colleague, Enterprise, firm, {"employees": 500})
    for n in range(3):
        records.create(colleague, Reading, {"point_id": point, "quantity": "active_power",
                                            "value": n, "unit": "kW",
                                            "taken": "2026-11-21T10:00:00"})
    photos.add_photo(colleague, point, png(), "leak.png")
    colleague.close()
    return folder / "lead.sqlite", other


damage = st.lists(st.tuples(st.sampled_from(sorted(TABLES)), st.integers(0, 50),
                            st.integers(0, 20), st.sampled_from(JUNK)), min_size=1, max_size=4)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=damage)
def test_a_damaged_or_forged_file_never_hurts_the_lead(files, tmp_path_factory, changes):
    folder = tmp_path_factory.mktemp("case")
    lead, source = shutil.copy(files[0], folder / "lead.sqlite"), folder / "colleague.sqlite"
    shutil.copy(files[1], source)
    with contextlib.closing(sqlite3.connect(source)) as connection, connection:
        for table, row, column, junk in changes:
            names = TABLES[table]
            rowids = [r[0] for r in connection.execute(f"SELECT rowid FROM {table}")]
            with contextlib.suppress(sqlite3.IntegrityError):  # the file's own constraints
                connection.execute(f'UPDATE {table} SET "{names[column % len(names)]}" = ? '
                                   f"WHERE rowid = ?", (junk, rowids[row % len(rowids)]))
    workspace = open_workspace(lead)
    try:
        merge.merge(workspace, [source], backup_dir=folder)
    except RecpError as exc:
        assert "\n" not in str(exc) and str(exc)
    finally:
        workspace.close()
    with contextlib.closing(sqlite3.connect(lead)) as connection:
        columns = ", ".join(c for c in LOG_COLUMNS if c not in ("revision", "login"))
        for revision, *parts in connection.execute(f"SELECT revision, {columns} FROM row_version"):
            entity, entity_id, parents, hlc, origin, author, deleted, resolved, data = parts
            assert revision_in_sql(entity, entity_id, parents, deleted, resolved, hlc, origin,
                                   author, data) == revision
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        assert problems == []
        for (table,) in connection.execute(
                "SELECT DISTINCT entity FROM row_version"):
            orphans = connection.execute(
                f"SELECT count(*) FROM {table} t WHERE t.revision NOT IN (SELECT revision "
                f"FROM row_version) AND t.parents = '[]'").fetchone()[0]
            assert orphans == 0, table
