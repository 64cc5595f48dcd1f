"""Photos are decoded in full before they are stored: a half-copied JPEG and a
decompression bomb are refused in one line, a big picture is reduced to MAX_SIDE, and
a damaged photo already stored never stops the assessment report."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
import sqlalchemy as sa
from PIL import Image

from recp_audit.messages import ValidationError
from recp_audit.model import Audit, Blob, MeasurementPoint, Photo
from recp_audit.services import photos, records, reports


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(out, "JPEG", quality=90)
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height` pixels and holds almost nothing."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.fixture
def point(workspace):
    from recp_audit.model import Enterprise

    firm = records.create(workspace, Enterprise, {"name": "Dairy"})
    audit = records.create(workspace, Audit, {"title": "2026", "enterprise_id": firm})
    return records.create(workspace, MeasurementPoint, {"name": "Boiler", "audit_id": audit})


def stored(workspace) -> int:
    with workspace.session() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(Photo))


@pytest.mark.parametrize("data, name", [
    (jpeg(640, 480)[:3000], "half.jpg"),
    (png_header(100_000, 100_000), "bomb.png"),
    (b"\xff\xd8\xff" + b"\x00" * 100, "header-only.jpg"),
])
def test_pictures_that_cannot_be_decoded_in_full_are_refused_in_one_line(workspace, point,
                                                                           data, name):
    with pytest.raises(ValidationError) as caught:
        photos.add_photo(workspace, point, data, name)
    assert name in str(caught.value) and "\n" not in str(caught.value)
    assert stored(workspace) == 0


def test_a_big_picture_is_reduced_to_max_side_whatever_its_size(workspace, point):
    photo_id = photos.add_photo(workspace, point, jpeg(6000, 3000), "wall.jpg")
    with workspace.session() as session:
        data = session.get(Blob, session.get(Photo, photo_id).blob_sha256).data
    assert Image.open(io.BytesIO(data)).size == (photos.MAX_SIDE, photos.MAX_SIDE // 2)
    small = jpeg(800, 600)
    assert photos.prepare_photo(small, "small.jpg") == (small, False)


def test_a_caption_with_a_nul_is_refused_naming_the_field(workspace, point):
    with pytest.raises(ValidationError, match=r"Caption: invalid character \(U\+0000\)"):
        photos.add_photo(workspace, point, jpeg(10, 10), "a.jpg", caption="a\x00b")


def test_the_report_skips_a_stored_photo_that_is_cut_short(demo, tmp_path):
    from recp_audit.model import Enterprise
    from tests.reports.test_pdf import text_of

    with demo.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
        point = session.scalar(sa.select(MeasurementPoint.id).where(
            MeasurementPoint.audit_id == audit))
    photos.add_photo(demo, point, jpeg(300, 200), "boiler.jpg")
    with demo.transaction() as session:  # damaged after it was stored (an old version)
        for blob in session.scalars(sa.select(Blob).where(Blob.media_type == "image/jpeg")):
            blob.data = blob.data[:len(blob.data) // 2]
    path = reports.export_pdf(demo, audit, tmp_path / "photos.pdf", "en")
    assert "Photo boiler.jpg cannot be shown" in text_of(path)
