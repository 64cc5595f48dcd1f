"""Instruments, points, readings, series import and import templates through the services."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import sqlalchemy as sa

from recp_audit.cli import main
from recp_audit.measure.layout import read_sample
from recp_audit.messages import ValidationError
from recp_audit.model import Audit, Enterprise, Instrument, MeasurementPoint, Series
from recp_audit.progress import Cancelled, Progress
from recp_audit.services import import_templates, measurements, records, series

VISIT = dt.datetime(2026, 11, 10, 9, 0)


@pytest.fixture
def audit(workspace):
    enterprise = records.create(workspace, Enterprise, {"name": "Dairy"})
    return records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "RECP 2026"})


@pytest.fixture
def thermometer(workspace):
    return records.create(workspace, Instrument, {
        "kind": "surface_thermometer", "make": "Testo", "model": "830-T4", "serial": "0560",
        "accuracy_absolute": 1.5, "accuracy_unit": "degC",
        "calibrated_on": "2025-05-12", "calibration_due": "2026-05-12"})


def logger_file(path, minutes=180, power=50.0):
    level = f"{power:.1f}".replace(".", ",")
    rows = "".join(f"{(VISIT + dt.timedelta(minutes=m)):%d.%m.%Y %H:%M:%S};{level};{m % 7}\n"
                   for m in range(minutes))
    path.write_text("Время;P, кВт;Q, квар\n" + rows, encoding="utf-8")
    return path


def test_a_reading_in_a_unit_that_cannot_measure_the_quantity_is_refused(workspace, audit):
    point = measurements.add_point(workspace, audit, "Boiler DKVR-10 flue")
    with pytest.raises(ValidationError) as raised:
        measurements.add_reading(workspace, point, "flue_gas_temperature", 5, "kg", VISIT)
    assert raised.value.field == "unit"
    assert "cannot be converted to degC" in str(raised.value)
    assert measurements.readings_of(workspace, point) == []


def test_readings_take_their_uncertainty_from_the_instrument_and_are_flagged(
        workspace, audit, thermometer):
    point = measurements.add_point(workspace, audit, "Steam line DN100")
    for value in (96, 102, 99):
        measurements.add_reading(workspace, point, "surface_temperature", value, "degC",
                                 VISIT, thermometer)
    measurements.add_reading(workspace, point, "surface_temperature", 210, "degF", VISIT,
                             uncertainty=2)
    readings = measurements.readings_of(workspace, point)
    assert [r.uncertainty for r in readings[:3]] == [1.5, 1.5, 1.5]
    assert all(r.calibration_overdue for r in readings[:3])
    assert not readings[3].calibration_overdue
    assert readings[3].uncertainty == 2 and readings[3].uncertainty_given
    summary = measurements.summarise(readings)[0]
    in_celsius = [96, 102, 99, (210 - 32) / 1.8]
    assert summary.count == 4 and summary.unit == "degC"
    assert summary.mean == pytest.approx(np.mean(in_celsius))
    assert summary.std == pytest.approx(np.std(in_celsius, ddof=1))
    assert summary.calibration_overdue
    assert measurements.points_of(workspace, audit)[0].overdue


def test_an_instrument_due_before_its_calibration_is_refused(workspace):
    with pytest.raises(ValidationError) as raised:
        records.create(workspace, Instrument, {"kind": "lux_meter",
                                               "calibrated_on": "2026-05-01",
                                               "calibration_due": "2026-01-01"})
    assert raised.value.field == "calibration_due"


def test_import_stores_channels_with_statistics_and_loads_them_back(workspace, audit, tmp_path):
    point = measurements.add_point(workspace, audit, "Compressor K-2")
    path = logger_file(tmp_path / "k2.csv")
    series_id = series.import_series(workspace, point, path, read_sample(path).layout)
    info = series.series_info(workspace, series_id)
    assert (info.count, info.interval_s, info.source_name) == (180, 60.0, "k2.csv")
    power = info.channels[0]
    assert (power.name, power.unit, power.quantity) == ("P", "кВт", "active_power")
    assert power.stats["energy"] == pytest.approx(50 * 179 / 60)
    data = series.load_series(workspace, series_id)
    assert data.values[0].tolist() == [50.0] * 180
    start = data.times[0]
    part = data.summary(start, start + 60 * 60_000, {1: 3})
    assert part[0]["count"] == 61 and part[0]["energy"] == pytest.approx(50.0)
    assert part[1]["threshold"] == 3


def test_a_cancelled_import_leaves_nothing_behind(workspace, audit, tmp_path):
    point = measurements.add_point(workspace, audit, "Compressor K-2")
    path = logger_file(tmp_path / "k2.csv")
    with pytest.raises(Cancelled):
        series.import_series(workspace, point, path, read_sample(path).layout,
                             progress=Progress(is_cancelled=lambda: True))
    with workspace.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Series)) == 0
        assert session.scalar(sa.text("select count(*) from blob")) == 0


def test_deleting_a_point_takes_its_readings_and_series(workspace, audit, tmp_path):
    point = measurements.add_point(workspace, audit, "Compressor K-2")
    path = logger_file(tmp_path / "k2.csv")
    series.import_series(workspace, point, path, read_sample(path).layout)
    measurements.add_reading(workspace, point, "active_power", 67.8, "kW", VISIT)
    gone = records.delete(workspace, MeasurementPoint, point)
    assert gone == {"reading": 1, "series": 1, "series_channel": 2}
    assert measurements.points_of(workspace, audit) == []


def test_templates_are_saved_found_by_headers_and_follow_moved_columns(tmp_path):
    first = logger_file(tmp_path / "a.csv")
    layout = read_sample(first).layout
    layout.channels = layout.channels[:1]
    headers = ["Время", "P, кВт", "Q, квар"]
    import_templates.save_template("Fluke 1738 / K-2", layout, headers)
    assert import_templates.template_for(headers).name == "Fluke 1738 / K-2"
    moved = import_templates.adapt(import_templates.load_template("fluke 1738 / k-2"),
                                   ["Q, квар", "Время", "P, кВт"])
    assert moved.time_columns == [1] and moved.channels[0].column == 2
    with pytest.raises(import_templates.TemplateNotFoundError):
        import_templates.load_template("nothing")


def test_command_line_import_prints_statistics_as_json(tmp_path, capsys):
    from recp_audit.services.demo import write_demo

    path = tmp_path / "demo.sqlite"
    demo = write_demo(path)
    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    demo.close()
    source = logger_file(tmp_path / "pump.csv", minutes=61, power=12.0)
    status = main(["import-series", str(path), str(source), "--audit", str(audit),
                   "--point", "Pump P-3", "--time-col", "Время", "--channel", "P, кВт=kW",
                   "--instrument", "4410021", "--save-template", "Pump logger", "--json"])
    assert status == 0
    result = json.loads(capsys.readouterr().out)
    assert result["count"] == 61 and result["instrument"] == "Fluke 1738 #4410021"
    channel = result["channels"][0]
    assert {"count", "min", "mean", "max", "energy"} <= set(channel)
    assert channel["energy"] == pytest.approx(12.0)
    assert import_templates.load_template("Pump logger").layout.channels[0].unit == "kW"


def test_command_line_import_names_a_missing_column(tmp_path, capsys, workspace, audit, english):
    source = logger_file(tmp_path / "pump.csv")
    workspace.close()
    status = main(["import-series", str(workspace.path), str(source), "--audit", str(audit),
                   "--point", "Pump", "--channel", "Flow=m3/h"])
    assert status == 1
    assert 'pump.csv has no column "Flow"' in capsys.readouterr().err


def test_demo_holds_logger_data_and_an_overdue_instrument(demo):
    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    points = {p.name: p for p in measurements.points_of(demo, audit)}
    compressor = points["Компрессор К-2, питающий кабель"]
    week = series.series_of(demo, compressor.id)[0]
    assert week.count > 7 * 24 * 60 - 60 and week.issues["gaps"] == 1
    assert week.channels[0].stats["energy"] > 0
    boiler = series.series_of(demo, points["Котёл ДКВР-10, дымоход"].id)[0]
    assert [c.quantity for c in boiler.channels] == ["o2", "co2", "co", "flue_gas_temperature"]
    assert points["Паропровод DN100, цех сушки"].overdue
    assert [i.state for i in measurements.instruments(demo)].count("overdue") == 1


def test_measured_values_offer_reading_means_and_series_statistics(demo):
    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    values = measurements.measured_values(demo, audit)
    compressor = [v for v in values if v.point.startswith("Компрессор")
                  and v.quantity == "active_power"]
    by_statistic = {v.statistic: v for v in compressor if v.source != "readings"}
    assert by_statistic["mean"].unit == "кВт" and 40 < by_statistic["mean"].value < 60
    assert by_statistic["total"].unit == "kWh"
    assert by_statistic["hours_above"].unit == "h" and by_statistic["hours_above"].value > 100
    steam = [v for v in values if v.quantity == "surface_temperature"]
    assert steam[0].value == pytest.approx(99) and steam[0].calibration_overdue


def test_a_measured_values_source_is_described_in_the_users_language(demo):
    from recp_audit.reports.catalog import translate

    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    values = measurements.measured_values(demo, audit)
    steam = next(v for v in values if v.quantity == "surface_temperature")
    series_peak = next(v for v in values if v.source != "readings" and v.statistic == "peak")
    assert steam.description(lambda context, text: translate(context, text, "ru")) == \
        "Паропровод DN100, цех сушки: Температура поверхности, среднее (показания), " \
        "поверка просрочена"
    assert steam.description(lambda context, text: text) == \
        "Паропровод DN100, цех сушки: Surface temperature, mean (readings), calibration overdue"
    assert ", пик (" in series_peak.description(lambda c, text: translate(c, text, "ru"))


def test_command_line_lists_measured_values(demo, capsys):
    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    path = demo.path
    demo.close()
    assert main(["measurements", str(path), "--audit", str(audit), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert any(v["statistic"] == "hours_above" for v in listed)
    assert main(["measurements", str(path), "--audit", "nonsense"]) == 1
    assert "is not an audit id" in capsys.readouterr().err
