"""Import a baseline table from XLSX or CSV: one row per resource and month.

Columns (header names in English or Russian, any order; the first five needed):
kind, item, month, quantity, unit, cost, currency, source, ewc, fuel. `kind` is a
key (electricity, natural_gas, heat, other_fuel, water_intake, wastewater,
raw_material, auxiliary_material, waste, air_emission, production) or its
Russian name. Every problem is reported with its row and column, and nothing is
stored unless the whole file is good.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from recp_audit.choices import DataSource, ResourceKind
from recp_audit.messages import (QT_TRANSLATE_NOOP, Message, RecpError, ValidationError,
                                 joined)
from recp_audit.model import Audit, BaselineEntry
from recp_audit.model.validation import clean_fields, field_label
from recp_audit.services import table_files
from recp_audit.store.db import Workspace

CONTEXT = "BaselineImport"
FIRST_FEW = 8
COLUMNS = {
    "kind": ("kind", "вид", "ресурс", "resource"),
    "item": ("item", "позиция", "наименование", "name"),
    "month": ("month", "месяц", "период"),
    "quantity": ("quantity", "количество", "объём", "объем"),
    "unit": ("unit", "единица", "ед. изм.", "ед.изм."),
    "cost": ("cost", "стоимость", "сумма"),
    "currency": ("currency", "валюта"),
    "source": ("source", "источник"),
    "ewc_code": ("ewc", "ewc code", "код отхода", "код"),
    "factor_key": ("fuel", "топливо", "factor"),
}
REQUIRED = ("kind", "item", "month", "quantity", "unit")
KIND_NAMES = {
    "электроэнергия": ResourceKind.ELECTRICITY, "природный газ": ResourceKind.NATURAL_GAS,
    "газ": ResourceKind.NATURAL_GAS, "тепло": ResourceKind.HEAT,
    "тепловая энергия": ResourceKind.HEAT, "другое топливо": ResourceKind.OTHER_FUEL,
    "топливо": ResourceKind.OTHER_FUEL, "водопотребление": ResourceKind.WATER_INTAKE,
    "вода": ResourceKind.WATER_INTAKE, "сточные воды": ResourceKind.WASTEWATER,
    "сырьё": ResourceKind.RAW_MATERIAL, "сырье": ResourceKind.RAW_MATERIAL,
    "вспомогательные материалы": ResourceKind.AUXILIARY_MATERIAL,
    "отходы": ResourceKind.WASTE, "выбросы": ResourceKind.AIR_EMISSION,
    "продукция": ResourceKind.PRODUCTION, "производство": ResourceKind.PRODUCTION,
}
SOURCE_NAMES = {"счётчик": DataSource.METER, "счетчик": DataSource.METER,
                "счёт": DataSource.INVOICE, "счет": DataSource.INVOICE,
                "оценка": DataSource.ESTIMATE}


class BaselineImportError(RecpError):
    """A baseline file that cannot be imported; the message lists rows and columns."""


def _error(template: str, **params: Any) -> BaselineImportError:
    return BaselineImportError(Message(CONTEXT, template, params))


def read_rows(path: Path) -> list[list[Any]]:
    """The cells of the `baseline` sheet (else the first) or the delimited text."""
    try:
        return table_files.read_rows(path, "baseline")
    except table_files.TableFileError as exc:
        raise BaselineImportError(exc.message) from None


def _columns(header: list[Any], file: str) -> dict[str, int]:
    names = [str(cell or "").strip().lower() for cell in header]
    found = {}
    for key, aliases in COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases:
                found[key] = index
                break
    missing = [key for key in REQUIRED if key not in found]
    if missing:
        raise _error(QT_TRANSLATE_NOOP(
            "BaselineImport", "{file}: the first row has no column {columns} (expected headers: "
                              "kind, item, month, quantity, unit, cost, currency, source, ewc, "
                              "fuel)"), file=file, columns=joined([field_label(key) for key in missing], ", "))
    return found


def _kind(value: Any) -> Any:
    text = str(value or "").strip()
    return KIND_NAMES.get(text.lower(), text)


def parse(path: Path, audit_id: uuid.UUID, currency: str) -> list[dict[str, Any]]:
    """The validated entries of the file (BaselineImportError listing every bad cell)."""
    rows = read_rows(path)
    header_at = next((i for i, row in enumerate(rows) if any(c not in (None, "") for c in row)),
                     None)
    if header_at is None:
        raise _error(QT_TRANSLATE_NOOP("BaselineImport", "{file} is empty"), file=path.name)
    columns = _columns(rows[header_at], path.name)
    letters = {key: table_files.column_letter(index) for key, index in columns.items()}
    entries, problems = [], []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(cell not in (None, "") for cell in row):
            continue
        values: dict[str, Any] = {"audit_id": audit_id}
        for key, index in columns.items():
            cell = row[index] if index < len(row) else None
            if cell in (None, ""):
                continue
            values[key] = _kind(cell) if key == "kind" else (
                SOURCE_NAMES.get(str(cell).strip().lower(), cell) if key == "source" else cell)
        if values.get("cost") not in (None, "") and not values.get("currency"):
            values["currency"] = currency
        try:
            cleaned = clean_fields(BaselineEntry, values)
            if cleaned.get("currency") and cleaned["currency"] != currency:
                raise ValidationError("currency", Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "BaselineImport", "costs of this audit are in {expected}, not {currency}; "
                                      "convert them first"),
                    {"expected": currency, "currency": cleaned["currency"]}))
            entries.append(cleaned)
        except ValidationError as exc:
            problems.append(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "BaselineImport", "row {row}, column {column} ({field}): {problem}"),
                {"row": number, "column": letters.get(exc.field, exc.field),
                 "field": field_label(exc.field), "problem": exc.problem}))
    if problems:
        raise _error(QT_TRANSLATE_NOOP(
            "BaselineImport", "{file}: {count} problem(s), nothing imported: {first}"),
            file=path.name, count=len(problems), first=joined(problems[:FIRST_FEW]))
    if not entries:
        raise _error(QT_TRANSLATE_NOOP("BaselineImport", "{file} has no rows under its header"),
                     file=path.name)
    return entries


def import_baseline(workspace: Workspace, audit_id: uuid.UUID, path: Path) -> int:
    """Add every row of `path` to the audit's baseline in one transaction; the row count."""
    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        if audit is None or audit.deleted:
            raise _error(QT_TRANSLATE_NOOP("BaselineImport", "the audit does not exist"))
        currency = audit.currency
    entries = parse(path, audit_id, currency)
    with workspace.transaction() as session:
        for values in entries:
            session.add(BaselineEntry(**values))
    return len(entries)
