"""The European Waste Catalogue (EWC, Commission Decision 2000/532/EC as amended) shipped
in `resources/data/ewc_list_of_waste.csv`: entries, hazard flags, and search by code or
words."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from recp_audit.paths import resource_path

EWC_FILE = ("data", "ewc_list_of_waste.csv")


@dataclass(frozen=True)
class WasteCode:
    """One six-digit entry of the list."""

    code: str          # "10 01 02" or "10 01 04*"
    hazardous: bool
    chapter: str       # "10"
    chapter_name: str
    subchapter: str    # "10 01"
    subchapter_name: str
    description: str


@functools.cache
def codes() -> dict[str, WasteCode]:
    """Every entry by its code as written in the list (with `*` when hazardous)."""
    with resource_path(*EWC_FILE).open(encoding="utf-8", newline="") as handle:
        return {row["code"]: WasteCode(row["code"], row["hazardous"] == "1", row["chapter_code"],
                                       row["chapter"], row["subchapter_code"], row["subchapter"],
                                       row["description"])
                for row in csv.DictReader(handle)}


def normalise(text: str) -> str:
    """`100102`, `10-01-02` or `10 01 02 *` as the list writes it: `10 01 02` / `10 01 04*`."""
    raw = "".join(ch for ch in str(text) if ch.isdigit() or ch == "*")
    digits = raw.replace("*", "")
    if len(digits) != 6:
        return str(text).strip()
    return f"{digits[:2]} {digits[2:4]} {digits[4:]}{'*' if '*' in raw else ''}"


def lookup(text: str) -> WasteCode | None:
    """The entry for a code in any usual spelling; a missing `*` is found too."""
    code = normalise(text)
    table = codes()
    return table.get(code) or table.get(code + "*") or table.get(code.rstrip("*"))


def search(text: str, limit: int = 30) -> list[WasteCode]:
    """Entries whose code starts with `text`, or whose description or (sub)chapter names
    contain every word of it (case-insensitive)."""
    text = text.strip()
    if not text:
        return []
    compact = "".join(ch for ch in text if ch.isdigit())
    if compact and len(compact) == len(text.replace(" ", "").replace("*", "")):
        found = [entry for code, entry in codes().items()
                 if code.replace(" ", "").replace("*", "").startswith(compact)]
        return found[:limit]
    words = text.lower().split()
    found = [entry for entry in codes().values()
             if all(word in f"{entry.description} {entry.subchapter_name} "
                            f"{entry.chapter_name}".lower() for word in words)]
    return found[:limit]
