"""Attach checklist templates to audits, answer items, score them, draft options.

Every answer is committed as it is given. An attached checklist keeps the copy
of its template it was started with (id, version, content hash), so a newer
template never changes old answers until the user moves the checklist to it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict

import sqlalchemy as sa

from recp_audit.checklists import loader
from recp_audit.checklists.scoring import (AnswerValue, Score, TemplateScore, combine,
                                           score_template)
from recp_audit.checklists.template import EXCLUDED, STATUSES, Item, Template
from recp_audit.choices import ResourceArea
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError, ValidationError
from recp_audit.model import Answer, Audit, Checklist, Option, Photo, answer_id
from recp_audit.model.validation import clean_text
from recp_audit.services import photos, records
from recp_audit.store.db import Workspace
from recp_audit.units import UnitError, parse_quantity


@dataclasses.dataclass
class ChecklistState:
    """An attached checklist with its pinned template and everything answered."""

    id: uuid.UUID
    audit_id: uuid.UUID
    template: Template
    answers: dict[str, AnswerValue]
    notes: dict[str, str]
    photos: dict[str, int]  # item id -> number of photos
    newer_version: int | None  # version of the library template when newer than the pinned

    def score(self) -> TemplateScore:
        """Scores and findings as answered now."""
        return score_template(self.template, self.answers)


def _value(answer: Answer) -> AnswerValue:
    return AnswerValue(answer.status, answer.number, answer.unit, tuple(answer.choices or ()),
                       answer.text or "")


def _template(checklist: Checklist) -> Template:
    return loader.from_pinned(checklist.template_data)


def attach(workspace: Workspace, audit_id: uuid.UUID, templates: list[Template]) -> list[uuid.UUID]:
    """Pin `templates` to the audit (a template already attached is not added twice)."""
    with workspace.transaction() as session:
        audit = session.get(Audit, audit_id)
        if audit is None or audit.deleted:
            raise NotFoundError(Message("Checklists", QT_TRANSLATE_NOOP(
                "Checklists", "The audit no longer exists.")))
        attached = set(session.scalars(sa.select(Checklist.template_id).where(
            Checklist.audit_id == audit_id)))
        created = []
        for template in templates:
            if template.id in attached:
                continue
            checklist = Checklist(audit_id=audit_id, template_id=template.id,
                                  template_version=template.version,
                                  content_hash=template.content_hash,
                                  template_data=template.data)
            session.add(checklist)
            session.flush()
            created.append(checklist.id)
            attached.add(template.id)
        return created


def _photo_counts(session, owner_ids: dict[uuid.UUID, str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    if owner_ids:
        rows = session.execute(sa.select(Photo.owner_id, sa.func.count()).where(
            Photo.owner_id.in_(list(owner_ids))).group_by(Photo.owner_id))
        for owner, count in rows:
            counts[owner_ids[owner]] = count
    return dict(counts)


def _state(session, checklist: Checklist, library: loader.Library | None) -> ChecklistState:
    template = _template(checklist)
    answers, notes = {}, {}
    for answer in session.scalars(sa.select(Answer).where(Answer.checklist_id == checklist.id)):
        answers[answer.item_id] = _value(answer)
        if answer.note:
            notes[answer.item_id] = answer.note
    owners = {answer_id(checklist.id, item.id): item.id for item in template.items}
    newest = library.templates.get(template.id) if library else None
    newer = newest.version if newest and newest.version > template.version else None
    return ChecklistState(checklist.id, checklist.audit_id, template, answers, notes,
                          _photo_counts(session, owners), newer)


def _checklist(session, checklist_id: uuid.UUID) -> Checklist:
    checklist = session.get(Checklist, checklist_id)
    if checklist is None or checklist.deleted:
        raise NotFoundError(Message("Checklists", QT_TRANSLATE_NOOP(
            "Checklists", "The checklist no longer exists (it may have been removed).")))
    return checklist


def load(workspace: Workspace, checklist_id: uuid.UUID,
         library: loader.Library | None = None) -> ChecklistState:
    """One attached checklist with its answers."""
    with workspace.session() as session:
        return _state(session, _checklist(session, checklist_id), library)


def of_audit(workspace: Workspace, audit_id: uuid.UUID,
             library: loader.Library | None = None) -> list[ChecklistState]:
    """The audit's checklists in area order."""
    order = list(ResourceArea)
    with workspace.session() as session:
        states = [_state(session, checklist, library) for checklist in session.scalars(
            sa.select(Checklist).where(Checklist.audit_id == audit_id))]
    return sorted(states, key=lambda s: (order.index(s.template.area), s.template.id))


