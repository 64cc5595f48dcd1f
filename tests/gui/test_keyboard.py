"""Keyboard navigation: Tab walks every form's inputs in the order they are read (top to
bottom, left to right in a row) and reaches every one of them and the dialog's buttons."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                               QDialog, QLineEdit, QPlainTextEdit, QScrollArea, QSplitter,
                               QWidget)

from recp_audit import settings as settings_store
from recp_audit.gui.dialogs import forms
from recp_audit.gui.date_field import DateField
from recp_audit.gui.dialogs.record import RecordDialog
from recp_audit.gui.dialogs.stream_dialog import stream_fields

@pytest.fixture
def dairy(demo):
    """The demo dairy's audit."""
    import sqlalchemy as sa

    from recp_audit.model import Audit, Enterprise

    with demo.session() as session:
        return session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))


INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractButton)


def _owner(widget: QWidget, dialog: QDialog) -> QWidget:
    """The form input a widget belongs to: a date field for its inner line edit, a table
    for the editors in its cells."""
    owner, parent = widget, widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, DateField)):
            owner = parent
        parent = parent.parentWidget()
    return owner


def _takes_tab(widget: QWidget, dialog: QDialog) -> bool:
    """Whether Tab stops at the widget (a scroll area's own stop, before what it holds,
    only scrolls, and is not a place in the form)."""
    return (not isinstance(widget, QScrollArea) and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
            and widget.isVisibleTo(dialog) and dialog.isAncestorOf(widget))


def tab_walk(qtbot, dialog: QDialog) -> list[QWidget]:
    """The inputs Tab visits, once round: the dialog's focus chain (what Tab follows),
    skipping what cannot take focus by Tab, as Qt does."""
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    for _ in range(2000):
        if widget is dialog:
            break
        if _takes_tab(widget, dialog):
            owner = _owner(widget, dialog)
            if owner not in seen:
                seen.append(owner)
        widget = widget.nextInFocusChain()
    return seen


def _reachable(dialog: QDialog) -> set[QWidget]:
    return {w for w in dialog.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisibleTo(dialog) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and _owner(w, dialog) is w}


def assert_reading_order(qtbot, dialog: QDialog) -> None:
    """Tab reaches every input, in reading order: pane by pane where the dialog is split
    side by side (a splitter), top to bottom and left to right within each."""
    walked = tab_walk(qtbot, dialog)
    missing = {w.objectName() or type(w).__name__ for w in _reachable(dialog) - set(walked)}
    assert not missing, f"Tab never reaches {missing}"
    splitters = dialog.findChildren(QSplitter)
    panes = [splitters[0].widget(i) for i in range(splitters[0].count())] if splitters else []

    def place(widget: QWidget) -> tuple[int, int, int]:
        pane = next((i for i, p in enumerate(panes) if p.isAncestorOf(widget)), len(panes))
        middle = widget.mapTo(dialog, QPoint(0, widget.height() // 2))
        return pane, middle.y() // 12, middle.x()  # within 12 px: the same row

    start = walked.index(min(walked, key=place))
    walked = walked[start:] + walked[:start]  # Tab wraps round: read from the top
    places = [place(w) for w in walked]
    assert places == sorted(places), [w.objectName() or type(w).__name__ for w in walked]


@pytest.mark.parametrize("fields", [
    forms.person_fields, forms.park_fields, forms.audit_fields, forms.instrument_fields,
    lambda: stream_fields([("Dairy", uuid.uuid4()), ("Bakery", uuid.uuid4())]),
], ids=["person", "park", "audit", "instrument", "stream"])
def test_record_forms_are_walked_in_reading_order(qtbot, fields):
    specs = fields()
    dialog = RecordDialog("Form", specs, {}, lambda values: None)
    qtbot.addWidget(dialog)
    assert_reading_order(qtbot, dialog)
    order = [w.objectName() for w in tab_walk(qtbot, dialog) if w.objectName()]
    assert [key for key in order if key in dialog.widgets] == [s.key for s in specs]


def test_enterprise_form_is_walked_in_reading_order(qtbot, demo):
    dialog = RecordDialog("Form", forms.enterprise_fields(demo), {}, lambda values: None)
    qtbot.addWidget(dialog)
    assert_reading_order(qtbot, dialog)


def test_settings_and_baseline_entry_are_walked_in_reading_order(qtbot, user_dirs):
    from recp_audit.gui.dialogs.settings_dialog import SettingsDialog
    from recp_audit.gui.pages.baseline import EntryDialog

    for dialog in (SettingsDialog(settings_store.Settings()), EntryDialog("BYN", "en")):
        qtbot.addWidget(dialog)
        assert_reading_order(qtbot, dialog)


def test_server_and_series_import_dialogs_are_walked_in_reading_order(qtbot, demo, dairy):
    from recp_audit.gui.dialogs.series_import import SeriesImportDialog
    from recp_audit.gui.dialogs.server_dialog import ServerDialog
    from recp_audit.services import measurements

    server = ServerDialog(True, {}, [("park", "Park", uuid.uuid4())], can_remember=True)
    point = measurements.add_point(demo, dairy, "Compressor")
    series = SeriesImportDialog(demo, point)
    for dialog in (server, series):
        qtbot.addWidget(dialog)
        assert_reading_order(qtbot, dialog)


def test_option_tariff_factor_and_first_run_dialogs_are_walked_in_reading_order(
        qtbot, demo, dairy):
    from recp_audit.gui.dialogs.audit_data import FactorsDialog, TariffsDialog
    from recp_audit.gui.dialogs.first_run import FirstRunDialog
    from recp_audit.gui.dialogs.option_dialog import OptionDialog
    from recp_audit.services import options

    leak = next(i for i in options.options(demo, dairy) if i.calculator == "air-leak")
    for dialog in (OptionDialog(demo, dairy, leak.id, "BYN", "en"),
                   TariffsDialog(demo, dairy, "BYN"), FactorsDialog(demo, dairy, "en"),
                   FirstRunDialog(settings_store.Settings())):
        qtbot.addWidget(dialog)
        assert_reading_order(qtbot, dialog)


def test_the_reading_form_of_a_measurement_point_is_walked_in_reading_order(
        qtbot, demo, dairy):
    from recp_audit.gui.pages.measurements import PointPanel
    from recp_audit.services import measurements

    panel = PointPanel(demo, measurements.add_point(demo, dairy, "Boiler flue"), "ru")
    qtbot.addWidget(panel)
    panel.resize(960, 700)
    walked = tab_walk(qtbot, panel)
    form = [panel.quantity, panel.value, panel.instrument, panel.uncertainty, panel.taken,
            panel.note]
    assert [w for w in walked if w in form] == form
    rows = [w.mapTo(panel, w.rect().center()) for w in form]
    assert [(p.y() // 12, p.x()) for p in rows] == sorted((p.y() // 12, p.x()) for p in rows)
