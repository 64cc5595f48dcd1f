"""A team of experts on copies of one workspace, doing random things (hypothesis): edits,
edits that change a value back, deletions, records added under others, hand-overs of
files, merges between colleagues, resolutions. The lead then merges everybody's files in
different orders and groupings. Asserted, for every history:

- nothing lost: each expert's last value of every field is in the lead's result or in an
  open conflict there, unless another expert had seen it (built on it);
- nothing hidden: every live record is under live records (a record deleted in one copy
  under which another copy added or edited something is kept visible, with a conflict);
- order and direction do not matter (same rows, same conflicts), and merging again
  changes nothing;
- the conflicts offered always include the value the record shows (never stale);
- nothing received from colleagues' good files is refused.

RECP_TEAM_HISTORIES sets the number of histories (200 by default; a nightly-sized run:
RECP_TEAM_HISTORIES=5000 pytest tests/merge/test_team_properties.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from recp_audit.merge.merge import versioned_tables
from recp_audit.messages import NotFoundError, ValidationError
from recp_audit.model import Audit, Enterprise, MeasurementPoint, Park, Person, Reading
from recp_audit.model.history import DELETED
from recp_audit.services import merge, records
from recp_audit.store.db import create_workspace, open_workspace
from tests.merge.helpers import dump

HISTORIES = int(os.environ.get("RECP_TEAM_HISTORIES", "200"))
EXPERTS = 3
TEXTS = ("a", "b", "c")
FIELDS = {Person: {"name": TEXTS, "email": ("x@a.by", "y@a.by")},
          Park: {"name": TEXTS, "notes": TEXTS},
          Enterprise: {"name": TEXTS, "address": TEXTS, "employees": (100, 200, 300)},
          Audit: {"title": TEXTS},
          MeasurementPoint: {"name": TEXTS, "notes": TEXTS},
          Reading: {"value": (1.0, 2.0, 3.0), "note": TEXTS}}
CHILD = {Park: Enterprise, Enterprise: Audit, Audit: MeasurementPoint,
         MeasurementPoint: Reading, Person: Person, Reading: Reading}


def _new(model: type, parent: tuple[type, uuid.UUID], value: str) -> dict:
    """The fields of a new record of `model` under `parent` (a reading under a reading:
    beside it, under the same point)."""
    parent_model, parent_id = parent
    if model is Enterprise:
        return {"name": value, "park_id": parent_id}
    if model is Audit:
        return {"title": value, "enterprise_id": parent_id}
    if model is MeasurementPoint:
        return {"name": value, "audit_id": parent_id}
    if model is Reading:
        return {"point_id": parent_id, "quantity": "active_power", "value": 1.0, "unit": "kW",
                "taken": "2026-11-21T10:00:00", "note": value}
    return {"name": value}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A park with two enterprises, each with an audit, a point and a reading; people."""
    folder = tmp_path_factory.mktemp("team")
    workspace = create_workspace(folder / "base.sqlite", author="base")
    rows = [(Person, records.create(workspace, Person, {"name": "p"}))]
    park = records.create(workspace, Park, {"name": "park"})
    rows.append((Park, park))
    for n in range(2):
        firm = records.create(workspace, Enterprise, {"name": f"e{n}", "park_id": park,
                                                      "employees": 100})
        audit = records.create(workspace, Audit, {"title": "t", "enterprise_id": firm})
        point = records.create(workspace, MeasurementPoint, {"name": "m", "audit_id": audit})
        reading = records.create(workspace, Reading, _new(Reading, (MeasurementPoint, point),
                                                         "r"))
        rows += [(Enterprise, firm), (Audit, audit), (MeasurementPoint, point),
                 (Reading, reading)]
    workspace.close()
    return folder / "base.sqlite", rows


expert = st.integers(0, EXPERTS - 1)
index = st.integers(0, 1000)
operation = st.one_of(
    st.tuples(st.just("edit"), expert, index, index, index),
    st.tuples(st.just("edit"), expert, index, index, index),
    st.tuples(st.just("delete"), expert, index),
    st.tuples(st.just("create"), expert, index, index),
    st.tuples(st.just("merge"), expert, expert),
    st.tuples(st.just("handover"), expert, expert),
    st.tuples(st.just("resolve"), expert, index, index),
)


