"""Merging experts' files: receipts, automatic merges, conflicts and their resolution,
checks of the sources, dry runs, backups and interrupted merges."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import uuid

import pytest

from recp_audit.model.history import DELETED
from recp_audit.messages import WorkspaceError
from recp_audit.model import Enterprise, Park, Person
from recp_audit.services import merge, records
from recp_audit.services.merge import MergeError
from recp_audit.store.db import open_workspace
from recp_audit.store.migrate import SCHEMA_VERSION
from recp_audit.model.versioning import canonical_json, revision_of
from tests.merge.helpers import copy_of, dump, edit, revisions, row


@pytest.fixture
def lead(tmp_path):
    """The lead's file: a park with an enterprise, and two experts' copies of it."""
    from recp_audit.store.db import create_workspace

    workspace = create_workspace(tmp_path / "lead.sqlite", author="lead")
    park = records.create(workspace, Park, {"name": "Park"})
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "park_id": park,
                                                  "employees": 400})
    workspace.firm = firm
    copy_of(workspace, tmp_path / "energy.sqlite")
    copy_of(workspace, tmp_path / "water.sqlite")
    yield workspace
    workspace.close()


def test_two_experts_merge_with_one_conflict_that_the_lead_resolves(lead, tmp_path):
    energy, water = tmp_path / "energy.sqlite", tmp_path / "water.sqlite"
    edit(energy, lambda ws: records.update(ws, Enterprise, lead.firm,
                                           {"employees": 410, "address": "Zavodskaya 12"}))
    edit(water, lambda ws: records.update(ws, Enterprise, lead.firm,
                                          {"employees": 420, "shifts": 3}))
    edit(water, lambda ws: records.create(ws, Person, {"name": "Water expert"}))
    first, second = merge.merge(lead, [energy, water], backup_dir=tmp_path)
    assert first.outcome.as_json()["entities"] == {
        "enterprise": {"new": 0, "fast_forwarded": 1, "merged": 0, "conflicts": 0}}
    assert second.outcome.as_json()["entities"] == {
        "enterprise": {"new": 0, "fast_forwarded": 0, "merged": 0, "conflicts": 1},
        "person": {"new": 1, "fast_forwarded": 0, "merged": 0, "conflicts": 0}}
    (conflict,) = merge.conflicts(lead)
    assert (conflict.entity, conflict.field, conflict.base) == ("enterprise", "employees", 400)
    assert sorted(conflict.values.values()) == [410, 420]
    merged = records.values_of(lead, Enterprise, lead.firm)
    assert (merged["address"], merged["shifts"]) == ("Zavodskaya 12", 3)  # both sides kept
    assert [r.counts["versions"] for r in merge.history(lead)] == [2, 1]
    assert len(list(tmp_path.glob("lead.before-merge.*.sqlite"))) == 1

    merge.resolve(lead, "enterprise", lead.firm, {"employees": 415})
    assert merge.conflicts(lead) == []
    assert records.values_of(lead, Enterprise, lead.firm)["employees"] == 415
    again = merge.merge(lead, [energy, water], backup_dir=tmp_path)
    assert [r.outcome.versions for r in again] == [0, 0]  # repeating changes nothing
    back = merge.merge(open_workspace(water), [tmp_path / "lead.sqlite"], backup_dir=tmp_path)
    assert back[0].outcome.total("conflicts") == 0  # the resolution merges cleanly
    water_side = open_workspace(water)
    assert records.values_of(water_side, Enterprise, lead.firm)["employees"] == 415
    assert merge.conflicts(water_side) == []
    water_side.close()


def test_resolving_with_the_value_shown_still_settles_the_conflict_in_other_copies(
        lead, tmp_path):
    """The merged row shows the later side's value; a resolution choosing exactly that
    value has the same parents and data as the merged row, and must still be a new
    revision, or the copy that merges it back would keep its conflict."""
    energy, water = tmp_path / "energy.sqlite", tmp_path / "water.sqlite"
    edit(energy, lambda ws: records.update(ws, Enterprise, lead.firm, {"employees": 410}))
    edit(water, lambda ws: records.update(ws, Enterprise, lead.firm, {"employees": 420}))
    merge.merge(lead, [energy, water], backup_dir=tmp_path)
    edit(water, lambda ws: merge.merge(ws, [energy], backup_dir=tmp_path))
    shown = records.values_of(lead, Enterprise, lead.firm)["employees"]
    merge.resolve(lead, "enterprise", lead.firm, {"employees": shown})
    edit(water, lambda ws: merge.merge(ws, [lead.path], backup_dir=tmp_path))
    assert dump(water)["merge_conflict"] == []


def test_an_edit_against_a_deletion_is_a_conflict_and_keeps_the_edit(lead, tmp_path):
    energy, water = tmp_path / "energy.sqlite", tmp_path / "water.sqlite"
    edit(energy, lambda ws: records.delete(ws, Enterprise, lead.firm))
    edit(water, lambda ws: records.update(ws, Enterprise, lead.firm, {"employees": 390}))
    merge.merge(lead, [energy, water], backup_dir=tmp_path)
    (conflict,) = merge.conflicts(lead)
    assert conflict.field == DELETED
    kept = row(lead, Enterprise, lead.firm)
    assert not kept.deleted and kept.employees == 390  # nothing is lost until decided
    merge.resolve(lead, "enterprise", lead.firm, {DELETED: True})
    assert row(lead, Enterprise, lead.firm).deleted and merge.conflicts(lead) == []


def test_a_deletion_against_no_change_deletes(lead, tmp_path):
    edit(tmp_path / "energy.sqlite", lambda ws: records.delete(ws, Enterprise, lead.firm))
    outcome = merge.merge(lead, [tmp_path / "energy.sqlite"], backup_dir=tmp_path)[0].outcome
    assert outcome.total("fast_forwarded") == 1 and row(lead, Enterprise, lead.firm).deleted


def test_a_local_edit_after_an_automatic_merge_builds_on_both_heads(lead, tmp_path):
    energy, water = tmp_path / "energy.sqlite", tmp_path / "water.sqlite"
    edit(energy, lambda ws: records.update(ws, Enterprise, lead.firm, {"address": "A"}))
    edit(water, lambda ws: records.update(ws, Enterprise, lead.firm, {"shifts": 2}))
    merge.merge(lead, [energy, water], backup_dir=tmp_path)
    assert merge.conflicts(lead) == []
    records.update(lead, Enterprise, lead.firm, {"main_products": "milk"})
    merged_again = merge.merge(lead, [energy, water], backup_dir=tmp_path)
    assert [r.outcome.versions for r in merged_again] == [0, 0]
    values = records.values_of(lead, Enterprise, lead.firm)
    assert (values["address"], values["shifts"], values["main_products"]) == ("A", 2, "milk")


def test_a_dry_run_writes_nothing_and_says_what_a_merge_would_do(lead, tmp_path):
    energy = tmp_path / "energy.sqlite"
    edit(energy, lambda ws: records.create(ws, Person, {"name": "Expert"}))
    before = dump(lead.path)
    (dry,) = merge.merge(lead, [energy], dry_run=True, backup_dir=tmp_path)
    assert dump(lead.path) == before and merge.history(lead) == []
    assert list(tmp_path.glob("lead.before-merge.*")) == []
    (real,) = merge.merge(lead, [energy], backup_dir=tmp_path)
    assert dry.outcome.as_json() == real.outcome.as_json()
    lead.close()
    read_only = open_workspace(lead.path, read_only=True)
    assert merge.merge(read_only, [energy], dry_run=True)[0].outcome.versions == 0
    read_only.close()


def test_sources_are_checked_before_anything_changes(lead, tmp_path):
    before = dump(lead.path)
    with pytest.raises(MergeError, match="the open workspace itself"):
        merge.merge(lead, [lead.path], backup_dir=tmp_path)
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(MergeError, match="another program, not a recp_audit workspace"):
        merge.merge(lead, [foreign], backup_dir=tmp_path)
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="not an SQLite database"):
        merge.merge(lead, [text], backup_dir=tmp_path)
    newer = tmp_path / "newer.sqlite"
    shutil.copy(tmp_path / "energy.sqlite", newer)
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(MergeError, match="written by a newer version"):
        merge.merge(lead, [newer], backup_dir=tmp_path)
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray((tmp_path / "energy.sqlite").read_bytes())
    data[4096 * 2:4096 * 2 + 400] = b"\xff" * 400
    damaged.write_bytes(bytes(data))
    with pytest.raises(Exception, match="damaged|cannot be read|malformed"):
        merge.merge(lead, [damaged], backup_dir=tmp_path)
    assert dump(lead.path) == before


def _old_revision(entity: str, entity_id: uuid.UUID, parents: list[str], data: dict) -> str:
    """The revision hash of schema 8 and before (no author, clock or origin)."""
    payload = json.dumps({"entity": entity, "id": str(entity_id), "parents": sorted(parents),
                          "deleted": False, "data": data},
                         sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def older_file(path, schema: str = "0008_private") -> uuid.UUID:
    """A workspace as the previous program version left it: a person created and then
    renamed, logged under the old hash; the person's id."""
    from recp_audit.store import db, migrate

    engine = db._make_engine(path, read_only=False)
    migrate.upgrade(engine, schema)
    db.ensure_identity(engine)
    engine.dispose()
    person, origin = uuid.uuid4(), uuid.uuid4()
    first = {"name": "From an older program", "organisation": "", "role": "expert",
             "email": ""}
    second = {**first, "name": "Renamed in the older program"}
    one = _old_revision("person", person, [], first)
    two = _old_revision("person", person, [one], second)
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        for revision, parents, stamp, data in ((one, [], "1763700000000.00000", first),
                                               (two, [one], "1763700000001.00000", second)):
            connection.execute(
                "INSERT INTO row_version (revision, entity, entity_id, parents, hlc, origin, "
                "author, deleted, data) VALUES (?, 'person', ?, ?, ?, ?, 'old', 0, ?)",
                (revision, person.hex, json.dumps(parents), stamp, origin.hex,
                 json.dumps(data)))
        connection.execute(
            "INSERT INTO person (id, name, organisation, role, email, revision, parents, hlc, "
            "origin, author, deleted) VALUES (?, ?, '', 'expert', '', ?, ?, "
            "'1763700000001.00000', ?, 'old', 0)",
            (person.hex, second["name"], two, json.dumps([one]), origin.hex))
    return person


