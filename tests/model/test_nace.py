"""NACE Rev. 2 and Rev. 2.1, Eurostat's correspondence, and codes read as typed."""

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recp_audit.codes import nace


def _levels(revision):
    return Counter(entry.level for entry in nace.activities(revision).values())


def test_both_revisions_load_with_their_known_sizes():
    assert _levels(nace.REV2) == {1: 21, 2: 88, 3: 272, 4: 615}
    assert _levels(nace.REV2_1) == {1: 22, 2: 87, 3: 287, 4: 651}
    assert nace.lookup("16.29", nace.REV2).name.startswith("Manufacture of other products of wood")
    assert nace.lookup("16.29") is None  # not a Rev. 2.1 class
    assert nace.lookup("1629", nace.REV2).code == "16.29"
    assert nace.lookup("K", nace.REV2).name == "Financial and insurance activities"
    assert nace.lookup("K").name.startswith("Telecommunication")


def test_every_parent_is_an_entry_of_the_same_revision():
    for revision in (nace.REV2, nace.REV2_1):
        table = nace.activities(revision)
        assert all(entry.parent in table for entry in table.values() if entry.level > 1)


def test_correspondence_covers_both_lists():
    links = nace.correspondence()
    assert set(links) == set(nace.activities(nace.REV2))
    targets = {code for codes in links.values() for code in codes}
    assert targets | {"46.89"} == set(nace.activities(nace.REV2_1))
    assert sum(len(codes) for codes in links.values()) == 1570


@pytest.mark.parametrize("code", ["01.50", "01.11", "10.51", "23.99", "35.30", "02.20", "A"])
def test_unchanged_codes_go_round_trip(code):
    assert [entry.code for entry in nace.rev2_to_rev2_1(code)] == [code]
    assert nace.nearest_rev2_1(code).code == code


@pytest.mark.parametrize("code, targets", [
    ("16.10", ["16.11", "16.12"]),                    # wood drying is in 16.12 now
    ("16.29", ["15.20", "16.26", "16.27", "16.28"]),  # pellets: 16.26
    ("62.01", ["62.10"]),
    ("38.32", ["20.16", "38.21"]),                    # not 38.32 "landfilling" of Rev. 2.1
    ("01.49", ["01.47", "01.48"]),
    ("01.64", ["01.63"]),
    ("K", ["L"]),
    ("J", ["J", "K"]),
    ("C", ["A", "C", "S"]),
])
def test_changed_codes_give_every_candidate(code, targets):
    assert [entry.code for entry in nace.rev2_to_rev2_1(code)] == targets
    assert all(entry.revision == nace.REV2_1 for entry in nace.rev2_to_rev2_1(code))


@pytest.mark.parametrize("code, nearest", [
    ("16.10", "16.1"), ("16.29", "16.2"), ("62.01", "62.10"), ("28", "28"), ("01.64", "01.63"),
])
def test_nearest_rev2_1_is_a_linked_entry_or_that_of_an_ancestor(code, nearest):
    assert nace.nearest_rev2_1(code).code == nearest


def test_unknown_codes_have_no_candidates():
    assert nace.rev2_to_rev2_1("99.99") == ()
    assert nace.nearest_rev2_1("nonsense") is None


@pytest.mark.parametrize("national, rev2, rev2_1", [
    ("01460", "01.46", "01.46"),   # OKED with its leading zero
    ("01.46.1", "01.46", "01.46"),  # OKVED
    ("16290", "16.29", "16.2"),     # pellets: the four Rev. 2.1 classes share group 16.2
    ("01500", "01.50", "01.50"),
    ("62010", "62.01", "62.10"),
])
def test_national_codes_are_read_as_rev2(national, rev2, rev2_1):
    assert nace.national_to_nace(national, nace.REV2).code == rev2
    assert nace.national_to_nace(national).code == rev2_1


def test_national_code_without_its_zero_is_not_read_as_another_division():
    assert nace.national_to_nace("1460") is None  # was division 14, clothing


