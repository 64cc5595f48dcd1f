"""Main window: navigation tree on the left, the selected record's page on the right.

Every change is committed as it is made, so there is no "Save": File > Save As
copies the workspace to another file and continues there. The data layer
(SQLAlchemy) is imported on first use, so the window paints before it loads
(benchmarks/startup.py).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QDialog, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox,
                               QSplitter, QStackedWidget, QStyle, QTreeView, QWidget)

from recp_audit import paths, settings as settings_store
from recp_audit.gui import i18n
from recp_audit.choices import (AUDIT_KIND_LABELS, AUDIT_STATUS_LABELS, TEAM_ROLE_LABELS,
                                AuditKind)
from recp_audit.gui.i18n import label
from recp_audit.gui.models.navigation import (AREA_ROLE, ID_ROLE, KIND_ROLE,
                                              NavigationModel, NodeKind)
from recp_audit.gui.pages.details import DetailsPage
from recp_audit.gui.pages.welcome import WelcomePage
from recp_audit.logs import logger
from recp_audit.messages import RecpError
from recp_audit.roles import Role, audit_areas, role_of, team_tools
from recp_audit.settings import Settings

if TYPE_CHECKING:
    from recp_audit.services.undo import UndoHistory
    from recp_audit.store.db import Workspace

FILE_FILTER = "RECP workspace (*.sqlite *.db);;All files (*)"
RECORD_KINDS = (NodeKind.PARK, NodeKind.ENTERPRISE, NodeKind.AUDIT)


def _model(kind: NodeKind) -> type:
    """The mapped class of a tree row's record."""
    from recp_audit.model import Audit, Enterprise, Park

    return {NodeKind.PARK: Park, NodeKind.ENTERPRISE: Enterprise, NodeKind.AUDIT: Audit}[kind]


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else 2
    return QLocale().toString(float(value), "f", decimals)


def _date(day) -> str:
    """A date as users of the current language write it (21.11.2026 or 2026-11-21)."""
    russian = QLocale().language() == QLocale.Language.Russian
    return day.strftime("%d.%m.%Y" if russian else "%Y-%m-%d")


def _coordinates(values: dict) -> str:
    if values.get("latitude") is None:
        return ""
    return f"{_number(values['latitude'])}, {_number(values['longitude'])}"


