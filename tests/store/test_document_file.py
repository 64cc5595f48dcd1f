"""A workspace behaves like a document: the main file alone is complete after each
commit, kills lose nothing committed, a second program is told who has the file, a busy
file waits and then says so in one line, read-only opening and refused files never
change or misjudge a healthy file."""

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from recp_audit.messages import WorkspaceError
from recp_audit.model import Park, RowVersion
from recp_audit.store import db, migrate, owner
from recp_audit.store.probe import APPLICATION_ID
from tests.store.test_workspace_files import add_park, digest


def park_names(path: Path) -> set[str]:
    ws = db.open_workspace(path, read_only=True)
    try:
        with ws.session() as session:
            return set(session.scalars(sa.select(Park.name)))
    finally:
        ws.close()


def test_a_copy_of_the_main_file_alone_taken_while_open_has_the_last_change(workspace, tmp_path):
    add_park(workspace, "first")
    reader = workspace.engine.connect()  # another open connection, as the window has
    try:
        add_park(workspace, "последний")
        copy = tmp_path / "copied" / "copy.sqlite"
        copy.parent.mkdir()
        shutil.copyfile(workspace.path, copy)  # no -wal, no -shm, no -journal
    finally:
        reader.close()
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.sqlite"]
    assert park_names(copy) == {"first", "последний"}
    again = db.open_workspace(copy)
    add_park(again, "goes on")
    again.close()


def test_an_older_wal_file_is_switched_to_the_rollback_journal_when_opened(tmp_path):
    path = tmp_path / "old-wal.sqlite"
    ws = db.create_workspace(path)
    add_park(ws, "kept")
    ws.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    assert path.read_bytes()[18:20] == b"\x02\x02"
    again = db.open_workspace(path)
    add_park(again, "after")
    again.close()
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert park_names(path) == {"kept", "after"}


def test_a_wal_file_another_program_has_open_still_opens(tmp_path):
    path = tmp_path / "shared-wal.sqlite"
    db.create_workspace(path).close()
    other = sqlite3.connect(path)
    try:
        assert other.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
        other.execute("SELECT count(*) FROM park").fetchone()  # holds the WAL open
        ws = db.open_workspace(path)
        add_park(ws, "while shared")
        ws.close()
    finally:
        other.close()
    assert park_names(path) == {"while shared"}


WRITER = """
import sys
from pathlib import Path
from recp_audit.model import Park
from recp_audit.store.db import open_workspace
ws = open_workspace(Path(sys.argv[1]))
number = 0
while True:
    with ws.transaction() as session:
        session.add(Park(name=f"park {number}"))
    print(number, flush=True)
    number += 1
"""


def test_kill_9_while_writing_loses_nothing_committed(workspace):
    workspace.close()
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(workspace.path)],
                               stdout=subprocess.PIPE, text=True)
    committed = [process.stdout.readline().strip() for _ in range(40)]
    process.kill()
    process.wait()
    assert committed[-1] == "39"
    names = park_names(workspace.path)  # a hot journal, if any, is rolled back here
    assert {f"park {n}" for n in range(40)} <= names
    db.open_workspace(workspace.path).close()


def test_read_only_opening_never_calls_a_file_being_written_damaged(workspace):
    add_park(workspace)
    workspace.close()
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(workspace.path)],
                               stdout=subprocess.PIPE, text=True)
    try:
        process.stdout.readline()
        seen = 0
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            seen = max(seen, len(park_names(workspace.path)))
    finally:
        process.kill()
        process.wait()
    assert seen > 1


def our_file_refused_by_sqlite(path: Path) -> Path:
    """A file with our application id and the current schema number but no tables:
    the header check passes, opening it fails."""
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
        raw.execute(f"PRAGMA user_version={migrate.SCHEMA_VERSION}")
        raw.execute("CREATE TABLE unrelated (x)")
    return path


def test_a_refused_file_with_our_id_stays_byte_identical(tmp_path):
    path = our_file_refused_by_sqlite(tmp_path / "odd.sqlite")
    before = digest(path)
    with pytest.raises(WorkspaceError, match="damaged"):
        db.open_workspace(path)
    assert digest(path) == before
    assert path.read_bytes()[18:20] == b"\x01\x01"  # not switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.sqlite"]


