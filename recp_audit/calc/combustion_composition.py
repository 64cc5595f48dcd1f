"""Flue-gas loss from the fuel's composition (the method for fuels the Siegert
constants do not cover: coal, peat, wood, mazut, or a gas of known analysis).

Stoichiometry per kilogram of fuel from its elemental analysis (mass %, as
received): oxygen needed 2.664 C + 7.937 H + 0.998 S - O, air with 23.14 % O2 by
mass; excess air λ = 21 / (21 - O2) from the dry flue-gas O2; dry flue gas = CO2 +
SO2 + N2 + excess O2, water vapour = 8.937 H + moisture. The loss is the heat
these carry above the combustion-air temperature, with mean specific heats
between 0 and 300 °C, on the net (lower) heating value basis, as in the
indirect-method heat balance of EN 12952-15:2003. The water dew point is the
saturation temperature at the partial pressure of the water vapour (Antoine
equation); the sulphuric-acid dew point is that of A. Verhoff and J. Banchero
(Chem. Eng. Progress 70(8), 1974) with 2 % of the sulphur burnt to SO3. Without a stated NCV the
Mendeleev formula is used, Q = 339 C + 1030 H - 108.9 (O - S) - 25 W kJ/kg
("Тепловой расчёт котлов. Нормативный метод", 1998). A gas analysis by volume
(CH4, C2H6, C3H8, C4H10, CO2, N2, H2) is turned into the elemental analysis.
"""

from __future__ import annotations

import math

from recp_audit.calc.common import warning
from recp_audit.calc.core import Calculator, Output, Param, refusal
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry

ELEMENTS = ("C", "H", "S", "O", "N", "W", "A")  # carbon ... moisture, ash
O2_IN_AIR = 0.2314  # mass fraction
MOLAR_MASS = {"CO2": 44.01, "SO2": 64.06, "N2": 28.014, "O2": 31.998, "H2O": 18.015}
ANTOINE_WATER = (8.07131, 1730.63, 233.426)  # log10 p[mmHg] = A - B / (C + t[°C]), 1-100 °C
SO3_SHARE = 0.02  # of the sulphur's SO2, burnt on to SO3 (1-3 % in boilers)
SPECIFIC_HEAT = {"CO2": 0.91, "SO2": 0.65, "N2": 1.04, "O2": 0.93, "H2O": 1.89}  # kJ/(kg K)
# Gas components: (molar mass g/mol, carbon atoms, hydrogen atoms, other element)
GASES = {"CH4": (16.043, 1, 4, ""), "C2H6": (30.069, 2, 6, ""), "C3H8": (44.096, 3, 8, ""),
         "C4H10": (58.122, 4, 10, ""), "H2": (2.016, 0, 2, ""), "CO2": (44.01, 1, 0, "O2"),
         "N2": (28.014, 0, 0, "N2")}


def parse_composition(text: str) -> tuple[dict[str, float], bool]:
    """`C=84,H=12,S=3,O=1` (mass %) or `CH4=92,C2H6=4,N2=4` (vol %) as elemental mass
    fractions; the flag says whether it was a gas analysis."""
    parts: dict[str, float] = {}
    for piece in text.replace(";", ",").split(","):
        if not piece.strip():
            continue
        name, _, value = piece.partition("=")
        try:
            parts[name.strip()] = float(value.replace("%", "").replace(",", ".").strip())
        except ValueError:
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "composition: \"{piece}\" is not name=percent (e.g. C=84)"),
                piece=piece.strip()) from None
    unknown = [name for name in parts if name not in ELEMENTS and name not in GASES]
    if unknown or not parts or any(value < 0 for value in parts.values()):
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "composition: give mass % of C, H, S, O, N, W (moisture), A (ash) or "
                    "volume % of CH4, C2H6, C3H8, C4H10, H2, CO2, N2 (not {names})"),
            names=", ".join(unknown) or "-")
    total = sum(parts.values())
    if not 98 <= total <= 102:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "composition adds up to {total:g} %, not 100 %"), total=round(total, 2))
    gas = any(name in GASES for name in parts)
    if gas and any(name in ELEMENTS for name in parts):
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "composition: give either elements by mass or gases by volume, not both"))
    return (_gas_elements(parts) if gas else {k: parts.get(k, 0.0) / total for k in ELEMENTS},
            gas)


