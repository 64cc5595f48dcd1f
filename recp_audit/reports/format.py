"""Numbers and amounts written for a report's language (Russian: `1 234,5`)."""

from __future__ import annotations

import functools

import pyphen

HYPHENATION = {"ru": "ru_RU", "en": "en_GB"}  # pyphen's dictionary for a report language
SOFT_HYPHEN = "\u00ad"


def number(value: float | None, language: str, digits: int = 0) -> str:
    """`value` with thin-space grouping and the language's decimal mark ("—" for none)."""
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}".replace(",", "\u00a0")
    return text.replace(".", ",") if language == "ru" else text


def significant(value: float | None, language: str) -> str:
    """`value` with about three significant digits (ratios, small quantities)."""
    if value is None:
        return "—"
    magnitude = abs(value)
    digits = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2 if magnitude >= 1 else 3
    return number(value, language, digits)


def general(value: float | None, language: str, digits: int = 6) -> str:
    """`value` like Python's `g` format with up to `digits` significant digits, in the
    language's decimal mark (Russian: `4,2`, `0,0672`)."""
    if value is None:
        return "—"
    text = f"{value:.{digits}g}"
    return text.replace(".", ",") if language == "ru" else text


@functools.cache
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=HYPHENATION[language], left=3, right=3)


def hyphenated(text: str, language: str) -> str:
    """`text` with soft hyphens where its words may be broken (`меро\u00adприя\u00adтий`),
    by pyphen's dictionary of `language`; a line broken there shows a hyphen, and one
    that is not shows none."""
    if language not in HYPHENATION:
        return text
    dictionary = _dictionary(language)
    return " ".join(dictionary.inserted(word, hyphen=SOFT_HYPHEN) for word in text.split(" "))
