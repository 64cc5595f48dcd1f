"""First start: the user's name, written beside every change they make."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from recp_audit.settings import Settings

MAX_NAME = 200  # as long as a version's author may be


class UserNameDialog(QDialog):
    """Asks the name (proposed: the one the system knows); OK only with a name."""

    def __init__(self, settings: Settings, proposed: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("user_name")
        self.setWindowTitle(self.tr("Your name"))
        about = QLabel(self.tr("Your name is written beside every change you make, so that "
                               "whoever merges the experts' files knows who did what. You "
                               "can change it later in File > Settings."))
        about.setWordWrap(True)
        self.name = QLineEdit(settings.author.strip() or proposed)
        self.name.setObjectName("name")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("for example: A. Ivanova, RECP centre"))
        self.name.selectAll()
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self._enable()
        self.setMinimumWidth(480)

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.name.text().strip()))

    def accept(self) -> None:
        """Keep the name in the settings (the caller saves them)."""
        if self.name.text().strip():
            self.settings.author = self.name.text().strip()
            super().accept()
