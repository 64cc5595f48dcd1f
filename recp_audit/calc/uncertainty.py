"""Ranges of calculator results from the uncertainty of their inputs.

Linear propagation of standard uncertainties (JCGM 100:2008, Guide to the
Expression of Uncertainty in Measurement, 5.1.2): each uncertain input is moved
by its ± alone, the changes of a result are combined as a root sum of squares,
and the range is the result ± that combination. Instrument accuracy
(`measure.instruments.accuracy_bound`) is the usual source of the ± values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pint

from recp_audit.calc.core import Calculator, Value, refusal
from recp_audit.calc.factors import Factors
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry


@dataclass(frozen=True)
class Range:
    """A result with the range its inputs' uncertainty allows."""

    value: pint.Quantity
    low: pint.Quantity
    high: pint.Quantity


def result_ranges(calculator: Calculator, inputs: dict[str, Value],
                  uncertainties: dict[str, pint.Quantity],
                  factors: Factors | None = None) -> dict[str, Range]:
    """Each result of `calculator` on prepared `inputs` with its range, given the ±
    of some inputs (quantities of the same kind as the input, e.g. 0.1 bar)."""
    nominal = calculator.evaluate(inputs, factors)
    squares = {name: 0.0 for name in nominal}
    for name, spread in uncertainties.items():
        value = inputs.get(name)
        if not isinstance(value, pint.Quantity):
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "{name} has no value to which an uncertainty could apply"), name=name)
        step = _step(value, spread)
        moved = calculator.evaluate({**inputs, name: _moved(value, step)}, factors)
        for result, base in nominal.items():
            if result in moved:
                squares[result] += (moved[result].m_as(base.units) - base.magnitude) ** 2
    return {name: Range(value, _moved(value, -math.sqrt(squares[name])),
                        _moved(value, math.sqrt(squares[name])))
            for name, value in nominal.items()}


_OFFSET_UNITS = ("degree_Celsius", "degree_Fahrenheit")


def _step(value: pint.Quantity, spread: pint.Quantity) -> float:
    """The ± of `value` in its own unit; a ± of a temperature is a difference."""
    ureg = registry()
    if str(spread.units) in _OFFSET_UNITS:
        spread = ureg.Quantity(spread.magnitude, f"delta_{spread.units}")
    target = f"delta_{value.units}" if str(value.units) in _OFFSET_UNITS else value.units
    return abs(spread.to(target).magnitude)


def _moved(value: pint.Quantity, step: float) -> pint.Quantity:
    """`value` moved by `step` in its own unit (works for °C as well)."""
    return value.__class__(value.magnitude + step, value.units)
