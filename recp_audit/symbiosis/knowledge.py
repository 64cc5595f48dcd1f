"""The shipped table of established uses (`resources/data/symbiosis_knowledge.json`):
which wastes and by-products which receiving sectors use, each with its precedent."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from recp_audit.paths import resource_path


@dataclass(frozen=True)
class Use:
    """One row: materials (EWC prefixes and words), receiving NACE codes, precedent, and
    the CO2e the use avoids per tonne where a published factor gives it."""

    id: str
    ewc: tuple[str, ...]
    phrases: tuple[frozenset[str], ...]  # stemmed words of each naming phrase
    receivers: tuple[str, ...]
    use_en: str
    use_ru: str
    precedent: str
    avoided_co2e_per_t: float | None = None  # t CO2e avoided per t used, where published
    avoided_source: str = ""

    def names_material(self, ewc_code: str, name_stems: frozenset[str]) -> bool:
        """Whether a stream with this EWC code and these name stems is this row's material."""
        code = ewc_code.replace("*", "").strip()
        if code and any(code.startswith(prefix) for prefix in self.ewc):
            return True
        return any(phrase and phrase <= name_stems for phrase in self.phrases)

    def receives(self, nace_code: str) -> bool:
        """Whether an enterprise of this NACE code is one of the receiving sectors."""
        return bool(nace_code) and any(nace_code.startswith(prefix) for prefix in self.receivers)


@functools.cache
def _data() -> dict:
    with open(resource_path("data", "symbiosis_knowledge.json"), encoding="utf-8") as handle:
        return json.load(handle)


def synonym_pairs() -> list[tuple[str, str]]:
    """(Russian word, English word) pairs that mean the same material."""
    return [tuple(pair) for pair in _data()["synonyms"]]


@functools.cache
def uses() -> tuple[Use, ...]:
    """Every row of the table."""
    from recp_audit.symbiosis.text import stems

    return tuple(Use(row["id"], tuple(row["ewc"]),
                     tuple(stems(phrase) for phrase in row["words_en"] + row["words_ru"]),
                     tuple(row["receivers"]), row["use_en"], row["use_ru"], row["precedent"],
                     row.get("avoided", {}).get("co2e_t_per_t"),
                     row.get("avoided", {}).get("source", ""))
                 for row in _data()["rows"])
