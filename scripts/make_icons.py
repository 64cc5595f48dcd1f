"""Draw the application icon (a leaf inside a closing loop: resources kept in use) and
write resources/icons/recp_audit_{16..256}.png, which Qt picks from, recp_audit.ico
(256 px) for the Windows executable and recp_audit.icns for the macOS application.

Run once after changing the drawing: QT_QPA_PLATFORM=offscreen python scripts/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter,
                           QPainterPath, QPen)

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """The icon at `size` pixels, drawn on a 100-unit grid."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)
    gradient = QLinearGradient(0, 0, 100, 100)
    gradient.setColorAt(0, QColor("#1f8a70"))
    gradient.setColorAt(1, QColor("#0b5d6b"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(4, 4, 92, 92), 20, 20)
    loop = QPen(QColor("white"), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(loop)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(20, 20, 60, 60), 100 * 16, 290 * 16)
    arrow = QPainterPath(QPointF(42, 12))
    arrow.lineTo(QPointF(58, 21))
    arrow.lineTo(QPointF(43, 31))
    arrow.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawPath(arrow)
    leaf = QPainterPath(QPointF(37, 63))
    leaf.cubicTo(QPointF(35, 45), QPointF(48, 36), QPointF(64, 36))
    leaf.cubicTo(QPointF(65, 53), QPointF(55, 64), QPointF(37, 63))
    painter.setBrush(QColor("#c8f169"))
    painter.drawPath(leaf)
    painter.setPen(QPen(QColor("#1f8a70"), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(39, 61), QPointF(58, 42))
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(FOLDER / f"recp_audit_{size}.png"))
    draw(256).save(str(FOLDER / "recp_audit.ico"))
    draw(1024).save(str(FOLDER / "recp_audit_1024.png"))
    from PIL import Image  # Qt writes no .icns; Pillow (reportlab's) does, on any system

    with Image.open(FOLDER / "recp_audit_1024.png") as large:
        large.save(FOLDER / "recp_audit.icns")
    (FOLDER / "recp_audit_1024.png").unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