def _read(value):
    reading = nace.read_code(value)
    return reading.code, reading.warning is not None


@pytest.mark.parametrize("value, code", [
    ("01460", "01.46"), ("01.46", "01.46"), ("01.46.1", "01.46"), ("10510", "10.51"),
    (10510, "10.51"), ("10.51", "10.51"), (16.29, "16.29"), ("16.29", "16.29"), (1051, "10.51"),
    ("23.99", "23.99"), ("c", "C"), ("01.5", "01.5"), ("16.2", "16.2"),
])
def test_exact_codes_read_without_warning(value, code):
    assert _read(value) == (code, False)


@pytest.mark.parametrize("value, code, words", [
    (1460, "01.46", "leading zero"),      # OKED 01460 stored as a number
    (1460.0, "01.46", "leading zero"),
    ("1460.0", "01.46", "leading zero"),
    (14610, "01.46", "leading zero"),     # OKVED 014610 without dots
    (146, "01.46", "leading zero"),
    (1.46, "01.46", "leading zero"),
    (1, "01", "leading zero"),
    (1.5, "01.50", "only class"),         # 01.50 typed as a number
    (16.1, "16.10", "only class"),        # 16.10 typed as a number
    (16.2, "16.2", "16.21"),              # group of several classes: the example says how
    ("16.20", "16.2", "not a NACE Rev. 2 class"),
])
def test_repaired_codes_say_what_was_repaired(value, code, words):
    reading = nace.read_code(value)
    assert reading.code == code and not reading.needs_answer
    assert reading.warning.context == "Codes" and words in str(reading.warning)


def test_a_number_that_fits_two_codes_is_asked():
    reading = nace.read_code(1610)  # NACE 16.10 without its dot, or OKED 01610 without its zero
    assert reading.needs_answer and reading.activity is None
    assert [entry.code for entry in reading.candidates] == ["16.10", "01.61"]
    assert "16.10" in str(reading.warning) and "01.61" in str(reading.warning)


@pytest.mark.parametrize("value", ["x", "V", "00.11", "12345678", "1.2.3.4", 999.5, "abc1"])
def test_what_is_no_code_is_said(value):
    reading = nace.read_code(value)
    assert reading.code == "" and "is not a NACE Rev. 2" in str(reading.warning)


def test_empty_cell_is_nothing_and_silent():
    assert nace.read_code(None) == nace.Reading("")
    assert nace.read_code("  ") == nace.Reading("")


_CLASSES = sorted(code for code, entry in nace.activities(nace.REV2).items() if entry.level == 4)


@given(st.sampled_from(_CLASSES), st.integers(0, 9),
       st.sampled_from(["text", "int", "float", "float text"]))
def test_an_oked_class_never_reads_as_a_different_code_silently(code, subclass, form):
    oked = code.replace(".", "") + str(subclass)  # five digits with the leading zero
    value = {"text": oked, "int": int(oked), "float": float(int(oked)),
             "float text": f"{int(oked)}.0"}[form]
    reading = nace.read_code(value)
    assert reading.code == code or reading.warning is not None
    if reading.warning is None or not reading.needs_answer:
        assert reading.code == code  # repaired readings are right, and warned
    else:
        assert code in [entry.code for entry in reading.candidates]
    if form == "text":
        assert reading.warning is None


def _classes_under(code):
    table = nace.activities(nace.REV2)
    found = {code}
    while any(entry.parent in found and entry.code not in found for entry in table.values()):
        found |= {entry.code for entry in table.values() if entry.parent in found}
    return {item for item in found if table[item].level == 4}


@given(st.sampled_from(_CLASSES))
def test_a_nace_class_typed_as_a_number_reads_back_or_warns(code):
    reading = nace.read_code(float(code))
    if reading.warning is None:  # 36.00 stored as 36.0 is division 36: the same one class
        assert _classes_under(reading.code) == {code}
    else:
        assert code in _classes_under(reading.code) or code in [
            entry.code for entry in reading.candidates]
