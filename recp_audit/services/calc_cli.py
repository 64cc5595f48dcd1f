"""The `recp-audit calc` command: list calculators, describe one, run one from
`key=value` arguments (values carry units: `pressure=7 bar`)."""

from __future__ import annotations

from recp_audit.calc import CALCULATORS, calculator
from recp_audit.calc.core import Calculator, Result, refusal
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.reports.catalog import message_text, translate


def list_text() -> str:
    """One line per calculator: name and title."""
    width = max(len(name) for name in CALCULATORS)
    return "\n".join(f"{name:<{width}}  {calc.title}" for name, calc in CALCULATORS.items())


def help_text(name: str) -> str:
    """A calculator's title, reference, parameters (unit, default, range) and results."""
    calc = calculator(name)
    lines = [f"{calc.name}: {calc.title}", f"Reference: {calc.reference}", "", "Parameters:"]
    for param in calc.params:
        unit = param.unit.replace("|", " or ").replace("**", "^") or (
            "one of " + ", ".join(param.choices) if param.choices else "")
        bounds = _bounds(param)
        default = ("required" if param.required else
                   f"default {param.default}" if param.default else "optional")
        lines.append(f"  {param.name:<24} {param.label} [{unit}] ({default}{bounds})")
    lines += ["", "Results:"]
    lines += [f"  {output.name:<24} {output.label} [{output.unit}]" for output in calc.outputs]
    lines += ["", f"Example: recp-audit calc {calc.name} " + " ".join(
        f"{p.name}=..." for p in calc.params if p.required)]
    return "\n".join(lines)


def _bounds(param) -> str:
    parts = []
    if param.low is not None:
        parts.append(f"{'>' if param.low_open else '>='} {param.low:g}")
    if param.high is not None:
        parts.append(f"{'<' if param.high_open else '<='} {param.high:g}")
    return ("; " + " and ".join(parts)) if parts else ""


def parse_assignments(words: list[str]) -> dict[str, str]:
    """`key=value` words as a dict; a word without `=` continues the previous value,
    so `pressure=7 bar` works with or without quotes."""
    given: dict[str, str] = {}
    last = None
    for word in words:
        key, sep, value = word.partition("=")
        if sep and key.strip():
            last = key.strip()
            if last in given:
                raise refusal(QT_TRANSLATE_NOOP("Calc", "{name} is given twice"), name=last)
            given[last] = value.strip()
        elif last is not None:
            given[last] = f"{given[last]} {word}".strip()
        else:
            raise refusal(QT_TRANSLATE_NOOP(
                "Calc", "\"{word}\" is not key=value (for example pressure=7 bar)"), word=word)
    return given


def run(name: str, words: list[str]) -> Result:
    """Run calculator `name` on `key=value` words."""
    calc: Calculator = calculator(name)
    return calc.run(parse_assignments(words))


INPUTS, RESULTS, WARNING = (QT_TRANSLATE_NOOP("Calc", "Inputs:"),
                            QT_TRANSLATE_NOOP("Calc", "Results:"),
                            QT_TRANSLATE_NOOP("Calc", "Warning:"))


def result_text(result: Result, language: str = "en") -> str:
    """Inputs, results and warnings, one per line, with units, captions in `language`."""
    def tr(text: str) -> str:
        return translate("Calc", text, language)

    labels = {output.name: output.label for output in result.calculator.outputs}
    lines = [f"{tr(result.calculator.title)} ({result.calculator.reference})",
             tr(INPUTS)]
    for name, value in result.inputs.items():
        if value is not None:
            lines.append(f"  {name} = {value if isinstance(value, str) else f'{value:.6g~P}'}")
    lines.append(tr(RESULTS))
    for name, value in result.results.items():
        lines.append(f"  {name} = {value:.6g~P}  ({tr(labels[name])})")
    lines += [f"{tr(WARNING)} {message_text(warning, language)}"
              for warning in result.warnings]
    return "\n".join(lines)
