"""The workspace as a document in the window: the last one reopens at start, the first
start asks the user's name, a new name applies to the next change, and a file another
program has open says who has it and opens read-only on request."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QRadioButton

from recp_audit import paths, settings as settings_store
from recp_audit.gui.app import create_window, first_run
from recp_audit.gui.dialogs.user_name import UserNameDialog
from recp_audit.model import Park, RowVersion
from recp_audit.services import records
from recp_audit.settings import Settings
from recp_audit.store.db import create_workspace


def _workspace_with_a_park(path, name="Парк"):
    workspace = create_workspace(path)
    records.create(workspace, Park, {"name": name})
    workspace.close()
    return path


def _window(qtbot):
    window = create_window(language="en")
    qtbot.addWidget(window)
    return window


def test_the_last_workspace_reopens_at_start(qtbot, tmp_path, answer):
    shown = answer(QMessageBox.StandardButton.Yes)
    last = _workspace_with_a_park(tmp_path / "day one.sqlite")
    settings_store.save(Settings(role="expert", author="A", recent_files=[str(last)]))
    window = _window(qtbot)
    assert window.workspace.path == last
    assert shown["questions"] == []  # no demo offered
    assert not paths.default_workspace_path().exists()


def test_a_missing_last_workspace_is_said_in_one_line_then_the_usual_start(
        qtbot, tmp_path, answer, monkeypatch):
    shown = answer(QMessageBox.StandardButton.Yes)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    gone = tmp_path / "stick" / "audit.sqlite"
    settings_store.save(Settings(role="expert", author="A", recent_files=[str(gone)]))
    window = _window(qtbot)
    assert said == [f"The workspace open last time is no longer at {gone}"]
    assert window.workspace.path == paths.default_workspace_path()
    assert shown["questions"] == []  # there was a workspace before: no demo


def test_the_demo_is_offered_only_when_there_is_no_workspace_at_all(qtbot, answer):
    shown = answer(QMessageBox.StandardButton.No)
    settings_store.save(Settings(role="expert", author="A"))
    window = _window(qtbot)
    assert len(shown["questions"]) == 1 and "demo" in shown["questions"][0]
    window.close()
    settings_store.save(Settings(role="expert", author="A"))  # offer_demo back on
    again = _window(qtbot)  # the default workspace exists now, though empty
    assert len(shown["questions"]) == 1
    assert again.workspace.path == paths.default_workspace_path()


def test_the_first_start_asks_the_name(qtbot, in_dialog):
    def role_then_name(dialog):
        dialog.findChild(QRadioButton, "role_expert").click()
        dialog.accept()
        in_dialog(name_it)

    def name_it(dialog):
        assert isinstance(dialog, UserNameDialog)
        field = dialog.findChild(QLineEdit, "name")
        assert field.text()  # proposed: the system's name for the user
        field.setText("")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        field.setText("  Иван Петров ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_dialog(role_then_name)
    first_run("en")
    saved = settings_store.load()
    assert (saved.role, saved.author) == ("expert", "Иван Петров")
    first_run("en")  # asked once: in_dialog would have nothing to answer


def test_a_name_given_at_start_only_is_asked_when_missing(qtbot, in_dialog):
    settings_store.save(Settings(role="lead"))

    def name_it(dialog):
        dialog.findChild(QLineEdit, "name").setText("Ольга")
        dialog.accept()

    in_dialog(name_it)
    first_run("en")
    assert settings_store.load().author == "Ольга"


def test_a_new_name_in_settings_applies_to_the_next_change(qtbot, tmp_path, answer,
                                                           in_dialog):
    answer()
    path = _workspace_with_a_park(tmp_path / "w.sqlite")
    settings_store.save(Settings(role="expert", author="Старое Имя", recent_files=[str(path)]))
    window = _window(qtbot)
    records.create(window.workspace, Park, {"name": "before"})

    def rename(dialog):
        dialog.findChild(QLineEdit, "author").setText("Новое Имя")
        dialog.accept()

    in_dialog(rename)
    window.open_settings()
    records.create(window.workspace, Park, {"name": "after"})
    with window.workspace.session() as session:
        authors = list(session.scalars(sa.select(RowVersion.author).order_by(RowVersion.hlc)))
    assert authors[-2:] == ["Старое Имя", "Новое Имя"]


HOLDER = """
import sys, time
from pathlib import Path
from recp_audit.store.db import open_workspace
ws = open_workspace(Path(sys.argv[1]), author="Иван Петров", claim=True)
print("open", flush=True)
time.sleep(60)
"""


def test_a_file_open_elsewhere_says_who_and_opens_read_only(qtbot, tmp_path, answer):
    shown = answer(QMessageBox.StandardButton.Yes)
    path = _workspace_with_a_park(tmp_path / "shared.sqlite")
    settings_store.save(Settings(role="expert", author="Анна", offer_demo=False))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        window = _window(qtbot)
        assert window.open_path(path)
        first, second = shown["questions"][-1].split("\n")
        assert first.startswith("shared.sqlite is already open: Иван Петров on ")
        assert second == "Open it read-only?"
        assert window.workspace.path == path and window.workspace.read_only
        answer(QMessageBox.StandardButton.No)
        window.open_path(paths.default_workspace_path())
        assert not window.open_path(path)  # declined: the open file stays
        assert window.workspace.path == paths.default_workspace_path()
    finally:
        holder.kill()
        holder.wait()


def test_a_busy_file_that_reaches_the_error_hook_is_one_line(qtbot, answer, monkeypatch):
    from pathlib import Path

    from recp_audit.gui import errors
    from recp_audit.store.db import busy_error

    shown = answer()
    monkeypatch.setattr(errors.ErrorDialog, "exec", lambda dialog: pytest.fail("dialog"))
    saved = sys.excepthook
    errors.install()
    try:
        error = busy_error(Path("audit.sqlite"))
        sys.excepthook(type(error), error, None)
        qtbot.waitUntil(lambda: bool(shown["warnings"]), timeout=5000)
    finally:
        sys.excepthook = saved
    assert shown["warnings"] == ["audit.sqlite is busy: another program is writing to it; "
                                 "nothing was saved, try again in a moment"]


def test_half_written_backups_of_killed_programs_are_removed_at_start(qtbot, answer):
    answer()
    settings_store.save(Settings(role="expert", author="A", offer_demo=False))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = paths.backup_dir() / f".workspace.auto-1a2b3c4d.20261203-141500.sqlite.{dead}.x1.part"
    left.write_bytes(b"SQLite format 3\x00")
    _window(qtbot)
    assert not left.exists()
