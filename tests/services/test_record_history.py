"""A record's history: who changed which field from what to what, and restoring a value."""

from __future__ import annotations

import datetime as dt

import pytest

from recp_audit.choices import AuditStatus
from recp_audit.messages import NotFoundError
from recp_audit.model import Audit, Enterprise, Park
from recp_audit.model.base import new_id
from recp_audit.model.history import DELETED
from recp_audit.services import merge, record_history, records
from recp_audit.store.db import open_workspace

from tests.merge.helpers import copy_of


def test_history_lists_each_version_with_the_fields_it_changed(workspace):
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "employees": 412})
    records.update(workspace, Enterprise, firm, {"employees": 413, "address": "Minsk"})
    records.delete(workspace, Enterprise, firm)
    newest, edit, created = record_history.history(workspace, Enterprise, firm)
    assert [(c.field, c.old, c.new) for c in newest.changes] == [(DELETED, False, True)]
    assert sorted((c.field, c.old, c.new) for c in edit.changes) == [
        ("address", "", "Minsk"), ("employees", 412, 413)]
    assert {c.field for c in created.changes} == {"name", "employees"}
    assert created.author == "tester"
    assert abs(created.when - dt.datetime.now()) < dt.timedelta(minutes=1)


def test_restore_writes_the_old_value_as_a_new_version(workspace):
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "employees": 412})
    records.update(workspace, Enterprise, firm, {"employees": 500})
    created = record_history.history(workspace, Enterprise, firm)[-1]
    record_history.restore(workspace, Enterprise, firm, "employees", created.revision)
    assert records.values_of(workspace, Enterprise, firm)["employees"] == 412
    latest = record_history.history(workspace, Enterprise, firm)[0]
    assert [(c.field, c.old, c.new) for c in latest.changes] == [("employees", 500, 412)]


def test_restoring_a_deleted_record_and_merging_it(workspace, tmp_path):
    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    copy = copy_of(workspace, tmp_path / "colleague.sqlite")
    records.delete(workspace, Enterprise, firm)
    created = record_history.history(workspace, Enterprise, firm)[-1]
    record_history.restore(workspace, Enterprise, firm, DELETED, created.revision)
    assert records.values_of(workspace, Enterprise, firm)["name"] == "Dairy"
    colleague = open_workspace(copy, author="colleague")
    merge.merge(colleague, [workspace.path], backup_dir=tmp_path)
    assert records.values_of(colleague, Enterprise, firm)["name"] == "Dairy"
    assert merge.conflicts(colleague) == []
    colleague.close()


def test_values_are_shown_as_people_read_them(workspace):
    shown = record_history.shown
    assert shown(Enterprise, "employees", 412.5, "ru") == "412,5"
    assert shown(Enterprise, "address", "", "ru") == "—"
    assert shown(Audit, "period_start", "2026-11-21", "ru") == "21.11.2026"
    assert str(shown(Audit, "status", AuditStatus.IN_PROGRESS.value, "ru")) == "In progress"
    assert str(shown(Enterprise, DELETED, True, "ru")) == "deleted"
    assert str(shown(Enterprise, "private", False, "ru")) == "no"


def test_a_record_never_saved_has_no_history(workspace):
    with pytest.raises(NotFoundError):
        record_history.history(workspace, Enterprise, new_id())


def test_a_referenced_record_is_shown_by_its_name(workspace):
    park = records.create(workspace, Park, {"name": "Южный парк"})
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "park_id": park})
    entries = record_history.history(workspace, Enterprise, firm)
    names = record_history.referenced(workspace, Enterprise, entries)
    assert record_history.shown(Enterprise, "park_id", str(park), "ru", names) == "Южный парк"