class Team:
    """The experts' open copies and every record any of them made."""

    def __init__(self, template, folder: Path):
        base, rows = template
        self.folder = folder
        self.rows = list(rows)
        self.paths = [folder / f"expert{n}.sqlite" for n in range(EXPERTS)]
        source = open_workspace(base)
        self.open = [source.save_as(path) for path in self.paths]
        source.close()
        for n, workspace in enumerate(self.open):
            workspace.author = f"expert{n}"

    def run(self, step) -> None:
        kind, who, *rest = step
        workspace = self.open[who]
        with contextlib.suppress(NotFoundError, ValidationError):
            if kind == "edit":
                model, record_id = self.rows[rest[0] % len(self.rows)]
                fields = FIELDS[model]
                key = sorted(fields)[rest[1] % len(fields)]
                value = fields[key][rest[2] % len(fields[key])]
                records.update(workspace, model, record_id, {key: value})
            elif kind == "delete":
                model, record_id = self.rows[rest[0] % len(self.rows)]
                records.delete(workspace, model, record_id)
            elif kind == "create":
                parent = self.rows[rest[0] % len(self.rows)]
                model = CHILD[parent[0]]
                if parent[0] is Reading:  # beside the reading, under its point
                    parent = (MeasurementPoint,
                              records.values_of(workspace, Reading, parent[1])["point_id"])
                values = _new(model, parent, TEXTS[rest[1] % len(TEXTS)])
                self.rows.append((model, records.create(workspace, model, values)))
            elif kind == "merge" and rest[0] != who:
                received = merge.merge(workspace, [self.paths[rest[0]]],
                                       backup_dir=self.folder)
                assert [r.outcome.rejected for r in received] == [[]]
            elif kind == "handover" and rest[0] != who:  # `who` takes a copy of the other's
                self.open[who].close()
                self.paths[who].unlink()
                self.open[who] = self.open[rest[0]].save_as(self.paths[who])
                self.open[who].author = f"expert{who}"
            elif kind == "resolve":
                found = merge.conflict_details(workspace)
                if found:
                    row = found[rest[0] % len(found)]
                    choice = row.fields[0]
                    side = choice.sides[rest[1] % len(choice.sides)]
                    merge.resolve(workspace, row.entity, row.entity_id,
                                  {choice.field: side.value})

    def close(self) -> None:
        for workspace in self.open:
            workspace.close()


def lead_merging(start: Path, folder: Path, name: str, sources: list[Path]) -> Path:
    """A copy of `start` (the template: a lead's file) with `sources` merged in that
    order."""
    path = folder / name
    shutil.copy(start, path)
    workspace = open_workspace(path)
    try:
        for receipt in merge.merge(workspace, sources, backup_dir=folder):
            assert receipt.outcome.rejected == []
    finally:
        workspace.close()
    return path


