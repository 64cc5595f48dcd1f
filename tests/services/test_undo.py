"""Undo and redo of a window's edits: exact values back, creations and deletions, no
silent overwrite of someone else's change, and versions that merge like any edit."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recp_audit.checklists.loader import parse_yaml
from recp_audit.messages import NotFoundError
from recp_audit.model import Audit, Enterprise, MergeConflict, Park
from recp_audit.services import checklists, merge, records
from recp_audit.services.undo import UndoHistory, UndoRefused
from recp_audit.store.db import create_workspace, open_workspace

from tests.checklists.test_template import GOOD
from tests.merge.helpers import copy_of, dump, row

TEMPLATE = parse_yaml(GOOD, "good.yaml")


@pytest.fixture
def history(workspace):
    made = UndoHistory(workspace, "en")
    yield made
    made.close()


def test_undo_and_redo_put_back_exactly_the_values_of_each_step(workspace, history):
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "employees": 412})
    history.end_step()
    records.update(workspace, Enterprise, firm, {"annual_output": "413,5", "annual_output_unit": "t", "address": "Minsk"})
    history.end_step()
    records.update(workspace, Enterprise, firm, {"name": "Dairy No. 1"})
    step = history.end_step()
    assert str(step.description) == "changes to enterprise «Dairy No. 1»"

    history.undo()
    assert records.values_of(workspace, Enterprise, firm)["name"] == "Dairy"
    history.undo()
    values = records.values_of(workspace, Enterprise, firm)
    assert (values["annual_output"], values["address"], values["name"]) == (None, "", "Dairy")
    history.redo()
    history.redo()
    values = records.values_of(workspace, Enterprise, firm)
    assert (values["annual_output"], values["address"], values["name"]) == (413.5, "Minsk",
                                                                         "Dairy No. 1")
    assert history.next_redo() is None


def test_a_created_record_is_deleted_by_undo_and_back_by_redo(workspace, history):
    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    history.end_step()
    history.undo()
    with pytest.raises(NotFoundError):
        records.values_of(workspace, Enterprise, firm)
    assert row(workspace, Enterprise, firm).deleted  # tombstoned, a version like any other
    history.redo()
    assert records.values_of(workspace, Enterprise, firm)["name"] == "Dairy"


def test_undoing_a_deletion_brings_back_everything_it_took(workspace, history):
    park = records.create(workspace, Park, {"name": "Park"})
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "park_id": park})
    audit = records.create(workspace, Audit, {"title": "2026", "enterprise_id": firm})
    history.end_step()
    records.delete(workspace, Park, park)
    step = history.end_step()
    assert str(step.description).startswith("deletion of park «Park» and 2 more")
    history.undo()
    assert records.values_of(workspace, Audit, audit)["title"] == "2026"
    assert records.values_of(workspace, Enterprise, firm)["park_id"] == park


def test_a_new_edit_drops_what_could_be_redone(workspace, history):
    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    history.end_step()
    records.update(workspace, Enterprise, firm, {"name": "A"})
    history.end_step()
    history.undo()
    records.update(workspace, Enterprise, firm, {"name": "B"})
    history.end_step()
    assert history.next_redo() is None
    with pytest.raises(UndoRefused):
        history.redo()


def test_a_checklist_answer_is_one_step_named_by_its_question(workspace, history):
    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    audit = records.create(workspace, Audit, {"enterprise_id": firm, "title": "Audit"})
    [checklist] = checklists.attach(workspace, audit, [TEMPLATE])
    history.end_step()
    checklists.set_answer(workspace, checklist, "leaks", status="no")
    history.end_step()
    checklists.set_answer(workspace, checklist, "leaks", status="partial")
    step = history.end_step()
    question = TEMPLATE.item("leaks").label.en
    assert str(step.description) == f"answer to «{question}»"
    history.undo()
    assert checklists.load(workspace, checklist).answers["leaks"].status == "no"
    history.undo()  # the first answer created the record: undo deletes it
    assert "leaks" not in checklists.load(workspace, checklist).answers
    history.redo()
    history.redo()
    assert checklists.load(workspace, checklist).answers["leaks"].status == "partial"


def test_undo_refuses_to_overwrite_a_field_someone_else_changed_since(tmp_path):
    """Another program (the command line, a second window) merged a colleague's edit
    into the open file: undo of the window's older edit of that field is refused."""
    mine = create_workspace(tmp_path / "mine.sqlite", author="me")
    history = UndoHistory(mine, "en")
    firm = records.create(mine, Enterprise, {"name": "Dairy", "employees": 10, "shifts": 1})
    history.end_step()
    records.update(mine, Enterprise, firm, {"employees": 20, "shifts": 2})
    history.end_step()
    theirs = open_workspace(copy_of(mine, tmp_path / "colleague.sqlite"), author="colleague")
    records.update(theirs, Enterprise, firm, {"employees": 30})
    theirs.close()
    outside = open_workspace(mine.path, author="me")
    merge.merge(outside, [tmp_path / "colleague.sqlite"], backup_dir=tmp_path)
    outside.close()

    with pytest.raises(UndoRefused) as refused:
        history.undo()
    assert str(refused.value) == "«Dairy» was changed since by colleague; nothing was changed"
    values = records.values_of(mine, Enterprise, firm)
    assert (values["employees"], values["shifts"]) == (30, 2)  # nothing half-undone
    history.close()
    mine.close()


