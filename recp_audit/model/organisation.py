"""People, industrial parks and enterprises."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import Boolean, Enum, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recp_audit.choices import PersonRole
from recp_audit.model.base import Base, Versioned


def enum_column(enum_cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text (portable to PostgreSQL)."""
    return Enum(enum_cls, native_enum=False, length=32,
                values_callable=lambda members: [m.value for m in members])


class Person(Versioned, Base):
    """An auditor or enterprise contact."""

    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[PersonRole] = mapped_column(enum_column(PersonRole), default=PersonRole.EXPERT)
    email: Mapped[str] = mapped_column(String(200), default="")


class Park(Versioned, Base):
    """An industrial park or free economic zone grouping enterprises."""

    __tablename__ = "park"

    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    enterprises: Mapped[list[Enterprise]] = relationship(
        back_populates="park", order_by="Enterprise.name")


class Enterprise(Versioned, Base):
    """A company site that is audited; optionally a tenant of a park."""

    __tablename__ = "enterprise"

    park_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("park.id"), default=None, index=True)
    name: Mapped[str] = mapped_column(String(300))
    nace_code: Mapped[str] = mapped_column(String(8), default="")
    other_nace_codes: Mapped[str] = mapped_column(String(60), default="")  # "35.30; 37.00"
    national_code: Mapped[str] = mapped_column(String(16), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    employees: Mapped[int | None] = mapped_column(Integer, default=None)
    main_products: Mapped[str] = mapped_column(Text, default="")
    shifts: Mapped[int | None] = mapped_column(Integer, default=None)
    annual_output: Mapped[float | None] = mapped_column(Float, default=None)
    annual_output_unit: Mapped[str] = mapped_column(String(40), default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # never published

    park: Mapped[Park | None] = relationship(back_populates="enterprises")
    audits: Mapped[list["Audit"]] = relationship(  # noqa: UP037 - defined in model.audit
        back_populates="enterprise", order_by="Audit.period_start")
