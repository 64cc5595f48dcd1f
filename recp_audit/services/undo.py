"""Undo and redo of the edits made in one window, written as ordinary new versions.

Every version the window's thread writes into its workspace joins the open step; the
window ends a step when the user's action is done (`end_step`), so one dialog's OK or
one checklist answer is one step. Undoing a step writes, for each record it touched, a
new version putting back only the fields the step changed (a record it created is
tombstoned, one it deleted restored); redo writes its values again. Both merge like any
edit.

A field changed since the step by someone else (a merge or another program writing the
same file) is not overwritten: the undo is refused with a one-line message. A merge,
pull or import in this window stops the history there (`stop_here`; a write into the
workspace from another thread, such as an import in the background, does it by itself):
an edit older than a merge is part of what others may already have received, and
undoing it would quietly revert their view of it.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, object_session

from recp_audit.merge.merge import among, python_value
from recp_audit.merge.verify import label_of
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.model import Answer, Checklist, MergeConflict, RowVersion, Versioned
from recp_audit.model.history import DELETED, same
from recp_audit.model.versioning import logged, snapshot
from recp_audit.services.record_history import state_before
from recp_audit.services.records import CHILDREN, descendants
from recp_audit.store.db import Workspace

CONTEXT = "Undo"

# A record's kind as a step's description names it.
KINDS = {
    "park": QT_TRANSLATE_NOOP("Undo", "park"),
    "enterprise": QT_TRANSLATE_NOOP("Undo", "enterprise"),
    "audit": QT_TRANSLATE_NOOP("Undo", "audit"),
    "person": QT_TRANSLATE_NOOP("Undo", "person"),
    "audit_member": QT_TRANSLATE_NOOP("Undo", "team member"),
    "checklist": QT_TRANSLATE_NOOP("Undo", "checklist"),
    "photo": QT_TRANSLATE_NOOP("Undo", "photo"),
    "option": QT_TRANSLATE_NOOP("Undo", "option"),
    "instrument": QT_TRANSLATE_NOOP("Undo", "instrument"),
    "measurement_point": QT_TRANSLATE_NOOP("Undo", "measurement point"),
    "reading": QT_TRANSLATE_NOOP("Undo", "reading"),
    "series": QT_TRANSLATE_NOOP("Undo", "logged series"),
    "baseline_entry": QT_TRANSLATE_NOOP("Undo", "baseline entry"),
    "tariff": QT_TRANSLATE_NOOP("Undo", "tariff"),
    "stream": QT_TRANSLATE_NOOP("Undo", "stream"),
    "candidate": QT_TRANSLATE_NOOP("Undo", "symbiosis candidate"),
}
# Which record of a step names it: the one highest up (a park before its enterprises).
RANK = {model.__tablename__: place for place, model in enumerate(CHILDREN)}


class UndoRefused(RecpError):
    """A step that cannot be undone or redone now; the message says why."""


@dataclass(frozen=True)
class Change:
    """One record a step touched: its fields (and `DELETED`) before and after the step;
    `before` is None when the step created it."""

    entity: str
    entity_id: uuid.UUID
    before: dict[str, Any] | None
    after: dict[str, Any]

    @property
    def fields(self) -> list[str]:
        """The fields the step changed (of a record it created: only its existence)."""
        if self.before is None:
            return [DELETED]
        return [key for key in self.after if not same(self.before.get(key), self.after[key])]

    def values(self, undoing: bool) -> tuple[dict[str, Any], dict[str, Any]]:
        """(what the record shows now if nothing else changed it, what to write)."""
        before = self.before if self.before is not None else {**self.after, DELETED: True}
        return (self.after, before) if undoing else (before, self.after)


@dataclass(frozen=True)
class Step:
    """One user action's edits and how the Edit menu names it."""

    description: Message
    changes: tuple[Change, ...]


_histories: weakref.WeakSet[UndoHistory] = weakref.WeakSet()


