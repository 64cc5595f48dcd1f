"""A record's overview: heading, its fields as a form, and buttons for what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)


class DetailsPage(QScrollArea):
    """Read-only view of one park, enterprise or audit."""

    def __init__(self, heading: str, subheading: str, rows: list[tuple[str, str]],
                 actions: list[tuple[str, Callable[[], None]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(heading)
        title.setObjectName("heading")
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        sub = QLabel(subheading)
        sub.setStyleSheet("color: #555; font-size: 11pt;")
        layout.addWidget(sub)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setContentsMargins(0, 12, 0, 12)
        for name, value in rows:
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{name}:", shown)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for text, handler in actions:
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[text] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
