"""NACE economic activities in both revisions, and OKED/OKVED codes read exactly.

Two lists are shipped (levels 1-4: section, division, group, class):

- NACE Rev. 2 (``resources/data/nace_rev2.csv``, 996 entries). Belarus' OKED
  (5 digits, ``10510``) and Russia's OKVED (``10.51.1``) are built on it: their
  first four digits name a NACE Rev. 2 class, ``10510`` -> ``10.51``.
- NACE Rev. 2.1 (``resources/data/nace_rev2_1.csv``, 1047 entries), the
  revision the program stores as an enterprise's ``nace_code``.

API (every function is pure and cached; nothing here raises on bad input)

``activities(revision)`` / ``lookup(code, revision)``
    The whole list, or one entry in any usual spelling (``1051``, ``10,51``).
    ``revision`` is ``REV2`` ("2") or ``REV2_1`` ("2.1", the default, as before).
``read_code(value)`` -> ``Reading``
    A code *as typed*, in a survey cell or a field: text or an Excel number
    (``1460``, ``1460.0``, ``1.5``). It is read as NACE Rev. 2 / OKED / OKVED and
    says what it repaired in ``warning`` (a translatable ``Message``, context
    "Codes") or, when two codes fit, leaves ``activity`` empty and lists both
    in ``candidates`` (``needs_answer``): the caller asks the user. A code is
    never silently read as a different one.
``national_to_nace(code, revision)``
    An OKED/OKVED code written as text (``01460``, ``16.10.1``): the most
    specific NACE Rev. 2 entry it names (``revision=REV2``), or by default (as
    before) ``nearest_rev2_1`` of that entry. Digits naming no Rev. 2 entry give
    None (``1460`` is not division 14: ``read_code`` repairs it with a warning).
``rev2_to_rev2_1(code)`` -> tuple of Rev. 2.1 entries
    Every Rev. 2.1 entry Eurostat links a Rev. 2 code to, one-to-many links
    as all candidates (16.29 -> 15.20, 16.26, 16.27, 16.28); empty when unknown.
``nearest_rev2_1(code)``
    One Rev. 2.1 entry for a Rev. 2 code when a single one is needed: its only
    link, or the link that kept the same code (28 -> 28, although parts of 28
    went to 26-30); else the same for its group, division, section (16.10 ->
    16.1, 16.29 -> 16.2, 38.32 -> 38). Use ``rev2_to_rev2_1`` to show or ask.

Suggested use in an import: ``reading = read_code(cell)``; report
``reading.warning`` (naming row and column); when ``reading.needs_answer``
ask between ``reading.candidates``; keep ``reading.code`` as the national /
Rev. 2 code and store ``nearest_rev2_1(reading.code)`` (or the user's pick
among ``rev2_to_rev2_1(reading.code)``) as the Rev. 2.1 ``nace_code``.
A Rev. 2 code must not be looked up in Rev. 2.1 first: 38.32 is "Recovery of
sorted materials" in Rev. 2 and "Landfilling or permanent storage" in Rev. 2.1.

What is repaired and what is asked (``read_code``)
- A leading zero lost by Excel: ``1460`` / ``1460.0`` -> OKED ``01460`` = 01.46
  (warned), ``1.46`` -> 01.46, ``146`` -> 01.46, ``1`` -> 01 (all warned).
- Trailing zeros cut by number formatting: ``16.1`` typed as a number is class
  16.10, the only class of group 16.1 (warned); ``16.2`` names group 16.2
  whose several classes it may have been cut from (kept as the group, warned).
- A number that fits two codes is asked: ``1610`` is NACE 16.10 written
  without its dot or OKED ``01610`` (01.61) without its zero.
- Text with its leading zero is exact and not warned: ``01460``, ``01.46``,
  ``01.46.1``, ``10.51``. A class missing from NACE Rev. 2 falls back to its
  group or division with a warning.

Rev. 2 -> Rev. 2.1 correspondence
    Eurostat's correspondence table NACE Rev. 2 - NACE Rev. 2.1
    (``resources/data/nace_rev2_to_rev2_1.csv``, 1570 links at all four levels):
    01.50 -> 01.50 and 10.51 -> 10.51 unchanged; 16.10 -> 16.11, 16.12;
    16.29 -> 15.20, 16.26, 16.27, 16.28; 62.01 -> 62.10; 38.32 -> 20.16, 38.21;
    section K -> L. A one-to-many link gives every target.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from recp_audit.messages import QT_TRANSLATE_NOOP, Message
from recp_audit.paths import resource_path

REV2 = "2"
REV2_1 = "2.1"
NACE_FILE = ("data", "nace_rev2_1.csv")
NACE_FILES = {REV2: ("data", "nace_rev2.csv"), REV2_1: NACE_FILE}
CORRESPONDENCE_FILE = ("data", "nace_rev2_to_rev2_1.csv")
_NACE_PATTERN = re.compile(r"^(?:[A-V]|\d{2}(?:\.\d{1,2})?)$")
_NATIONAL_PATTERN = re.compile(r"^\d{2}(?:\.?\d){0,5}$")
CONTEXT = "Codes"


@dataclass(frozen=True)
class Activity:
    """One NACE entry: section (letter), division, group or class."""

    code: str
    parent: str
    level: int
    name: str
    revision: str = REV2_1


@functools.cache
def activities(revision: str = REV2_1) -> dict[str, Activity]:
    """All entries of NACE Rev. 2.1 (default) or Rev. 2 by code."""
    with resource_path(*NACE_FILES[revision]).open(encoding="utf-8", newline="") as handle:
        return {row["code"]: Activity(row["code"], row["parent"], int(row["level"]),
                                      row["name"], revision)
                for row in csv.DictReader(handle)}


def normalise_nace(text: str) -> str:
    """Usual spellings of a NACE code to the list's form: ``1051`` or ``10,51`` -> ``10.51``."""
    code = text.strip().upper().replace(",", ".").replace(" ", "")
    if code.isdigit() and len(code) > 2:
        code = f"{code[:2]}.{code[2:]}"
    return code


