"""Belarusian national waste codes («Классификатор отходов, образующихся в Республике
Беларусь»): seven digits, the first naming the block, the second the section, the third
the group (``1170200``: block 1, section 1, group 7).

Two partial tables are shipped (see ``resources/data/README.md``):

- ``by_waste_codes.csv``: codes seen in a published source, with their names as
  published, the hazard class where shown, and the project's own reviewed EWC
  counterpart (``ewc``: a code such as ``02 03 04`` or a sub-chapter such as
  ``16 08``; empty when no single entry corresponds). Not an official concordance.
- ``by_waste_groups.csv``: published block/section/group names by leading digits.

A well-formed code missing from the tables is a real code the project has not
listed: ``read_code`` accepts it, ``name`` and ``ewc_for`` answer "" for it.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from recp_audit.paths import resource_path

CODES_FILE = ("data", "by_waste_codes.csv")
GROUPS_FILE = ("data", "by_waste_groups.csv")
DIGITS = 7
_SEPARATORS = re.compile(r"[\s\u00a0\u202f\-\u2010-\u2015.]")


@dataclass(frozen=True)
class NationalWaste:
    """One listed code of the national classifier."""

    code: str          # "9120400"
    name: str          # as published
    hazard_class: str  # "1"-"4", "неопасные", "*" (set per process) or "" (not shown)
    ewc: str           # reviewed EWC counterpart ("20 03 01", "16 08") or ""
    basis: str
    source: str


@functools.cache
def codes() -> dict[str, NationalWaste]:
    """Every listed code by its seven digits."""
    with resource_path(*CODES_FILE).open(encoding="utf-8", newline="") as handle:
        return {row["code"]: NationalWaste(row["code"], row["name_ru"], row["hazard_class"],
                                           row["ewc"], row["basis"], row["source"])
                for row in csv.DictReader(handle)}


@functools.cache
def groups() -> dict[str, str]:
    """Published block, section and group names by their leading digits."""
    with resource_path(*GROUPS_FILE).open(encoding="utf-8", newline="") as handle:
        return {row["prefix"]: row["name_ru"] for row in csv.DictReader(handle)}


def read_code(value: Any) -> str | None:
    """Seven digits from a code as typed (``9120400``, ``912 04 00``, ``912-04-00``, an
    Excel number ``9120400.0``), or None when it is not a national waste code."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            return None
        text = str(int(value))
    else:
        text = _SEPARATORS.sub("", str(value).strip().replace(",", "."))
        whole = re.fullmatch(r"(\d+)\.0+", str(value).strip().replace(",", "."))
        if whole:  # "9120400.0": an Excel number written out as text
            text = whole.group(1)
    return text if len(text) == DIGITS and text.isascii() and text.isdigit() else None


def lookup(value: Any) -> NationalWaste | None:
    """The listed entry for a code in any usual spelling, or None."""
    code = read_code(value)
    return codes().get(code) if code else None


def name(value: Any) -> str:
    """The published name of a listed code, or ""."""
    entry = lookup(value)
    return entry.name if entry else ""


def ewc_for(value: Any) -> str:
    """The reviewed EWC counterpart (code or sub-chapter) of a listed code, or ""."""
    entry = lookup(value)
    return entry.ewc if entry else ""


def group(value: Any) -> str:
    """The name of the most specific published block, section or group of a code, or ""."""
    code = read_code(value)
    if not code:
        return ""
    table = groups()
    for length in (3, 2, 1):
        if code[:length] in table:
            return table[code[:length]]
    return ""
