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

# Names of the material classes for people (English, Russian).
MATERIAL_NAMES: dict[str, tuple[str, str]] = {
    "food_feed": ("food and feed", "пищевые и кормовые"),
    "wood": ("wood", "древесина"), "paper": ("paper and board", "бумага и картон"),
    "plastics": ("plastics", "пластмассы"), "metals": ("metals", "металлы"),
    "minerals_construction": ("minerals and construction materials",
                              "минеральные и строительные материалы"),
    "chemicals_solvents": ("chemicals and solvents", "химические вещества и растворители"),
    "ashes_slags": ("ashes and slags", "зола и шлаки"), "gypsum": ("gypsum", "гипс"),
    "sludges_digestate": ("sludges and digestate", "осадки и дигестат"),
    "oils": ("oils", "масла"), "textiles": ("textiles", "текстиль"),
    "glass": ("glass", "стекло"), "tyres_rubber": ("tyres and rubber", "шины и резина"),
}

# What a material becomes when burnt or settled: a name that says so is about the residue,
# and a one-word name of another material in it says where the residue comes from.
RESIDUES = frozenset({"ashes_slags", "sludges_digestate"})


@dataclass(frozen=True, eq=False)
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
    precedent_ru: str
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

    def asked_by(self, offered: frozenset[str]) -> tuple[frozenset[str], ...]:
        """The phrases a need names to ask for what this row gives an output with the words
        `offered`: its accepts phrases (a material or a purpose) and its material phrases
        naming that output too. A phrase of one word («топливо», "filler", "wood") says too
        little on its own: it counts only in a receiving sector."""
        return self.accepted + tuple(phrase for phrase in self.phrases
                                     if phrase and phrase <= offered)

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
                     row["precedent_ru"],
                     row.get("avoided", {}).get("co2e_t_per_t"),
                     row.get("avoided", {}).get("source", ""),
                     row.get("category", ""),
                     tuple(row.get("accepts_en", ())), tuple(row.get("accepts_ru", ())),
                     tuple(stems(phrase) for phrase in
                           list(row.get("accepts_en", ())) + list(row.get("accepts_ru", ()))),
                     row.get("source", ""), dict(row.get("grade", {})))
                 for row in _data()["rows"])


@functools.cache
def _phrases() -> dict[str, tuple[tuple[frozenset[str], int], ...]]:
    """Every naming phrase with its row's number, filed under its rarest stem, so that a
    name looks only at phrases whose rarest stem it has (a common stem such as "wood"
    then files few phrases)."""
    table = uses()
    spread: dict[str, int] = {}
    for use in table:
        for phrase in use.phrases:
            for word in phrase:
                spread[word] = spread.get(word, 0) + 1
    filed: dict[str, list[tuple[frozenset[str], int]]] = {}
    for row, use in enumerate(table):
        for phrase in use.phrases:
            if phrase:
                rarest = min(sorted(phrase), key=spread.__getitem__)
                filed.setdefault(rarest, []).append((phrase, row))
    return {word: tuple(found) for word, found in filed.items()}


@functools.cache
def _by_code(code: str) -> frozenset[int]:
    return frozenset(row for row, use in enumerate(uses()) if use.ewc and code.startswith(use.ewc))


@functools.lru_cache(maxsize=65536)
def _named(ewc_code: str, name_stems: frozenset[str]) -> dict[int, int]:
    """Row number -> stems of the longest phrase naming the stream (0: by its code only)."""
    code = ewc_code.replace("*", "").strip() if ewc_code else ""
    longest = dict.fromkeys(_by_code(code), 0) if code else {}
    filed = _phrases()
    for word in name_stems:
        for phrase, row in filed.get(word, ()):
            if len(phrase) > longest.get(row, 0) and phrase <= name_stems:
                longest[row] = len(phrase)
    return longest


def naming(ewc_code: str, name_stems: frozenset[str]) -> tuple[Use, ...]:
    """The rows naming a stream with this EWC code and these name stems, in table order
    (the same as asking every row `names_material`, for thousands of streams)."""
    table = uses()
    return tuple(table[row] for row in sorted(_named(ewc_code, name_stems)))


@functools.lru_cache(maxsize=65536)
def offered_as(ewc_code: str, name_stems: frozenset[str]) -> tuple[Use, ...]:
    """The rows naming an offered stream: as `naming`, but a stream named as a residue
    (ash, slag, sludge) is not also named by a one-word name of another material: «зола от
    сжигания бумажного шлама» is ash, and paper only where it comes from."""
    table, named = uses(), _named(ewc_code, name_stems)
    if any(table[row].category in RESIDUES and size for row, size in named.items()):
        named = {row: size for row, size in named.items()
                 if size != 1 or table[row].family != "material"
                 or table[row].category in RESIDUES}
    return tuple(table[row] for row in sorted(named))


@functools.cache
def receiving(nace_code: str) -> tuple[Use, ...]:
    """The rows whose receiving sectors include this NACE code (cached per code)."""
    return tuple(use for use in uses() if use.receives(nace_code))