def lookup(code: str, revision: str = REV2_1) -> Activity | None:
    """The NACE entry for `code` (any usual spelling) in `revision`, or None."""
    code = normalise_nace(code)
    return activities(revision).get(code) if _NACE_PATTERN.match(code) else None


def _digits_to_code(digits: str) -> str:
    """``0146`` -> ``01.46``, ``014`` -> ``01.4``, ``01`` -> ``01`` (at most a class)."""
    digits = digits[:4]
    return digits if len(digits) <= 2 else f"{digits[:2]}.{digits[2:]}"


def _most_specific(digits: str, revision: str) -> Activity | None:
    table = activities(revision)
    for length in (4, 3, 2):
        if len(digits) >= length:
            found = table.get(_digits_to_code(digits[:length]))
            if found:
                return found
    return None


def national_to_nace(code: str, revision: str = REV2_1) -> Activity | None:
    """The NACE entry an OKED/OKVED code written as text names, or None.

    The code is read as NACE Rev. 2 by its leading digits (``10510`` -> 10.51,
    ``16.10.1`` -> 16.10); with ``revision=REV2_1`` the result is
    ``nearest_rev2_1`` of that entry (16.10 -> 16.1, 10.51 -> 10.51). Digits that
    name no Rev. 2 entry give None rather than a shorter code: ``1460`` (OKED
    01460 without its zero) is not read as division 14; ``read_code`` repairs it."""
    code = str(code).strip()
    if not _NATIONAL_PATTERN.match(code):
        return None
    found = activities(REV2).get(_digits_to_code(code.replace(".", "")))
    if found is None or revision == REV2:
        return found
    return nearest_rev2_1(found.code)


# --- Rev. 2 -> Rev. 2.1 ---------------------------------------------------------------

