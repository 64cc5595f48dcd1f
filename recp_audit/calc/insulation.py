"""Heat lost by bare and insulated horizontal pipes in still air, and the saving
from insulating them."""

from __future__ import annotations

import math

import numpy as np

from recp_audit.calc.common import warning
from recp_audit.calc.core import MONEY, Calculator, Output, Param, refusal
from recp_audit.choices import ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry

STEFAN_BOLTZMANN = 5.670374419e-8  # W/(m² K⁴)
GRAVITY = 9.80665                  # m/s²
TOUCH_SAFE = 60.0  # °C, ASTM C1055: highest surface that a 5 s touch does not burn
# Air at 1 atm: T (K), conductivity (W/(m K)), kinematic viscosity (m²/s), Prandtl number.
# F. P. Incropera, D. P. DeWitt, Fundamentals of Heat and Mass Transfer, table A.4.
_AIR = np.array([
    (250, 22.3e-3, 11.44e-6, 0.720), (300, 26.3e-3, 15.89e-6, 0.707),
    (350, 30.0e-3, 20.92e-6, 0.700), (400, 33.8e-3, 26.41e-6, 0.690),
    (450, 37.3e-3, 32.39e-6, 0.686), (500, 40.7e-3, 38.79e-6, 0.684),
    (550, 43.9e-3, 45.57e-6, 0.683), (600, 46.9e-3, 52.69e-6, 0.685),
    (700, 52.4e-3, 68.10e-6, 0.695), (800, 57.3e-3, 84.93e-6, 0.709)])


def surface_loss(diameter: float, surface: float, ambient: float, emissivity: float) -> float:
    """Heat lost per metre (W/m) by a horizontal cylinder of `diameter` (m) at `surface`
    temperature to still air and surroundings at `ambient` (K): free convection by the
    Churchill-Chu correlation (Int. J. Heat Mass Transfer 18, 1975; Incropera eq. 9.34),
    air properties at the film temperature, plus grey-body radiation."""
    if surface <= ambient:
        return 0.0
    film = (surface + ambient) / 2
    conductivity, viscosity, prandtl = (np.interp(film, _AIR[:, 0], _AIR[:, i]) for i in (1, 2, 3))
    rayleigh = (GRAVITY / film * (surface - ambient) * diameter ** 3
                / (viscosity * viscosity / prandtl))
    nusselt = (0.60 + 0.387 * rayleigh ** (1 / 6)
               / (1 + (0.559 / prandtl) ** (9 / 16)) ** (8 / 27)) ** 2
    convection = nusselt * conductivity / diameter * (surface - ambient)
    radiation = emissivity * STEFAN_BOLTZMANN * (surface ** 4 - ambient ** 4)
    return math.pi * diameter * (convection + radiation)


def insulated_loss(diameter: float, pipe: float, ambient: float, thickness: float,
                   conductivity: float, emissivity: float) -> tuple[float, float]:
    """(W/m, outer surface temperature in K) of a pipe at `pipe` K under insulation of
    `thickness` (m) and `conductivity` (W/(m K)): the surface temperature at which
    conduction through the layer equals the loss from its surface (ISO 12241 method),
    found by bisection."""
    outer = diameter + 2 * thickness
    resistance = math.log(outer / diameter) / (2 * math.pi * conductivity)
    low, high = ambient, pipe
    for _ in range(100):
        middle = (low + high) / 2
        if (pipe - middle) / resistance > surface_loss(outer, middle, ambient, emissivity):
            low = middle
        else:
            high = middle
    return (pipe - low) / resistance, low


def flange_area(pipe_diameter: float, flange_diameter: float, width: float) -> float:
    """Outer surface (m²) of a bolted flange pair: two annular faces plus the rim, as
    ASTM C1129 estimates bare flange areas."""
    return 2 * math.pi / 4 * (flange_diameter ** 2 - pipe_diameter ** 2) \
        + math.pi * flange_diameter * width