def test_a_second_program_is_told_who_has_the_file_open(workspace, tmp_path):
    workspace.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from pathlib import Path\n"
         "from recp_audit.store.db import open_workspace\n"
         "ws = open_workspace(Path(sys.argv[1]), author='Иван Петров', claim=True)\n"
         "print('open', flush=True)\n"
         "time.sleep(60)\n", str(workspace.path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(owner.FileInUseError) as refused:
            db.open_workspace(workspace.path, claim=True)
        text = str(refused.value)
        assert "\n" not in text
        assert text.startswith("test.sqlite is already open: Иван Петров on ")
        assert refused.value.owner.pid == holder.pid
        read_only = db.open_workspace(workspace.path, read_only=True, claim=True)
        assert read_only.read_only
        read_only.close()
        assert owner.note_path(workspace.path).exists()  # the holder's note stays
    finally:
        holder.kill()
        holder.wait()
    # The holder was killed: its note is stale, the file opens and is claimed anew.
    again = db.open_workspace(workspace.path, claim=True)
    assert owner.read_owner(workspace.path).is_me()
    again.close()
    assert not owner.note_path(workspace.path).exists()


def test_a_busy_file_waits_then_says_in_one_line_who_holds_it(workspace, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    workspace.close()
    path = workspace.path
    script = ("import sys, time, sqlite3\n"
              "from pathlib import Path\n"
              "from recp_audit.store import owner\n"
              "owner.claim(Path(sys.argv[1]), 'Анна Смирнова')\n"
              "raw = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "raw.execute('BEGIN IMMEDIATE')\n"
              "raw.execute(\"UPDATE workspace_meta SET value=value WHERE key='file_id'\")\n"
              "print('locked', flush=True)\n"
              "time.sleep(float(sys.argv[2]))\n"
              "raw.execute('COMMIT')\n"
              "print('released', flush=True)\n"
              "time.sleep(60)\n")
    ws = db.open_workspace(path)
    holder = subprocess.Popen([sys.executable, "-c", script, str(path), "3"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(WorkspaceError) as busy:
            add_park(ws, "refused")
        assert time.monotonic() - started >= 0.25  # it waited first
        text = str(busy.value)
        assert "\n" not in text and "SQL" not in text and "locked" not in text
        assert text.startswith("test.sqlite is busy: Анна Смирнова on ")
        assert holder.stdout.readline().strip() == "released"
        add_park(ws, "saved")  # once the other program is done, saving works again
    finally:
        holder.kill()
        holder.wait()
        ws.close()
    assert park_names(path) == {"saved"}


def test_a_write_that_ends_within_the_busy_timeout_is_waited_for(workspace):
    script = ("import sys, time, sqlite3\n"
              "raw = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
              "raw.execute('BEGIN IMMEDIATE')\n"
              "print('locked', flush=True)\n"
              "time.sleep(0.5)\n"
              "raw.execute('COMMIT')\n")
    holder = subprocess.Popen([sys.executable, "-c", script, str(workspace.path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        add_park(workspace, "waited")
    finally:
        holder.wait()
    with workspace.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(RowVersion)) == 1


def test_a_stale_note_of_a_dead_process_is_ignored(tmp_path):
    path = tmp_path / "w.sqlite"
    path.touch()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    owner.note_path(path).write_text(
        '{"user": "X", "host": "%s", "pid": %s, "since": "2026-12-01T10:00:00"}'
        % (__import__("socket").gethostname(), dead.stdout.strip()), encoding="utf-8")
    assert owner.read_owner(path) is None
    owner.note_path(path).write_text('{"user": "Y", "host": "elsewhere", "pid": 1, '
                                     '"since": "2026-12-01T10:00:00"}', encoding="utf-8")
    found = owner.read_owner(path)
    assert (found.user, found.host, found.when()) == ("Y", "elsewhere", "01.12.2026 10:00")
    owner.note_path(path).write_text("not json", encoding="utf-8")
    assert owner.read_owner(path) is None


def test_a_note_copied_along_with_the_file_is_not_an_owner(workspace, tmp_path):
    owner.claim(workspace.path, "Иван Петров")
    assert owner.read_owner(workspace.path).is_me()
    data = owner.note_path(workspace.path).read_text(encoding="utf-8")
    elsewhere = tmp_path / "copied"
    elsewhere.mkdir()
    shutil.copyfile(workspace.path, elsewhere / "test.sqlite")
    (elsewhere / "test.sqlite.lock").write_text(data.replace(
        __import__("socket").gethostname(), "LAPTOP-7"), encoding="utf-8")
    assert owner.read_owner(elsewhere / "test.sqlite") is None
    db.open_workspace(elsewhere / "test.sqlite", claim=True).close()


CUT_COMMIT = """
import sqlite3, sys, time
raw = sqlite3.connect(sys.argv[1], isolation_level=None)
raw.execute('PRAGMA cache_size=1')  # pages spill into the file before the commit
raw.execute('BEGIN IMMEDIATE')
raw.execute('CREATE TABLE filler (x)')
raw.execute("INSERT INTO filler SELECT randomblob(2000) FROM (WITH RECURSIVE c(n) AS "
            "(SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 2000) SELECT n FROM c)")
print('spilled', flush=True)
time.sleep(60)
"""


def test_a_commit_cut_by_a_kill_is_rolled_back_even_when_opened_read_only(workspace):
    add_park(workspace, "committed")
    workspace.close()
    process = subprocess.Popen([sys.executable, "-c", CUT_COMMIT, str(workspace.path)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "spilled"
    process.kill()
    process.wait()
    assert Path(f"{workspace.path}-journal").stat().st_size > 0  # a hot journal
    assert park_names(workspace.path) == {"committed"}  # read-only, not "damaged"
    assert not Path(f"{workspace.path}-journal").exists()
    db.open_workspace(workspace.path).close()


def test_the_author_follows_the_saved_settings_at_once(tmp_path):
    from recp_audit import settings

    settings.save(settings.Settings(author="Ольга Котова"))
    ws = db.create_workspace(tmp_path / "w.sqlite")
    try:
        add_park(ws, "one")
        settings.save(settings.Settings(author="Пётр Орлов"))
        add_park(ws, "two")
        with ws.session() as session:
            authors = list(session.scalars(sa.select(RowVersion.author).order_by(
                RowVersion.hlc)))
    finally:
        ws.close()
    assert authors == ["Ольга Котова", "Пётр Орлов"]


def test_without_a_saved_name_the_author_is_the_login(workspace, tmp_path):
    ws = db.create_workspace(tmp_path / "w.sqlite")
    assert ws.author == db.login_name()
    ws.close()
    assert workspace.author == "tester"  # a name given at opening stays


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder (and its files) nobody may write to, as on a CD or a locked USB stick;
    as root, whom permissions do not stop, the immutable attribute stands in."""
    folder = tmp_path / "media"
    folder.mkdir()
    made = []

    def lock() -> None:
        for path in [*folder.iterdir(), folder]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        if os.access(folder, os.W_OK):
            for path in [*folder.iterdir(), folder]:
                if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
                    pytest.skip("no way to make a read-only folder here")
                made.append(path)

    yield folder, lock
    for path in reversed(made):
        subprocess.run(["chattr", "-i", str(path)], check=True)
    folder.chmod(0o755)


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_file_on_read_only_media_is_a_source_for_export_and_merge(
        demo, tmp_path, read_only_folder, journal):
    from recp_audit.model import Audit
    from recp_audit.services import merge
    from recp_audit.services.handover import export_audit

    folder, lock = read_only_folder
    source = folder / "from-stick.sqlite"
    copy = demo.save_as(source)
    copy.close()
    if journal == "wal":  # a copy of a file written by an older version
        with sqlite3.connect(source) as raw:
            raw.execute("PRAGMA journal_mode=WAL")
    lock()
    before = digest(source)
    ws = db.open_workspace(source)
    try:
        assert ws.read_only
        with ws.session() as session:
            audit_id = session.scalars(sa.select(Audit.id)).first()
        out = tmp_path / "handed.sqlite"
        export_audit(ws, out, audit_id)
    finally:
        ws.close()
    assert park_names(out) is not None
    target = db.create_workspace(tmp_path / "lead.sqlite")
    try:
        [receipt] = merge.merge(target, [source], backup_dir=tmp_path)
        assert receipt.outcome.versions > 0
    finally:
        target.close()
    assert digest(source) == before
    assert sorted(p.name for p in folder.iterdir()) == ["from-stick.sqlite"]
