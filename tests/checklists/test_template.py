"""Template schema: every kind of bad file is refused naming file, line and field."""

from __future__ import annotations

import textwrap

import pytest

from recp_audit.checklists.loader import load_file, parse_yaml
from recp_audit.checklists.template import TemplateError

GOOD = textwrap.dedent("""\
    id: test.air
    version: 2
    area: energy
    audience: expert
    title: {ru: Сжатый воздух, en: Compressed air}
    sections:
      - id: gen
        title: {ru: Генерация, en: Generation}
        items:
          - id: leaks
            label: {ru: Утечки устраняются, en: Leaks are repaired}
            weight: 2
            option:
              title: {ru: Устранить утечки, en: Repair leaks}
              category: good_housekeeping
              calculator: air-leak
          - id: pressure
            type: number
            unit: bar
            label: {ru: Давление, en: Pressure}
            finding: {above: 7}
          - id: dryer
            type: single
            label: {ru: Осушитель, en: Dryer}
            choices:
              - {value: none, label: {ru: Нет, en: None}, score: 0}
              - {value: fridge, label: {ru: Рефрижераторный, en: Refrigerated}, score: 1}
          - id: why
            type: text
            label: {ru: Почему, en: Why}
            show_if: {item: leaks, answer: [no, partial]}
    """)


def error_of(text: str) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        parse_yaml(text, "bad.yaml")
    return caught.value


def test_good_template_loads_with_defaults():
    template = parse_yaml(GOOD, "good.yaml")
    assert template.id == "test.air" and template.version == 2
    leaks = template.item("leaks")
    assert leaks.type == "status" and leaks.finding == ("no", "partial") and leaks.weight == 2
    assert leaks.option.calculator == "air-leak"
    assert template.item("pressure").above == 7
    assert template.item("why").show_if.answers == ("no", "partial")
    assert len(template.content_hash) == 64


def test_content_hash_ignores_formatting_but_not_content():
    spaced = GOOD.replace("weight: 2", "weight:   2  # doubled")
    assert parse_yaml(spaced, "a").content_hash == parse_yaml(GOOD, "b").content_hash
    assert parse_yaml(GOOD.replace("weight: 2", "weight: 3"), "c").content_hash \
        != parse_yaml(GOOD, "b").content_hash


def test_missing_label_language_names_line_and_field():
    error = error_of(GOOD.replace("label: {ru: Давление, en: Pressure}", "label: {ru: Давление}"))
    assert error.source == "bad.yaml"
    assert str(error.where) == "line 20"
    assert error.field == "sections.items.label.en"
    assert "English text is missing" in str(error)


def test_unknown_answer_type():
    error = error_of(GOOD.replace("type: number", "type: slider"))
    assert "slider" in str(error) and "status, number" in str(error)
    assert str(error.where) == "line 18" and error.field.endswith("type")


def test_duplicate_item_id_names_both_places():
    error = error_of(GOOD.replace("id: dryer", "id: leaks"))
    assert str(error.where) == "line 22"
    assert "used twice" in str(error) and "line 10" in str(error)


def test_skip_logic_to_missing_item():
    error = error_of(GOOD.replace("{item: leaks, answer", "{item: lekas, answer"))
    assert "lekas" in str(error) and str(error.where) == "line 31"


def test_skip_logic_to_unknown_answer():
    error = error_of(GOOD.replace("answer: [no, partial]", "answer: [maybe]"))
    assert "maybe" in str(error)


def test_tab_indent_is_named():
    error = error_of(GOOD.replace("    title: {ru: Генерация", "\ttitle: {ru: Генерация"))
    assert "tab" in str(error) and str(error.where) == "line 8"


def test_indent_error():
    error = error_of(GOOD.replace("      - id: pressure", "     - id: pressure"))
    assert "YAML" in str(error) and str(error.where).startswith("line ")


def test_duplicate_field_in_yaml():
    error = error_of(GOOD.replace("    weight: 2", "    weight: 2\n        weight: 3"))
    assert "given twice" in str(error) and str(error.where) == "line 13"


@pytest.mark.parametrize("change, expected", [
    (("category: good_housekeeping", "category: magic"), "magic"),
    (("calculator: air-leak", "calculator: crystal-ball"), "crystal-ball"),
    (("unit: bar", "unit: furlongs per fortnight x"), "unit"),
    (("weight: 2", "weight: -1"), "-1"),
    (("version: 2", "version: two"), "whole number"),
    (("area: energy", "area: astrology"), "astrology"),
    (("score: 0}", "score: 5}"), "5"),
    (("    weight: 2", "    colour: red"), "unknown field"),
])
def test_other_bad_fields(change, expected):
    assert expected in str(error_of(GOOD.replace(*change)))


def test_file_errors(tmp_path):
    binary = tmp_path / "latin.yaml"
    binary.write_bytes("id: ж".encode("cp1251") + b"\xff\xfe")
    with pytest.raises(TemplateError, match="not UTF-8"):
        load_file(binary)
    with pytest.raises(TemplateError, match="cannot be read"):
        load_file(tmp_path / "missing.yaml")
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    with pytest.raises(TemplateError, match="named fields"):
        load_file(empty)
