"""File > Settings: language, role and the name written into every change."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QWidget)

from recp_audit.gui import i18n
from recp_audit.gui.i18n import label
from recp_audit.roles import ROLE_DESCRIPTIONS, ROLE_LABELS, Role, role_of
from recp_audit.settings import Settings


class SettingsDialog(QDialog):
    """Edits a copy of the choices; `chosen()` gives them after OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(label(ROLE_LABELS[role], "Role"), role.value)
        self.role.setCurrentIndex(self.role.findData((role_of(settings.role)
                                                      or Role.EXPERT).value))
        self.role_about = QLabel()
        self.role_about.setWordWrap(True)
        self.role.currentIndexChanged.connect(self._describe_role)
        self._describe_role()
        self.author = QLineEdit(settings.author)
        self.author.setObjectName("author")
        self.author.setMaxLength(200)
        self.author.setPlaceholderText(self.tr("for example: A. Ivanova, RECP centre"))
        self.author.setToolTip(self.tr("Written beside every change you make, so that a lead "
                                       "merging several experts' files sees who changed what. "
                                       "Takes effect for the next workspace opened."))
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.role_about)
        form.addRow(self.tr("Your &name:"), self.author)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(600)
        self.adjustSize()

    def _describe_role(self) -> None:
        self.role_about.setText(label(ROLE_DESCRIPTIONS[Role(self.role.currentData())], "Role"))

    def chosen(self) -> dict[str, str]:
        """language, role and author as chosen."""
        return {"language": self.language.currentData(), "role": self.role.currentData(),
                "author": self.author.text().strip()}
