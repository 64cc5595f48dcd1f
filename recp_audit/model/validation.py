"""Clean and check the fields of people, parks, enterprises and audits.

`clean_fields(Model, values)` returns the values converted to their stored
types or raises `ValidationError` naming the field, e.g.
``clean_fields(Park, {"name": "  "})`` -> ``Name: must not be empty``. Text is as long
as its column allows (String(200) -> 200 characters) and free of control characters.
Numbers may be typed with a decimal comma (``53,9``) as Russian users do.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Callable
from typing import Any

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, ValidationError
from recp_audit.choices import (CURRENCIES, REPORT_LANGUAGES, AuditKind, AuditStatus, CPCategory,
                                DataSource, InstrumentKind, OptionStatus, PersonRole,
                                ResourceArea, ResourceKind, StreamDirection, StreamKind,
                                TeamRole)
from recp_audit.measure.quantities import QUANTITIES
from recp_audit.model.audit import Audit, AuditMember
from recp_audit.model.baseline import BaselineEntry, Tariff
from recp_audit.model.checklist import Option
from recp_audit.model.symbiosis import Stream
from recp_audit.model.measurement import Instrument, MeasurementPoint, Reading
from recp_audit.model.organisation import Enterprise, Park, Person

CONTEXT = "Validation"


class Invalid(ValueError):
    """A single value failed its check."""

    def __init__(self, template: str, **params: Any):
        super().__init__(template.format(**params))
        self.message = Message(CONTEXT, template, params)


Cleaner = Callable[[Any], Any]


def text(max_length: int | None = None, required: bool = False) -> Cleaner:
    """Stripped text; its length limit is the column's (`check_text`) unless `max_length`
    is given for text kept outside a column of its own."""
    def clean(value: Any) -> str:
        value = "" if value is None else str(value).strip()
        if required and not value:
            raise Invalid(QT_TRANSLATE_NOOP("Validation", "must not be empty"))
        if max_length is not None:
            check_text(value, max_length, multiline=True)
        return value
    return clean


LONG_TEXT = 20_000  # characters of a Text column (notes, descriptions): ten pages
_LINE_BREAKS = "\t\n\r"


def check_text(value: str, limit: int, multiline: bool) -> None:
    """Refuse C0 control characters (tab and line breaks allowed when `multiline`), DEL,
    unpaired surrogates, and text longer than `limit`."""
    for char in value:
        code = ord(char)
        if (code < 32 and not (multiline and char in _LINE_BREAKS)) or code == 0x7F \
                or 0xD800 <= code <= 0xDFFF:
            raise Invalid(QT_TRANSLATE_NOOP("Validation", "invalid character ({code})"),
                          code=f"U+{code:04X}")
    if len(value) > limit:
        raise Invalid(QT_TRANSLATE_NOOP(
            "Validation", "at most {maximum} characters (typed {length})"),
            maximum=_grouped(limit), length=_grouped(len(value)))


def _grouped(count: int) -> str:
    """A count with its thousands apart: 20000 -> '20 000'."""
    return f"{count:,}".replace(",", "\u00a0")


def text_limit(model: type, key: str) -> tuple[int, bool] | None:
    """(length limit, multi-line allowed) of the text column `key` of `model`, from the
    column itself (String(200) -> 200 on one line; Text -> LONG_TEXT, multi-line)."""
    import sqlalchemy as sa

    column = model.__table__.columns.get(key)
    kind = getattr(column, "type", None)
    if isinstance(kind, sa.Text):
        return LONG_TEXT, True
    if isinstance(kind, sa.String) and kind.length:
        return kind.length, False
    return None


def _number(value: Any, unit: str = "") -> float:
    """A number typed as users type it (units.split_number); with `unit` ("percent")
    the number may carry that unit, and a bare fraction of a percentage is asked about."""
    from pint import DimensionalityError

    from recp_audit.units import AmbiguousPercent, UnitError, read, split_number

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        if unit:
            return float(read(str(value), unit).value.m_as(unit))
        number_, rest = split_number(str(value))
    except AmbiguousPercent as exc:
        raise Invalid("{problem}", problem=exc.message) from None
    except (UnitError, ValueError, DimensionalityError):
        rest = "?"
    if rest:
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a number"),
                      value=value)
    return number_


def number(low: float, high: float, integer: bool = False, unit: str = "") -> Cleaner:
    """An optional number within [low, high] (in `unit` when given); empty text means
    unknown (None)."""
    def clean(value: Any) -> float | int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        result = _number(value, unit)
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


def nace_codes(value: Any) -> str:
    """Several NACE Rev. 2.1 codes (separated by semicolons or new lines), or empty."""
    codes = []
    for part in re.split(r"[;\n]+", str(value or "")):
        code = nace_code(part)
        if code and code not in codes:
            codes.append(code)
    if len("; ".join(codes)) > 60:
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "at most {count} activities besides the "
                                                      "main one"), count=8)
    return "; ".join(codes)


def national_code(value: Any) -> str:
    """An OKED/OKVED code whose leading digits name a NACE division, or empty."""
    from recp_audit.codes import nace

    raw = str(value or "").strip()
    if raw and nace.national_to_nace(raw) is None:
        raise Invalid(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not an OKED/OKVED code (digits, for example 10510)"),
            value=raw)
    return raw


def national_waste_code(value: Any) -> str:
    """A Belarusian national waste code (seven digits, spaces and dashes allowed), or empty;
    a well-formed code missing from the shipped partial table is accepted."""
    from recp_audit.codes import national_waste

    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    code = national_waste.read_code(value)
    if code is None:
        raise Invalid(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not a national waste code (seven digits, for example "
                          "9120400)"), value=value)
    return code


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


def moment(value: Any) -> dt.datetime:
    """A date and time, given as a datetime or ISO text (2026-11-21 14:05)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    try:
        return dt.datetime.fromisoformat(str(value).strip()).replace(tzinfo=None, microsecond=0)
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not a date and time (YYYY-MM-DD HH:MM)"),
            value=value) from None


