"""The input streams of a matching run as columns (numpy arrays) with postings from
words, EWC sub-chapters, receiving sectors and shared kinds to the inputs, so that one
output is scored against all the inputs it could pair with in a few array operations."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from recp_audit.symbiosis.carriers import carrier
from recp_audit.symbiosis.knowledge import receiving

# Amounts are compared in one unit per dimension (mass, energy, volume, ...).
BASE_UNITS = ("t", "MWh", "m**3", "kW", "m**3/h", "t/h")
POPCOUNT = np.array([bin(n).count("1") for n in range(4096)], dtype=np.float64)


def month_mask(months: tuple[int, ...]) -> int:
    """The months as a 12-bit mask (0: all year)."""
    return sum(1 << (month - 1) for month in set(months))


@dataclass
class Columns:
    """Per-input values the score needs, one array element per input."""

    party: np.ndarray       # enterprise number
    kind: np.ndarray        # kind number
    code: np.ndarray        # EWC code number (-1: none)
    subchapter: np.ndarray
    chapter: np.ndarray
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
        words, subchapters, kinds, receivers = (defaultdict(list), defaultdict(list),
                                                defaultdict(list), defaultdict(list))
        rows = []
        for index, need in enumerate(inputs):
            for word in need.stems:
                words[word].append(index)
            code = self.codes(need.ewc)
            if code[0] >= 0:
                subchapters[code[1]].append(index)
            kinds[self.number("kind:" + need.kind)].append(index)
            for use in receiving(need.party.nace):
                receivers[use.id].append(index)
            amount, dimension = amount_in_base(need)
            rows.append((self.number("party:" + str(need.party.id)),
                         self.number("kind:" + need.kind), *code, len(need.stems),
                         need.party.nace[:2] in food_divisions,
                         math.nan if need.temperature is None else need.temperature,
                         math.nan if need.pressure is None else need.pressure,
                         self.number("carrier:" + carrier(need.kind, need.stems)),
                         amount, dimension, month_mask(need.months),
                         _radians(need.party.latitude), _radians(need.party.longitude)))
        columns = list(zip(*rows)) if rows else [()] * 15
        types = (np.int64, np.int64, np.int64, np.int64, np.int64, np.int64, bool, np.float64,
                 np.float64, np.int64, np.float64, np.int64, np.int64, np.float64, np.float64)
        self.columns = Columns(*(np.array(column, dtype=kind)
                                 for column, kind in zip(columns, types)))
        for target, source in ((self.words, words), (self.subchapters, subchapters),
                               (self.kinds, kinds), (self.receivers, receivers)):
            target.update((key, np.array(value, dtype=np.int64)) for key, value in source.items())

    def number(self, text: str) -> int:
        """A number standing for `text` (the same text, the same number)."""
        return self._numbers.setdefault(text, len(self._numbers))

    def codes(self, ewc: str) -> tuple[int, int, int]:
        """Numbers of the EWC code, its sub-chapter and chapter (-1 each when no code)."""
        code = ewc.replace("*", "").strip()
        if not code:
            return -1, -1, -1
        return (self.number("code:" + code), self.number("sub:" + code[:5]),
                self.number("chapter:" + code[:2]))


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
