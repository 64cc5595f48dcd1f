"""Utilities as carriers with grades: what an energy, water or gas stream carries (steam,
hot water, electricity, a fuel gas, CO2 ...) read from its words, and which carrier can
meet which need. Steam heats water but hot water raises no steam; electricity meets
only electricity; warm cooling water is no wastewater to treat; treated effluent may
cool or irrigate but is not drinking water. A stream whose carrier the words do not
tell is compared as before (by kind only)."""

from __future__ import annotations

import functools

# Carrier -> stems any of which names it (stems of symbiosis.text: Russian terms the
# thesaurus knows carry English stems, "biogas" is "bioga"), most specific first.
CARRIERS: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = (
    ("biogas", (frozenset({"биогаз"}), frozenset({"bioga"}))),
    ("co2", (frozenset({"co2"}), frozenset({"углекисл"}), frozenset({"carbon", "dioxid"}))),
    ("hydrogen", (frozenset({"водород"}), frozenset({"hydrogen"}))),
    ("oxygen", (frozenset({"кислород"}), frozenset({"oxygen"}))),
    ("nitrogen", (frozenset({"азот"}), frozenset({"nitrogen"}))),
    ("compressed_air", (frozenset({"сжат", "воздух"}), frozenset({"compress", "air"}))),
    ("fuel_gas", (frozenset({"природн", "газ"}), frozenset({"топливн", "газ"}),
                  frozenset({"горюч", "газ"}), frozenset({"метан"}), frozenset({"methan"}),
                  frozenset({"fuel", "gas"}), frozenset({"natur", "gas"}),
                  frozenset({"синтез", "газ"}), frozenset({"synga"}))),
    ("electricity", (frozenset({"электроэнерг"}), frozenset({"электричеств"}),
                     frozenset({"electr"}))),
    ("steam", (frozenset({"steam"}), frozenset({"пар"}))),
    ("cold", (frozenset({"холод"}), frozenset({"chill"}), frozenset({"refriger"}))),
    ("wastewater", (frozenset({"сточн"}), frozenset({"стоки"}), frozenset({"wastewat"}),
                    frozenset({"sewag"}))),
    ("hot_water", (frozenset({"горяч", "water"}), frozenset({"hot", "water"}),
                   frozenset({"warm", "water"}), frozenset({"heat", "water"}),
                   frozenset({"конденсат"}), frozenset({"condens"}))),
    ("cooling_water", (frozenset({"cool", "water"}), frozenset({"охлажден", "water"}))),
    ("heat", (frozenset({"heat"}), frozenset({"тепл"}), frozenset({"flue"}),
              frozenset({"дымов"}))),
)
# A treated effluent is named by "treated"/«очищенные» beside its wastewater words.
TREATED = (frozenset({"очищен"}), frozenset({"treat"}))
# Offered carrier -> the needed carriers it can meet.
MEETS: dict[str, frozenset[str]] = {
    "steam": frozenset({"steam", "hot_water", "heat"}),
    "heat": frozenset({"heat", "hot_water", "steam"}),
    "hot_water": frozenset({"hot_water", "heat"}),
    "electricity": frozenset({"electricity"}),
    "biogas": frozenset({"biogas", "fuel_gas"}),
    "fuel_gas": frozenset({"fuel_gas"}),
    "co2": frozenset({"co2"}), "hydrogen": frozenset({"hydrogen"}),
    "oxygen": frozenset({"oxygen"}), "nitrogen": frozenset({"nitrogen"}),
    "compressed_air": frozenset({"compressed_air"}),
    "cold": frozenset({"cold"}),
    "cooling_water": frozenset({"cooling_water"}),
    "treated_effluent": frozenset({"treated_effluent", "cooling_water", "process_water"}),
    "wastewater": frozenset({"wastewater"}),
}
NAMES_RU = {"steam": "пар", "heat": "тепло", "hot_water": "горячая вода",
            "electricity": "электроэнергия", "biogas": "биогаз", "fuel_gas": "горючий газ",
            "co2": "CO2", "hydrogen": "водород", "oxygen": "кислород", "nitrogen": "азот",
            "compressed_air": "сжатый воздух", "cold": "холод",
            "cooling_water": "охлаждающая вода",
            "treated_effluent": "очищенные сточные воды", "wastewater": "сточные воды",
            "process_water": "техническая вода"}
NAMES_EN = {key: key.replace("_", " ").replace("co2", "CO2") for key in NAMES_RU}


@functools.lru_cache(maxsize=65536)
def carrier(kind: str, stems: frozenset[str]) -> str:
    """What an energy, water or gas stream carries ("" when its words do not say)."""
    if kind not in ("energy", "water", "gas"):
        return ""
    for name, phrases in CARRIERS:
        if any(phrase <= stems for phrase in phrases):
            if name == "wastewater" and any(phrase <= stems for phrase in TREATED):
                return "treated_effluent"
            return name
    return ""


def meets(offered: str, needed: str) -> bool:
    """Whether the offered carrier can meet the needed one (unknown ones can)."""
    if not offered or not needed:
        return True
    return needed in MEETS.get(offered, frozenset({offered}))
