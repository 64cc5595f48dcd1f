"""Photos attached to records, their bytes stored once by SHA-256.

The same picture attached twice (or merged in from another expert's file)
takes its space once. Only common image formats are accepted, up to
`MAX_PHOTO_BYTES`; the GUI scales larger pictures down before adding them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from pathlib import Path

import sqlalchemy as sa

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError, ValidationError
from recp_audit.model import Blob, Photo
from recp_audit.store.db import Workspace

MAX_PHOTO_BYTES = 8 * 1024 * 1024
SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"),
)


@dataclasses.dataclass(frozen=True)
class PhotoInfo:
    """A photo's record (its bytes are read separately with `photo_bytes`)."""

    id: uuid.UUID
    sha256: str
    file_name: str
    caption: str
    size: int


def media_type(data: bytes) -> str | None:
    """The image type of `data` from its first bytes, or None if it is not an image."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def check_photo(data: bytes, file_name: str) -> str:
    """The media type of an acceptable photo; ValidationError naming the file otherwise."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError("photo", Message("Photos", QT_TRANSLATE_NOOP(
            "Photos", "{file} is {size:.1f} MB; a photo can be at most {limit:.0f} MB. "
            "Reduce its size and add it again."),
            {"file": file_name, "size": len(data) / 2**20, "limit": MAX_PHOTO_BYTES / 2**20}))
    kind = media_type(data)
    if kind is None:
        raise ValidationError("photo", Message("Photos", QT_TRANSLATE_NOOP(
            "Photos", "{file} is not a picture in a known format (JPEG, PNG, GIF, BMP, TIFF, "
            "WebP)."), {"file": file_name}))
    return kind


def add_photo(workspace: Workspace, owner_id: uuid.UUID, data: bytes, file_name: str,
              caption: str = "") -> uuid.UUID:
    """Attach a picture to the record `owner_id`; the bytes are stored once."""
    kind = check_photo(data, file_name)
    digest = hashlib.sha256(data).hexdigest()
    with workspace.transaction() as session:
        if session.get(Blob, digest) is None:
            session.add(Blob(sha256=digest, media_type=kind, size=len(data), data=data))
        photo = Photo(owner_id=owner_id, blob_sha256=digest, file_name=Path(file_name).name,
                      caption=caption, added=dt.datetime.now().replace(microsecond=0))
        session.add(photo)
        session.flush()
        return photo.id


def photos_of(workspace: Workspace, owner_id: uuid.UUID) -> list[PhotoInfo]:
    """The photos attached to `owner_id`, oldest first."""
    with workspace.session() as session:
        rows = session.execute(sa.select(Photo, Blob.size).join(
            Blob, Blob.sha256 == Photo.blob_sha256).where(Photo.owner_id == owner_id).order_by(
            Photo.added, Photo.id))
        return [PhotoInfo(photo.id, photo.blob_sha256, photo.file_name, photo.caption, size)
                for photo, size in rows]


def photo_bytes(workspace: Workspace, sha256: str) -> bytes:
    """The stored bytes of a photo."""
    with workspace.session() as session:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise NotFoundError(Message("Photos", QT_TRANSLATE_NOOP(
                "Photos", "The picture {hash} is missing from the workspace."),
                {"hash": sha256[:12]}))
        return blob.data


def remove_photo(workspace: Workspace, photo_id: uuid.UUID) -> None:
    """Detach a photo (a tombstone; the bytes stay for other records and merges)."""
    with workspace.transaction() as session:
        photo = session.get(Photo, photo_id)
        if photo is not None:
            photo.deleted = True
