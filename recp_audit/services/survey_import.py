"""Import a park's tenant survey (XLSX or CSV, one row per stream) as enterprises and
their streams.

The template (`resources/templates/symbiosis_survey.xlsx`, described in README) has
these columns, headed in English, Russian or both ("Enterprise / Предприятие"):
enterprise, nace (NACE or OKED/OKVED code), latitude, longitude (or one coordinates
column "53.91, 27.56"), direction (output/input, предлагает/требуется), kind
(material, energy, water, gas, service, infrastructure), name, ewc, national code,
hazardous, state, quantity (per year), unit, months, temperature (°C), pressure
(bar), disposal route, disposal cost, price (both per unit), currency, notes.

`check` reads and validates without writing: every problem names its row and column.
Errors stop a row; warnings keep it (an EWC code not in the list, a quantity without
its unit, an enterprise named twice with different details, missing coordinates).
`apply` writes the good rows in one transaction, refusing while errors remain unless
the caller skips the bad rows. A stream already there (same enterprise, direction and
name) is updated, not added again, so a corrected survey can be imported again.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pint
import sqlalchemy as sa

from recp_audit.choices import CURRENCIES, StreamDirection, StreamKind
from recp_audit.codes import national_waste
from recp_audit.messages import (QT_TRANSLATE_NOOP, Message, RecpError, ValidationError,
                                 joined)
from recp_audit.model import Enterprise, Park, Stream
from recp_audit.model.validation import clean_fields
from recp_audit.services import table_files
from recp_audit.store.db import Workspace
from recp_audit.units import unit_label

CONTEXT = "SurveyImport"
FIRST_FEW = 8
COLUMNS = {
    "enterprise": ("enterprise", "company", "предприятие", "организация", "компания"),
    "nace": ("nace", "oked", "okved", "nace/oked", "sector", "оквэд", "окэд", "отрасль"),
    "latitude": ("latitude", "lat", "широта"),
    "longitude": ("longitude", "lon", "lng", "долгота"),
    "coordinates": ("coordinates", "координаты"),
    "direction": ("direction", "направление"),
    "kind": ("kind", "вид", "тип"),
    "name": ("name", "stream", "наименование", "поток", "название"),
    "ewc_code": ("ewc", "ewc code", "код ewc", "код отхода ewc", "код отхода"),
    "national_code": ("national code", "national waste code", "национальный код",
                      "код по классификатору"),
    "hazardous": ("hazardous", "опасный", "опасность"),
    "state": ("state", "physical state", "агрегатное состояние", "состояние"),
    "quantity": ("quantity", "quantity per year", "количество", "количество в год"),
    "unit": ("unit", "единица", "ед. изм.", "ед.изм."),
    "months": ("months", "месяцы"),
    "temperature": ("temperature", "температура"),
    "pressure": ("pressure", "давление"),
    "disposal_route": ("disposal route", "current route", "обращение", "способ удаления"),
    "disposal_cost": ("disposal cost", "стоимость удаления", "затраты на удаление"),
    "price": ("price", "цена"),
    "currency": ("currency", "валюта"),
    "quality": ("notes", "quality", "composition", "примечания", "качество", "состав"),
}
REQUIRED = ("enterprise", "direction", "name")
DIRECTIONS = {
    StreamDirection.OUTPUT: ("output", "offer", "offered", "supply", "выход", "предлагает",
                             "предлагается", "отдаёт", "отдает", "есть"),
    StreamDirection.INPUT: ("input", "need", "needed", "demand", "вход", "требуется",
                            "нужно", "нужен", "получает", "ищет"),
}
KINDS = {
    StreamKind.MATERIAL: ("material", "waste", "by-product", "материал", "отходы", "сырьё",
                          "сырье"),
    StreamKind.ENERGY: ("energy", "heat", "steam", "энергия", "тепло", "пар"),
    StreamKind.WATER: ("water", "вода"),
    StreamKind.GAS: ("gas", "газ"),
    StreamKind.SERVICE: ("service", "услуга"),
    StreamKind.INFRASTRUCTURE: ("infrastructure", "shared infrastructure", "инфраструктура"),
}


class SurveyImportError(RecpError):
    """A survey that cannot be imported; the message names rows and columns."""


@dataclass(frozen=True)
class Problem:
    """One finding: row and column (letter and header), what, and whether it stops the row."""

    row: int
    column: str
    header: str
    message: Message
    error: bool

    def __str__(self) -> str:
        return str(self.described())

    def described(self) -> Message:
        """The finding with its row and column, to be shown in the user's language."""
        if self.column:
            return _message(QT_TRANSLATE_NOOP("SurveyImport",
                                              "row {row}, column {column} ({header}): {problem}"),
                            row=self.row, column=self.column, header=self.header,
                            problem=self.message)
        return _message(QT_TRANSLATE_NOOP("SurveyImport", "row {row}: {problem}"),
                        row=self.row, problem=self.message)


