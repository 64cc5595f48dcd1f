"""A form dialog for one record: typed fields, inline errors, saves on OK."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

from recp_audit.gui import i18n
from recp_audit.gui.date_field import DateField
from recp_audit.gui.dialogs.unsaved import FormDialog
from recp_audit.messages import RecpError, ValidationError

ERROR_STYLE = "border: 1px solid #c0392b;"


@dataclass
class Field:
    """One form field: `kind` is text, multiline, number, choice, date or check."""

    key: str
    label: str
    kind: str = "text"
    choices: list[tuple[str, Any]] = field(default_factory=list)
    placeholder: str = ""
    hint: str = ""  # the field's tooltip: what to put in it


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data equals `value` (findData cannot match UUIDs); else the first."""
    matches = [i for i in range(combo.count()) if combo.itemData(i) == value]
    combo.setCurrentIndex(matches[0] if matches else 0)


def _make_widget(spec: Field) -> QWidget:
    if spec.kind == "multiline":
        widget = QPlainTextEdit()
        widget.setFixedHeight(72)
        widget.setTabChangesFocus(True)
    elif spec.kind == "choice":
        widget = QComboBox()
        for caption, value in spec.choices:
            widget.addItem(caption, value)
    elif spec.kind == "check":
        widget = QCheckBox(spec.placeholder)
    elif spec.kind == "date":
        widget = DateField()
    else:
        widget = QLineEdit()
        widget.setPlaceholderText(spec.placeholder)
    widget.setObjectName(spec.key)
    if spec.hint:
        widget.setToolTip(spec.hint)
    return widget


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        select_data(widget, value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, DateField):
        widget.set_date(value or None)
    else:
        widget.setText("" if value is None else (f"{value:g}" if isinstance(value, float)
                                                  else str(value)))


def _get_value(widget: QWidget) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, DateField):
        return widget.date()
    return widget.text()


class RecordDialog(FormDialog):
    """Edits `fields`; `submit(values)` saves them or raises `ValidationError`."""

    def __init__(self, title: str, fields: list[Field], values: dict[str, Any],
                 submit: Callable[[dict[str, Any]], None], parent: QWidget | None = None,
                 extra: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._submit = submit
        self._labels = {spec.key: spec.label for spec in fields}
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        for spec in fields:
            widget = _make_widget(spec)
            _set_value(widget, values.get(spec.key))
            self.widgets[spec.key] = widget
            form.addRow(f"{spec.label}:", widget)
        layout.addLayout(form)
        if extra is not None:
            layout.addWidget(extra)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """The values as typed."""
        return {key: _get_value(widget) for key, widget in self.widgets.items()}

    def show_error(self, key: str, message: str) -> None:
        """Mark the field and say what is wrong with it."""
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        label = self._labels.get(key, key)
        self.error.setText(f"{label}: {message}")
        self.error.show()
        if key in self.widgets:
            self.widgets[key].setStyleSheet(ERROR_STYLE)
            self.widgets[key].setFocus()

    def accept(self) -> None:
        """Save; on bad input keep the dialog open with the error shown."""
        try:
            self._submit(self.values())
        except ValidationError as exc:
            self.show_error(exc.field, i18n.text(exc.problem))
            return
        except RecpError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.text(exc.message))
            return
        super().accept()
