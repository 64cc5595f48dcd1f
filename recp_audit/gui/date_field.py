"""The one date field of the forms: typed as people type dates, or picked in a calendar.

The text is read by `recp_audit.dates` when the field is left (Tab, Enter, a click
elsewhere), so 15.01.2025, 15.1.25 or 2025-01-15 all work and focus never stays
trapped: a wrong date is said in one line under the field and the previous date
stays. An empty field means no date. The calendar opens at the field's date, else at
the date the form suggests (`set_around`, e.g. the audit's period), else at today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QToolButton,
                               QVBoxLayout, QWidget)

from recp_audit.dates import (FIRST_YEAR, LAST_YEAR, DateError, format_date, format_moment,
                              parse_date, parse_moment)
from recp_audit.gui import i18n


def _language() -> str:
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


class DateField(QWidget):
    """A date or nothing; `date()` and `set_date()` speak `datetime.date`, or
    `datetime.datetime` when the field takes a time of day too (`with_time`)."""

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None, with_time: bool = False):
        super().__init__(parent)
        self._date: dt.date | None = None
        self._around: dt.date | None = None
        self._parse = parse_moment if with_time else parse_date
        self._format = format_moment if with_time else format_date
        self.text = QLineEdit()
        self.text.setObjectName("date_text")
        self.text.setPlaceholderText(self.tr("yyyy-mm-dd hh:mm") if with_time
                                     else self.tr("yyyy-mm-dd"))
        self.text.editingFinished.connect(self.commit)
        self.button = QToolButton()
        self.button.setObjectName("calendar_button")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick the date in a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.button.clicked.connect(self.open_calendar)
        self.problem = QLabel()
        self.problem.setObjectName("date_problem")
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.calendar: QCalendarWidget | None = None  # made when first opened
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.problem)
        self.setFocusProxy(self.text)

    def date(self) -> dt.date | None:
        """The date shown (text still being typed is read first)."""
        self.commit()
        return self._date

    def set_date(self, day: dt.date | None) -> None:
        """Show `day` (None: empty)."""
        self._date = day
        self.text.setText(self._format(day, _language()))
        self.problem.hide()

    def set_around(self, day: dt.date | None) -> None:
        """The date the calendar opens at while the field is empty (today when None)."""
        self._around = day

    def commit(self) -> None:
        """Read the typed text; a wrong date is said and the previous one kept."""
        shown = self._format(self._date, _language())
        if self.text.text() == shown:
            return
        try:
            day = self._parse(self.text.text())
        except DateError as exc:
            kept = self.tr("the date stays {date}").format(date=shown) if shown \
                else self.tr("the field stays empty")
            self.problem.setText(f"{i18n.text(exc.message)}; {kept}")
            self.problem.show()
            self.text.setText(shown)
            return
        self.set_date(day)
        self.date_changed.emit()

    def open_calendar(self) -> None:
        """Show the calendar under the field, at the date it should open at."""
        self.commit()
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)  # a window: made after the focus chain
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("calendar")
            self.calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        day = self._date or self._around or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.calendar.adjustSize()
        self.calendar.move(self.text.mapToGlobal(QPoint(0, self.text.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.calendar.hide()
        day = picked.toPython()
        if isinstance(self._date, dt.datetime):  # the time of day stays
            day = dt.datetime.combine(day, self._date.time())
        elif self._parse is parse_moment:
            day = dt.datetime.combine(day, dt.time())
        self.set_date(day)
        self.date_changed.emit()
        self.text.setFocus()
