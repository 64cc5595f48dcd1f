import pytest
from hypothesis import given
from hypothesis import strategies as st

from recp_audit.codes import nace
from recp_audit.units import UnitError, parse_unit, registry


def test_nace_lookup_accepts_usual_spellings():
    assert nace.lookup("10.51").name == "Manufacture of dairy products"
    assert nace.lookup("1051").code == nace.lookup("10,51").code == "10.51"
    assert nace.lookup("c").code == "C"
    assert nace.lookup("99.99") is None


@pytest.mark.parametrize("national, expected", [
    ("10510", "10.51"),   # Belarus OKED, 5 digits
    ("23610", "23.61"),
    ("16.10.1", "16.1"),  # Russian OKVED; Rev. 2 16.10 is split into 16.11, 16.12 -> their group
    ("28", "28"),
])
def test_national_codes_map_to_nace_by_leading_digits(national, expected):
    assert nace.national_to_nace(national).code == expected


def test_nace_list_is_complete():
    levels = [activity.level for activity in nace.activities().values()]
    assert len(levels) == 1047 and levels.count(4) == 651


@pytest.mark.parametrize("text, expected", [
    ("т", "t"), ("m3", "m**3"), ("м³/т", "m**3/t"), ("шт", "piece"), ("pcs", "piece"),
    ("кВт·ч", "kWh"), ("Гкал", "Gcal"), ("t/year", "t/year"),
])
def test_units_in_russian_and_shorthand(text, expected):
    assert registry().Quantity(1, parse_unit(text)).to(expected).magnitude == \
        pytest.approx(1)


@pytest.mark.parametrize("text", ["", "blah", "5 kg", "кг кг кг)"])
def test_unknown_units_give_a_clear_error(text):
    with pytest.raises(UnitError, match="not a unit this program knows"):
        parse_unit(text)


@given(st.text(max_size=30))
def test_parse_unit_never_fails_other_than_with_unit_error(text):
    try:
        parse_unit(text)
    except UnitError:
        pass


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 4)),
       st.booleans())
def test_typed_numbers_read_back_with_either_decimal_sign(value, comma):
    from recp_audit.units import parse_quantity

    text = f"{value}".replace(".", "," if comma else ".")
    assert parse_quantity(text, "bar") == (value, "bar")
    assert parse_quantity(f"{text} кПа", "bar")[1] == "кПа"


def test_quantity_of_another_dimension_is_refused_with_both_names():
    from recp_audit.units import UnitError, parse_quantity

    with pytest.raises(UnitError, match="mass, not pressure"):
        parse_quantity("5 kg", "bar")
    with pytest.raises(UnitError, match="not a number"):
        parse_quantity("abc", "bar")


@pytest.mark.parametrize("unit, english, russian", [
    ("kWh/m**3", "kWh/m³", "кВт·ч/м³"),  # a calculator's unit with a power
    ("m**3/h", "m³/h", "м³/ч"),
    ("degC", "°C", "°C"),
    ("BYN/kWh", "BYN/kWh", "BYN/кВт·ч"),
])
def test_units_are_written_for_people(unit, english, russian):
    from recp_audit.units import unit_label

    assert (unit_label(unit, "en"), unit_label(unit, "ru")) == (english, russian)
