"""Choosing checklist templates to attach to an audit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from recp_audit.choices import RESOURCE_AREA_LABELS
from recp_audit.gui import i18n
from recp_audit.gui.i18n import label
from recp_audit.messages import RecpError

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


class TemplatesDialog(QDialog):
    """A list of templates for the audit's audience, grouped by area, with checkboxes."""

    def __init__(self, library, audience: str, attached: set[str], language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add checklists"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick the checklists to walk through in this audit. Checklists "
                               "already in the audit are not listed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("templates")
        self.tree.setHeaderLabels([self.tr("Checklist"), self.tr("Items"), self.tr("Version")])
        self.tree.setColumnWidth(0, 430)
        self.audience, self.attached, self.language = audience, attached, language
        self._fill(library)
        layout.addWidget(self.tree)
        if library.problems:
            problems = QLabel(self.tr("Some template files could not be read:") + "\n"
                              + "\n".join(str(p) for p in library.problems[:5]))
            problems.setWordWrap(True)
            problems.setStyleSheet("color: #b3261e;")
            layout.addWidget(problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        import_button = QPushButton(self.tr("Import from a spreadsheet…"))
        import_button.clicked.connect(self.import_spreadsheet)
        buttons.addButton(import_button, QDialogButtonBox.ButtonRole.ActionRole)
        select_all = QPushButton(self.tr("Select all"))
        select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        buttons.addButton(select_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, library) -> None:
        self.tree.clear()
        audience, attached, language = self.audience, self.attached, self.language
        areas: dict[str, QTreeWidgetItem] = {}
        for template in library.by_audience(audience):
            if template.id in attached:
                continue
            parent_item = areas.get(template.area)
            if parent_item is None:
                parent_item = QTreeWidgetItem([label(RESOURCE_AREA_LABELS[template.area])])
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(parent_item)
                areas[template.area] = parent_item
            row = QTreeWidgetItem([template.title.get(language), str(len(template.items)),
                                   str(template.version)])
            row.setData(0, TEMPLATE_ROLE, template.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked if audience == "self_diagnosis"
                              else Qt.CheckState.Unchecked)
            if template.description:
                row.setToolTip(0, template.description.get(language))
            parent_item.addChild(row)
        self.tree.expandAll()

    def import_spreadsheet(self) -> None:
        """Convert an Excel checklist (XLSForm-like) into a template and list it."""
        from recp_audit.checklists.loader import load_library
        from recp_audit.services.templates import TemplateExistsError, import_xlsform

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a checklist"),
                                              str(Path.home()), "Excel (*.xlsx)")
        if not name:
            return
        try:
            try:
                template, path = import_xlsform(Path(name), audience=self.audience)
            except TemplateExistsError as exc:
                if QMessageBox.question(self, self.tr("Import a checklist"), i18n.text(
                        exc.message) + "\n\n" + self.tr("Replace it?")) != \
                        QMessageBox.StandardButton.Yes:
                    return
                template, path = import_xlsform(Path(name), audience=self.audience,
                                                replace=True)
        except RecpError as exc:
            QMessageBox.warning(self, self.tr("Import a checklist"), i18n.text(exc.message))
            return
        self._fill(load_library())
        QMessageBox.information(self, self.tr("Import a checklist"), self.tr(
            "«{title}» ({count} items) was added to your checklists:\n{path}").format(
            title=template.title.get(self.language), count=len(template.items), path=str(path)))

    def _rows(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in self._rows():
            row.setCheckState(0, state)

    def chosen(self) -> list[str]:
        """Ids of the ticked templates."""
        return [row.data(0, TEMPLATE_ROLE) for row in self._rows()
                if row.checkState(0) == Qt.CheckState.Checked]