@functools.cache
def correspondence() -> dict[str, tuple[str, ...]]:
    """Eurostat's links: each NACE Rev. 2 code -> its NACE Rev. 2.1 codes, in table order."""
    table: dict[str, list[str]] = {}
    with resource_path(*CORRESPONDENCE_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["rev2"]:  # 46.89 is new in Rev. 2.1 and has no Rev. 2 source
                table.setdefault(row["rev2"], []).append(row["rev2_1"])
    return {code: tuple(dict.fromkeys(targets)) for code, targets in table.items()}


def rev2_to_rev2_1(code: str) -> tuple[Activity, ...]:
    """Every NACE Rev. 2.1 entry a NACE Rev. 2 code (any usual spelling) is linked to by
    Eurostat's table; one-to-many links give all candidates, an unknown code none."""
    entry = lookup(code, REV2)
    if entry is None:
        return ()
    new = activities(REV2_1)
    return tuple(new[target] for target in correspondence().get(entry.code, ()))


def nearest_rev2_1(code: str) -> Activity | None:
    """One NACE Rev. 2.1 entry Eurostat links a Rev. 2 code (or its nearest ancestor) to.

    At each level up from the code: its only link, or the link that kept its code
    (28 -> 28 although parts went to 26-30); 16.10 -> 16.11, 16.12 gives 16.1."""
    entry = lookup(code, REV2)
    old = activities(REV2)
    while entry is not None:
        found = rev2_to_rev2_1(entry.code)
        same = [target for target in found if target.code == entry.code]
        if len(found) == 1 or same:
            return same[0] if same else found[0]
        entry = old.get(entry.parent)
    return None


# --- codes as typed -------------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """What a typed code was read as (NACE Rev. 2), and what the user must be told."""

    typed: str
    activity: Activity | None = None
    candidates: tuple[Activity, ...] = ()
    warning: Message | None = None

    @property
    def code(self) -> str:
        """The NACE Rev. 2 code read, or "" when nothing (or not yet) was read."""
        return self.activity.code if self.activity else ""

    @property
    def needs_answer(self) -> bool:
        """Two or more codes fit: ask which (``candidates``) instead of choosing."""
        return self.activity is None and len(self.candidates) > 1


def _message(template: str, **params: Any) -> Message:
    return Message(CONTEXT, template, params)


def _as_text(value: Any) -> tuple[str, bool]:
    """The typed value as text and whether it arrived as a number (from Excel)."""
    if isinstance(value, bool) or value is None:
        return ("" if value is None else str(value)), False
    if isinstance(value, int):
        return str(value), True
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value), True
        if value == int(value):
            return str(int(value)), True
        return f"{round(value, 6):.6f}".rstrip("0").rstrip("."), True
    text = str(value).strip().replace(",", ".").replace(" ", "")
    if re.fullmatch(r"\d+\.0+", text):  # "1460.0": a number written out as text
        return text.split(".")[0], True
    return text, False


def _only_class(group: Activity) -> Activity | None:
    children = [entry for entry in activities(REV2).values() if entry.parent == group.code]
    return children[0] if len(children) == 1 else None


def _unknown(typed: str) -> Reading:
    return Reading(typed, warning=_message(QT_TRANSLATE_NOOP(
        "Codes", "\"{typed}\" is not a NACE Rev. 2 or OKED/OKVED code"), typed=typed))


def _digit_readings(digits: str) -> list[tuple[Activity, bool]]:
    """Entries a run of digits names exactly: as written, and with a lost leading zero."""
    table = activities(REV2)
    found: list[tuple[Activity, bool]] = []
    for text, repaired in ((digits, False), ("0" + digits, True)):
        if repaired and digits.startswith("0"):
            continue
        if len(text) == 3:  # a group never comes as 3 bare digits; 146 is 0146
            continue
        entry = table.get(_digits_to_code(text))
        if entry is not None and entry.level >= 2 and entry not in [e for e, _ in found]:
            found.append((entry, repaired))
    return found


