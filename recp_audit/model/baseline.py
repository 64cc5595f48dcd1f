"""The baseline of an audit: monthly resource use, releases and production, and tariffs."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, Float, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from recp_audit.choices import DataSource, ResourceKind
from recp_audit.model.base import Base, Versioned
from recp_audit.model.organisation import enum_column


class BaselineEntry(Versioned, Base):
    """One month of one resource, stream or product: quantity with unit, cost, source.

    `item` names what exactly (a water source, a fuel, a product, a waste type);
    `factor_key` ties a fuel to its emission factors (natural_gas, peat ...).
    """

    __tablename__ = "baseline_entry"

    audit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("audit.id"), index=True)
    kind: Mapped[ResourceKind] = mapped_column(enum_column(ResourceKind))
    item: Mapped[str] = mapped_column(String(200), default="")
    month: Mapped[dt.date] = mapped_column(Date)
    quantity: Mapped[float | None] = mapped_column(Float, default=None)
    unit: Mapped[str] = mapped_column(String(40), default="")
    cost: Mapped[float | None] = mapped_column(Float, default=None)
    currency: Mapped[str] = mapped_column(String(3), default="")
    source: Mapped[DataSource] = mapped_column(enum_column(DataSource), default=DataSource.METER)
    ewc_code: Mapped[str] = mapped_column(String(12), default="")
    factor_key: Mapped[str] = mapped_column(String(40), default="")


class Tariff(Versioned, Base):
    """The price of a resource for an audit: `price` `currency` per `unit`."""

    __tablename__ = "tariff"

    audit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("audit.id"), index=True)
    kind: Mapped[ResourceKind] = mapped_column(enum_column(ResourceKind))
    item: Mapped[str] = mapped_column(String(200), default="")
    price: Mapped[float] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3), default="BYN")
    unit: Mapped[str] = mapped_column(String(40), default="")
