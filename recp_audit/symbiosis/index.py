"""The input streams of a matching run as columns (numpy arrays) with postings from
words, EWC sub-chapters, receiving sectors and shared kinds to the inputs, so that one
output is scored against all the inputs it could pair with in a few array operations.

An input without a waste code gets one suggested from its words (the first row of the
knowledge table naming it), so that code signals work both ways; its material classes
(the categories of the rows naming it) let the matcher refuse a steel need for wood."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from recp_audit.symbiosis.carriers import carrier
from recp_audit.symbiosis.knowledge import CATEGORIES, Use, naming, receiving
from recp_audit.symbiosis.species import species

# Amounts are compared in one unit per dimension (mass, energy, volume, ...).
BASE_UNITS = ("t", "MWh", "m**3", "kW", "m**3/h", "t/h")
POPCOUNT = np.array([bin(n).count("1") for n in range(4096)], dtype=np.float64)
CLASS_BITS = {category: 1 << number for number, category in enumerate(CATEGORIES)}


def month_mask(months: tuple[int, ...]) -> int:
    """The months as a 12-bit mask (0: all year)."""
    return sum(1 << (month - 1) for month in set(months))


@dataclass
class Columns:
    """Per-input values the score needs, one array element per input."""

    party: np.ndarray       # enterprise number
    kind: np.ndarray        # kind number
    code: np.ndarray        # EWC code number (-1: none or only suggested)
    subchapter: np.ndarray  # of the code or of the one suggested from the words
    chapter: np.ndarray
    suggested: np.ndarray   # the sub-chapter and chapter are suggested from the words
    classes: np.ndarray     # bit mask of the material classes naming the input (CLASS_BITS)
    species: np.ndarray     # bit mask of the species its words name (symbiosis.species)
    stem_count: np.ndarray
    food: np.ndarray        # the enterprise makes food or feed
    temperature: np.ndarray  # °C, NaN unknown
    pressure: np.ndarray    # bar, NaN unknown
    carrier: np.ndarray     # number of what a utility carries (symbiosis.carriers)
    amount: np.ndarray      # quantity in its dimension's base unit, NaN unknown
    dimension: np.ndarray   # base unit number (-1: none)
    months: np.ndarray      # 12-bit masks (0: any)
    latitude: np.ndarray    # radians, NaN unknown
    longitude: np.ndarray


class InputIndex:
    """The inputs, their columns and postings; numbers for texts are shared with the
    outputs through `number`."""

    def __init__(self, inputs: list, food_divisions: tuple[str, ...],
                 amount_in_base: Callable):
        self.inputs = inputs
        self._numbers: dict[str, int] = {}
        self.words: dict[str, np.ndarray] = {}
        self.subchapters: dict[int, np.ndarray] = {}
        self.kinds: dict[int, np.ndarray] = {}
        self.receivers: dict[str, np.ndarray] = {}
        self._having: dict[frozenset[str], np.ndarray] = {}
        self._accepting: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}
        self._receiving: dict[str, np.ndarray] = {}
        words, subchapters, kinds, receivers = (defaultdict(list), defaultdict(list),
                                                defaultdict(list), defaultdict(list))
        rows = []
        for index, need in enumerate(inputs):
            for word in need.stems:
                words[word].append(index)
            named = naming(need.ewc, need.stems)
            code, suggested = self.codes(need.ewc), False
            if code[0] < 0 and suggestion(named):
                code, suggested = (-1, *self.codes(suggestion(named))[1:]), True
            if code[1] >= 0:
                subchapters[code[1]].append(index)
            kinds[self.number("kind:" + need.kind)].append(index)
            for use in {use for code in need.party.activities for use in receiving(code)}:
                receivers[use.id].append(index)
            amount, dimension = amount_in_base(need)
            rows.append((self.number("party:" + str(need.party.id)),
                         self.number("kind:" + need.kind), *code, suggested,
                         classes(named), species(need.stems), len(need.stems),
                         any(code[:2] in food_divisions for code in need.party.activities),
                         math.nan if need.temperature is None else need.temperature,
                         math.nan if need.pressure is None else need.pressure,
                         self.number("carrier:" + carrier(need.kind, need.stems)),
                         amount, dimension, month_mask(need.months),
                         _radians(need.party.latitude), _radians(need.party.longitude)))
        types = (np.int64, np.int64, np.int64, np.int64, np.int64, bool, np.int64, np.int64,
                 np.int64, bool, np.float64, np.float64, np.int64, np.float64, np.int64, np.int64,
                 np.float64, np.float64)
        columns = list(zip(*rows)) if rows else [()] * len(types)
        self.columns = Columns(*(np.array(column, dtype=kind)
                                 for column, kind in zip(columns, types)))
        for target, source in ((self.words, words), (self.subchapters, subchapters),
                               (self.kinds, kinds), (self.receivers, receivers)):
            target.update((key, np.array(value, dtype=np.int64)) for key, value in source.items())

    def number(self, text: str) -> int:
        """A number standing for `text` (the same text, the same number)."""
        return self._numbers.setdefault(text, len(self._numbers))

    def having(self, phrase: frozenset[str]) -> np.ndarray:
        """The inputs (sorted numbers) whose words hold every stem of `phrase`."""
        found = self._having.get(phrase)
        if found is None:
            postings = [self.words.get(word) for word in phrase]
            if not phrase or any(p is None for p in postings):
                found = np.zeros(0, dtype=np.int64)
            else:
                found = postings[0]
                for other in postings[1:]:
                    found = np.intersect1d(found, other, assume_unique=True)
            self._having[phrase] = found
        return found

    def accepting(self, use: Use, offered: frozenset[str]) -> tuple[np.ndarray, np.ndarray]:
        """Which inputs (masks over all) ask for what `use` gives an output with the words
        `offered` (`Use.asked_by`): by a phrase of several words (first mask), by a phrase
        of one word, which counts only in a receiving sector (second)."""
        phrases = use.asked_by(offered)
        found = self._accepting.get((use.id, phrases))
        if found is None:
            found = (np.zeros(len(self.inputs), dtype=bool), np.zeros(len(self.inputs), dtype=bool))
            for phrase in phrases:
                found[len(phrase) == 1][self.having(phrase)] = True
            self._accepting[(use.id, phrases)] = found
        return found

    def receiving(self, use: Use) -> np.ndarray:
        """Which inputs (a mask over all) belong to a sector `use` names as receiving."""
        found = self._receiving.get(use.id)
        if found is None:
            found = np.zeros(len(self.inputs), dtype=bool)
            found[self.receivers.get(use.id, np.zeros(0, dtype=np.int64))] = True
            self._receiving[use.id] = found
        return found

    def codes(self, ewc: str) -> tuple[int, int, int]:
        """Numbers of the EWC code, its sub-chapter and chapter (-1 each when no code)."""
        code = ewc.replace("*", "").strip()
        if not code:
            return -1, -1, -1
        return (self.number("code:" + code),
                self.number("sub:" + code[:5]) if len(code) >= 5 else -1,
                self.number("chapter:" + code[:2]))


def suggestion(named: tuple[Use, ...]) -> str:
    """The waste code suggested for a stream without one: the first code of the first
    knowledge row naming it ("" when none names it)."""
    return next((use.ewc[0] for use in named if use.ewc), "")


def classes(named: tuple[Use, ...]) -> int:
    """The material classes of the rows naming a stream, as a bit mask (CLASS_BITS)."""
    mask = 0
    for use in named:
        if use.family == "material":
            mask |= CLASS_BITS[use.category]
    return mask


def _radians(value: float | None) -> float:
    return math.nan if value is None else math.radians(value)


def haversine_km(latitude: float, longitude: float, columns: Columns,
                 pool: np.ndarray) -> np.ndarray:
    """Great-circle distances (mean Earth radius 6371 km) from one point to the pool's
    enterprises, in km; NaN where a coordinate is unknown."""
    lat, lon = columns.latitude[pool], columns.longitude[pool]
    half = (np.sin((lat - latitude) / 2) ** 2
            + math.cos(latitude) * np.cos(lat) * np.sin((lon - longitude) / 2) ** 2)
    return 2 * 6371.0 * np.arcsin(np.sqrt(half))
