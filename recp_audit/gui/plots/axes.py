"""Plot axes whose numbers are written for the program's language."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale


class NumberAxis(pg.AxisItem):
    """Tick values with the language's digit groups and decimal mark (`600 000`, `0,5` in
    Russian; `600,000`, `0.5` in English), as many decimals as the tick spacing needs."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        step = spacing * scale
        digits = max(0, -math.floor(math.log10(step))) if step > 0 else 0
        locale = QLocale()
        return [locale.toString(float(value * scale), "f", digits) for value in values]


def number_axes(*sides: str) -> dict[str, NumberAxis]:
    """`axisItems` for a pyqtgraph plot: a NumberAxis on each side named."""
    return {side: NumberAxis(side) for side in sides}
