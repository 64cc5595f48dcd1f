"""Progress reporting and cancelling of long work, shared by the GUI worker and the CLI."""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the work stops and leaves nothing half-done behind."""


class Progress:
    """Called with the fraction done (0..1); raises Cancelled once cancelling was asked."""

    def __init__(self, report: Callable[[float], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None):
        self._report = report
        self._is_cancelled = is_cancelled

    def __call__(self, fraction: float) -> None:
        if self._report is not None:
            self._report(min(max(fraction, 0.0), 1.0))
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
