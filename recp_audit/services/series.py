"""Import logged series into an audit's measurement point, read them back, summarise them.

An import reads the whole file first (with progress and Cancel), then computes
the statistics and compresses each channel in worker threads while one
transaction writes the results as they come: a cancelled or failed import
leaves nothing behind. Imported data never changes; only a series' name can be
edited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sqlalchemy as sa

from recp_audit.measure import stats
from recp_audit.measure.importers import read_series, to_datetime
from recp_audit.measure.instruments import calibration_overdue
from recp_audit.measure.layout import ChannelMap, Layout
from recp_audit.measure.quantities import quantity
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError
from recp_audit.model import Blob, Instrument, MeasurementPoint, Series, SeriesChannel
from recp_audit.model.validation import clean_fields, clean_text
from recp_audit.progress import Progress
from recp_audit.store import series as columns
from recp_audit.store.db import Workspace


def channel_summary(timeline: stats.Timeline, values: np.ndarray, unit: str,
                    quantity_id: str, threshold: float | None = None) -> dict[str, Any]:
    """`stats.describe` plus the total over time in the quantity's unit (kWh from kW).

    For power channels the total is also given as `energy` in kWh.
    """
    import pint

    from recp_audit.units import UnitError, parse_unit, registry

    summary: dict[str, Any] = stats.describe(timeline, values, threshold)
    total_unit = quantity(quantity_id).total_unit
    if "integral" in summary and total_unit and unit:
        try:
            total = registry().Quantity(summary["integral"], parse_unit(unit) * parse_unit("h"))
            summary["total"] = float(total.to(parse_unit(total_unit)).magnitude)
            summary["total_unit"] = total_unit
            if total_unit == "kWh":
                summary["energy"] = summary["total"]
        except (UnitError, pint.DimensionalityError):  # the unit cannot make this total
            pass
    return summary


def import_series(workspace: Workspace, point_id: uuid.UUID | None, path: Path,
                  layout: Layout, *, name: str = "", instrument_id: uuid.UUID | None = None,
                  template: str = "", progress: Progress | None = None,
                  new_point: dict[str, Any] | None = None) -> uuid.UUID:
    """Read `path` as `layout` maps it and store it as a new series of the point; with
    `point_id` None the point `new_point` ({"audit_id", "name"}) is created in the same
    transaction, so a failed import leaves no empty point behind."""
    progress = progress or Progress()
    name = clean_text(Series, "name", name or path.stem)
    channel_names = [clean_text(SeriesChannel, "name", c.name) for c in layout.channels]
    point_values = clean_fields(MeasurementPoint, new_point) if point_id is None else None
    with workspace.session() as session:
        if point_id is not None and session.get(MeasurementPoint, point_id) is None:
            raise NotFoundError(Message("Series", QT_TRANSLATE_NOOP(
                "Series", "the measurement point does not exist (it may have been deleted)")))
    with ThreadPoolExecutor(max_workers=2) as pool:
        source_hash = pool.submit(_file_sha256, path)
        imported = read_series(path, layout, progress)
        timeline = stats.Timeline(imported.times, imported.interval_ms)
        prepared = [pool.submit(_prepare_channel, timeline, values, channel)
                    for values, channel in zip(imported.values, layout.channels)]
        series = Series(
            point_id=point_id, name=name, source_name=clean_text(Series, "source_name",
                                                                 path.name),
            instrument_id=instrument_id, template=template,
            imported=dt.datetime.now().replace(microsecond=0),
            start=to_datetime(imported.times[0]), end=to_datetime(imported.times[-1]),
            count=len(imported.times), interval_s=timeline.interval_ms / 1000,
            issues=imported.issues)
        time_blob = columns.encode(imported.times, columns.TIMES_TYPE)
        del imported, timeline  # the channel tasks hold what they still need
        progress(0.95)
        with workspace.transaction() as session:  # written while the channels are prepared
            if point_values is not None:
                point = MeasurementPoint(**point_values)
                session.add(point)
                session.flush()
                series.point_id = point.id
            series.source_sha256 = source_hash.result()
            series.time_blob = _store_blob(session, time_blob, columns.TIMES_TYPE)
            session.add(series)
            session.flush()
            for position, (channel, future) in enumerate(zip(layout.channels, prepared)):
                summary, blob = future.result()
                session.add(SeriesChannel(
                    series_id=series.id, position=position,
                    name=channel_names[position] or f"#{position + 1}",
                    quantity=channel.quantity,
                    unit=channel.unit, blob_sha256=_store_blob(session, blob, columns.VALUES_TYPE),
                    stats=summary))
                session.flush()
            return series.id


def _prepare_channel(timeline: stats.Timeline, values: np.ndarray, channel: ChannelMap
                     ) -> tuple[dict[str, Any], bytes]:
    """A channel's statistics and its compressed values."""
    return (channel_summary(timeline, values, channel.unit, channel.quantity),
            columns.encode(values, columns.VALUES_TYPE))


