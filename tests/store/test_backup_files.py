"""Backup copies never overwrite each other, and copies cut by a kill are cleaned."""

import os
import subprocess
import sys
import time

from recp_audit.services.backups import auto_backup, automatic_backups, clean_leftovers
from recp_audit.store import db
from recp_audit.store.copy import new_name


def test_two_backups_in_the_same_second_keep_apart(workspace, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    folder.mkdir()

    class Frozen:
        @staticmethod
        def now():
            return type("Stamp", (), {"strftime": lambda self, _: "20261203-141500"})()

    monkeypatch.setattr("recp_audit.store.copy.dt.datetime", Frozen)
    made = [auto_backup(workspace.path, keep=5, folder=folder) for _ in range(3)]
    assert len(set(made)) == 3
    assert [p.name.split(".")[-2] for p in made] == [
        "20261203-141500", "20261203-141500-01", "20261203-141500-02"]
    assert automatic_backups(workspace.path, folder) == list(reversed(made))
    before_upgrade = db.backup_before_upgrade(workspace.engine, workspace.path, 9, folder)
    again = db.backup_before_upgrade(workspace.engine, workspace.path, 9, folder)
    assert before_upgrade != again and again.name.endswith("-01.sqlite")


def test_new_name_adds_a_counter_only_when_needed(tmp_path):
    first = new_name(tmp_path, "w.", ".sqlite")
    assert first.name.startswith("w.") and first.name.count("-") == 1
    first.touch()
    assert new_name(tmp_path, "w.", ".sqlite") != first


KILLED_COPY = """
import sqlite3, sys, threading
from pathlib import Path
from recp_audit.store import copy
source = sqlite3.connect(sys.argv[1])
def stuck(*args, **kwargs):
    print("copying", flush=True)
    threading.Event().wait(60)
source = type("Slow", (), {"backup": staticmethod(stuck)})()
copy.copy_database(source, Path(sys.argv[2]))
"""


def test_a_part_file_left_by_a_killed_copy_is_cleaned_at_the_next_start(workspace, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    process = subprocess.Popen([sys.executable, "-c", KILLED_COPY, str(workspace.path),
                                str(folder / "copy.sqlite")], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "copying"
    [part] = folder.glob(".*.part")
    assert clean_leftovers(folder) == []  # its program still runs: left alone
    process.kill()
    process.wait()
    mine = folder / f".other.sqlite.{os.getpid()}.abcdefgh.part"  # a copy being made now
    mine.touch()
    old = folder / ".older.sqlite.abcdefgh.part"  # named before process ids were added
    old.touch()
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    assert sorted(clean_leftovers(folder)) == sorted([part, old])
    assert sorted(p.name for p in folder.iterdir()) == [mine.name]
