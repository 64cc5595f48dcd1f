"""A saving calculation's inputs as a report states them: each parameter by its label,
its value written for the report's language, its ± and where a measured value came from."""

from __future__ import annotations

from recp_audit.calc.core import Calculator, choice_label
from recp_audit.reports.catalog import translate
from recp_audit.reports.format import general, number
from recp_audit.units import UnitError, split_number, unit_label


def shown_value(text: str, language: str) -> str:
    """A typed value such as `50.92 kW` as written for `language` (`50,92 кВт`, the unit
    kept on the number's line)."""
    try:
        value, unit = split_number(text)
    except UnitError:
        return text
    shown = number(value, language) if abs(value) >= 1000 else general(value, language, 4)
    return f"{shown}\u00a0{unit_label(unit.strip(), language)}".strip("\u00a0 ")


def stated_inputs(calculator: Calculator, inputs: dict[str, str],
                  uncertainties: dict[str, str], language: str) -> list[str]:
    """`label = value ± spread` for each input; a name the calculator no longer has is
    stated as it was stored."""
    params = {param.name: param for param in calculator.params}
    stated = []
    for name, text in inputs.items():
        param = params.get(name)
        if param is None:
            stated.append(f"{name} = {text}")
            continue
        value = (choice_label(text, language, lambda label: translate("Calc", label, language))
                 if param.choices else text if param.text else shown_value(text, language))
        spread = uncertainties.get(name)
        stated.append(f"{translate('Calc', param.label, language)} = {value}"
                      + (f" ± {shown_value(spread, language)}" if spread else ""))
    return stated


def stated_sources(calculator: Calculator, sources: dict[str, str],
                   language: str) -> list[str]:
    """`label: where its value came from` for each measured input."""
    params = {param.name: param for param in calculator.params}
    return [f"{translate('Calc', params[name].label, language) if name in params else name}: "
            f"{source}" for name, source in sources.items()]
