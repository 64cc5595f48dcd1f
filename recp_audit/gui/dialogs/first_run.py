"""First start: the user picks the language and their role before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QLabel,
                               QRadioButton, QVBoxLayout, QWidget)

from recp_audit.gui import i18n
from recp_audit.gui.i18n import label
from recp_audit.roles import ROLE_DESCRIPTIONS, ROLE_LABELS, Role, role_of
from recp_audit.settings import Settings


class FirstRunDialog(QDialog):
    """Language and role; the texts switch language as soon as one is picked."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("first_run")
        self.language_box = QGroupBox()
        self.languages = QButtonGroup(self)
        column = QVBoxLayout(self.language_box)
        for code, name in i18n.LANGUAGES.items():
            button = QRadioButton(name)
            button.setObjectName(f"language_{code}")
            button.setChecked(code == settings.language)
            button.toggled.connect(lambda on, c=code: on and self._switch_language(c))
            self.languages.addButton(button)
            column.addWidget(button)
        self.role_box = QGroupBox()
        self.roles = QButtonGroup(self)
        self.role_texts: list[tuple[QRadioButton, QLabel, Role]] = []
        column = QVBoxLayout(self.role_box)
        chosen = role_of(settings.role) or Role.EXPERT
        for role in Role:
            button = QRadioButton()
            button.setObjectName(f"role_{role.value}")
            button.setChecked(role is chosen)
            about = QLabel()
            about.setWordWrap(True)
            about.setIndent(24)
            about.setBuddy(button)
            self.roles.addButton(button)
            self.role_texts.append((button, about, role))
            column.addWidget(button)
            column.addWidget(about)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language_box)
        layout.addWidget(self.role_box)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(600)
        self.adjustSize()

    def _switch_language(self, code: str) -> None:
        self.settings.language = code
        i18n.set_language(code)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Welcome to RECP audit"))
        self.language_box.setTitle(self.tr("Language of the program"))
        self.role_box.setTitle(self.tr("How will you use the program?"))
        for button, about, role in self.role_texts:
            button.setText(label(ROLE_LABELS[role], "Role"))
            about.setText(label(ROLE_DESCRIPTIONS[role], "Role"))
        self.hint.setText(self.tr("The program shows what your role needs first. You can "
                                  "change both later in File > Settings."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.adjustSize()

    def accept(self) -> None:
        """Keep the choices in the settings (the caller saves them)."""
        for button, _about, role in self.role_texts:
            if button.isChecked():
                self.settings.role = role.value
        super().accept()