def _state(path: Path) -> dict:
    """Rows by table and id (all columns by name), open conflicts, and the log (each
    version's record, parents, tombstone and fields)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        rows = {table.name: {r["id"]: dict(r) for r in connection.execute(
            f"SELECT * FROM {table.name}")} for table in versioned_tables()}
        conflicts = {(r["entity"], r["entity_id"], r["field"]): json.loads(r["values"])
                     for r in connection.execute("SELECT * FROM merge_conflict")}
        log = {r["revision"]: (r["entity_id"], json.loads(r["parents"]), bool(r["deleted"]),
                               json.loads(r["data"]))
               for r in connection.execute("SELECT * FROM row_version")}
    return {"rows": rows, "conflicts": conflicts, "log": log}


def _value(version: tuple, key: str):
    return version[2] if key == DELETED else version[3].get(key)


def _last_writer(log: dict, head: str, key: str) -> str:
    """The latest version in `head`'s history that changed `key` from its parents (one
    that differs from any of several parents counts): found by walking back."""
    current = head
    while True:
        parents = [p for p in log[current][1] if p in log]
        if not parents or any(_value(log[p], key) != _value(log[current], key)
                              for p in parents):
            return current
        current = parents[0]


def _ancestors(log: dict, revision: str) -> set[str]:
    found, stack = set(), [revision]
    while stack:
        current = stack.pop()
        if current not in found and current in log:
            found.add(current)
            stack.extend(log[current][1])
    return found


def check_nothing_lost(lead: dict, experts: list[dict]) -> None:
    """An oracle independent of the merge's own rules: every version any expert has is
    in the lead's log, and for every record, every head of its version graph and every
    edited field, the head's last write of the field is the lead's value or one side of
    an open conflict, unless a later write (in another head) was made on top of it; a
    live head whose writes the deleting heads had not seen keeps the record visible."""
    log = lead["log"]
    for state in experts:
        assert set(state["log"]) <= set(log)
    by_record: dict[str, list[str]] = {}
    for revision, version in log.items():
        by_record.setdefault(version[0], []).append(revision)
    for model, fields in FIELDS.items():
        name = model.__tablename__
        for record_id, result in lead["rows"][name].items():
            versions = by_record[record_id]
            built_on = {p for r in versions for p in log[r][1]}
            heads = [r for r in versions if r not in built_on]
            below = {h: _ancestors(log, h) for h in heads}
            for key in [*fields, DELETED]:
                column = "deleted" if key == DELETED else key
                writers = {h: _last_writer(log, h, key) for h in heads}
                for head, writer in writers.items():
                    if any(writer in below[other] and writers[other] != writer
                           for other in heads if other != head):
                        continue  # a colleague wrote on top of it
                    value = _value(log[head], key)
                    shown = bool(result[column]) if key == DELETED else result[column]
                    if value == shown:
                        continue
                    conflict = lead["conflicts"].get((name, record_id, key))
                    assert conflict is not None, (name, key, value, shown)
                    if key != DELETED:
                        assert value in conflict.values(), (name, key, value, conflict)
            deleting = [h for h in heads if log[h][2]]
            if result["deleted"] and not lead["conflicts"].get((name, record_id, DELETED)):
                for head in heads:
                    if log[head][2]:
                        continue
                    for key in fields:
                        writer = _last_writer(log, head, key)
                        assert any(writer in below[d] for d in deleting), \
                            (name, key, "an edit hidden by a deletion")


def check_nothing_hidden(state: dict) -> None:
    """Every live record's parents are live."""
    for table in versioned_tables():
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent.name == "blob" or fk.parent.info.get("reference"):
                continue
            for row in state["rows"][table.name].values():
                owner = row[fk.parent.name]
                if not row["deleted"] and owner is not None:
                    assert not state["rows"][parent.name][owner]["deleted"], (table.name, row)


def check_conflicts_current(state: dict) -> None:
    """Every open conflict offers the value its record shows."""
    for (name, record_id, key), values in state["conflicts"].items():
        row = state["rows"][name][record_id]
        if key != DELETED:
            assert row[key] in values.values(), (name, key, row[key], values)
        else:
            assert not row["deleted"]


SETTINGS = settings(max_examples=HISTORIES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(steps=st.lists(operation, min_size=4, max_size=16))
def test_a_team_never_loses_or_hides_work(template, tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("history")
    team = Team(template, folder)
    try:
        for step in steps:
            team.run(step)
        experts = [_state(path) for path in team.paths]
        for state in experts:
            check_conflicts_current(state)
    finally:
        team.close()
    paths = team.paths
    lead = lead_merging(template[0], folder, "lead.sqlite", paths)
    lead_state = _state(lead)
    check_nothing_lost(lead_state, experts)
    check_nothing_hidden(lead_state)
    check_conflicts_current(lead_state)
    # Other orders, and the experts' files merged among themselves first.
    reverse = lead_merging(template[0], folder, "reverse.sqlite", paths[::-1])
    grouped = lead_merging(template[0], folder, "grouped.sqlite", [
        lead_merging(paths[1], folder, "pair.sqlite", [paths[2]]), paths[0]])
    again = lead_merging(lead, folder, "again.sqlite", paths)
    first = dump(lead)
    for other in (reverse, grouped, again):
        assert dump(other) == first
