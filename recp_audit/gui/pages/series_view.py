"""One logged series: the plot with range selection, statistics, duration curve, profiles."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from recp_audit.gui.plots.series import CurvePlot, SeriesPlot
from recp_audit.measure import stats
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.reports.format import general, number
from recp_audit.units import unit_label

# Statistics rows: key in the summary, label, whether the value carries the channel unit.
STAT_ROWS = (
    ("count", QT_TRANSLATE_NOOP("SeriesView", "Samples"), False),
    ("min", QT_TRANSLATE_NOOP("SeriesView", "Minimum"), True),
    ("mean", QT_TRANSLATE_NOOP("SeriesView", "Mean"), True),
    ("max", QT_TRANSLATE_NOOP("SeriesView", "Maximum (peak)"), True),
    ("std", QT_TRANSLATE_NOOP("SeriesView", "Standard deviation"), True),
    ("p5", QT_TRANSLATE_NOOP("SeriesView", "5th percentile"), True),
    ("p50", QT_TRANSLATE_NOOP("SeriesView", "Median"), True),
    ("p95", QT_TRANSLATE_NOOP("SeriesView", "95th percentile"), True),
    ("base", QT_TRANSLATE_NOOP("SeriesView", "Base load (2.5th percentile)"), True),
    ("near_peak", QT_TRANSLATE_NOOP("SeriesView", "Near-peak (97.5th percentile)"),
     True),
    ("load_factor", QT_TRANSLATE_NOOP("SeriesView", "Load factor (mean / peak)"),
     False),
    ("total", QT_TRANSLATE_NOOP("SeriesView", "Total over time"), False),
    ("hours", QT_TRANSLATE_NOOP("SeriesView", "Hours with data"), False),
    ("threshold", QT_TRANSLATE_NOOP("SeriesView", "Threshold"), True),
    ("hours_above", QT_TRANSLATE_NOOP("SeriesView", "Hours above threshold"), False),
)


def _number(value, language: str) -> str:
    """A statistic for the table: whole numbers grouped, others to 4 significant digits,
    in the language's decimal mark (`52,15`, `10 040`)."""
    if value is None:
        return "—"
    if isinstance(value, int) or abs(value) >= 1000:
        return number(value, language)
    return general(value, language, 4)


def _moment(stamp: str) -> str:
    """A logged time stamp (`2026-11-11 09:59:00`) as the page writes times."""
    return dt.datetime.fromisoformat(stamp).strftime("%d.%m.%Y %H:%M:%S")


