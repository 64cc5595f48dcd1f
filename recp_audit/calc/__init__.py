"""Engineering calculators (pure functions of pint quantities), by name."""

from __future__ import annotations

from recp_audit.calc.combustion import FLUE_GAS_LOSS, FLUE_GAS_RECOVERY, FUEL_EMISSIONS
from recp_audit.calc.combustion_composition import FLUE_GAS_LOSS_COMPOSITION
from recp_audit.calc.compressed_air import AIR_LEAK, HEAT_RECOVERY, LEAK_SHARE, PRESSURE_REDUCTION
from recp_audit.calc.core import Calculator, CalcError, refusal
from recp_audit.calc.electrical import LIGHTING, POWER_FACTOR
from recp_audit.calc.finance import FINANCE
from recp_audit.calc.insulation import PIPE_HEAT_LOSS
from recp_audit.calc.motors import MOTOR_REPLACEMENT, VSD
from recp_audit.calc.steam import CONDENSATE_RETURN, STEAM_TRAP
from recp_audit.calc.water import WATER_LEAK, WATER_REUSE
from recp_audit.messages import QT_TRANSLATE_NOOP

CALCULATORS: dict[str, Calculator] = {calc.name: calc for calc in (
    AIR_LEAK, LEAK_SHARE, PRESSURE_REDUCTION, HEAT_RECOVERY, STEAM_TRAP, CONDENSATE_RETURN,
    FLUE_GAS_LOSS, FLUE_GAS_LOSS_COMPOSITION, FLUE_GAS_RECOVERY, PIPE_HEAT_LOSS, MOTOR_REPLACEMENT, VSD, POWER_FACTOR,
    LIGHTING, WATER_LEAK, WATER_REUSE, FUEL_EMISSIONS, FINANCE)}


def calculator(name: str) -> Calculator:
    """The calculator called `name` (CalcError listing the known ones otherwise)."""
    if name not in CALCULATORS:
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "there is no calculator \"{name}\" (known: {known})"),
            name=name, known=", ".join(CALCULATORS))
    return CALCULATORS[name]


__all__ = ["CALCULATORS", "CalcError", "Calculator", "calculator"]
