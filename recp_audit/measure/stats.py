"""Statistics of a logged channel: distribution, totals over time, load shape.

Times are int64 wall-clock milliseconds, sorted and unique; values are float64
with NaN for missing samples. An interval longer than `GAP_FACTOR` times the
logger's nominal interval is a gap: nothing is integrated or counted across it.

Load-shape terms follow P. Price, "Methods for Analyzing Electric Load Shape
and its Variability", LBNL-3713E (2010): base load is the 2.5th and near-peak
load the 97.5th percentile of the interval demand; load factor is average
demand divided by peak demand.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GAP_FACTOR = 1.5
MS_PER_HOUR = 3_600_000
PERCENTILES = (2.5, 5, 25, 50, 75, 95, 97.5)
_THURSDAY = 3  # 1970-01-01, day 0 of the epoch, was a Thursday (Monday = 0)


def nominal_interval_ms(times: np.ndarray) -> float:
    """The logger's interval: the median step between consecutive samples (0 if < 2)."""
    if len(times) < 2:
        return 0.0
    return float(np.median(np.diff(times)))


@dataclass(frozen=True)
class Gaps:
    """Where a series has no samples for longer than the gap limit."""

    count: int
    missing_hours: float
    first: list[tuple[int, int]]  # (last time before, first time after), first few


def find_gaps(times: np.ndarray, interval_ms: float, keep: int = 5) -> Gaps:
    """Intervals longer than GAP_FACTOR x `interval_ms`."""
    if len(times) < 2 or interval_ms <= 0:
        return Gaps(0, 0.0, [])
    steps = np.diff(times)
    where = np.flatnonzero(steps > GAP_FACTOR * interval_ms)
    missing = float((steps[where] - interval_ms).sum()) / MS_PER_HOUR
    return Gaps(len(where), missing,
                [(int(times[i]), int(times[i + 1])) for i in where[:keep]])


class Timeline:
    """The time axis of a series: its steps in hours and which steps are not gaps.

    Built once per series and shared by the statistics of all its channels.
    """

    def __init__(self, times: np.ndarray, interval_ms: float | None = None):
        self.times = times
        self.interval_ms = nominal_interval_ms(times) if interval_ms is None else interval_ms
        steps = np.diff(times)
        self.hours = steps / MS_PER_HOUR
        self.regular = steps <= GAP_FACTOR * self.interval_ms

    def usable(self, values: np.ndarray) -> np.ndarray:
        """Intervals with no gap and a value at both ends."""
        missing = ~np.isfinite(values)
        if not missing.any():
            return self.regular
        return self.regular & ~missing[:-1] & ~missing[1:]


def time_integral(timeline: Timeline, values: np.ndarray) -> float:
    """The integral of `values` over time in value x hours (trapezoid rule, gaps skipped).

    The trapezoid rule over logged intervals is how energy follows from logged
    demand (e.g. ASHRAE Guideline 14-2014, annex on metered data).
    """
    if len(values) < 2:
        return 0.0
    areas = np.add(values[:-1], values[1:])  # the one temporary array
    areas *= timeline.hours
    return 0.5 * float(areas.sum(where=timeline.usable(values)))


def hours_above(timeline: Timeline, values: np.ndarray, threshold: float) -> float:
    """Hours during which the value was above `threshold` (interval start value counts)."""
    above = timeline.usable(values) & (values[:-1] > threshold)
    return float(timeline.hours.sum(where=above))


def covered_hours(timeline: Timeline, values: np.ndarray) -> float:
    """Hours of usable data (gaps and missing samples left out)."""
    return float(timeline.hours.sum(where=timeline.usable(values)))


def describe(timeline: Timeline, values: np.ndarray, threshold: float | None = None
             ) -> dict[str, float | int | None]:
    """Distribution and load-shape statistics of one channel (JSON-ready).

    Keys: count, missing, min, mean, max, std, p2_5 ... p97_5, base, near_peak,
    peak, load_factor, integral (value x h), hours, threshold, hours_above.
    The threshold for operating hours defaults to 10 % of the peak.
    """
    if np.isinf(values).any():  # an overflowed sample is missing, never an infinite mean
        values = np.where(np.isinf(values), np.nan, values)
    missing = np.isnan(values)
    present = values[~missing] if missing.any() else values
    result: dict[str, float | int | None] = {"count": int(len(present)),
                                             "missing": int(len(values) - len(present))}
    if not len(present):
        return result
    levels = np.percentile(present, PERCENTILES)
    peak = float(present.max())
    mean = float(present.mean())
    threshold = 0.1 * peak if threshold is None else threshold
    result.update({
        "min": float(present.min()), "mean": mean, "max": peak,
        "std": float(present.std(ddof=1)) if len(present) > 1 else 0.0,
        **{f"p{str(level).replace('.', '_')}": float(value)
           for level, value in zip(PERCENTILES, levels)},
        "base": float(levels[0]), "near_peak": float(levels[-1]), "peak": peak,
        "load_factor": mean / peak if peak > 0 else None,
        "integral": time_integral(timeline, values),
        "hours": covered_hours(timeline, values),
        "threshold": threshold,
        "hours_above": hours_above(timeline, values, threshold),
    })
    return result


def select(times: np.ndarray, start_ms: float, end_ms: float) -> slice:
    """The samples from `start_ms` to `end_ms` inclusive (times sorted)."""
    return slice(int(np.searchsorted(times, start_ms, "left")),
                 int(np.searchsorted(times, end_ms, "right")))


def duration_curve(values: np.ndarray, interval_ms: float, points: int = 2000
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Load duration curve: hours (x) during which the load was at least value (y).

    Samples are sorted descending, each standing for one logger interval; the
    curve is thinned to at most `points` points for drawing.
    """
    present = np.sort(values[~np.isnan(values)])[::-1]
    hours = np.arange(1, len(present) + 1) * (interval_ms / MS_PER_HOUR)
    if len(present) > points:
        index = np.linspace(0, len(present) - 1, points).round().astype(np.int64)
        return hours[index], present[index]
    return hours, present


def daily_profile(times: np.ndarray, values: np.ndarray, bin_minutes: int = 60
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Average day: mean value per `bin_minutes` of the day (hour of the bin start, mean)."""
    bins = 24 * 60 // bin_minutes
    slot = (times // (bin_minutes * 60_000)) % bins
    return np.arange(bins) * bin_minutes / 60, _bin_means(slot, values, bins)


def weekly_profile(times: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Average week: mean per hour of the week, Monday 00:00 = hour 0 (168 values)."""
    hour = times // MS_PER_HOUR
    slot = ((hour // 24 + _THURSDAY) % 7) * 24 + hour % 24
    return np.arange(168, dtype=float), _bin_means(slot, values, 168)


def _bin_means(slot: np.ndarray, values: np.ndarray, bins: int) -> np.ndarray:
    present = ~np.isnan(values)
    sums = np.bincount(slot[present], weights=values[present], minlength=bins)
    counts = np.bincount(slot[present], minlength=bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