def _gas_elements(volume: dict[str, float]) -> dict[str, float]:
    masses = {"C": 0.0, "H": 0.0, "O": 0.0, "N": 0.0}
    for name, share in volume.items():
        molar, carbon, hydrogen, other = GASES[name]
        masses["C"] += share * carbon * 12.011
        masses["H"] += share * hydrogen * 1.008
        if other == "O2":
            masses["O"] += share * 2 * 15.999
        if other == "N2":
            masses["N"] += share * molar
    whole = sum(masses.values())
    return {k: masses.get(k, 0.0) / whole for k in ELEMENTS}


def stoichiometric_air(fuel: dict[str, float]) -> float:
    """kg of air per kg of fuel for complete combustion."""
    oxygen = 2.664 * fuel["C"] + 7.937 * fuel["H"] + 0.998 * fuel["S"] - fuel["O"]
    return max(oxygen, 0.0) / O2_IN_AIR


def flue_gas(fuel: dict[str, float], excess: float) -> dict[str, float]:
    """kg of each flue-gas component per kg of fuel at excess-air ratio `excess`."""
    air = stoichiometric_air(fuel)
    return {"CO2": 3.664 * fuel["C"], "SO2": 1.998 * fuel["S"],
            "N2": (1 - O2_IN_AIR) * excess * air + fuel["N"],
            "O2": O2_IN_AIR * (excess - 1) * air, "H2O": 8.937 * fuel["H"] + fuel["W"]}


def dew_points(fuel: dict[str, float], excess: float) -> tuple[float, float | None]:
    """Water and sulphuric-acid dew points (°C; no acid one without sulphur) of the flue
    gas at atmospheric pressure; see the module docstring."""
    moles = {name: mass / MOLAR_MASS[name] for name, mass in flue_gas(fuel, excess).items()}
    total = sum(moles.values())
    water = 760 * moles["H2O"] / total  # mmHg
    a, b, c = ANTOINE_WATER
    water_dew = b / (a - math.log10(water)) - c if water > 0 else -273.15
    if not moles["SO2"] or not water:
        return water_dew, None
    so3 = 760 * SO3_SHARE * moles["SO2"] / total
    inverse = (2.276 - 0.0294 * math.log(water) - 0.0858 * math.log(so3)
               + 0.0062 * math.log(water) * math.log(so3))
    return water_dew, 1000 / inverse - 273.15


def condensation_warnings(name: str, temperature: float, water_dew: float,
                          acid_dew: float | None) -> list:
    """Warnings for flue gas cooled to `temperature` (°C) below its dew points."""
    found = []
    if acid_dew is not None and temperature < acid_dew:
        found.append(warning(QT_TRANSLATE_NOOP(
            "Calc", "{name} is below the acid dew point of the flue gas (about {dew:.0f} °C): "
                    "sulphuric acid condenses and corrodes the heat exchanger and stack"),
            name=name, dew=acid_dew))
    if temperature < water_dew:
        found.append(warning(QT_TRANSLATE_NOOP(
            "Calc", "{name} is below the water dew point of the flue gas (about {dew:.0f} °C): "
                    "the gas condenses; the heat balance leaves its latent heat out and needs "
                    "a condensing, corrosion-proof heat exchanger"),
            name=name, dew=water_dew))
    return found


def mendeleev_ncv(fuel: dict[str, float]) -> float:
    """Net calorific value in kJ/kg by the Mendeleev formula (percent inputs)."""
    c, h, o, s, w = (100 * fuel[k] for k in ("C", "H", "O", "S", "W"))
    return 339 * c + 1030 * h - 108.9 * (o - s) - 25 * w


