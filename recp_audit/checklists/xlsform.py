"""Checklists written in a spreadsheet (XLSForm-like) turned into the YAML template format.

Sheet `survey`: one row per item, `begin_group` / `end_group` rows around a
section. Columns: type, name, label::ru, label::en (required), hint::ru,
hint::en, relevant, required, weight, finding, unit, option::ru, option::en,
category, calculator. Sheet `choices`: list_name, name, label::ru, label::en,
score. Optional sheet `settings`: form_id, version, title::ru, title::en, area,
audience. Types: status, integer, decimal, select_one LIST, select_multiple
LIST, text. `relevant` accepts ``${item} = 'yes'`` joined with ``or``, and
``selected(${item}, 'value')``. Errors name the sheet, row and column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from recp_audit.checklists.template import Path as DataPath
from recp_audit.checklists.template import Template, TemplateError, build_template, problem
from recp_audit.messages import QT_TRANSLATE_NOOP, Message
from recp_audit.spreadsheets import sheet_rows

MAX_ROWS = 10_000  # rows read per sheet; a checklist has a few hundred items
SURVEY_REQUIRED = ("type", "name", "label::ru", "label::en")
CHOICES_REQUIRED = ("list_name", "name", "label::ru", "label::en")
_EQUALS = re.compile(r"^\$\{([^}]+)\}\s*=\s*'([^']*)'$")
_SELECTED = re.compile(r"^selected\(\s*\$\{([^}]+)\}\s*,\s*'([^']*)'\s*\)$")
_THRESHOLD = re.compile(r"^\s*([<>])\s*(-?\d+(?:[.,]\d+)?)\s*$")


def _where(sheet: str, row: int, column: str | None = None) -> Message:
    if column:
        return Message("Checklists", QT_TRANSLATE_NOOP(
            "Checklists", "sheet {sheet}, row {row}, column {column}"),
            {"sheet": sheet, "row": row, "column": column})
    return Message("Checklists", QT_TRANSLATE_NOOP("Checklists", "sheet {sheet}, row {row}"),
                   {"sheet": sheet, "row": row})


def _column_key(header: Any) -> str:
    """`Label::Russian (ru)` -> `label::ru`; `Type` -> `type`."""
    text = str(header or "").strip().lower()
    match = re.match(r"^(.*)::.*\((\w\w)\)$", text)
    return f"{match.group(1)}::{match.group(2)}" if match else text


class _Sheet:
    """Rows of one worksheet as dicts keyed by normalised column names."""

    def __init__(self, source: str, sheet, required: tuple[str, ...]):
        self.source, self.name = source, sheet.title
        rows = list(sheet_rows(sheet, source, MAX_ROWS))
        if not rows:
            raise TemplateError(source, _where(self.name, 1), "(sheet)", problem(
                QT_TRANSLATE_NOOP("Checklists", "the sheet is empty")))
        self.columns = [_column_key(h) for h in rows[0][1]]
        missing = [c for c in required if c not in self.columns]
        if missing:
            raise TemplateError(source, _where(self.name, 1), ", ".join(missing), problem(
                QT_TRANSLATE_NOOP("Checklists", "missing column(s): {columns}"),
                columns=", ".join(missing)))
        self.rows = []
        for number, values in rows[1:]:
            row = {key: value for key, value in zip(self.columns, values) if key}
            if any(v not in (None, "") for v in row.values()):
                self.rows.append((number, row))

    def fail(self, row: int, column: str, message: str, **params: Any) -> None:
        raise TemplateError(self.source, _where(self.name, row, column), column,
                            problem(message, **params))


def _text(row: dict, key: str) -> dict[str, str] | None:
    ru, en = (str(row.get(f"{key}::{lang}") or "").strip() for lang in ("ru", "en"))
    return {"ru": ru, "en": en} if ru or en else None


def _condition(sheet: _Sheet, number: int, text: str) -> dict:
    targets, answers = set(), []
    for part in re.split(r"\s+or\s+", text.strip()):
        match = _EQUALS.match(part.strip()) or _SELECTED.match(part.strip())
        if not match:
            sheet.fail(number, "relevant", QT_TRANSLATE_NOOP(
                "Checklists", "\"{text}\" is not understood: write ${{item}} = 'answer' "
                "(several joined with or) or selected(${{item}}, 'value')"), text=part)
        targets.add(match.group(1))
        answers.append(match.group(2))
    if len(targets) > 1:
        sheet.fail(number, "relevant", QT_TRANSLATE_NOOP(
            "Checklists", "a condition can depend on one item only, not {items}"),
            items=", ".join(sorted(targets)))
    return {"item": targets.pop(), "answer": answers}


def _number(sheet: _Sheet, number: int, column: str, value: Any) -> float | int:
    try:
        result = float(str(value).replace(",", "."))
    except ValueError:
        sheet.fail(number, column, QT_TRANSLATE_NOOP("Checklists", "\"{value}\" is not a number"),
                   value=value)
    return int(result) if result.is_integer() else result


def _item(sheet: _Sheet, number: int, row: dict, kind: str, lists: dict) -> dict:
    item: dict[str, Any] = {"id": str(row.get("name") or "").strip()}
    if kind != "status":
        item["type"] = kind
    item["label"] = _text(row, "label") or {"ru": "", "en": ""}
    if _text(row, "hint"):
        item["guidance"] = _text(row, "hint")
    if row.get("weight") not in (None, ""):
        item["weight"] = _number(sheet, number, "weight", row["weight"])
    if str(row.get("required") or "").strip().lower() in ("yes", "true", "1", "да"):
        item["required"] = True
    if kind == "number":
        item["unit"] = str(row.get("unit") or "").strip()
    finding = str(row.get("finding") or "").strip()
    if finding and kind == "number":
        match = _THRESHOLD.match(finding)
        if not match:
            sheet.fail(number, "finding", QT_TRANSLATE_NOOP(
                "Checklists", "for a number write >7 or <0.92, not \"{value}\""), value=finding)
        item["finding"] = {"above" if match.group(1) == ">" else "below":
                           _number(sheet, number, "finding", match.group(2))}
    elif finding:
        item["finding"] = [part for part in re.split(r"[\s,;]+", finding) if part]
    if kind in ("single", "multiple"):
        item["choices"] = lists[row["_list"]]
    if str(row.get("relevant") or "").strip():
        item["show_if"] = _condition(sheet, number, str(row["relevant"]))
    if _text(row, "option") or row.get("category"):
        option: dict[str, Any] = {"title": _text(row, "option") or {"ru": "", "en": ""},
                                  "category": str(row.get("category") or "").strip()}
        if row.get("calculator"):
            option["calculator"] = str(row["calculator"]).strip()
        item["option"] = option
    return item


def _choice_lists(source: str, workbook) -> dict[str, list[dict]]:
    if "choices" not in workbook.sheetnames:
        return {}
    sheet = _Sheet(source, workbook["choices"], CHOICES_REQUIRED)
    lists: dict[str, list[dict]] = {}
    for number, row in sheet.rows:
        choice: dict[str, Any] = {"value": str(row.get("name") or "").strip(),
                                  "label": _text(row, "label") or {"ru": "", "en": ""}}
        if row.get("score") not in (None, ""):
            choice["score"] = _number(sheet, number, "score", row["score"])
        lists.setdefault(str(row.get("list_name") or "").strip(), []).append(choice)
    return lists


def _settings(source: str, workbook) -> dict[str, Any]:
    if "settings" not in workbook.sheetnames:
        return {}
    rows = [values for _, values in sheet_rows(workbook["settings"], source, MAX_ROWS)]
    if len(rows) < 2:
        return {}
    return {_column_key(k): v for k, v in zip(rows[0], rows[1]) if k and v not in (None, "")}


def read_xlsform(path: Path, template_id: str | None = None, area: str | None = None,
                 audience: str | None = None) -> Template:
    """Read and validate a spreadsheet checklist; arguments override its settings sheet."""
    from recp_audit.spreadsheets import open_workbook

    source = Path(path).name
    workbook = open_workbook(Path(path))
    if "survey" not in workbook.sheetnames:
        raise TemplateError(source, _where("survey", 1), "(sheet)", problem(QT_TRANSLATE_NOOP(
            "Checklists", "there is no sheet named survey (sheets: {sheets})"),
            sheets=", ".join(workbook.sheetnames)))
    settings = _settings(source, workbook)
    lists = _choice_lists(source, workbook)
    survey = _Sheet(source, workbook["survey"], SURVEY_REQUIRED)
    title = _text(settings, "title") or {"ru": Path(path).stem, "en": Path(path).stem}
    sections: list[dict] = []
    rows_of: dict[DataPath, int] = {}
    current: dict | None = None
    for number, row in survey.rows:
        kind_text = re.sub(r"\s+", " ", str(row.get("type") or "").strip().lower())
        words = kind_text.replace("begin group", "begin_group").replace(
            "end group", "end_group").split(" ")
        head = words[0]
        if head == "begin_group":
            current = {"id": str(row.get("name") or "").strip(),
                       "title": _text(row, "label") or {"ru": "", "en": ""}, "items": []}
            sections.append(current)
            rows_of[("sections", len(sections) - 1)] = number
            continue
        if head == "end_group":
            current = None
            continue
        kinds = {"status": "status", "integer": "number", "decimal": "number",
                 "select_one": "single", "select_multiple": "multiple", "text": "text"}
        if head not in kinds:
            survey.fail(number, "type", QT_TRANSLATE_NOOP(
                "Checklists", "unknown type \"{value}\" (use status, integer, decimal, "
                "select_one LIST, select_multiple LIST, text, begin_group, end_group)"),
                value=kind_text)
        if kinds[head] in ("single", "multiple"):
            if len(words) < 2 or words[1] not in lists:
                survey.fail(number, "type", QT_TRANSLATE_NOOP(
                    "Checklists", "the choice list \"{value}\" is not on the choices sheet"),
                    value=words[1] if len(words) > 1 else "")
            row = {**row, "_list": words[1]}
        if current is None:
            current = {"id": "main", "title": title, "items": []}
            sections.append(current)
        rows_of[("sections", len(sections) - 1, "items", len(current["items"]))] = number
        current["items"].append(_item(survey, number, row, kinds[head], lists))
    data = {"id": template_id or str(settings.get("form_id") or Path(path).stem).lower(),
            "version": int(settings.get("version") or 1),
            "area": area or str(settings.get("area") or ""),
            "audience": audience or str(settings.get("audience") or "expert"),
            "title": title, "sections": sections}

    def locate(where: DataPath) -> Message:
        while where and where not in rows_of:
            where = where[:-1]
        return _where("survey" if where else "settings", rows_of.get(where, 2))

    return build_template(data, source, locate)
