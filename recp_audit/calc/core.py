"""What every calculator shares: parameters with units and allowed ranges, the
checking of typed inputs, and running a calculator into unit-carrying results.

A calculator is a pure function of pint quantities (and names of choices)
returning a dict of pint quantities; `Calculator` describes its parameters and
results so that the GUI form, the CLI and the options register can all drive
it. Money carries a currency (BYN, EUR ...); the `¤` in a unit stands for
whichever currency the user typed, and all money inputs of one run must share it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pint

from recp_audit.calc.factors import FactorError, Factors, default_factors
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.choices import CURRENCIES, ResourceKind
from recp_audit.spelling import ABSOLUTE
from recp_audit.units import (AmbiguousPercent, UnitError, currency_of, parse_unit, per_year,
                              quantity_name, read, registry, split_number, unit_label)

MONEY = "¤"
CONTEXT = "Calc"
ROUBLES = ("BYN", "RUB")  # the currencies «руб» may stand for
Value = pint.Quantity | str | None
CHOICE_LABELS = {"fuel_oil": QT_TRANSLATE_NOOP("Calc", "Heating oil"),
                 "electricity": QT_TRANSLATE_NOOP("Calc", "Grid electricity")}


def choice_label(choice: str, language: str, translate: Callable[[str], str]) -> str:
    """A choice of a parameter (a fuel, grid electricity) by its name in `language`,
    `translate` giving the Calc context's translation; other choices as they are."""
    if choice in CHOICE_LABELS:
        return translate(CHOICE_LABELS[choice])
    try:
        fuel = default_factors().fuel(choice)
    except FactorError:
        return choice
    return fuel.label_ru if language == "ru" else fuel.label


class CalcError(RecpError):
    """An input a calculator cannot use; the message names the parameter and the allowed range."""


class AmbiguousInput(CalcError):
    """A bare fraction typed for a percentage: `readings` are the two texts it may
    mean (75 % and 0,75 %), for the form to offer and the CLI to name."""

    def __init__(self, name: str, problem: AmbiguousPercent):
        super().__init__(Message(CONTEXT, QT_TRANSLATE_NOOP("Calc", "{name}: {problem}"),
                                 {"name": name, "problem": problem.message}))
        self.name, self.readings = name, problem.readings


def refusal(template: str, **params: Any) -> CalcError:
    """A CalcError with a translatable message (context Calc)."""
    return CalcError(Message(CONTEXT, template, params))