def flue_gas_loss_composition(composition, ncv, flue_temperature, air_temperature, o2):
    """Flue-gas loss and combustion efficiency (net heating value basis) from the fuel's
    composition and a flue-gas analysis; see the module docstring for the method."""
    ureg = registry()
    fuel, gas = parse_composition(composition)
    if ncv is None and gas:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "give the net calorific value (ncv) of the gas, e.g. 49 MJ/kg"))
    heating = ncv.m_as("kJ/kg") if ncv is not None else mendeleev_ncv(fuel)
    if heating <= 0:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "the composition gives no heating value; check it or give ncv"))
    difference = flue_temperature.m_as("degC") - air_temperature.m_as("degC")
    if difference <= 0:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "flue_temperature must be above air_temperature ({air:~P})"),
            air=air_temperature)
    excess = 21.0 / (21.0 - o2.m_as("percent"))
    products = flue_gas(fuel, excess)
    heat = sum(mass * SPECIFIC_HEAT[name] for name, mass in products.items()) * difference
    loss = 100 * heat / heating
    if loss >= 100:
        raise loss_refusal(loss, o2)
    dry = sum(mass for name, mass in products.items() if name != "H2O")
    water_dew, acid_dew = dew_points(fuel, excess)
    result = {"flue_gas_loss": ureg.Quantity(loss, "percent"),
            "efficiency": ureg.Quantity(100 - loss, "percent"),
              "excess_air": ureg.Quantity(excess, ""),
              "air": ureg.Quantity(excess * stoichiometric_air(fuel), "kg/kg"),
              "dry_flue_gas": ureg.Quantity(dry, "kg/kg"),
              "ncv": ureg.Quantity(heating, "kJ/kg").to("MJ/kg"),
              "water_dew_point": ureg.Quantity(water_dew, "degC"),
              "warnings": excess_air_warnings(excess) + condensation_warnings(
                  "flue_temperature", flue_temperature.m_as("degC"), water_dew, acid_dew)}
    if acid_dew is not None:
        result["acid_dew_point"] = ureg.Quantity(acid_dew, "degC")
    return result


def excess_air_warnings(excess: float) -> list:
    """A warning when the flue gas holds so much air (λ above 3, O2 above 14 %) that the
    reading more likely shows air leaking in, or a burner at rest, than combustion."""
    if excess <= 3:
        return []
    return [warning(QT_TRANSLATE_NOOP(
        "Calc", "o2 gives {excess:.1f} times the air the fuel needs: check the probe for "
                "air leaking into the flue and that the burner was firing"), excess=excess)]


def loss_refusal(loss: float, o2):
    """The refusal of a flue-gas loss of 100 % or more (no heat left for the boiler)."""
    return refusal(QT_TRANSLATE_NOOP(
        "Calc", "these readings give a flue-gas loss of {loss:.0f} %, so no heat would be left "
                "for the boiler: check o2 ({o2:~P}) and the flue-gas temperature"),
        loss=loss, o2=o2)


FLUE_GAS_LOSS_COMPOSITION = Calculator(
    "flue-gas-loss-composition",
    QT_TRANSLATE_NOOP("Calc", "Flue-gas loss from the fuel composition"),
    "Combustion stoichiometry and heat balance as in EN 12952-15:2003 (net heating value "
    "basis); NCV by the Mendeleev formula when not given",
    (Param("composition", "", QT_TRANSLATE_NOOP(
        "Calc", "composition: C=..,H=..,S=..,O=..,N=..,W=..,A=.. (mass %) or CH4=.. (vol %)"),
        text=True),
     Param("ncv", "MJ/kg", QT_TRANSLATE_NOOP("Calc", "net calorific value (as received)"),
           low=1, high=60, optional=True),
     Param("flue_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "flue-gas temperature"),
           low=0, high=800),
     Param("air_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "combustion-air temperature"),
           default="20 degC", low=-40, high=300),
     Param("o2", "percent", QT_TRANSLATE_NOOP("Calc", "O2 in dry flue gas"),
           low=0, high=21, high_open=True)),
    (Output("flue_gas_loss", "percent", QT_TRANSLATE_NOOP("Calc", "flue-gas loss")),
     Output("efficiency", "percent", QT_TRANSLATE_NOOP("Calc", "combustion efficiency")),
     Output("excess_air", "", QT_TRANSLATE_NOOP("Calc", "excess-air ratio λ")),
     Output("air", "kg/kg", QT_TRANSLATE_NOOP("Calc", "air per kg of fuel")),
     Output("dry_flue_gas", "kg/kg", QT_TRANSLATE_NOOP("Calc", "dry flue gas per kg of fuel")),
     Output("ncv", "MJ/kg", QT_TRANSLATE_NOOP("Calc", "net calorific value used")),
     Output("water_dew_point", "degC", QT_TRANSLATE_NOOP(
         "Calc", "water dew point of the flue gas")),
     Output("acid_dew_point", "degC", QT_TRANSLATE_NOOP(
         "Calc", "sulphuric-acid dew point of the flue gas"))),
    flue_gas_loss_composition)
