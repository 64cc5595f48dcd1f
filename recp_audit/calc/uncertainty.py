"""Ranges of calculator results from the uncertainty of their inputs.

Propagation of distributions by Monte Carlo (JCGM 101:2008, GUM Supplement 1).
A ± is a limit of permissible error (`measure.instruments`), so each uncertain
input is spread uniformly over it (rectangular distribution: JCGM 101 6.4.2,
GUM 4.3.7), which also keeps every draw inside the range the expert stated. The
range is the probabilistically symmetric 95 % coverage interval (JCGM 101 7.7):
the 2.5 % and 97.5 % quantiles of the result. A linear result gets a symmetric
range, a non-linear one an asymmetric range: a leak through 2 ± 0.5 mm flows
∝ d², so its flow lies between -42 % and +53 % of the nominal one (moving each
input by its ± alone, as this module did before, gave ±56 %).

A calculator run costs about 0.5 ms (pint), too much for thousands of draws on
each keystroke. So the calculator runs on a grid only, `_nodes` Chebyshev-Lobatto
points across each ± (25 runs for two uncertain inputs, 3^n for n above two),
and the draws go through the polynomial through those points, which reproduces
a result of degree 4 (2 above two inputs) or less in each input exactly (flow ∝
d² x absolute pressure).
The DRAWS draws are a Latin hypercube (McKay, Beckman and Conover, Technometrics
21, 1979, 239-245) over stratum midpoints, mirrored about the nominal values and
shuffled with a fixed seed: the same range on every run, a linear result
exactly symmetric.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import numpy as np
import pint

from recp_audit.calc.core import Calculator, Value, refusal
from recp_audit.calc.factors import Factors
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.units import registry

COVERAGE = 0.95
DRAWS = 40_000  # bounds within about 0.5 % of the range's width, in 2 ms per result
SEED = 101      # after JCGM 101; any fixed seed makes the ranges reproducible


def _nodes(count: int) -> int:
    """Grid points per input for `count` uncertain inputs: quartic up to two inputs
    (25 runs), quadratic beyond (27 runs for three)."""
    return 5 if count <= 2 else 3


@dataclass(frozen=True)
class Range:
    """A result with the range its inputs' uncertainty allows."""

    value: pint.Quantity
    low: pint.Quantity
    high: pint.Quantity


def result_ranges(calculator: Calculator, inputs: dict[str, Value],
                  uncertainties: dict[str, pint.Quantity],
                  factors: Factors | None = None) -> dict[str, Range]:
    """Each result of `calculator` on prepared `inputs` with its 95 % range, given the
    ± of some inputs (quantities of the same kind as the input, e.g. 0.1 bar)."""
    nominal = calculator.evaluate(inputs, factors)
    if not uncertainties:
        return {name: Range(value, value, value) for name, value in nominal.items()}
    names = sorted(uncertainties)
    spreads = [_spread(inputs.get(name), uncertainties[name], name) for name in names]
    points, basis = _basis(len(names))
    grid = _on_grid(calculator, inputs, dict(zip(names, spreads)), points, factors, nominal)
    ranges = {}
    for name, value in nominal.items():
        if np.isnan(grid[name]).any():  # no such result somewhere: the span of the grid
            low, high = np.nanmin(grid[name]), np.nanmax(grid[name])
        elif np.ptp(grid[name]) == 0:  # untouched by the uncertain inputs
            low = high = value.magnitude
        else:
            low, high = np.quantile(_interpolate(grid[name], basis),
                                    [(1 - COVERAGE) / 2, (1 + COVERAGE) / 2], method="hazen")
        ranges[name] = Range(value, _at(value, low), _at(value, high))
    return ranges