@dataclass(frozen=True)
class Param:
    """One input: its unit (alternatives separated by `|`), label, default and range.

    `low`/`high` are in the first unit; `low_open`/`high_open` exclude the bound.
    A parameter with `choices` takes one of those names instead of a quantity.
    """

    name: str
    unit: str
    label: str
    default: str | None = None
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    choices: tuple[str, ...] = ()
    optional: bool = False
    text: bool = False  # free text the calculator reads itself (a duty profile)
    pressure: str = ""  # GAUGE or ABSOLUTE: what a pressure typed with the other mark becomes

    @property
    def required(self) -> bool:
        """Whether a run must be given this parameter."""
        return self.default is None and not self.optional

    def units(self, currency: str | None = None) -> list[pint.Unit]:
        """The accepted units, with `¤` replaced by `currency`."""
        return [parse_unit(text.replace(MONEY, currency or CURRENCIES[0])) if text
                else registry().dimensionless for text in self.unit.split("|")]

    def read(self, given: Any, currency: str | None = None) -> Value:
        """`given` (text such as `7 bar`, a number in the first unit, or a quantity)
        as a checked quantity, choice or text; `currency` is the audit's, which a bare
        money amount and «руб» stand for."""
        if self.text:
            return str(given).strip()
        if self.choices:
            name = str(given).strip()
            if name not in self.choices:
                raise refusal(QT_TRANSLATE_NOOP(
                    "Calc", "{name}: \"{given}\" is not one of {choices}"),
                    name=self.name, given=name, choices=", ".join(self.choices))
            return name
        value = self.parse(given, currency)
        self.check(value)
        return value

    def parse(self, given: Any, currency: str | None = None) -> pint.Quantity:
        """`given` as a quantity of an accepted kind, without the range check
        (for a ± of this parameter)."""
        return self.reading(given, currency)[0]

    def reading(self, given: Any, currency: str | None = None) -> tuple[pint.Quantity, str]:
        """`given` as a quantity of an accepted kind and the gauge/absolute mark typed
        with it. A yearly amount typed per year (`1 200 Гкал/год`) is that amount."""
        ureg = registry()
        reference = ""
        if isinstance(given, pint.Quantity):
            value = given
        elif isinstance(given, (int, float)):
            value = ureg.Quantity(float(given), self.units()[0])
        else:
            text = str(given)
            first = self.unit.split("|")[0]
            try:
                if MONEY in first and currency is None and not split_number(text, first)[1]:
                    raise refusal(QT_TRANSLATE_NOOP(
                        "Calc", "{name}: give the currency with the amount, e.g. {example}"),
                        name=self.name, example=f"{text.strip()} "
                        + unit_label(first.replace(MONEY, "BYN"), "en").replace("**", "^"))
                value, _, reference = read(
                    text, first.replace(MONEY, currency or CURRENCIES[0]),
                    currency if currency in ROUBLES else None)
            except AmbiguousPercent as exc:
                raise AmbiguousInput(self.name, exc) from None
            except UnitError as exc:
                raise refusal(QT_TRANSLATE_NOOP("Calc", "{name}: {problem}"),
                              name=self.name, problem=exc.message) from None
        accepted = self.units(currency_of(value))
        kinds = [ureg.Quantity(1, unit).dimensionality for unit in accepted]
        if value.dimensionality not in kinds:
            yearly, period = per_year(value)
            if period == "year" and yearly.dimensionality in kinds:
                value = yearly
        if value.dimensionality not in kinds:
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "{name}: \"{given}\" is {kind}, but {name} needs {expected} ({unit})"),
                name=self.name, given=str(given).strip(), kind=quantity_name(value.units),
                expected=" or ".join(str(quantity_name(unit)) for unit in accepted),
                unit=self.unit.replace("|", " or ").replace("**", "^"))
        return value, reference

    def check(self, value: pint.Quantity) -> None:
        """Refuse `value` outside the parameter's range (a CalcError naming it)."""
        if value.dimensionality != registry().Quantity(
                1, self.units(currency_of(value))[0]).dimensionality:
            if self.low is not None and self.low >= 0 and value.magnitude < 0:
                raise refusal(QT_TRANSLATE_NOOP(
                    "Calc", "{name} cannot be negative (got {value:~P})"),
                    name=self.name, value=value)
            return  # given in an alternative unit: the bounds are in the first one
        self._check_range(value)

    def _check_range(self, value: pint.Quantity) -> None:
        first = self.units(currency_of(value))[0]
        magnitude = value.m_as(first)
        shown = unit_label(self.unit.split("|")[0].replace(MONEY, currency_of(value) or ""),
                           "en")
        too_low = self.low is not None and (magnitude < self.low
                                            or (self.low_open and magnitude == self.low))
        too_high = self.high is not None and (magnitude > self.high
                                              or (self.high_open and magnitude == self.high))
        if too_low:
            template = (QT_TRANSLATE_NOOP("Calc", "{name} must be greater than {bound} {unit} "
                                                  "(got {value:g} {unit})") if self.low_open
                        else QT_TRANSLATE_NOOP("Calc", "{name} must be at least {bound} {unit} "
                                                       "(got {value:g} {unit})"))
            raise refusal(template, name=self.name, bound=f"{self.low:g}", unit=shown,
                          value=magnitude)
        if too_high:
            template = (QT_TRANSLATE_NOOP("Calc", "{name} must be below {bound} {unit} "
                                                  "(got {value:g} {unit})") if self.high_open
                        else QT_TRANSLATE_NOOP("Calc", "{name} must be at most {bound} {unit} "
                                                       "(got {value:g} {unit})"))
            raise refusal(template, name=self.name, bound=f"{self.high:g}", unit=shown,
                          value=magnitude)


@dataclass(frozen=True)
class Output:
    """One result and the unit it is shown in (`¤` for the inputs' currency).

    A result that is a yearly saving names the resource it `saves` (NATURAL_GAS stands
    for the option's fuel); `price` names the parameter that prices it, applied to the
    result `priced` when that is another one (the useful heat of the fuel saved).
    A money-only result priced by a parameter (reactive energy) has `price` and no
    `saves`; an `expense` is money the option costs each year (treating reused water).
    """

    name: str
    unit: str
    label: str
    saves: ResourceKind | None = None
    price: str = ""
    priced: str = ""
    expense: bool = False


