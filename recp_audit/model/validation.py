"""Clean and check the fields of people, parks, enterprises and audits.

`clean_fields(Model, values)` returns the values converted to their stored
types or raises `ValidationError` naming the field, e.g.
``clean_fields(Park, {"name": "  "})`` -> ``name: must not be empty``.
Numbers may be typed with a decimal comma (``53,9``) as Russian users do.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable
from typing import Any

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, ValidationError
from recp_audit.choices import (CURRENCIES, REPORT_LANGUAGES, AuditKind, AuditStatus, PersonRole,
                                TeamRole)
from recp_audit.model.audit import Audit, AuditMember
from recp_audit.model.organisation import Enterprise, Park, Person

CONTEXT = "Validation"


class Invalid(ValueError):
    """A single value failed its check."""

    def __init__(self, template: str, **params: Any):
        super().__init__(template.format(**params))
        self.message = Message(CONTEXT, template, params)


Cleaner = Callable[[Any], Any]


def text(max_length: int, required: bool = False) -> Cleaner:
    """Stripped text of at most `max_length` characters."""
    def clean(value: Any) -> str:
        value = "" if value is None else str(value).strip()
        if required and not value:
            raise Invalid(QT_TRANSLATE_NOOP("Validation", "must not be empty"))
        if len(value) > max_length:
            raise Invalid(QT_TRANSLATE_NOOP("Validation", "is too long ({length} characters, at most "
                                            "{maximum})"), length=len(value), maximum=max_length)
        return value
    return clean


def _number(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raw = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a number"),
                      value=value) from None


def number(low: float, high: float, integer: bool = False) -> Cleaner:
    """An optional number within [low, high]; empty text means unknown (None)."""
    def clean(value: Any) -> float | int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        result = _number(value)
        if result != result or not low <= result <= high:  # NaN fails too
            raise Invalid(QT_TRANSLATE_NOOP("Validation", "must be between {low} and {high}"),
                          low=_plain(low), high=_plain(high))
        if integer:
            if not result.is_integer():
                raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a whole number"),
                              value=value)
            return int(result)
        return result
    return clean


def _plain(value: float) -> str:
    return f"{value:g}"


def choice(enum_cls: type[enum.Enum]) -> Cleaner:
    """A member of `enum_cls`, given as the member or its value."""
    def clean(value: Any) -> enum.Enum:
        try:
            return enum_cls(value)
        except ValueError:
            raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not one of: {allowed}"),
                          value=value, allowed=", ".join(m.value for m in enum_cls)) from None
    return clean


def one_of(allowed: tuple[str, ...]) -> Cleaner:
    """One of a few fixed codes (language, currency), case-insensitive."""
    def clean(value: Any) -> str:
        code = str(value or "").strip()
        for candidate in allowed:
            if candidate.lower() == code.lower():
                return candidate
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not one of: {allowed}"),
                      value=value, allowed=", ".join(allowed))
    return clean


def nace_code(value: Any) -> str:
    """A NACE Rev. 2.1 code from the shipped list, or empty."""
    from recp_audit.codes import nace

    raw = str(value or "").strip()
    if not raw:
        return ""
    found = nace.lookup(raw)
    if found is None:
        raise Invalid(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not a NACE Rev. 2.1 code (for example 10.51)"), value=raw)
    return found.code


def national_code(value: Any) -> str:
    """An OKED/OKVED code whose leading digits name a NACE division, or empty."""
    from recp_audit.codes import nace

    raw = str(value or "").strip()
    if raw and nace.national_to_nace(raw) is None:
        raise Invalid(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not an OKED/OKVED code (digits, for example 10510)"),
            value=raw)
    return raw


def unit(value: Any) -> str:
    """A unit pint understands (Russian spellings too), or empty."""
    from recp_audit.units import UnitError, parse_unit

    raw = str(value or "").strip()
    if raw:
        try:
            parse_unit(raw)
        except UnitError as exc:
            raise Invalid(exc.message.template, **exc.message.params) from None
    return raw


def date(value: Any) -> dt.date | None:
    """A date, given as a date or as ISO text (2026-01-31); empty means unknown."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a date (YYYY-MM-DD)"),
                      value=value) from None


def identifier(value: Any) -> uuid.UUID | None:
    """A record id (UUID), or None."""
    if value is None or value == "":
        return None
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a record id"),
                      value=value) from None


SPECS: dict[type, dict[str, Cleaner]] = {
    Person: {"name": text(200, required=True), "organisation": text(300),
             "role": choice(PersonRole), "email": text(200)},
    Park: {"name": text(200, required=True), "country": text(100), "region": text(200),
           "latitude": number(-90, 90), "longitude": number(-180, 180), "notes": text(20000)},
    Enterprise: {"park_id": identifier, "name": text(300, required=True),
                 "nace_code": nace_code, "national_code": national_code, "address": text(500),
                 "latitude": number(-90, 90), "longitude": number(-180, 180),
                 "employees": number(0, 1_000_000, integer=True), "main_products": text(20000),
                 "shifts": number(1, 4, integer=True), "annual_output": number(0, 1e15),
                 "annual_output_unit": unit},
    Audit: {"enterprise_id": identifier, "kind": choice(AuditKind),
            "title": text(300, required=True), "period_start": date, "period_end": date,
            "status": choice(AuditStatus), "report_language": one_of(REPORT_LANGUAGES),
            "currency": one_of(CURRENCIES)},
    AuditMember: {"audit_id": identifier, "person_id": identifier,
                  "team_role": choice(TeamRole)},
}
REQUIRED: dict[type, tuple[str, ...]] = {
    Person: ("name",), Park: ("name",), Enterprise: ("name",),
    Audit: ("enterprise_id", "title"), AuditMember: ("audit_id", "person_id"),
}


def clean_fields(model: type, values: dict[str, Any], *, partial: bool = False,
                 current: dict[str, Any] | None = None) -> dict[str, Any]:
    """Checked and converted `values` for `model`; `partial` allows leaving fields out."""
    spec = SPECS[model]
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key not in spec:
            raise ValidationError(key, Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Validation", "unknown field \"{field}\""), {"field": key}))
        try:
            cleaned[key] = spec[key](value)
        except Invalid as exc:
            raise ValidationError(key, exc.message) from None
    if not partial:
        for key in REQUIRED[model]:
            if cleaned.get(key) in (None, ""):
                raise ValidationError(key, Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "Validation", "must not be empty")))
    _check_together(model, {**(current or {}), **cleaned})
    return cleaned


def _check_together(model: type, merged: dict[str, Any]) -> None:
    if model is Audit:
        start, end = merged.get("period_start"), merged.get("period_end")
        if start and end and end < start:
            raise ValidationError("period_end", Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Validation", "the baseline period ends before it starts")))
    if model is Enterprise:
        if merged.get("annual_output") is not None and not merged.get("annual_output_unit"):
            raise ValidationError("annual_output_unit", Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Validation", "give the unit of the annual output (for example t or pcs)")))
    if model in (Park, Enterprise):
        if (merged.get("latitude") is None) != (merged.get("longitude") is None):
            raise ValidationError("longitude" if merged.get("longitude") is None else "latitude",
                                  Message(CONTEXT, QT_TRANSLATE_NOOP(
                                      "Validation", "give both latitude and longitude, or neither")))
