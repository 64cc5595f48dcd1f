"""Words of stream names and notes reduced to comparable stems, in Russian or English.

Latin letters that look like Cyrillic ones inside a Cyrillic word (a typist's "oпилки"
with a Latin o) are read as Cyrillic, and a formula typed in Cyrillic look-alikes («СО2»)
as Latin; words are stemmed with the Snowball stemmers of their language. The thesaurus
(`resources/data/symbiosis_thesaurus.json`) then reads its terms, one or several words in
any order («диоксид углерода», "carbon dioxide", «СО2»), as one concept named by English
stems ("co2"), adds the concepts each one is a kind of (щебень → aggregate, never the
reverse), drops words that only say a stream is left over ("waste", «отходы») and keeps
qualifiers ("residue", «вторичный») only for a name that says nothing else, and reads a
word whose sense depends on the material beside it («стружка») by that material. An
unknown word of five letters or more (stem of six or more) one edit (Damerau) from known
words or stems that all mean one thing is read as them («древесен», "sawdst"). Amounts
with their units («120 т/год», "10 bar") and the periods of amounts are no words."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from recp_audit.paths import resource_path
from recp_audit.units import UnitError, parse_unit

_WORD = re.compile(r"[a-zа-яёіўїєґ0-9]+")  # Belarusian and Ukrainian letters too
LOOK_ALIKE = str.maketrans("aceopxykmthb", "асеорхукмтнв")
FORMULA = str.maketrans("асеорхукмтнв", "aceopxykmthb")  # «со2», «н2» typed in Cyrillic
STOP_WORDS = {"и", "в", "на", "из", "для", "от", "по", "с", "the", "and", "of", "for", "from",
              "to", "with", "a", "an", "т", "кг", "м3", "t", "kg",
              # periods of an amount («3 000 т в год», "per year")
              "год", "года", "сутки", "сут", "месяц", "мес", "смену", "per", "year", "day",
              "month", "annually"}
# Shorter words, or words with shorter stems, are too often another real word one edit
# away: «чистый» (stem чист) is not «лист», "coarse" (coars) is not "course".
TYPO_MIN_LETTERS = 5
TYPO_MIN_STEM = 6


_CYRILLIC = re.compile(r"[а-яёіўїєґ]")
_LATIN = re.compile(r"[a-z]")


def _cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


@functools.cache
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@functools.cache
def stem(word: str, language: str) -> str:
    """One word's stem."""
    return _stemmer(language).stemWord(word)


def _plain(word: str) -> str:
    """The Snowball stem of a word as `words` gives it, in its own language."""
    return stem(word, "russian" if _cyrillic(word) else "english")


def words(text: str) -> list[str]:
    """Lower-case words with Latin look-alikes in Cyrillic words made Cyrillic and formulas
    written in Cyrillic look-alikes made Latin («СО2» → co2)."""
    found = []
    for word in _WORD.findall(str(text).lower().replace("ё", "е")):
        if _cyrillic(word):
            word = word.translate(LOOK_ALIKE)
            if not word.isalpha() and word.translate(FORMULA).isascii():
                word = word.translate(FORMULA)
        found.append(word)
    return found


def _terms(text: str) -> tuple[str, ...]:
    return tuple(_plain(word) for word in words(text)
                 if word not in STOP_WORDS and len(word) >= 2)


@dataclass(frozen=True)
class Concept:
    """A thesaurus concept: its key's stems, those with every broader concept's, whether
    it only qualifies a stream (kept when the name says nothing else), and for a word whose
    meaning depends on the material beside it, (that material's stems, the concept meant)."""

    key: str
    stems: frozenset[str]
    closure: frozenset[str]
    qualifier: bool
    senses: tuple[tuple[frozenset[str], Concept], ...] = ()

    def read(self, context: frozenset[str]) -> frozenset[str]:
        """The stems this concept carries in a name whose other stems are `context`."""
        if not self.senses:
            return self.closure
        meant = [concept.closure for material, concept in self.senses if material <= context]
        return frozenset().union(*(meant or [concept.stems - material
                                             for material, concept in self.senses]))


@dataclass(frozen=True)
class Thesaurus:
    """Terms (sorted stem tuples) to concepts, the generic stems, and the known words and
    stems with their one-deletion neighbourhoods (SymSpell) for reading typos."""

    terms: dict[tuple[str, ...], Concept]
    longest: int
    in_phrases: frozenset[str]  # stems that occur in terms of several words
    generic: frozenset[str]
    known: dict[str, str]  # the stems and the words of terms and knowledge phrases -> stem
    deletions: dict[str, frozenset[str]]


