"""The Measurements area and the series import dialog, driven with qtbot offscreen."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from recp_audit.model import Audit, Enterprise
from recp_audit.services import measurements, series


@pytest.fixture
def dairy(demo):
    with demo.session() as session:
        return session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))


def logger_csv(path, bad_row=False):
    start = dt.datetime(2026, 11, 21, 8, 0)
    rows = [f"{start + dt.timedelta(minutes=m):%d.%m.%Y %H:%M:%S};{40 + m % 5},5;0,8{m % 9}"
            for m in range(120)]
    if bad_row:
        rows.insert(10, f"{start:%d.%m.%Y} 08:10:30;нет данных;0,8")
    path.write_text("Дата/время;P, кВт;cos phi\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_mapping_dialog_guesses_imports_and_saves_a_template(qtbot, demo, dairy, tmp_path):
    from recp_audit.gui.dialogs.series_import import SeriesImportDialog
    from recp_audit.services.import_templates import template_for

    point = measurements.add_point(demo, dairy, "Pump P-3")
    dialog = SeriesImportDialog(demo, point, logger_csv(tmp_path / "pump.csv"))
    qtbot.addWidget(dialog)
    assert dialog.delimiter.currentData() == ";" and dialog.decimal.currentData() == ","
    assert dialog.time_column.currentData() == 0
    assert dialog.channels.rowCount() == 2
    assert dialog.channels.item(0, 2).text() == "кВт"
    # untick cos phi, rename P, save the mapping as a template
    dialog.channels.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.channels.item(0, 1).setText("Pump power")
    dialog.save_as.setText("Pump logger")
    dialog.run_import()
    assert dialog.imported_id is not None
    stored = series.series_of(demo, point)[0]
    assert [c.name for c in stored.channels] == ["Pump power"] and stored.count == 120
    assert template_for(["Дата/время", "P, кВт", "cos phi"]).name == "Pump logger"
    # the next file of the same logger opens with the template chosen
    again = SeriesImportDialog(demo, point, logger_csv(tmp_path / "pump2.csv"))
    qtbot.addWidget(again)
    assert again.template.currentText() == "Pump logger"
    assert [c.name for c in again.build_layout().channels] == ["Pump power"]


def test_mapping_dialog_reports_a_bad_row_then_skips_it(qtbot, demo, dairy, tmp_path):
    from recp_audit.gui.dialogs.series_import import SeriesImportDialog

    point = measurements.add_point(demo, dairy, "Pump P-4")
    dialog = SeriesImportDialog(demo, point, logger_csv(tmp_path / "bad.csv", bad_row=True))
    qtbot.addWidget(dialog)
    dialog.run_import()
    assert dialog.error.isVisibleTo(dialog)
    assert 'row 12, column "P, кВт": "нет данных" is not a number' in dialog.error.text()
    assert series.series_of(demo, point) == []
    dialog.skip_bad.setChecked(True)
    dialog.run_import()
    stored = series.series_of(demo, point)[0]
    assert stored.issues["skipped_rows"] == 1 and stored.count == 120


def test_mapping_dialog_refuses_a_unit_of_the_wrong_kind(qtbot, demo, dairy, tmp_path):
    from recp_audit.gui.dialogs.series_import import SeriesImportDialog

    point = measurements.add_point(demo, dairy, "Pump P-5")
    dialog = SeriesImportDialog(demo, point, logger_csv(tmp_path / "pump.csv"))
    qtbot.addWidget(dialog)
    dialog.channels.item(0, 2).setText("kg")
    dialog.run_import()
    assert "cannot be converted" in dialog.error.text()
    assert series.series_of(demo, point) == []


def test_measurements_area_shows_points_series_and_flags(qtbot, demo, dairy):
    from recp_audit.gui.pages.measurements import MeasurementsArea
    from recp_audit.gui.pages.series_view import SeriesView

    area = MeasurementsArea(demo, dairy, "RECP 2026", "en")
    qtbot.addWidget(area)
    texts = [area.points.item(i).text() for i in range(area.points.count())]
    steam = next(i for i, t in enumerate(texts) if "Паропровод" in t)
    assert "calibration overdue" in texts[steam]
    compressor = next(i for i, t in enumerate(texts) if "К-2" in t)
    area.points.setCurrentRow(compressor)
    panel = area.detail.currentWidget()
    view = panel.series_area.currentWidget()
    assert isinstance(view, SeriesView)
    assert view.table.item(0, 0).text().replace("\u00a0", "").isdigit()
    view.use_range.setChecked(True)
    start, end = view.data.times[0], view.data.times[0] + 3_600_000
    view.plot.region.setRegion((start / 1000, end / 1000))
    view.plot.region.sigRegionChangeFinished.emit(view.plot.region)
    assert view.table.item(0, 0).text() == "61"
    view.use_range.setChecked(False)
    assert view.table.item(0, 0).text() == f"{view.data.info.count:,}".replace(",", "\u00a0")


def test_the_series_page_writes_numbers_and_times_for_the_language(qtbot, demo, dairy):
    from recp_audit.gui.pages.measurements import MeasurementsArea

    area = MeasurementsArea(demo, dairy, "Экспертная оценка", "ru")
    qtbot.addWidget(area)
    texts = [area.points.item(i).text() for i in range(area.points.count())]
    area.points.setCurrentRow(next(i for i, t in enumerate(texts) if "К-2" in t))
    view = area.detail.currentWidget().series_area.currentWidget()
    column = [view.table.item(row, 0).text() for row in range(view.table.rowCount())]
    mean = column[2]  # count, minimum, mean
    assert "," in mean and "." not in mean and mean.endswith(" кВт"), mean
    issues = view.findChild(QLabel, "issues").text()
    assert "11.11.2026 09:59:00" in issues and "0,667" in issues, issues
    view.threshold.setText("30,5")
    view.update_statistics()
    assert view.threshold.styleSheet() == ""  # a decimal comma is a number


def test_adding_a_reading_with_a_wrong_unit_shows_why(qtbot, demo, dairy):
    from recp_audit.gui.pages.measurements import PointPanel

    point = measurements.add_point(demo, dairy, "Lighting, hall 2")
    panel = PointPanel(demo, point, "en")
    qtbot.addWidget(panel)
    panel.quantity.setCurrentIndex(panel.quantity.findData("illuminance"))
    panel.value.setText("180 kg")
    panel.add_reading()
    assert panel.error.isVisibleTo(panel) and "cannot be converted" in panel.error.text()
    panel.value.setText("180")
    panel.add_reading()
    assert not panel.error.isVisibleTo(panel)
    assert panel.readings.rowCount() == 1
    assert measurements.readings_of(demo, point)[0].unit == "lx"


def test_long_work_runs_in_the_background_and_can_be_cancelled(qtbot):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from recp_audit.gui.tasks import run_task
    from recp_audit.progress import Cancelled

    assert run_task(None, "Adding", lambda progress: (progress(0.5), 42)[1]) == 42

    def slow(progress):
        for step in range(500):
            time.sleep(0.01)
            progress(step / 500)
        return "finished"

    def press_cancel():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.labelText() == "Slow work":
                widget.findChild(QPushButton).click()  # the Cancel button
                return
        QTimer.singleShot(50, press_cancel)
    QTimer.singleShot(400, press_cancel)
    with pytest.raises(Cancelled):
        run_task(None, "Slow work", slow)


def test_the_instrument_register_writes_accuracy_for_the_language(qtbot, demo):
    from recp_audit.gui.dialogs.instruments import InstrumentsDialog

    dialog = InstrumentsDialog(demo, "ru")
    qtbot.addWidget(dialog)
    accuracy = {dialog.table.item(row, 4).text() for row in range(dialog.table.rowCount())}
    assert {"± 0,2 %", "± 1,5 °C", "± 0,5 %"} <= accuracy, accuracy