def quantity_list(value: Any) -> list[str]:
    """Quantity ids (measure.quantities) an instrument measures."""
    items = [str(v) for v in (value or [])]
    unknown = [v for v in items if v not in QUANTITIES]
    if unknown:
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a known quantity"),
                      value=unknown[0])
    return list(dict.fromkeys(items))


def identifier(value: Any) -> uuid.UUID | None:
    """A record id (UUID), or None."""
    if value is None or value == "":
        return None
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a record id"),
                      value=value) from None


def month(value: Any) -> dt.date:
    """A date as the first day of its month (`2026-03`, `2026-03-15`, `03.2026`)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.replace(day=1)
    raw = str(value or "").strip()
    for pattern in ("%Y-%m", "%Y-%m-%d", "%m.%Y", "%d.%m.%Y", "%m/%Y"):
        try:
            return dt.datetime.strptime(raw, pattern).date().replace(day=1)
        except ValueError:
            continue
    raise Invalid(QT_TRANSLATE_NOOP(
        "Validation", "\"{value}\" is not a month (write 2026-03 or 03.2026)"), value=value)


def ewc_code(value: Any) -> str:
    """A European Waste Catalogue code written `02 05 01` or `020501` (`*` when hazardous)."""
    raw = str(value or "").replace(" ", "").strip()
    if not raw:
        return ""
    digits = raw.rstrip("*")
    if len(digits) != 6 or not digits.isdigit() or len(raw) - len(digits) > 1:
        raise Invalid(QT_TRANSLATE_NOOP(
            "Validation", "\"{value}\" is not a waste code (six digits such as 02 05 01)"),
            value=value)
    return f"{digits[:2]} {digits[2:4]} {digits[4:]}{'*' if raw.endswith('*') else ''}"


def flag(value: Any) -> bool:
    """Yes/no written as a bool, 1/0, yes/no or да/нет."""
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("1", "yes", "y", "true", "да", "д", "+"):
        return True
    if text in ("", "0", "no", "n", "false", "нет", "н", "-"):
        return False
    raise Invalid(QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not yes or no"), value=value)


_MONTH_NAMES = {name: number for number, names in enumerate((
    ("jan", "янв"), ("feb", "фев"), ("mar", "мар"), ("apr", "апр"), ("may", "май", "мая"),
    ("jun", "июн"), ("jul", "июл"), ("aug", "авг"), ("sep", "сен"), ("oct", "окт"),
    ("nov", "ноя"), ("dec", "дек")), start=1) for name in names}


ALL_YEAR = {"круглый год", "круглогодично", "весь год", "круглогодичный", "постоянно",
            "all year", "all year round", "year-round", "year round", "continuous"}


def months(value: Any) -> list[int]:
    """Months of the year a stream runs: a list, `1,2,3`, `4-10`, `апр-окт`; empty for all
    (also when written as «круглый год», «весь год», "all year", "year-round")."""
    if str(value or "").strip().lower().replace("ё", "е") in ALL_YEAR:
        return []
    if isinstance(value, (list, tuple)):
        parts = [str(v) for v in value]
    else:
        parts = [p for p in str(value or "").replace(";", ",").split(",") if p.strip()]
    found: set[int] = set()
    for part in parts:
        ends = [e.strip().lower()[:3] for e in part.replace("–", "-").split("-")]
        try:
            numbers = [int(e) if e.isdigit() else _MONTH_NAMES[e] for e in ends]
        except KeyError:
            raise Invalid(QT_TRANSLATE_NOOP(
                "Validation", "\"{value}\" is not a list of months (e.g. 1-12, 4,5,6 or "
                              "апр-окт)"), value=value) from None
        if any(not 1 <= n <= 12 for n in numbers) or len(numbers) > 2:
            raise Invalid(QT_TRANSLATE_NOOP(
                "Validation", "\"{value}\" is not a list of months (e.g. 1-12, 4,5,6 or "
                              "апр-окт)"), value=value)
        first, last = numbers[0], numbers[-1]
        found.update(range(first, last + 1) if first <= last
                     else [*range(first, 13), *range(1, last + 1)])
    return [] if len(found) == 12 else sorted(found)


def optional_currency(value: Any) -> str:
    """A currency code, or empty."""
    return one_of(CURRENCIES)(value) if str(value or "").strip() else ""


def manual_savings(value: Any) -> dict[str, str]:
    """Savings typed by hand per resource kind (`{"raw_material": "12 t"}`): each a number
    with a unit that fits the kind."""
    from recp_audit.units import UnitError, parse_unit, quantity_name, registry, split_number

    cleaned = {}
    for kind, text in dict(value or {}).items():
        text = str(text or "").strip()
        if not text:
            continue
        try:
            resource = ResourceKind(kind)
            number_, written = split_number(text)
            dimension = registry().get_dimensionality(parse_unit(written or "?"))
        except (ValueError, UnitError):
            raise Invalid(QT_TRANSLATE_NOOP(
                "Validation", "{kind}: \"{text}\" is not an amount with its unit (e.g. 12 t)"),
                kind=kind, text=text) from None
        allowed = KIND_UNITS.get(resource, ())
        if allowed and all(registry().get_dimensionality(u) != dimension for u in allowed):
            raise Invalid(QT_TRANSLATE_NOOP(
                "Validation", "{kind}: {unit} does not fit (use {allowed})"), kind=kind,
                unit=written, allowed=" or ".join(str(quantity_name(parse_unit(u)))
                                                  for u in allowed))
        cleaned[str(resource)] = text
    return cleaned


def amount(value: Any) -> str:
    """A number with its unit (`540 MWh`), or nothing."""
    from recp_audit.units import UnitError, parse_unit, split_number

    text = str(value or "").strip()
    if text:
        try:
            written = split_number(text)[1]
            parse_unit(written or "?")
        except (ValueError, UnitError):
            raise Invalid(QT_TRANSLATE_NOOP(
                "Validation", "\"{text}\" is not an amount with its unit (e.g. 540 MWh)"),
                text=text) from None
    return text


REALISED_NOTE = 2000  # characters of the note kept with an implemented option's result


def realised(value: Any) -> dict[str, Any]:
    """What an implemented option has achieved: money per year and a note."""
    value = dict(value or {})
    money = value.get("money")
    return {"money": None if money in (None, "") else number(-1e15, 1e15)(money),
            "note": text(REALISED_NOTE)(value.get("note"))}


SPECS: dict[type, dict[str, Cleaner]] = {
    Person: {"name": text(required=True), "organisation": text(),
             "role": choice(PersonRole), "email": text()},
    Park: {"name": text(required=True), "country": text(), "region": text(),
           "latitude": number(-90, 90), "longitude": number(-180, 180), "notes": text()},
    Enterprise: {"park_id": identifier, "name": text(required=True),
                 "nace_code": nace_code, "other_nace_codes": nace_codes,
                 "national_code": national_code, "address": text(),
                 "latitude": number(-90, 90), "longitude": number(-180, 180),
                 "employees": number(0, 1_000_000, integer=True), "main_products": text(),
                 "shifts": number(1, 4, integer=True), "annual_output": number(0, 1e15),
                 "annual_output_unit": unit, "private": flag},
    Audit: {"enterprise_id": identifier, "kind": choice(AuditKind),
            "title": text(required=True), "period_start": date, "period_end": date,
            "status": choice(AuditStatus), "report_language": one_of(REPORT_LANGUAGES),
            "currency": one_of(CURRENCIES)},
    AuditMember: {"audit_id": identifier, "person_id": identifier,
                  "team_role": choice(TeamRole)},
    Instrument: {"kind": choice(InstrumentKind), "make": text(), "model": text(),
                 "serial": text(), "quantities": quantity_list,
                 "accuracy_percent": number(0, 100, unit="percent"), "accuracy_absolute": number(0, 1e9),
                 "accuracy_unit": unit, "calibrated_on": date, "calibration_due": date,
                 "notes": text()},
    MeasurementPoint: {"audit_id": identifier, "name": text(required=True),
                       "area": choice(ResourceArea), "notes": text()},
    Reading: {"point_id": identifier, "quantity": one_of(tuple(QUANTITIES)),
              "value": number(-1e15, 1e15), "unit": unit, "taken": moment,
              "instrument_id": identifier, "uncertainty": number(0, 1e15),
              "note": text()},
    BaselineEntry: {"audit_id": identifier, "kind": choice(ResourceKind), "item": text(),
                    "month": month, "quantity": number(0, 1e15), "unit": unit,
                    "cost": number(0, 1e15), "currency": optional_currency,
                    "source": choice(DataSource), "ewc_code": ewc_code,
                    "factor_key": text()},
    Tariff: {"audit_id": identifier, "kind": choice(ResourceKind), "item": text(),
             "price": number(0, 1e12), "currency": one_of(CURRENCIES), "unit": unit},
    Option: {"audit_id": identifier, "title": text(required=True),
             "description": text(), "area": choice(ResourceArea),
             "category": choice(CPCategory), "status": choice(OptionStatus),
             "fuel": text(), "investment": number(0, 1e15), "lifetime": number(1, 50),
             "discount_rate": number(0, 100, unit="percent"), "responsible": text(),
             "deadline": date,
             "manual_savings": manual_savings, "realised": realised,
             "group_name": text(), "group_order": number(0, 1000, integer=True),
             "group_base": amount},
    Stream: {"enterprise_id": identifier, "direction": choice(StreamDirection),
             "kind": choice(StreamKind), "name": text(required=True),
             "ewc_code": ewc_code, "national_code": national_waste_code, "hazardous": flag,
             "state": text(), "quantity": number(0, 1e15), "unit": unit, "months": months,
             "quality": text(), "temperature": number(-273, 2000),
             "pressure": number(0, 1000), "disposal_route": text(),
             "disposal_cost": number(0, 1e12), "price": number(0, 1e12),
             "currency": optional_currency},
}
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"), "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "latitude": QT_TRANSLATE_NOOP("Field", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Field", "Longitude"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"), "park_id": QT_TRANSLATE_NOOP("Field", "Park"),
    "nace_code": QT_TRANSLATE_NOOP("Field", "NACE code"),
    "national_code": QT_TRANSLATE_NOOP("Field", "National code"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "employees": QT_TRANSLATE_NOOP("Field", "Employees"),
    "main_products": QT_TRANSLATE_NOOP("Field", "Main products"),
    "shifts": QT_TRANSLATE_NOOP("Field", "Shifts"),
    "annual_output": QT_TRANSLATE_NOOP("Field", "Annual output"),
    "annual_output_unit": QT_TRANSLATE_NOOP("Field", "Unit of the annual output"),
    "private": QT_TRANSLATE_NOOP("Field", "Private"),
    "enterprise_id": QT_TRANSLATE_NOOP("Field", "Enterprise"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"), "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "period_start": QT_TRANSLATE_NOOP("Field", "Baseline period start"),
    "period_end": QT_TRANSLATE_NOOP("Field", "Baseline period end"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "report_language": QT_TRANSLATE_NOOP("Field", "Report language"),
    "currency": QT_TRANSLATE_NOOP("Field", "Currency"),
    "audit_id": QT_TRANSLATE_NOOP("Field", "Audit"),
    "person_id": QT_TRANSLATE_NOOP("Field", "Person"),
    "team_role": QT_TRANSLATE_NOOP("Field", "Role in the team"),
    "make": QT_TRANSLATE_NOOP("Field", "Make"), "model": QT_TRANSLATE_NOOP("Field", "Model"),
    "serial": QT_TRANSLATE_NOOP("Field", "Serial number"),
    "quantities": QT_TRANSLATE_NOOP("Field", "Quantities measured"),
    "accuracy_percent": QT_TRANSLATE_NOOP("Field", "Accuracy, %"),
    "accuracy_absolute": QT_TRANSLATE_NOOP("Field", "Absolute accuracy"),
    "accuracy_unit": QT_TRANSLATE_NOOP("Field", "Unit of the absolute accuracy"),
    "calibrated_on": QT_TRANSLATE_NOOP("Field", "Calibrated on"),
    "calibration_due": QT_TRANSLATE_NOOP("Field", "Calibration due"),
    "area": QT_TRANSLATE_NOOP("Field", "Area"),
    "point_id": QT_TRANSLATE_NOOP("Field", "Measurement point"),
    "quantity": QT_TRANSLATE_NOOP("Field", "Quantity"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"), "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "taken": QT_TRANSLATE_NOOP("Field", "Taken at"),
    "instrument_id": QT_TRANSLATE_NOOP("Field", "Instrument"),
    "uncertainty": QT_TRANSLATE_NOOP("Field", "Uncertainty"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"), "item": QT_TRANSLATE_NOOP("Field", "Item"),
    "month": QT_TRANSLATE_NOOP("Field", "Month"), "cost": QT_TRANSLATE_NOOP("Field", "Cost"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "ewc_code": QT_TRANSLATE_NOOP("Field", "Waste code (EWC)"),
    "factor_key": QT_TRANSLATE_NOOP("Field", "Fuel"),
    "price": QT_TRANSLATE_NOOP("Field", "Price"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "fuel": QT_TRANSLATE_NOOP("Field", "Fuel"),
    "investment": QT_TRANSLATE_NOOP("Field", "Investment"),
    "lifetime": QT_TRANSLATE_NOOP("Field", "Lifetime"),
    "discount_rate": QT_TRANSLATE_NOOP("Field", "Discount rate"),
    "responsible": QT_TRANSLATE_NOOP("Field", "Responsible"),
    "deadline": QT_TRANSLATE_NOOP("Field", "Deadline"),
    "manual_savings": QT_TRANSLATE_NOOP("Field", "Savings"),
    "realised": QT_TRANSLATE_NOOP("Field", "Achieved"),
    "group_name": QT_TRANSLATE_NOOP("Field", "Group"),
    "group_order": QT_TRANSLATE_NOOP("Field", "Order in the group"),
    "group_base": QT_TRANSLATE_NOOP("Field", "Base of the group"),
    "direction": QT_TRANSLATE_NOOP("Field", "Direction"),
    "hazardous": QT_TRANSLATE_NOOP("Field", "Hazardous"),
    "state": QT_TRANSLATE_NOOP("Field", "State"),
    "months": QT_TRANSLATE_NOOP("Field", "Months"),
    "quality": QT_TRANSLATE_NOOP("Field", "Quality"),
    "temperature": QT_TRANSLATE_NOOP("Field", "Temperature"),
    "pressure": QT_TRANSLATE_NOOP("Field", "Pressure"),
    "disposal_route": QT_TRANSLATE_NOOP("Field", "Disposal route"),
    "disposal_cost": QT_TRANSLATE_NOOP("Field", "Disposal cost"),
    "caption": QT_TRANSLATE_NOOP("Field", "Caption"),
    "file_name": QT_TRANSLATE_NOOP("Field", "File name"),
    "source_name": QT_TRANSLATE_NOOP("Field", "Source file"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
}
REQUIRED: dict[type, tuple[str, ...]] = {
    Person: ("name",), Park: ("name",), Enterprise: ("name",),
    Audit: ("enterprise_id", "title"), AuditMember: ("audit_id", "person_id"),
    Instrument: ("kind",), MeasurementPoint: ("audit_id", "name"),
    Reading: ("point_id", "quantity", "value", "taken"),
    BaselineEntry: ("audit_id", "kind", "month"), Tariff: ("audit_id", "kind", "price", "unit"),
    Option: ("audit_id", "title"), Stream: ("enterprise_id", "direction", "name"),
}


def clean_fields(model: type, values: dict[str, Any], *, partial: bool = False,
                 current: dict[str, Any] | None = None) -> dict[str, Any]:
    """Checked and converted `values` for `model`; `partial` allows leaving fields out.
    A ValidationError names the field in the user's language («Название: ...»)."""
    try:
        return _clean(model, values, partial, current)
    except ValidationError as exc:
        raise ValidationError(exc.field, exc.problem, field_label(exc.field)) from None