def _deleted(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@functools.cache
def _thesaurus() -> Thesaurus:
    """The thesaurus file, read once, with the words of its terms and of the knowledge
    table's phrases as the known vocabulary."""
    with open(resource_path("data", "symbiosis_thesaurus.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    entries = {entry["key"]: entry for entry in data["concepts"]}

    @functools.cache
    def closure(key: str) -> frozenset[str]:
        found = frozenset(_terms(key))
        for broader in entries[key].get("broader", ()):
            found |= closure(broader)
        return found

    concepts = {key: Concept(key, frozenset(_terms(key)), closure(key),
                             entry.get("qualifier", False))
                for key, entry in entries.items()}
    for key, entry in entries.items():
        if "senses" in entry:
            concepts[key] = Concept(key, concepts[key].stems, concepts[key].closure, False, tuple(
                (concepts[material].closure, concepts[meant])
                for material, meant in entry["senses"].items()))
    terms: dict[tuple[str, ...], Concept] = {}
    for key, entry in entries.items():
        for term in [key, *entry["en"], *entry["ru"]]:
            terms[tuple(sorted(_terms(term)))] = concepts[key]
    generic = frozenset(_plain(word) for listed in data["generic"].values() for word in listed)
    from recp_audit.symbiosis.knowledge import rows  # it stems its phrases with `stems`

    texts = [term for entry in entries.values()
             for term in [entry["key"], *entry["en"], *entry["ru"]]]
    texts += [word for listed in data["generic"].values() for word in listed]
    texts += [phrase for row in rows()
              for key in ("words_en", "words_ru", "accepts_en", "accepts_ru")
              for phrase in row.get(key, ())]
    known = {}
    for text in texts:
        for word in words(text):
            if word.isalpha():
                known.setdefault(word, _plain(word))
                known.setdefault(_plain(word), _plain(word))
    deletions: dict[str, set[str]] = {}
    for word in known:
        for shorter in _deleted(word) | {word}:
            deletions.setdefault(shorter, set()).add(word)
    return Thesaurus(terms, max(len(term) for term in terms),
                     frozenset(word for term in terms if len(term) > 1 for word in term),
                     generic, known, {key: frozenset(value) for key, value in deletions.items()})


def _one_edit(first: str, second: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of
    neighbours apart (Damerau)."""
    if abs(len(first) - len(second)) > 1 or first == second:
        return False
    if len(first) == len(second):
        diff = [i for i in range(len(first)) if first[i] != second[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and first[diff[0]] == second[diff[1]]
                                  and first[diff[1]] == second[diff[0]])
    shorter, longer = sorted((first, second), key=len)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


@functools.cache
def _read(word: str) -> str:
    """The stem of one word, an unknown one read as the known stem that it, or its stem,
    is one edit away from (as a known word or stem) when all such stems mean one thing."""
    plain = _plain(word)
    thesaurus = _thesaurus()
    if plain in thesaurus.known or word in thesaurus.known or len(word) < TYPO_MIN_LETTERS \
            or len(plain) < TYPO_MIN_STEM or not word.isalpha() \
            or (_cyrillic(word) and _LATIN.search(word) is not None):
        return plain
    meant = set()
    for written in {word, plain}:
        near = set(thesaurus.deletions.get(written, ()))  # a letter left out
        for shorter in _deleted(written):  # a letter too many, replaced or swapped
            near |= thesaurus.deletions.get(shorter, frozenset())
        meant |= {thesaurus.known[known] for known in near if _one_edit(written, known)}
    concepts = {thesaurus.terms.get((stem,), stem) for stem in meant}  # stems of one concept
    return min(meant) if len(concepts) == 1 else plain


def _spans(read: list[str]) -> list[tuple[int, int, Concept | None]]:
    """Where the terms of a name's read words start, how many words each takes and its
    concept (None: a word of no term), longest terms first."""
    thesaurus = _thesaurus()
    terms, in_phrases = thesaurus.terms, thesaurus.in_phrases
    spans = []
    i, count = 0, len(read)
    while i < count:
        size, concept = 1, terms.get((read[i],))
        if read[i] in in_phrases:
            for longer in range(min(thesaurus.longest, count - i), 1, -1):
                found = terms.get(tuple(sorted(read[i:i + longer])))
                if found is not None:
                    size, concept = longer, found
                    break
        spans.append((i, size, concept))
        i += size
    return spans


_AMOUNT = re.compile(r"(?<![\w.,])[-−]?\d+(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?"
                     r"(?:\s*([^\s\d,;:()«»\"][^\s,;:()«»\"]*))?")


def _amount(match: re.Match) -> str:
    """A number with the unit after it removed (a code such as «5Б» kept): amounts in a
    name («Зола 120 т/год», "steam 10 bar") say how much, not what."""
    unit = match.group(1)
    return "" if unit is None or _is_unit(unit) else " " + unit


@functools.cache
def _is_unit(text: str) -> bool:
    try:
        parse_unit(text)
    except UnitError:
        return False
    return True


def _written(text: str) -> list[str]:
    plain = _AMOUNT.sub(_amount, str(text))
    return [word for word in words(plain) if word not in STOP_WORDS and len(word) >= 2]


@functools.cache
def stems(text: str) -> frozenset[str]:
    """The comparable stems of `text`: its concepts with their broader ones, its other
    stems, and its qualifiers only when nothing else is said."""
    generic = _thesaurus().generic
    read = [_read(word) for word in _written(text)]
    found: set[str] = set()
    qualifiers: set[str] = set()
    ambiguous = []
    for start, _, concept in _spans(read):
        if concept is None:
            if read[start] not in generic:
                found.add(read[start])
        elif concept.senses:
            ambiguous.append(concept)
        else:
            (qualifiers if concept.qualifier else found).update(concept.closure)
    context = frozenset(found)  # a word of several senses is read by the material beside it
    for concept in ambiguous:
        found |= concept.read(context)
    return frozenset(found or qualifiers)


def words_with_stems(text: str, wanted: frozenset[str]) -> list[str]:
    """The words of `text` (as written, lower case) whose stems, or whose term's, are in
    `wanted`."""
    written = _written(text)
    read = [_read(word) for word in written]
    context = stems(text)
    shown = []
    for start, size, concept in _spans(read):
        carried = frozenset((read[start],)) if concept is None else concept.read(context)
        if carried & wanted:
            shown.extend(word for word in written[start:start + size] if word not in shown)
    return shown


def similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """Overlap of two stem sets relative to the smaller one (0..1)."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
