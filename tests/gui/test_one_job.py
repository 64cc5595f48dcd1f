"""One long job at a time (issue 25, item 6): the progress dialog is window-modal, a
second job is refused in one line, closing the window during a job asks and stops it
cleanly, leaving nothing half-written."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from recp_audit import settings as settings_store
from recp_audit.gui import i18n, tasks
from recp_audit.gui.app import create_window
from recp_audit.gui.tasks import Busy, run_task
from recp_audit.services import navigation
from recp_audit.settings import Settings


def test_a_second_job_is_refused_while_the_first_runs(qtbot):
    release = threading.Event()
    seen = {}

    def meanwhile():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QProgressDialog) and w.windowTitle() == "Merging…")
        seen["modality"] = dialog.windowModality()
        seen["running"] = tasks.running()
        try:
            run_task(None, "Opening other.sqlite…", lambda _progress: "opened")
        except Busy as exc:
            seen["refused"] = i18n.text(exc.message)
        release.set()

    QTimer.singleShot(50, meanwhile)
    assert run_task(None, "Merging…", lambda _progress: release.wait(10) and "merged") \
        == "merged"
    assert seen == {"modality": Qt.WindowModality.WindowModal, "running": "merging…",
                    "refused": "Wait until it ends: merging…"}
    assert tasks.running() is None
    assert run_task(None, "Opening other.sqlite…", lambda _progress: "opened") == "opened"


@pytest.fixture
def window(qtbot, tmp_path, demo_template, answer):
    shown = answer()
    settings_store.save(Settings(language="en", role="expert", offer_demo=False,
                                 backups_kept=0))
    demo_template.save_as(tmp_path / "demo.sqlite").close()
    main = create_window(tmp_path / "demo.sqlite", language="en")
    qtbot.addWidget(main)
    main.show()
    main.shown = shown
    return main


def test_opening_a_workspace_during_a_merge_is_refused(qtbot, tmp_path, window, monkeypatch):
    from recp_audit.messages import Message, RecpError
    from recp_audit.services import merge

    other = tmp_path / "other.sqlite"
    release = threading.Event()

    def slow_merge(*_args, **_kwargs):
        release.wait(10)
        raise RecpError(Message("Merge", "stopped by the test"))

    def open_meanwhile():
        seen["opened"] = window.open_path(other)
        release.set()

    monkeypatch.setattr(merge, "merge", slow_merge)
    seen = {}
    QTimer.singleShot(50, open_meanwhile)
    window.merge_files([str(tmp_path / "incoming.sqlite")])
    assert seen == {"opened": False}
    assert window.shown["warnings"][0] == "Wait until it ends: checking the files…"
    assert window.workspace.path == tmp_path / "demo.sqlite"


def test_closing_during_a_report_asks_and_stops_it_leaving_no_file(qtbot, tmp_path, window,
                                                                    monkeypatch):
    import recp_audit.reports.park as park_pdf

    folder = tmp_path / "reports"
    folder.mkdir()
    started, asked = threading.Event(), threading.Event()
    original = park_pdf.build_park_pdf

    def gated(workspace, park_id, target, language, progress=None):
        def gate(fraction):
            started.set()
            asked.wait(10)  # the user is being asked whether to close
            progress(fraction)
        return original(workspace, park_id, target, language, gate)

    monkeypatch.setattr(park_pdf, "build_park_pdf", gated)
    seen = {}

    def close_meanwhile():
        if not started.is_set():
            QTimer.singleShot(20, close_meanwhile)
            return
        window.close()
        seen["still open"] = window.isVisible()
        seen["workspace kept"] = window.workspace is not None
        asked.set()

    QTimer.singleShot(0, close_meanwhile)
    park = next(p for p in navigation.load_tree(window.workspace) if p.id)
    assert window.park_report(park.id, str(folder / "park.pdf")) is None  # it stopped
    assert window.shown["questions"] == [
        "Not finished yet: making the park report… Stop it and close the window?"]
    assert seen == {"still open": True, "workspace kept": True}
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.workspace is None  # released once the job had ended
    assert list(folder.iterdir()) == []  # neither the report nor its temporary file


def test_closing_without_a_job_does_not_ask(qtbot, window):
    window.close()
    assert not window.isVisible() and window.shown["questions"] == []


def test_answering_no_keeps_the_job_and_the_window(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.No)
    seen = {}

    def close_meanwhile():
        window.close()
        seen["visible"] = window.isVisible()

    QTimer.singleShot(50, close_meanwhile)
    assert run_task(window, "Copying…", lambda _progress: threading.Event().wait(0.5)
                    or "copied", cancellable=False) == "copied"
    qtbot.wait(200)
    assert seen == {"visible": True} and window.isVisible()
