"""The lead's conflicts page: every row two copies changed differently, with the base
value and each side's value, author, file and time; the lead picks a side or types a
value per field, and the resolution becomes a version over all the sides."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QRadioButton, QScrollArea, QSplitter, QVBoxLayout,
                               QWidget)

from recp_audit.gui import i18n
from recp_audit.gui.dialogs.merge_dialog import entity_label
from recp_audit.gui.i18n import label
from recp_audit.model.history import DELETED
from recp_audit.messages import QT_TRANSLATE_NOOP, RecpError
from recp_audit.services import merge
from recp_audit.store.db import Workspace


# How the fields that experts most often both edit are called (others: their own name).
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictsPage", "name"),
    "title": QT_TRANSLATE_NOOP("ConflictsPage", "title"),
    "employees": QT_TRANSLATE_NOOP("ConflictsPage", "employees"),
    "shifts": QT_TRANSLATE_NOOP("ConflictsPage", "shifts"),
    "address": QT_TRANSLATE_NOOP("ConflictsPage", "address"),
    "annual_output": QT_TRANSLATE_NOOP("ConflictsPage", "annual output"),
    "main_products": QT_TRANSLATE_NOOP("ConflictsPage", "main products"),
    "status": QT_TRANSLATE_NOOP("ConflictsPage", "status"),
    "note": QT_TRANSLATE_NOOP("ConflictsPage", "note"),
    "notes": QT_TRANSLATE_NOOP("ConflictsPage", "notes"),
    "value": QT_TRANSLATE_NOOP("ConflictsPage", "value"),
    "number": QT_TRANSLATE_NOOP("ConflictsPage", "number"),
    "text": QT_TRANSLATE_NOOP("ConflictsPage", "text"),
    "quantity": QT_TRANSLATE_NOOP("ConflictsPage", "quantity"),
    "cost": QT_TRANSLATE_NOOP("ConflictsPage", "cost"),
    "investment": QT_TRANSLATE_NOOP("ConflictsPage", "investment"),
    "description": QT_TRANSLATE_NOOP("ConflictsPage", "description"),
    "caption": QT_TRANSLATE_NOOP("ConflictsPage", "caption"),
    "inputs": QT_TRANSLATE_NOOP("ConflictsPage", "calculator inputs"),
    DELETED: QT_TRANSLATE_NOOP("ConflictsPage", "deleted or kept"),
}


def _shown(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictsPage(QWidget):
    """Every open conflict; `changed` after a resolution."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Merge conflicts"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Two copies changed the same field differently, or one edited "
                              "a record the other deleted. Until you decide, the record shows "
                              "the later value. Your decision is saved as a new version and "
                              "merges cleanly into the experts' copies."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("conflicts")
        self.list.setWordWrap(True)  # long enterprise names wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show)
        splitter.addWidget(self.list)
        self.detail = QScrollArea()
        self.detail.setWidgetResizable(True)
        splitter.addWidget(self.detail)
        splitter.setSizes([320, 700])
        layout.addWidget(splitter, 1)
        self.rows: list[merge.RowConflict] = []
        self.choices: dict[str, tuple[QButtonGroup, list, QLineEdit]] = {}
        self.refresh()

    def refresh(self) -> None:
        """Reload the open conflicts."""
        self.rows = merge.conflict_details(self.workspace)
        self.list.clear()
        for row in self.rows:
            text = (f"{entity_label(row.entity)}: {row.label}\n"
                    + ", ".join(self._field(f.field) for f in row.fields))
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.list.addItem(item)
        if self.rows:
            self.list.setCurrentRow(0)
        else:
            empty = QLabel(self.tr("No conflicts: every merged change fitted together."))
            empty.setObjectName("empty")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.detail.setWidget(empty)

    def _field(self, name: str) -> str:
        return label(FIELD_LABELS[name], "ConflictsPage") if name in FIELD_LABELS \
            else name.replace("_", " ")

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        box = QWidget()
        form = QVBoxLayout(box)
        form.addWidget(QLabel(f"<b>{entity_label(row.entity)}: {row.label}</b>"))
        self.choices = {}
        for field in row.fields:
            group_box = QGroupBox(self._field(field.field))
            grid = QGridLayout(group_box)
            group = QButtonGroup(group_box)
            values = []
            grid.addWidget(QLabel(self.tr("Before both changes: {value}").format(
                value=_shown(field.base))), 0, 0, 1, 2)
            for n, side in enumerate(field.sides, start=1):
                who = self.tr("this file") if side.mine else side.author or self.tr("unknown")
                button = QRadioButton(f"{_shown(side.value)}")
                button.setObjectName(f"{field.field}_{n}")
                group.addButton(button, n)
                values.append(side.value)
                grid.addWidget(button, n, 0)
                where = QLabel(self.tr("{who}, file {device}, {when}").format(
                    who=who, device=side.origin[:8], when=side.when.strftime("%d.%m.%Y %H:%M")))
                where.setToolTip(self.tr("Workspace file id: {id}").format(id=side.origin))
                grid.addWidget(where, n, 1)
            other = QRadioButton(self.tr("Other value:"))
            group.addButton(other, 0)
            typed = QLineEdit()
            typed.setObjectName(f"{field.field}_typed")
            typed.textEdited.connect(lambda _text, b=other: b.setChecked(True))
            typed.setEnabled(field.field != DELETED)
            other.setEnabled(field.field != DELETED)
            grid.addWidget(other, len(field.sides) + 1, 0)
            grid.addWidget(typed, len(field.sides) + 1, 1)
            group.button(len(field.sides)).setChecked(True)
            self.choices[field.field] = (group, values, typed)
            form.addWidget(group_box)
        resolve = QPushButton(self.tr("Resolve with these values"))
        resolve.setObjectName("resolve")
        resolve.setEnabled(not self.workspace.read_only)
        resolve.clicked.connect(self.resolve)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(resolve)
        form.addLayout(buttons)
        form.addStretch(1)
        self.detail.setWidget(box)

    def resolve(self) -> None:
        """Save the chosen values of the shown row."""
        row = self.rows[self.list.currentRow()]
        chosen, typed = {}, {}
        for field, (group, values, line) in self.choices.items():
            picked = group.checkedId()
            if picked > 0:
                chosen[field] = values[picked - 1]
            else:
                typed[field] = line.text()
        try:
            merge.resolve(self.workspace, row.entity, row.entity_id, chosen, typed)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Resolve"), i18n.text(exc.message))
            return
        self.refresh()
        self.changed.emit()
