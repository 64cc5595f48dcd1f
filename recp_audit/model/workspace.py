"""Per-file tables that are never merged: the file's identity and the version log."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from recp_audit.model.base import Base


class WorkspaceMeta(Base):
    """Key/value facts about this workspace file (its id, when it was created)."""

    __tablename__ = "workspace_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))


class RowVersion(Base):
    """One saved version of one mergeable row; the merge unions these logs."""

    __tablename__ = "row_version"

    revision: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    parents: Mapped[list[str]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(24))
    origin: Mapped[uuid.UUID] = mapped_column(Uuid)
    author: Mapped[str] = mapped_column(String(200))
    deleted: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    resolved: Mapped[list[str]] = mapped_column(JSON, default=list)  # fields a resolution settles
    login: Mapped[str | None] = mapped_column(String(200), nullable=True)  # set by a server


class MergeConflict(Base):
    """A field two copies changed differently (or an edit against a deletion), derived
    from the version log at each merge; gone once a resolution version joins the heads."""

    __tablename__ = "merge_conflict"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    values: Mapped[dict[str, Any]] = mapped_column(JSON)  # writing revision -> value


class MergeReceipt(Base):
    """What one merge brought into this file, per entity kind (the workspace history)."""

    __tablename__ = "merge_receipt"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    merged_at: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(1000))
    source_id: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(200))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
