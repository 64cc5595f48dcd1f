"""Find symbiosis candidates: from every output stream to every compatible input stream
of another enterprise, scored by visible signals and explained in plain words.

Signals (each listed in the explanation): the same EWC code, sub-chapter or chapter (or
codes suggested from the names, which rank but never make a candidate alone); an
established use from the knowledge table, when the need asks for what it gives (its
precedent named); the receiver working in a sector of that use (support only); similar
words in names and notes (Russian or English, through the thesaurus); what a utility
carries meeting what is needed; how much of the need the offer covers; the months both
run; the distance. Hard gates: another kind of stream, hazardous waste into food or
feed, heat colder or steam at a lower pressure than needed, a carrier that cannot meet
the need, materials of different classes or species by their names.

Candidate inputs for each output come from indexes (words, EWC sub-chapter, the inputs
asking for its established uses, kind for energy, water and gas), never from all pairs,
and each output keeps its best receivers (PER_OUTPUT); each output is scored against its
pool at once.
"""

from __future__ import annotations

import functools
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

import pint

from recp_audit.symbiosis.index import (BASE_UNITS, CLASS_BITS, POPCOUNT, InputIndex, classes,
                                        haversine_km, month_mask, suggestion)
from recp_audit.symbiosis.carriers import MEETS, NAMES_EN, NAMES_RU, carrier, meets
from recp_audit.symbiosis.knowledge import MATERIAL_NAMES, Use, naming, offered_as
from recp_audit.symbiosis.species import excluded, group_masks, names, species
from recp_audit.symbiosis.text import stems, words_with_stems
from recp_audit.units import UnitError, parse_unit, registry

FOOD_AND_FEED = ("01", "03", "10", "11")  # NACE divisions a hazardous waste must never reach
WEIGHTS = {"ewc_code": 0.45, "ewc_subchapter": 0.3, "ewc_chapter": 0.15, "knowledge": 0.4,
           "words": 0.35, "coverage": 0.1, "season": 0.05, "kind": 0.1, "carrier": 0.2,
           "sector": 0.1}
MINIMUM_SCORE = 0.3
PER_OUTPUT = 10  # receivers kept for each output: the best ones
DISTANCE_SCALE_KM = 50.0
SHARED_KINDS = ("energy", "water", "gas", "service", "infrastructure")


@dataclass(frozen=True)
class Party:
    """An enterprise as the matching sees it."""

    id: uuid.UUID
    name: str
    nace: str
    latitude: float | None
    longitude: float | None
    in_park: bool = True
    other: tuple[str, ...] = ()  # NACE codes of further activities

    @property
    def activities(self) -> tuple[str, ...]:
        """The main NACE code and those of further activities."""
        return (self.nace, *self.other) if self.nace else self.other


@dataclass(frozen=True)
class Offer:
    """A stream as the matching sees it (output or input)."""

    id: uuid.UUID
    party: Party
    direction: str
    kind: str
    name: str
    notes: str = ""
    ewc: str = ""
    hazardous: bool = False
    quantity: float | None = None
    unit: str = ""
    months: tuple[int, ...] = ()
    temperature: float | None = None
    disposal_cost: float | None = None  # per unit of `unit`
    price: float | None = None          # per unit of `unit`
    currency: str = "BYN"
    pressure: float | None = None       # bar (gauge): steam needs at least the pressure asked

    @functools.cached_property
    def stems(self) -> frozenset[str]:
        """The comparable words of name and notes."""
        return stems(f"{self.name} {self.notes}")


@dataclass(frozen=True)
class Signal:
    """One reason a candidate scores: its key, the points it earned, and its words for
    people (made when asked: most candidates of a large park are never shown)."""

    key: str
    points: float
    words: Callable[[str], str]

    @property
    def text_en(self) -> str:
        """The reason in English."""
        return self.words("en")

    @property
    def text_ru(self) -> str:
        """The reason in Russian."""
        return self.words("ru")


