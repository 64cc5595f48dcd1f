"""A row of photo thumbnails of one record with Add and Remove buttons."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from recp_audit.gui import i18n
from recp_audit.messages import RecpError


class PhotoStrip(QWidget):
    """Photos attached to the record `owner_id`; big pictures are reduced before storing.

    `attach(data, file_name)` stores a picture when the owner needs more than
    `services.photos.add_photo` (a checklist answer is created on its first photo).
    """

    changed = Signal()

    def __init__(self, workspace, owner_id: uuid.UUID, writable: bool,
                 attach: Callable[[bytes, str], object] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from recp_audit.services import photos

        self.workspace, self.owner_id = workspace, owner_id
        self.attach = attach or (lambda data, name: photos.add_photo(workspace, owner_id, data,
                                                                     name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.count = QLabel()
        row.addWidget(self.count)
        self.add_button = QPushButton(self.tr("Add photo…"))
        self.add_button.clicked.connect(lambda: self.add_photos())
        self.remove_button = QPushButton(self.tr("Remove photo"))
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.remove_button):
            button.setVisible(writable)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setFixedHeight(122)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        """Reload the thumbnails."""
        from recp_audit.gui.photos import thumbnail
        from recp_audit.services import photos

        self.list.clear()
        for info in photos.photos_of(self.workspace, self.owner_id):
            entry = QListWidgetItem(thumbnail(photos.photo_bytes(self.workspace, info.sha256)),
                                    "")
            entry.setToolTip(f"{info.file_name} ({info.size / 1024:.0f} KB)")
            entry.setData(Qt.ItemDataRole.UserRole, (info.id, info.sha256, info.file_name))
            self.list.addItem(entry)
        self.count.setText(self.tr("Photos: {count}").format(count=self.list.count()))
        self.list.setVisible(self.list.count() > 0)
        self.remove_button.setEnabled(self.list.count() > 0)

    def add_photos(self, paths: list[Path] | None = None) -> list[str]:
        """Attach pictures (asks for files when `paths` is None); returns the names of
        those reduced before storing."""
        from recp_audit.gui.photos import prepare_photo

        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Add photos"), str(Path.home()),
                self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;"
                        "All files (*)"))
            paths = [Path(name) for name in names]
        problems, reduced = [], []
        for path in paths:
            try:
                data, was_reduced = prepare_photo(path)
                self.attach(data, path.name)
            except OSError as exc:
                problems.append(f"{path.name}: {exc.strerror}")
                continue
            except RecpError as exc:
                problems.append(i18n.text(exc.message))
                continue
            if was_reduced:
                reduced.append(path.name)
        self.refresh()
        self.changed.emit()
        if problems:
            QMessageBox.warning(self, self.tr("Add photos"), "\n".join(problems))
        return reduced

    def _remove(self) -> None:
        from recp_audit.services import photos

        entry = self.list.currentItem() or self.list.item(0)
        if entry is None:
            return
        photo_id, _sha, name = entry.data(Qt.ItemDataRole.UserRole)
        if QMessageBox.question(self, self.tr("Remove photo"), self.tr(
                "Remove the photo {name}?").format(name=name)) != QMessageBox.StandardButton.Yes:
            return
        photos.remove_photo(self.workspace, photo_id)
        self.refresh()
        self.changed.emit()

    def _open(self, entry: QListWidgetItem) -> None:
        from recp_audit.gui.dialogs.photo import PhotoDialog

        _photo_id, sha, name = entry.data(Qt.ItemDataRole.UserRole)
        PhotoDialog(self.workspace, sha, name, self).exec()
