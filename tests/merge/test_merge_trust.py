"""Merging never loses, hides or forges an expert's work: the cases found from outside
(issue 22) and what a damaged or hostile colleague's file does."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import time

import pytest
import sqlalchemy as sa

from recp_audit.model import Audit, Enterprise, MeasurementPoint, Park, Photo, Reading
from recp_audit.model.clock import format_stamp
from recp_audit.model.history import DELETED
from recp_audit.model.versioning import make_version
from recp_audit.services import measurements, merge, photos, records
from recp_audit.store.db import open_workspace
from tests.merge.helpers import copy_of, dairy_file, dump, edit, row
from tests.merge.images import png


@pytest.fixture
def dairy(tmp_path):
    """A dairy with an audit and a measurement point, in the lead's file."""
    workspace = dairy_file(tmp_path / "lead.sqlite")
    yield workspace
    workspace.close()


def merged(start, sources, folder, name):
    """A copy of `start` with `sources` merged in that order; its receipts."""
    path = folder / name
    shutil.copy(start, path)
    workspace = open_workspace(path)
    try:
        return path, merge.merge(workspace, sources, backup_dir=folder)
    finally:
        workspace.close()


def value(path, model, record_id, key):
    workspace = open_workspace(path)
    try:
        return records.values_of(workspace, model, record_id)[key]
    finally:
        workspace.close()


def test_a_value_changed_and_changed_back_stays_changed_back(dairy, tmp_path):
    """Anna 412 -> 500 -> 412; Boris took her file at 500 and edited another field;
    Carl edited a third field. Every order and grouping gives 412, without a conflict."""
    firm = dairy.ids["firm"]
    anna = copy_of(dairy, tmp_path / "anna.sqlite")
    carl = copy_of(dairy, tmp_path / "carl.sqlite")
    edit(anna, lambda ws: records.update(ws, Enterprise, firm, {"employees": 500}))
    boris = tmp_path / "boris.sqlite"
    edit(anna, lambda ws: ws.save_as(boris).close())
    edit(anna, lambda ws: records.update(ws, Enterprise, firm, {"employees": 412}))
    edit(boris, lambda ws: records.update(ws, Enterprise, firm, {"address": "Zavodskaya 1"}))
    edit(carl, lambda ws: records.update(ws, Enterprise, firm, {"shifts": 3}))
    lead = dairy.path
    dairy.close()
    results = []
    for n, sources in enumerate(([anna, boris], [anna, boris, carl], [carl, boris, anna],
                                 [boris, carl, anna])):
        path, _ = merged(lead, sources, tmp_path, f"lead{n}.sqlite")
        results.append(path)
        assert value(path, Enterprise, firm, "employees") == 412
        assert dump(path)["merge_conflict"] == []
    path, _ = merged(results[0], [carl], tmp_path, "later.sqlite")  # Carl after the others
    assert dump(path) == dump(results[1])


def test_a_reading_added_under_a_point_deleted_elsewhere_stays_visible(dairy, tmp_path):
    ids = dairy.ids
    anna = copy_of(dairy, tmp_path / "anna.sqlite")
    boris = copy_of(dairy, tmp_path / "boris.sqlite")
    edit(anna, lambda ws: records.delete(ws, Audit, ids["audit"]))  # with its point
    made = {}
    edit(boris, lambda ws: made.update(reading=records.create(ws, Reading, {
        "point_id": ids["point"], "quantity": "active_power", "value": 52.1, "unit": "kW",
        "taken": "2026-11-21T10:00:00"})))
    receipts = merge.merge(dairy, [anna, boris], backup_dir=tmp_path)
    assert receipts[1].outcome.counts["reading"]["new"] == 1
    # The reading, its point and its audit are all visible, and the lead is asked.
    assert [r.value for r in measurements.readings_of(dairy, ids["point"])] == [52.1]
    assert not row(dairy, MeasurementPoint, ids["point"]).deleted
    assert not row(dairy, Audit, ids["audit"]).deleted
    asked = {(c.entity, c.field) for c in merge.conflicts(dairy)}
    assert asked == {("measurement_point", DELETED), ("audit", DELETED)}
    point_conflict = next(c for c in merge.conflicts(dairy) if c.entity == "measurement_point")
    assert sorted(point_conflict.values.values()) == [False, True]
    # Merging in the other order gives the same.
    other, _ = merged(tmp_path / "boris.sqlite", [dairy.path, anna], tmp_path, "other.sqlite")
    assert dump(other)["merge_conflict"] == dump(dairy.path)["merge_conflict"]

    # Deleting settles it: the point goes with the reading, and nothing comes back.
    merge.resolve(dairy, "measurement_point", ids["point"], {DELETED: True})
    assert row(dairy, Reading, made["reading"]).deleted
    merge.resolve(dairy, "audit", ids["audit"], {DELETED: True})
    assert merge.conflicts(dairy) == []
    merge.merge(dairy, [anna, boris], backup_dir=tmp_path)
    assert merge.conflicts(dairy) == [] and row(dairy, Audit, ids["audit"]).deleted


