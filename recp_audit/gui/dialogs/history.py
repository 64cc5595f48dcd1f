"""A record's history of changes (who, when, field, was, now) with «Restore this value»,
and the «Change history…» context-menu entry of the tables that show records."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QMenu, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from recp_audit.gui import i18n
from recp_audit.gui.pages.conflicts import FIELD_LABELS
from recp_audit.messages import Message, RecpError
from recp_audit.services import record_history
from recp_audit.store.db import Workspace

CHANGE_ROLE = Qt.ItemDataRole.UserRole  # on a row's first cell: (revision, field)

# Where a table's row is a record: the record's class, id and name, or None.
RecordAt = Callable[[QModelIndex], "tuple[type, uuid.UUID, str] | None"]


def _text(value: str | Message) -> str:
    return i18n.text(value) if isinstance(value, Message) else value


def field_labels(workspace: Workspace, model: type) -> dict[str, str]:
    """How the record's form calls its fields (the conflicts page's names for the fields
    of records without a form, their own names for the rest)."""
    from recp_audit.gui.dialogs import forms
    from recp_audit.gui.dialogs.stream_dialog import stream_fields
    from recp_audit.model import Audit, Enterprise, Instrument, Park, Person, Stream

    makers = {Person: forms.person_fields, Park: forms.park_fields,
              Enterprise: lambda: forms.enterprise_fields(workspace),
              Audit: forms.audit_fields, Instrument: forms.instrument_fields,
              Stream: lambda: stream_fields(None)}
    labels = {key: i18n.label(text, "ConflictsPage") for key, text in FIELD_LABELS.items()}
    if model in makers:
        labels.update((item.key, item.label) for item in makers[model]())
    return labels


class HistoryDialog(QDialog):
    """Every version of one record, newest first, one line per changed field; `restored`
    after a value was put back (a new version, which merges like any edit)."""

    restored = Signal()

    def __init__(self, workspace: Workspace, model: type, record_id: uuid.UUID, name: str,
                 language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.model, self.record_id = workspace, model, record_id
        self.language = language
        self.labels = field_labels(workspace, model)
        self.setWindowTitle(self.tr("Change history: {name}").format(name=name))
        self.resize(820, 440)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Every saved change of «{name}». Restoring a value saves it as a "
                              "new change, so it merges into colleagues' copies like any "
                              "edit.").format(name=name))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([self.tr("Who"), self.tr("When"), self.tr("Field"),
                                              self.tr("Was"), self.tr("Now")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore this value"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setToolTip(self.tr("Give the field the value it had after the "
                                               "chosen change"))
        self.restore_button.clicked.connect(self.restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Show the record's versions as they are now."""
        entries = record_history.history(self.workspace, self.model, self.record_id)
        rows = [(entry, change) for entry in entries for change in entry.changes]
        names = record_history.referenced(self.workspace, self.model, entries)
        self.table.setRowCount(len(rows))
        when_format = "%d.%m.%Y %H:%M" if self.language == "ru" else "%Y-%m-%d %H:%M"
        for r, (entry, change) in enumerate(rows):
            cells = [entry.author, entry.when.strftime(when_format), self.labels.get(change.field, change.field.replace("_", " ")),
                     _text(record_history.shown(self.model, change.field, change.old,
                                                self.language, names)),
                     _text(record_history.shown(self.model, change.field, change.new,
                                                self.language, names))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
            self.table.item(r, 0).setData(CHANGE_ROLE, (entry.revision, change.field))
        self._selection_changed()

    def _chosen(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(CHANGE_ROLE) if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._chosen() is not None
                                       and not self.workspace.read_only)

    def restore(self) -> None:
        """Give the chosen field the value the chosen change gave it."""
        chosen = self._chosen()
        if chosen is None:
            return
        revision, field = chosen
        try:
            record_history.restore(self.workspace, self.model, self.record_id, field, revision)
        except RecpError as exc:
            QMessageBox.warning(self, self.windowTitle(), i18n.text(exc.message))
            return
        self.reload()
        self.restored.emit()


def row_records(model: type, id_role: int = Qt.ItemDataRole.UserRole,
                name_column: int = 0) -> RecordAt:
    """A `RecordAt` for views whose cells carry their row's record id in `id_role`."""
    def record_at(index: QModelIndex) -> tuple[type, uuid.UUID, str] | None:
        found = index.data(id_role) if index.isValid() else None
        if not found:
            return None
        record_id = found if isinstance(found, uuid.UUID) else uuid.UUID(str(found))
        return model, record_id, (index.siblingAtColumn(name_column).data() or "").split("\n")[0]
    return record_at


def offer_history(view: QAbstractItemView, workspace: Workspace, record_at: RecordAt,
                  language: str, after_restore: Callable[[], None]) -> None:
    """Give the view's rows a context menu with «Change history…» of the row's record;
    `after_restore` runs when a value was restored (the page shows it)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(point: QPoint) -> None:
        found = record_at(view.indexAt(point))
        if found is None:
            return
        menu = QMenu(view)
        action = menu.addAction(QCoreApplication.translate("HistoryDialog", "Change history…"))
        action.triggered.connect(lambda: open_history(view, workspace, *found, language,
                                                      after_restore))
        menu.popup(view.viewport().mapToGlobal(point))

    view.customContextMenuRequested.connect(show_menu)


def open_history(parent: QWidget, workspace: Workspace, model: type, record_id: uuid.UUID,
                 name: str, language: str, after_restore: Callable[[], None]) -> None:
    """Show the record's history; run `after_restore` once it closes if a value was put back."""
    try:
        dialog = HistoryDialog(workspace, model, record_id, name, language, parent)
    except RecpError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("HistoryDialog", "Change history"),
                            i18n.text(exc.message))
        return
    changed = []
    dialog.restored.connect(lambda: changed.append(True))
    dialog.exec()
    if changed:
        after_restore()
