"""Forms that never lose typing: closing a changed form asks first.

`FormDialog` notes what every field holds when the form is first shown and compares
on Cancel, Escape and the window's close button (all three go through `reject`): an
unchanged form closes at once, a changed one asks whether to save, discard or go on
typing. Its subclasses save in `save()` (by default their OK, `accept()`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QCalendarWidget, QComboBox,
                               QDialog, QLineEdit, QListWidget, QMessageBox, QPlainTextEdit,
                               QTableWidget, QTextEdit, QTreeWidget, QTreeWidgetItemIterator,
                               QWidget)

from recp_audit.gui.date_field import DateField
from recp_audit.messages import QT_TRANSLATE_NOOP

QUESTION = QT_TRANSLATE_NOOP("FormDialog",
                             "Close the form without saving? What you typed will be lost.")
_PARTS_OF = (QComboBox, QAbstractSpinBox, QCalendarWidget, DateField)  # read as a whole
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole)


def _value(widget: QWidget) -> Any:
    """What the user can change in `widget`; None when it holds nothing typed."""
    if isinstance(widget, DateField):
        return widget.text.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QTableWidget):
        return [[widget.item(r, c).data(role) if widget.item(r, c) else None for role in _ROLES]
                for r in range(widget.rowCount()) for c in range(widget.columnCount())]
    if isinstance(widget, QListWidget):
        return [[widget.item(r).data(role) for role in _ROLES] for r in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        items, iterator = [], QTreeWidgetItemIterator(widget)
        while iterator.value():
            items.append([iterator.value().data(0, role) for role in _ROLES])
            iterator += 1
        return items
    return None


def form_state(root: QWidget) -> list[Any]:
    """The values of every field under `root`, in order (the parts of a combo box, a spin
    box or a date field count as the whole)."""
    state = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, _PARTS_OF):
            parent = parent.parentWidget()
        if parent is None or parent is root:
            value = _value(widget)
            if value is not None:
                state.append(value)
    return state


def ask_to_close(form: QDialog) -> QMessageBox.StandardButton:
    """Ask whether to save a changed form (Save), throw the changes away (Discard) or go
    on typing (Cancel, Escape, or the box closed any other way)."""
    button = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, form.windowTitle(),
                      QCoreApplication.translate("FormDialog", QUESTION),
                      button.Save | button.Discard | button.Cancel, form)
    box.button(button.Discard).setText(QCoreApplication.translate("FormDialog", "Don't save"))
    box.setDefaultButton(button.Cancel)
    box.setEscapeButton(button.Cancel)
    box.exec()
    return box.standardButton(box.clickedButton())


class FormDialog(QDialog):
    """A dialog that asks before closing away what was typed in it."""

    _opened: list[Any] | None = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Note the fields' values the first time the form is shown."""
        if self._opened is None:
            self._opened = form_state(self)
        super().showEvent(event)

    def changed(self) -> bool:
        """Whether anything differs from what the form showed when it opened."""
        return self._opened is not None and form_state(self) != self._opened

    def save(self) -> None:
        """Store the form and close it (stays open with the problem shown when refused)."""
        self.accept()

    def reject(self) -> None:
        """Close; a changed form first asks whether to save or discard the changes."""
        if self.changed():
            reply = ask_to_close(self)
            if reply == QMessageBox.StandardButton.Save:
                self.save()
            if reply != QMessageBox.StandardButton.Discard:  # the box closed some other way
                return
        super().reject()