def test_undo_keeps_the_fields_the_step_did_not_change(tmp_path):
    mine = create_workspace(tmp_path / "mine.sqlite", author="me")
    history = UndoHistory(mine, "en")
    firm = records.create(mine, Enterprise, {"name": "Dairy", "employees": 10})
    history.end_step()
    records.update(mine, Enterprise, firm, {"employees": 20})
    history.end_step()
    theirs = open_workspace(copy_of(mine, tmp_path / "colleague.sqlite"), author="colleague")
    records.update(theirs, Enterprise, firm, {"address": "Minsk"})
    theirs.close()
    merge.merge(mine, [tmp_path / "colleague.sqlite"], backup_dir=tmp_path)
    history.undo()
    values = records.values_of(mine, Enterprise, firm)
    assert (values["employees"], values["address"]) == (10, "Minsk")
    history.close()
    mine.close()


def test_undoing_a_creation_is_refused_when_records_were_added_under_it(workspace, history):
    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    history.end_step()
    other = open_workspace(workspace.path, author="colleague")  # another program, same file
    records.create(other, Audit, {"enterprise_id": firm, "title": "2026"})
    other.close()
    assert history.end_step() is None  # not the window's edit
    with pytest.raises(UndoRefused, match="Records were added under «Dairy» since"):
        history.undo()
    assert records.values_of(workspace, Enterprise, firm)["name"] == "Dairy"


def test_a_merge_or_import_stops_the_history_there(workspace, history):
    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    history.end_step()
    history.stop_here()
    assert history.next_undo() is None
    records.update(workspace, Enterprise, firm, {"name": "Dairy 2"})
    history.end_step()
    assert history.next_undo() is not None


def test_a_write_from_another_thread_stops_the_history(workspace, history):
    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    history.end_step()
    worker = threading.Thread(target=lambda: records.update(
        workspace, Enterprise, firm, {"name": "Imported"}))
    worker.start()
    worker.join()
    assert history.next_undo() is None
    assert records.values_of(workspace, Enterprise, firm)["name"] == "Imported"


def test_a_rolled_back_write_makes_no_step(workspace, history):
    with pytest.raises(RuntimeError), workspace.transaction() as session:
        session.add(Park(name="Never"))
        session.flush()
        raise RuntimeError("stop")
    assert history.end_step() is None


FIELDS = {"name": st.sampled_from(["Dairy", "Молокозавод", "Brewery"]),
          "employees": st.one_of(st.none(), st.integers(1, 5000)),
          "address": st.sampled_from(["", "Minsk", "Гродно"])}
EDITS = st.lists(st.one_of(
    st.tuples(st.just("update"), st.integers(0, 2), st.fixed_dictionaries(
        {}, optional=FIELDS)),
    st.tuples(st.just("create"), st.integers(0, 2), st.fixed_dictionaries(FIELDS)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.just({}))), min_size=1, max_size=8)


def _state(workspace) -> dict:
    with workspace.session() as session:
        return {firm.id: (firm.deleted, firm.name, firm.employees, firm.address)
                for firm in session.scalars(sa.select(Enterprise).execution_options(
                    include_deleted=True))}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
def test_undo_of_every_step_gives_the_start_and_redo_the_end(edits):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        workspace = create_workspace(folder / "mine.sqlite", author="me")
        firms = [records.create(workspace, Enterprise, {"name": f"Firm {n}"})
                 for n in range(2)]
        start = _state(workspace)
        copy_of(workspace, folder / "colleague.sqlite")
        history = UndoHistory(workspace, "en")
        for action, which, values in edits:
            alive = [f for f in firms if not row(workspace, Enterprise, f).deleted]
            if action == "create":
                firms.append(records.create(workspace, Enterprise, values))
            elif alive and action == "update":
                records.update(workspace, Enterprise, alive[which % len(alive)], values)
            elif alive and action == "delete":
                records.delete(workspace, Enterprise, alive[which % len(alive)])
            history.end_step()
        end = _state(workspace)
        steps = len(history.undo_steps)
        for _ in range(steps):
            history.undo()
        back = _state(workspace)
        assert {k: v for k, v in back.items() if k in start} == start
        assert all(deleted for k, (deleted, *_) in back.items() if k not in start)
        for _ in range(steps):
            history.redo()
        assert _state(workspace) == end
        history.close()
        workspace.close()
        # The versions undo and redo wrote merge like any edit, both ways, no conflicts.
        colleague = open_workspace(folder / "colleague.sqlite", author="colleague")
        merge.merge(colleague, [folder / "mine.sqlite"], backup_dir=folder)
        assert _state(colleague) == end
        with colleague.session() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(MergeConflict)) == 0
        colleague.close()
        mine = open_workspace(folder / "mine.sqlite", author="me")
        merge.merge(mine, [folder / "colleague.sqlite"], backup_dir=folder)
        mine.close()
        assert dump(folder / "mine.sqlite") == dump(folder / "colleague.sqlite")
