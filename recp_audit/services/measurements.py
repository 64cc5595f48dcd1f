"""Instruments, measurement points and spot readings of an audit.

The register of instruments belongs to the workspace; points and readings to an
audit. A value measured with an instrument past its calibration due date is
kept but flagged (`calibration_overdue`) wherever it is listed or used.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from recp_audit.choices import ResourceArea
from recp_audit.measure.instruments import (accuracy_bound, calibration_overdue, calibration_state,
                                            convert_difference)
from recp_audit.measure.quantities import QUANTITIES
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.model import Instrument, MeasurementPoint, Photo, Reading, Series
from recp_audit.services import records
from recp_audit.store.db import Workspace


def instrument_label(instrument: Instrument) -> str:
    """'Fluke 1738 #4410021' (make, model, serial as far as known)."""
    name = " ".join(part for part in (instrument.make, instrument.model) if part) or \
        str(instrument.kind)
    return f"{name} #{instrument.serial}" if instrument.serial else name


@dataclass(frozen=True)
class InstrumentInfo:
    """An instrument of the register with its calibration state today."""

    id: uuid.UUID
    label: str
    instrument: Instrument
    state: str


def instruments(workspace: Workspace, today: dt.date | None = None) -> list[InstrumentInfo]:
    """The register, by make and model."""
    today = today or dt.date.today()
    with workspace.session() as session:
        rows = session.scalars(sa.select(Instrument).order_by(
            Instrument.make, Instrument.model, Instrument.serial)).all()
        session.expunge_all()
    return [InstrumentInfo(row.id, instrument_label(row), row,
                           calibration_state(row.calibration_due, today)) for row in rows]


@dataclass(frozen=True)
class PointInfo:
    """A measurement point with how much was measured there."""

    id: uuid.UUID
    name: str
    area: ResourceArea
    notes: str
    readings: int
    series: int
    photos: int
    overdue: bool


def points_of(workspace: Workspace, audit_id: uuid.UUID) -> list[PointInfo]:
    """The audit's measurement points, by name, with counts and calibration flags."""
    with workspace.session() as session:
        points = session.scalars(sa.select(MeasurementPoint).where(
            MeasurementPoint.audit_id == audit_id).order_by(MeasurementPoint.name)).all()
        ids = [p.id for p in points]
        readings = dict(session.execute(sa.select(Reading.point_id, sa.func.count()).where(
            Reading.point_id.in_(ids)).group_by(Reading.point_id)).all())
        series = dict(session.execute(sa.select(Series.point_id, sa.func.count()).where(
            Series.point_id.in_(ids)).group_by(Series.point_id)).all())
        photos = dict(session.execute(sa.select(Photo.owner_id, sa.func.count()).where(
            Photo.owner_id.in_(ids)).group_by(Photo.owner_id)).all())
        overdue = _overdue_points(session, ids)
        return [PointInfo(p.id, p.name, p.area, p.notes, readings.get(p.id, 0),
                          series.get(p.id, 0), photos.get(p.id, 0), p.id in overdue)
                for p in points]