@dataclass
class PlannedEnterprise:
    """An enterprise the survey names: existing (id) or to be created (values)."""

    name: str
    row: int
    id: uuid.UUID | None = None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    """What an import would do: the enterprises, the good stream rows, every problem."""

    file: str
    park_id: uuid.UUID | None
    rouble: str | None = None  # the currency «руб» means in this park (by its country)
    enterprises: dict[str, PlannedEnterprise] = field(default_factory=dict)
    streams: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (key, values)
    problems: list[Problem] = field(default_factory=list)
    new_park: str = ""  # a park created with the enterprises when `park_id` is None

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop their row."""
        return [p for p in self.problems if p.error]

    @property
    def new_enterprises(self) -> int:
        """How many enterprises the import creates."""
        used = {key for key, _ in self.streams}
        return sum(1 for key, e in self.enterprises.items() if e.id is None and key in used)


@dataclass(frozen=True)
class Result:
    """What an import did."""

    enterprises_created: int
    enterprises_reused: int
    streams_added: int
    streams_updated: int
    warnings: list[Problem]


def _message(template: str, **params: Any) -> Message:
    return Message(CONTEXT, template, params)


def enterprise_key(name: str) -> str:
    """The name as compared: case, spacing, quotes and Latin look-alikes ignored."""
    from recp_audit.symbiosis.text import LOOK_ALIKE, words

    found = words(name)
    if any(any("а" <= ch <= "я" for ch in word) for word in found):
        found = [word.translate(LOOK_ALIKE) for word in found]  # a Latin "OOO" in Russian
    return " ".join(found)


def _header_key(cell: Any) -> str | None:
    from recp_audit.measure.layout import split_name_unit

    text = str(cell or "").strip()
    for part in [text, *text.split("/")]:
        whole = part.strip().lower()  # "количество в год" before "количество в" + unit "год"
        named = split_name_unit(part.strip())[0].strip().rstrip(",").strip().lower()
        for key, aliases in COLUMNS.items():
            if whole in aliases or named in aliases:
                return key
    return None


def _columns(header: list[Any], file: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _header_key(cell)
        if key and key not in found:
            found[key] = index
    missing = [key for key in REQUIRED if key not in found]
    if missing:
        raise SurveyImportError(_message(QT_TRANSLATE_NOOP(
            "SurveyImport", "{file}: the header row has no column {columns} (see the survey "
                            "template)"), file=file, columns=", ".join(missing)))
    return found


def _choice(table: dict, value: Any) -> Any:
    text = str(value or "").strip().lower()
    for member, names in table.items():
        if text == member.value or text in names:
            return member
    return text


_COORDINATE = re.compile(r"-?\d+(?:[.,]\d+)?")


def _coordinates(text: str) -> tuple[str, str] | None:
    """Latitude and longitude from "53.91, 27.56", "53,91 27,56" or "53.91;27.56"."""
    found = _COORDINATE.findall(str(text))
    return (found[0], found[1]) if len(found) == 2 else None


ROUBLE_COUNTRIES = {"BYN": ("belarus", "беларусь", "республика беларусь", "by", "blr", "рб"),
                   "RUB": ("russia", "россия", "российская федерация", "ru", "rus", "рф")}


def _rouble(workspace: Workspace, park_id: uuid.UUID | None) -> str | None:
    """The currency «руб» stands for in the park's country (None: ask)."""
    if park_id is None:
        return None
    with workspace.session() as session:
        country = (session.get(Park, park_id).country or "").strip().lower()
    return next((code for code, names in ROUBLE_COUNTRIES.items() if country in names), None)


