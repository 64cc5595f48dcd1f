"""The Checklists area of an audit: attached checklists, answering, and results."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QStackedWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from recp_audit.choices import RESOURCE_AREA_LABELS
from recp_audit.gui import i18n
from recp_audit.gui.i18n import label
from recp_audit.messages import RecpError

ID_ROLE = Qt.ItemDataRole.UserRole


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setObjectName("heading")
    heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
    return heading


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} %"


class ChecklistsArea(QStackedWidget):
    """Overview of the audit's checklists; opens a checklist or the results in place."""

    changed = Signal()  # something was stored (for the window's "saved at" status)

    def __init__(self, workspace, audit_id: uuid.UUID, audit_title: str, self_diagnosis: bool,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.audit_id = audit_id
        self.audit_title = audit_title
        self.self_diagnosis = self_diagnosis
        self.language = language
        self.writable = not workspace.read_only
        self.show_overview()

    def _replace(self, page: QWidget) -> None:
        old = self.currentWidget()
        self.addWidget(page)
        self.setCurrentWidget(page)
        if old is not None:
            self.removeWidget(old)
            old.deleteLater()

    # ----- overview --------------------------------------------------------------------
    def show_overview(self) -> None:
        """The list of attached checklists with progress and scores."""
        from recp_audit.checklists.loader import load_library
        from recp_audit.services import checklists

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(_heading(self.tr("Checklists")))
        layout.addWidget(QLabel(self.audit_title))
        self.table = QTreeWidget()
        self.table.setObjectName("checklists")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Checklist"), self.tr("Area"), self.tr("Answered"),
                                    self.tr("Score"), self.tr("Findings"), self.tr("Version")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemActivated.connect(lambda row, _col: self.open(row.data(0, ID_ROLE)))
        states = checklists.of_audit(self.workspace, self.audit_id, load_library())
        for state in states:
            total = state.score().total
            version = str(state.template.version) + (
                self.tr(" (version {version} available)").format(version=state.newer_version)
                if state.newer_version else "")
            row = QTreeWidgetItem([state.template.title.get(self.language),
                                   label(RESOURCE_AREA_LABELS[state.template.area]),
                                   f"{total.answered} / {total.visible}",
                                   _percent(total.percent), str(total.findings), version])
            row.setData(0, ID_ROLE, state.id)
            for column in range(2, 5):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(row)
        for column in range(1, 6):
            self.table.resizeColumnToContents(column)
        if states:
            self.table.setCurrentItem(self.table.topLevelItem(0))
            layout.addWidget(self.table, 1)
        else:
            empty = QLabel(self.tr(
                "No checklists in this audit yet. Add the checklists you will walk through: "
                "the self-diagnosis set for a club member, or the expert checklists of the "
                "areas you assess."))
            empty.setWordWrap(True)
            empty.setObjectName("empty")
            layout.addWidget(empty)
            layout.addStretch(1)
        buttons = QHBoxLayout()
        actions = [(self.tr("Open"), self._open_selected, bool(states)),
                   (self.tr("Results"), self.show_results, bool(states))]
        if self.writable:
            actions = [(self.tr("Add checklists…"), self.add_checklists, True)] + actions + [
                (self.tr("Remove…"), self._remove_selected, bool(states))]
        for text, handler, enabled in actions:
            button = QPushButton(text)
            button.setEnabled(enabled)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._replace(page)

    def _selected(self) -> uuid.UUID | None:
        row = self.table.currentItem()
        return row.data(0, ID_ROLE) if row else None

    def _open_selected(self) -> None:
        if self._selected():
            self.open(self._selected())

    def add_checklists(self) -> None:
        """Choose templates and attach them."""
        from recp_audit.checklists.loader import load_library
        from recp_audit.gui.dialogs.templates import TemplatesDialog
        from recp_audit.services import checklists

        library = load_library()
        attached = {s.template.id for s in checklists.of_audit(self.workspace, self.audit_id)}
        dialog = TemplatesDialog(library, "self_diagnosis" if self.self_diagnosis else "expert",
                                 attached, self.language, self)
        if dialog.exec() != dialog.DialogCode.Accepted or not dialog.chosen():
            return
        try:
            checklists.attach(self.workspace, self.audit_id,
                              [library.templates[tid] for tid in dialog.chosen()])
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Checklists"), i18n.text(exc.message))
        self.show_overview()

    def _remove_selected(self) -> None:
        from recp_audit.services import checklists

        checklist_id = self._selected()
        if checklist_id is None:
            return
        name = self.table.currentItem().text(0)
        if QMessageBox.question(self, self.tr("Remove checklist"), self.tr(
                "Remove «{name}» and all its answers, notes and photos from this audit?").format(
                name=name), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        checklists.detach(self.workspace, checklist_id)
        self.show_overview()

    # ----- answering and results -------------------------------------------------------
    def open(self, checklist_id: uuid.UUID) -> None:
        """Answer one checklist."""
        from recp_audit.gui.pages.checklist import ChecklistPage

        try:
            page = ChecklistPage(self.workspace, checklist_id, self.language,
                                 back=self.show_overview)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Checklists"), i18n.text(exc.message))
            return
        page.reopen.connect(lambda: self.open(checklist_id))
        page.changed.connect(self.changed)
        self._replace(page)
        page.tree.setFocus()

    def view_state(self) -> tuple[uuid.UUID, str | None] | None:
        """The open checklist and its current item (None on the overview), for the
        window to come back to when it builds the page anew (after undo or redo)."""
        from recp_audit.gui.pages.checklist import ChecklistPage

        page = self.currentWidget()
        return (page.state.id, page.current) if isinstance(page, ChecklistPage) else None

    def restore_view_state(self, state: tuple[uuid.UUID, str | None]) -> None:
        """Open the checklist at the item `view_state` gave."""
        checklist_id, item_id = state
        self.open(checklist_id)
        page = self.currentWidget()
        if item_id and self.view_state() is not None:
            page.select(item_id)

    def show_results(self) -> None:
        """Scores and findings (the plain-language result for a self-diagnosis)."""
        from recp_audit.gui.pages.results import ResultsPage, SelfDiagnosisPage

        page_class = SelfDiagnosisPage if self.self_diagnosis else ResultsPage
        self._replace(page_class(self.workspace, self.audit_id, self.language,
                                 back=self.show_overview))
