"""Belarusian national waste codes: the shipped table, reading codes as typed, validation."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_audit.codes import ewc, national_waste
from recp_audit.messages import ValidationError
from recp_audit.model.symbiosis import Stream
from recp_audit.model.validation import clean_fields


@pytest.mark.parametrize("code, name, hazard", [
    # Постановление Минприроды РБ от 08.11.2007 № 85 (text as of November 2013), page 6
    ("5960100", "Алюмогель", "неопасные"),
    ("5960200", "Силикагель", "4"),
    ("5960300", "Цеолиты отработанные", "4"),
    # Постановление Минприроды РБ от 30.06.2009 № 48, amending № 85
    ("5750130", "Выпрессовки от вулканизованных резиновых изделий", ""),
    ("5750133", "Отработанные вулканизационные бутилкаучуковые диафрагмы", ""),
    # moyaudit.by, classifier entry 118
    ("1170200", "Просроченные продукты питания", "*"),
])
def test_published_codes_and_names_are_reproduced(code, name, hazard):
    entry = national_waste.lookup(code)
    assert entry is not None and entry.name == name and entry.hazard_class == hazard
    assert national_waste.name(code) == name


def test_every_row_is_a_seven_digit_code_with_a_name_a_basis_and_a_source():
    table = national_waste.codes()
    assert len(table) >= 13
    for code, entry in table.items():
        assert national_waste.read_code(code) == code
        assert entry.name and entry.basis and entry.source
        assert entry.hazard_class in {"1", "2", "3", "4", "неопасные", "*", ""}


def test_every_mapped_ewc_exists_in_the_ewc_list():
    listed = [code.rstrip("*") for code in ewc.codes()]
    for entry in national_waste.codes().values():
        if not entry.ewc:
            assert "counterpart" in entry.basis  # an empty mapping says why
            continue
        if len(entry.ewc.replace(" ", "")) == 6:
            assert ewc.lookup(entry.ewc) is not None, entry.code
        else:  # a sub-chapter such as "16 08"
            assert any(code.startswith(entry.ewc + " ") for code in listed), entry.code


def test_reviewed_counterparts():
    assert national_waste.ewc_for("9120400") == "20 03 01"
    assert national_waste.ewc_for("1140202") == "02 03 04"
    assert national_waste.ewc_for("5959900") == "16 08"
    assert national_waste.ewc_for("5960200") == ""  # mirror pair, contamination not stated
    assert national_waste.ewc_for("1710200") == ""  # well-formed but not listed


def test_group_names_by_leading_digits():
    assert national_waste.group("1170200") == "Отходы продуктов питания"
    assert national_waste.group("1190000") == "Отходы пищевых и вкусовых продуктов"
    assert national_waste.group("1900000") == "Отходы растительного и животного происхождения"
    assert national_waste.group("8000000") == ""
    assert national_waste.group("garbage") == ""


@pytest.mark.parametrize("typed", [
    "9120400", " 9120400 ", "912 04 00", "912-04-00", "9 120 400", "912\u00a004\u00a000",
    9120400, 9120400.0, "9120400.0", "9120400,0", "912.04.00",
])
def test_codes_are_read_as_people_and_excel_type_them(typed):
    assert national_waste.read_code(typed) == "9120400"


@pytest.mark.parametrize("typed", [
    "", None, True, "abc", "912040", "91204001", "02 03 04", "9120400.5", 9120400.5,
    float("nan"), float("inf"), "код 9120400", "9120400*", "٩١٢٠٤٠٠", "1e6", -912040,
])
def test_non_codes_are_refused(typed):
    assert national_waste.read_code(typed) is None


@settings(max_examples=200, deadline=None)
@given(st.one_of(
    st.text(alphabet="0123456789 -.,\u00a0x", max_size=14),
    st.integers(min_value=-10**8, max_value=10**8),
    st.floats(allow_nan=True, allow_infinity=True),
))
def test_reading_a_read_code_gives_it_back(typed):
    code = national_waste.read_code(typed)
    if code is not None:
        assert len(code) == 7 and code.isdigit()
        assert national_waste.read_code(code) == code


def test_stream_national_code_is_validated_as_seven_digits():
    assert clean_fields(Stream, {"national_code": "912 04 00"}, partial=True) == \
        {"national_code": "9120400"}
    assert clean_fields(Stream, {"national_code": "1710200"}, partial=True) == \
        {"national_code": "1710200"}  # not listed, but a real-looking code is kept
    assert clean_fields(Stream, {"national_code": "  "}, partial=True) == {"national_code": ""}
    with pytest.raises(ValidationError) as caught:
        clean_fields(Stream, {"national_code": "02 03 04"}, partial=True)
    assert caught.value.field == "national_code"
    assert "national waste code" in str(caught.value) and "\n" not in str(caught.value)