KEPT = "_kept"  # values kept in the notes while a row is read: (field, text)


def _keep_in_notes(values: dict[str, Any], key: str, text: str) -> None:
    """A value that could not be read stays readable in the stream's notes (labelled by
    its column's heading when the row is finished, see `_noted`)."""
    values.setdefault(KEPT, []).append((key, text))


def _noted(values: dict[str, Any], headers: dict[str, str]) -> None:
    """The kept values added to the notes under the headings the file gives their columns,
    so the notes speak the survey's language («Температура: 80 гр»)."""
    kept = "; ".join(f"{headers.get(key, key)}: {text}" for key, text in values.pop(KEPT, ()))
    if kept:
        values["quality"] = f"{values['quality']}; {kept}" if values.get("quality") else kept


def _measures(values: dict[str, Any], problem) -> None:
    """Temperature in °C and pressure in bar, typed with or without a unit (85 °С, 6 кгс/см²)."""
    from recp_audit.units import UnitError, parse_unit, quantity_name, read

    for name, unit in (("temperature", "degC"), ("pressure", "bar")):
        raw = values.get(name)
        if raw is None or isinstance(raw, (int, float)):
            continue
        try:
            values[name] = float(read(str(raw), unit).value.m_as(unit))
        except (UnitError, ValueError, pint.DimensionalityError):
            problem(name, _message(QT_TRANSLATE_NOOP(
                "SurveyImport", "\"{value}\" is not a {what} ({unit}); it is kept in the notes"),
                value=raw, what=quantity_name(parse_unit(unit)), unit=unit_label(unit, "en")),
                error=False)
            _keep_in_notes(values, name, str(raw))
            values.pop(name)


def _yearly(values: dict[str, Any], problem) -> None:
    """The quantity per year in a unit without time, as tenants write it: `120 т/год`,
    `120` with the unit «тонн в год», «м3/сут», «шт/мес»; per day, week or month is
    turned into a year (and said), a unit that cannot be read is kept in the notes."""
    from recp_audit.units import UnitError, parse_unit, per_year, registry, split_number

    raw, unit_text = values.get("quantity"), str(values.get("unit") or "").strip()
    if raw is None:
        return
    try:
        number, written = (float(raw), "") if isinstance(raw, (int, float)) else \
            split_number(str(raw))
        text = written or unit_text
        if not text:
            values["quantity"] = number
            return
        amount = registry().Quantity(number, parse_unit(text))
    except (UnitError, ValueError) as exc:
        message = exc.message if isinstance(exc, UnitError) else _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "\"{value}\" is not a number"), value=raw)
        problem("quantity", message, error=False)
        _keep_in_notes(values, "quantity", f"{raw} {unit_text}".strip())
        values.pop("quantity")
        values.pop("unit", None)
        return
    yearly, period = per_year(amount)
    if period and period != "year":
        problem("quantity", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "{given} is counted as {yearly} a year (all year round); "
                            "correct it if the plant stops part of the year"),
            given=f"{raw} {unit_text}".strip(), yearly=f"{yearly.magnitude:,.0f} "
            f"{unit_label(_unit_text(yearly.units), 'ru')}".replace(",", " ")), error=False)
    values["quantity"] = float(yearly.magnitude) if period else number
    values["unit"] = _unit_text(yearly.units) if period else text


def _unit_text(unit) -> str:
    """A pint unit as stored with a stream (t, m**3, Gcal, piece)."""
    from recp_audit.units import registry

    return f"{registry().Quantity(1, unit).units:~C}".replace("pce", "piece")


