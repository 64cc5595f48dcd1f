"""Dates as engineers type them: the forms' one date grammar (recp_audit.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from recp_audit.dates import DateError, format_date, format_moment, parse_date, parse_moment

TODAY = dt.date(2026, 12, 3)
JAN_15 = dt.date(2025, 1, 15)


@pytest.mark.parametrize("typed", [
    "15.01.2025", "15.1.25", "15/01/2025", "2025-01-15", "15,01,2025", "15 01 2025",
    "15-01-2025", "15ю01ю2025", "15012025", "150125", "20250115", " 15.01.2025 ",
    "15.01.2025 г.", "15.01.2025г", "2025/1/15"])
def test_the_ways_people_type_a_date(typed):
    assert parse_date(typed, TODAY) == JAN_15


def test_day_and_month_alone_are_of_this_year():
    assert parse_date("15.01", TODAY) == dt.date(2026, 1, 15)
    assert parse_date("1.3", dt.date(2024, 6, 1)) == dt.date(2024, 3, 1)


def test_two_digit_years_pivot_like_strptime():
    assert parse_date("1.2.68", TODAY) == dt.date(2068, 2, 1)
    assert parse_date("1.2.69", TODAY) == dt.date(1969, 2, 1)


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_empty_means_no_date(typed):
    assert parse_date(typed, TODAY) is None


@pytest.mark.parametrize("typed, says", [
    ("31.02.2025", "month 02.2025 has 28 days"), ("29.02.2023", "has 28 days"),
    ("15.13.2025", "there is no month 13"), ("15.01.1812", "the year 1812 is not between"),
    ("завтра", "is not a date: type it as 15.01.2025"), ("2025", "is not a date"),
    ("15.01.2025.", "is not a date"), ("1501202515012026", "is not a date"),
    ("00.01.2025", "has 31 days")])
def test_a_wrong_date_says_what_is_wrong(typed, says):
    with pytest.raises(DateError) as caught:
        parse_date(typed, TODAY)
    assert says in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.message.context == "Dates"


def test_leap_day_exists_in_leap_years():
    assert parse_date("29.02.2024", TODAY) == dt.date(2024, 2, 29)


def test_format_as_the_language_writes():
    assert format_date(JAN_15, "ru") == "15.01.2025"
    assert format_date(JAN_15, "en") == "2025-01-15"
    assert format_date(None, "ru") == ""


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.sampled_from(["ru", "en"]))
def test_format_then_parse_round_trips(day, language):
    shown = format_date(day, language)
    assert parse_date(shown, TODAY) == day
    assert format_date(parse_date(shown, TODAY), language) == shown


@given(st.text(alphabet=st.sampled_from("0123456789.,/- юг\t:ab") , max_size=20) | st.text())
def test_garbage_never_raises_anything_but_date_error(typed):
    try:
        parsed = parse_date(typed, TODAY)
    except DateError as exc:
        assert str(exc) and "\n" not in str(exc).replace(typed, "")
    else:
        assert parsed is None or isinstance(parsed, dt.date)


@pytest.mark.parametrize("typed, meant", [
    ("15.01.2025 14:30", dt.datetime(2025, 1, 15, 14, 30)),
    ("2025-01-15T14:30", dt.datetime(2025, 1, 15, 14, 30)),
    ("15.1.25 9:05:07", dt.datetime(2025, 1, 15, 9, 5, 7)),
    ("9:05", dt.datetime(2026, 12, 3, 9, 5)), ("15.01.2025", dt.datetime(2025, 1, 15)),
    ("", None)])
def test_a_date_with_a_time_of_day(typed, meant):
    assert parse_moment(typed, TODAY) == meant


@pytest.mark.parametrize("typed", ["15.01.2025 24:00", "15.01.2025 14:60", "31.02.2025 10:00"])
def test_a_wrong_time_or_date_with_a_time_says_so(typed):
    with pytest.raises(DateError):
        parse_moment(typed, TODAY)


@given(st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31, 23, 59)),
       st.sampled_from(["ru", "en"]))
def test_moments_round_trip_to_the_minute(moment, language):
    moment = moment.replace(second=0, microsecond=0)
    assert parse_moment(format_moment(moment, language), TODAY) == moment


@given(st.text())
def test_garbage_with_times_never_raises_anything_but_date_error(typed):
    try:
        parse_moment(typed, TODAY)
    except DateError:
        pass
