"""Series statistics against numpy and hand-computed values; storage round trip."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from recp_audit.measure import stats
from recp_audit.measure.instruments import accuracy_bound, calibration_overdue, calibration_state
from recp_audit.store import series as columns

MINUTE = 60_000


def test_distribution_matches_numpy():
    rng = np.random.default_rng(3)
    values = rng.normal(50, 10, 5000)
    times = np.arange(5000, dtype=np.int64) * MINUTE
    result = stats.describe(stats.Timeline(times), values)
    assert result["count"] == 5000
    assert result["mean"] == pytest.approx(values.mean())
    assert result["std"] == pytest.approx(values.std(ddof=1))
    assert result["min"] == values.min() and result["max"] == values.max()
    for level in (2.5, 5, 25, 50, 75, 95, 97.5):
        key = f"p{str(level).replace('.', '_')}"
        assert result[key] == pytest.approx(np.percentile(values, level))
    assert result["base"] == result["p2_5"] and result["near_peak"] == result["p97_5"]
    assert result["load_factor"] == pytest.approx(values.mean() / values.max())


def test_energy_of_a_constant_load_skips_the_gap():
    """10 kW for 2 h, an hour without samples, then 10 kW for 1 h: 30 kWh, not 40."""
    first = np.arange(0, 121) * MINUTE
    second = np.arange(180, 241) * MINUTE
    times = np.concatenate([first, second]).astype(np.int64)
    values = np.full(len(times), 10.0)
    timeline = stats.Timeline(times)
    assert timeline.interval_ms == MINUTE
    assert stats.time_integral(timeline, values) == pytest.approx(30.0)
    assert stats.covered_hours(timeline, values) == pytest.approx(3.0)
    gaps = stats.find_gaps(times, MINUTE)
    assert gaps.count == 1 and gaps.missing_hours == pytest.approx(59 / 60)


def test_energy_of_a_ramp_is_the_trapezoid_area():
    times = np.arange(0, 61, dtype=np.int64) * MINUTE
    values = np.linspace(0, 60, 61)  # 0 to 60 kW in one hour: 30 kWh
    assert stats.time_integral(stats.Timeline(times), values) == pytest.approx(30.0)


def test_missing_samples_are_left_out():
    times = np.arange(0, 5, dtype=np.int64) * MINUTE
    values = np.array([10, np.nan, 10, 10, 10.0])
    result = stats.describe(stats.Timeline(times), values)
    assert result["count"] == 4 and result["missing"] == 1
    assert result["integral"] == pytest.approx(2 * 10 / 60)


def test_operating_hours_above_a_threshold():
    times = np.arange(0, 121, dtype=np.int64) * MINUTE
    values = np.where(np.arange(121) < 30, 60.0, 5.0)  # loaded for the first half hour
    timeline = stats.Timeline(times)
    assert stats.hours_above(timeline, values, 20) == pytest.approx(0.5)
    assert stats.describe(timeline, values)["threshold"] == pytest.approx(6.0)


def test_duration_curve_and_profiles():
    times = (np.arange(0, 14 * 24 * 60, 60, dtype=np.int64)) * MINUTE  # two weeks, hourly
    hour = (times // 3_600_000) % 24
    values = np.where((hour >= 8) & (hour < 20), 80.0, 20.0)
    hours, curve = stats.duration_curve(values, 3_600_000)
    assert curve[0] == 80 and curve[-1] == 20 and hours[-1] == pytest.approx(len(values))
    day_hours, day = stats.daily_profile(times, values)
    assert day[8] == 80 and day[7] == 20 and len(day_hours) == 24
    week_hours, week = stats.weekly_profile(times, values)
    assert len(week) == 168 and week[24 * 3 + 9] == 80  # Thursday 9:00
    # 1970-01-05 (day 4 of the epoch) was a Monday: hour 0 of the week
    monday = (4 * 24) * 3_600_000
    assert stats.weekly_profile(np.array([monday]), np.array([1.0]))[1][0] == 1.0


def test_selected_range():
    times = np.arange(0, 100, dtype=np.int64) * MINUTE
    part = stats.select(times, 10 * MINUTE, 20 * MINUTE)
    assert times[part][0] == 10 * MINUTE and times[part][-1] == 20 * MINUTE


@settings(max_examples=40, deadline=None)
@given(arrays(np.float64, st.integers(0, 300),
              elements=st.floats(allow_nan=True, allow_infinity=False, width=64)))
def test_values_survive_compression_bit_for_bit(values):
    back = columns.decode(columns.encode(values, columns.VALUES_TYPE), columns.VALUES_TYPE)
    assert back.tobytes() == values.tobytes()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 2**40), max_size=300))
def test_times_survive_delta_compression(stamps):
    times = np.array(sorted(stamps), dtype=np.int64)
    back = columns.decode(columns.encode(times, columns.TIMES_TYPE), columns.TIMES_TYPE)
    assert back.tolist() == times.tolist()


def test_a_foreign_blob_is_refused():
    with pytest.raises(columns.SeriesDataError):
        columns.decode(b"not a series blob", columns.VALUES_TYPE)


def test_regular_series_compress_well():
    times = np.arange(100_000, dtype=np.int64) * MINUTE
    assert len(columns.encode(times, columns.TIMES_TYPE)) < 1000


def test_calibration_flags():
    due = dt.date(2026, 5, 12)
    assert calibration_overdue(due, dt.date(2026, 11, 10))
    assert not calibration_overdue(due, dt.date(2026, 5, 12))
    assert not calibration_overdue(None, dt.date(2026, 11, 10))
    assert calibration_state(due, dt.date(2026, 11, 21)) == "overdue"
    assert calibration_state(due, dt.date(2026, 4, 20)) == "due_soon"
    assert calibration_state(due, dt.date(2026, 1, 1)) == "valid"
    assert calibration_state(None, dt.date(2026, 1, 1)) == "unknown"


def test_accuracy_bounds_as_makers_state_them():
    # Fluke 1738 active power: ±(0.5 % of reading); 67.8 kW -> ±0.339 kW
    assert accuracy_bound(67.8, "kW", 0.5, None, "") == pytest.approx(0.339)
    # ±(1 % + 0.5 °C) at 200 °C -> 2.5 °C; the same 0.5 °C is 0.9 °F on a °F reading
    assert accuracy_bound(200, "degC", 1, 0.5, "degC") == pytest.approx(2.5)
    assert accuracy_bound(392, "degF", 0, 0.5, "degC") == pytest.approx(0.9)
    assert accuracy_bound(5, "percent", None, None, "") is None
    assert accuracy_bound(207, "degC", None, 0.2, "percent") is None  # says nothing of °C
