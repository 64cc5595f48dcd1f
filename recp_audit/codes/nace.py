"""NACE Rev. 2.1 activities and the mapping of national OKED/OKVED codes onto them.

Belarus' OKED (5 digits, e.g. ``10510``) and Russia's OKVED (``10.51.1``) are
built on NACE Rev. 2, so their leading digits name the NACE division, group
and class: ``10510`` -> class ``10.51`` "Operation of dairies and cheese making".
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from recp_audit.paths import resource_path

NACE_FILE = ("data", "nace_rev2_1.csv")
_NACE_PATTERN = re.compile(r"^(?:[A-U]|\d{2}(?:\.\d{1,2})?)$")
_NATIONAL_PATTERN = re.compile(r"^\d{2}(?:\.?\d){0,5}$")


@dataclass(frozen=True)
class Activity:
    """One NACE entry: section (letter), division, group or class."""

    code: str
    parent: str
    level: int
    name: str


@functools.cache
def activities() -> dict[str, Activity]:
    """All NACE Rev. 2.1 entries by code."""
    with resource_path(*NACE_FILE).open(encoding="utf-8", newline="") as handle:
        return {row["code"]: Activity(row["code"], row["parent"], int(row["level"]), row["name"])
                for row in csv.DictReader(handle)}


def normalise_nace(text: str) -> str:
    """Usual spellings of a NACE code to the list's form: ``1051`` or ``10,51`` -> ``10.51``."""
    code = text.strip().upper().replace(",", ".").replace(" ", "")
    if code.isdigit() and len(code) > 2:
        code = f"{code[:2]}.{code[2:]}"
    return code


def lookup(code: str) -> Activity | None:
    """The NACE entry for `code` (any usual spelling), or None."""
    code = normalise_nace(code)
    return activities().get(code) if _NACE_PATTERN.match(code) else None


def national_to_nace(code: str) -> Activity | None:
    """The most specific NACE entry an OKED/OKVED code maps to, or None."""
    code = code.strip()
    if not _NATIONAL_PATTERN.match(code):
        return None
    digits = code.replace(".", "")
    for length in (4, 3, 2):
        if len(digits) >= length:
            candidate = digits[:2] if length == 2 else f"{digits[:2]}.{digits[2:length]}"
            found = activities().get(candidate)
            if found:
                return found
    return None
