"""Skip logic, findings and weighted scores of answered checklists.

Scoring follows the usual RECP walk-through practice: each scored item earns
1 (yes / good practice), 0.5 (partial) or 0 (no) times its weight; a choice
earns its stated score; a number item with a threshold earns 1 unless its
value is a finding. Not-applicable and not-evaluated answers, unanswered items
and items hidden by skip logic are left out of the score and counted. The
score of a section, area or whole audit is sum(weight * earned) / sum(weight).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from recp_audit.checklists.template import EXCLUDED, Item, Template
from recp_audit.messages import QT_TRANSLATE_NOOP

STATUS_POINTS = {"yes": 1.0, "partial": 0.5, "no": 0.0}
STATUS_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Checklist", "Yes"),
    "no": QT_TRANSLATE_NOOP("Checklist", "No"),
    "partial": QT_TRANSLATE_NOOP("Checklist", "Partly"),
    "na": QT_TRANSLATE_NOOP("Checklist", "Not applicable"),
    "ne": QT_TRANSLATE_NOOP("Checklist", "Not evaluated"),
}


@dataclasses.dataclass(frozen=True)
class AnswerValue:
    """What was answered to one item (`status` is also na/ne for items of any type)."""

    status: str | None = None
    number: float | None = None
    unit: str | None = None
    choices: tuple[str, ...] = ()
    text: str = ""

    @property
    def answered(self) -> bool:
        """True when anything has been answered."""
        return bool(self.status or self.number is not None or self.choices or self.text)

    @property
    def excluded(self) -> bool:
        """True for not applicable / not evaluated."""
        return self.status in EXCLUDED


Answers = Mapping[str, AnswerValue]
_EMPTY = AnswerValue()


@dataclasses.dataclass
class Score:
    """Weighted score of a group of items, with what was left out."""

    points: float = 0.0
    weight: float = 0.0
    visible: int = 0
    answered: int = 0
    not_applicable: int = 0
    not_evaluated: int = 0
    findings: int = 0
    missing_required: int = 0

    @property
    def percent(self) -> float | None:
        """The score in per cent, or None when nothing scored was answered."""
        return 100.0 * self.points / self.weight if self.weight else None

    @property
    def unanswered(self) -> int:
        """Visible items without an answer."""
        return self.visible - self.answered

    def add(self, other: Score) -> None:
        """Add `other`'s counts and points to this score."""
        for field in dataclasses.fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))


def combine(scores: Iterable[Score]) -> Score:
    """One score over several groups (weights add up, so big groups count more)."""
    total = Score()
    for score in scores:
        total.add(score)
    return total


def visible_items(template: Template, answers: Answers) -> list[Item]:
    """Items shown with these answers (an item is hidden when its condition's item is
    hidden or not answered as the condition asks)."""
    shown: set[str] = set()
    result = []
    for item in template.items:
        condition = item.show_if
        if condition is not None:
            if condition.item not in shown:
                continue
            answer = answers.get(condition.item, _EMPTY)
            given = set(answer.choices) | ({answer.status} if answer.status else set())
            if not given.intersection(condition.answers):
                continue
        shown.add(item.id)
        result.append(item)
    return result


def _in_unit(answer: AnswerValue, unit: str) -> float:
    from recp_audit.units import registry

    if not answer.unit or answer.unit == unit:
        return answer.number
    from recp_audit.units import parse_unit

    quantity = registry().Quantity(answer.number, parse_unit(answer.unit))
    return quantity.to(parse_unit(unit)).magnitude


def is_finding(item: Item, answer: AnswerValue) -> bool:
    """True when `answer` to `item` is one the template calls a finding."""
    if not answer.answered or answer.excluded:
        return False
    if item.type == "number":
        if answer.number is None:
            return False
        value = _in_unit(answer, item.unit)
        return (item.above is not None and value > item.above) or (
            item.below is not None and value < item.below)
    if item.type == "status":
        return answer.status in item.finding
    return bool(set(answer.choices).intersection(item.finding))


def earned(item: Item, answer: AnswerValue) -> float | None:
    """Points (0..1) the answer earns, or None when the item is not scored or left out."""
    if not answer.answered or answer.excluded or item.weight == 0:
        return None
    if item.type == "status":
        return STATUS_POINTS.get(answer.status)
    if item.type == "single":
        scores = {choice.value: choice.score for choice in item.choices}
        if answer.choices and scores.get(answer.choices[0]) is not None:
            return scores[answer.choices[0]]
    if item.type in ("single", "multiple") and item.finding and answer.choices:
        return 0.0 if is_finding(item, answer) else 1.0
    if item.type == "number" and answer.number is not None and (
            item.above is not None or item.below is not None):
        return 0.0 if is_finding(item, answer) else 1.0
    return None


@dataclasses.dataclass
class TemplateScore:
    """Scores of one answered checklist by section and in total, and its findings."""

    sections: dict[str, Score]
    total: Score
    findings: list[Item]


def score_template(template: Template, answers: Answers) -> TemplateScore:
    """Score `answers` against `template`."""
    sections = {section.id: Score() for section in template.sections}
    findings = []
    for item in visible_items(template, answers):
        answer = answers.get(item.id, _EMPTY)
        score = sections[item.section]
        score.visible += 1
        if answer.answered:
            score.answered += 1
        elif item.required:
            score.missing_required += 1
        score.not_applicable += answer.status == "na"
        score.not_evaluated += answer.status == "ne"
        if is_finding(item, answer):
            score.findings += 1
            findings.append(item)
        points = earned(item, answer)
        if points is not None:
            score.points += points * item.weight
            score.weight += item.weight
    return TemplateScore(sections, combine(sections.values()), findings)
