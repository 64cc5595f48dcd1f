"""The shipped table of established uses (`resources/data/symbiosis_knowledge.json`):
which wastes, by-products, utilities and services which receiving sectors use, what the
receiving process accepts (as materials or as purposes), each with its precedent, its
open source and, for utilities and services, its grade."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field

from recp_audit.paths import resource_path

# The closed list of categories (the typology of issue 24), each with its family.
CATEGORIES: dict[str, str] = {
    "food_feed": "material", "wood": "material", "paper": "material",
    "plastics": "material", "metals": "material", "minerals_construction": "material",
    "chemicals_solvents": "material", "ashes_slags": "material", "gypsum": "material",
    "sludges_digestate": "material", "oils": "material", "textiles": "material",
    "glass": "material", "tyres_rubber": "material",
    "water_recycled": "water", "water_process": "water", "water_cooling": "water",
    "water_effluent": "water",
    "steam": "energy", "hot_water": "energy", "electricity": "energy",
    "fuel_gas": "energy", "biogas": "energy",
    "co2": "gas", "hydrogen": "gas", "oxygen": "gas", "nitrogen": "gas",
    "infrastructure": "infrastructure",
    "service_maintenance": "service", "service_logistics": "service",
    "service_waste_collection": "service", "service_laboratory": "service",
    "service_training": "service", "service_monitoring": "service",
}


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
    category: str = ""
    """One of `CATEGORIES`: the kind of material, utility or service the row is about."""
    accepts_en: tuple[str, ...] = ()
    """What the receiving process takes, in English: materials or purposes ("animal feed")."""
    accepts_ru: tuple[str, ...] = ()
    """What the receiving process takes, in Russian («корма», «удобрение», «топливо»)."""
    accepted: tuple[frozenset[str], ...] = ()
    """The stemmed words of each accepts phrase, English and Russian."""
    source: str = ""
    """The open source the fact comes from (regulation, BREF, standard or case study)."""
    grade: dict = field(default_factory=dict, compare=False, hash=False)
    """For utilities and services: pressure, temperature, quality grade, purity or type."""
    _stems: frozenset[str] = field(init=False, repr=False, compare=False, hash=False)
    """Every stem of every naming phrase: a stream sharing none is rejected at once (the
    matcher asks each row about each output, hundreds of rows by thousands of outputs)."""

    def __post_init__(self):
        object.__setattr__(self, "_stems", frozenset().union(*self.phrases))

    def names_material(self, ewc_code: str, name_stems: frozenset[str]) -> bool:
        """Whether a stream with this EWC code and these name stems is this row's material."""
        if ewc_code and self.ewc:
            code = ewc_code.replace("*", "").strip()
            if code and code.startswith(self.ewc):
                return True
        if self._stems.isdisjoint(name_stems):
            return False
        return any(phrase and phrase <= name_stems for phrase in self.phrases)

    def accepts(self, need_stems: frozenset[str]) -> bool:
        """Whether a need with these name stems asks for what this row's receivers take
        (named as a material or as a purpose)."""
        return any(phrase and phrase <= need_stems for phrase in self.accepted)

    def receives(self, nace_code: str) -> bool:
        """Whether an enterprise of this NACE code is one of the receiving sectors."""
        return bool(nace_code) and bool(self.receivers) and nace_code.startswith(self.receivers)

    @property
    def family(self) -> str:
        """material, water, energy, gas, infrastructure or service."""
        return CATEGORIES.get(self.category, "")


@functools.cache
def _data() -> dict:
    with open(resource_path("data", "symbiosis_knowledge.json"), encoding="utf-8") as handle:
        return json.load(handle)


def rows() -> list[dict]:
    """The table's rows as stored (for checks and reports)."""
    return _data()["rows"]


@functools.cache
def uses() -> tuple[Use, ...]:
    """Every row of the table."""
    from recp_audit.symbiosis.text import stems

    return tuple(Use(row["id"], tuple(row["ewc"]),
                     tuple(stems(phrase) for phrase in row["words_en"] + row["words_ru"]),
                     tuple(row["receivers"]), row["use_en"], row["use_ru"], row["precedent"],
                     row.get("avoided", {}).get("co2e_t_per_t"),
                     row.get("avoided", {}).get("source", ""),
                     row.get("category", ""),
                     tuple(row.get("accepts_en", ())), tuple(row.get("accepts_ru", ())),
                     tuple(stems(phrase) for phrase in
                           list(row.get("accepts_en", ())) + list(row.get("accepts_ru", ()))),
                     row.get("source", ""), dict(row.get("grade", {})))
                 for row in _data()["rows"])


@functools.cache
def _by_stem() -> dict[str, tuple[Use, ...]]:
    index: dict[str, list[Use]] = {}
    for use in uses():
        for word in use._stems:
            index.setdefault(word, []).append(use)
    return {word: tuple(found) for word, found in index.items()}


@functools.cache
def _by_code(code: str) -> tuple[Use, ...]:
    return tuple(use for use in uses() if use.ewc and code.startswith(use.ewc))


def naming(ewc_code: str, name_stems: frozenset[str]) -> list[Use]:
    """The rows naming a stream with this EWC code and these name stems, in table order:
    the same as `[u for u in uses() if u.names_material(ewc_code, name_stems)]` but looked
    up by stem and code instead of asking every row (for thousands of outputs)."""
    code = ewc_code.replace("*", "").strip() if ewc_code else ""
    found = set(_by_code(code)) if code else set()
    by_stem = _by_stem()
    for word in name_stems:
        for use in by_stem.get(word, ()):
            if use not in found and use.names_material("", name_stems):
                found.add(use)
    order = _order()
    return sorted(found, key=order.__getitem__)


@functools.cache
def _order() -> dict[Use, int]:
    return {use: number for number, use in enumerate(uses())}


@functools.cache
def receiving(nace_code: str) -> tuple[Use, ...]:
    """The rows whose receiving sectors include this NACE code (cached per code)."""
    return tuple(use for use in uses() if use.receives(nace_code))
