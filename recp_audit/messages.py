"""User-facing messages that stay free of Qt yet can be translated by the GUI.

Domain and service code marks text with ``QT_TRANSLATE_NOOP(context, text)``;
Qt's ``lupdate`` collects those calls into the ``.ts`` sources, the GUI looks
the text up with ``QCoreApplication.translate`` and the CLI prints English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate recognises
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable template with its named parameters."""

    context: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.params)


def joined(messages: list[Message], separator: str = "; ") -> Message:
    """Messages one after another, each translated on its own."""
    params = {f"m{i}": message for i, message in enumerate(messages)}
    return Message("", separator.join(f"{{{name}}}" for name in params), params)


class RecpError(Exception):
    """An error the user can understand and act on (no traceback shown)."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


class WorkspaceError(RecpError):
    """A workspace file cannot be opened, upgraded or written."""


class ReadOnlyError(WorkspaceError):
    """A change was attempted on a workspace opened read-only."""


class ValidationError(RecpError):
    """A field value is not acceptable; `field` is its key and `problem` what is wrong.

    With a `label` (the field's name for people) the message reads "label: problem",
    e.g. «Название: не длиннее 200 знаков (введено 20 000)»; a form that shows the
    label beside the field shows `problem` alone.
    """

    def __init__(self, field_name: str, message: Message, label: Message | None = None):
        super().__init__(message if label is None else Message(
            "Validation", QT_TRANSLATE_NOOP("Validation", "{field}: {problem}"),
            {"field": label, "problem": message}))
        self.field = field_name
        self.problem = message


class NotFoundError(RecpError):
    """A record named by id does not exist (or was deleted)."""
