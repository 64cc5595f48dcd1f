"""Pictures in the GUI: shrinking big photos before they are stored, thumbnails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from recp_audit.services.photos import MAX_PHOTO_BYTES, MAX_SIDE


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer


def prepare_photo(path: Path) -> tuple[bytes, bool]:
    """The bytes to store for the picture at `path`, and whether it was reduced.

    A picture over MAX_PHOTO_BYTES or with a side over MAX_SIDE is scaled down
    and saved as JPEG; anything Qt cannot read is passed on unchanged so that
    the service names the problem.
    """
    data = path.read_bytes()
    reader, _buffer = _reader(data)
    size = reader.size()
    too_big = len(data) > MAX_PHOTO_BYTES or max(size.width(), size.height()) > MAX_SIDE
    if not too_big or not size.isValid():
        return data, False
    reader.setScaledSize(size.scaled(QSize(MAX_SIDE, MAX_SIDE),
                                     Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return data, False
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(out, "JPEG", 85)
    return bytes(out.data()), True


def thumbnail(data: bytes, side: int = 96) -> QPixmap:
    """A small preview of a picture (decoded at reduced size, so it stays fast)."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    return QPixmap.fromImage(reader.read())


def full_image(data: bytes) -> QPixmap:
    """The picture at full size, turned upright."""
    reader, _buffer = _reader(data)
    return QPixmap.fromImage(reader.read())
