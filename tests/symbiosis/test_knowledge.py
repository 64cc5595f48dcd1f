"""The knowledge table of established uses: schema, codes, languages and coverage of the
typology of issue 24."""

import csv
import re

import pytest

from recp_audit.paths import resource_path
from recp_audit.symbiosis.knowledge import CATEGORIES, rows, uses
from recp_audit.symbiosis.text import stems

MINIMUM_ROWS = 300
MINIMUM_PER_CATEGORY = 5
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
LATIN = re.compile(r"[a-z]", re.IGNORECASE)
LISTS = ("ewc", "words_en", "words_ru", "receivers", "accepts_en", "accepts_ru")
TEXTS = ("id", "category", "use_en", "use_ru", "precedent", "precedent_ru", "source")
# Rev. 2 classes tenants still carry (OKED follows Rev. 2) whose division is gone in Rev. 2.1.
REV2_ONLY = {"45.20": "95.31"}  # maintenance and repair of motor vehicles
UTILITY_FAMILIES = {"water", "energy", "gas", "infrastructure", "service"}
# Words that say a stream is left over or cut, not what it is: never a material alone.
GENERIC_ALONE = {"обрезки", "стружка", "лом", "отходы", "остатки", "scrap", "waste", "residue",
                 "offcuts", "turnings", "shavings", "вода", "water", "осадок", "шлам", "пыль",
                 "dust", "sludge"}


def _codes(name: str) -> set[str]:
    with open(resource_path("data", name), encoding="utf-8") as handle:
        return {row["code"].replace("*", "").strip() for row in csv.DictReader(handle)}


def test_enough_rows_and_unique_ids():
    table = rows()
    assert len(table) >= MINIMUM_ROWS
    ids = [row["id"] for row in table]
    assert len(ids) == len(set(ids))
    assert len(uses()) == len(table)


@pytest.mark.parametrize("row", rows(), ids=lambda row: row["id"])
def test_row_schema(row):
    for key in TEXTS:
        assert isinstance(row[key], str) and row[key].strip(), key
    for key in LISTS:
        assert isinstance(row[key], list) and all(isinstance(v, str) and v.strip()
                                                  for v in row[key]), key
    assert row["category"] in CATEGORIES
    assert row["words_en"] and row["words_ru"] and row["receivers"]
    assert row["accepts_en"] and row["accepts_ru"]
    if "avoided" in row:
        assert isinstance(row["avoided"]["co2e_t_per_t"], float)
        assert row["avoided"]["source"]
    if CATEGORIES[row["category"]] in UTILITY_FAMILIES:
        assert isinstance(row.get("grade"), dict) and row["grade"], "utilities carry a grade"


@pytest.mark.parametrize("row", rows(), ids=lambda row: row["id"])
def test_languages(row):
    for key in ("words_ru", "accepts_ru"):
        assert all(CYRILLIC.search(v) or v.isupper() or "RDF" in v for v in row[key]), key
    assert CYRILLIC.search(row["use_ru"]) and LATIN.search(row["use_en"])
    assert not CYRILLIC.search(row["use_en"] + " ".join(row["words_en"] + row["accepts_en"]))


def test_most_material_rows_name_their_ewc_codes():
    """A material row lists its EWC codes unless they are too coarse to name it (any plastic
    packaging is 15 01 02, polystyrene or PET alike): then its words alone name it."""
    material = [row for row in rows() if CATEGORIES[row["category"]] == "material"]
    assert sum(bool(row["ewc"]) for row in material) >= 0.8 * len(material)


def test_no_word_mixes_latin_and_cyrillic_letters():
    mixed = re.compile(r"\b(?=\w*[а-яё])(?=\w*[a-z])\w+\b", re.IGNORECASE)
    for row in rows():
        for text in row["words_ru"] + row["accepts_ru"] + [row["use_ru"]]:
            assert not mixed.search(text), (row["id"], text)


def test_ewc_prefixes_exist():
    codes = _codes("ewc_list_of_waste.csv")
    bad = {(row["id"], prefix) for row in rows() for prefix in row["ewc"]
           if not any(code.startswith(prefix) for code in codes)}
    assert not bad


def test_receivers_are_nace_codes():
    """A receiver is a NACE Rev. 2 division, group or class; Rev. 2.1 (shipped) moved a few
    classes, so a code is accepted when it or its division exists, or when it is a Rev. 2
    code whose division Rev. 2.1 dropped (listed with its Rev. 2.1 successor)."""
    codes = _codes("nace_rev2_1.csv")
    shape = re.compile(r"^\d{2}(\.\d{1,2})?$")
    bad = {(row["id"], code) for row in rows() for code in row["receivers"]
           if not shape.match(code) or not (code in codes or code[:2] in codes
                                            or code in REV2_ONLY)}
    assert not bad


def test_every_category_is_covered():
    counts = {category: 0 for category in CATEGORIES}
    for row in rows():
        counts[row["category"]] += 1
    thin = {category: n for category, n in counts.items() if n < MINIMUM_PER_CATEGORY}
    assert not thin


