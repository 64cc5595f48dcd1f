"""The page of an audit area (checklists, baseline ...) that says what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recp_audit.messages import QT_TRANSLATE_NOOP

DESCRIPTIONS = {
    "streams": QT_TRANSLATE_NOOP(
        "AreaPage", "Material, energy and water streams the enterprise offers or needs, "
        "with EWC codes, quantities and seasons: the input for industrial-symbiosis "
        "candidates in the park."),
}


class AreaPage(QWidget):
    """Explains an audit area that has no content in this version yet."""

    def __init__(self, title: str, area: str, audit_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(QLabel(audit_title))
        description = QLabel(QCoreApplication.translate("AreaPage", DESCRIPTIONS[area]))
        description.setWordWrap(True)
        description.setObjectName("description")
        description.setStyleSheet("margin-top: 12px;")
        layout.addWidget(description)
        coming = QLabel(self.tr("This section is not available in this version of the "
                                "program yet."))
        coming.setWordWrap(True)
        coming.setStyleSheet("color: #555; font-style: italic; margin-top: 8px;")
        layout.addWidget(coming)
        layout.addStretch(1)