@dataclass(frozen=True)
class Parts:
    """What a candidate's score is made of: EWC points, the established use, the share
    of words in common, coverage and months overlap (None: not known)."""

    ewc: float = 0.0
    use: Use | None = None
    similar: float = 0.0
    coverage: float | None = None
    season: float | None = None
    carriers: tuple[str, str] = ("", "")  # what the utility carries and what is needed
    suggested: bool = False  # a waste code behind the EWC points was suggested from words
    sector: bool = False     # the receiver works in a sector the established use names


@dataclass
class Candidate:
    """A supplier output and a receiver input that may go together."""

    supplier: Offer
    receiver: Offer
    score: float
    parts: Parts = field(default_factory=Parts)
    distance_km: float | None = None
    tonnes: float | None = None
    transport_co2e_t: float | None = None
    avoided_co2e_t: float | None = None
    money: float | None = None

    @property
    def use(self) -> Use | None:
        """The established use from the knowledge table, if any."""
        return self.parts.use

    @functools.cached_property
    def signals(self) -> list[Signal]:
        """Each reason the candidate scores, with its points."""
        return _signals(self.supplier, self.receiver, self.parts)

    @property
    def net_co2e_t(self) -> float | None:
        """CO2e avoided a year with the transport's emissions subtracted (None: unknown)."""
        if self.avoided_co2e_t is None:
            return None
        return self.avoided_co2e_t - (self.transport_co2e_t or 0.0)

    def explanation(self, language: str) -> str:
        """The signals in plain words, most important first."""
        parts = [signal.text_ru if language == "ru" else signal.text_en
                 for signal in sorted(self.signals, key=lambda s: -s.points)]
        if self.distance_km is None:
            parts.append("расстояние неизвестно" if language == "ru" else "distance unknown")
        else:
            parts.append(f"{self.distance_km:.0f} км" if language == "ru"
                         else f"{self.distance_km:.0f} km")
        return "; ".join(parts)


@dataclass(frozen=True)
class Settings:
    """Factors for the estimates: road freight CO2e (kg per t·km) and CO2e of the heat an
    energy exchange displaces (t per MWh); a freight rate (money per t·km) when known."""

    freight_co2e: float
    heat_co2e: float
    freight_rate: float | None = None


def distance_km(first: Party, second: Party) -> float | None:
    """Great-circle distance (haversine, mean Earth radius 6371 km); None when unknown."""
    if None in (first.latitude, first.longitude, second.latitude, second.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (first.latitude, first.longitude,
                                                second.latitude, second.longitude))
    half = (math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(half))


def _chapter(code: str) -> str:
    return code.replace("*", "").strip()[:2]


def _subchapter(code: str) -> str:
    return code.replace("*", "").strip()[:5]


def find_candidates(offers: list[Offer], settings: Settings, include_external: bool = False,
                    top: int | None = None, per_output: int | None = PER_OUTPUT
                    ) -> list[Candidate]:
    """The candidates from outputs to inputs of other enterprises, best first: for each
    output its `per_output` best receivers (None: all); an enterprise outside the park
    takes part only when `include_external`.

    Each output is scored at once against the inputs its words, EWC sub-chapter, kind
    (for energy, water, gas, services and infrastructure) and established uses lead to
    (see `symbiosis.index`); signals and words are made for the receivers kept only."""
    taking_part = [o for o in offers if o.party.in_park or include_external]
    outputs = [o for o in taking_part if o.direction == "output"]
    index = InputIndex([o for o in taking_part if o.direction == "input"], FOOD_AND_FEED,
                       _in_base_unit)
    found: list[Candidate] = []
    for offer in outputs:
        found.extend(_best_receivers(offer, index, settings, per_output))
    found.sort(key=lambda c: -c.score)
    return found[:top] if top else found


