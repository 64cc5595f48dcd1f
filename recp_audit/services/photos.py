"""Photos attached to records, their bytes stored once by SHA-256.

The same picture attached twice (or merged in from another expert's file)
takes its space once. Only common image formats are accepted, up to
`MAX_PHOTO_BYTES`. Every picture is decoded in full before it is stored (a
half-copied JPEG is refused, not found later by the report), one larger than
`MAX_SIDE` pixels is reduced, and one claiming more than `MAX_PIXELS` pixels (a
decompression bomb) is refused.
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
from recp_audit.model.validation import clean_text
from recp_audit.store.db import Workspace

MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_SIDE = 2560  # pixels: plenty for a report page, a tenth of a camera original's bytes
MAX_PIXELS = 180_000_000  # Pillow's bomb limit (twice its warning); a 144 MP scan passes
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


def decoded(data: bytes):
    """The picture in `data` decoded in full (a PIL image), or None when it is damaged,
    cut short or claims more than `MAX_PIXELS` pixels."""
    import io
    import warnings

    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                return None
            if image.format == "JPEG":  # decode at the smallest scale that keeps MAX_SIDE
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))
            image.load()
            return ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError,
            MemoryError):
        return None


def prepare_photo(data: bytes, file_name: str) -> tuple[bytes, bool]:
    """The bytes to store for a picture, and whether it was reduced to `MAX_SIDE`;
    ValidationError naming the file when it cannot be a photo."""
    import io

    if media_type(data) is None:
        check_photo(data, file_name)  # names the formats accepted
    image = decoded(data)
    if image is None:
        raise ValidationError("photo", Message("Photos", QT_TRANSLATE_NOOP(
            "Photos", "{file} cannot be read as a picture: it is damaged, cut short or "
                      "too large (at most {limit} megapixels)"),
            {"file": file_name, "limit": MAX_PIXELS // 1_000_000}))
    if max(image.size) <= MAX_SIDE and len(data) <= MAX_PHOTO_BYTES:
        return data, False
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    if image.mode in ("RGBA", "LA", "P"):
        image.save(out, "PNG", optimize=True)
    else:
        image.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue(), True


def add_photo(workspace: Workspace, owner_id: uuid.UUID, data: bytes, file_name: str,
              caption: str = "") -> uuid.UUID:
    """Attach a picture to the record `owner_id` (decoded in full and reduced to
    `MAX_SIDE` first); the bytes are stored once."""
    data, _ = prepare_photo(data, file_name)
    kind = check_photo(data, file_name)
    name = clean_text(Photo, "file_name", Path(file_name).name)
    caption = clean_text(Photo, "caption", caption)
    digest = hashlib.sha256(data).hexdigest()
    with workspace.transaction() as session:
        if session.get(Blob, digest) is None:
            session.add(Blob(sha256=digest, media_type=kind, size=len(data), data=data))
        photo = Photo(owner_id=owner_id, blob_sha256=digest, file_name=name,
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
