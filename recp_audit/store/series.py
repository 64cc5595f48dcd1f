"""Columnar storage of logged series: one compressed numpy array per blob.

Values are float64 (NaN where the instrument logged nothing); timestamps are
int64 milliseconds, delta-encoded so a regular logger interval compresses to
almost nothing. Compression is Zstandard through pyarrow.
"""

from __future__ import annotations

import hashlib
import struct

import numpy as np

VALUES_TYPE = "application/x-recp-float64-zstd"
TIMES_TYPE = "application/x-recp-int64-delta-zstd"
_HEADER = struct.Struct("<4sQ")  # magic, item count
_MAGIC = {VALUES_TYPE: b"RF8Z", TIMES_TYPE: b"RI8D"}


class SeriesDataError(ValueError):
    """A stored series blob that is not what this program wrote."""


def encode(array: np.ndarray, media_type: str) -> bytes:
    """`array` as compressed bytes of `media_type` (header: magic and length)."""
    import pyarrow as pa

    if media_type == TIMES_TYPE:
        data = np.diff(np.asarray(array, dtype=np.int64), prepend=np.int64(0))
    else:
        data = np.ascontiguousarray(array, dtype=np.float64)
    body = pa.compress(data, codec="zstd", asbytes=True) if len(data) else b""
    return _HEADER.pack(_MAGIC[media_type], len(data)) + body


def decode(blob: bytes, media_type: str) -> np.ndarray:
    """The array `encode` wrote (read-only)."""
    import pyarrow as pa

    if len(blob) < _HEADER.size:
        raise SeriesDataError("series blob too short")
    magic, count = _HEADER.unpack_from(blob)
    if magic != _MAGIC[media_type]:
        raise SeriesDataError(f"series blob is not {media_type}")
    if count == 0:
        return np.empty(0, dtype=np.int64 if media_type == TIMES_TYPE else np.float64)
    raw = pa.decompress(blob[_HEADER.size:], decompressed_size=count * 8, codec="zstd",
                        asbytes=True)
    if media_type == TIMES_TYPE:
        array = np.cumsum(np.frombuffer(raw, dtype=np.int64))
    else:
        array = np.frombuffer(raw, dtype=np.float64)
    array.flags.writeable = False
    return array


def digest(blob: bytes) -> str:
    """The content hash a blob is stored under."""
    return hashlib.sha256(blob).hexdigest()