def _best_receivers(offer: Offer, index: InputIndex, settings: Settings,
                    per_output: int | None) -> list[Candidate]:
    columns = index.columns
    offer_uses = offered_as(offer.ewc, offer.stems)
    code, subchapter, chapter = index.codes(offer.ewc)
    suggested = code < 0 and bool(suggestion(offer_uses))
    if suggested:
        _, subchapter, chapter = index.codes(suggestion(offer_uses))
    kind = index.number("kind:" + offer.kind)
    word_postings = [index.words[w] for w in offer.stems if w in index.words]
    accepting = [index.accepting(use, offer.stems) for use in offer_uses]
    parts = list(word_postings)
    if subchapter >= 0 and subchapter in index.subchapters:
        parts.append(index.subchapters[subchapter])
    if offer.kind in SHARED_KINDS and kind in index.kinds:
        parts.append(index.kinds[kind])
    reached = np.logical_or.reduce([mask for pair in accepting for mask in pair]) \
        if accepting else np.zeros(len(index.inputs), dtype=bool)
    for posting in parts:
        reached[posting] = True
    pool = np.flatnonzero(reached)
    valid = (columns.kind[pool] == kind) & \
        (columns.party[pool] != index.number("party:" + str(offer.party.id)))
    if offer.hazardous:
        valid &= ~columns.food[pool]  # hazardous waste never goes into food or feed
    if offer.kind == "energy" and offer.temperature is not None:
        valid &= ~(columns.temperature[pool] > offer.temperature)  # heat colder than needed
    offered = carrier(offer.kind, offer.stems)
    met = np.zeros(len(pool), dtype=bool)
    if offered:  # what the utility carries must meet what is needed (steam, not power)
        needed = columns.carrier[pool]
        met = np.isin(needed, [index.number("carrier:" + name)
                               for name in MEETS.get(offered, (offered,))])
        valid &= met | (needed == index.number("carrier:"))
        if offered == "steam" and offer.pressure is not None:
            valid &= ~((needed == index.number("carrier:steam"))
                       & (columns.pressure[pool] > offer.pressure))  # steam at a lower pressure
    offered_classes = classes(offer_uses) if offer.kind == "material" else 0
    if offered_classes:  # a material named as wood is no steel a need names ...
        named = columns.classes[pool]
        asking = np.logical_or.reduce([strong for strong, _ in accepting])[pool] \
            if accepting else np.zeros(len(pool), dtype=bool)
        valid &= (named == 0) | ((named & offered_classes) != 0) | asking  # ... unless it asks
    offered_species = species(offer.stems)
    for category, group in group_masks():  # steel scrap is no aluminium scrap
        if offered_species & group and offered_classes & CLASS_BITS[category]:
            named = columns.species[pool] & group
            valid &= (named == 0) | ((named & offered_species) != 0) | \
                ((columns.classes[pool] & CLASS_BITS[category]) == 0)
    pool, met = pool[valid], met[valid]
    if not len(pool):
        return []
    ewc = np.zeros(len(pool))
    if chapter >= 0:
        ewc = np.where((columns.code[pool] == code) & (code >= 0), WEIGHTS["ewc_code"],
                       np.where((columns.subchapter[pool] == subchapter) & (subchapter >= 0),
                                WEIGHTS["ewc_subchapter"],
                                np.where(columns.chapter[pool] == chapter, WEIGHTS["ewc_chapter"],
                                         0.0)))
    guessed = suggested | columns.suggested[pool]
    # Per use of the output (rows) and receiver (columns): asked for; in its sector.
    sectors = np.array([index.receiving(use)[pool] for use in offer_uses]
                       ).reshape(len(offer_uses), len(pool))
    accepted = np.array([strong[pool] | (weak[pool] & sectors[j])
                         for j, (strong, weak) in enumerate(accepting)]
                        ).reshape(len(offer_uses), len(pool))
    known, sector = accepted.any(axis=0), sectors.any(axis=0)
    similar = np.zeros(len(pool))
    if word_postings:
        hits = np.bincount(np.concatenate(word_postings), minlength=len(index.inputs))[pool]
        similar = hits / np.maximum(np.minimum(len(offer.stems), columns.stem_count[pool]), 1)
    # Evidence of its own: a code suggested from the words only ranks what the words,
    # a real code or an established use found; the rest is dropped before scoring.
    evidence = known | (similar >= 0.25) | ((ewc > 0) & ~guessed)
    shared = offer.kind in SHARED_KINDS
    if not shared:
        kept = np.flatnonzero(evidence)
        if not len(kept):
            return []
        pool, met, ewc, guessed, known, sector, similar, evidence = (
            pool[kept], met[kept], ewc[kept], guessed[kept], known[kept], sector[kept],
            similar[kept], evidence[kept])
        accepted, sectors = accepted[:, kept], sectors[:, kept]
    material = ewc + WEIGHTS["knowledge"] * known + \
        np.where(similar >= 0.25, WEIGHTS["words"] * similar, 0.0)
    amount, dimension = _in_base_unit(offer)
    needed = columns.amount[pool]
    covered = (columns.dimension[pool] == dimension) & (needed > 0)
    coverage = np.minimum(1.0, amount / np.where(covered, needed, 1.0))
    mask = columns.months[pool]
    timed = mask > 0
    season = POPCOUNT[mask & (month_mask(offer.months) or 4095)] / np.where(timed, POPCOUNT[mask],
                                                                             1.0)
    distance = haversine_km(_radian(offer.party.latitude), _radian(offer.party.longitude),
                            columns, pool)
    located = ~np.isnan(distance)
    supported = sector & evidence  # the sector only supports other evidence
    score = (material + (WEIGHTS["kind"] if shared else 0.0)
             + np.where(supported, WEIGHTS["sector"], 0.0)
             + np.where(met, WEIGHTS["carrier"], 0.0)
             + WEIGHTS["coverage"] * np.where(covered, coverage, 0.0)
             + WEIGHTS["season"] * np.where(timed, season, 0.0)) * \
        np.where(located, 0.5 + 0.5 * np.exp(-np.where(located, distance, 0.0)
                                             / DISTANCE_SCALE_KM), 1.0)
    keep = np.flatnonzero((score >= MINIMUM_SCORE) & (evidence | shared))
    keep = keep[np.argsort(-score[keep], kind="stable")][:per_output or None]
    # The use shown: one the receiver asks for, in its sector when one is.
    shown = np.argmax(accepted[:, keep] * (1 + sectors[:, keep]), axis=0) \
        if len(offer_uses) else np.zeros(len(keep), dtype=np.int64)
    found = []
    for at, i in enumerate(keep):
        need = index.inputs[pool[i]]
        use = offer_uses[shown[at]] if known[i] else None
        candidate = Candidate(offer, need, round(float(score[i]), 4), Parts(
            float(ewc[i]), use, float(similar[i]),
            float(coverage[i]) if covered[i] else None,
            float(season[i]) if timed[i] else None,
            (offered, carrier(need.kind, need.stems)) if met[i] else ("", ""),
            bool(guessed[i]) and ewc[i] > 0, bool(supported[i])),
            float(distance[i]) if located[i] else None)
        _estimate(candidate, settings)
        found.append(candidate)
    return found