def test_an_older_source_is_upgraded_on_a_copy(lead, tmp_path):
    older = tmp_path / "older.sqlite"
    person = older_file(older, "0006_symbiosis")
    bytes_before = older.read_bytes()
    (receipt,) = merge.merge(lead, [older], backup_dir=tmp_path)
    assert receipt.upgraded_from == 6 and receipt.outcome.total("new") == 1
    assert receipt.outcome.rejected == []  # its versions were named anew, and verify
    assert older.read_bytes() == bytes_before
    assert records.values_of(lead, Person, person)["name"] == "Renamed in the older program"


def test_upgrading_names_every_version_anew_and_keeps_the_history(tmp_path):
    older = tmp_path / "older.sqlite"
    person = older_file(older)
    open_workspace(older, backup_dir=tmp_path).close()
    with sqlite3.connect(older) as connection:
        log = connection.execute("SELECT revision, parents, hlc, origin, author, data "
                                 "FROM row_version ORDER BY hlc").fetchall()
        (current,) = connection.execute("SELECT revision, parents FROM person").fetchall()
    first, second = log
    assert json.loads(second[1]) == [first[0]]  # the graph kept its shape
    assert current == (second[0], json.dumps([first[0]]))
    for revision, parents, hlc, origin, author, data in log:
        assert revision == revision_of("person", person, json.loads(parents), False, [], hlc,
                                       uuid.UUID(origin), author, data)
        assert data == canonical_json(json.loads(data))