def _money(values: dict[str, Any], rouble: str | None, problem) -> None:
    """Price and disposal cost per unit of the stream, as written: `35`, `35 руб/т`,
    `0,035 BYN/кг`; the currency from its column or the amount, «руб» by the park's
    country or asked about (the text then stays in the notes)."""
    from recp_audit.spelling import spell
    from recp_audit.units import UnitError, currency_of, parse_unit, read, registry

    written = str(values.get("currency") or "").strip()
    if written:
        spelled = spell(written, rouble)
        if spelled.rouble or spelled.expression not in CURRENCIES:
            problem("currency", _message(QT_TRANSLATE_NOOP(
                "SurveyImport", "\"{value}\": which currency (BYN, RUB, EUR, USD ...)? The "
                                "prices of this row are kept in the notes"),
                value=written), error=False)
            for name in ("price", "disposal_cost"):
                if values.get(name) is not None:
                    _keep_in_notes(values, name, f"{values.pop(name)} {written}")
            values.pop("currency")
            return
        values["currency"] = spelled.expression
    for name in ("price", "disposal_cost"):
        raw = values.get(name)
        if raw is None or isinstance(raw, (int, float)):
            continue
        try:
            value = read(str(raw), "", rouble).value
            money = currency_of(value)
            if money is None and value.dimensionless:
                values[name] = float(value.magnitude)
                continue
            if values.get("unit") and value.dimensionality != registry().Quantity(
                    1, money).dimensionality:
                value = (value * registry().Quantity(1, parse_unit(values["unit"]))).to(money)
            elif value.dimensionality != registry().Quantity(1, money).dimensionality:
                raise pint.DimensionalityError(value.units, money)
            if values.get("currency") and values["currency"] != money:
                raise pint.DimensionalityError(values["currency"], money)
            values[name], values["currency"] = float(value.magnitude), money
        except (UnitError, ValueError, TypeError, pint.DimensionalityError) as exc:
            problem(name, exc.message if isinstance(exc, UnitError) else _message(
                QT_TRANSLATE_NOOP("SurveyImport", "\"{value}\" is not a price per unit of "
                                                  "this stream; it is kept in the notes"),
                value=raw), error=False)
            _keep_in_notes(values, name, str(raw))
            values.pop(name)


def park_named(workspace: Workspace, name: str) -> uuid.UUID | None:
    """The park called `name` (case and spaces aside), so that a survey imported again
    with a new park's name goes into the park the first run made."""
    wanted = enterprise_key(name)
    with workspace.session() as session:
        for park in session.scalars(sa.select(Park).where(Park.deleted.is_(False))):
            if enterprise_key(park.name) == wanted:
                return park.id
    return None


def _park(workspace: Workspace, park_id: uuid.UUID | None) -> None:
    if park_id is None:
        return
    with workspace.session() as session:
        park = session.get(Park, park_id)
        if park is None or park.deleted:
            raise SurveyImportError(_message(QT_TRANSLATE_NOOP(
                "SurveyImport", "the park {park} does not exist"), park=str(park_id)))


def check(workspace: Workspace, path: Path, park_id: uuid.UUID | None) -> Plan:
    """Read and validate the survey without writing anything."""
    _park(workspace, park_id)
    try:
        rows = table_files.read_rows(path, "survey")
    except table_files.TableFileError as exc:
        raise SurveyImportError(exc.message) from None
    header_at = next((i for i, row in enumerate(rows)
                      if any(c not in (None, "") for c in row)), None)
    if header_at is None:
        raise SurveyImportError(_message(QT_TRANSLATE_NOOP("SurveyImport", "{file} is empty"),
                                         file=path.name))
    columns = _columns(rows[header_at], path.name)
    headers = {key: str(rows[header_at][index]).strip() for key, index in columns.items()}
    plan = Plan(path.name, park_id, _rouble(workspace, park_id),
                _existing(workspace, park_id))
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if any(cell not in (None, "") for cell in row):
            _row(plan, number, row, columns, headers)
    if not plan.streams and not plan.errors:
        raise SurveyImportError(_message(QT_TRANSLATE_NOOP(
            "SurveyImport", "{file} has no rows under its header"), file=path.name))
    return plan


