"""Declarative base, UUIDv7 ids and the columns every mergeable row carries."""

from __future__ import annotations

import uuid
from typing import Any

import uuid6
from sqlalchemy import JSON, Boolean, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """A time-ordered UUID (version 7) so ids from different laptops never collide."""
    return uuid6.uuid7()


class Base(DeclarativeBase):
    """Base of every mapped class; constraint names are stable for batch migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# The `info` of a foreign key that only refers to a record (a reading's instrument)
# rather than belonging to it: deleting the record referred to leaves the row alive.
REFERENCE = {"reference": True}

VERSION_COLUMNS = ("id", "revision", "parents", "hlc", "origin", "author", "deleted")


class Versioned:
    """Mixin for mergeable entities: identity plus the metadata of the current version.

    `revision` is the content hash of this version, `parents` the revisions it was
    made from, `hlc` its hybrid-logical-clock stamp, `origin` the id of the
    workspace file where it was made, `author` who made it, `deleted` a tombstone.
    The flush hook in `model.versioning` fills them and logs every version.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=new_id)
    revision: Mapped[str] = mapped_column(String(64), default="")
    parents: Mapped[list[str]] = mapped_column(JSON, default=list)
    hlc: Mapped[str] = mapped_column(String(24), default="")
    origin: Mapped[uuid.UUID] = mapped_column(Uuid)
    author: Mapped[str] = mapped_column(String(200), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    def field_values(self) -> dict[str, Any]:
        """The entity's own fields (no version metadata), as stored."""
        from sqlalchemy import inspect

        return {
            attr.key: getattr(self, attr.key)
            for attr in inspect(type(self)).column_attrs
            if attr.key not in VERSION_COLUMNS
        }