def _file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _store_blob(session, data: bytes, media_type: str) -> str:
    key = columns.digest(data)
    if session.get(Blob, key) is None:
        session.add(Blob(sha256=key, media_type=media_type, size=len(data), data=data))
    return key


@dataclass(frozen=True)
class ChannelInfo:
    """A channel's description and whole-series statistics."""

    id: uuid.UUID
    name: str
    quantity: str
    unit: str
    stats: dict[str, Any]


@dataclass(frozen=True)
class SeriesInfo:
    """A stored series as listed (no sample data)."""

    id: uuid.UUID
    point_id: uuid.UUID
    name: str
    source_name: str
    instrument: str
    calibration_overdue: bool
    accuracy: tuple[float | None, float | None, str]  # the instrument's ±(% , absolute, unit)
    start: dt.datetime
    end: dt.datetime
    count: int
    interval_s: float
    issues: dict[str, Any]
    channels: list[ChannelInfo]


def series_of(workspace: Workspace, point_id: uuid.UUID) -> list[SeriesInfo]:
    """The point's series, oldest first."""
    with workspace.session() as session:
        rows = session.scalars(sa.select(Series).where(Series.point_id == point_id)
                               .order_by(Series.start)).all()
        return [_info(session, row) for row in rows]


def series_info(workspace: Workspace, series_id: uuid.UUID) -> SeriesInfo:
    """One series' description."""
    with workspace.session() as session:
        row = session.get(Series, series_id)
        if row is None or row.deleted:
            raise NotFoundError(Message("Series", QT_TRANSLATE_NOOP(
                "Series", "the series does not exist (it may have been deleted)")))
        return _info(session, row)


def _info(session, row: Series) -> SeriesInfo:
    from recp_audit.services.measurements import instrument_label

    tool = session.get(Instrument, row.instrument_id) if row.instrument_id else None
    channels = session.scalars(sa.select(SeriesChannel).where(
        SeriesChannel.series_id == row.id).order_by(SeriesChannel.position)).all()
    return SeriesInfo(
        row.id, row.point_id, row.name, row.source_name, instrument_label(tool) if tool else "",
        bool(tool) and calibration_overdue(tool.calibration_due, row.start.date()),
        (tool.accuracy_percent, tool.accuracy_absolute, tool.accuracy_unit) if tool
        else (None, None, ""),
        row.start, row.end, row.count, row.interval_s, dict(row.issues or {}),
        [ChannelInfo(c.id, c.name, c.quantity, c.unit, dict(c.stats or {})) for c in channels])


@dataclass(frozen=True)
class SeriesData:
    """A series with its samples: times in ms and one array per channel."""

    info: SeriesInfo
    times: np.ndarray
    values: list[np.ndarray]

    def summary(self, start_ms: float | None = None, end_ms: float | None = None,
                thresholds: dict[int, float] | None = None) -> list[dict[str, Any]]:
        """Channel statistics for the samples from `start_ms` to `end_ms` (all by default);
        `thresholds` sets the operating-hours threshold of channels by position."""
        part = stats.select(self.times, -np.inf if start_ms is None else start_ms,
                            np.inf if end_ms is None else end_ms)
        timeline = stats.Timeline(self.times[part], self.info.interval_s * 1000)
        thresholds = thresholds or {}
        return [channel_summary(timeline, values[part], channel.unit, channel.quantity,
                                thresholds.get(position))
                for position, (values, channel) in enumerate(
                    zip(self.values, self.info.channels))]


