"""Forms never lose typing (issue 25, item 5): closing a changed form asks, dates are read
as people type them, Tab never stays trapped in a date, the calendar opens near the date
meant, never at 1900."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from recp_audit.gui.date_field import DateField
from recp_audit.gui.dialogs import forms, unsaved
from recp_audit.gui.dialogs.record import Field, RecordDialog
from recp_audit.model import Audit, Enterprise, Instrument
from recp_audit.services import records

ASKED = "Close the form without saving? What you typed will be lost."
Button = QMessageBox.StandardButton


@pytest.fixture
def replies(monkeypatch):
    """Answer the close question with the replies queued; the questions asked are kept."""
    queued: list[Button] = []
    asked: list[str] = []

    def ask(_form):
        asked.append(unsaved.QUESTION)
        return queued.pop(0)

    monkeypatch.setattr(unsaved, "ask_to_close", ask)
    return queued, asked


def test_the_question_offers_save_dont_save_and_cancel(qtbot):
    dialog = RecordDialog("New person", forms.person_fields(), {}, lambda values: None)
    dialog.show()
    dialog.widgets["name"].setText("Анна")
    seen = {}

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen["text"] = box.text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape means: go on typing

    QTimer.singleShot(0, look)
    dialog.reject()
    assert seen == {"text": ASKED, "buttons": ["Cancel", "Don't save", "Save"]}
    assert dialog.isVisible()
    dialog.done(0)


def _type(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_escape_on_a_filled_instrument_form_asks_and_cancel_keeps_it(
        qtbot, workspace, in_dialog, replies):
    queued, asked = replies
    seen = {}

    def type_then_escape(dialog):
        _type(qtbot, dialog.widgets["make"], "Fluke")
        _type(qtbot, dialog.widgets["serial"], "SN-2231")
        queued.append(Button.Cancel)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["open after Cancel"] = dialog.isVisible()
        seen["typing kept"] = dialog.widgets["serial"].text()
        queued.append(Button.Discard)
        dialog.close()  # the window's close button goes the same way

    in_dialog(type_then_escape)
    assert forms.edit_instrument(None, workspace) is None
    assert seen == {"open after Cancel": True, "typing kept": "SN-2231"}
    assert asked == [ASKED, ASKED]
    with workspace.session() as session:  # nothing was stored
        assert session.scalar(sa.select(sa.func.count()).select_from(Instrument)) == 0


def test_save_from_the_question_stores_the_form(qtbot, workspace, in_dialog, replies):
    queued, asked = replies

    def type_then_escape(dialog):
        _type(qtbot, dialog.widgets["serial"], "SN-7")
        _type(qtbot, dialog.widgets["calibrated_on"].text, "15.1.25")
        queued.append(Button.Save)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_dialog(type_then_escape)
    saved = forms.edit_instrument(None, workspace)
    assert saved is not None and asked == [ASKED]
    stored = records.values_of(workspace, Instrument, saved)
    assert (stored["serial"], stored["calibrated_on"]) == ("SN-7", dt.date(2025, 1, 15))


def test_save_of_a_wrong_form_stays_open_with_the_problem(qtbot, workspace, in_dialog,
                                                          replies):
    queued, _ = replies
    seen = {}

    def wrong_then_escape(dialog):
        _type(qtbot, dialog.widgets["accuracy_percent"], "lots")
        queued.append(Button.Save)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()
        queued.append(Button.Discard)
        dialog.reject()

    in_dialog(wrong_then_escape)
    assert forms.edit_instrument(None, workspace) is None
    assert seen["open"] and seen["error"].startswith("Accuracy, % of reading:")


def test_an_unchanged_form_closes_without_asking(qtbot, workspace, in_dialog, replies):
    _, asked = replies
    in_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert forms.edit_instrument(None, workspace) is None
    assert asked == []


def test_a_change_made_and_undone_is_no_change(qtbot, replies):
    _, asked = replies
    dialog = RecordDialog("Form", forms.person_fields(), {"name": "Анна"}, lambda v: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["name"].setText("Борис")
    dialog.widgets["name"].setText("Анна")
    dialog.reject()
    assert asked == [] and not dialog.isVisible()


def test_every_edit_dialog_asks(qtbot, demo, replies):
    """The other forms share the question: option, tariffs, factors, settings, baseline."""
    from recp_audit import settings as settings_store
    from recp_audit.gui.dialogs.audit_data import FactorsDialog, TariffsDialog
    from recp_audit.gui.dialogs.option_dialog import OptionDialog
    from recp_audit.gui.dialogs.settings_dialog import SettingsDialog
    from recp_audit.gui.pages.baseline import EntryDialog
    from recp_audit.model import Audit, Enterprise
    from recp_audit.services.options import options

    queued, asked = replies
    with demo.session() as session:
        dairy = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    option = options(demo, dairy)[0].id
    dialogs = [OptionDialog(demo, dairy, option, "BYN", "en"), TariffsDialog(demo, dairy, "BYN"),
               FactorsDialog(demo, dairy, "en"), SettingsDialog(settings_store.Settings()),
               EntryDialog("BYN", "en")]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.changed(), type(dialog).__name__  # opening alone changes nothing
        edit = next(w for w in dialog.findChildren(QLineEdit) if w.isVisibleTo(dialog)
                    and not w.isReadOnly() and w.objectName() != "date_text") \
            if not isinstance(dialog, (TariffsDialog, FactorsDialog)) else None
        if edit is not None:
            edit.setText(edit.text() + "7")
        else:
            dialog.table.item(0, 2 if isinstance(dialog, FactorsDialog) else 1).setText("9")
        queued.append(Button.Cancel)
        dialog.reject()
        assert dialog.isVisible(), type(dialog).__name__
        queued.append(Button.Discard)
        dialog.reject()
        assert not dialog.isVisible(), type(dialog).__name__
    assert asked == [ASKED] * 2 * len(dialogs)


def test_the_option_deadline_is_typed_and_kept(qtbot, demo):
    from recp_audit.gui.dialogs.option_dialog import OptionDialog
    from recp_audit.model import Audit, Enterprise
    from recp_audit.services.options import options

    with demo.session() as session:
        dairy = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    option = options(demo, dairy)[0].id
    dialog = OptionDialog(demo, dairy, option, "BYN", "en")
    qtbot.addWidget(dialog)
    dialog.deadline.text.setText("30.06.2027")
    dialog.save()
    assert next(o for o in options(demo, dairy) if o.id == option).deadline \
        == dt.date(2027, 6, 30)


# ----- the date field ----------------------------------------------------------------------
@pytest.fixture
def date_form(qtbot):
    dialog = RecordDialog("Form", [Field("start", "Start", "date"), Field("note", "Note")],
                          {}, lambda values: None)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.done(0)  # closed as it is, without the question: the test typed into it
    dialog.deleteLater()


@pytest.mark.parametrize("typed", ["15.01.2025", "15.1.25", "15/01/2025", "2025-01-15",
                                   "15012025"])
def test_a_typed_date_is_read_and_tab_moves_on(qtbot, date_form, typed):
    field: DateField = date_form.widgets["start"]
    field.text.setFocus()
    qtbot.keyClicks(field.text, typed)
    qtbot.keyClick(field.text, Qt.Key.Key_Tab)
    assert field.date() == dt.date(2025, 1, 15)
    assert field.text.text() == "2025-01-15"  # written back as the language writes dates
    assert QApplication.focusWidget() is date_form.widgets["note"]
    assert date_form.values()["start"] == dt.date(2025, 1, 15)


def test_a_wrong_date_says_why_keeps_the_old_one_and_lets_tab_go(qtbot, date_form):
    field: DateField = date_form.widgets["start"]
    field.set_date(dt.date(2025, 1, 15))
    field.text.setFocus()
    field.text.selectAll()
    qtbot.keyClicks(field.text, "31.02.2025")
    qtbot.keyClick(field.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is date_form.widgets["note"]
    assert field.date() == dt.date(2025, 1, 15) and field.text.text() == "2025-01-15"
    assert field.problem.isVisible()
    assert field.problem.text() == ('"31.02.2025": month 02.2025 has 28 days; '
                                    'the date stays 2025-01-15')
    field.text.setText("1.3.2025")
    field.commit()
    assert not field.problem.isVisible() and field.date() == dt.date(2025, 3, 1)


def test_an_empty_date_is_no_date_and_shows_nothing(date_form):
    field: DateField = date_form.widgets["start"]
    assert field.text.text() == "" and date_form.values()["start"] is None
    field.set_date(dt.date(2025, 1, 15))
    field.text.setText("")
    assert field.date() is None


def test_the_calendar_opens_at_the_date_the_suggestion_or_today(qtbot, date_form):
    field: DateField = date_form.widgets["start"]
    field.open_calendar()
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate().toPython() == dt.date.today()
    field.calendar.hide()
    field.set_around(dt.date(2025, 1, 1))
    field.open_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2025, 1)
    field.calendar.hide()
    field.set_date(dt.date(2024, 7, 9))
    field.open_calendar()
    assert field.calendar.selectedDate().toPython() == dt.date(2024, 7, 9)
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(2))
    assert not field.calendar.isVisible() and field.date() == dt.date(2024, 7, 11)


def test_the_audit_form_opens_its_calendars_at_the_baseline_period(qtbot, workspace,
                                                                   in_dialog):
    seen = {}

    def look(dialog):
        start, end = dialog.widgets["period_start"], dialog.widgets["period_end"]
        start.set_date(None)
        end.set_date(None)
        start.open_calendar()
        seen["start"] = start.calendar.yearShown(), start.calendar.monthShown()
        start.calendar.hide()
        start.text.setText("01.03.2024")
        start.commit()
        end.open_calendar()
        seen["end"] = end.calendar.yearShown(), end.calendar.monthShown()
        end.calendar.hide()
        dialog.done(0)

    in_dialog(look)
    forms.edit_audit(None, workspace)
    assert seen == {"start": (dt.date.today().year - 1, 1), "end": (2024, 3)}



def test_a_reading_time_is_typed_as_people_write_it(qtbot, workspace):
    from recp_audit.gui.pages.measurements import PointPanel
    from recp_audit.services import measurements

    enterprise = records.create(workspace, Enterprise, {"name": "Завод"})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "RECP"})
    point = measurements.add_point(workspace, audit, "Compressor K-2")
    panel = PointPanel(workspace, point, "en")
    qtbot.addWidget(panel)
    assert panel.taken.date() is not None  # now, by default
    panel.quantity.setCurrentIndex(panel.quantity.findData("illuminance"))
    panel.value.setText("180")
    panel.taken.text.setText("15.1.25 9:05")
    panel.add_reading()
    assert measurements.readings_of(workspace, point)[0].taken == dt.datetime(2025, 1, 15, 9, 5)
    panel.taken.text.setText("15.01.2025 25:00")
    panel.taken.commit()
    assert panel.taken.date() == dt.datetime(2025, 1, 15, 9, 5)
    assert panel.taken.problem.text().startswith('"15.01.2025 25:00": there is no time of day')
