"""The shipped templates: all load, both languages everywhere, enough real items."""

from __future__ import annotations

import pytest

from recp_audit.checklists.loader import load_file, load_library, shipped_dir

SHIPPED = sorted(shipped_dir().glob("*.yaml"))


def test_every_topic_of_the_assessment_has_a_template():
    library = load_library()
    assert library.problems == []
    expert = {t.id for t in library.by_audience("expert")}
    assert len(expert) == 16
    assert {t.area.value for t in library.by_audience("self_diagnosis")} == {
        "energy", "water", "materials", "waste"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_template_is_complete_in_russian_and_english(path):
    template = load_file(path)
    assert template.id == path.stem
    sizes = (20, 999) if template.audience == "expert" else (15, 30)
    assert sizes[0] <= len(template.items) <= sizes[1]
    texts = [template.title] + [s.title for s in template.sections]
    for item in template.items:
        texts += [item.label] + ([item.guidance] if item.guidance else [])
        texts += [choice.label for choice in item.choices]
        texts += [item.option.title] if item.option else []
    for text in texts:
        assert text.ru.strip() and text.en.strip()
        assert any("а" <= ch.lower() <= "я" for ch in text.ru), f"not Russian: {text.ru}"
    assert sum(item.option is not None for item in template.items) >= 3


def test_item_ids_are_unique_across_the_library():
    seen: dict[str, str] = {}
    for path in SHIPPED:
        for item in load_file(path).items:
            assert item.id not in seen, f"{item.id} in {path.name} and {seen[item.id]}"
            seen[item.id] = path.name
