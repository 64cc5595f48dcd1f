"""Table to pick an audit's team from the people in the workspace, with their roles."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from recp_audit.gui.dialogs.record import select_data
from recp_audit.gui.i18n import label
from recp_audit.choices import TEAM_ROLE_LABELS, TeamRole
from recp_audit.model import Person


class TeamEditor(QTableWidget):
    """One row per person: tick to include, choose the role."""

    def __init__(self, people: list[Person], team: dict[uuid.UUID, TeamRole],
                 parent: QWidget | None = None):
        super().__init__(len(people), 2, parent)
        self.setObjectName("team")
        self.setHorizontalHeaderLabels([self.tr("Team member"), self.tr("Role in the audit")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setMinimumHeight(140)
        self._ids: list[uuid.UUID] = []
        for row, person in enumerate(people):
            item = QTableWidgetItem(person.name if not person.organisation
                                    else f"{person.name} ({person.organisation})")
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if person.id in team
                               else Qt.CheckState.Unchecked)
            self.setItem(row, 0, item)
            roles = QComboBox()
            for role, text in TEAM_ROLE_LABELS.items():
                roles.addItem(label(text), role)
            select_data(roles, team.get(person.id, TeamRole.MEMBER))
            self.setCellWidget(row, 1, roles)
            self._ids.append(person.id)

    def set_member(self, row: int, role: TeamRole | None) -> None:
        """Include the person of `row` with `role`, or leave them out (None)."""
        self.item(row, 0).setCheckState(Qt.CheckState.Unchecked if role is None
                                        else Qt.CheckState.Checked)
        if role is not None:
            select_data(self.cellWidget(row, 1), role)

    def members(self) -> dict[uuid.UUID, TeamRole]:
        """The ticked people and their roles."""
        return {person_id: self.cellWidget(row, 1).currentData()
                for row, person_id in enumerate(self._ids)
                if self.item(row, 0).checkState() == Qt.CheckState.Checked}