def _existing(workspace: Workspace, park_id: uuid.UUID | None) -> dict[str, PlannedEnterprise]:
    found: dict[str, PlannedEnterprise] = {}
    with workspace.session() as session:
        query = sa.select(Enterprise).where(Enterprise.deleted.is_(False),
                                            Enterprise.park_id.is_(park_id)
                                            if park_id is None else Enterprise.park_id == park_id)
        for enterprise in session.scalars(query.order_by(Enterprise.id)):
            found.setdefault(enterprise_key(enterprise.name),
                             PlannedEnterprise(enterprise.name, 0, enterprise.id))
    return found


def _row(plan: Plan, number: int, row: list[Any], columns: dict[str, int],
         headers: dict[str, str]) -> None:
    def cell(key: str) -> Any:
        index = columns.get(key)
        value = row[index] if index is not None and index < len(row) else None
        return value.strip() if isinstance(value, str) else value

    def problem(key: str, message: Message, error: bool = True) -> None:
        index = columns.get(key)
        plan.problems.append(Problem(number, "" if index is None else
                                     table_files.column_letter(index),
                                     headers.get(key, key), message, error))

    before = len(plan.errors)
    key = _enterprise(plan, number, cell, problem)
    values: dict[str, Any] = {"direction": _choice(DIRECTIONS, cell("direction")),
                              "kind": _choice(KINDS, cell("kind") or "material")}
    for name in ("name", "national_code", "hazardous", "state", "quantity", "unit", "months",
                 "temperature", "pressure", "disposal_route", "disposal_cost", "price",
                 "currency", "quality"):
        if cell(name) not in (None, ""):
            values[name] = cell(name)
    _national_code(values, problem)
    _waste_code(values, cell("ewc_code"), problem)
    _measures(values, problem)
    _yearly(values, problem)
    _money(values, plan.rouble, problem)
    _noted(values, headers)
    if values.get("quantity") is not None and not values.get("unit"):
        problem("quantity", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "the quantity has no unit; it is kept but cannot be compared "
                            "with other streams")), error=False)
    values["enterprise_id"] = uuid.UUID(int=0)  # placeholder for the check; set when written
    while True:
        try:
            cleaned = clean_fields(Stream, values)
            break
        except ValidationError as exc:
            problem(exc.field, exc.problem)
            values.pop(exc.field, None)
            if exc.field in ("direction", "name"):
                return
    if key is not None and len(plan.errors) == before:
        cleaned.pop("enterprise_id")
        plan.streams.append((key, cleaned))


def _enterprise(plan: Plan, number: int, cell, problem) -> str | None:
    name = str(cell("enterprise") or "").strip()
    if not name:
        problem("enterprise", _message(QT_TRANSLATE_NOOP("SurveyImport",
                                                         "the enterprise is not named")))
        return None
    try:
        clean_fields(Enterprise, {"name": name}, partial=True)
    except ValidationError as exc:
        problem("enterprise", exc.problem)
        return None
    values: dict[str, Any] = {"name": name}
    raw = cell("nace")
    typed = [part for part in re.split(r"[;\n]+", raw) if part.strip()] \
        if isinstance(raw, str) else [raw]
    if raw not in (None, "") and typed:
        _activity(values, typed[0], problem)
        for other in typed[1:]:  # further activities, main one first
            found: dict[str, Any] = {}
            _activity(found, other, problem)
            _add_activity(values, found.get("nace_code"))
    latitude, longitude = cell("latitude"), cell("longitude")
    if cell("coordinates") not in (None, ""):
        pair = _coordinates(cell("coordinates"))
        if pair is None:
            problem("coordinates", _message(QT_TRANSLATE_NOOP(
                "SurveyImport", "\"{value}\" is not a latitude and longitude such as "
                                "53.91, 27.56"), value=cell("coordinates")), error=False)
        else:
            latitude, longitude = pair
    given = {k: v for k, v in (("latitude", latitude), ("longitude", longitude))
             if v not in (None, "")}
    if given:
        try:
            values.update(clean_fields(Enterprise, given, partial=True))
        except ValidationError as exc:
            one_column = cell("coordinates") not in (None, "")
            problem("coordinates" if one_column or exc.field not in given else exc.field,
                    exc.problem, error=False)
    key = enterprise_key(name)
    known = plan.enterprises.get(key)
    if known is None:
        if values.get("latitude") is None or values.get("longitude") is None:
            problem("enterprise", _message(QT_TRANSLATE_NOOP(
                "SurveyImport", "{name} has no coordinates: distances to it stay unknown"),
                name=name), error=False)
        plan.enterprises[key] = PlannedEnterprise(name, number, None, values)
        return key
    if known.name != name:
        problem("enterprise", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "\"{name}\" is taken as the enterprise \"{known}\""),
            name=name, known=known.name), error=False)
    if known.id is None:
        _complete(known, values, name, problem)
    return key