def _invalid(item: Item, text: str, **params) -> ValidationError:
    return ValidationError(item.id, Message("Checklists", text, params))


def clean_answer(item: Item, status: str | None = None, number: str | None = None,
                 choices: tuple[str, ...] = (), text: str = "") -> AnswerValue:
    """Check an answer against its item (type, unit dimension, known choices)."""
    if status is not None and status not in (STATUSES if item.type == "status" else EXCLUDED):
        raise _invalid(item, QT_TRANSLATE_NOOP(
            "Checklists", "\"{answer}\" is not an answer to this item"), answer=status)
    if status is not None:
        return AnswerValue(status=status)
    if item.type == "number" and number is not None and number.strip():
        try:
            value, unit = parse_quantity(number, item.unit)
        except UnitError as exc:
            raise ValidationError(item.id, exc.message) from None
        return AnswerValue(number=value, unit=unit)
    if item.type in ("single", "multiple") and choices:
        known = {choice.value for choice in item.choices}
        unknown = [choice for choice in choices if choice not in known]
        if unknown or (item.type == "single" and len(choices) > 1):
            raise _invalid(item, QT_TRANSLATE_NOOP(
                "Checklists", "\"{answer}\" is not a choice of this item"),
                answer=", ".join(unknown or choices))
        return AnswerValue(choices=tuple(dict.fromkeys(choices)))
    if item.type == "text" and text.strip():
        return AnswerValue(text=clean_text(Answer, "text", text))
    return AnswerValue()


def _answer_row(session, checklist: Checklist, item_id: str,
                known: dict[uuid.UUID, Answer] | None = None) -> Answer:
    row_id = answer_id(checklist.id, item_id)
    if known is not None:
        answer = known.get(row_id)
    else:
        answer = session.execute(sa.select(Answer).where(Answer.id == row_id).execution_options(
            include_deleted=True)).scalar_one_or_none()
    if answer is None:
        answer = Answer(id=row_id, checklist_id=checklist.id, item_id=item_id, choices=[],
                        text="", note="")
        session.add(answer)
    answer.deleted = False
    return answer


def _store(answer: Answer, value: AnswerValue) -> None:
    answer.status, answer.number, answer.unit = value.status, value.number, value.unit
    answer.choices, answer.text = list(value.choices), value.text


def _item(checklist: Checklist, item_id: str, template: Template | None = None) -> Item:
    try:
        return (template or _template(checklist)).item(item_id)
    except KeyError:
        raise NotFoundError(Message("Checklists", QT_TRANSLATE_NOOP(
            "Checklists", "Item {item} is not in this checklist."), {"item": item_id})) from None


def set_answer(workspace: Workspace, checklist_id: uuid.UUID, item_id: str, *,
               status: str | None = None, number: str | None = None,
               choices: tuple[str, ...] = (), text: str = "") -> AnswerValue:
    """Validate and store the answer to one item (an empty answer clears it)."""
    with workspace.transaction() as session:
        checklist = _checklist(session, checklist_id)
        value = clean_answer(_item(checklist, item_id), status, number, tuple(choices), text)
        _store(_answer_row(session, checklist, item_id), value)
        return value


def answer_many(workspace: Workspace, checklist_id: uuid.UUID,
                entries: dict[str, dict]) -> None:
    """Store several answers at once (each entry: set_answer's keywords and `note`);
    all are checked first, and nothing is stored if one is invalid."""
    with workspace.transaction() as session:
        checklist = _checklist(session, checklist_id)
        template = _template(checklist)
        known = {row.id: row for row in session.scalars(sa.select(Answer).where(
            Answer.checklist_id == checklist_id).execution_options(include_deleted=True))}
        for item_id, entry in entries.items():
            entry = dict(entry)
            note = entry.pop("note", None)
            value = clean_answer(_item(checklist, item_id, template), **entry)
            answer = _answer_row(session, checklist, item_id, known)
            _store(answer, value)
            if note is not None:
                answer.note = clean_text(Answer, "note", note)


def set_note(workspace: Workspace, checklist_id: uuid.UUID, item_id: str, note: str) -> None:
    """Store the auditor's note on an item."""
    note = clean_text(Answer, "note", note)
    with workspace.transaction() as session:
        checklist = _checklist(session, checklist_id)
        _item(checklist, item_id)
        answer = _answer_row(session, checklist, item_id)
        if answer.note != note:
            answer.note = note