class UndoHistory:
    """The undo and redo stacks of one window on one workspace. `on_edit` is called at
    the first write of a new step (the window then ends the step once the action is done)."""

    def __init__(self, workspace: Workspace, language: str = "ru",
                 on_edit: Callable[[], None] | None = None):
        self.workspace = workspace
        self.language = language
        self.on_edit = on_edit
        self.thread = threading.get_ident()
        self.undo_steps: list[Step] = []
        self.redo_steps: list[Step] = []
        self._pending: list[tuple[str, uuid.UUID, str, tuple[str, ...]]] = []
        self._replaying = False
        self._foreign = False
        _histories.add(self)

    def close(self) -> None:
        """Stop recording (the window closes or opens another workspace)."""
        _histories.discard(self)

    # ----- recording ---------------------------------------------------------------------
    def saw(self, entity: str, entity_id: uuid.UUID, revision: str,
            parents: tuple[str, ...]) -> None:
        """A version was written into the workspace (called by the flush hook)."""
        if threading.get_ident() != self.thread:
            self._foreign = True  # read by the window's thread on its next move
        elif not self._replaying:
            if not self._pending and self.on_edit is not None:
                self.on_edit()
            self._pending.append((entity, entity_id, revision, parents))

    def stop_here(self) -> None:
        """Forget every step so far (after a merge, pull or import)."""
        self.undo_steps.clear()
        self.redo_steps.clear()
        self._pending.clear()
        self._foreign = False

    def _settle(self) -> None:
        if self._foreign:
            self.stop_here()

    def end_step(self) -> Step | None:
        """Make the writes since the last step one step (None when there were none, or
        when they were rolled back)."""
        pending, self._pending = self._pending, []
        if self._foreign:  # written around an import or merge: the history stops there
            self.stop_here()
            return None
        if not pending:
            return None
        touched: dict[tuple[str, uuid.UUID], tuple[tuple[str, ...], str]] = {}
        with self.workspace.session() as session:
            connection = session.connection()
            log = RowVersion.__table__
            kept = set(connection.scalars(sa.select(log.c.revision).where(among(
                connection, log.c.revision, [revision for *_, revision, _ in pending]))))
            for entity, entity_id, revision, parents in pending:
                if revision in kept:
                    first = touched.get((entity, entity_id), (parents, ""))[0]
                    touched[(entity, entity_id)] = (first, revision)
            changes = []
            for (entity, entity_id), (parents, last) in touched.items():
                versions = logged(connection, entity, entity_id)
                after = {**versions[last].data, DELETED: versions[last].deleted}
                change = Change(entity, entity_id, state_before(versions, parents), after)
                if change.fields:
                    changes.append(change)
            if not changes:
                return None
            step = Step(self._describe(session, changes), tuple(changes))
        self.undo_steps.append(step)
        self.redo_steps.clear()
        return step

    # ----- undo and redo -----------------------------------------------------------------
    def next_undo(self) -> Step | None:
        """The step Undo would take back."""
        self._settle()
        return self.undo_steps[-1] if self.undo_steps else None

    def next_redo(self) -> Step | None:
        """The step Redo would make again."""
        self._settle()
        return self.redo_steps[-1] if self.redo_steps else None

    def undo(self) -> Step:
        """Take back the last step; `UndoRefused` when something else changed it since."""
        self.end_step()
        step = self.next_undo()
        if step is None:
            raise UndoRefused(Message(CONTEXT, QT_TRANSLATE_NOOP("Undo", "Nothing to undo")))
        self._apply(step, undoing=True)
        self.redo_steps.append(self.undo_steps.pop())
        return step

    def redo(self) -> Step:
        """Make the last undone step again; `UndoRefused` when something changed it since."""
        self.end_step()
        step = self.next_redo()
        if step is None:
            raise UndoRefused(Message(CONTEXT, QT_TRANSLATE_NOOP("Undo", "Nothing to redo")))
        self._apply(step, undoing=False)
        self.undo_steps.append(self.redo_steps.pop())
        return step

    def _apply(self, step: Step, undoing: bool) -> None:
        """Write, in one transaction, each changed field's value from the other side of
        the step, after checking that nobody changed those fields since."""
        from recp_audit.services.merge import model_of

        in_step = {change.entity_id for change in step.changes}
        self._replaying = True
        try:
            with self.workspace.transaction() as session:
                for change in step.changes:
                    model = model_of(change.entity)
                    row = session.scalars(sa.select(model).where(model.id == change.entity_id)
                                          .execution_options(include_deleted=True)).one()
                    expected, wanted = change.values(undoing)
                    self._check(session, row, change, expected, wanted, in_step)
                    for key in change.fields:
                        if key == DELETED:
                            row.deleted = bool(wanted[key])
                        else:
                            setattr(row, key, python_value(model.__table__.c[key], wanted[key]))
        finally:
            self._replaying = False

    def _check(self, session: Session, row: Versioned, change: Change,
               expected: dict[str, Any], wanted: dict[str, Any], in_step: set[uuid.UUID]) -> None:
        current = {**snapshot(row), DELETED: row.deleted}
        name = _named(label_of(current) or str(row.id)[:8])
        conflicted = set(session.scalars(sa.select(MergeConflict.field).where(
            MergeConflict.entity == change.entity, MergeConflict.entity_id == row.id)))
        checked = list(expected) if change.before is None else change.fields
        for key in checked:
            if key in conflicted or not same(current.get(key), expected.get(key)):
                raise UndoRefused(Message(CONTEXT, QT_TRANSLATE_NOOP(
                    "Undo", "{record} was changed since by {author}; nothing was changed"),
                    {"record": name, "author": row.author or "?"}))
        if wanted.get(DELETED) and not current[DELETED] and any(
                below.id not in in_step
                for below in descendants(session, type(row), row.id)):
            raise UndoRefused(Message(CONTEXT, QT_TRANSLATE_NOOP(
                "Undo", "Records were added under {record} since; nothing was changed"),
                {"record": name}))

    # ----- descriptions ------------------------------------------------------------------
    def _describe(self, session: Session, changes: list[Change]) -> Message:
        """How the Edit menu names a step: its principal record, what happened to it and
        how many other records went with it."""
        main = min(changes, key=lambda change: RANK.get(change.entity, len(RANK)))
        if main.entity == Answer.__tablename__:
            what = Message(CONTEXT, QT_TRANSLATE_NOOP("Undo", "answer to {question}"),
                           {"question": _named(self._question(session, main.after))})
        else:
            kind = Message(CONTEXT, KINDS.get(main.entity, main.entity))
            name = _named(label_of(main.after) or str(main.entity_id)[:8])
            template = (QT_TRANSLATE_NOOP("Undo", "new {kind} {name}") if main.before is None
                        else QT_TRANSLATE_NOOP("Undo", "deletion of {kind} {name}")
                        if main.after[DELETED] and not main.before.get(DELETED)
                        else QT_TRANSLATE_NOOP("Undo", "changes to {kind} {name}"))
            what = Message(CONTEXT, template, {"kind": kind, "name": name})
        if len(changes) == 1:
            return what
        return Message(CONTEXT, QT_TRANSLATE_NOOP("Undo", "{what} and {count} more record(s)"),
                       {"what": what, "count": len(changes) - 1})

    def _question(self, session: Session, answer: dict[str, Any]) -> str:
        """An answer's question in the window's language (its item id if unknown)."""
        from recp_audit.checklists import loader

        checklist = session.scalars(sa.select(Checklist).where(
            Checklist.id == uuid.UUID(answer["checklist_id"])).execution_options(
            include_deleted=True)).one_or_none()
        try:
            item = loader.from_pinned(checklist.template_data).item(answer["item_id"])
        except (AttributeError, KeyError, RecpError):
            return answer["item_id"]
        return item.label.get(self.language)


LONGEST_NAME = 60  # characters of a name in the menu before it is cut with "…"


def _named(name: str) -> str:
    """A name in quotes for the menu, cut when long."""
    if len(name) > LONGEST_NAME:
        name = name[:LONGEST_NAME - 1] + "…"
    return f"«{name}»"


@event.listens_for(Versioned, "after_insert", propagate=True)
def _inserted(_mapper, _connection, obj: Versioned) -> None:
    _tell(obj)


@event.listens_for(Versioned, "after_update", propagate=True)
def _updated(_mapper, _connection, obj: Versioned) -> None:
    if sa.inspect(obj).attrs.revision.history.added:  # a new version, not a no-op flush
        _tell(obj)


def _tell(obj: Versioned) -> None:
    """Pass a written version to the histories recording its workspace."""
    clock = object_session(obj).info.get("clock")
    for history in list(_histories):
        if history.workspace.clock is clock:
            history.saw(obj.__tablename__, obj.id, obj.revision, tuple(obj.parents))
