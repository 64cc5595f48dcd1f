"""Species of a material that exclude each other within one class: steel scrap is no
aluminium scrap for a remelter, PE film no PET for a bottle recycler. A stream's species
are read from its words; two streams naming different species of one group never pair,
whatever else they share ("лом", "плёнка")."""

from __future__ import annotations

import functools

from recp_audit.symbiosis.text import stems

# The material class (symbiosis.knowledge.CATEGORIES) each group's species belong to: the
# species exclude each other only between streams both named as that class (a zinc
# residue is no aluminium scrap, but may be a cement plant's iron-bearing raw material).
CLASSES = {"metal": "metals", "polymer": "plastics"}
# Group -> species -> (English name, Russian name, terms that name it).
SPECIES: dict[str, dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "metal": {
        "ferrous": ("steel and iron", "сталь и чугун", (
            "steel", "iron", "ferrous", "cast iron", "сталь", "стальной", "чугун", "чугунный",
            "железо", "черный металл", "черных металлов", "нержавеющая")),
        "aluminium": ("aluminium", "алюминий", ("aluminium", "aluminum", "алюминий",
                                                 "алюминиевый")),
        "copper": ("copper", "медь", ("copper", "медь", "медный")),
        "brass_bronze": ("brass and bronze", "латунь и бронза", (
            "brass", "bronze", "латунь", "латунный", "бронза", "бронзовый")),
        "lead": ("lead", "свинец", ("lead scrap", "lead battery", "свинец", "свинцовый")),
        "zinc": ("zinc", "цинк", ("zinc", "цинк", "цинковый")),
    },
    "polymer": {
        "pe": ("polyethylene", "полиэтилен", (
            "polyethylene", "pe film", "ldpe", "hdpe", "lldpe", "полиэтилен",
            "полиэтиленовый", "пэ", "пнд", "пвд", "пэнд", "пэвд")),
        "pp": ("polypropylene", "полипропилен", (
            "polypropylene", "pp", "полипропилен", "полипропиленовый", "пп")),
        "pet": ("PET", "ПЭТ", ("pet", "pet bottles", "пэт", "полиэтилентерефталат")),
        "pvc": ("PVC", "ПВХ", ("pvc", "пвх", "поливинилхлорид")),
        "ps": ("polystyrene", "полистирол", ("polystyrene", "eps", "полистирол",
                                              "пенополистирол")),
    },
}


@functools.cache
def _phrases() -> tuple[tuple[int, frozenset[str]], ...]:
    """(species bit, stems of one naming term) for every term."""
    found = []
    for bit, (_group, _name, terms) in enumerate(_flat()):
        found.extend((1 << bit, stems(term)) for term in terms)
    return tuple((bit, phrase) for bit, phrase in found if phrase)


@functools.cache
def _flat() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple((group, key, names[2]) for group, listed in SPECIES.items()
                 for key, names in listed.items())


@functools.cache
def group_masks() -> tuple[tuple[str, int], ...]:
    """(material class, bit mask covering its species) for each group."""
    masks: dict[str, int] = {}
    for bit, (group, _key, _terms) in enumerate(_flat()):
        masks[group] = masks.get(group, 0) | 1 << bit
    return tuple((CLASSES[group], mask) for group, mask in masks.items())


@functools.lru_cache(maxsize=65536)
def species(name_stems: frozenset[str]) -> int:
    """The species a stream's words name, as a bit mask."""
    return sum({bit for bit, phrase in _phrases() if phrase <= name_stems})


def excluded(offered: int, needed: int, classes: set[str]) -> bool:
    """Whether two streams both named as one of `classes` name different species of its
    group and none in common."""
    return any(category in classes and offered & mask and needed & mask
               and not offered & needed & mask for category, mask in group_masks())


def names(mask: int, language: str) -> str:
    """The species of a mask in words."""
    listed = [SPECIES[group][key] for bit, (group, key, _terms) in enumerate(_flat())
              if mask & 1 << bit]
    return ", ".join(name[1] if language == "ru" else name[0] for name in listed)