def test_photos_are_stored_once_by_content(lead, tmp_path):
    from recp_audit.services import photos

    from tests.merge.images import png

    for name in ("energy.sqlite", "water.sqlite"):
        edit(tmp_path / name, lambda ws: photos.add_photo(ws, lead.firm, png(), "leak.png"))
    merge.merge(lead, [tmp_path / "energy.sqlite", tmp_path / "water.sqlite"],
                backup_dir=tmp_path)
    with sqlite3.connect(lead.path) as connection:
        assert connection.execute("SELECT count(*) FROM blob").fetchone()[0] == 1
        assert connection.execute("SELECT count(*) FROM photo").fetchone()[0] == 2


def test_a_failing_merge_leaves_the_target_as_it_was(lead, tmp_path, monkeypatch):
    from recp_audit.merge import merge as engine

    edit(tmp_path / "energy.sqlite", lambda ws: records.update(
        ws, Enterprise, lead.firm, {"employees": 1}))
    before = dump(lead.path)

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(engine, "write_rows", broken)
    with pytest.raises(OSError):
        merge.merge(lead, [tmp_path / "energy.sqlite"], backup_dir=tmp_path)
    assert dump(lead.path) == before


KILL_SCRIPT = """
import os, sys, threading
from pathlib import Path
from recp_audit.merge import merge as engine
from recp_audit.services import merge
from recp_audit.store.db import open_workspace
original = engine.restore_parents
def slow(connection):
    original(connection)
    print("written", flush=True)
    threading.Event().wait(60)  # killed here, before the commit
engine.restore_parents = slow
merge.merge(open_workspace(Path(sys.argv[1])), [Path(sys.argv[2])], backup_dir=Path(sys.argv[3]))
"""


