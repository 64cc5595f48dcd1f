"""Dates as people type them, and back.

Russian-speaking engineers write the day first: 15.01.2025, 15.1.25, 15,01,2025
(the numeric pad's comma), 15/01/2025, 15 01 2025, 15ю01ю2025 (the full stop key
with the Russian layout), 15012025, and 15.01 for this year; ISO 2025-01-15 is read
too. `parse_date` returns the date (None for an empty text) or raises `DateError`
saying in one line what is wrong; `format_date` writes a date as the language does.
`parse_moment` and `format_moment` do the same for a date with a time of day
(15.01.2025 14:30).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from recp_audit.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "Dates"
FIRST_YEAR, LAST_YEAR = 1900, 2100
# A two-digit year is 20yy up to this, else 19yy: 25 -> 2025, 75 -> 1975 (as strptime's %y).
PIVOT = 68
_ISO = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[-./,\s]+(\d{1,2})(?:[-./,\s]+(\d{2}|\d{4}))?")
_DIGITS = re.compile(r"\d{6}|\d{8}")
_YEAR_WORD = re.compile(r"\s*(?:г\.?|года?)$")  # 15.01.2025 г.
_TIME = re.compile(r"(?:(.*\S)[\sT]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?")


class DateError(ValueError):
    """A typed text that is not a date; `message` says why."""

    def __init__(self, template: str, **params: object):
        self.message = Message(CONTEXT, template, params)
        super().__init__(str(self.message))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= PIVOT else 1900
    return year


def _checked(text: str, day: int, month: int, year: int) -> dt.date:
    """The date, or a DateError naming the part that does not exist."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError(QT_TRANSLATE_NOOP("Dates", "\"{text}\": the year {year} is not between "
                                          "{first} and {last}"),
                        text=text, year=year, first=FIRST_YEAR, last=LAST_YEAR)
    if not 1 <= month <= 12:
        raise DateError(QT_TRANSLATE_NOOP("Dates", "\"{text}\": there is no month {month}"),
                        text=text, month=month)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise DateError(QT_TRANSLATE_NOOP("Dates", "\"{text}\": month {month:02d}.{year} has "
                                          "{days} days"),
                        text=text, month=month, year=year, days=days)
    return dt.date(year, month, day)


def parse_date(text: str | None, today: dt.date | None = None) -> dt.date | None:
    """The date in `text` as typed (day first, or ISO year first); None when empty.
    A day and month alone are of `today`'s year."""
    raw = (text or "").strip()
    cleaned = _YEAR_WORD.sub("", raw.replace("ю", ".").replace("Ю", ".")).strip()
    if not cleaned:
        return None
    if match := _ISO.fullmatch(cleaned):
        year, month, day = (int(part) for part in match.groups())
        return _checked(raw, day, month, year)
    if match := _DAY_FIRST.fullmatch(cleaned):
        day, month, year = match.groups()
        return _checked(raw, int(day), int(month),
                        _year(year) if year else (today or dt.date.today()).year)
    if _DIGITS.fullmatch(cleaned):  # 15012025, 150125; 20250115 when not day first
        day, month, year = int(cleaned[:2]), int(cleaned[2:4]), _year(cleaned[4:])
        if len(cleaned) == 8 and not (FIRST_YEAR <= year <= LAST_YEAR):
            year, month, day = int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:])
        return _checked(raw, day, month, year)
    raise DateError(QT_TRANSLATE_NOOP("Dates", "\"{text}\" is not a date: type it as "
                                      "15.01.2025"), text=raw)


def format_date(day: dt.date | None, language: str = "ru") -> str:
    """`day` as people of `language` write it (15.01.2025, 2025-01-15); empty for None."""
    if day is None:
        return ""
    return day.strftime("%d.%m.%Y") if language == "ru" else day.isoformat()


def parse_moment(text: str | None, today: dt.date | None = None) -> dt.datetime | None:
    """A date with a time of day as typed (15.01.2025 14:30, 2025-01-15T14:30); a date
    alone is at midnight, a time alone is on `today`. None when empty."""
    raw = (text or "").strip()
    match = _TIME.fullmatch(raw)
    if match is None:
        day = parse_date(raw, today)
        return None if day is None else dt.datetime.combine(day, dt.time())
    typed_day, hour, minute, second = match.groups()
    day = parse_date(typed_day, today) if typed_day else (today or dt.date.today())
    if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
        raise DateError(QT_TRANSLATE_NOOP("Dates", "\"{text}\": there is no time of day "
                                          "{hour}:{minute}"), text=raw, hour=hour, minute=minute)
    return dt.datetime.combine(day, dt.time(int(hour), int(minute), int(second or 0)))


def format_moment(moment: dt.datetime | None, language: str = "ru") -> str:
    """`moment` to the minute as people of `language` write it (15.01.2025 14:30)."""
    return "" if moment is None else f"{format_date(moment.date(), language)} {moment:%H:%M}"