def _activity(values: dict[str, Any], raw: Any, problem) -> None:
    """The enterprise's activity from its code as typed (codes.nace.read_code): NACE Rev. 2,
    OKED or OKVED, a leading zero Excel dropped restored and said, two readings asked
    about; the code typed is kept as the national code, its Rev. 2.1 class as NACE."""
    from recp_audit.codes import nace

    typed = str(raw).strip()
    newer = nace.lookup(typed) if isinstance(raw, str) and "." in typed else None
    if newer is not None and nace.lookup(typed, nace.REV2) is None:
        values["nace_code"] = newer.code  # a code only NACE Rev. 2.1 has (16.26 pellets)
        return
    reading = nace.read_code(raw)
    if reading.warning is not None:
        problem("nace", reading.warning, error=False)
    if reading.activity is None:
        if not reading.needs_answer and reading.warning is None:
            problem("nace", _message(QT_TRANSLATE_NOOP(
                "SurveyImport", "\"{value}\" is neither a NACE nor an OKED/OKVED code"),
                value=typed), error=False)
        values["national_code"] = typed  # kept to be answered, not guessed
        return
    current = nace.nearest_rev2_1(reading.code)
    if current is not None:
        values["nace_code"] = current.code
    digits = "".join(ch for ch in typed.split(".0")[0] if ch.isdigit()) \
        if isinstance(raw, (int, float)) else "".join(ch for ch in typed if ch.isdigit())
    if len(digits) >= 4 and nace.national_to_nace(digits.zfill(5)) is not None \
            and (len(digits) >= 5 or isinstance(raw, (int, float))):
        values["national_code"] = digits.zfill(5) if isinstance(raw, (int, float)) else typed
    elif current is None or current.code != reading.code:
        values["national_code"] = reading.code  # the exact Rev. 2 class (16.29), not its group


def _add_activity(values: dict[str, Any], code: str | None) -> None:
    """Add a NACE code to an enterprise's further activities (not its main one twice)."""
    listed = [c for c in values.get("other_nace_codes", "").split("; ") if c]
    if code and code != values.get("nace_code") and code not in listed:
        values["other_nace_codes"] = "; ".join([*listed, code])


def _complete(known: PlannedEnterprise, values: dict[str, Any], name: str, problem) -> None:
    """Fill what an earlier row left empty; report details that disagree with it."""
    kept = known.values
    if values.get("nace_code") and not kept.get("nace_code"):
        kept.update({k: v for k, v in values.items() if k in ("nace_code", "national_code")})
    elif values.get("nace_code") and values["nace_code"] != kept["nace_code"]:
        problem("nace", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "{name} was given NACE {kept} in row {row}; {given} here is "
                            "taken as a further activity"), name=name, kept=kept["nace_code"],
            row=known.row, given=values["nace_code"]), error=False)
        _add_activity(kept, values["nace_code"])
    for code in filter(None, values.get("other_nace_codes", "").split("; ")):
        _add_activity(kept, code)
    place = (values.get("latitude"), values.get("longitude"))
    if None not in place and kept.get("latitude") is None:
        kept.update(latitude=place[0], longitude=place[1])
    elif None not in place and place != (kept["latitude"], kept["longitude"]):
        problem("enterprise", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "{name} was given other coordinates in row {row}; these are "
                            "ignored"), name=name, row=known.row), error=False)


