"""Stream words as the matcher compares them: the thesaurus (synonyms in both languages,
abbreviations, word forms, broader concepts, qualifiers, senses) and typo tolerance, with
the vocabulary failures of issue 24 as pinned pairs."""

import json

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from recp_audit.paths import resource_path
from recp_audit.symbiosis.knowledge import rows, uses
from recp_audit.symbiosis.text import _plain, _read, _terms, _thesaurus, similarity, stems, \
    words, words_with_stems

LOOK_ALIKES = str.maketrans("асеорхАСЕОРХ", "aceopxACEOPX")


def _data() -> dict:
    with open(resource_path("data", "symbiosis_thesaurus.json"), encoding="utf-8") as handle:
        return json.load(handle)


def meet(first: str, second: str) -> bool:
    """Whether the matcher's word signal fires between two names (overlap >= 0.25)."""
    return similarity(stems(first), stems(second)) >= 0.25


def covers(offer: str, need: str) -> bool:
    """Whether every stem of the need is carried by the offer."""
    return stems(need) <= stems(offer)


@pytest.mark.parametrize("first, second", [
    ("CO2", "carbon dioxide"), ("carbon dioxide", "углекислый газ"),
    ("углекислый газ", "СО2"),  # Cyrillic С and О
    ("диоксид углерода", "углекислота"), ("CO2 брожения", "fermentation CO2"),
    ("техобслуживание", "maintenance"), ("техническое обслуживание", "maintenance"),
    ("ПЭНД", "polyethylene"), ("ПНД", "HDPE"), ("ПВД", "LDPE"), ("ПЭТ", "PET bottles"),
    ("ДСП", "chipboard"), ("обрезки ДСП", "chipboard offcuts"), ("МДФ", "MDF"),
    ("ЖБИ", "precast concrete"), ("навоз КРС", "cattle manure"), ("СОЖ", "cutting fluid"),
    ("вывоз ТКО", "waste collection"), ("ТБО", "municipal solid waste"),
    ("ГВС", "hot water"), ("ХПВ", "drinking water"), ("КОС", "wastewater treatment plant"),
    ("ГСМ", "fuels and lubricants"), ("щебень", "crushed stone"), ("щебня", "щебень"),
    ("древесина", "древесный"), ("сталь", "стальной"), ("золы", "зола"),
    ("biogas", "биогаз"), ("опилки древесные", "sawdust"), ("стеклобой", "cullet"),
])
def test_synonyms_abbreviations_and_word_forms_meet(first, second):
    assert stems(first) == stems(second) or covers(first, second) or covers(second, first)
    assert meet(first, second)


@pytest.mark.parametrize("offer, need", [
    ("щебень", "заполнитель"), ("песок", "заполнитель"), ("biogas", "газообразное топливо"),
    ("biogas", "fuel gas"), ("природный газ", "топливо"), ("стружка стальная", "металл"),
    ("стеклобой", "стекло"), ("ПЭНД", "пластик"), ("опилки", "древесина"),
    ("гипс сероочистки", "гипс"), ("зола-унос", "зола"), ("жидкая углекислота", "CO2"),
])
def test_a_narrower_offer_meets_a_need_named_by_its_broader_concept(offer, need):
    assert covers(offer, need)


@pytest.mark.parametrize("broader, narrower", [
    ("заполнитель", "щебень"), ("газообразное топливо", "biogas"), ("металлолом", "лом меди"),
    ("стекло", "стеклобой"), ("пластик", "ПЭНД"),
])
def test_a_broader_name_never_carries_its_narrower_concepts(broader, narrower):
    assert not covers(broader, narrower)
    assert not stems(narrower) - stems(broader) <= stems(broader)


def test_a_need_for_crushed_stone_is_not_every_aggregate():
    assert not covers("песок", "щебень") and not covers("гравий", "щебень")
    assert not covers("заполнитель", "щебень")
    assert stems("щебень") & stems("песок") == stems("заполнитель")  # only the broader one


@pytest.mark.parametrize("first, second", [
    ("стружка стальная", "стружка древесная"), ("steel turnings", "wood shavings"),
    ("обрезки ДСП", "лом стальной"), ("chipboard offcuts", "steel scrap"),
    ("отходы бумаги", "отходы пластика"), ("waste paper", "waste glass"),
    ("recycled paper", "recycled glass"), ("побочный продукт гипс", "побочный продукт зола"),
    ("углекислый газ", "природный газ"), ("CO2", "fuel gas"), ("пар", "электроэнергия"),
    ("медный купорос", "лом меди"),
])
def test_different_materials_do_not_meet(first, second):
    assert not meet(first, second)


def test_steel_turnings_are_not_wood_and_wood_shavings_are_not_metal():
    assert {"wood", "shave"}.isdisjoint(stems("стружка стальная"))
    assert "metal" not in stems("стружка древесная")
    assert stems("стружка") == {"shave", "turn"}  # no material named: either sense
    assert "turn" in stems("Стружка и обрезки стали")  # the sense read beside the steel
    offcuts = {use.id for use in uses() if use.names_material("", stems("обрезки ДСП"))}
    assert "steel-offcuts-foundry" not in offcuts and "metal-scrap" not in offcuts


