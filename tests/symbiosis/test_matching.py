"""The matching engine on a park of documented real exchanges: expected pairs near the
top, explanations that name their signals, gates that hold, and estimates by hand."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from recp_audit.services.symbiosis import settings
from recp_audit.symbiosis.matching import Offer, distance_km, find_candidates
from tests.symbiosis.park import BAKERY, CEMENT, EXPECTED, OFFERS, POWER, party, stream

FACTORS = settings()


def pairs(candidates) -> list[tuple[str, str]]:
    return [(c.supplier.name, c.receiver.name) for c in candidates]


def named(offers: list[Offer], name: str) -> Offer:
    return next(o for o in offers if o.name == name)


def test_every_documented_exchange_is_the_best_candidate_of_its_receiver():
    found = find_candidates(OFFERS, FACTORS)
    best = {}
    for candidate in found:
        best.setdefault(candidate.receiver.name, candidate.supplier.name)
    for supplier, receiver in EXPECTED:
        assert best[receiver] == supplier
    top = pairs(found)[:len(EXPECTED) + 2]
    assert len(EXPECTED & set(top)) == len(EXPECTED)


def test_explanations_name_the_signals_in_both_languages():
    found = {(c.supplier.name, c.receiver.name): c for c in find_candidates(OFFERS, FACTORS)}
    ash = found[("Coal fly ash", "Pozzolanic additive for clinker replacement")]
    assert [s.key for s in ash.signals][:1] == ["knowledge"]
    assert "cement and concrete makers use coal fly ash" in ash.explanation("en")
    assert "EN 450-1" in ash.explanation("en")
    assert ash.explanation("en").endswith("; 12 km")
    assert "используют золу-унос" in ash.explanation("ru") and "12 км" in ash.explanation("ru")
    sawdust = found[("Опилки древесные", "Sawdust and wood chips")]
    assert "similar words: опилки, древесные ↔ sawdust, wood" in sawdust.explanation("en")
    assert "covers 60% of the need" in sawdust.explanation("en")
    assert "покрывает 60% потребности" in sawdust.explanation("ru")
    steam = found[("Process steam", "Process steam for fermentation")]
    assert {"knowledge", "words", "kind", "coverage"} <= {s.key for s in steam.signals}


def test_same_ewc_code_and_subchapter_are_signals():
    maker = party("Glass works", "23.13", 1)
    user = party("Road builder", "42.11", 2)
    offers = [stream(maker, "output", "Cullet fines", ewc="10 11 12", quantity=100, unit="t"),
              stream(user, "input", "Glass fines for asphalt", ewc="10 11 12", quantity=50,
                     unit="t"),
              stream(user, "input", "Glass fibre offcuts", ewc="10 11 03", quantity=5,
                     unit="t")]
    found = {c.receiver.name: c for c in find_candidates(offers, FACTORS)}
    assert "same EWC code 10 11 12" in found["Glass fines for asphalt"].explanation("en")
    assert "same EWC sub-chapter 10 11" in found["Glass fibre offcuts"].explanation("en")
    assert found["Glass fines for asphalt"].score > found["Glass fibre offcuts"].score


def test_hazardous_waste_never_goes_into_food_or_feed():
    grains = named(OFFERS, "Пивная дробина")
    feed = named(OFFERS, "Animal feed")
    assert pairs(find_candidates([grains, feed], FACTORS)) == [(grains.name, feed.name)]
    tainted = dataclasses.replace(grains, hazardous=True)
    assert find_candidates([tainted, feed], FACTORS) == []


def test_heat_colder_than_needed_is_gated():
    steam = named(OFFERS, "Process steam")
    bakery_steam = next(o for o in OFFERS if o.party == BAKERY and o.kind == "energy")
    assert find_candidates([steam, bakery_steam], FACTORS) == []
    hotter = dataclasses.replace(steam, temperature=350)
    assert len(find_candidates([hotter, bakery_steam], FACTORS)) == 1


def test_another_kind_of_stream_is_gated():
    steam_need = named(OFFERS, "Process steam for fermentation")
    material = stream(POWER, "output", "Process steam condensate sludge", quantity=10,
                      unit="t")
    assert find_candidates([material, steam_need], FACTORS) == []


def test_russian_only_and_english_only_names_match_without_codes_or_sectors():
    russian = party("Мебельная фабрика", "")
    english = party("Board plant", "")
    offers = [stream(russian, "output", "Древесные опилки и стружка"),
              stream(english, "input", "Sawdust, shavings")]
    assert len(find_candidates(offers, FACTORS)) == 1
    offers = [stream(english, "output", "Waste cardboard"),
              stream(russian, "input", "Картон отходы")]
    assert len(find_candidates(offers, FACTORS)) == 1


def test_latin_look_alike_letters_in_russian_words_still_match():
    russian = party("Мебельная фабрика", "")
    english = party("Board plant", "")
    mixed = "Oпилки"  # a Latin O typed in a Cyrillic word
    assert mixed[0] == "O"
    offers = [stream(russian, "output", mixed), stream(english, "input", "Sawdust")]
    assert pairs(find_candidates(offers, FACTORS)) == [(mixed, "Sawdust")]


def test_missing_coordinates_make_the_distance_unknown_not_zero():
    nowhere = party("Unknown location sawmill", "16.10", located=False)
    offers = [stream(nowhere, "output", "Sawdust", quantity=100, unit="t"),
              named(OFFERS, "Sawdust and wood chips")]
    (candidate,) = find_candidates(offers, FACTORS)
    assert candidate.distance_km is None
    assert candidate.transport_co2e_t is None
    assert candidate.explanation("en").endswith("distance unknown")
    assert candidate.explanation("ru").endswith("расстояние неизвестно")


def test_quantities_without_units_give_no_coverage_and_no_tonnes():
    sawmill = party("Sawmill", "16.10")
    offers = [stream(sawmill, "output", "Sawdust", quantity=100),
              named(OFFERS, "Sawdust and wood chips")]
    (candidate,) = find_candidates(offers, FACTORS)
    assert "coverage" not in {s.key for s in candidate.signals}
    assert candidate.tonnes is None and candidate.money is None


def test_enterprises_outside_the_park_take_part_only_on_request():
    outside = party("Pellet plant abroad", "16.26", 40, in_park=False)
    offers = [named(OFFERS, "Опилки древесные"),
              stream(outside, "input", "Sawdust", quantity=1000, unit="t")]
    assert find_candidates(offers, FACTORS) == []
    (candidate,) = find_candidates(offers, FACTORS, include_external=True)
    assert candidate.receiver.party == outside


def test_estimates_match_a_hand_calculation():
    """Fly ash to cement: 50,000 t needed of 80,000 t offered, 12 km by lorry at
    0.12366 kg CO2e per t·km (Defra/DECC 2012 table 7e); disposal 20 and purchase 30 per t."""
    (candidate,) = [c for c in find_candidates(OFFERS, FACTORS)
                    if (c.supplier.name, c.receiver.party) == ("Coal fly ash", CEMENT)]
    assert candidate.tonnes == 50000
    assert candidate.distance_km == pytest.approx(12.0, rel=1e-3)
    assert candidate.transport_co2e_t == pytest.approx(50000 * 12 * 0.12366 / 1000, rel=1e-3)
    assert candidate.money == pytest.approx(50000 * 20 + 50000 * 30)
    freight = dataclasses.replace(FACTORS, freight_rate=0.1)
    (charged,) = [c for c in find_candidates(OFFERS, freight)
                  if (c.supplier.name, c.receiver.party) == ("Coal fly ash", CEMENT)]
    assert charged.money == pytest.approx(2_500_000 - 50000 * charged.distance_km * 0.1)


def test_heat_exchange_avoids_the_co2e_of_gas_fired_heat():
    """120,000 MWh of steam displaces gas heat at 56.1 t CO2/TJ (IPCC 2006 vol. 2 table
    2.2, natural gas) with CH4 and N2O, through a 90 % boiler."""
    (candidate,) = [c for c in find_candidates(OFFERS, FACTORS)
                    if pairs([c]) == [("Process steam", "Process steam for fermentation")]]
    per_mwh = (56100 + 1 * 28 + 0.1 * 265) / 1000 * 3.6 / 1000 / 0.9  # t CO2e per MWh heat
    assert candidate.avoided_co2e_t == pytest.approx(120000 * per_mwh, rel=1e-3)


def test_a_degree_of_latitude_is_111_2_km():
    """Haversine on the mean Earth radius 6371 km: one degree of arc is 111.19 km."""
    south = party("South", "", 0)
    north = dataclasses.replace(south, latitude=south.latitude + 1)
    assert distance_km(south, north) == pytest.approx(2 * math.pi * 6371 / 360)


KINDS = ("material", "energy", "water", "gas")
WORDS = ("ash", "зола", "sawdust", "опилки", "steam", "пар", "water", "sludge", "scrap")
NACE = ("", "01.41", "10.71", "16.26", "23.51", "35.11", "11.05", "21.20")


@st.composite
def random_offer(draw, index: int = 0):
    owner = party(f"E{draw(st.integers(0, 6))}", draw(st.sampled_from(NACE)),
                  draw(st.floats(0, 100)), located=draw(st.booleans()))
    return stream(owner, draw(st.sampled_from(("output", "input"))),
                  " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)))
                  + f" {draw(st.integers(0, 10**6))}",
                  kind=draw(st.sampled_from(KINDS)),
                  ewc=draw(st.sampled_from(("", "10 01 02", "02 07 02", "03 01 05"))),
                  hazardous=draw(st.booleans()),
                  quantity=draw(st.one_of(st.none(), st.floats(1, 1e5))),
                  unit=draw(st.sampled_from(("", "t", "MWh", "kg"))),
                  temperature=draw(st.one_of(st.none(), st.floats(10, 400))))


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.lists(random_offer(), max_size=25))
def test_no_candidate_ever_breaks_a_gate(offers):
    found = find_candidates(offers, FACTORS)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    for candidate in found:
        supplier, receiver = candidate.supplier, candidate.receiver
        assert (supplier.direction, receiver.direction) == ("output", "input")
        assert supplier.party.id != receiver.party.id
        assert supplier.kind == receiver.kind
        assert not (supplier.hazardous and receiver.party.nace[:2] in ("01", "03", "10", "11"))
        if supplier.kind == "energy" and None not in (supplier.temperature,
                                                      receiver.temperature):
            assert supplier.temperature >= receiver.temperature
        if candidate.distance_km is None:
            assert candidate.transport_co2e_t is None


def test_fly_ash_avoids_clinker_co2_with_transport_subtracted():
    """Fly ash replacing clinker avoids 0.52 t CO2 per t (IPCC 2006 vol. 3 ch. 2.2.1.2
    default clinker factor); 50,000 t over 12 km by lorry costs 74 t CO2e."""
    (candidate,) = [c for c in find_candidates(OFFERS, FACTORS)
                    if (c.supplier.name, c.receiver.party) == ("Coal fly ash", CEMENT)]
    assert candidate.avoided_co2e_t == pytest.approx(50000 * 0.52)
    assert candidate.net_co2e_t == pytest.approx(26000 - candidate.transport_co2e_t)
    assert candidate.net_co2e_t == pytest.approx(25926, abs=1)
    sawdust = [c for c in find_candidates(OFFERS, FACTORS) if c.supplier.name == "Опилки древесные"]
    assert sawdust[0].avoided_co2e_t is None and sawdust[0].net_co2e_t is None


def test_each_output_keeps_its_best_receivers():
    everything = find_candidates(OFFERS, FACTORS, per_output=None)
    one_each = find_candidates(OFFERS, FACTORS, per_output=1)
    suppliers = [c.supplier.id for c in one_each]
    assert len(suppliers) == len(set(suppliers))
    for candidate in one_each:
        best = max(c.score for c in everything if c.supplier.id == candidate.supplier.id)
        assert candidate.score == best
    assert len(everything) > len(one_each)


def test_park_totals_share_an_output_among_its_receivers_and_fill_a_need_once():
    from recp_audit.reports.symbiosis import totals
    from recp_audit.symbiosis.matching import allocated

    plant = party("Power plant", "35.11", 1)
    cement = [party(f"Cement {n}", "23.51", 2 + n) for n in range(3)]
    offers = [stream(plant, "output", "Coal fly ash", ewc="10 01 02", quantity=100, unit="t",
                     disposal_cost=20)]
    offers += [stream(works, "input", "Fly ash for cement", quantity=60, unit="t")
               for works in cement]
    found = find_candidates(offers, FACTORS)
    assert len(found) == 3 and all(c.tonnes == 60 for c in found)  # each alone: 60 t
    shares = allocated(found)
    assert sorted(shares, reverse=True) == pytest.approx([1, 40 / 60, 0])  # best first
    rows = [type("Row", (), {"match": c})() for c in found]
    total = totals(rows)
    assert total["tonnes"] == pytest.approx(100)  # not 180: the ash exists once
    assert total["money"] == pytest.approx(100 * 20)
    assert total["co2e"] == pytest.approx(sum(s * c.net_co2e_t for s, c in zip(shares, found)))
    second = party("Power plant 2", "35.11", 3)
    offers.append(stream(second, "output", "Coal fly ash from unit 2", ewc="10 01 02",
                         quantity=500, unit="t"))
    found = find_candidates(offers, FACTORS)
    rows = [type("Row", (), {"match": c})() for c in found]
    assert totals(rows)["tonnes"] == pytest.approx(180)  # every need filled, once


def test_no_estimate_for_a_pair_without_an_established_use():
    works = party("Furniture works", "31.09", 1)
    foundry = party("Foundry", "24.51", 2)
    offers = [stream(works, "output", "Обрезки ДСП", quantity=200, unit="t", disposal_cost=30),
              stream(foundry, "input", "Обрезки стальные", quantity=500, unit="t", price=300)]
    for candidate in find_candidates(offers, FACTORS):
        assert candidate.money is None and candidate.avoided_co2e_t is None


def test_why_not_names_the_gate_or_the_missing_evidence():
    from recp_audit.symbiosis.matching import why_not

    def said(offer, need):
        return " ".join(reason.words("ru") for reason in why_not(offer, need, FACTORS))

    boiler = party("Boiler house", "35.30", 1)
    dairy = party("Dairy", "10.51", 2)
    works = party("Furniture works", "31.09", 3)
    steam = stream(boiler, "output", "Hot water", kind="energy", temperature=70)
    need = stream(dairy, "input", "Process steam", kind="energy", temperature=150)
    assert "холоднее" in said(steam, need) and "70" in said(steam, need)
    power = stream(dairy, "input", "Electricity", kind="water")
    assert "не покрывает" in said(steam, power)
    sludge = stream(works, "output", "Paint sludge", ewc="08 01 13*", hazardous=True)
    feed = stream(dairy, "input", "Feed additive")
    assert "опасные отходы" in said(sludge, feed)
    chipboard = stream(works, "output", "Обрезки ДСП", quantity=200, unit="t")
    yoghurt = stream(dairy, "input", "Культура йогурта")
    reason = said(chipboard, yoghurt)
    assert reason.startswith("недостаточно оснований") and "общих слов" in reason
    assert all(ch not in reason for ch in "abcdefghijklmnopqrstuvwxyz")  # wholly Russian
    found = find_candidates(OFFERS, FACTORS)
    assert why_not(found[0].supplier, found[0].receiver, FACTORS) == []  # a candidate


@pytest.mark.parametrize("offered, needed, kinds, meets", [
    ("Process steam 10 bar", "Electricity for the press line", ("energy", "energy"), False),
    ("Тёплая вода конденсатора", "Очистка сточных вод", ("water", "water"), False),
    ("Low-pressure hot water", "Process steam", ("energy", "energy"), False),
    ("Пар технологический", "Горячая вода для мойки", ("energy", "energy"), True),
    ("Биогаз", "Природный газ для котла", ("gas", "gas"), True),
    ("Electricity from CHP", "Hot water for heating", ("energy", "energy"), False),
    ("Очищенные сточные воды", "Вода для охлаждения", ("water", "water"), True),
])
def test_utilities_are_carriers_that_must_meet_the_need(offered, needed, kinds, meets):
    from recp_audit.symbiosis.matching import why_not

    plant = party("Plant", "20.14", 1)
    user = party("User", "10.51", 2)
    offer = stream(plant, "output", offered, kind=kinds[0], quantity=1000, unit="MWh")
    need = stream(user, "input", needed, kind=kinds[1], quantity=500, unit="MWh")
    found = find_candidates([offer, need], FACTORS)
    assert bool(found) == meets
    if not meets:
        assert why_not(offer, need, FACTORS)[0].key == "carrier"


def test_steam_at_a_lower_pressure_than_needed_is_no_candidate():
    from recp_audit.symbiosis.matching import why_not

    plant, user = party("Plant", "20.14", 1), party("User", "10.51", 2)
    offer = stream(plant, "output", "Process steam", kind="energy", pressure=3.0)
    need = stream(user, "input", "Process steam", kind="energy", pressure=8.0)
    assert find_candidates([offer, need], FACTORS) == []
    assert "3 бар" in why_not(offer, need, FACTORS)[0].words("ru")
    easier = dataclasses.replace(need, pressure=2.5)
    assert find_candidates([offer, easier], FACTORS)


def test_an_established_use_fires_only_when_the_need_asks_for_what_it_gives():
    sawmill, pellets = party("Sawmill", "16.10", 1), party("Pellet maker", "16.29", 2)
    sawdust = stream(sawmill, "output", "Опилки сосновые", ewc="03 01 05", quantity=900,
                     unit="t")
    for need_name, asks in (("Сырьё для пеллет", True), ("Топливо для сушилки", True),
                            ("Опилки", True), ("Электроды сварочные", False),
                            ("Смазочное масло", False)):
        need = stream(pellets, "input", need_name, quantity=500, unit="t")
        found = find_candidates([sawdust, need], FACTORS)
        assert (bool(found) and found[0].use is not None) == asks, need_name


def test_the_receivers_sector_supports_evidence_but_is_never_the_only_one():
    offers_by_sector = []
    for nace in ("16.29", "47.11"):  # a pellet maker (a receiving sector) and a shop
        owner = party(f"Receiver {nace}", nace, 2)
        offers_by_sector.append(stream(owner, "input", "Сырьё для пеллет", quantity=500,
                                       unit="t"))
    sawdust = stream(party("Sawmill", "16.10", 1), "output", "Опилки", quantity=900, unit="t")
    scores = {c.receiver.party.nace: c for c in find_candidates([sawdust, *offers_by_sector],
                                                                FACTORS)}
    # «пеллет» is one word: it says what is wanted only where pellets are made
    assert scores["16.29"].use is not None
    assert "47.11" not in scores or scores["47.11"].score < scores["16.29"].score
    assert "sector" in {s.key for s in scores["16.29"].signals}
    idle = stream(party("Pellet plant", "16.29", 2), "input", "Запчасти к прессу")
    assert find_candidates([sawdust, idle], FACTORS) == []  # its sector alone is no reason


@pytest.mark.parametrize("offered, needed, nace", [
    ("Обрезки ДСП", "Лом стальной и стружка", "24.51"),
    ("Плёнка полиэтиленовая", "Лом чёрных металлов", "24.51"),
    ("Стружка стальная", "Щепа топливная", "35.30"),
    ("Стеклобой", "Макулатура МС-5Б", "17.21"),
])
def test_different_materials_by_name_never_pair(offered, needed, nace):
    from recp_audit.symbiosis.matching import why_not

    offer = stream(party("Works", "25.62", 1), "output", offered, quantity=100, unit="t")
    need = stream(party("Receiver", nace, 2), "input", needed, quantity=100, unit="t")
    assert find_candidates([offer, need], FACTORS) == []
    reason = why_not(offer, need, FACTORS)[0]
    assert reason.key == "material" and "разные материалы" in reason.words("ru")


def test_a_need_without_a_code_gets_one_from_its_words():
    from recp_audit.symbiosis.index import InputIndex, suggestion
    from recp_audit.symbiosis.knowledge import naming
    from recp_audit.symbiosis.matching import FOOD_AND_FEED, _in_base_unit

    need = stream(party("Foundry", "24.51", 2), "input", "Лом стальной")
    index = InputIndex([need], FOOD_AND_FEED, _in_base_unit)
    assert suggestion(naming("", need.stems)).startswith(("12", "16", "17", "19", "20"))
    assert index.columns.suggested[0] and index.columns.code[0] == -1
    scrap = stream(party("Machine works", "28.41", 1), "output", "Отходы металлообработки",
                   ewc="12 01 01", quantity=100, unit="t")
    words_only = stream(party("Machine works", "28.41", 1), "output", "Кабельные барабаны",
                        ewc="", quantity=100, unit="t")
    found = find_candidates([scrap, words_only, need], FACTORS)
    assert [c.supplier.name for c in found] == ["Отходы металлообработки"]
    assert {"ewc_suggested", "knowledge"} <= {s.key for s in found[0].signals}
    assert "по названиям оба потока относятся" in found[0].explanation("ru")


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.sampled_from([o for o in OFFERS if o.direction == "output"]),
       st.sampled_from([o for o in OFFERS if o.direction == "input"]),
       st.sampled_from(["16.29", "23.51", "01.41", "35.30", "17.21", "22.22", "24.51"]))
def test_a_receiving_sector_is_never_the_only_reason(offer, need, nace):
    moved = dataclasses.replace(need, party=dataclasses.replace(need.party, nace=nace))
    for candidate in find_candidates([offer, moved], FACTORS):
        keys = {signal.key for signal in candidate.signals}
        assert keys & {"ewc_code", "ewc_subchapter", "ewc_chapter", "knowledge", "words",
                       "kind", "carrier"}, keys


@pytest.mark.parametrize("offered, needed, pairs", [
    ("Лом стальной от разборки холодильников", "Лом алюминиевый для переплава", False),
    ("Стружка стальная", "Лом чёрных металлов", True),
    ("Плёнка ПЭ стрейч", "ПЭТ-бутылки для переработки", False),
    ("Плёнка полиэтиленовая", "Вторичный ПВД (плёнка)", True),
    ("Aluminium scrap", "Copper scrap", False),
    ("Lead residue after zinc leaching", "Iron-bearing residues for clinker", None),
])
def test_different_species_of_one_class_never_pair(offered, needed, pairs):
    from recp_audit.symbiosis.matching import why_not

    offer = stream(party("Works", "25.62", 1), "output", offered, quantity=100, unit="t")
    need = stream(party("Receiver", "24.10", 2), "input", needed, quantity=100, unit="t")
    if pairs is None:  # not both metal scrap: the species say nothing
        assert why_not(offer, need, FACTORS)[:1] == [] or \
            why_not(offer, need, FACTORS)[0].key != "species"
        return
    assert bool(find_candidates([offer, need], FACTORS)) == pairs
    if not pairs:
        assert why_not(offer, need, FACTORS)[0].key == "species"


def test_a_one_word_purpose_counts_only_in_the_receiving_sector():
    ash = stream(party("Boiler house", "35.30", 1), "output", "Зола древесная", quantity=50,
                 unit="t")
    paper = stream(party("Paper mill", "17.12", 2), "input", "Наполнитель", quantity=50, unit="t")
    blocks = stream(party("Block maker", "23.61", 2), "input", "Наполнитель", quantity=50,
                    unit="t")
    found = {c.receiver.party.nace: c for c in find_candidates([ash, paper, blocks], FACTORS)}
    assert found["23.61"].use is not None  # where blocks are made, a filler is what ash gives
    assert "17.12" not in found or found["17.12"].use is None


def test_a_further_activity_is_a_receiving_sector_too():
    sawdust = stream(party("Sawmill", "16.10", 1), "output", "Опилки", quantity=900, unit="t")
    shop = party("Shop that also makes pellets", "47.11", 2)
    need = stream(shop, "input", "Сырьё для пеллет", quantity=500, unit="t")
    assert not find_candidates([sawdust, need], FACTORS)  # one word, not its sector
    both = dataclasses.replace(shop, other=("16.29",))
    found = find_candidates([sawdust, dataclasses.replace(need, party=both)], FACTORS)
    assert found and found[0].use is not None and "16.29" in found[0].explanation("ru")


@pytest.mark.parametrize("offered, needed, nace", [
    ("Сыворотка молочная", "Корма", "01.46"),
    ("Дигестат жидкий", "Удобрение", "01.11"),
    ("Compost", "Soil amendment", "01.13"),
    ("Опилки", "Подстилка для птицы", "01.47"),
])
def test_a_need_written_as_a_purpose_meets_a_material(offered, needed, nace):
    offer = stream(party("Supplier", "10.51", 1), "output", offered, quantity=100, unit="t")
    need = stream(party("Receiver", nace, 2), "input", needed, quantity=100, unit="t")
    found = find_candidates([offer, need], FACTORS)
    assert found and found[0].use is not None, (offered, needed)


@pytest.mark.parametrize("offered, needed, nace", [
    ("Зола от сжигания бумажного шлама", "Макулатура картонная", "17.21"),
    ("Шлак стальной", "Лом стальной", "24.10"),
    ("Шлак мусоросжигательного завода", "Лом стальной для конвертера", "24.10"),
])
def test_a_residue_is_not_the_material_it_came_from(offered, needed, nace):
    offer = stream(party("Supplier", "38.21", 1), "output", offered, quantity=100, unit="t")
    need = stream(party("Receiver", nace, 2), "input", needed, quantity=100, unit="t")
    assert find_candidates([offer, need], FACTORS) == []
