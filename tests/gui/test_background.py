"""Long work runs off the GUI thread: opening, copying and writing workspaces, and the
baseline and survey imports, behind a busy dialog; the window keeps its events flowing."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from recp_audit import settings as settings_store
from recp_audit.gui.app import create_window
from recp_audit.gui.tasks import run_task
from recp_audit.services.demo import write_demo
from recp_audit.settings import Settings


def test_work_that_cannot_stop_shows_a_busy_bar_without_cancel(qtbot):
    seen = {}

    def work(_progress):
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QProgressDialog) and w.windowTitle() == "Copying")
        seen["buttons"] = [b.text() for b in dialog.findChildren(QPushButton)]
        seen["range"] = (dialog.minimum(), dialog.maximum())
        seen["thread"] = threading.current_thread()
        return 42

    assert run_task(None, "Copying", work, cancellable=False) == 42
    assert seen["buttons"] == [] and seen["range"] == (0, 0)
    assert seen["thread"] is not threading.main_thread()


def test_opening_saving_as_and_the_demo_run_in_the_background(qtbot, tmp_path, answer,
                                                               monkeypatch):
    import recp_audit.services.demo as demo
    import recp_audit.store.db as db

    answer()
    settings_store.save(Settings(language="en", role="expert", offer_demo=False,
                                 backups_kept=0))
    path = tmp_path / "audits.sqlite"
    write_demo(path).close()
    threads = []
    for module, name in ((db, "open_workspace"), (demo, "write_demo")):
        original = getattr(module, name)

        def spy(*args, original=original, **kwargs):
            threads.append(threading.current_thread())
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    window = create_window(path, language="en")
    qtbot.addWidget(window)
    assert window.workspace.path == path
    window.open_demo()
    assert window.workspace.path.name == "demo.sqlite"
    monkeypatch.setattr("recp_audit.gui.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "copy.sqlite"), ""))
    copied = []
    original_save_as = type(window.workspace).save_as

    def save_as(workspace, target):
        copied.append(threading.current_thread())
        return original_save_as(workspace, target)

    monkeypatch.setattr(type(window.workspace), "save_as", save_as)
    window.save_as()
    assert window.workspace.path == tmp_path / "copy.sqlite"
    assert len(threads) >= 2 and len(copied) == 1  # save_as opens the copy as well
    assert all(thread is not threading.main_thread() for thread in threads + copied)
