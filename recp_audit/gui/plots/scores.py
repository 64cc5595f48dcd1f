"""Horizontal bar chart of scores (0-100 %) with pyqtgraph."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetrics

GOOD, FAIR, POOR = QColor("#2e7d32"), QColor("#ef8f00"), QColor("#c62828")


def score_colour(percent: float) -> QColor:
    """Green from 75 %, amber from 50 %, red below."""
    return GOOD if percent >= 75 else FAIR if percent >= 50 else POOR


class ScoreChart(pg.PlotWidget):
    """One bar per named score; unscored rows are listed without a bar."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().showGrid(x=True, y=False, alpha=0.25)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setTextPen("#222")
            axis.setPen("#888")

    def set_scores(self, rows: list[tuple[str, float | None]], x_label: str) -> None:
        """Show `rows` of (name, percent or None) top to bottom."""
        plot = self.getPlotItem()
        plot.clear()
        count = len(rows)
        ticks = [(count - 1 - i, name) for i, (name, _) in enumerate(rows)]
        scored = [(count - 1 - i, value) for i, (_, value) in enumerate(rows) if value is not None]
        if scored:
            bars = pg.BarGraphItem(x0=0, y=[y for y, _ in scored], height=0.6,
                                   width=[value for _, value in scored],
                                   brushes=[score_colour(value) for _, value in scored],
                                   pens=[pg.mkPen(None)] * len(scored))
            plot.addItem(bars)
            for y, value in scored:
                text = pg.TextItem(f"{value:.0f} %", color="#222", anchor=(0, 0.5))
                text.setPos(min(value, 88) + 1, y)
                plot.addItem(text)
        left = self.getAxis("left")
        left.setTicks([ticks])
        metrics = QFontMetrics(left.font() if hasattr(left, "font") else self.font())
        left.setWidth(min(max((metrics.horizontalAdvance(name) for name, _ in rows),
                              default=40) + 16, 420))
        self.getAxis("bottom").setLabel(x_label)
        plot.setXRange(0, 100, padding=0.02)
        plot.setYRange(-0.6, max(count - 0.4, 0.6), padding=0)
        self.setFixedHeight(70 + 40 * max(count, 1))
