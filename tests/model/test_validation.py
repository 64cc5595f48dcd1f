import datetime as dt

import pytest

from recp_audit.messages import ValidationError
from recp_audit.model import Audit, Enterprise, Park, new_id
from recp_audit.model.validation import clean_fields


@pytest.mark.parametrize("model, values, field, words", [
    (Park, {"name": "   "}, "name", "must not be empty"),
    (Park, {"name": ""}, "name", "must not be empty"),
    (Park, {"name": "x" * 201}, "name", "too long"),
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