def _clean(model: type, values: dict[str, Any], partial: bool,
           current: dict[str, Any] | None) -> dict[str, Any]:
    spec = SPECS[model]
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key not in spec:
            raise ValidationError(key, Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Validation", "unknown field \"{field}\""), {"field": key}))
        limit = text_limit(model, key) if isinstance(value, str) else None
        try:
            if limit and len(value) > 10 * limit[0]:  # refused before any parsing
                check_text(value.strip(), *limit)
            cleaned[key] = spec[key](value)
            if limit:  # after the cleaner, whose message says more for a code or a unit
                check_text(value.strip(), *limit)
        except Invalid as exc:
            raise ValidationError(key, exc.message) from None
    if not partial:
        for key in REQUIRED[model]:
            if cleaned.get(key) in (None, ""):
                raise ValidationError(key, Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "Validation", "must not be empty")))
    _check_together(model, {**(current or {}), **cleaned})
    return cleaned


def clean_text(model: type, key: str, value: Any) -> str:
    """`value` stripped and checked against the text column `key` of `model` (a record
    kept outside `SPECS`: a series' name, a photo's caption)."""
    value = "" if value is None else str(value).strip()
    limit = text_limit(model, key)
    try:
        if limit:
            check_text(value, *limit)
    except Invalid as exc:
        raise ValidationError(key, exc.message, field_label(key)) from None
    return value


