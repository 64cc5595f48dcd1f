"""The page shown when nothing is selected in the tree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Explains where to start and offers the first steps."""

    def __init__(self, hint: str, actions: list[tuple[str, Callable[[], None]]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("RECP audit"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        text = QLabel(hint)
        text.setObjectName("hint")
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        for caption, handler in actions:
            button = QPushButton(caption)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
