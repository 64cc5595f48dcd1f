"""Guards against a Qt binding that corrupts the interpreter.

PySide6-Essentials 6.12.0 drops one reference to None on every call of a void
method on Python 3.11 (where None is not yet immortal); after a few thousand
calls the process aborts with "deallocating None". pyproject.toml pins below it;
this test fails if an upgrade brings the bug back.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    item = QStandardItem("x")
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("a")
        label.setWordWrap(True)
        item.setEditable(False)
        item.setData("a", Qt.ItemDataRole.UserRole + 1)
    assert sys.getrefcount(None) - before > -100