@dataclass(frozen=True)
class Calculator:
    """A calculator: its name, title, reference, parameters, results and function."""

    name: str
    title: str
    reference: str
    params: tuple[Param, ...]
    outputs: tuple[Output, ...]
    function: Callable[..., dict[str, pint.Quantity]]
    uses_factors: bool = False  # the function takes `factors` (emission factors, heating values)

    def param(self, name: str) -> Param:
        """The parameter called `name` (CalcError when there is none)."""
        for param in self.params:
            if param.name == name:
                return param
        raise refusal(QT_TRANSLATE_NOOP(
            "Calc", "{calculator} has no parameter \"{name}\" (its parameters: {names})"),
            calculator=self.name, name=name, names=", ".join(p.name for p in self.params))

    def prepare(self, given: Mapping[str, Any], currency: str | None = None
                ) -> dict[str, Value]:
        """All inputs checked and completed with defaults (CalcError names the first
        problem); `currency` is the audit's (see `Param.read`). A pressure typed as
        absolute where the calculator wants gauge, or the other way round, is turned
        with the `atmospheric` input (the standard atmosphere when there is none)."""
        for name in given:
            self.param(name)
        inputs: dict[str, Value] = {}
        marks: dict[str, str] = {}
        for param in self.params:
            raw = given.get(param.name)
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                if param.required:
                    raise refusal(QT_TRANSLATE_NOOP(
                        "Calc", "{calculator} needs {name} ({label}, in {unit})"),
                        calculator=self.name, name=param.name, label=param.label,
                        unit=param.unit.replace("|", " or ").replace("**", "^")
                        or ", ".join(param.choices))
                raw = param.default
            if raw is None or param.text or param.choices:
                inputs[param.name] = None if raw is None else param.read(raw, currency)
            else:
                inputs[param.name], marks[param.name] = param.reading(raw, currency)
        atmosphere = inputs.get("atmospheric")
        if not isinstance(atmosphere, pint.Quantity):
            atmosphere = registry().Quantity(101.325, "kPa")
        for param in self.params:
            value = inputs[param.name]
            if param.name in marks:
                mark = marks[param.name]
                if param.pressure and mark and mark != param.pressure:
                    value = value - atmosphere if mark == ABSOLUTE else value + atmosphere
                    inputs[param.name] = value
                param.check(value)
        currencies = {currency_of(v) for v in inputs.values()
                      if isinstance(v, pint.Quantity) and currency_of(v)}
        if len(currencies) > 1:
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "{calculator}: money is given in several currencies ({currencies}); "
                "convert it to one currency first"),
                calculator=self.name, currencies=", ".join(sorted(currencies)))
        return inputs

    def run(self, given: Mapping[str, Any], factors: Factors | None = None,
            currency: str | None = None) -> Result:
        """Check `given`, compute, and express each result in its output unit;
        `factors` are an audit's emission factors (the shipped ones by default) and
        `currency` its currency."""
        inputs = self.prepare(given, currency)
        warnings: list[Message] = []
        results = self.evaluate(inputs, factors, warnings)
        return Result(self, inputs, results, tuple(warnings))

    def evaluate(self, inputs: dict[str, Value], factors: Factors | None = None,
                 warnings: list[Message] | None = None) -> dict[str, pint.Quantity]:
        """The results for already prepared inputs, each in its output unit
        (money results are left out when no money was given). A calculator may
        return `warnings` (Messages on dubious inputs or regions); they are added
        to `warnings` when it is given."""
        currency = next((currency_of(v) for v in inputs.values()
                         if isinstance(v, pint.Quantity) and currency_of(v)), None)
        extra = {"factors": factors or default_factors()} if self.uses_factors else {}
        raw = self.function(**inputs, **extra)
        if warnings is not None:
            warnings.extend(raw.get("warnings", ()))
        results: dict[str, pint.Quantity] = {}
        for output in self.outputs:
            value = raw.get(output.name)
            if value is None or (MONEY in output.unit and currency is None):
                continue
            unit = (parse_unit(output.unit.replace(MONEY, currency or CURRENCIES[0]))
                    if output.unit else registry().dimensionless)
            results[output.name] = value.to(unit)
        return results


@dataclass(frozen=True)
class Result:
    """A run: the calculator, the inputs it used and its results."""

    calculator: Calculator
    inputs: dict[str, Value]
    results: dict[str, pint.Quantity]
    warnings: tuple[Message, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The CLI's JSON contract: name, reference, inputs and results with units."""
        return {"name": self.calculator.name, "reference": self.calculator.reference,
                "inputs": {name: _json_value(value) for name, value in self.inputs.items()
                           if value is not None},
                "results": {name: _json_value(value) for name, value in self.results.items()},
                "warnings": [str(warning) for warning in self.warnings]}


def _json_value(value: Value) -> dict[str, Any]:
    if isinstance(value, pint.Quantity):
        return {"value": float(value.magnitude), "unit": f"{value.units:~P}"}
    return {"value": value, "unit": ""}