def _radian(value: float | None) -> float:
    return math.nan if value is None else math.radians(value)


@functools.cache
def _base(unit: str) -> tuple[float, int]:
    for number, base in enumerate(BASE_UNITS):
        factor = _factor(unit, base)
        if factor is not None:
            return factor, number
    return math.nan, -1


def _in_base_unit(offer: Offer) -> tuple[float, int]:
    """The quantity in its dimension's base unit and that unit's number (NaN, -1 when
    there is no quantity or unit)."""
    if offer.quantity is None or not offer.unit:
        return math.nan, -1
    factor, number = _base(offer.unit)
    return offer.quantity * factor, number


_KIND_RU = {"energy": "энергия", "water": "вода", "gas": "газ", "service": "услуга",
            "infrastructure": "инфраструктура"}


def _signals(offer: Offer, need: Offer, parts: Parts) -> list[Signal]:
    signals = []
    if parts.suggested:
        level = ("подразделу", "sub-chapter") if parts.ewc == WEIGHTS["ewc_subchapter"] \
            else ("разделу", "chapter")
        signals.append(Signal("ewc_suggested", parts.ewc, lambda lang: (
            f"по названиям оба потока относятся к одному {level[0]} кодов отходов"
            if lang == "ru" else f"by their names both streams belong to one EWC {level[1]}")))
    elif parts.ewc == WEIGHTS["ewc_code"]:
        signals.append(Signal("ewc_code", parts.ewc, lambda lang: (
            f"тот же код отхода {offer.ewc}" if lang == "ru" else f"same EWC code {offer.ewc}")))
    elif parts.ewc == WEIGHTS["ewc_subchapter"]:
        signals.append(Signal("ewc_subchapter", parts.ewc, lambda lang: (
            f"тот же подраздел отходов {_subchapter(offer.ewc)}" if lang == "ru"
            else f"same EWC sub-chapter {_subchapter(offer.ewc)}")))
    elif parts.ewc == WEIGHTS["ewc_chapter"]:
        signals.append(Signal("ewc_chapter", parts.ewc, lambda lang: (
            f"та же глава отходов {_chapter(offer.ewc)}" if lang == "ru"
            else f"same EWC chapter {_chapter(offer.ewc)}")))
    use = parts.use
    if use is not None:
        signals.append(Signal("knowledge", WEIGHTS["knowledge"], lambda lang: (
            f"{use.use_ru} ({use.precedent_ru})" if lang == "ru"
            else f"{use.use_en} ({use.precedent})")))
    if parts.sector:
        codes = ", ".join(code for code in need.party.activities
                          if parts.use is None or parts.use.receives(code)) or need.party.nace
        signals.append(Signal("sector", WEIGHTS["sector"], lambda lang: (
            f"получатель работает в отрасли, где это применяется ({codes})"
            if lang == "ru" else f"the receiver works in a sector of this use ({codes})")))
    if parts.similar >= 0.25:
        signals.append(Signal("words", WEIGHTS["words"] * parts.similar,
                              lambda lang: _shared_words(offer, need, lang)))
    if offer.kind in SHARED_KINDS:
        signals.append(Signal("kind", WEIGHTS["kind"], lambda lang: (
            f"оба потока: {_KIND_RU.get(offer.kind, offer.kind)}" if lang == "ru"
            else f"both {offer.kind}")))
    offered, needed = parts.carriers
    if offered:
        signals.append(Signal("carrier", WEIGHTS["carrier"], lambda lang: (
            f"{NAMES_RU[offered]} подходит для потребности: {NAMES_RU[needed]}" if lang == "ru"
            else f"{NAMES_EN[offered]} meets a need for {NAMES_EN[needed]}")))
    coverage, season = parts.coverage, parts.season
    if coverage is not None:
        signals.append(Signal("coverage", WEIGHTS["coverage"] * coverage, lambda lang: (
            f"покрывает {coverage:.0%} потребности" if lang == "ru"
            else f"covers {coverage:.0%} of the need")))
    if season is not None:
        signals.append(Signal("season", WEIGHTS["season"] * season, lambda lang: (
            ("доступен в нужные месяцы" if lang == "ru" else "available in the months needed")
            if season == 1 else (f"совпадает {season:.0%} месяцев" if lang == "ru"
                                 else f"{season:.0%} of the months overlap"))))
    return signals


