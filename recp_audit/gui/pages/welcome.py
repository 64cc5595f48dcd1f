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
        help_hint = QLabel(self.tr("Press F1 on any page for a short guide to it: what it is "
                                   "for and how to fill it."))
        help_hint.setObjectName("help_hint")
        help_hint.setWordWrap(True)
        help_hint.setStyleSheet("color: palette(mid);")
        layout.addSpacing(12)
        layout.addWidget(help_hint)
        layout.addStretch(1)
