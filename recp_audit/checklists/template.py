"""Checklist templates: the structure, and its validation from plain data.

A template is one area for one audience (expert assessment or self-diagnosis):
sections of items, every text in Russian and English. `build_template` checks
parsed data (from YAML or a spreadsheet) field by field and names the place
of the first problem through a `locate` callback supplied by the reader.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

from recp_audit.calc import CALCULATORS
from recp_audit.choices import CPCategory, ResourceArea
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError

LANGUAGES = ("ru", "en")
STATUSES = ("yes", "no", "partial", "na", "ne")
EXCLUDED = ("na", "ne")  # not applicable, not evaluated: left out of the score
ITEM_TYPES = ("status", "number", "single", "multiple", "text")
AUDIENCES = ("expert", "self_diagnosis")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")

Path = tuple[str | int, ...]


class TemplateError(RecpError):
    """A checklist template (file or spreadsheet) that cannot be used, and where."""

    def __init__(self, source: str, where: Message, field: str, problem: Message):
        super().__init__(Message("Checklists", QT_TRANSLATE_NOOP(
            "Checklists", "{source}, {where}, field \"{field}\": {problem}"),
            {"source": source, "where": where, "field": field, "problem": problem}))
        self.source, self.where, self.field, self.problem = source, where, field, problem


@dataclasses.dataclass(frozen=True)
class Text:
    """A text in Russian and English."""

    ru: str
    en: str

    def get(self, language: str) -> str:
        """The text in `language` (English for any language other than Russian)."""
        return self.ru if language == "ru" else self.en


@dataclasses.dataclass(frozen=True)
class Choice:
    """One option of a single- or multiple-choice item; `score` 0..1 when it is scored."""

    value: str
    label: Text
    score: float | None = None


@dataclasses.dataclass(frozen=True)
class SuggestedOption:
    """The improvement option a finding suggests."""

    title: Text
    category: CPCategory
    calculator: str | None = None


@dataclasses.dataclass(frozen=True)
class Condition:
    """Show an item only when item `item` has one of `answers`."""

    item: str
    answers: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Item:
    """One question of a checklist."""

    id: str
    type: str
    label: Text
    guidance: Text | None
    weight: float
    finding: tuple[str, ...]  # answers (statuses or choice values) that are findings
    above: float | None  # number items: a value above this (in `unit`) is a finding
    below: float | None  # number items: a value below this is a finding
    show_if: Condition | None
    required: bool
    unit: str | None
    choices: tuple[Choice, ...]
    option: SuggestedOption | None
    section: str


@dataclasses.dataclass(frozen=True)
class Section:
    """A group of items walked together (one place or topic in the factory)."""

    id: str
    title: Text
    items: tuple[Item, ...]


@dataclasses.dataclass(frozen=True)
class Template:
    """A validated checklist template; `content_hash` identifies its exact content."""

    id: str
    version: int
    area: ResourceArea
    audience: str
    title: Text
    description: Text | None
    sections: tuple[Section, ...]
    content_hash: str
    data: dict[str, Any]  # the validated source data, kept to pin it in an audit

    @property
    def items(self) -> list[Item]:
        """All items in order."""
        return [item for section in self.sections for item in section.items]

    def item(self, item_id: str) -> Item:
        """The item with id `item_id` (KeyError if none)."""
        return self._by_id[item_id]

    @property
    def _by_id(self) -> dict[str, Item]:
        cache = self.__dict__.get("_items_by_id")
        if cache is None:
            cache = {item.id: item for item in self.items}
            object.__setattr__(self, "_items_by_id", cache)
        return cache


def content_hash(data: dict[str, Any]) -> str:
    """SHA-256 of the template's data in canonical JSON (formatting does not count)."""
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def problem(template: str, **params: Any) -> Message:
    """A translatable reason (context "Checklists") with its parameters."""
    return Message("Checklists", template, params)