def _shared_words(offer: Offer, need: Offer, language: str) -> str:
    common = offer.stems & need.stems
    offered = ", ".join(words_with_stems(f"{offer.name} {offer.notes}", common))
    needed = ", ".join(words_with_stems(f"{need.name} {need.notes}", common))
    shared = offered if offered == needed else f"{offered} ↔ {needed}"
    return f"общие слова: {shared}" if language == "ru" else f"similar words: {shared}"


@functools.cache
def _factor(unit: str, target: str) -> float | None:
    """What one `unit` is in `target` (None when the units do not convert)."""
    try:
        return float(registry().Quantity(1, parse_unit(unit)).m_as(parse_unit(target)))
    except (UnitError, pint.DimensionalityError):
        return None


def _amount(offer: Offer, unit: str) -> float | None:
    if offer.quantity is None or not offer.unit:
        return None
    factor = _factor(offer.unit, unit)
    return None if factor is None else offer.quantity * factor


def _estimate(candidate: Candidate, settings: Settings) -> None:
    """Tonnes moved a year and their transport CO2e (Settings.freight_co2e per t·km);
    CO2e avoided: for heat, that of the gas-fired heat it displaces; for a material,
    the published factor of its established use where the knowledge table has one
    (else unknown); money: disposal cost avoided plus purchase saved, minus freight
    when a rate is given, in the supplier's currency (a price in another is left out)."""
    offer, need = candidate.supplier, candidate.receiver
    if offer.kind == "energy":
        heat = _amount(offer, "MWh")
        wanted = _amount(need, "MWh")
        if heat is not None:
            used = min(heat, wanted) if wanted is not None else heat
            candidate.avoided_co2e_t = used * settings.heat_co2e
        return
    tonnes = _amount(offer, "t")
    wanted = _amount(need, "t")
    if tonnes is None:
        return
    if offer.kind not in SHARED_KINDS and candidate.use is None \
            and candidate.parts.ewc != WEIGHTS["ewc_code"]:
        return  # no established use and not the same waste: no estimate, "unknown"
    moved = min(tonnes, wanted) if wanted is not None else tonnes
    candidate.tonnes = moved
    if candidate.distance_km is not None:
        candidate.transport_co2e_t = moved * candidate.distance_km * settings.freight_co2e / 1000
    if candidate.use is not None and candidate.use.avoided_co2e_per_t is not None:
        candidate.avoided_co2e_t = moved * candidate.use.avoided_co2e_per_t
    money = 0.0
    known = False
    per_tonne_disposal = _per_tonne(offer, offer.disposal_cost)
    per_tonne_price = _per_tonne(need, need.price) if need.currency == offer.currency else None
    if per_tonne_disposal is not None:
        money += moved * per_tonne_disposal
        known = True
    if per_tonne_price is not None:
        money += moved * per_tonne_price
        known = True
    if known and settings.freight_rate is not None and candidate.distance_km is not None:
        money -= moved * candidate.distance_km * settings.freight_rate
    candidate.money = money if known else None


