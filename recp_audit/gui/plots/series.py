"""Plots of logged series with pyqtgraph: channels over time, duration curve, daily profile.

Millions of samples stay fluid because pyqtgraph draws only what is in view
(clip to view) and thins it to the pixels available keeping the peaks
(downsampling mode "peak"). Times are wall-clock milliseconds shown as dates
without any time-zone shift.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal

from recp_audit.gui.plots.axes import NumberAxis, number_axes

COLOURS = ("#1565c0", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037")


def _style(axis: pg.AxisItem) -> None:
    axis.setTextPen("#222")
    axis.setPen("#888")


class SeriesPlot(pg.GraphicsLayoutWidget):
    """Channels of one series against time, each on its own y axis, with a crosshair
    readout and a draggable range whose start and end are emitted as `range_selected`."""

    range_selected = Signal(float, float)  # start, end in ms (wall clock)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        self.plot = self.addPlot(row=0, col=0, axisItems={
            "bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0),
            "left": NumberAxis("left")})
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setMenuEnabled(False)
        for name in ("left", "bottom"):
            _style(self.plot.getAxis(name))
        self.readout = pg.TextItem(anchor=(0, 0), color="#222", fill=pg.mkBrush(255, 255, 255, 220))
        self.readout.setZValue(20)
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#777", width=1))
        self.plot.addItem(self.vline, ignoreBounds=True)
        self.plot.addItem(self.readout, ignoreBounds=True)
        self.region = pg.LinearRegionItem(brush=pg.mkBrush(21, 101, 192, 40))
        self.region.setZValue(-10)
        self.region.hide()
        self.region.sigRegionChangeFinished.connect(self._region_changed)
        self.plot.addItem(self.region, ignoreBounds=True)
        self.boxes: list[pg.ViewBox] = []
        self.curves: list[pg.PlotDataItem] = []
        self.labels: list[str] = []
        self.times_s = np.empty(0)
        self.values: list[np.ndarray] = []
        self.plot.vb.sigResized.connect(self._align_boxes)
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    def set_series(self, times_ms: np.ndarray, channels: list[tuple[str, np.ndarray]]) -> None:
        """Show `channels` (label with unit, values) against `times_ms`."""
        self.clear_channels()
        self.times_s = times_ms / 1000.0
        self.values = [values for _label, values in channels]
        self.labels = [label for label, _values in channels]
        for i, (label, values) in enumerate(channels):
            colour = COLOURS[i % len(COLOURS)]
            curve = pg.PlotDataItem(self.times_s, values, pen=pg.mkPen(colour, width=1),
                                    connect="finite", name=label)
            if i == 0:
                self.plot.addItem(curve)
                axis = self.plot.getAxis("left")
                axis.setLabel(label, color=colour)
                axis.enableAutoSIPrefix(False)
            else:
                box = pg.ViewBox()
                axis = NumberAxis("right")
                _style(axis)
                axis.setLabel(label, color=colour)
                axis.enableAutoSIPrefix(False)
                self.plot.layout.addItem(axis, 2, 2 + i)
                self.plot.scene().addItem(box)
                axis.linkToView(box)
                box.setXLink(self.plot.vb)
                box.addItem(curve)
                box.enableAutoRange(axis=pg.ViewBox.YAxis)
                self.boxes.append(box)
            # after adding: pyqtgraph looks for the view box when these are set
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            self.curves.append(curve)
        if len(self.times_s):
            span = self.times_s[-1] - self.times_s[0]
            self.region.setRegion((self.times_s[0] + 0.4 * span, self.times_s[0] + 0.6 * span))
        self.plot.enableAutoRange()
        self._align_boxes()

    def clear_channels(self) -> None:
        """Remove every curve and extra axis."""
        for curve in self.curves:
            curve.getViewBox() and curve.getViewBox().removeItem(curve)
        for box in self.boxes:
            self.plot.scene().removeItem(box)
        for column in range(3, self.plot.layout.columnCount()):
            item = self.plot.layout.itemAt(2, column)
            if item is not None:
                self.plot.layout.removeItem(item)
                self.plot.scene().removeItem(item)
        self.boxes, self.curves = [], []

    def show_range(self, visible: bool) -> None:
        """Show or hide the range selector (hidden means the whole series)."""
        self.region.setVisible(visible)
        if visible:
            self._region_changed()
        elif len(self.times_s):
            self.range_selected.emit(self.times_s[0] * 1000, self.times_s[-1] * 1000)

    def _region_changed(self) -> None:
        start, end = self.region.getRegion()
        self.range_selected.emit(start * 1000, end * 1000)

    def _align_boxes(self) -> None:
        for box in self.boxes:
            box.setGeometry(self.plot.vb.sceneBoundingRect())
            box.linkedViewChanged(self.plot.vb, box.XAxis)

    def _mouse_moved(self, position: QPointF) -> None:
        if not len(self.times_s) or not self.plot.sceneBoundingRect().contains(position):
            return
        x = self.plot.vb.mapSceneToView(position).x()
        index = int(np.clip(np.searchsorted(self.times_s, x), 0, len(self.times_s) - 1))
        self.vline.setPos(self.times_s[index])
        moment = np.datetime64(int(self.times_s[index] * 1000), "ms").astype(object)
        lines = [moment.strftime("%d.%m.%Y %H:%M:%S")]
        lines += [f"{label}: {values[index]:.4g}" for label, values in
                  zip(self.labels, self.values)]
        self.readout.setText("\n".join(lines))
        view = self.plot.vb.viewRange()
        self.readout.setPos(view[0][0], view[1][1])


class CurvePlot(pg.PlotWidget):
    """A simple x-y line (duration curve, daily profile) with labelled axes."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w", axisItems=number_axes("left", "bottom"))
        self.setMenuEnabled(False)
        self.getPlotItem().showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            _style(self.getAxis(name))

    def set_curves(self, curves: list[tuple[str, np.ndarray, np.ndarray]], x_label: str,
                   step: bool = False) -> None:
        """Draw (label, x, y) curves; `step` draws a histogram-like profile."""
        self.clear()
        legend = self.getPlotItem().legend or self.getPlotItem().addLegend(offset=(-10, 10))
        legend.clear()
        for i, (label, x, y) in enumerate(curves):
            pen = pg.mkPen(COLOURS[i % len(COLOURS)], width=2)
            if step:
                self.plot(np.append(x, x[-1] + (x[1] - x[0] if len(x) > 1 else 1)), y,
                          stepMode="center", pen=pen, name=label)
            else:
                self.plot(x, y, pen=pen, name=label)
        self.setLabel("bottom", x_label)