def load_series(workspace: Workspace, series_id: uuid.UUID) -> SeriesData:
    """A series and its samples, decompressed."""
    info = series_info(workspace, series_id)
    with workspace.session() as session:
        row = session.get(Series, series_id)
        times = columns.decode(session.get(Blob, row.time_blob).data, columns.TIMES_TYPE)
        keys = session.scalars(sa.select(SeriesChannel.blob_sha256).where(
            SeriesChannel.series_id == series_id).order_by(SeriesChannel.position)).all()
        values = [columns.decode(session.get(Blob, key).data, columns.VALUES_TYPE)
                  for key in keys]
    return SeriesData(info, times, values)


def issue_messages(issues: dict[str, Any]) -> list[Message]:
    """What an import found, one line each, in words (from `SeriesInfo.issues`)."""
    found = []
    for key, template in ISSUES.items():
        if issues.get(key):
            first = issues.get(f"{key}_first") or [""]
            found.append(Message("Series", template, {
                "count": issues[key], "hours": issues.get("gap_hours", 0),
                "first": " – ".join(first[0]) if isinstance(first[0], list) else first[0]}))
    return found


ISSUES = {
    "gaps": QT_TRANSLATE_NOOP("Series", "{count} gap(s), {hours} h without data, first "
                                        "{first}"),
    "duplicates": QT_TRANSLATE_NOOP("Series", "{count} repeated time stamp(s) dropped, "
                                              "first {first}"),
    "out_of_order": QT_TRANSLATE_NOOP("Series", "{count} time step(s) backwards, sorted; "
                                                "first {first}"),
    "skipped_rows": QT_TRANSLATE_NOOP("Series", "{count} bad row(s) skipped, first: {first}"),
    "not_finite": QT_TRANSLATE_NOOP("Series", "{count} value(s) left out (NaN, inf)"),
}


def rename_series(workspace: Workspace, series_id: uuid.UUID, name: str) -> None:
    """Give a series another name (its data never changes)."""
    with workspace.transaction() as session:
        row = session.get(Series, series_id)
        if row is None or row.deleted:
            raise NotFoundError(Message("Series", QT_TRANSLATE_NOOP(
                "Series", "the series does not exist (it may have been deleted)")))
        row.name = clean_text(Series, "name", name) or row.name


def plan_layout(path: Path, *, time_columns: list[str] | None = None,
                channels: list[str] | None = None, template: str | None = None,
                encoding: str | None = None, delimiter: str | None = None,
                sheet: str | None = None, skip_bad_rows: bool = False) -> Layout:
    """The layout for importing `path` without the dialog: the guess, or a saved template,
    overridden by columns named by header text or 1-based number and `column=unit`
    channel specs (a channel without `=unit` takes the unit from its header)."""
    from recp_audit.measure.importers import SeriesImportError
    from recp_audit.measure.layout import ChannelMap, read_sample, split_name_unit
    from recp_audit.measure.quantities import guess_quantity
    from recp_audit.services.import_templates import adapt, load_template

    sample = read_sample(path, encoding, delimiter, sheet)
    layout = sample.layout
    names = sample.column_names
    if template:
        layout = adapt(load_template(template), names)

    def column(reference: str) -> int:
        reference = reference.strip()
        if reference in names:
            return names.index(reference)
        if reference.isdigit() and 1 <= int(reference) <= len(names):
            return int(reference) - 1
        raise SeriesImportError(Message("SeriesImport", QT_TRANSLATE_NOOP(
            "SeriesImport", "{file} has no column \"{column}\" (its columns: {columns})"),
            {"file": path.name, "column": reference, "columns": ", ".join(names)}))
    if time_columns:
        layout.time_columns = [column(c) for c in time_columns]
    if channels:
        layout.channels = []
        for spec in channels:
            reference, _, unit = spec.partition("=")
            index = column(reference)
            name, header_unit = split_name_unit(names[index])
            unit = unit.strip() or header_unit
            layout.channels.append(ChannelMap(index, name, unit, guess_quantity(unit, name)))
    layout.skip_bad_rows = skip_bad_rows or layout.skip_bad_rows
    return layout