def test_grades_of_utilities():
    for row in rows():
        grade, category = row.get("grade", {}), row["category"]
        if category == "steam":
            assert grade["min_pressure_bar"] < grade["max_pressure_bar"]
            assert len(grade["temperature_c"]) == 2
        if category == "hot_water":
            low, high = grade["temperature_c"]
            assert low < high
        if category.startswith("water_"):
            assert grade["quality"]
        if category in ("co2", "hydrogen", "oxygen", "nitrogen"):
            assert 0 < grade["purity_pct"] <= 100
        if category.startswith("service_") or category == "infrastructure":
            assert grade["service"] and grade["type"]


def test_generic_words_never_name_a_material_alone():
    """«обрезки», «стружка» alone made chipboard offcuts "steel scrap" (issue 24)."""
    for row in rows():
        for phrase in row["words_en"] + row["words_ru"]:
            assert phrase.lower() not in GENERIC_ALONE, (row["id"], phrase)


def test_loader_reads_new_fields():
    by_id = {use.id: use for use in uses()}
    whey = by_id["whey-pigs"]
    assert whey.category == "food_feed" and whey.family == "material"
    assert "корма" in whey.accepts_ru and whey.source.startswith("Commission Regulation")
    assert any(phrase <= stems("корма для свиней") for phrase in whey.accepted)
    assert by_id["lp-steam-process-heat"].grade["min_pressure_bar"] == 1.5
    assert by_id["lp-steam-process-heat"].family == "energy"


def test_chipboard_offcuts_are_not_steel_scrap():
    offcuts = stems("обрезки ДСП")
    named = {use.id for use in uses() if use.names_material("", offcuts)}
    assert "metal-scrap" not in named and "steel-offcuts-foundry" not in named
    assert "panel-offcuts-fuel" in named
    turnings = stems("стружка стальная")
    named = {use.id for use in uses() if use.names_material("", turnings)}
    assert "sawdust-pellets" not in named and "wood-chips-boiler" not in named
    assert "steel-turnings-foundry" in named


def test_every_row_has_a_source_and_no_held_out_precedent_in_new_rows():
    held_out = ("kalundborg", "kwinana", "свободн", "free economic zone")
    original = {"fly-ash-cement", "fgd-gypsum-plasterboard", "sludge-biogas", "heat-users"}
    for row in rows():
        assert len(row["source"]) > 10
        if row["id"] not in original:
            text = (row["precedent"] + " " + row["source"]).lower()
            assert not any(word in text for word in held_out), row["id"]


def test_lookups_agree_with_asking_every_row():
    from recp_audit.symbiosis.knowledge import naming, receiving

    table = uses()
    for ewc, text in [("", "обрезки ДСП"), ("03 01 05", "Опилки"), ("10 01 02*", "зола"),
                      ("", "Сыворотка молочная подсырная"), ("15 01 02", "PET bottles"),
                      ("", "пар низкого давления"), ("", "углекислый газ брожения"),
                      ("16 01 03", ""), ("", "")]:
        name = stems(text)
        assert list(naming(ewc, name)) == [u for u in table if u.names_material(ewc, name)]
    for nace in ("01.41", "23.51", "35.30", "45.20", "", "99"):
        assert receiving(nace) == tuple(u for u in table if u.receives(nace))


@pytest.mark.parametrize("row", rows(), ids=lambda row: row["id"])
def test_the_russian_precedent_cites_the_same_standards_and_has_no_english(row):
    russian = row["precedent_ru"]
    assert CYRILLIC.search(russian)
    cited = re.compile(r"\b(?:EN|ISO|IEC|ASTM|CEN/TS)(?: ISO)? ?\d+(?:-\d+)*|\b\d+/\d+(?:/\w+)?")
    def numbers(text):  # ЕС stands for both EC and EU
        return set(cited.findall(re.sub(r"/(?:EU|EC|ЕС)\b", "/ЕС", text.replace("EEC", "ЕЭС"))))

    assert numbers(row["precedent"]) <= numbers(russian)
    # Latin letters only for names and codes (Asnæs, BREF FDM, ISO/IEC 17025): no English
    # words of a sentence or a title, no bibliographic reference (the English one has it).
    assert not re.search(r"\b[a-z]{2,}\W+[a-z]{2,}\b", russian), russian
    assert not re.search(r"\b[A-Z][a-z]+,? (?:[A-Z]\.\s?)+", russian), russian


def test_no_naming_phrase_is_only_words_of_form():
    """A phrase must say what the material is: «обрезки», "cutting waste" or «пыль» alone
    would make chipboard offcuts and steel offcuts the same material («лом» is metal)."""
    form = frozenset().union(*(stems(word) for word in (
        "обрезки", "стружка", "лом", "бой", "пыль", "остатки", "offcuts", "scrap", "turnings",
        "shavings", "dust", "residue", "broken", "material"))) - stems("металл")
    for use in uses():
        for phrase in use.phrases:
            assert not phrase or not phrase <= form, (use.id, sorted(phrase))