def test_qualifiers_are_kept_only_for_a_name_that_says_nothing_else():
    assert stems("residue") and stems("вторичное") and stems("by-product")
    assert stems("recycled glass") == stems("glass")
    assert stems("вторичный полиэтилен") == stems("полиэтилен")
    assert stems("отходы") == frozenset() and stems("waste wastes") == frozenset()
    assert stems("recycled water") != stems("water")  # a term of its own


def test_multi_word_terms_match_in_any_order_and_show_their_words():
    assert stems("газ углекислый") == stems("углекислый газ") == {"co2"}
    assert words_with_stems("Диоксид углерода брожения", frozenset({"co2"})) == [
        "диоксид", "углерода"]


@pytest.mark.parametrize("typo, meant", [
    ("опилкии", "опилки"), ("древесен", "древесный"), ("sawdst", "sawdust"),
    ("полиэтилин", "полиэтилен"), ("cardbaord", "cardboard"),
])
def test_a_typo_one_edit_from_a_known_word_is_read_as_it(typo, meant):
    assert stems(typo) == stems(meant)


def test_short_far_or_mixed_words_are_not_guessed():
    assert stems("кора") != stems("нора") and stems("zxqwv") == {"zxqwv"}
    assert stems("чистый") != stems("лист") and stems("coarse") != stems("course")
    assert stems("граdе") == {_plain("граdе")}  # Latin d: no Cyrillic look-alike, no guess


def test_every_term_names_one_concept_and_every_broader_concept_exists():
    data = _data()
    keys = {entry["key"] for entry in data["concepts"]}
    seen: dict[tuple[str, ...], str] = {}
    for entry in data["concepts"]:
        assert set(entry.get("broader", ())) <= keys and set(entry.get("senses", {}).values()) \
            <= keys
        assert entry["en"] or entry["ru"], entry["key"]
        for term in [entry["key"], *entry["en"], *entry["ru"]]:
            stemmed = tuple(sorted(_terms(term)))
            assert stemmed and not set(stemmed) <= _thesaurus().generic, term
            assert seen.setdefault(stemmed, entry["key"]) == entry["key"], term


def test_the_thesaurus_is_several_hundred_terms_in_both_languages():
    concepts = _data()["concepts"]
    assert len(concepts) >= 300
    assert sum(len(entry["en"]) + len(entry["ru"]) for entry in concepts) >= 1500
    assert sum(bool(entry["ru"]) for entry in concepts) >= 0.95 * len(concepts)


def test_no_word_of_the_knowledge_table_is_read_as_a_typo():
    for row in rows():
        for key in ("words_en", "words_ru", "accepts_en", "accepts_ru"):
            for phrase in row[key]:
                assert all(_read(word) == _plain(word) for word in words(phrase)), phrase


CYRILLIC_NAMES = ["Опилки древесные", "стружка стальная", "Щебень", "углекислый газ",
                  "Зола-унос", "плёнка полиэтиленовая", "Сыворотка молочная", "обрезки ДСП"]
NAMES = CYRILLIC_NAMES + ["Sawdust", "steel turnings", "Fly ash", "PE film", "CO2",
                          "Brewers grains", "waste paper", "Chipboard offcuts"]
GENERIC = [word for words in _data()["generic"].values() for word in words]


@hypothesis_settings(max_examples=80, deadline=None)
@given(st.sampled_from(NAMES), st.booleans(), st.booleans())
def test_stems_ignore_case_yo_and_look_alikes(name, upper, latin):
    variant = name.upper() if upper else name.lower()
    variant = variant.replace("е", "ё") if "е" in variant else variant
    if latin and name in CYRILLIC_NAMES:
        variant = variant.translate(LOOK_ALIKES)
    assert stems(variant) == stems(name)


@hypothesis_settings(max_examples=120, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(GENERIC),
       st.booleans())
def test_a_generic_word_never_makes_a_match(first, second, generic, before):
    added = f"{generic} {first}" if before else f"{first} {generic}"
    assert similarity(stems(added), stems(second)) <= similarity(stems(first), stems(second))


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_thesaurus().known)))
def test_typo_tolerance_never_reads_a_known_word_as_another(word):
    assert _read(word) == _plain(word)


@pytest.mark.parametrize("name, wanted", [
    ("Зола 120 т/год", {"ash"}),
    ("Пар 0,6 МПа, 160 °С", {"steam"}),
    ("Вода 40 куб.м/сут", {"water"}),
    ("40м3/сут воды", {"water"}),
    ("Тепло 900 Гкал/год", {"heat"}),
    ("Опилки 3 000 т в год", {"sawdust", "wood"}),
    ("steam 10 bar", {"steam"}),
    ("СО2 99,9 %", {"co2"}),
])
def test_amounts_and_units_in_a_name_are_no_words(name, wanted):
    assert stems(name) == frozenset(wanted)


def test_names_sharing_only_an_amount_never_meet():
    assert not stems("Зола 120 т/год") & stems("Щепа 120 т/год")
