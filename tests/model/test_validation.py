import datetime as dt

import pytest

from recp_audit.messages import ValidationError
from recp_audit.model import Audit, Enterprise, Park, new_id
from recp_audit.model.validation import clean_fields


@pytest.mark.parametrize("model, values, field, words", [
    (Park, {"name": "   "}, "name", "must not be empty"),
    (Park, {"name": ""}, "name", "must not be empty"),
    (Park, {"name": "x" * 201}, "name", "at most 200 characters"),
    (Park, {"name": "P", "latitude": "95", "longitude": "27"}, "latitude", "between -90 and 90"),
    (Park, {"name": "P", "latitude": "54", "longitude": "-181"}, "longitude", "-180 and 180"),
    (Park, {"name": "P", "latitude": "54"}, "longitude", "both latitude and longitude"),
    (Park, {"name": "P", "latitude": "nan", "longitude": "1"}, "latitude", "not a number"),
    (Park, {"name": "P", "latitude": "север", "longitude": "1"}, "latitude", "not a number"),
    (Enterprise, {"name": "E", "nace_code": "99.99"}, "nace_code", "not a NACE"),
    (Enterprise, {"name": "E", "nace_code": "молоко"}, "nace_code", "not a NACE"),
    (Enterprise, {"name": "E", "national_code": "1x510"}, "national_code", "OKED"),
    (Enterprise, {"name": "E", "shifts": "2.5"}, "shifts", "whole number"),
    (Enterprise, {"name": "E", "employees": "-3"}, "employees", "between 0"),
    (Enterprise, {"name": "E", "annual_output": "5"}, "annual_output_unit", "unit"),
    (Enterprise, {"name": "E", "annual_output": "5", "annual_output_unit": "5 kg"},
     "annual_output_unit", "not a unit"),
    (Enterprise, {"name": "E", "colour": "red"}, "colour", "unknown field"),
    (Audit, {"enterprise_id": new_id(), "title": "A", "period_start": "2025-02-01",
             "period_end": "2025-01-01"}, "period_end", "ends before it starts"),
    (Audit, {"enterprise_id": new_id(), "title": "A", "period_start": "31.12.2025"},
     "period_start", "not a date"),
    (Audit, {"enterprise_id": new_id(), "title": "A", "currency": "DOGE"}, "currency", "BYN"),
    (Audit, {"enterprise_id": "not-an-id", "title": "A"}, "enterprise_id", "record id"),
    (Audit, {"title": "A"}, "enterprise_id", "must not be empty"),
])
def test_bad_values_name_the_field(model, values, field, words):
    with pytest.raises(ValidationError) as caught:
        clean_fields(model, values)
    assert caught.value.field == field
    assert words in str(caught.value)


def test_values_are_converted_as_users_type_them():
    cleaned = clean_fields(Enterprise, {
        "name": "  Молочный завод ", "nace_code": "1051", "national_code": "10510",
        "latitude": "54,2315", "longitude": "28.4702", "employees": "1 180",
        "annual_output": "48 500,5", "annual_output_unit": "т", "shifts": ""})
    assert cleaned == {"name": "Молочный завод", "nace_code": "10.51", "national_code": "10510",
                       "latitude": 54.2315, "longitude": 28.4702, "employees": 1180,
                       "annual_output": 48500.5, "annual_output_unit": "т", "shifts": None}


def test_partial_update_checks_against_current_values():
    current = {"period_start": dt.date(2025, 1, 1), "period_end": dt.date(2025, 12, 31)}
    with pytest.raises(ValidationError):
        clean_fields(Audit, {"period_end": "2024-06-30"}, partial=True, current=current)
    assert clean_fields(Audit, {"title": "B"}, partial=True, current=current) == {"title": "B"}


@pytest.mark.parametrize("value, words", [
    ("Молочный\x00завод", "Name: invalid character (U+0000)"),
    ("Молочный\tзавод", "Name: invalid character (U+0009)"),
    ("Молочный\nзавод", "Name: invalid character (U+000A)"),
    ("x\x7f", "Name: invalid character (U+007F)"),
    ("x\ud800", "Name: invalid character (U+D800)"),
    ("x" * 20_000, "Name: at most 200 characters (typed 20\u00a0000)"),
])
def test_text_with_control_characters_or_too_long_is_refused_naming_the_field(value, words):
    with pytest.raises(ValidationError) as caught:
        clean_fields(Park, {"name": value})
    assert str(caught.value) == words
    assert caught.value.field == "name" and "Name" not in str(caught.value.problem)


def test_multi_line_fields_keep_tabs_and_line_breaks_but_not_nul():
    assert clean_fields(Park, {"name": "P", "notes": "a\n\tb\r\nc"})["notes"] == "a\n\tb\r\nc"
    with pytest.raises(ValidationError, match=r"Notes: invalid character \(U\+0000\)"):
        clean_fields(Park, {"name": "P", "notes": "a\x00"})


def test_every_text_column_is_limited_by_its_own_size():
    """One declaration per field: the column's size is the limit the check applies."""
    import sqlalchemy as sa

    from recp_audit.model.validation import SPECS, text_limit

    checked = 0
    for model, spec in SPECS.items():
        for key in spec:
            column = model.__table__.columns.get(key)
            if column is None or not isinstance(column.type, sa.String):
                continue
            limit, _ = text_limit(model, key)
            assert limit == (column.type.length or 20_000)
            with pytest.raises(ValidationError) as caught:
                clean_fields(model, {key: "7" * (limit + 1)}, partial=True)
            assert caught.value.field == key
            checked += 1
    assert checked > 40


def test_text_kept_outside_the_forms_is_checked_by_its_column_too():
    from recp_audit.model import Answer, Series
    from recp_audit.model.validation import clean_text

    assert clean_text(Answer, "note", "  line one\nline two ") == "line one\nline two"
    with pytest.raises(ValidationError, match=r"^Note: invalid character \(U\+0000\)$"):
        clean_text(Answer, "note", "a\x00")
    with pytest.raises(ValidationError, match=r"^Name: at most 300 characters"):
        clean_text(Series, "name", "ж" * 20_000)


@pytest.mark.parametrize("written", ["круглый год", "Круглый год", "весь год", "all year",
                                     "year-round", "1-12", "янв-дек"])
def test_months_written_as_all_year_mean_all_year(written):
    from recp_audit.model.validation import months

    assert months(written) == []