def test_a_killed_merge_leaves_the_target_as_it_was(lead, tmp_path):
    energy = tmp_path / "energy.sqlite"
    edit(energy, lambda ws: [records.create(ws, Person, {"name": f"P{n}"}) for n in range(50)])
    lead.close()
    before = dump(tmp_path / "lead.sqlite")
    process = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(tmp_path / "lead.sqlite"),
                                str(energy), str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "written"
    process.kill()
    process.wait()
    after = open_workspace(tmp_path / "lead.sqlite")
    after.close()
    assert dump(tmp_path / "lead.sqlite") == before
    assert not revisions(energy) <= revisions(tmp_path / "lead.sqlite")


def test_a_bad_file_among_several_stops_the_merge_before_any_change(lead, tmp_path):
    edit(tmp_path / "energy.sqlite", lambda ws: records.create(ws, Person, {"name": "E"}))
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = dump(lead.path)
    with pytest.raises(Exception):
        merge.merge(lead, [tmp_path / "energy.sqlite", broken], backup_dir=tmp_path)
    assert dump(lead.path) == before


def test_rows_rebuilt_by_a_merge_store_times_as_the_program_does(lead, tmp_path):
    """A rebuilt row's time is stored in the same text form as one the program saved,
    so comparisons in SQL (readings since a moment) see both alike."""
    import datetime as dt

    from recp_audit.model import Audit, MeasurementPoint, Reading

    audit = records.create(lead, Audit, {"enterprise_id": lead.firm, "title": "Energy"})
    point = records.create(lead, MeasurementPoint, {"audit_id": audit, "name": "K-2"})
    reading = records.create(lead, Reading, {
        "point_id": point, "quantity": "active_power", "value": 41.5, "unit": "kW",
        "taken": dt.datetime(2026, 11, 21, 14, 5), "note": ""})
    energy, water = copy_of(lead, tmp_path / "e2.sqlite"), copy_of(lead, tmp_path / "w2.sqlite")
    edit(energy, lambda ws: records.update(ws, Reading, reading, {"note": "after start"}))
    edit(water, lambda ws: records.update(ws, Reading, reading, {"note": "steady"}))
    stored = "SELECT taken FROM reading WHERE id = ?"
    with sqlite3.connect(lead.path) as connection:
        (saved,) = connection.execute(stored, (reading.hex,)).fetchone()
    merge.merge(lead, [energy, water], backup_dir=tmp_path)
    assert [c.field for c in merge.conflicts(lead)] == ["note"]  # rebuilt from versions
    with sqlite3.connect(lead.path) as connection:
        assert connection.execute(stored, (reading.hex,)).fetchone() == (saved,)