def pipe_heat_loss(outer_diameter, surface_temperature, ambient_temperature, length, hours,
                   emissivity, insulation_thickness, insulation_conductivity,
                   jacket_emissivity, flanges, flange_diameter, flange_width, heat_price):
    """Heat lost by a bare pipe, and with insulation of the given thickness, per metre,
    in total and per year; the saving and its value. Checked against US DOE Steam Tip
    Sheet 2, "Insulate Steam Distribution and Condensate Return Lines" (bare steel pipe,
    24 °C still air, 8760 h: 1 in at 150 psig, 285 MMBtu/yr per 100 ft)."""
    ureg = registry()
    diameter = outer_diameter.m_as("m")
    pipe, ambient = surface_temperature.m_as("K"), ambient_temperature.m_as("K")
    if pipe <= ambient:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "surface_temperature must be above ambient_temperature ({ambient:~P})"),
            ambient=ambient_temperature)
    bare = ureg.Quantity(surface_loss(diameter, pipe, ambient, emissivity.m_as("")), "W/m")
    count = flanges.m_as("")
    flange_bare = flange_insulated = ureg.Quantity(0, "W")
    if count:
        if flange_diameter is None or flange_diameter.m_as("m") <= diameter:
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "give flange_diameter larger than the pipe ({pipe:~P}) for the flanges"),
                pipe=outer_diameter)
        rim = flange_diameter.m_as("m")
        area = flange_area(diameter, rim, flange_width.m_as("m"))
        per_area = surface_loss(rim, pipe, ambient, emissivity.m_as("")) / (math.pi * rim)
        flange_bare = ureg.Quantity(count * area * per_area, "W")
    total_bare = bare * length + flange_bare
    result = {"bare_loss": bare, "bare_total": total_bare.to("kW"),
              "bare_annual": (total_bare * hours).to("MWh")}
    if count:
        result["flange_loss"] = flange_bare.to("kW")
    if insulation_thickness is not None and insulation_thickness.m_as("m") > 0:
        per_metre, outside = insulated_loss(
            diameter, pipe, ambient, insulation_thickness.m_as("m"),
            insulation_conductivity.m_as("W/(m*K)"), jacket_emissivity.m_as(""))
        insulated = ureg.Quantity(per_metre, "W/m")
        if count:  # a removable cover of the same insulation over the flange rim
            rim_bare = surface_loss(rim, pipe, ambient, emissivity.m_as(""))
            rim_covered = insulated_loss(rim, pipe, ambient, insulation_thickness.m_as("m"),
                                         insulation_conductivity.m_as("W/(m*K)"),
                                         jacket_emissivity.m_as(""))[0]
            flange_insulated = flange_bare * (rim_covered / rim_bare)
        saving = ((total_bare - insulated * length - flange_insulated) * hours).to("MWh")
        surface = ureg.Quantity(outside, "K").to("degC")
        result.update({"insulated_loss": insulated, "insulated_surface": surface,
                       "saving": saving})
        if surface.m_as("degC") > TOUCH_SAFE:
            result["warnings"] = [warning(QT_TRANSLATE_NOOP(
                "Calc", "the insulated surface stays at {surface:.0f} °C, hot enough to burn "
                        "at a touch (ASTM C1055: at most {safe:.0f} °C): add insulation"),
                surface=surface.m_as("degC"), safe=TOUCH_SAFE)]
        if heat_price is not None:
            result["cost_saving"] = saving * heat_price
    if heat_price is not None:
        result["bare_cost"] = result["bare_annual"] * heat_price
    return result


PIPE_HEAT_LOSS = Calculator(
    "pipe-heat-loss", QT_TRANSLATE_NOOP("Calc", "Heat loss of bare and insulated pipes"),
    "Churchill-Chu free convection and grey-body radiation (Incropera & DeWitt); insulated "
    "surface balance as in ISO 12241; flanges by surface area as in ASTM C1129; checked "
    "against US DOE Steam Tip Sheet 2",
    (Param("outer_diameter", "mm", QT_TRANSLATE_NOOP("Calc", "pipe outer diameter"),
           low=5, high=2000),
     Param("surface_temperature", "degC", QT_TRANSLATE_NOOP(
         "Calc", "pipe surface (medium) temperature"), low=-50, high=600),
     Param("ambient_temperature", "degC", QT_TRANSLATE_NOOP("Calc", "ambient air temperature"),
           default="20 degC", low=-50, high=60),
     Param("length", "m", QT_TRANSLATE_NOOP("Calc", "length"), low=0, low_open=True),
     Param("hours", "h", QT_TRANSLATE_NOOP("Calc", "hours per year"), default="8760 h",
           low=0, high=8784),
     Param("emissivity", "", QT_TRANSLATE_NOOP("Calc", "emissivity of the bare pipe"),
           default="0.8", low=0.02, high=1),
     Param("insulation_thickness", "mm", QT_TRANSLATE_NOOP("Calc", "insulation thickness"),
           low=0, high=500, optional=True),
     Param("insulation_conductivity", "W/(m*K)", QT_TRANSLATE_NOOP(
         "Calc", "insulation thermal conductivity"), default="0.04 W/(m*K)",
           low=0.01, high=0.5),
     Param("jacket_emissivity", "", QT_TRANSLATE_NOOP("Calc", "emissivity of the cladding"),
           default="0.9", low=0.02, high=1),
     Param("flanges", "", QT_TRANSLATE_NOOP("Calc", "bare flange pairs"), default="0", low=0,
           high=1000),
     Param("flange_diameter", "mm", QT_TRANSLATE_NOOP("Calc", "flange outer diameter"),
           low=10, high=3000, optional=True),
     Param("flange_width", "mm", QT_TRANSLATE_NOOP("Calc", "width of a flange pair"),
           default="60 mm", low=5, high=500),
     Param("heat_price", f"{MONEY}/MWh", QT_TRANSLATE_NOOP("Calc", "price of heat"), low=0,
           optional=True)),
    (Output("bare_loss", "W/m", QT_TRANSLATE_NOOP("Calc", "bare pipe loss per metre")),
     Output("flange_loss", "kW", QT_TRANSLATE_NOOP("Calc", "loss of the bare flanges")),
     Output("bare_total", "kW", QT_TRANSLATE_NOOP("Calc", "bare pipe loss")),
     Output("bare_annual", "MWh", QT_TRANSLATE_NOOP("Calc", "bare pipe loss per year")),
     Output("bare_cost", MONEY, QT_TRANSLATE_NOOP("Calc", "cost of the bare pipe loss per year")),
     Output("insulated_loss", "W/m", QT_TRANSLATE_NOOP("Calc", "insulated loss per metre")),
     Output("insulated_surface", "degC", QT_TRANSLATE_NOOP(
         "Calc", "insulation surface temperature")),
     Output("saving", "MWh", QT_TRANSLATE_NOOP("Calc", "heat saved per year"),
            saves=ResourceKind.HEAT, price="heat_price"),
     Output("cost_saving", MONEY, QT_TRANSLATE_NOOP("Calc", "money saved per year"))),
    pipe_heat_loss)
