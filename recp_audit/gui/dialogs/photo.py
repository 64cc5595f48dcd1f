"""A photo at full size (scrollable), with its file name."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from recp_audit.gui.photos import full_image


class PhotoDialog(QDialog):
    """Shows one stored picture."""

    def __init__(self, workspace, sha256: str, name: str, parent: QWidget | None = None):
        from recp_audit.services.photos import photo_bytes

        super().__init__(parent)
        self.setWindowTitle(name)
        layout = QVBoxLayout(self)
        area = QScrollArea()
        picture = QLabel()
        pixmap = full_image(photo_bytes(workspace, sha256))
        picture.setPixmap(pixmap)
        area.setWidget(picture)
        layout.addWidget(area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(min(pixmap.width() + 40, 1200), min(pixmap.height() + 80, 850))