class SeriesView(QWidget):
    """Plot and statistics of a loaded series (`services.series.SeriesData`)."""

    def __init__(self, data, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data, self.language = data, language
        self.range_ms: tuple[float, float] | None = None
        info = data.info
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        facts = self.tr("{count} samples every {interval} s, {start} – {end}").format(
            count=number(info.count, language), interval=general(info.interval_s, language),
            start=info.start.strftime("%d.%m.%Y %H:%M"), end=info.end.strftime("%d.%m.%Y %H:%M"))
        if info.instrument:
            facts += " · " + info.instrument
        heading = QLabel(f"<b>{info.name}</b> — {facts}")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if info.calibration_overdue:
            warning = QLabel(self.tr("Measured with an instrument past its calibration due "
                                     "date: treat these values with care."))
            warning.setObjectName("calibration_warning")
            warning.setStyleSheet("color: #b00020; font-weight: 600;")
            layout.addWidget(warning)
        issues = self._issues_text(info.issues)
        if issues:
            note = QLabel(issues)
            note.setObjectName("issues")
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5a00;")
            layout.addWidget(note)

        controls = QHBoxLayout()
        self.use_range = QCheckBox(self.tr("Statistics for a selected time range"))
        self.use_range.toggled.connect(self._range_toggled)
        controls.addWidget(self.use_range)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("Operating hours of")))
        self.threshold_channel = QComboBox()
        for channel in info.channels:
            self.threshold_channel.addItem(channel.name)
        controls.addWidget(self.threshold_channel)
        controls.addWidget(QLabel(self.tr("above")))
        self.threshold = QLineEdit()
        self.threshold.setPlaceholderText(self.tr("10 % of peak"))
        self.threshold.setFixedWidth(110)
        self.threshold.editingFinished.connect(self.update_statistics)
        self.threshold_channel.currentIndexChanged.connect(self.update_statistics)
        controls.addWidget(self.threshold)
        layout.addLayout(controls)

        splitter = QSplitter(Qt.Orientation.Vertical)
        tabs = QTabWidget()
        self.plot = SeriesPlot()
        self.plot.set_series(data.times, [(self._channel_label(c), v)
                                          for c, v in zip(info.channels, data.values)])
        self.plot.range_selected.connect(self._range_selected)
        tabs.addTab(self.plot, self.tr("Over time"))
        self.duration = CurvePlot()
        tabs.addTab(self.duration, self.tr("Duration curve"))
        self.daily = CurvePlot()
        tabs.addTab(self.daily, self.tr("Average day"))
        self.weekly = CurvePlot()
        tabs.addTab(self.weekly, self.tr("Average week"))
        splitter.addWidget(tabs)
        self.table = QTableWidget(len(STAT_ROWS), len(info.channels))
        self.table.setObjectName("statistics")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([self._channel_label(c) for c in info.channels])
        self.table.setVerticalHeaderLabels([self.tr(text) for _key, text, _u in STAT_ROWS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.table)
        splitter.setSizes([420, 300])
        layout.addWidget(splitter, 1)
        self.update_statistics()

    def _channel_label(self, channel) -> str:
        unit = unit_label(channel.unit, self.language)
        return f"{channel.name}, {unit}" if unit else channel.name

    def _issues_text(self, issues: dict) -> str:
        parts = []
        if issues.get("gaps"):
            parts.append(self.tr("{count} gap(s), {hours} h without data, first after {at}")
                         .format(count=issues["gaps"],
                                 hours=general(issues.get("gap_hours", 0), self.language, 3),
                                 at=_moment(issues["gaps_first"][0][0])))
        if issues.get("duplicates"):
            parts.append(self.tr("{count} repeated time stamp(s) dropped, first {at}").format(
                count=issues["duplicates"], at=_moment(issues["duplicates_first"][0])))
        if issues.get("out_of_order"):
            parts.append(self.tr("{count} time step(s) backwards, sorted; first {at}").format(
                count=issues["out_of_order"], at=_moment(issues["out_of_order_first"][0])))
        if issues.get("not_finite"):
            parts.append(self.tr("{count} value(s) left out (NaN, inf)").format(
                count=issues["not_finite"]))
        if issues.get("skipped_rows"):
            parts.append(self.tr("{count} bad row(s) skipped, first: {first}").format(
                count=issues["skipped_rows"], first=issues["skipped_first"][0]))
        return "; ".join(parts)

    def _range_toggled(self, on: bool) -> None:
        self.plot.show_range(on)
        if not on:
            self.range_ms = None
            self.update_statistics()

    def _range_selected(self, start: float, end: float) -> None:
        self.range_ms = (start, end) if self.use_range.isChecked() else None
        self.update_statistics()

    def update_statistics(self) -> None:
        """Refill the table and the shape plots for the whole series or the range."""
        thresholds = {}
        text = self.threshold.text().strip().replace(",", ".")
        if text:
            try:
                thresholds[self.threshold_channel.currentIndex()] = float(text.replace(",", "."))
                self.threshold.setStyleSheet("")
            except ValueError:
                self.threshold.setStyleSheet("border: 1px solid #c0392b;")
        start, end = self.range_ms or (None, None)
        summaries = self.data.summary(start, end, thresholds)
        channels = self.data.info.channels
        for column, (channel, summary) in enumerate(zip(channels, summaries)):
            unit = unit_label(channel.unit, self.language)
            for row, (key, _text, with_unit) in enumerate(STAT_ROWS):
                value = summary.get(key)
                shown = _number(value, self.language)
                if key == "total" and value is not None:
                    shown += " " + unit_label(summary.get("total_unit", ""), self.language)
                elif key == "load_factor" and value is not None:
                    shown = number(value, self.language, 2)
                elif with_unit and value is not None and unit:
                    shown += " " + unit
                item = QTableWidgetItem(shown)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if self.data.info.calibration_overdue:
                    item.setForeground(QBrush(QColor("#b00020")))
                    item.setToolTip(self.tr("instrument calibration overdue"))
                self.table.setItem(row, column, item)
        self._update_shapes(start, end)

    def _update_shapes(self, start, end) -> None:
        part = stats.select(self.data.times, -np.inf if start is None else start,
                            np.inf if end is None else end)
        times = self.data.times[part]
        interval = self.data.info.interval_s * 1000
        curves, days, weeks = [], [], []
        for channel, values in zip(self.data.info.channels, self.data.values):
            name = self._channel_label(channel)
            curves.append((name, *stats.duration_curve(values[part], interval)))
            days.append((name, *stats.daily_profile(times, values[part])))
            weeks.append((name, *stats.weekly_profile(times, values[part])))
        self.duration.set_curves(curves, self.tr("hours at or above the value"))
        self.daily.set_curves(days, self.tr("hour of the day"), step=True)
        self.weekly.set_curves(weeks, self.tr("hour of the week (Monday 0:00 = 0)"), step=True)