def test_keeping_a_restored_parent_settles_it(dairy, tmp_path):
    ids = dairy.ids
    anna = copy_of(dairy, tmp_path / "anna.sqlite")
    boris = copy_of(dairy, tmp_path / "boris.sqlite")
    edit(anna, lambda ws: records.delete(ws, MeasurementPoint, ids["point"]))
    edit(boris, lambda ws: records.create(ws, Reading, {
        "point_id": ids["point"], "quantity": "active_power", "value": 1, "unit": "kW",
        "taken": "2026-11-21T10:00:00"}))
    merge.merge(dairy, [anna, boris], backup_dir=tmp_path)
    merge.resolve(dairy, "measurement_point", ids["point"], {DELETED: False})
    assert merge.conflicts(dairy) == []
    back, _ = merged(anna, [dairy.path], tmp_path, "anna-after.sqlite")
    assert not row_in(back, MeasurementPoint, ids["point"]).deleted  # Anna gets it back


def row_in(path, model, record_id):
    workspace = open_workspace(path)
    try:
        return row(workspace, model, record_id)
    finally:
        workspace.close()


def test_editing_a_conflicted_record_updates_its_conflict(dairy, tmp_path):
    """The conflicts page never offers values older than the record: an edit of the
    conflicting field settles it with the new value; an edit of another field keeps the
    conflict as it is, and choosing a side then keeps that edit."""
    firm = dairy.ids["firm"]
    anna = copy_of(dairy, tmp_path / "anna.sqlite")
    boris = copy_of(dairy, tmp_path / "boris.sqlite")
    edit(anna, lambda ws: records.update(ws, Enterprise, firm, {"employees": 500}))
    edit(boris, lambda ws: records.update(ws, Enterprise, firm, {"employees": 520}))
    merge.merge(dairy, [anna, boris], backup_dir=tmp_path)
    (conflict,) = merge.conflicts(dairy)
    assert sorted(conflict.values.values()) == [500, 520]

    records.update(dairy, Enterprise, firm, {"address": "Zavodskaya 1"})
    (conflict,) = merge.conflicts(dairy)
    assert sorted(conflict.values.values()) == [500, 520]
    merge.resolve(dairy, "enterprise", firm, {"employees": 500})
    values = records.values_of(dairy, Enterprise, firm)
    assert (values["employees"], values["address"]) == (500, "Zavodskaya 1")

    edit(anna, lambda ws: records.update(ws, Enterprise, firm, {"employees": 510}))
    merge.merge(dairy, [anna], backup_dir=tmp_path)
    (conflict,) = merge.conflicts(dairy)  # Anna changed it again without seeing the choice
    records.update(dairy, Enterprise, firm, {"employees": 530})
    assert merge.conflicts(dairy) == []
    assert records.values_of(dairy, Enterprise, firm)["employees"] == 530
    merge.merge(dairy, [anna, boris], backup_dir=tmp_path)
    assert records.values_of(dairy, Enterprise, firm)["employees"] == 530


# Damaged and hostile files ------------------------------------------------------------

def _tamper(path, sql, *params):
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(sql, params)


def _log_of(path, entity_id):
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT revision, data FROM row_version WHERE entity_id = ? "
                                  "ORDER BY hlc DESC", (entity_id.hex,)).fetchall()


def test_a_version_altered_in_a_file_is_refused_and_a_good_copy_repairs_it(dairy, tmp_path):
    firm, point = dairy.ids["firm"], dairy.ids["point"]
    good = copy_of(dairy, tmp_path / "anna.sqlite")
    edit(good, lambda ws: records.update(ws, Enterprise, firm, {"employees": 500}))
    edit(good, lambda ws: records.update(ws, MeasurementPoint, point, {"name": "Boiler 2"}))
    bad = tmp_path / "mallory.sqlite"
    shutil.copy(good, bad)
    revision, data = _log_of(bad, firm)[0]
    _tamper(bad, "UPDATE row_version SET data = ? WHERE revision = ?",
            data.replace("500", "5000"), revision)
    before = dump(dairy.path)
    (receipt,) = merge.merge(dairy, [bad], backup_dir=tmp_path)
    (refused,) = receipt.outcome.rejected
    assert (refused.entity, refused.entity_id, refused.label) == ("enterprise", firm, "Dairy")
    assert "does not match its revision" in str(refused.reason)
    assert records.values_of(dairy, Enterprise, firm)["employees"] == 412
    assert records.values_of(dairy, MeasurementPoint, point)["name"] == "Boiler 2"
    assert dump(dairy.path)["enterprise"] == before["enterprise"]
    (receipt,) = merge.merge(dairy, [good], backup_dir=tmp_path)
    assert receipt.outcome.rejected == []
    assert records.values_of(dairy, Enterprise, firm)["employees"] == 500