@functools.cache
def _basis(count: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """The grid points in [-1, 1] for `count` inputs and, per input, the Lagrange basis
    of those points at its draws (the same for every calculation)."""
    points = np.cos(np.pi * np.arange(_nodes(count))[::-1] / (_nodes(count) - 1))
    return points, [_lagrange(points, column) for column in _draws(count)]


def _draws(count: int) -> np.ndarray:
    """DRAWS points in [-1, 1] for each of `count` inputs (rows): every stratum once,
    the second half the mirror image of the first."""
    rng = np.random.default_rng(SEED)
    half = DRAWS // 2
    columns = []
    for _ in range(count):
        pairs = rng.permutation(half)
        first = np.where(rng.integers(0, 2, half) == 1, 2 * half - 1 - pairs, pairs)
        strata = np.concatenate([first, 2 * half - 1 - first])
        columns.append(2 * (strata + 0.5) / (2 * half) - 1)
    return np.array(columns)


def _lagrange(points: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The Lagrange basis polynomials of `points` at `at` (one row per value of `at`)."""
    basis = np.ones((len(at), len(points)))
    for k, point in enumerate(points):
        for j, other in enumerate(points):
            if j != k:
                basis[:, k] *= (at - other) / (point - other)
    return basis


def _interpolate(grid: np.ndarray, basis: list[np.ndarray]) -> np.ndarray:
    """The tensor-product polynomial through `grid` (one axis per input) at the draws."""
    values = np.einsum("nk,kr->nr", basis[0], grid.reshape(grid.shape[0], -1))
    for rows in basis[1:]:
        values = np.einsum("nk,nkr->nr", rows, values.reshape(len(rows), rows.shape[1], -1))
    return values[:, 0]


def _on_grid(calculator: Calculator, inputs: dict[str, Value], spreads: dict[str, float],
             points: np.ndarray, factors: Factors | None, nominal: dict[str, pint.Quantity]
             ) -> dict[str, np.ndarray]:
    """Each result at every grid point (one axis per uncertain input, NaN where a point
    gives no such result), in the unit of its nominal value: one run on arrays when the
    calculator takes them and agrees with a scalar run, else one run per point."""
    shape = (len(points),) * len(spreads)
    corners = np.array(list(itertools.product(points, repeat=len(spreads)))).T

    def run(pick) -> dict[str, pint.Quantity]:
        return calculator.evaluate({**inputs, **{
            name: _at(inputs[name], inputs[name].magnitude + spread * pick(column))
            for (name, spread), column in zip(spreads.items(), corners)}}, factors)

    try:
        found = run(lambda column: column)
        arrays = {name: np.broadcast_to(found[name].m_as(value.units), corners.shape[1:])
                  for name, value in nominal.items()}
        first = run(lambda column: float(column[0]))
        if all(np.isclose(arrays[name][0], first[name].m_as(value.units), rtol=1e-9)
               for name, value in nominal.items()):
            return {name: array.reshape(shape) for name, array in arrays.items()}
    except Exception:  # a calculator written for scalars: run it per point
        pass
    arrays = {name: np.full(corners.shape[1], np.nan) for name in nominal}
    for index in range(corners.shape[1]):
        found = run(lambda column: float(column[index]))  # called at once
        for name, value in nominal.items():
            if name in found:
                arrays[name][index] = found[name].m_as(value.units)
    return {name: array.reshape(shape) for name, array in arrays.items()}


_OFFSET_UNITS = ("degree_Celsius", "degree_Fahrenheit")


def _spread(value: Value, spread: pint.Quantity, name: str) -> float:
    """The ± of `value` in its own unit; a ± of a temperature is a difference."""
    if not isinstance(value, pint.Quantity):
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "{name} has no value to which an uncertainty could apply"), name=name)
    ureg = registry()
    if str(spread.units) in _OFFSET_UNITS:
        spread = ureg.Quantity(spread.magnitude, f"delta_{spread.units}")
    target = f"delta_{value.units}" if str(value.units) in _OFFSET_UNITS else value.units
    return abs(spread.to(target).magnitude)


def _at(value: pint.Quantity, magnitude) -> pint.Quantity:
    """A quantity of `value`'s unit with another magnitude (works for °C as well)."""
    return value.__class__(magnitude, value.units)