_KIND_NAMES_RU = {"material": "материал", **{k: v for k, v in (
    ("energy", "энергия"), ("water", "вода"), ("gas", "газ"), ("service", "услуга"),
    ("infrastructure", "инфраструктура"))}}


def why_not(offer: Offer, need: Offer, settings: Settings) -> list[Signal]:
    """Why `offer` is not a candidate for `need`: the gate it fails or the evidence that is
    missing, each in both languages (empty when the pair is a candidate)."""
    def say(key: str, ru: str, en: str) -> list[Signal]:
        return [Signal(key, 0.0, lambda lang: ru if lang == "ru" else en)]

    if offer.party.id == need.party.id:
        return say("same_party", "это одно и то же предприятие",
                   "both streams belong to the same enterprise")
    if offer.direction != "output" or need.direction != "input":
        return say("direction", "выберите предлагаемый поток и потребность",
                   "pick an offered stream and a need")
    if offer.kind != need.kind:
        return say("kind", f"{_KIND_NAMES_RU.get(offer.kind, offer.kind)} не покрывает "
                           f"потребность вида «{_KIND_NAMES_RU.get(need.kind, need.kind)}»",
                   f"{offer.kind} cannot meet a need for {need.kind}")
    if offer.hazardous and any(code[:2] in FOOD_AND_FEED for code in need.party.activities):
        return say("hazardous", "опасные отходы никогда не направляются в производство "
                                "пищевых продуктов или кормов",
                   "hazardous waste never goes into food or feed")
    if offer.kind == "energy" and None not in (offer.temperature, need.temperature) \
            and need.temperature > offer.temperature:
        return say("colder", f"тепло холоднее нужного ({offer.temperature:g} °C при "
                             f"потребности {need.temperature:g} °C)",
                   f"the heat is colder than needed ({offer.temperature:g} °C for "
                   f"{need.temperature:g} °C)")
    offered, needed = carrier(offer.kind, offer.stems), carrier(need.kind, need.stems)
    if not meets(offered, needed):
        return say("carrier", f"{NAMES_RU[offered]} не покрывает потребность: "
                              f"{NAMES_RU.get(needed, needed)}",
                   f"{NAMES_EN[offered]} cannot meet a need for {NAMES_EN.get(needed, needed)}")
    if offered == needed == "steam" and None not in (offer.pressure, need.pressure) \
            and need.pressure > offer.pressure:
        return say("pressure", f"давление пара ниже нужного ({offer.pressure:g} бар при "
                               f"потребности {need.pressure:g} бар)",
                   f"the steam's pressure is below the need ({offer.pressure:g} bar for "
                   f"{need.pressure:g} bar)")
    offered_uses, needed_uses = offered_as(offer.ewc, offer.stems), naming(need.ewc, need.stems)
    asks = any(len(phrase) > 1 and phrase <= need.stems  # as the matcher's first mask
               for use in offered_uses for phrase in use.asked_by(offer.stems))
    if offer.kind == "material" and classes(offered_uses) and classes(needed_uses) \
            and not classes(offered_uses) & classes(needed_uses) and not asks:
        first, second = _material_names(offered_uses), _material_names(needed_uses)
        return say("material", f"по названиям это разные материалы: {first[1]} и {second[1]}",
                   f"the names tell different materials: {first[0]} and {second[0]}")
    both = {category for category, bit in CLASS_BITS.items()
            if classes(offered_uses) & classes(needed_uses) & bit}
    if excluded(species(offer.stems), species(need.stems), both):
        first, second = species(offer.stems), species(need.stems)
        return say("species", f"по названиям это разные материалы: {names(first, 'ru')} и "
                              f"{names(second, 'ru')}",
                   f"the names tell different materials: {names(first, 'en')} and "
                   f"{names(second, 'en')}")
    found = find_candidates([offer, need], settings, include_external=True, per_output=None)
    if found:
        return []
    missing_ru, missing_en = [], []
    if not offered_uses:
        missing_ru.append("в базе знаний нет известного применения этого материала")
        missing_en.append("the knowledge base knows no use of this material")
    else:
        use = offered_uses[0]
        missing_ru.append(f"потребность не называет того, что принимает известное применение "
                          f"({use.use_ru}): например, «{'», «'.join(use.accepts_ru[:3])}»")
        missing_en.append(f"the need does not name what its known use ({use.use_en}) takes, "
                          "such as " + ", ".join(f'"{a}"' for a in use.accepts_en[:3]))
    if not (offer.ewc and need.ewc and _chapter(offer.ewc) == _chapter(need.ewc)):
        missing_ru.append("коды отходов не совпадают или не указаны")
        missing_en.append("the waste codes differ or are not given")
    common = offer.stems & need.stems
    if len(common) / max(min(len(offer.stems), len(need.stems)), 1) < 0.25:
        missing_ru.append("в названиях почти нет общих слов")
        missing_en.append("the names have few words in common")
    return say("evidence", "недостаточно оснований: " + "; ".join(missing_ru),
               "not enough evidence: " + "; ".join(missing_en))


