"""Words of stream names and notes reduced to comparable stems, in Russian or English.

Latin letters that look like Cyrillic ones inside a Cyrillic word (a typist's "oпилки"
with a Latin o) are read as Cyrillic; words are stemmed with the Snowball stemmers of
their language, and Russian stems with a known English counterpart are replaced by
it, so "опилки" and "sawdust" meet. Words that only say a stream is left over ("waste",
"отходы", "spent") are dropped: they tell nothing about what could use it."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[a-zа-яёіўїєґ0-9]+")  # Belarusian and Ukrainian letters too
LOOK_ALIKE = str.maketrans("aceopxykmthb", "асеорхукмтнв")
STOP_WORDS = {"и", "в", "на", "из", "для", "от", "по", "с", "the", "and", "of", "for", "from",
              "to", "with", "a", "an", "т", "кг", "м3", "t", "kg"}
# Words that say a stream is left over, not what it is; they never make a match.
GENERIC = {"english": ("waste", "wastes", "residue", "residues", "used", "spent", "secondary",
                       "recycled", "byproduct", "surplus", "excess"),
           "russian": ("отходы", "отход", "остатки", "остаток", "вторичный", "отработанный",
                       "избыточный", "излишки", "побочный")}


def _cyrillic(word: str) -> bool:
    return any("а" <= ch <= "я" or ch in "ёіўїєґ" for ch in word)


@functools.cache
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@functools.cache
def _synonyms() -> dict[str, str]:
    from recp_audit.symbiosis.knowledge import synonym_pairs

    return {stem(russian, "russian"): stem(english, "english")
            for russian, english in synonym_pairs()}


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(stem(word, language) for language, listed in GENERIC.items()
                     for word in listed)


@functools.cache
def stem(word: str, language: str) -> str:
    """One word's stem."""
    return _stemmer(language).stemWord(word)


def words(text: str) -> list[str]:
    """Lower-case words with Latin look-alikes in Cyrillic words made Cyrillic."""
    found = []
    for word in _WORD.findall(str(text).lower().replace("ё", "е")):
        if _cyrillic(word):
            word = word.translate(LOOK_ALIKE)
        found.append(word)
    return found


@functools.cache
def stems(text: str) -> frozenset[str]:
    """The comparable stems of `text` (Russian stems mapped to English where known)."""
    result = set()
    synonyms = _synonyms()
    for word in words(text):
        if word in STOP_WORDS or len(word) < 2:
            continue
        if _cyrillic(word):
            base = stem(word, "russian")
            result.add(synonyms.get(base, base))
        else:
            result.add(stem(word, "english"))
    return frozenset(result - _generic())


def words_with_stems(text: str, wanted: frozenset[str]) -> list[str]:
    """The words of `text` (as written, lower case) whose stems are in `wanted`."""
    shown = []
    for word in words(text):
        if word in STOP_WORDS or len(word) < 2 or word in shown:
            continue
        if stems(word) & wanted:
            shown.append(word)
    return shown


def similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """Overlap of two stem sets relative to the smaller one (0..1)."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
