"""Run long work (imports, reports, merges) off the GUI thread with progress and Cancel.

`run_task(parent, title, work)` shows a window-modal progress dialog, runs
`work(progress)` in Qt's thread pool and returns its result, or raises what it
raised (Cancelled when the user pressed Cancel). One long job runs at a time: another
asked for meanwhile is refused with `Busy`, which names the job under way;
`running()` and `close_after_job(window)` let the window ask before it closes. A stopped
job ends at its next safe point (its next progress report), so what it writes is
either whole or not there. `run_quietly(parent, work, done)` runs work the user need
not wait for (an automatic backup) and calls `done(result, error)` on the GUI thread.
Widgets are never touched from the worker: it only emits signals, which Qt delivers
on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.progress import Cancelled, Progress


class Busy(RecpError):
    """A long job was asked for while another runs."""

    def __init__(self, job: str):
        super().__init__(Message("Tasks", QT_TRANSLATE_NOOP(
            "Tasks", "Wait until it ends: {job}"), {"job": job}))


class _Running(NamedTuple):
    """The long job under way: its title and how to stop it."""

    title: str
    cancel: threading.Event


_RUNNING: list[_Running] = []  # the long job under way (one at most)
FREE_POLL_MS = 100  # how often a deferred close looks whether the job's dialogs are gone


def running() -> str | None:
    """The long job under way as named inside a sentence ("merging…"), if any."""
    title = _RUNNING[0].title if _RUNNING else None
    return title[:1].lower() + title[1:] if title else None


def close_after_job(window: QWidget) -> None:
    """Ask the job under way to stop at its next safe point and close `window` once it
    has ended and what its caller showed about it is closed. Work that cannot stop
    half-way (opening a file) is waited for."""
    if _RUNNING:
        _RUNNING[0].cancel.set()

    def attempt() -> None:
        if _RUNNING or QApplication.activeModalWidget() is not None:
            QTimer.singleShot(FREE_POLL_MS, window, attempt)
        else:
            window.close()
    QTimer.singleShot(0, window, attempt)


class _Signals(QObject):
    progressed = Signal(int)
    finished = Signal()
    done = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 cancel: threading.Event):
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(Progress(
                lambda fraction: self.signals.progressed.emit(int(fraction * 1000)),
                self.cancel.is_set))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.error = exc
        finally:
            with contextlib.suppress(RuntimeError):  # the receiver may be gone (window closed)
                self.signals.finished.emit()
                self.signals.done.emit(self.result, self.error)


def run_task(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
             cancellable: bool = True) -> Any:
    """Run `work` in the background behind a window-modal progress dialog; return its
    result. Work that cannot stop half-way (opening or copying a file) is not
    `cancellable`: the dialog then shows a busy bar without Cancel. Raises Busy while
    another job runs."""
    if _RUNNING:
        raise Busy(running())
    signals = _Signals()
    cancel = threading.Event()
    job = _Job(work, signals, cancel)
    job.setAutoDelete(False)
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.canceled.connect(cancel.set)
        signals.progressed.connect(dialog.setValue)
    else:
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
    loop = QEventLoop()
    signals.finished.connect(loop.quit)
    _RUNNING.append(_Running(title, cancel))
    QThreadPool.globalInstance().start(job)
    try:
        loop.exec()
    finally:
        _RUNNING.clear()
    cancelled = cancellable and cancel.is_set()  # work that cannot stop ended whole
    if cancellable:
        dialog.canceled.disconnect(cancel.set)  # closing the dialog emits canceled
    dialog.close()
    dialog.deleteLater()
    if job.error is not None:
        raise job.error
    if cancelled:
        raise Cancelled()
    return job.result


_QUIET: set[_Signals] = set()  # quiet jobs' signals, kept alive until they are delivered


def run_quietly(parent: QObject, work: Callable[[Progress], Any],
                done: Callable[[Any, BaseException | None], None]) -> None:
    """Run `work` in the background with no dialog; `done(result, error)` follows on the
    GUI thread (not at all when `parent` is gone by then). The signals belong to no
    widget: a window closed while the work runs must not delete what the worker
    thread still emits from (that crashed the program)."""
    signals = _Signals()
    _QUIET.add(signals)
    job = _Job(work, signals, threading.Event())

    def deliver(result: Any, error: BaseException | None) -> None:
        _QUIET.discard(signals)
        if shiboken6.isValid(parent):
            done(result, error)

    signals.done.connect(deliver)
    QThreadPool.globalInstance().start(job)