def test_a_row_changed_without_a_version_is_named_and_its_version_taken(dairy, tmp_path):
    firm = dairy.ids["firm"]
    other = copy_of(dairy, tmp_path / "anna.sqlite")
    edit(other, lambda ws: records.update(ws, Enterprise, firm, {"employees": 500}))
    _tamper(other, "UPDATE enterprise SET employees = 9999, name = 'Forged' WHERE id = ?",
            firm.hex)
    (receipt,) = merge.merge(dairy, [other], backup_dir=tmp_path)
    assert [(r.entity, r.entity_id) for r in receipt.outcome.rejected] == [("enterprise", firm)]
    assert "without a version" in str(receipt.outcome.rejected[0].reason)
    values = records.values_of(dairy, Enterprise, firm)
    assert (values["employees"], values["name"]) == (500, "Dairy")


def test_photo_bytes_corrupted_under_their_hash_are_refused(dairy, tmp_path):
    point = dairy.ids["point"]
    good = copy_of(dairy, tmp_path / "anna.sqlite")
    made = {}
    edit(good, lambda ws: made.update(photo=photos.add_photo(ws, point, png(), "leak.png")))
    bad = tmp_path / "mallory.sqlite"
    shutil.copy(good, bad)
    _tamper(bad, "UPDATE blob SET data = ?", b"\x89PNG half a picture")
    (receipt,) = merge.merge(dairy, [bad], backup_dir=tmp_path)
    assert [(r.entity, r.entity_id) for r in receipt.outcome.rejected] == [("photo", made["photo"])]
    assert "photo or series bytes" in str(receipt.outcome.rejected[0].reason)
    with dairy.session() as session:
        assert session.scalars(sa.select(Photo)).all() == []
    merge.merge(dairy, [good], backup_dir=tmp_path)
    (shown,) = photos.photos_of(dairy, point)
    assert photos.photo_bytes(dairy, shown.sha256) == png()


def test_damaged_json_and_a_future_clock_are_refused_and_named(dairy, tmp_path):
    firm, point = dairy.ids["firm"], dairy.ids["point"]
    other = copy_of(dairy, tmp_path / "anna.sqlite")
    edit(other, lambda ws: records.update(ws, Enterprise, firm, {"employees": 500}))
    edit(other, lambda ws: records.create(ws, Park, {"name": "Second park"}))
    revision, _ = _log_of(other, firm)[0]
    _tamper(other, "UPDATE row_version SET data = '{\"employees\": 5' WHERE revision = ?",
            revision)
    # A well-hashed version stamped in the year 2999 (it would drag every clock there).
    future = make_version("measurement_point", point, {
        "audit_id": str(dairy.ids["audit"]), "name": "From the future", "area": "energy",
        "notes": ""}, parents=(_log_of(other, point)[0][0],),
        hlc=format_stamp(32503680000000, 0), origin=dairy.file_id, author="mallory")
    _tamper(other, "INSERT INTO row_version (revision, entity, entity_id, parents, hlc, origin, "
                   "author, deleted, data, resolved) VALUES (?, 'measurement_point', ?, ?, ?, "
                   "?, 'mallory', 0, ?, '[]')",
            future.revision, point.hex, json.dumps(list(future.parents)), future.hlc,
            dairy.file_id.hex, future.stored)
    clock_before = dairy.clock.now()
    (receipt,) = merge.merge(dairy, [other], backup_dir=tmp_path)
    reasons = {(r.entity, r.entity_id): str(r.reason) for r in receipt.outcome.rejected}
    assert "damaged JSON" in reasons[("enterprise", firm)]
    assert "stamped in the future (01.01.3000)" in reasons[("measurement_point", point)]
    assert receipt.outcome.counts["park"]["new"] == 1  # the rest merged
    assert dairy.clock.now() < format_stamp(int(time.time() * 1000) + 60_000, 0)
    assert dairy.clock.now() > clock_before
