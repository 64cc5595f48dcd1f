"""Opening, refusing, upgrading and copying workspace files."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from recp_audit.messages import ReadOnlyError, WorkspaceError
from recp_audit.model import Park, RowVersion
from recp_audit.store import copy as copy_module
from recp_audit.store import db, migrate
from recp_audit.store.probe import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_park(ws, name="P"):
    with ws.transaction() as session:
        park = Park(name=name)
        session.add(park)
    return park.id


def test_new_workspace_has_the_pragmas_and_an_identity(workspace):
    with workspace.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()  # noqa
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("journal_mode") == "delete"  # the main file alone is complete
        assert pragma("foreign_keys") == 1
        assert pragma("user_version") == migrate.SCHEMA_VERSION
    assert workspace.file_id.int != 0


def test_schema_version_matches_the_newest_migration(workspace):
    with workspace.engine.connect() as connection:
        head = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    assert head == migrate.head_revision()
    migrations = sorted((migrate.MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    assert len(migrations) == migrate.SCHEMA_VERSION


def test_data_survives_close_and_reopen(workspace, tmp_path):
    park_id = add_park(workspace, "Парк «Восток»")
    file_id = workspace.file_id
    workspace.close()
    again = db.open_workspace(workspace.path)
    with again.session() as session:
        assert session.get(Park, park_id).name == "Парк «Восток»"
    assert again.file_id == file_id
    again.close()


def test_foreign_keys_are_enforced(workspace):
    from recp_audit.model import Enterprise, new_id

    with pytest.raises(sa.exc.IntegrityError), workspace.transaction() as session:
        session.add(Enterprise(name="orphan", park_id=new_id()))


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"name;value\n1;2\n", "not an SQLite database"),
    (b"SQLite format 3", "not an SQLite database"),
])
def test_non_workspace_files_are_refused_unchanged(tmp_path, content, words):
    path = tmp_path / "renamed.sqlite"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=words):
        db.open_workspace(path)
    assert path.read_bytes() == content


def test_sqlite_file_of_another_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="another program"):
        db.open_workspace(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def test_truncated_file_is_refused(demo, tmp_path):
    demo.close()
    data = demo.path.read_bytes()
    path = tmp_path / "truncated.sqlite"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkspaceError, match="truncated"):
        db.open_workspace(path)
    assert path.read_bytes() == data[: len(data) // 2]


def test_corrupt_pages_are_reported_as_damaged(demo, tmp_path):
    demo.close()
    data = bytearray(demo.path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        start = page * page_size
        data[start:start + page_size] = b"\xff" * page_size
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError, match="damaged"):
        db.open_workspace(path)


def test_newer_schema_is_refused_byte_for_byte_untouched(workspace):
    add_park(workspace)
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA user_version = {migrate.SCHEMA_VERSION + 1}")
    workspace.close()
    before = digest(workspace.path)
    with pytest.raises(WorkspaceError, match="newer version"):
        db.open_workspace(workspace.path)
    assert digest(workspace.path) == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(WorkspaceError, match="no such file"):
        db.open_workspace(tmp_path / "missing.sqlite")
    with pytest.raises(WorkspaceError, match="is a folder"):
        db.open_workspace(tmp_path)
    with pytest.raises(WorkspaceError, match="folder does not exist"):
        db.create_workspace(tmp_path / "no" / "such" / "x.sqlite")


def test_create_refuses_to_overwrite(workspace):
    with pytest.raises(WorkspaceError, match="already exists"):
        db.create_workspace(workspace.path)


def test_read_only_file_opens_read_only_and_refuses_changes(workspace, monkeypatch):
    park_id = add_park(workspace)
    workspace.close()
    before = digest(workspace.path)
    monkeypatch.setattr(db, "is_writable", lambda path: False)
    ws = db.open_workspace(workspace.path)
    assert ws.read_only
    with ws.session() as session:
        assert session.get(Park, park_id) is not None
    with pytest.raises(ReadOnlyError, match="read-only"):
        with ws.transaction():
            pass
    ws.close()
    assert digest(workspace.path) == before


def test_read_only_open_of_a_clean_file_leaves_no_side_files(workspace):
    workspace.close()
    db.open_workspace(workspace.path, read_only=True).close()
    assert sorted(p.name for p in workspace.path.parent.iterdir()) == ["test.sqlite"]


def older_file(path: Path) -> Path:
    """A workspace at the first schema revision with a version-log row in it."""
    engine = db._make_engine(path, read_only=False)
    migrate.upgrade(engine, "0001_workspace")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO workspace_meta VALUES ('file_id', '6f1c1a52-8a53-4c55-9a0d-6d0c8f6c3a11')")
        connection.exec_driver_sql(
            "INSERT INTO row_version VALUES ('abc', 'park', '0190f1c2a3b47c5d8e9f001122334455', "
            "'[]', '1763700000000.00000', '6f1c1a528a534c559a0d6d0c8f6c3a11', 'old', 0, '{}')")
    engine.dispose()
    return path


def test_older_file_is_backed_up_then_upgraded(tmp_path):
    path = older_file(tmp_path / "old.sqlite")
    original = digest(path)
    ws = db.open_workspace(path, backup_dir=tmp_path)
    assert ws.schema_version() == migrate.SCHEMA_VERSION
    assert ws.backup is not None and ws.backup.parent == tmp_path
    with sqlite3.connect(ws.backup) as backup:
        assert backup.execute("PRAGMA user_version").fetchone() == (1,)
        assert backup.execute("SELECT count(*) FROM row_version").fetchone() == (1,)
    with ws.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(RowVersion)) == 1
    assert ws.clock.now() > "1763700000000.00000"
    add_park(ws)
    ws.close()
    assert digest(path) != original


def test_empty_file_upgrades_from_nothing_to_head(tmp_path):
    path = tmp_path / "blank.sqlite"
    engine = db._make_engine(path, read_only=False)
    migrate.upgrade(engine)
    engine.dispose()
    ws = db.open_workspace(path)
    assert ws.schema_version() == migrate.SCHEMA_VERSION and ws.backup is None
    assert ws.file_id.int != 0  # a file without an identity gets one, never the zero id
    file_id = ws.file_id
    ws.close()
    again = db.open_workspace(path)
    assert again.file_id == file_id
    again.close()


def test_older_read_only_file_is_refused_unchanged(tmp_path, monkeypatch):
    path = older_file(tmp_path / "old.sqlite")
    before = digest(path)
    monkeypatch.setattr(db, "is_writable", lambda path: False)
    with pytest.raises(WorkspaceError, match="cannot be upgraded"):
        db.open_workspace(path)
    assert digest(path) == before


def test_save_as_copies_everything_with_a_new_identity(workspace, tmp_path):
    park_id = add_park(workspace, "Копия")
    target = tmp_path / "copy.sqlite"
    copy = workspace.save_as(target)
    with copy.session() as session:
        assert session.get(Park, park_id).name == "Копия"
        assert session.scalar(sa.select(sa.func.count()).select_from(RowVersion)) == 1
    assert copy.file_id != workspace.file_id
    assert not list(tmp_path.glob("*.part"))
    copy.close()


def test_save_as_onto_the_open_file_is_refused(workspace):
    with pytest.raises(WorkspaceError, match="different file"):
        workspace.save_as(workspace.path)


def test_save_as_on_a_full_disk_leaves_no_partial_file(workspace, tmp_path, monkeypatch):
    add_park(workspace)
    before = digest(workspace.path)
    real_connect = sqlite3.connect

    def tiny_disk(path, *args, **kwargs):  # SQLite itself reports SQLITE_FULL
        connection = real_connect(path, *args, **kwargs)
        connection.execute("PRAGMA max_page_count = 2")
        return connection

    monkeypatch.setattr(copy_module.sqlite3, "connect", tiny_disk)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(WorkspaceError, match="disk is full"):
        workspace.save_as(out / "copy.sqlite")
    assert list(out.iterdir()) == []
    assert digest(workspace.path) == before
    add_park(workspace, "still works")


def test_save_as_into_a_missing_folder(workspace, tmp_path):
    with pytest.raises(WorkspaceError, match="folder does not exist"):
        workspace.save_as(tmp_path / "nowhere" / "copy.sqlite")


@pytest.mark.parametrize("name", ["Аудит 2026 #1?.sqlite", "с пробелом & 100%.sqlite"])
def test_cyrillic_and_uri_characters_in_the_path(tmp_path, name):
    folder = tmp_path / "Рабочие файлы"
    folder.mkdir()
    ws = db.create_workspace(folder / name)
    park_id = add_park(ws, "Парк")
    ws.close()
    for read_only in (False, True):
        again = db.open_workspace(folder / name, read_only=read_only)
        with again.session() as session:
            assert session.get(Park, park_id).name == "Парк"
        again.close()


def test_the_migrated_schema_is_the_model_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from recp_audit.model import Base
    from recp_audit.store.db import create_workspace

    workspace = create_workspace(tmp_path / "fresh.recp")
    try:
        with workspace.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"render_as_batch": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        workspace.close()