def _waste_code(values: dict[str, Any], raw: Any, problem) -> None:
    from recp_audit.codes import ewc

    text = str(raw or "").strip()
    if not text:
        return
    if isinstance(raw, (int, float)) or (text.isdigit() and len(text) == 5):
        digits = str(int(float(raw))).zfill(6)  # 030105 typed in Excel arrives as 30105
        if len(digits) == 6 and digits != text:
            problem("ewc_code", _message(QT_TRANSLATE_NOOP(
                "SurveyImport", "{given} is read as the EWC code {code} (a spreadsheet dropped "
                                "its leading zero)"),
                given=text, code=ewc.normalise(digits)), error=False)
            text = digits
    entry = ewc.lookup(text)
    if entry is not None:
        values["ewc_code"] = entry.code
        values.setdefault("hazardous", entry.hazardous)
        return
    written = ewc.normalise(text)
    digits = written.replace("*", "").replace(" ", "")
    if len(digits) == 6 and digits.isdigit():
        values["ewc_code"] = written
        problem("ewc_code", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "{code} is not in the European Waste Catalogue; kept as written, "
                            "check it"), code=written), error=False)
    elif national_waste.read_code(raw) is not None:
        values.setdefault("national_code", national_waste.read_code(raw))
        problem("ewc_code", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "\"{code}\" is not an EWC code (six digits); kept as the national "
                            "waste code"), code=text), error=False)
    else:
        _keep_in_notes(values, "ewc_code", text)
        problem("ewc_code", _message(QT_TRANSLATE_NOOP(
            "SurveyImport", "\"{code}\" is neither an EWC code (six digits) nor a national "
                            "waste code (seven); it is kept in the notes"), code=text),
                error=False)


def _national_code(values: dict[str, Any], problem) -> None:
    """The national waste code as seven digits (codes.national_waste.read_code); text that
    is none stays in the notes, said."""
    raw = values.pop("national_code", None)
    if raw is None:
        return
    code = national_waste.read_code(raw)
    if code is not None:
        values["national_code"] = code
        return
    _keep_in_notes(values, "national_code", str(raw))
    problem("national_code", _message(QT_TRANSLATE_NOOP(
        "SurveyImport", "\"{code}\" is not a national waste code (seven digits); it is kept "
                        "in the notes"), code=raw), error=False)


def apply(workspace: Workspace, plan: Plan, skip_bad_rows: bool = False) -> Result:
    """Write the plan's enterprises and good streams in one transaction."""
    if plan.errors and not skip_bad_rows:
        raise SurveyImportError(_message(QT_TRANSLATE_NOOP(
            "SurveyImport", "{file}: {count} problem(s), nothing imported: {first}"),
            file=plan.file, count=len(plan.errors),
            first=joined([p.described() for p in plan.errors[:FIRST_FEW]])))
    used = {key for key, _ in plan.streams}
    created = added = updated = 0
    with workspace.transaction() as session:
        if plan.new_park and plan.park_id is None:
            park = Park(**clean_fields(Park, {"name": plan.new_park}))
            session.add(park)
            session.flush()
            plan.park_id = park.id
        ids = {}
        for key, planned in plan.enterprises.items():
            if key not in used:
                continue
            if planned.id is None:
                record = Enterprise(**clean_fields(Enterprise, {**planned.values,
                                                                "park_id": plan.park_id}))
                session.add(record)
                session.flush()
                planned.id = record.id
                created += 1
            ids[key] = planned.id
        known = {(row.enterprise_id, str(row.direction), enterprise_key(row.name)): row
                 for row in session.scalars(sa.select(Stream).where(
                     Stream.deleted.is_(False), Stream.enterprise_id.in_(ids.values())))}
        for key, values in plan.streams:
            same = known.get((ids[key], str(values["direction"]), enterprise_key(values["name"])))
            if same is None:
                session.add(Stream(**values, enterprise_id=ids[key]))
                added += 1
                continue
            changed = {k: v for k, v in values.items() if getattr(same, k) != v}
            for name, value in changed.items():
                setattr(same, name, value)
            updated += bool(changed)
    return Result(created, len(ids) - created, added, updated, [p for p in plan.problems if not p.error])


def import_survey(workspace: Workspace, path: Path, park_id: uuid.UUID | None,
                  skip_bad_rows: bool = False) -> Result:
    """Check the survey and write it (see `check` and `apply`)."""
    return apply(workspace, check(workspace, path, park_id), skip_bad_rows)
