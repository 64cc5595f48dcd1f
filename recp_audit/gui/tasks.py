"""Run long work (imports, reports, merges) off the GUI thread with progress and Cancel.

`run_task(parent, title, work)` shows a modal progress dialog, runs
`work(progress)` in Qt's thread pool and returns its result, or raises what it
raised (Cancelled when the user pressed Cancel). `run_quietly(parent, work, done)`
runs work the user need not wait for (an automatic backup) and calls
`done(result, error)` on the GUI thread. Widgets are never touched from the worker:
it only emits signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from recp_audit.progress import Cancelled, Progress


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
    """Run `work` in the background behind a modal progress dialog; return its result.
    Work that cannot stop half-way (opening or copying a file) is not `cancellable`: the
    dialog then shows a busy bar without Cancel."""
    signals = _Signals()
    cancel = threading.Event()
    job = _Job(work, signals, cancel)
    job.setAutoDelete(False)
    dialog = QProgressDialog(title, QProgressDialog.tr("Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
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
    QThreadPool.globalInstance().start(job)
    loop.exec()
    cancelled = cancel.is_set()
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
