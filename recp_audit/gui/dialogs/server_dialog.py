"""Where the team server is and who connects (File > Publish to server / Pull from
server); for a pull also what to bring. The password is asked here each time unless
the user lets the system keyring remember it."""

from __future__ import annotations

import uuid
from urllib.parse import quote

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)


class ServerDialog(QDialog):
    """Connection settings; `scopes` (caption, table, id) are offered for a pull."""

    def __init__(self, pulling: bool, saved: dict, scopes: list[tuple[str, str, uuid.UUID]],
                 can_remember: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pull from server") if pulling
                            else self.tr("Publish to server"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Bring the server's audits and streams into this workspace. Conflicts with "
            "your own changes appear on the Merge conflicts page; a backup is made first.")
            if pulling else self.tr(
            "Send your changes to the team server. Enterprises marked private stay on this "
            "computer and are withdrawn from the server if you published them before. "
            "Publishing again carries on where an interrupted one stopped."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = self._line("host", saved.get("host", "localhost"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(int(saved.get("port", 5432)))
        self.database = self._line("database", saved.get("database", "recp"))
        self.user = self._line("user", saved.get("user", ""))
        self.password = self._line("password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("asked each time, never saved in the file"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setObjectName("remember")
        self.remember.setEnabled(can_remember)
        if not can_remember:
            self.remember.setToolTip(self.tr("No system keyring is available on this computer"))
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("Everything on the server"), None)
        for caption, table, row_id in scopes:
            self.scope.addItem(caption, (table, row_id))
        if pulling:
            form.addRow(self.tr("Bring"), self.scope)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Pull") if pulling else self.tr("Publish"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _line(self, name: str, value: str) -> QLineEdit:
        line = QLineEdit(value)
        line.setObjectName(name)
        return line

    def settings(self) -> dict:
        """What is remembered between sessions (no password)."""
        return {"host": self.host.text().strip(), "port": self.port.value(),
                "database": self.database.text().strip(), "user": self.user.text().strip()}

    def address(self) -> str:
        """postgresql://user@host:port/database (no password)."""
        values = self.settings()
        return (f"postgresql://{quote(values['user'], safe='')}@{values['host']}:"
                f"{values['port']}/{quote(values['database'], safe='')}")

    def account(self) -> str:
        """The keyring's name for this login: user@host:port/database."""
        return self.address().removeprefix("postgresql://")

    def chosen_scope(self) -> tuple[str, uuid.UUID] | None:
        """(table, id) of the park or enterprise to pull, or None for everything."""
        return self.scope.currentData()
