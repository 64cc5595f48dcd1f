"""Hybrid logical clock (Kulkarni et al., 2014) for ordering edits across laptops.

A timestamp is ``"<wall ms, 13 digits>.<counter, 5 digits>"`` so that string
order equals time order, e.g. ``"1763700000000.00002"``: the third event in the
same millisecond. Wall time never goes backwards in the stamps even when the
laptop clock does; `observe` folds in stamps seen in another file.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


def format_stamp(wall_ms: int, counter: int) -> str:
    """Sortable text form of a clock reading."""
    return f"{wall_ms:013d}.{counter:05d}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    """(wall ms, counter) of a stamp written by `format_stamp`."""
    wall, counter = stamp.split(".")
    return int(wall), int(counter)


class HybridClock:
    """Issues strictly increasing stamps close to wall-clock time."""

    def __init__(self, last: str | None = None, now_ms: Callable[[], int] | None = None):
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._wall, self._counter = parse_stamp(last) if last else (0, 0)
        self._lock = threading.Lock()

    def now(self) -> str:
        """A new stamp later than every stamp issued or observed so far."""
        with self._lock:
            physical = self._now_ms()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return format_stamp(self._wall, self._counter)

    def observe(self, stamp: str) -> None:
        """Take a stamp from another copy into account."""
        wall, counter = parse_stamp(stamp)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter
