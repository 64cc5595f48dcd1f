"""Find symbiosis candidates: from every output stream to every compatible input stream
of another enterprise, scored by visible signals and explained in plain words.

Signals (each listed in the explanation): the same EWC code, sub-chapter or chapter;
an established use from the knowledge table (material and receiving sector, with its
precedent); similar words in names and notes (Russian or English); how much of the
need the offer covers; the months both run; the distance. Hard gates: another kind
of stream, hazardous waste into food or feed, heat colder than needed.

Candidate inputs for each output come from indexes (words, EWC chapter, receiving
sectors, kind for energy, water and gas), never from all pairs, so the work grows
with the matches, not with the square of the streams.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import pint

from recp_audit.symbiosis.knowledge import Use, uses
from recp_audit.symbiosis.text import similarity, stems, words_with_stems
from recp_audit.units import UnitError, parse_unit, registry

FOOD_AND_FEED = ("01", "03", "10", "11")  # NACE divisions a hazardous waste must never reach
WEIGHTS = {"ewc_code": 0.45, "ewc_subchapter": 0.3, "ewc_chapter": 0.15, "knowledge": 0.4,
           "words": 0.35, "coverage": 0.1, "season": 0.05, "kind": 0.1}
MINIMUM_SCORE = 0.3
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

    @property
    def stems(self) -> frozenset[str]:
        """The comparable words of name and notes."""
        return stems(f"{self.name} {self.notes}")


@dataclass(frozen=True)
class Signal:
    """One reason a candidate scores: its key, weight earned and the words for people."""

    key: str
    points: float
    text_en: str
    text_ru: str


@dataclass
class Candidate:
    """A supplier output and a receiver input that may go together."""

    supplier: Offer
    receiver: Offer
    score: float
    signals: list[Signal] = field(default_factory=list)
    distance_km: float | None = None
    use: Use | None = None  # the established use from the knowledge table, if any
    tonnes: float | None = None
    transport_co2e_t: float | None = None
    avoided_co2e_t: float | None = None
    money: float | None = None

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
                    top: int | None = None) -> list[Candidate]:
    """Every candidate from an output to an input of another enterprise, best first; an
    enterprise outside the park takes part only when `include_external`."""
    outputs = [o for o in offers if o.direction == "output"
               and (o.party.in_park or include_external)]
    inputs = [o for o in offers if o.direction == "input"
              and (o.party.in_park or include_external)]
    by_word: dict[str, list[Offer]] = defaultdict(list)
    by_chapter: dict[str, list[Offer]] = defaultdict(list)
    by_kind: dict[str, list[Offer]] = defaultdict(list)
    by_use: dict[str, list[Offer]] = defaultdict(list)
    table = uses()
    for need in inputs:
        for word in need.stems:
            by_word[word].append(need)
        if need.ewc:
            by_chapter[_chapter(need.ewc)].append(need)
        if need.kind in SHARED_KINDS:
            by_kind[need.kind].append(need)
        for use in table:
            if use.receives(need.party.nace):
                by_use[use.id].append(need)
    found = []
    for offer in outputs:
        offer_uses = [use for use in table if use.names_material(offer.ewc, offer.stems)]
        pool: dict[uuid.UUID, Offer] = {}
        for word in offer.stems:
            pool.update((n.id, n) for n in by_word.get(word, ()))
        if offer.ewc:
            pool.update((n.id, n) for n in by_chapter.get(_chapter(offer.ewc), ()))
        pool.update((n.id, n) for n in by_kind.get(offer.kind, ()))
        for use in offer_uses:
            pool.update((n.id, n) for n in by_use.get(use.id, ()))
        for need in pool.values():
            candidate = _assess(offer, need, offer_uses, settings)
            if candidate is not None:
                found.append(candidate)
    found.sort(key=lambda c: -c.score)
    return found[:top] if top else found


def _assess(offer: Offer, need: Offer, offer_uses: list[Use], settings: Settings
            ) -> Candidate | None:
    if offer.party.id == need.party.id or offer.kind != need.kind:
        return None
    if offer.hazardous and need.party.nace[:2] in FOOD_AND_FEED:
        return None  # hazardous waste never goes into food or feed
    if offer.kind == "energy" and None not in (offer.temperature, need.temperature) \
            and offer.temperature < need.temperature:
        return None  # heat colder than the receiver needs
    use = next((u for u in offer_uses if u.receives(need.party.nace)), None)
    signals = _material_signals(offer, need, use)
    if not signals and offer.kind not in SHARED_KINDS:
        return None
    if offer.kind in SHARED_KINDS:
        signals.append(Signal("kind", WEIGHTS["kind"], f"both {offer.kind}",
                              f"оба потока: {_KIND_RU.get(offer.kind, offer.kind)}"))
    coverage = _coverage(offer, need)
    if coverage is not None:
        signals.append(Signal("coverage", WEIGHTS["coverage"] * coverage,
                              f"covers {coverage:.0%} of the need",
                              f"покрывает {coverage:.0%} потребности"))
    season = _season(offer, need)
    if season is not None and season < 1:
        signals.append(Signal("season", WEIGHTS["season"] * season,
                              f"{season:.0%} of the months overlap",
                              f"совпадает {season:.0%} месяцев"))
    elif season == 1:
        signals.append(Signal("season", WEIGHTS["season"], "available in the months needed",
                              "доступен в нужные месяцы"))
    distance = distance_km(offer.party, need.party)
    score = sum(signal.points for signal in signals)
    if distance is not None:
        score *= 0.5 + 0.5 * math.exp(-distance / DISTANCE_SCALE_KM)
    if score < MINIMUM_SCORE:
        return None
    candidate = Candidate(offer, need, round(score, 4), signals, distance, use)
    _estimate(candidate, settings)
    return candidate


_KIND_RU = {"energy": "энергия", "water": "вода", "gas": "газ", "service": "услуга",
            "infrastructure": "инфраструктура"}


def _material_signals(offer: Offer, need: Offer, use: Use | None) -> list[Signal]:
    signals = []
    if offer.ewc and need.ewc:
        if offer.ewc.replace("*", "") == need.ewc.replace("*", ""):
            signals.append(Signal("ewc_code", WEIGHTS["ewc_code"], f"same EWC code {offer.ewc}",
                                  f"тот же код отхода {offer.ewc}"))
        elif _subchapter(offer.ewc) == _subchapter(need.ewc):
            signals.append(Signal("ewc_subchapter", WEIGHTS["ewc_subchapter"],
                                  f"same EWC sub-chapter {_subchapter(offer.ewc)}",
                                  f"тот же подраздел отходов {_subchapter(offer.ewc)}"))
        elif _chapter(offer.ewc) == _chapter(need.ewc):
            signals.append(Signal("ewc_chapter", WEIGHTS["ewc_chapter"],
                                  f"same EWC chapter {_chapter(offer.ewc)}",
                                  f"та же глава отходов {_chapter(offer.ewc)}"))
    if use is not None:
        signals.append(Signal("knowledge", WEIGHTS["knowledge"], f"{use.use_en} ({use.precedent})",
                              f"{use.use_ru} ({use.precedent})"))
    words = similarity(offer.stems, need.stems)
    if words >= 0.25:
        common = offer.stems & need.stems
        offered = ", ".join(words_with_stems(f"{offer.name} {offer.notes}", common))
        needed = ", ".join(words_with_stems(f"{need.name} {need.notes}", common))
        shared = offered if offered == needed else f"{offered} ↔ {needed}"
        signals.append(Signal("words", WEIGHTS["words"] * words, f"similar words: {shared}",
                              f"общие слова: {shared}"))
    return signals


def _amount(offer: Offer, unit: str) -> float | None:
    if offer.quantity is None or not offer.unit:
        return None
    try:
        return float(registry().Quantity(offer.quantity, parse_unit(offer.unit))
                     .m_as(parse_unit(unit)))
    except (UnitError, pint.DimensionalityError):
        return None


def _coverage(offer: Offer, need: Offer) -> float | None:
    if need.quantity in (None, 0) or not need.unit:
        return None
    given = _amount(offer, need.unit)
    return None if given is None else min(1.0, given / need.quantity)


def _season(offer: Offer, need: Offer) -> float | None:
    if not need.months:
        return None
    available = set(offer.months or range(1, 13))
    return len(available & set(need.months)) / len(set(need.months))


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


def _per_tonne(offer: Offer, value: float | None) -> float | None:
    if value is None or not offer.unit:
        return None
    try:
        return float(value / registry().Quantity(1, parse_unit(offer.unit)).m_as("t"))
    except (UnitError, pint.DimensionalityError):
        return None