def move_to_version(workspace: Workspace, checklist_id: uuid.UUID, template: Template) -> None:
    """Re-pin a checklist to a newer version of its template; answers stay by item id."""
    with workspace.transaction() as session:
        checklist = _checklist(session, checklist_id)
        if template.id != checklist.template_id or template.version <= \
                checklist.template_version:
            raise ValidationError("template", Message("Checklists", QT_TRANSLATE_NOOP(
                "Checklists", "Only a newer version of the same template can replace it.")))
        checklist.template_version = template.version
        checklist.content_hash = template.content_hash
        checklist.template_data = template.data


def detach(workspace: Workspace, checklist_id: uuid.UUID) -> None:
    """Remove a checklist with its answers and photos (tombstones, for merging)."""
    records.delete(workspace, Checklist, checklist_id)


def add_photo(workspace: Workspace, checklist_id: uuid.UUID, item_id: str, data: bytes,
              file_name: str, caption: str = "") -> uuid.UUID:
    """Attach a photo to an item (stored once by content hash)."""
    photos.check_photo(data, file_name)
    owner = _ensure_answer(workspace, checklist_id, item_id)
    return photos.add_photo(workspace, owner, data, file_name, caption)


def item_photos(workspace: Workspace, checklist_id: uuid.UUID,
                item_id: str) -> list[photos.PhotoInfo]:
    """The photos of one item."""
    return photos.photos_of(workspace, answer_id(checklist_id, item_id))


def _ensure_answer(workspace: Workspace, checklist_id: uuid.UUID, item_id: str) -> uuid.UUID:
    with workspace.transaction() as session:
        checklist = _checklist(session, checklist_id)
        _item(checklist, item_id)
        answer = _answer_row(session, checklist, item_id)
        session.flush()
        return answer.id


@dataclasses.dataclass
class Finding:
    """An item answered as a finding, with its note and the option drafted from it."""

    checklist_id: uuid.UUID
    template: Template
    item: Item
    answer: AnswerValue
    note: str
    option_id: uuid.UUID | None


@dataclasses.dataclass
class AuditResults:
    """Scores of an audit by checklist, area and overall, and all findings."""

    checklists: list[ChecklistState]
    scores: dict[uuid.UUID, TemplateScore]
    areas: dict[ResourceArea, Score]
    overall: Score
    findings: list[Finding]


def results(workspace: Workspace, audit_id: uuid.UUID) -> AuditResults:
    """Score every checklist of the audit and collect the findings."""
    states = of_audit(workspace, audit_id)
    scores = {state.id: state.score() for state in states}
    by_area: dict[ResourceArea, list[Score]] = defaultdict(list)
    for state in states:
        by_area[state.template.area].append(scores[state.id].total)
    with workspace.session() as session:
        options = {(row.source_checklist_id, row.source_item_id): row.id
                   for row in session.scalars(sa.select(Option).where(
                       Option.audit_id == audit_id))}
    findings = [Finding(state.id, state.template, item, state.answers[item.id],
                        state.notes.get(item.id, ""), options.get((state.id, item.id)))
                for state in states for item in scores[state.id].findings]
    areas = {area: combine(group) for area, group in by_area.items()}
    return AuditResults(states, scores, areas, combine(areas.values()), findings)


def _option_id(session, checklist_id: uuid.UUID, item_id: str) -> uuid.UUID | None:
    return session.scalars(sa.select(Option.id).where(
        Option.source_checklist_id == checklist_id, Option.source_item_id == item_id)).first()


def option_of(workspace: Workspace, checklist_id: uuid.UUID, item_id: str) -> uuid.UUID | None:
    """The option drafted from this item's finding, if any."""
    with workspace.session() as session:
        return _option_id(session, checklist_id, item_id)


def draft_option(workspace: Workspace, checklist_id: uuid.UUID, item_id: str,
                 language: str) -> uuid.UUID:
    """Create an improvement option from a finding, pre-filled from the template
    (title, cleaner-production category, calculator); the existing one if already drafted."""
    with workspace.transaction() as session:
        checklist = _checklist(session, checklist_id)
        template = _template(checklist)
        item = _item(checklist, item_id)
        existing = _option_id(session, checklist_id, item_id)
        if existing:
            return existing
        note = session.scalars(sa.select(Answer.note).where(
            Answer.id == answer_id(checklist_id, item_id))).first() or ""
        suggestion = item.option
        title = suggestion.title.get(language) if suggestion else item.label.get(language)
        description = "\n".join(part for part in (
            f"{template.title.get(language)}: {item.label.get(language)}", note) if part)
        option = Option(audit_id=checklist.audit_id, title=title[:300], description=description,
                        area=template.area, calculator=(suggestion.calculator or "")
                        if suggestion else "", source_checklist_id=checklist_id,
                        source_item_id=item_id)
        if suggestion:
            option.category = suggestion.category
        session.add(option)
        session.flush()
        return option.id