def field_label(key: str) -> Message | str:
    """The name people know the field `key` by (the key itself when it has none)."""
    label = FIELD_LABELS.get(key)
    return key if label is None else Message("Field", label)


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
    if model is Instrument:
        _check_instrument(merged)
    if model is Reading:
        _check_reading_unit(merged)
    if model is BaselineEntry:
        _check_baseline_entry(merged)
    if model in (Park, Enterprise):
        if (merged.get("latitude") is None) != (merged.get("longitude") is None):
            raise ValidationError("longitude" if merged.get("longitude") is None else "latitude",
                                  Message(CONTEXT, QT_TRANSLATE_NOOP(
                                      "Validation", "give both latitude and longitude, or neither")))


def _check_instrument(merged: dict[str, Any]) -> None:
    calibrated, due = merged.get("calibrated_on"), merged.get("calibration_due")
    if calibrated and due and due < calibrated:
        raise ValidationError("calibration_due", Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Validation", "the calibration is due before the date it was calibrated")))
    if merged.get("accuracy_absolute") is not None and not merged.get("accuracy_unit"):
        raise ValidationError("accuracy_unit", Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Validation", "give the unit of the absolute accuracy (for example °C or kW)")))


def _check_reading_unit(merged: dict[str, Any]) -> None:
    """The reading's unit must measure its quantity (kg cannot be a power)."""
    from recp_audit.units import UnitError, parse_quantity

    expected = QUANTITIES[merged["quantity"]].unit if merged.get("quantity") in QUANTITIES \
        else ""
    written = merged.get("unit") or ""
    if not expected:
        return
    try:
        parse_quantity(f"0 {written}" if written else "0", expected)
    except UnitError as exc:
        raise ValidationError("unit", exc.message) from None


# The kinds of quantity a baseline line of each kind may be recorded in.
KIND_UNITS: dict[ResourceKind, tuple[str, ...]] = {
    ResourceKind.ELECTRICITY: ("kWh",), ResourceKind.NATURAL_GAS: ("m**3", "kWh", "kg"),
    ResourceKind.HEAT: ("kWh",), ResourceKind.OTHER_FUEL: ("kg", "m**3", "kWh"),
    ResourceKind.WATER_INTAKE: ("m**3", "kg"), ResourceKind.WASTEWATER: ("m**3", "kg"),
    ResourceKind.RAW_MATERIAL: ("kg", "m**3", "piece"),
    ResourceKind.AUXILIARY_MATERIAL: ("kg", "m**3", "piece"),
    ResourceKind.WASTE: ("kg", "m**3", "piece"), ResourceKind.AIR_EMISSION: ("kg",),
    ResourceKind.PRODUCTION: (),
}


def _check_baseline_entry(merged: dict[str, Any]) -> None:
    """A quantity needs a unit that fits the kind (electricity in kWh, not m³);
    a cost needs its currency."""
    from recp_audit.units import UnitError, parse_unit, quantity_name, registry

    if merged.get("cost") is not None and not merged.get("currency"):
        raise ValidationError("currency", Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Validation", "give the currency of the cost")))
    if merged.get("quantity") is None:
        return
    written = merged.get("unit") or ""
    if not written:
        raise ValidationError("unit", Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Validation", "give the unit of the quantity (for example kWh, m3 or t)")))
    allowed = KIND_UNITS.get(ResourceKind(merged["kind"]), ()) if merged.get("kind") else ()
    if not allowed:
        return
    try:
        dimension = registry().get_dimensionality(parse_unit(written))
    except UnitError as exc:
        raise ValidationError("unit", exc.message) from None
    if all(registry().get_dimensionality(unit) != dimension for unit in allowed):
        raise ValidationError("unit", Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Validation", "{unit} does not fit {kind} (use {allowed})"),
            {"unit": written, "kind": merged["kind"],
             "allowed": " or ".join(str(quantity_name(parse_unit(u))) for u in allowed)}))
