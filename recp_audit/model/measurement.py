"""Instruments, measurement points, spot readings and imported logged series."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from recp_audit.choices import InstrumentKind, ResourceArea
from recp_audit.model.base import REFERENCE, Base, Versioned
from recp_audit.model.organisation import enum_column


class Instrument(Versioned, Base):
    """A portable instrument of the workspace's register, with its calibration dates.

    Accuracy is stated as instrument makers do: ±(percent of reading + absolute).
    """

    __tablename__ = "instrument"

    kind: Mapped[InstrumentKind] = mapped_column(enum_column(InstrumentKind),
                                                 default=InstrumentKind.OTHER)
    make: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    serial: Mapped[str] = mapped_column(String(100), default="")
    quantities: Mapped[list[str]] = mapped_column(JSON, default=list)
    accuracy_percent: Mapped[float | None] = mapped_column(Float, default=None)
    accuracy_absolute: Mapped[float | None] = mapped_column(Float, default=None)
    accuracy_unit: Mapped[str] = mapped_column(String(40), default="")
    calibrated_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    calibration_due: Mapped[dt.date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class MeasurementPoint(Versioned, Base):
    """The equipment or place measured in an audit ("Compressor K-2 feeder")."""

    __tablename__ = "measurement_point"

    audit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("audit.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    area: Mapped[ResourceArea] = mapped_column(enum_column(ResourceArea),
                                               default=ResourceArea.ENERGY)
    notes: Mapped[str] = mapped_column(Text, default="")


class Reading(Versioned, Base):
    """One spot reading at a point: quantity, value with unit, time and instrument.

    `uncertainty` is what the expert gave; when empty it follows from the
    instrument's accuracy (measure.instruments.uncertainty).
    """

    __tablename__ = "reading"

    point_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("measurement_point.id"), index=True)
    quantity: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40))
    taken: Mapped[dt.datetime] = mapped_column(DateTime)
    instrument_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("instrument.id"), default=None, index=True, info=REFERENCE)
    uncertainty: Mapped[float | None] = mapped_column(Float, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class Series(Versioned, Base):
    """A logged time series imported from an instrument file; its data never changes.

    Timestamps (wall-clock milliseconds, delta-encoded) live compressed in a blob;
    `issues` keeps what the import found (gaps, duplicates, reordering, skipped rows).
    """

    __tablename__ = "series"

    point_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("measurement_point.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    instrument_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("instrument.id"), default=None, index=True, info=REFERENCE)
    template: Mapped[str] = mapped_column(String(200), default="")
    imported: Mapped[dt.datetime] = mapped_column(DateTime)
    start: Mapped[dt.datetime] = mapped_column(DateTime)
    end: Mapped[dt.datetime] = mapped_column(DateTime)
    count: Mapped[int] = mapped_column(Integer)
    interval_s: Mapped[float] = mapped_column(Float)
    time_blob: Mapped[str] = mapped_column(String(64), ForeignKey("blob.sha256"))
    issues: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SeriesChannel(Versioned, Base):
    """One channel of a series: quantity, unit, compressed values and their statistics."""

    __tablename__ = "series_channel"

    series_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("series.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(40))
    blob_sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blob.sha256"))
    stats: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