class MainWindow(QMainWindow):
    """The application window around one open workspace."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.workspace: Workspace | None = None
        self.undo_history: UndoHistory | None = None
        self.saved_at: QDateTime | None = None
        self.opening = True  # until start() has run: the window paints before the file opens
        self.resize(1200, 760)
        self.model = NavigationModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("navigation")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])
        self.setCentralWidget(splitter)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.retranslate()

    # ----- workspace -------------------------------------------------------------------
    def start(self, workspace: Path | None = None, demo: bool = False) -> None:
        """Open what the command line asked for, or the default workspace (offering the demo)."""
        from recp_audit.services import navigation
        from recp_audit.store.db import create_workspace

        self.opening = False
        if demo:
            self.open_demo()
        elif workspace is not None:
            self.open_path(Path(workspace))
        else:
            default = paths.default_workspace_path()
            no_workspace = not default.exists() and not self.settings.recent_files
            opened = self.open_path(default) if default.exists() else self._guard(
                lambda: self.set_workspace(create_workspace(default, claim=True), backup=False))
            if opened is not False and no_workspace and self.workspace and not \
                    navigation.load_tree(self.workspace) and self.settings.offer_demo:
                self.offer_demo()

    def offer_demo(self) -> None:
        """First start on an empty workspace: propose the demo."""
        answer = QMessageBox.question(
            self, self.tr("Welcome"),
            self.tr("Your workspace is still empty. Open the demo workspace (an industrial "
                    "park with four audited enterprises) to look around first?\n\nYou can "
                    "open it later with File > Open demo workspace."))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_demo()
        else:
            self.settings.offer_demo = False
            settings_store.save(self.settings)

    def open_demo(self) -> bool:
        """Open a fresh copy of the demo workspace."""
        from recp_audit.services.demo import write_demo

        return self._guard(lambda: self.set_workspace(self._in_background(
            self.tr("Writing the demo workspace…"),
            lambda: write_demo(paths.user_data_dir() / "demo.sqlite", replace=True)),
            backup=False))

    def open_path(self, path: Path) -> bool:
        """Open a workspace file; on failure say why and keep the current one."""
        if self.workspace and self.workspace.path.resolve() == path.resolve():
            return True
        from recp_audit.store.db import open_workspace
        from recp_audit.store.owner import FileInUseError

        def opened(read_only: bool) -> None:  # the author: the name in Settings at each change
            self.set_workspace(self._in_background(
                self.tr("Opening {file}…").format(file=path.name),
                lambda: open_workspace(path, read_only=read_only, claim=True)))

        try:
            opened(False)
        except FileInUseError as exc:  # another program has it: who, and read-only instead?
            if QMessageBox.question(self, self.tr("RECP audit"), i18n.text(exc.message) + "\n"
                                    + self.tr("Open it read-only?")) \
                    != QMessageBox.StandardButton.Yes:
                return False
            return self._guard(lambda: opened(True))
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("RECP audit"), i18n.text(exc.message))
            return False
        return True

    def _in_background(self, title: str, work):
        """`work()` off the GUI thread behind a busy dialog (it cannot stop half-way)."""
        from recp_audit.gui.tasks import run_task

        return run_task(self, title, lambda _progress: work(), cancellable=False)

    def set_workspace(self, workspace: Workspace, backup: bool = True) -> None:
        """Make `workspace` the open one (closing the previous); an automatic backup of it
        is made in the background unless `backup` is False (a new or demo file)."""
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = workspace
        self._start_undo_history()
        self.saved_at = None
        self.settings.remember(workspace.path)
        settings_store.save(self.settings)
        if workspace.backup:
            QMessageBox.information(self, self.tr("Workspace upgraded"), self.tr(
                "The file was made by an older version and has been upgraded. A copy of the "
                "original is at:\n{path}").format(path=str(workspace.backup)))
        if backup and self.settings.backups_kept > 0:
            self._back_up(workspace.path)
        self.retranslate()

    def _back_up(self, path: Path) -> None:
        """The automatic copy of the file just opened; its failure is said, not fatal."""
        from recp_audit.gui.tasks import run_quietly
        from recp_audit.services.backups import auto_backup

        def done(copy, error) -> None:
            if error is None:
                self.statusBar().showMessage(self.tr("Automatic backup: {path}").format(
                    path=copy), 8000)
                return
            logger.warning("automatic backup of %s failed: %s", path, error)
            reason = i18n.text(error.message) if isinstance(error, RecpError) else str(error)
            self.statusBar().showMessage(self.tr(
                "The automatic backup could not be made: {reason}").format(reason=reason))

        keep = self.settings.backups_kept
        run_quietly(self, lambda _progress: auto_backup(path, keep), done)

    def _guard(self, action) -> bool:
        """Run `action`; show a RecpError as a message. True when it succeeded."""
        try:
            action()
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("RECP audit"), i18n.text(exc.message))
            return False
        return True

    def _saved(self) -> None:
        """A page stored something: show when."""
        self.saved_at = QDateTime.currentDateTime()
        self._update_status()

    def _changed(self, select: tuple[str, str, str] | None = None) -> None:
        self.saved_at = QDateTime.currentDateTime()
        self.refresh(select)

    # ----- building the window ---------------------------------------------------------
    def retranslate(self) -> None:
        """Rebuild every text (after opening a file or switching the language)."""
        self.setWindowTitle(self.tr("RECP audit") + (f" — {self.workspace.path.name}"
                                                     if self.workspace else ""))
        self._build_menus()
        self.refresh(self._current_key())

    def _action(self, text: str, handler, shortcut=None, needs_write: bool = False,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(handler)
        if shortcut is not None:
            action.setShortcut(shortcut)
        writable = self.workspace is not None and not self.workspace.read_only
        action.setEnabled(writable if needs_write else True)
        return action

    def _build_menus(self) -> None:
        SP = QStyle.StandardPixmap  # noqa: N806 (a short alias for the icons below)
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New workspace…"), self.new_workspace,
                                         QKeySequence.StandardKey.New, icon=SP.SP_FileIcon))
        file_menu.addAction(self._action(self.tr("&Open…"), self.open_dialog,
                                         QKeySequence.StandardKey.Open,
                                         icon=SP.SP_DialogOpenButton))
        recent = file_menu.addMenu(self.tr("Open &recent"))
        recent.setObjectName("recent")
        for path in self.settings.recent_files:
            recent.addAction(self._action(path, lambda _=False, p=path: self.open_path(Path(p))))
        recent.setEnabled(bool(self.settings.recent_files))
        file_menu.addAction(self._action(self.tr("Open &demo workspace"), self.open_demo,
                                         icon=SP.SP_DirHomeIcon))
        save_as = self._action(self.tr("Save &as…"), self.save_as,
                               QKeySequence.StandardKey.SaveAs, icon=SP.SP_DialogSaveButton)
        save_as.setEnabled(self.workspace is not None)
        file_menu.addAction(save_as)
        file_menu.addSeparator()
        if team_tools(self.role):
            file_menu.addAction(self._action(self.tr("&Merge experts' files…"),
                                             self.merge_files, needs_write=True,
                                             icon=SP.SP_FileDialogListView))
            file_menu.addAction(self._action(self.tr("&Publish to server…"),
                                             self.publish_to_server, icon=SP.SP_ArrowUp))
            file_menu.addAction(self._action(self.tr("P&ull from server…"),
                                             self.pull_from_server, needs_write=True,
                                             icon=SP.SP_ArrowDown))
            file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings,
                                         QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close,
                                         QKeySequence.StandardKey.Quit,
                                         icon=SP.SP_DialogCloseButton))

        self._build_edit_menu(bar.addMenu(self.tr("&Edit")))

        records_menu = bar.addMenu(self.tr("&Records"))
        records_menu.addAction(self._action(self.tr("New &park…"), self.new_park,
                                            needs_write=True, icon=SP.SP_DirIcon))
        records_menu.addAction(self._action(self.tr("New &enterprise…"), self.new_enterprise,
                                            needs_write=True, icon=SP.SP_DirClosedIcon))
        records_menu.addAction(self._action(self.tr("New &audit…"), self.new_audit,
                                            needs_write=True, icon=SP.SP_FileIcon))
        records_menu.addSeparator()
        records_menu.addAction(self._action(self.tr("&Edit selected…"), self.edit_selected,
                                            QKeySequence(Qt.Key.Key_F2), needs_write=True,
                                            icon=SP.SP_FileDialogDetailedView))
        records_menu.addAction(self._action(self.tr("&Delete selected…"), self.delete_selected,
                                            QKeySequence.StandardKey.Delete, needs_write=True,
                                            icon=SP.SP_TrashIcon))
        records_menu.addSeparator()
        records_menu.addAction(self._action(self.tr("P&eople…"), self.show_people,
                                            needs_write=False))

        language_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = self._action(name, lambda _=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.setObjectName(f"language_{code}")
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Guide to this page"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents,
                                         icon=SP.SP_DialogHelpButton))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                         QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F1)))
        help_menu.addAction(self._action(self.tr("&About RECP audit"), self.about,
                                         icon=SP.SP_MessageBoxInformation))
        self._update_status()

    def _update_status(self) -> None:
        if self.workspace is None:
            self.status.setText(self.tr("Opening the workspace…") if self.opening
                                else self.tr("No workspace open"))
            return
        state = self.tr("read-only") if self.workspace.read_only else (
            self.tr("all changes saved at {time}").format(
                time=self.saved_at.toString("HH:mm:ss")) if self.saved_at
            else self.tr("all changes saved"))
        self.status.setText(f"{self.workspace.path}  ·  {state}")

    # ----- undo, redo and a record's history ---------------------------------------------
    def _start_undo_history(self) -> None:
        """Record the edits made in this window on the workspace just opened."""
        from recp_audit.services.undo import UndoHistory

        if self.undo_history is not None:
            self.undo_history.close()
        self.undo_history = None if self.workspace.read_only else UndoHistory(
            self.workspace, self.settings.language,
            on_edit=lambda: QTimer.singleShot(0, self._end_step))

    def _end_step(self) -> None:
        """The user's action is done (control is back in the event loop): its edits
        become one step of the Edit menu."""
        if self.undo_history is not None:
            self.undo_history.end_step()
        self._update_undo_actions()

    def _stop_undo_history(self) -> None:
        """After a merge or a pull the edits made before it can no longer be undone."""
        if self.undo_history is not None:
            self.undo_history.stop_here()
        self._update_undo_actions()

    def _build_edit_menu(self, menu: QMenu) -> None:
        self.edit_menu = menu
        self.undo_action = self._action(self.tr("&Undo"), self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undo")
        self.redo_action = self._action(self.tr("&Redo"), self.redo)
        self.redo_action.setObjectName("redo")
        redo_keys = [QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z)]
        redo_keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if key not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        history = self._action(self.tr("Change &history…"), self.show_history)
        history.setEnabled(self.workspace is not None)
        menu.addAction(history)
        menu.aboutToShow.connect(self._end_step)
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        """Name the steps Undo and Redo would take in their menu texts."""
        undo = self.undo_history.next_undo() if self.undo_history else None
        redo = self.undo_history.next_redo() if self.undo_history else None
        self.undo_action.setText(self.tr("&Undo: {what}").format(
            what=i18n.text(undo.description)) if undo else self.tr("&Undo"))
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setText(self.tr("&Redo: {what}").format(
            what=i18n.text(redo.description)) if redo else self.tr("&Redo"))
        self.redo_action.setEnabled(redo is not None)

    def undo(self) -> None:
        """Take back the last edit made in this window (Edit > Undo)."""
        self._replay(undoing=True)

    def redo(self) -> None:
        """Make the last undone edit again (Edit > Redo)."""
        self._replay(undoing=False)

    def _replay(self, undoing: bool) -> None:
        if self.undo_history is None:
            return
        try:
            step = self.undo_history.undo() if undoing else self.undo_history.redo()
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Undo") if undoing else self.tr("Redo"),
                                i18n.text(exc.message))
            self._update_undo_actions()
            return
        page = self.stack.currentWidget()
        view = page.view_state() if hasattr(page, "view_state") else None
        self._changed(self._current_key())
        page = self.stack.currentWidget()
        if view is not None and hasattr(page, "restore_view_state"):
            page.restore_view_state(view)
        self._update_undo_actions()
        done = self.tr("Undone: {what}") if undoing else self.tr("Redone: {what}")
        self.statusBar().showMessage(done.format(what=i18n.text(step.description)), 8000)

    def show_history(self) -> None:
        """The change history of the park, enterprise or audit selected on the left."""
        key = self._current_key()
        if key is None or NodeKind(key[0]) not in RECORD_KINDS or not key[1]:
            QMessageBox.information(self, self.tr("Change history"), self.tr(
                "Choose a park, an enterprise or an audit on the left first; other records "
                "have «Change history…» in the context menu of their tables."))
            return
        self._open_history(self.tree.currentIndex())

    def _tree_menu(self, point) -> None:
        """The navigation tree's context menu: a record's change history."""
        index = self.tree.indexAt(point)
        if (self.workspace is None or not index.isValid() or not index.data(ID_ROLE)
                or NodeKind(index.data(KIND_ROLE)) not in RECORD_KINDS):
            return
        menu = QMenu(self.tree)
        menu.addAction(self.tr("Change history…"), lambda: self._open_history(index))
        menu.popup(self.tree.viewport().mapToGlobal(point))

    def _open_history(self, index: QModelIndex) -> None:
        from recp_audit.gui.dialogs.history import open_history

        open_history(self, self.workspace, _model(NodeKind(index.data(KIND_ROLE))),
                     uuid.UUID(index.data(ID_ROLE)), index.data(), self.settings.language,
                     lambda: self._changed(self._current_key()))

    # ----- tree and pages --------------------------------------------------------------
    def _current_key(self) -> tuple[str, str, str] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(ID_ROLE), index.data(AREA_ROLE)

    def refresh(self, select: tuple[str, str, str] | None = None) -> None:
        """Reload the tree from the workspace and select `select` if it still exists."""
        tree, conflicts = [], 0
        if self.workspace is not None:
            from recp_audit.services import merge, navigation

            tree = navigation.load_tree(self.workspace)
            conflicts = len({(c.entity, c.entity_id) for c in merge.conflicts(self.workspace)})
        self.model.set_tree(tree, conflicts, audit_areas(self.role))
        self.tree.expandToDepth(1)
        item = self.model.find(*select) if select else None
        if item is not None:
            self.tree.setCurrentIndex(item.index())
            self._show_current(item.index())
        else:
            self._show_page(WelcomePage(self._welcome_hint(), self._welcome_actions()))
        self._update_status()

    def _welcome_hint(self) -> str:
        if self.opening:
            return self.tr("Opening the workspace…")
        if self.workspace is None:
            return self.tr("No workspace is open. Create a new workspace file or open one "
                           "from the File menu.")
        return self.tr("Choose a park, an enterprise or an audit on the left, or start with "
                       "one of these:")

    def _welcome_actions(self):
        if self.opening:
            return []
        if self.workspace is None:
            return [(self.tr("New workspace…"), self.new_workspace),
                    (self.tr("Open…"), self.open_dialog),
                    (self.tr("Open demo workspace"), self.open_demo)]
        if self.workspace.read_only:
            return []
        if self.role is Role.CLUB:
            return [(self.tr("New enterprise…"), self.new_enterprise)]
        if self.role is Role.LEAD:
            return [(self.tr("Merge experts' files…"), lambda: self.merge_files()),
                    (self.tr("Pull from server…"), lambda: self.pull_from_server()),
                    (self.tr("New park…"), self.new_park)]
        return [(self.tr("New park…"), self.new_park),
                (self.tr("New enterprise…"), self.new_enterprise)]

    def _show_page(self, page: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def _show_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid() or self.workspace is None:
            return
        kind = NodeKind(index.data(KIND_ROLE))
        record_id = uuid.UUID(index.data(ID_ROLE)) if index.data(ID_ROLE) else None
        try:
            page = self._page_for(kind, record_id, index)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("RECP audit"), i18n.text(exc.message))
            return
        self._show_page(page)

    def _page_for(self, kind: NodeKind, record_id: uuid.UUID | None,
                  index: QModelIndex) -> QWidget:
        from recp_audit.services import records

        writable = not self.workspace.read_only
        if kind is NodeKind.AREA and index.data(AREA_ROLE) == "overview":
            kind, index = NodeKind.AUDIT, index.parent()
        if kind is NodeKind.AREA:
            return self._area_page(index.data(AREA_ROLE), uuid.UUID(index.parent().data(ID_ROLE)))
        if kind is NodeKind.SYMBIOSIS:
            from recp_audit.gui.pages.symbiosis import SymbiosisPage

            page = SymbiosisPage(self.workspace, record_id, self.settings.language)
            page.changed.connect(lambda: self._changed(
                (NodeKind.SYMBIOSIS.value, str(record_id), "")))
            return page
        if kind is NodeKind.CONFLICTS:
            from recp_audit.gui.pages.conflicts import ConflictsPage

            page = ConflictsPage(self.workspace)
            page.changed.connect(lambda: self._changed((NodeKind.CONFLICTS.value, "", "")))
            return page
        if kind is NodeKind.NO_PARK:
            return WelcomePage(self._welcome_hint(), self._welcome_actions())
        values = records.values_of(self.workspace, _model(kind), record_id)
        edit = [(self.tr("Edit…"), self.edit_selected), (self.tr("Delete…"),
                                                        self.delete_selected)]
        if kind is NodeKind.PARK:
            rows = [(self.tr("Country"), values["country"]), (self.tr("Region"), values["region"]),
                    (self.tr("Coordinates"), _coordinates(values)),
                    (self.tr("Enterprises"), str(sum(
                        index.model().index(row, 0, index).data(KIND_ROLE)
                        == NodeKind.ENTERPRISE.value
                        for row in range(index.model().rowCount(index))))),
                    (self.tr("Notes"), values["notes"])]
            actions = [(self.tr("New enterprise in this park…"),
                        lambda: self.new_enterprise(record_id))] + edit
            report = [(self.tr("Industrial symbiosis…"), lambda: self._changed(
                          (NodeKind.SYMBIOSIS.value, str(record_id), ""))),
                      (self.tr("Park report…"), lambda: self.park_report(record_id))]
            return DetailsPage(values["name"], self.tr("Industrial park"), rows,
                               (actions if writable else []) + report)
        if kind is NodeKind.ENTERPRISE:
            hand_over = [(self.tr("Hand over as a file…"),
                          lambda: self.hand_over(values["name"], enterprise_id=record_id))]
            return DetailsPage(values["name"], self.tr("Enterprise"),
                               self._enterprise_rows(values),
                               ([(self.tr("New audit…"), lambda: self.new_audit(record_id))]
                                + edit if writable else []) + hand_over)
        hand_over = [(self.tr("Hand over as a file…"),
                      lambda: self.hand_over(values["title"], audit_id=record_id))]
        return DetailsPage(values["title"], label(AUDIT_KIND_LABELS[values["kind"]]),
                           self._audit_rows(record_id, values, index),
                           (edit if writable else []) + hand_over)

    def _area_page(self, area: str, audit_id: uuid.UUID) -> QWidget:
        """The page of one area of an audit; its `changed` shows when something was saved."""
        from recp_audit.model import Audit
        from recp_audit.services import records

        audit = records.values_of(self.workspace, Audit, audit_id)
        language, title = self.settings.language, audit["title"]
        self_diagnosis = audit["kind"] is AuditKind.SELF_DIAGNOSIS
        if area == "checklists":
            from recp_audit.gui.pages.checklists import ChecklistsArea

            page = ChecklistsArea(self.workspace, audit_id, title, self_diagnosis, language)
        elif area == "measurements":
            from recp_audit.gui.pages.measurements import MeasurementsArea

            page = MeasurementsArea(self.workspace, audit_id, title, language)
        elif area == "reports":
            from recp_audit.gui.pages.reports import ReportsArea

            return ReportsArea(self.workspace, audit_id, title, self_diagnosis, language)
        elif area == "coverage":
            from recp_audit.gui.pages.coverage import CoverageArea

            return CoverageArea(self.workspace, audit_id, title, language)
        elif area == "options":
            from recp_audit.gui.pages.options import OptionsArea

            page = OptionsArea(self.workspace, audit_id, title, audit["currency"], language)
        elif area == "baseline":
            from recp_audit.gui.pages.baseline import BaselineArea

            page = BaselineArea(self.workspace, audit_id, title, audit["currency"], language)
        else:
            from recp_audit.gui.pages.streams import StreamsArea

            page = StreamsArea(self.workspace, audit_id, audit["enterprise_id"], title,
                               language)
        page.changed.connect(self._saved)
        return page

    def hand_over(self, name: str, audit_id: uuid.UUID | None = None,
                  enterprise_id: uuid.UUID | None = None, path: str | None = None
                  ) -> Path | None:
        """Write one audit (or an enterprise with its audits) as a small workspace for a
        colleague; merging it back later brings their work in."""
        from recp_audit.services.handover import export_audit

        if not path:
            safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Hand over as a file"),
                str(self.workspace.path.parent / f"{safe or 'audit'}.sqlite"), FILE_FILTER)
        if not path:
            return None
        try:
            written = export_audit(self.workspace, Path(path), audit_id, enterprise_id)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Hand over as a file"), i18n.text(exc.message))
            return None
        self.statusBar().showMessage(self.tr("Written: {path}").format(path=written), 8000)
        return written

    def merge_files(self, paths: list[str] | None = None) -> list | None:
        """Merge experts' files: say what would change (dry run), merge when agreed, show
        the receipt, and open the conflicts if there are any."""
        from recp_audit.gui.dialogs.merge_dialog import MergeDialog
        from recp_audit.gui.tasks import run_task
        from recp_audit.progress import Cancelled
        from recp_audit.services import merge

        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Merge experts' files"),
                                                    str(self.workspace.path.parent),
                                                    FILE_FILTER)
        if not paths:
            return None
        sources = [Path(p) for p in paths]
        try:
            preview = run_task(self, self.tr("Checking the files…"), lambda _progress:
                               merge.merge(self.workspace, sources, dry_run=True))
            asked = MergeDialog(preview, ask=True, parent=self)
            if asked.exec() != MergeDialog.DialogCode.Accepted:
                return None
            receipts = run_task(self, self.tr("Merging…"), lambda _progress:
                                merge.merge(self.workspace, sources))
        except Cancelled:
            return None
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Merge"), i18n.text(exc.message))
            return None
        self._stop_undo_history()
        MergeDialog(receipts, ask=False, parent=self).exec()
        conflicts = sum(r.outcome.total("conflicts") for r in receipts)
        self._changed((NodeKind.CONFLICTS.value, "", "") if conflicts else self._current_key())
        return receipts

    def publish_to_server(self):
        """Publish this workspace to the team server (File > Publish to server)."""
        return self._sync_with_server(pulling=False)

    def pull_from_server(self):
        """Bring the team server's data into this workspace (File > Pull from server)."""
        return self._sync_with_server(pulling=True)

    def _sync_with_server(self, pulling: bool):
        """Ask where the server is, publish or pull in the background, say what moved."""
        from recp_audit.gui.dialogs.server_dialog import ServerDialog
        from recp_audit.gui.tasks import run_task
        from recp_audit.progress import Cancelled
        from recp_audit.server import secrets
        from recp_audit.server.connect import PasswordNeeded
        from recp_audit.services import navigation
        from recp_audit.services import server as service

        scopes = []
        for park in navigation.load_tree(self.workspace):
            if park.id:
                scopes.append((self.tr("Park: {name}").format(name=park.name), "park", park.id))
            scopes += [(self.tr("Enterprise: {name}").format(name=node.name), "enterprise",
                        node.id) for node in park.enterprises]
        dialog = ServerDialog(pulling, self.settings.server, scopes,
                              secrets.keyring_available(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.settings.server = dialog.settings()
        settings_store.save(self.settings)
        address = dialog.address()
        password = dialog.password.text() or secrets.stored_password(dialog.account())
        scope = dialog.chosen_scope()
        title = self.tr("Pull from server") if pulling else self.tr("Publish to server")

        def work(progress):
            step = lambda done, total: progress(done / max(total, 1))  # noqa: E731
            if pulling:
                return service.pull(
                    self.workspace, address, password, progress=step,
                    park_id=scope[1] if scope and scope[0] == "park" else None,
                    enterprise_id=scope[1] if scope and scope[0] == "enterprise" else None)
            return service.publish(self.workspace, address, password, progress=step)

        try:
            report = run_task(self, self.tr("Pulling from the server…") if pulling
                              else self.tr("Publishing to the server…"), work)
        except Cancelled:
            QMessageBox.information(self, title, self.tr(
                "Stopped. What was finished is kept; run it again to carry on."))
            return None
        except PasswordNeeded as exc:
            QMessageBox.warning(self, title, i18n.text(exc.message) + "\n"
                                + self.tr("Type the password in the Password field."))
            return None
        except RecpError as exc:
            QMessageBox.warning(self, title, i18n.text(exc.message))
            return None
        if dialog.remember.isChecked() and dialog.password.text():
            secrets.store_password(dialog.account(), dialog.password.text())
        if pulling:
            self._stop_undo_history()
        QMessageBox.information(self, title, self._sync_summary(report, pulling))
        if pulling:
            conflicts = report.transfer.outcome.total("conflicts")
            self._changed((NodeKind.CONFLICTS.value, "", "") if conflicts
                          else self._current_key())
        return report

    def _sync_summary(self, report, pulling: bool) -> str:
        outcome, moved = report.transfer.outcome, report.transfer
        lines = [(self.tr("Pulled from {server}:") if pulling
                  else self.tr("Published to {server}:")).format(server=report.server),
                 self.tr("{versions} versions; {new} new records, {updated} updated, {merged} "
                         "merged automatically, {conflicts} with conflicts; {files} photo or "
                         "series files.").format(
                     versions=outcome.versions, new=outcome.total("new"),
                     updated=outcome.total("fast_forwarded"), merged=outcome.total("merged"),
                     conflicts=outcome.total("conflicts"), files=moved.blobs)]
        if report.kept_off:
            lines.append(self.tr("{count} private enterprise(s) are not on the server.")
                         .format(count=report.kept_off))
        if report.withdrawn:
            lines.append(self.tr("Withdrawn from the server, private now: {names}.")
                         .format(names=", ".join(report.withdrawn)))
        if report.still_there:
            lines.append(self.tr("Still on the server though private here (another login "
                                 "published them; ask the server's administrator): {names}.")
                         .format(names=", ".join(report.still_there)))
        if report.repaired:
            lines.append(self.tr("{count} damaged version(s) on the server replaced by good "
                                 "copies from this file.").format(count=report.repaired))
        if moved.rejected:
            from recp_audit.gui.dialogs.merge_dialog import refused_text

            lines.append(refused_text([(report.server, r) for r in moved.rejected]))
        return "\n".join(lines)

    def park_report(self, park_id: uuid.UUID, path: str | None = None) -> Path | None:
        """Write the park report (PDF or Excel, by the chosen name) in the background."""
        from recp_audit.gui.tasks import run_task
        from recp_audit.progress import Cancelled
        from recp_audit.services import reports

        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Park report"), self.tr("Park report") + ".pdf",
                self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"))
        if not path:
            return None
        report_format = "xlsx" if path.lower().endswith(".xlsx") else "pdf"
        try:
            written = run_task(self, self.tr("Making the park report…"), lambda progress:
                               reports.export_park(self.workspace, park_id, Path(path),
                                                   self.settings.language, report_format,
                                                   progress))
        except Cancelled:
            return None
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Park report"), i18n.text(exc.message))
            return None
        self.statusBar().showMessage(self.tr("Written: {path}").format(path=written), 8000)
        return Path(written)

    def _enterprise_rows(self, values: dict) -> list[tuple[str, str]]:
        from recp_audit.codes import nace
        from recp_audit.model import Park
        from recp_audit.services import records

        activity = nace.lookup(values["nace_code"]) if values["nace_code"] else None
        mapped = nace.national_to_nace(values["national_code"]) if values["national_code"] \
            else None
        park = records.values_of(self.workspace, Park, values["park_id"])["name"] \
            if values["park_id"] else self.tr("(not in a park)")
        output = (f"{_number(values['annual_output'])} {values['annual_output_unit']}"
                  if values["annual_output"] is not None else "")
        return [
            (self.tr("Park"), park),
            (self.tr("NACE Rev. 2.1"), f"{activity.code} {activity.name}" if activity else ""),
            (self.tr("OKED / OKVED"), f"{values['national_code']} → NACE {mapped.code}"
             if mapped else ""),
            (self.tr("Address"), values["address"]),
            (self.tr("Coordinates"), _coordinates(values)),
            (self.tr("Employees"), _number(values["employees"])),
            (self.tr("Shifts per day"), _number(values["shifts"])),
            (self.tr("Main products"), values["main_products"]),
            (self.tr("Annual output"), output),
        ]

    def _audit_rows(self, audit_id: uuid.UUID, values: dict,
                    index: QModelIndex) -> list[tuple[str, str]]:
        from recp_audit.services import records

        people = {person.id: person.name for person in records.people(self.workspace)}
        team = records.team(self.workspace, audit_id)
        period = " – ".join(_date(day) for day in (values["period_start"],
                                                   values["period_end"]) if day)
        role_order = list(TEAM_ROLE_LABELS)
        members = "\n".join(f"{people.get(pid, '?')} — {label(TEAM_ROLE_LABELS[role])}"
                            for pid, role in sorted(team.items(), key=lambda kv: (
                                role_order.index(kv[1]), people.get(kv[0], ""))))
        return [
            (self.tr("Enterprise"), index.parent().data()),
            (self.tr("Status"), label(AUDIT_STATUS_LABELS[values["status"]])),
            (self.tr("Baseline period"), period),
            (self.tr("Team"), members),
            (self.tr("Report language"), i18n.LANGUAGES.get(values["report_language"], "")),
            (self.tr("Currency"), values["currency"]),
        ]

    # ----- commands --------------------------------------------------------------------
    def _selected(self, *kinds: NodeKind) -> uuid.UUID | None:
        """Id of the selected record (or the record an area belongs to) of one of `kinds`."""
        index = self.tree.currentIndex()
        while index.isValid():
            kind = NodeKind(index.data(KIND_ROLE))
            if kind in kinds and index.data(ID_ROLE):
                return uuid.UUID(index.data(ID_ROLE))
            index = index.parent()
        return None

    def new_workspace(self) -> None:
        """Create an empty workspace file and open it."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"),
                                              str(Path.home() / "audit.sqlite"), FILE_FILTER)
        if name:
            from recp_audit.store.db import create_workspace

            self._guard(lambda: self.set_workspace(create_workspace(Path(name), claim=True)))

    def open_dialog(self) -> None:
        """Choose a workspace file to open."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), str(Path.home()),
                                              FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def save_as(self) -> None:
        """Copy the workspace to another file and continue working there."""
        if self.workspace is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save workspace as"),
                                              str(self.workspace.path.parent), FILE_FILTER)
        if name:
            workspace = self.workspace
            self._guard(lambda: self.set_workspace(self._in_background(
                self.tr("Saving as {file}…").format(file=Path(name).name),
                lambda: workspace.save_as(Path(name)))))

    def new_park(self) -> None:
        """Create a park."""
        from recp_audit.gui.dialogs.forms import edit_park

        park_id = self._guard_dialog(lambda: edit_park(self, self.workspace))
        if park_id:
            self._changed((NodeKind.PARK.value, str(park_id), ""))

    def new_enterprise(self, park_id: uuid.UUID | None = None) -> None:
        """Create an enterprise, in the selected park by default."""
        from recp_audit.gui.dialogs.forms import edit_enterprise

        park_id = park_id or self._selected(NodeKind.PARK)
        enterprise_id = self._guard_dialog(
            lambda: edit_enterprise(self, self.workspace, park_id=park_id))
        if enterprise_id:
            self._changed((NodeKind.ENTERPRISE.value, str(enterprise_id), ""))

    def new_audit(self, enterprise_id: uuid.UUID | None = None) -> None:
        """Create an audit of the selected enterprise."""
        from recp_audit.gui.dialogs.forms import edit_audit

        enterprise_id = enterprise_id or self._selected(NodeKind.ENTERPRISE)
        if enterprise_id is None:
            QMessageBox.information(self, self.tr("New audit"),
                                    self.tr("Select the enterprise to audit first."))
            return
        audit_id = self._guard_dialog(
            lambda: edit_audit(self, self.workspace, enterprise_id=enterprise_id,
                               settings=self.settings))
        if audit_id:
            self._changed((NodeKind.AUDIT.value, str(audit_id), ""))

    def edit_selected(self) -> None:
        """Edit the selected park, enterprise or audit."""
        from recp_audit.gui.dialogs.forms import edit_audit, edit_enterprise, edit_park

        key = self._current_key()
        index = self.tree.currentIndex()
        if key is None or NodeKind(key[0]) not in RECORD_KINDS:
            return
        kind, record_id = NodeKind(key[0]), uuid.UUID(key[1])
        editor = {NodeKind.PARK: edit_park, NodeKind.ENTERPRISE: edit_enterprise,
                  NodeKind.AUDIT: edit_audit}[kind]
        if self._guard_dialog(lambda: editor(self, self.workspace, record_id)):
            self._changed(key if index.isValid() else None)

    def delete_selected(self) -> None:
        """Delete the selected park, enterprise or audit (and what is under it) after asking."""
        from recp_audit.services import records

        key = self._current_key()
        if key is None or NodeKind(key[0]) not in RECORD_KINDS or self.workspace is None:
            return
        kind, record_id = NodeKind(key[0]), uuid.UUID(key[1])
        model = _model(kind)
        impact = records.deletion_impact(self.workspace, model, record_id)
        name = self.tree.currentIndex().data()
        details = []
        if impact["enterprise"]:
            details.append(self.tr("{count} enterprise(s)").format(count=impact["enterprise"]))
        if impact["audit"]:
            details.append(self.tr("{count} audit(s)").format(count=impact["audit"]))
        question = self.tr("Delete «{name}»?").format(name=name)
        if details:
            question += "\n" + self.tr("This also deletes {what}.").format(
                what=", ".join(details))
        answer = QMessageBox.question(self, self.tr("Delete"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self._guard(
                lambda: records.delete(self.workspace, model, record_id)):
            self._changed()

    def _guard_dialog(self, open_dialog):
        if self.workspace is None:
            return None
        try:
            return open_dialog()
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("RECP audit"), i18n.text(exc.message))
            return None

    def show_people(self) -> None:
        """Manage the people in the workspace."""
        if self.workspace is not None:
            from recp_audit.gui.dialogs.people import PeopleDialog

            PeopleDialog(self.workspace, self).exec()
            self._changed(self._current_key())

    def set_language(self, language: str) -> None:
        """Switch the interface language and remember it."""
        self.settings.language = language
        settings_store.save(self.settings)
        i18n.set_language(language)
        if self.undo_history is not None:
            self.undo_history.language = language
        self.retranslate()

    @property
    def role(self) -> Role | None:
        """The user's role (None until chosen: everything is shown)."""
        return role_of(self.settings.role)

    def open_settings(self) -> None:
        """Change the settings; they take effect at once and the window follows."""
        from recp_audit.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        language = chosen.pop("language")
        for name, value in chosen.items():
            setattr(self.settings, name, value)
        settings_store.apply(self.settings)
        if language != self.settings.language:
            self.set_language(language)
        else:
            settings_store.save(self.settings)
            self.retranslate()

    def about(self) -> None:
        """Version, where files are kept (the log too), licences of what is bundled."""
        from recp_audit.gui.dialogs.help import AboutDialog

        AboutDialog(self).exec()

    def guide_key(self) -> str:
        """The guide of the page shown: its section, record kind, or the start page."""
        from recp_audit.guides import guide_key

        key = self._current_key()
        return guide_key(*(key[0], key[2]) if key else (None, None))

    def show_guide(self) -> None:
        """What the page shown is for and how to fill it."""
        from recp_audit.gui.dialogs.help import GuideDialog

        GuideDialog(self.guide_key(), self).exec()

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts of every menu command and of moving around."""
        from recp_audit.gui.dialogs.help import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Let the page store what is being typed, then release the workspace file; while
        a long job runs, ask first, and close once it has stopped at a safe point."""
        from recp_audit.gui import tasks

        job = tasks.running()
        if job is not None:
            event.ignore()
            if QMessageBox.question(self, self.tr("RECP audit"), self.tr(
                    "Not finished yet: {job} Stop it and close the window?").format(
                    job=job)) == QMessageBox.StandardButton.Yes:
                tasks.close_after_job(self)
            return
        if self.stack.currentWidget() is not None:
            self.stack.currentWidget().hide()
        if self.undo_history is not None:
            self.undo_history.close()
            self.undo_history = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)


