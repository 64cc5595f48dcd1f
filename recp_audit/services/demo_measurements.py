"""Demo measurements: an instrument register, points, spot readings and two logger files.

The dairy's audit gets a week of 1-minute power-logger data of a screw
compressor (Russian-locale CSV, with a 40-minute gap where the logger was read
out) and a two-hour flue-gas analyser log of its boiler (English TSV), both
imported through the same path as a user's file, plus spot readings; one
instrument (the infrared thermometer) is past its calibration due date.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import sqlalchemy as sa

from recp_audit.choices import InstrumentKind, ResourceArea
from recp_audit.measure.layout import read_sample
from recp_audit.model import Audit, Enterprise, Instrument
from recp_audit.services import measurements, records, series
from recp_audit.store.db import Workspace

INSTRUMENTS = {
    "logger": dict(kind=InstrumentKind.POWER_LOGGER, make="Fluke", model="1738",
                   serial="4410021", quantities=["active_power", "reactive_power",
                                                 "power_factor", "voltage", "current"],
                   accuracy_percent=0.5, calibrated_on=dt.date(2026, 3, 10),
                   calibration_due=dt.date(2027, 3, 10)),
    "flue": dict(kind=InstrumentKind.FLUE_GAS_ANALYSER, make="Testo", model="330-2 LL",
                 serial="61784452", quantities=["o2", "co", "co2", "flue_gas_temperature"],
                 accuracy_absolute=0.2, accuracy_unit="percent",
                 calibrated_on=dt.date(2026, 5, 20), calibration_due=dt.date(2027, 5, 20)),
    "ir": dict(kind=InstrumentKind.SURFACE_THERMOMETER, make="Testo", model="830-T4",
               serial="05608304", quantities=["surface_temperature"], accuracy_absolute=1.5,
               accuracy_unit="degC", calibrated_on=dt.date(2025, 5, 12),
               calibration_due=dt.date(2026, 5, 12)),
    "flow": dict(kind=InstrumentKind.ULTRASONIC_FLOW_METER, make="Flexim", model="FLUXUS F601",
                 serial="F6-12345", quantities=["volume_flow"], accuracy_percent=1.6,
                 calibrated_on=dt.date(2026, 1, 31), calibration_due=dt.date(2027, 1, 31)),
    "lux": dict(kind=InstrumentKind.LUX_METER, make="Testo", model="540", serial="2170553",
                quantities=["illuminance"], accuracy_percent=3.0,
                calibrated_on=dt.date(2026, 2, 1), calibration_due=dt.date(2027, 2, 1)),
}
WEEK_START = dt.datetime(2026, 11, 9)  # a Monday
# (point, area, notes, [(quantity, value, unit, minutes after 9:00 on 10 Nov, instrument)])
SPOT_POINTS = [
    ("Паропровод DN100, цех сушки", ResourceArea.ENERGY,
     "Неизолированный участок 14 м, пар 6 бар.",
     [("surface_temperature", v, "degC", m, "ir") for v, m in ((96, 0), (102, 3), (99, 6))]),
    ("Градирня, линия подпитки", ResourceArea.WATER, "Ультразвуковой расходомер на DN80.",
     [("volume_flow", v, "m**3/h", m, "flow") for v, m in ((4.2, 60), (4.5, 75), (4.3, 90))]),
    ("Цех розлива, освещённость", ResourceArea.ENERGY, "Рабочие места у линии Tetra Pak.",
     [("illuminance", v, "lx", m, "lux") for v, m in ((180, 120), (210, 125), (165, 130))]),
]


def compressor_week(path: Path) -> None:
    """1-minute P, Q and cos φ of a 75 kW screw compressor cycling load/unload for a week,
    as a Russian-locale logger export (day-first times, ';', decimal comma)."""
    rng = np.random.default_rng(11)
    minutes = np.arange(7 * 24 * 60)
    hour = (minutes // 60) % 24
    weekday = minutes // (24 * 60)
    demand = np.where((hour >= 7) & (hour < 23), 0.78, 0.42) * np.where(weekday >= 5, 0.8, 1.0)
    loaded = np.zeros(len(minutes), dtype=bool)
    state, remaining = False, 0
    for i in range(len(minutes)):
        if remaining <= 0:
            state = not state
            share = demand[i] if state else 1 - demand[i]
            remaining = max(1, int(rng.exponential(6 * share / 0.5)))
        loaded[i], remaining = state, remaining - 1
    power = np.where(loaded, 68.0, 22.0) + rng.normal(0, 1.2, len(minutes))
    cos_phi = np.where(loaded, 0.86, 0.55) + rng.normal(0, 0.01, len(minutes))
    reactive = power * np.tan(np.arccos(cos_phi))
    keep = ~((weekday == 2) & (hour == 10) & ((minutes % 60) < 40))  # logger read out
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Fluke 1738 Power Logger;Серийный № 4410021\nИнтервал;1 мин\n\n")
        handle.write("Дата;Время;P, кВт;Q, квар;cos φ\n")
        for i in np.flatnonzero(keep):
            moment = WEEK_START + dt.timedelta(minutes=int(i))
            numbers = (f"{power[i]:.2f}", f"{reactive[i]:.2f}", f"{cos_phi[i]:.3f}")
            handle.write(f"{moment:%d.%m.%Y};{moment:%H:%M:%S};"
                         + ";".join(n.replace(".", ",") for n in numbers) + "\n")


def boiler_flue_gas(path: Path) -> None:
    """A two-hour 10-second flue-gas log of a natural-gas boiler (English TSV):
    O2, CO2 from O2 with CO2max 11.7 % for natural gas, CO and stack temperature."""
    rng = np.random.default_rng(5)
    count = 2 * 360
    oxygen = 6.2 + 0.4 * np.sin(np.arange(count) / 60) + rng.normal(0, 0.12, count)
    carbon_dioxide = 11.7 * (21 - oxygen) / 21
    carbon_monoxide = np.clip(35 + rng.normal(0, 6, count) + (rng.random(count) > 0.98) * 120,
                              0, None)
    stack = 207 + 4 * np.sin(np.arange(count) / 90) + rng.normal(0, 0.8, count)
    start = dt.datetime(2026, 11, 11, 9, 0)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Time\tO2 [%]\tCO2 [%]\tCO [ppm]\tT flue [°C]\n")
        for i in range(count):
            moment = start + dt.timedelta(seconds=10 * i)
            handle.write(f"{moment:%Y-%m-%d %H:%M:%S}\t{oxygen[i]:.2f}\t{carbon_dioxide[i]:.2f}"
                         f"\t{carbon_monoxide[i]:.0f}\t{stack[i]:.1f}\n")


def populate_measurements(workspace: Workspace) -> None:
    """The register, and points with readings and series in the dairy's audit."""
    tools = {key: records.create(workspace, Instrument, values)
             for key, values in INSTRUMENTS.items()}
    with workspace.session() as session:
        audit_id = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    visit = dt.datetime(2026, 11, 10, 9, 0)
    with tempfile.TemporaryDirectory() as folder:
        compressor = measurements.add_point(
            workspace, audit_id, "Компрессор К-2, питающий кабель", ResourceArea.ENERGY,
            "Винтовой компрессор 75 кВт, 7,5 бар; логгер на вводе ЩР-3 с 9 по 16 ноября.")
        log = Path(folder) / "K2_Fluke1738.csv"
        compressor_week(log)
        series.import_series(workspace, compressor, log, read_sample(log).layout,
                             name="Нагрузка компрессора К-2, неделя",
                             instrument_id=tools["logger"])
        for quantity, value, unit, minutes in (("active_power", 67.8, "kW", 10),
                                               ("power_factor", 0.86, "dimensionless", 10),
                                               ("active_power", 22.4, "kW", 14)):
            measurements.add_reading(workspace, compressor, quantity, value, unit,
                                     visit + dt.timedelta(minutes=minutes), tools["logger"])
        boiler = measurements.add_point(
            workspace, audit_id, "Котёл ДКВР-10, дымоход", ResourceArea.ENERGY,
            "Природный газ, режим 70 %; зонд в дымоходе за экономайзером.")
        flue = Path(folder) / "DKVR10_testo330.tsv"
        boiler_flue_gas(flue)
        series.import_series(workspace, boiler, flue, read_sample(flue).layout,
                             name="Дымовые газы ДКВР-10", instrument_id=tools["flue"])
        for quantity, value, unit, minutes in (("o2", 6.1, "percent", 200),
                                               ("o2", 6.4, "percent", 205),
                                               ("o2", 5.9, "percent", 210),
                                               ("flue_gas_temperature", 207, "degC", 200),
                                               ("flue_gas_temperature", 211, "degC", 210)):
            measurements.add_reading(workspace, boiler, quantity, value, unit,
                                     visit + dt.timedelta(minutes=minutes), tools["flue"])
    for name, area, notes, readings in SPOT_POINTS:
        point = measurements.add_point(workspace, audit_id, name, area, notes)
        for quantity, value, unit, minutes, tool in readings:
            measurements.add_reading(workspace, point, quantity, value, unit,
                                     visit + dt.timedelta(minutes=minutes), tools[tool])