def read_code(value: Any) -> Reading:
    """A NACE Rev. 2 / OKED / OKVED code as typed or as Excel stored it (see module doc)."""
    typed, number = _as_text(value)
    if not typed:
        return Reading("")
    letter = typed.upper()
    if len(letter) == 1 and letter.isalpha():
        entry = activities(REV2).get(letter)
        return Reading(typed, entry, (entry,)) if entry else _unknown(typed)
    if re.fullmatch(r"\d+", typed):
        return _read_digits(typed)
    parts = typed.split(".")
    if not all(part.isdigit() for part in parts) or len(parts) > 3 or len(parts[0]) > 2:
        return _unknown(typed)
    zero = len(parts[0]) == 1
    division = parts[0].zfill(2)
    rest = "".join(parts[1:])
    if len(parts) == 2 and len(rest) == 1:
        return _read_group(typed, division + rest, zero, number)
    if len(rest) < 2:
        return _unknown(typed)
    return _read_class(typed, division + rest, zero)


def _read_digits(typed: str) -> Reading:
    digits = typed
    if len(digits) >= 5 and not digits.startswith("0") and len(digits) <= 6:
        entry = activities(REV2).get(_digits_to_code(digits))
        if entry is not None:  # a whole OKED/OKVED code: 10510, 014610 lost nothing here
            return Reading(typed, entry, (entry,))
    found = _digit_readings(digits)
    if len(digits) > 6 or not found:
        return _unknown(typed)
    if len(found) > 1:
        first, second = found[0][0], found[1][0]
        return Reading(typed, None, tuple(entry for entry, _ in found), _message(
            QT_TRANSLATE_NOOP("Codes", "\"{typed}\" can be read as {first} ({first_name}) or as "
                                       "{second} ({second_name}); type the code as text with "
                                       "its dots, for example \"{second}\""),
            typed=typed, first=first.code, first_name=first.name, second=second.code,
            second_name=second.name))
    entry, repaired = found[0]
    if not repaired:
        return Reading(typed, entry, (entry,))
    return Reading(typed, entry, (entry,), _message(QT_TRANSLATE_NOOP(
        "Codes", "\"{typed}\" is read as {code} ({name}): the leading zero was lost, as "
                 "when Excel stores a code as a number"), typed=typed, code=entry.code,
        name=entry.name))


def _read_group(typed: str, digits: str, zero: bool, number: bool) -> Reading:
    group = activities(REV2).get(_digits_to_code(digits))
    if group is None:
        return _unknown(typed)
    single = _only_class(group)
    if not number:
        if zero:
            return Reading(typed, group, (group,), _message(QT_TRANSLATE_NOOP(
                "Codes", "\"{typed}\" is read as {code} ({name}): the leading zero was lost, "
                         "as when Excel stores a code as a number"), typed=typed,
                code=group.code, name=group.name))
        return Reading(typed, group, (group,))
    if single is not None:
        return Reading(typed, single, (single,), _message(QT_TRANSLATE_NOOP(
            "Codes", "\"{typed}\" is read as class {code} ({name}), the only class of group "
                     "{group}: number formatting drops its last zero"), typed=typed,
            code=single.code, name=single.name, group=group.code))
    return Reading(typed, group, (group,), _message(QT_TRANSLATE_NOOP(
        "Codes", "\"{typed}\" is read as group {code} ({name}); if one of its classes was meant, "
                 "number formatting may have cut it: type the class as text, for example "
                 "\"{example}\""), typed=typed, code=group.code, name=group.name,
        example=next(entry.code for entry in activities(REV2).values()
                     if entry.parent == group.code)))


def _read_class(typed: str, digits: str, zero: bool) -> Reading:
    entry = _most_specific(digits, REV2)
    if entry is None:
        return _unknown(typed)
    wanted = _digits_to_code(digits)
    if entry.code != wanted:
        return Reading(typed, entry, (entry,), _message(QT_TRANSLATE_NOOP(
            "Codes", "\"{typed}\": {wanted} is not a NACE Rev. 2 class; it is read as {code} "
                     "({name})"), typed=typed, wanted=wanted, code=entry.code, name=entry.name))
    if zero:
        return Reading(typed, entry, (entry,), _message(QT_TRANSLATE_NOOP(
            "Codes", "\"{typed}\" is read as {code} ({name}): the leading zero was lost, as "
                     "when Excel stores a code as a number"), typed=typed, code=entry.code,
            name=entry.name))
    return Reading(typed, entry, (entry,))
