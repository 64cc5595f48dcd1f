from hypothesis import given
from hypothesis import strategies as st

from recp_audit.model.clock import HybridClock, format_stamp, parse_stamp


@given(st.lists(st.integers(min_value=0, max_value=2**41), min_size=1, max_size=60))
def test_stamps_strictly_increase_even_when_the_wall_clock_jumps_back(readings):
    times = iter(readings)
    clock = HybridClock(now_ms=lambda: next(times))
    stamps = [clock.now() for _ in readings]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_observe_moves_the_clock_past_a_remote_stamp():
    clock = HybridClock(now_ms=lambda: 1_000)
    clock.observe(format_stamp(5_000, 3))
    assert parse_stamp(clock.now()) == (5_000, 4)


def test_restarts_after_the_last_stamp_of_the_file():
    clock = HybridClock(last=format_stamp(9_000, 7), now_ms=lambda: 8_000)
    assert clock.now() > format_stamp(9_000, 7)