class _Checker:
    """Walks template data, building the objects and raising at the first problem."""

    def __init__(self, source: str, locate: Callable[[Path], Message], check_units: bool):
        self.check_units = check_units
        self.source = source
        self.locate = locate
        self.kinds: dict[str, tuple[str, set[str]]] = {}  # item id -> (type, choice values)

    def fail(self, path: Path, problem: Message) -> None:
        field = ".".join(str(part) for part in path if not isinstance(part, int)) or "(top)"
        raise TemplateError(self.source, self.locate(path), field, problem)

    def mapping(self, value: Any, path: Path, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, problem(QT_TRANSLATE_NOOP(
                "Checklists", "expected a set of named fields")))
        for key in value:
            if key not in allowed:
                self.fail(path + (str(key),), problem(QT_TRANSLATE_NOOP(
                    "Checklists", "unknown field (allowed: {allowed})"),
                    allowed=", ".join(sorted(allowed))))
        return value

    def required(self, data: dict[str, Any], key: str, path: Path) -> Any:
        if data.get(key) in (None, "", [], {}):
            self.fail(path + (key,), problem(QT_TRANSLATE_NOOP(
                "Checklists", "this field is required")))
        return data[key]

    def identifier(self, value: Any, path: Path) -> str:
        if not isinstance(value, str) or not _ID.match(value):
            self.fail(path, problem(QT_TRANSLATE_NOOP(
                "Checklists", "\"{value}\" is not a valid id (lower-case letters, digits, "
                "_ . - only)"), value=value))
        return value

    def text(self, value: Any, path: Path) -> Text:
        if not isinstance(value, dict):
            self.fail(path, problem(QT_TRANSLATE_NOOP(
                "Checklists", "expected a text in both languages (ru: …, en: …)")))
        self.mapping(value, path, set(LANGUAGES))
        for language in LANGUAGES:
            text = value.get(language)
            if not isinstance(text, str) or not text.strip():
                self.fail(path + (language,), problem(QT_TRANSLATE_NOOP(
                    "Checklists", "the {language} text is missing"),
                    language=problem({"ru": QT_TRANSLATE_NOOP("Checklists", "Russian"),
                                      "en": QT_TRANSLATE_NOOP("Checklists", "English")}[
                        language])))
        return Text(value["ru"].strip(), value["en"].strip())

    def one_of(self, value: Any, allowed: tuple[str, ...] | list[str], path: Path) -> str:
        if value not in allowed:
            self.fail(path, problem(QT_TRANSLATE_NOOP(
                "Checklists", "\"{value}\" is not one of: {allowed}"),
                value=value, allowed=", ".join(allowed)))
        return value

    def number(self, value: Any, path: Path, minimum: float | None = None,
               maximum: float | None = None) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
                minimum is not None and value < minimum) or (
                maximum is not None and value > maximum):
            self.fail(path, problem(QT_TRANSLATE_NOOP(
                "Checklists", "\"{value}\" is not a number from {minimum} to {maximum}"),
                value=value, minimum=minimum, maximum=maximum))
        return float(value)

    # ----- the template ----------------------------------------------------------------
    def template(self, data: Any) -> Template:
        top = self.mapping(data, (), {"id", "version", "area", "audience", "title",
                                      "description", "sections"})
        template_id = self.identifier(self.required(top, "id", ()), ("id",))
        version = self.required(top, "version", ())
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self.fail(("version",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "the version must be a whole number from 1")))
        area = ResourceArea(self.one_of(self.required(top, "area", ()),
                                        [a.value for a in ResourceArea], ("area",)))
        audience = self.one_of(self.required(top, "audience", ()), AUDIENCES, ("audience",))
        title = self.text(self.required(top, "title", ()), ("title",))
        description = self.text(top["description"], ("description",)) \
            if "description" in top else None
        sections_data = self.required(top, "sections", ())
        if not isinstance(sections_data, list):
            self.fail(("sections",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "expected a list of sections")))
        seen: dict[str, Path] = {}
        sections = []
        section_ids: set[str] = set()
        for number, section in enumerate(sections_data):
            path: Path = ("sections", number)
            section = self.mapping(section, path, {"id", "title", "items"})
            section_id = self.identifier(self.required(section, "id", path), path + ("id",))
            if section_id in section_ids:
                self.fail(path + ("id",), problem(QT_TRANSLATE_NOOP(
                    "Checklists", "section id \"{id}\" is used twice"), id=section_id))
            section_ids.add(section_id)
            items_data = self.required(section, "items", path)
            if not isinstance(items_data, list):
                self.fail(path + ("items",), problem(QT_TRANSLATE_NOOP(
                    "Checklists", "expected a list of items")))
            items = tuple(self.item(entry, path + ("items", index), section_id, seen)
                          for index, entry in enumerate(items_data))
            sections.append(Section(section_id, self.text(self.required(
                section, "title", path), path + ("title",)), items))
        return Template(template_id, version, area, audience, title, description,
                        tuple(sections), content_hash(data), data)

    def item(self, data: Any, path: Path, section: str, seen: dict[str, Path]) -> Item:
        data = self.mapping(data, path, {"id", "type", "label", "guidance", "weight",
                                         "finding", "show_if", "required", "unit",
                                         "choices", "option"})
        item_id = self.identifier(self.required(data, "id", path), path + ("id",))
        if item_id in seen:
            self.fail(path + ("id",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "item id \"{id}\" is used twice (first at {first})"),
                id=item_id, first=self.locate(seen[item_id])))
        kind = self.one_of(data.get("type", "status"), ITEM_TYPES, path + ("type",))
        label = self.text(self.required(data, "label", path), path + ("label",))
        guidance = self.text(data["guidance"], path + ("guidance",)) if "guidance" in data \
            else None
        weight = self.number(data.get("weight", 1), path + ("weight",), 0, 100)
        required = data.get("required", False)
        if not isinstance(required, bool):
            self.fail(path + ("required",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "expected true or false")))
        unit = None
        if kind == "number":
            unit = self.unit(self.required(data, "unit", path), path + ("unit",))
        elif "unit" in data:
            self.fail(path + ("unit",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "only number items have a unit")))
        choices = self.choices(data, kind, path)
        finding, above, below = self.finding(data.get("finding"), kind, choices,
                                             path + ("finding",))
        show_if = self.condition(data["show_if"], path + ("show_if",), seen) \
            if "show_if" in data else None
        option = self.option(data["option"], path + ("option",)) if "option" in data else None
        seen[item_id] = path
        self.kinds[item_id] = (kind, {choice.value for choice in choices})
        return Item(item_id, kind, label, guidance, weight, finding, above, below, show_if,
                    required, unit, choices, option, section)

    def unit(self, value: Any, path: Path) -> str:
        from recp_audit.units import UnitError, parse_unit

        try:
            if self.check_units:
                parse_unit(str(value))
        except UnitError as exc:
            self.fail(path, exc.message)
        return str(value)

    def choices(self, data: dict[str, Any], kind: str, path: Path) -> tuple[Choice, ...]:
        if kind not in ("single", "multiple"):
            if "choices" in data:
                self.fail(path + ("choices",), problem(QT_TRANSLATE_NOOP(
                    "Checklists", "only choice items have choices")))
            return ()
        entries = self.required(data, "choices", path)
        if not isinstance(entries, list) or len(entries) < 2:
            self.fail(path + ("choices",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "a choice item needs a list of at least two choices")))
        choices, values = [], set()
        for index, entry in enumerate(entries):
            where = path + ("choices", index)
            entry = self.mapping(entry, where, {"value", "label", "score"})
            value = self.identifier(self.required(entry, "value", where), where + ("value",))
            if value in values:
                self.fail(where + ("value",), problem(QT_TRANSLATE_NOOP(
                    "Checklists", "choice \"{value}\" is listed twice"), value=value))
            values.add(value)
            score = self.number(entry["score"], where + ("score",), 0, 1) \
                if "score" in entry else None
            choices.append(Choice(value, self.text(self.required(entry, "label", where),
                                                   where + ("label",)), score))
        return tuple(choices)

    def finding(self, value: Any, kind: str, choices: tuple[Choice, ...],
                path: Path) -> tuple[tuple[str, ...], float | None, float | None]:
        if kind == "number":
            if value is None:
                return (), None, None
            value = self.mapping(value, path, {"above", "below"})
            above = self.number(value["above"], path + ("above",)) if "above" in value else None
            below = self.number(value["below"], path + ("below",)) if "below" in value else None
            return (), above, below
        if kind == "text":
            if value is not None:
                self.fail(path, problem(QT_TRANSLATE_NOOP(
                    "Checklists", "a text item cannot have a finding")))
            return (), None, None
        if value is None:
            return (("no", "partial") if kind == "status" else ()), None, None
        values = value if isinstance(value, list) else [value]
        allowed = STATUSES[:3] if kind == "status" else tuple(c.value for c in choices)
        return tuple(self.one_of(entry, allowed, path) for entry in values), None, None

    def condition(self, value: Any, path: Path, seen: dict[str, Path]) -> Condition:
        value = self.mapping(value, path, {"item", "answer"})
        target = self.required(value, "item", path)
        if target not in seen:
            self.fail(path + ("item",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "\"{item}\" is not an earlier item of this checklist (skip logic "
                "can only depend on items above it)"), item=target))
        answers = self.required(value, "answer", path)
        answers = answers if isinstance(answers, list) else [answers]
        kind, values = self.kinds[target]
        allowed = STATUSES if kind == "status" else tuple(sorted(values))
        if kind in ("number", "text"):
            self.fail(path + ("item",), problem(QT_TRANSLATE_NOOP(
                "Checklists", "skip logic can only depend on a yes/no or choice item")))
        return Condition(target, tuple(self.one_of(str(a), allowed, path + ("answer",))
                                       for a in answers))

    def option(self, value: Any, path: Path) -> SuggestedOption:
        value = self.mapping(value, path, {"title", "category", "calculator"})
        title = self.text(self.required(value, "title", path), path + ("title",))
        category = CPCategory(self.one_of(self.required(value, "category", path),
                                          [c.value for c in CPCategory], path + ("category",)))
        calculator = value.get("calculator")
        if calculator is not None:
            self.one_of(calculator, list(CALCULATORS), path + ("calculator",))
        return SuggestedOption(title, category, calculator)


def build_template(data: Any, source: str, locate: Callable[[Path], Message],
                   check_units: bool = True) -> Template:
    """Validate parsed template data; raise TemplateError naming source, place and field.

    `check_units=False` skips parsing units with pint (for copies validated before)."""
    return _Checker(source, locate, check_units).template(data)
