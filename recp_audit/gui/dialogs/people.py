"""The list of people (auditors, contacts) in the workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from recp_audit.gui.dialogs.forms import edit_person
from recp_audit.gui.i18n import label
from recp_audit.model import Person
from recp_audit.choices import PERSON_ROLE_LABELS
from recp_audit.services import records
from recp_audit.store.db import Workspace


class PeopleDialog(QDialog):
    """Add, edit and remove people who can be put on audit teams."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("People"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        for caption, handler in ((self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit),
                                 (self.tr("Delete"), self.delete)):
            button = QPushButton(caption)
            button.clicked.connect(handler)
            button.setEnabled(not workspace.read_only)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        """Show the current people."""
        self.list.clear()
        for person in records.people(self.workspace):
            item = QListWidgetItem(f"{person.name} — {label(PERSON_ROLE_LABELS[person.role])}"
                                   + (f", {person.organisation}" if person.organisation else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)

    def _selected(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add(self) -> None:
        """Create a person."""
        if edit_person(self, self.workspace):
            self.reload()

    def edit(self) -> None:
        """Edit the selected person."""
        person_id = self._selected()
        if person_id and edit_person(self, self.workspace, person_id):
            self.reload()

    def delete(self) -> None:
        """Remove the selected person (and their places on audit teams) after asking."""
        person_id = self._selected()
        if not person_id:
            return
        teams = records.deletion_impact(self.workspace, Person, person_id)["audit_member"]
        question = self.tr("Delete {name}? They are on {count} audit team(s).").format(
            name=self.list.currentItem().text(), count=teams)
        if QMessageBox.question(self, self.windowTitle(), question) == \
                QMessageBox.StandardButton.Yes:
            records.delete(self.workspace, Person, person_id)
            self.reload()