def _overdue_points(session, point_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found = set()
    due = {row.id: row.calibration_due for row in session.scalars(sa.select(Instrument))}
    for point_id, instrument_id, taken in session.execute(sa.select(
            Reading.point_id, Reading.instrument_id, Reading.taken).where(
            Reading.point_id.in_(point_ids))):
        if instrument_id and calibration_overdue(due.get(instrument_id), taken.date()):
            found.add(point_id)
    for point_id, instrument_id, start in session.execute(sa.select(
            Series.point_id, Series.instrument_id, Series.start).where(
            Series.point_id.in_(point_ids))):
        if instrument_id and calibration_overdue(due.get(instrument_id), start.date()):
            found.add(point_id)
    return found


@dataclass(frozen=True)
class ReadingInfo:
    """A spot reading as listed: its ± (given or from the instrument) and flags."""

    id: uuid.UUID
    quantity: str
    value: float
    unit: str
    taken: dt.datetime
    instrument: str
    uncertainty: float | None
    uncertainty_given: bool
    calibration_overdue: bool
    note: str
    photos: int


def readings_of(workspace: Workspace, point_id: uuid.UUID) -> list[ReadingInfo]:
    """The point's readings in time order."""
    with workspace.session() as session:
        rows = session.scalars(sa.select(Reading).where(Reading.point_id == point_id)
                               .order_by(Reading.taken, Reading.id)).all()
        tools = {row.id: row for row in session.scalars(sa.select(Instrument).execution_options(
            include_deleted=True))}
        photos = dict(session.execute(sa.select(Photo.owner_id, sa.func.count()).where(
            Photo.owner_id.in_([r.id for r in rows])).group_by(Photo.owner_id)).all())
        return [_reading_info(row, tools.get(row.instrument_id), photos.get(row.id, 0))
                for row in rows]


def _reading_info(row: Reading, tool: Instrument | None, photos: int) -> ReadingInfo:
    given = row.uncertainty is not None
    uncertainty = row.uncertainty if given else (
        accuracy_bound(row.value, row.unit, tool.accuracy_percent, tool.accuracy_absolute,
                       tool.accuracy_unit) if tool else None)
    return ReadingInfo(
        row.id, row.quantity, row.value, row.unit, row.taken,
        instrument_label(tool) if tool else "", uncertainty, given,
        bool(tool) and calibration_overdue(tool.calibration_due, row.taken.date()),
        row.note, photos)


@dataclass(frozen=True)
class ReadingSummary:
    """Several readings of one quantity at one point: count, mean and spread."""

    quantity: str
    unit: str
    count: int
    mean: float
    std: float
    low: float
    high: float
    calibration_overdue: bool


def summarise(readings: list[ReadingInfo]) -> list[ReadingSummary]:
    """Per quantity, values converted to the unit of its first reading (sample std)."""
    from recp_audit.units import parse_unit, registry

    groups: dict[str, list[ReadingInfo]] = defaultdict(list)
    for reading in readings:
        groups[reading.quantity].append(reading)
    result = []
    for quantity_id, group in groups.items():
        unit = group[0].unit
        values = [registry().Quantity(r.value, parse_unit(r.unit)).to(parse_unit(unit)).magnitude
                  if r.unit != unit else r.value for r in group]
        result.append(ReadingSummary(
            quantity_id, unit, len(values), statistics.fmean(values),
            statistics.stdev(values) if len(values) > 1 else 0.0, min(values), max(values),
            any(r.calibration_overdue for r in group)))
    return result


def add_point(workspace: Workspace, audit_id: uuid.UUID, name: str,
              area: ResourceArea = ResourceArea.ENERGY, notes: str = "") -> uuid.UUID:
    """A new measurement point of the audit."""
    return records.create(workspace, MeasurementPoint,
                          {"audit_id": audit_id, "name": name, "area": area, "notes": notes})


def point_named(workspace: Workspace, audit_id: uuid.UUID, name: str) -> uuid.UUID | None:
    """The audit's point called `name` (case-insensitive), if there is one."""
    wanted = name.strip().casefold()
    for point in points_of(workspace, audit_id):
        if point.name.casefold() == wanted:
            return point.id
    return None


def add_reading(workspace: Workspace, point_id: uuid.UUID, quantity: str, value: float,
                unit: str, taken: dt.datetime, instrument_id: uuid.UUID | None = None,
                uncertainty: float | None = None, note: str = "") -> uuid.UUID:
    """Store a spot reading; a unit that cannot measure `quantity` is refused."""
    return records.create(workspace, Reading, {
        "point_id": point_id, "quantity": quantity, "value": value, "unit": unit,
        "taken": taken, "instrument_id": instrument_id, "uncertainty": uncertainty,
        "note": note})


@dataclass(frozen=True)
class MeasuredValue:
    """A measured number a savings calculator can take as input, with where it came from."""

    point: str
    source: str
    statistic: str
    quantity: str
    value: float
    unit: str
    calibration_overdue: bool
    uncertainty: float | None = None  # ± in `unit`, from the instrument's accuracy

    @property
    def text(self) -> str:
        """The value as a calculator input (`50.9244 kW`)."""
        return f"{self.value:.4g} {_shown(self.unit)}".strip()

    @property
    def uncertainty_text(self) -> str:
        """The ± as a calculator input (empty when unknown)."""
        if not self.uncertainty:
            return ""
        return f"{self.uncertainty:.3g} {_shown(self.unit)}".strip()

    def description(self, translate: Callable[[str, str], str]) -> str:
        """Where the value comes from, for the option's record of its inputs, in the
        language of `translate(context, text)`: `Паропровод DN100: Температура
        поверхности, среднее (показания)`."""
        known = QUANTITIES.get(self.quantity)
        quantity = translate("Quantity", known.label) if known else self.quantity
        statistic = STATISTIC_LABELS.get(self.statistic)
        statistic = translate("Measured", statistic) if statistic else self.statistic
        source = translate("Measured", READINGS) if self.source == READINGS else self.source
        text = translate("Measured", "{point}: {quantity}, {statistic} ({source})").format(
            point=self.point, quantity=quantity, statistic=statistic, source=source)
        if self.calibration_overdue:
            text += translate("Measured", ", calibration overdue")
        return text


def _shown(unit: str) -> str:
    from recp_audit.units import unit_label

    return unit_label(unit, "en")


SERIES_STATISTICS = ("mean", "peak", "base", "hours_above", "total")
STATISTIC_LABELS = {"mean": QT_TRANSLATE_NOOP("Measured", "mean"),
                    "peak": QT_TRANSLATE_NOOP("Measured", "peak"),
                    "base": QT_TRANSLATE_NOOP("Measured", "base load"),
                    "hours_above": QT_TRANSLATE_NOOP("Measured", "hours above the threshold"),
                    "total": QT_TRANSLATE_NOOP("Measured", "total")}
READINGS = QT_TRANSLATE_NOOP("Measured", "readings")  # the source of a mean of spot readings


def measured_values(workspace: Workspace, audit_id: uuid.UUID) -> list[MeasuredValue]:
    """Every reading mean and series statistic of the audit, for the calculators: e.g. a
    compressor's mean kW and its hours above the unloaded level."""
    from recp_audit.services.series import series_of

    found = []
    for point in points_of(workspace, audit_id):
        readings = readings_of(workspace, point.id)
        for summary in summarise(readings):
            found.append(MeasuredValue(point.name, READINGS, "mean", summary.quantity,
                                       summary.mean, summary.unit,
                                       summary.calibration_overdue,
                                       _reading_bound(readings, summary)))
        for info in series_of(workspace, point.id):
            percent, absolute, absolute_unit = info.accuracy
            for channel in info.channels:
                for statistic in SERIES_STATISTICS:
                    value = channel.stats.get(statistic)
                    if value is None:
                        continue
                    unit = {"hours_above": "h", "total": channel.stats.get("total_unit", "")}\
                        .get(statistic, channel.unit)
                    bound = accuracy_bound(value, channel.unit, percent, absolute,
                                           absolute_unit) if unit == channel.unit else None
                    found.append(MeasuredValue(point.name, f"{info.name}: {channel.name}",
                                               statistic, channel.quantity, value, unit,
                                               info.calibration_overdue, bound))
    return found


def _reading_bound(readings: list[ReadingInfo], summary: ReadingSummary) -> float | None:
    """The largest ± of the readings behind a mean, in the mean's unit: an instrument's
    accuracy is a systematic bound that averaging does not shrink."""
    bounds = [convert_difference(reading.uncertainty, reading.unit, summary.unit)
              for reading in readings
              if reading.quantity == summary.quantity and reading.uncertainty is not None]
    bounds = [bound for bound in bounds if bound is not None]
    return max(bounds) if bounds else None