def _material_names(named: list[Use]) -> tuple[str, str]:
    """The material classes of the rows naming a stream, in English and Russian."""
    listed = list(dict.fromkeys(use.category for use in named if use.family == "material"))
    return (", ".join(MATERIAL_NAMES[c][0] for c in listed),
            ", ".join(MATERIAL_NAMES[c][1] for c in listed))


def allocated(candidates: list[Candidate]) -> list[float]:
    """The share of each candidate's estimate that a park total may count. Each candidate
    is estimated as if it alone took the output (up to its need); in a total an output's
    quantity goes to its receivers best first and a need is filled once, so that nothing
    is counted once per receiver. A candidate whose quantities are not known counts whole."""
    left: dict[uuid.UUID, float] = {}
    shares = [1.0] * len(candidates)
    for i in sorted(range(len(candidates)), key=lambda i: -candidates[i].score):
        offer, need = candidates[i].supplier, candidates[i].receiver
        supply, dimension = _in_base_unit(offer)
        wanted, needed_dimension = _in_base_unit(need)
        if math.isnan(supply):
            continue
        alone = supply if math.isnan(wanted) or needed_dimension != dimension \
            else min(supply, wanted)
        available = left.setdefault(offer.id, supply)
        if not math.isnan(wanted) and needed_dimension == dimension:
            available = min(available, left.setdefault(need.id, wanted))
            left[need.id] -= max(available, 0.0)
        left[offer.id] -= max(available, 0.0)
        shares[i] = max(available, 0.0) / alone if alone > 0 else 0.0
    return shares


def _per_tonne(offer: Offer, value: float | None) -> float | None:
    if value is None or not offer.unit:
        return None
    factor = _factor(offer.unit, "t")
    return None if not factor else value / factor
