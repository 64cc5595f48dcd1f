"""Units as people type them, turned into pint's spelling.

Russian-speaking engineers write units after GOST 8.417 (мм, с, мин, кВт·ч, Гкал,
кгс/см²) and after habit (м3, куб. м, т у.т., тыс. м³, ати, °С with a Cyrillic С,
шт., руб.); English users write m3, psig, bar(g), kWh. `spell` turns a unit text
into a pint expression and says whether a pressure was marked gauge or absolute.
A Russian symbol is a whole word (ч, сут, шт, т у.т.) or an SI prefix with a
base symbol (к + Вт, м + м, Г + кал). «руб» alone names no currency: it means
the audit's roubles, so the caller says which (`rouble`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

GAUGE, ABSOLUTE = "gauge", "absolute"

# Whole words (a trailing dot of an abbreviation dropped), to pint's names.
WORDS = {
    # time
    "ч": "hour", "час": "hour", "часа": "hour", "часов": "hour", "часы": "hour",
    "мин": "minute", "минута": "minute", "минуты": "minute", "минут": "minute",
    "сек": "second", "секунда": "second", "секунды": "second", "секунд": "second",
    "сут": "day", "сутки": "day", "суток": "day", "дн": "day", "день": "day", "дня": "day",
    "дней": "day", "нед": "week", "неделя": "week", "недели": "week", "недель": "week",
    "мес": "month", "месяц": "month", "месяца": "month", "месяцев": "month",
    "год": "year", "года": "year", "лет": "year",
    # mass, volume, area, count
    "т": "metric_ton", "тонна": "metric_ton", "тонны": "metric_ton", "тонн": "metric_ton",
    "тн": "metric_ton", "Гкал": "Gcal", "неделю": "week",
    "ц": "centner", "литр": "liter", "литра": "liter", "литров": "liter",
    "га": "hectare", "шт": "piece", "штука": "piece", "штуки": "piece", "штук": "piece",
    "pcs": "piece", "pc": "piece", "ед": "piece",
    "%": "percent", "проц": "percent", "процент": "percent", "процента": "percent",
    "процентов": "percent",
    # energy and power written without the multiplication sign
    "кВтч": "kWh", "МВтч": "MWh", "ГВтч": "GWh", "квар": "kvar", "кВАр": "kvar",
    "кВАР": "kvar", "kvarh": "kvar*hour", "kcal": "kilointernational_calorie",
    "Mcal": "megainternational_calorie", "Gcal": "Gcal", "тут": "tce", "кгут": "kgce",
    "тнэ": "toe", "л.с": "metric_horsepower", "лс": "metric_horsepower",
    "об": "turn",
    # pressure
    "атм": "atm", "ат": "technical_atmosphere", "ати": "technical_atmosphere",
    "ата": "technical_atmosphere", "бар": "bar", "psig": "psi", "psia": "psi",
    "barg": "bar", "bara": "bar", "kPag": "kPa", "kPaa": "kPa", "MPag": "MPa", "MPaa": "MPa",
    # temperature
    "degC": "degree_Celsius", "°C": "degree_Celsius", "℃": "degree_Celsius",
    "°F": "degree_Fahrenheit", "К": "kelvin",
    # multipliers
    "тыс": "thousand", "млн": "million", "млрд": "billion",
    # money (BYN, RUB ... are read by pint as they are)
    "Br": "BYN", "евро": "EUR", "€": "EUR", "долл": "USD", "доллар": "USD",
    "долларов": "USD", "$": "USD", "₽": "RUB", "грн": "UAH", "тенге": "KZT", "₸": "KZT",
}
ROUBLE_WORDS = frozenset({"руб", "р", "рубль", "рубля", "рублей"})
# Marks of gauge or absolute pressure written after the unit or glued to it.
_GAUGE_WORDS = frozenset({"изб", "избыточное", "ати"})
_ABSOLUTE_WORDS = frozenset({"абс", "абсолютное", "ата"})
_GLUED = {"psig": GAUGE, "barg": GAUGE, "kPag": GAUGE, "MPag": GAUGE,
          "psia": ABSOLUTE, "bara": ABSOLUTE, "kPaa": ABSOLUTE, "MPaa": ABSOLUTE}
# Russian SI prefixes and base symbols (GOST 8.417-2002, tables 5 and 8).
PREFIXES = {"мк": "micro", "к": "kilo", "М": "mega", "Г": "giga", "Т": "tera", "м": "milli",
            "с": "centi", "д": "deci", "г": "hecto"}
BASES = {"м": "meter", "г": "gram", "с": "second", "Вт": "watt", "Дж": "joule",
         "кал": "international_calorie", "Па": "pascal", "Н": "newton", "В": "volt",
         "А": "ampere", "Ом": "ohm", "Гц": "hertz", "ВА": "volt_ampere",
         "вар": "volt_ampere_reactive", "л": "liter", "бар": "bar", "гс": "force_gram",
         "лк": "lux"}
# Phrases of several words, replaced before the words are read.
_PHRASES = [
    (re.compile(r"\s+в\s+(год|сутки|сут\.?|месяц|мес\.?|день|неделю|час)(?!\w)"),
     lambda m: f"/{m.group(1)}"),  # тонн в год -> тонн/год
    (re.compile(r"(?<!\w)(тыс|млн|млрд)\.\s*"), lambda m: f" {m.group(1)} "),
    (re.compile(r"(?<![\w.])(к?г|т)\.?\s*у\.\s*т\.?", re.IGNORECASE),
     lambda m: {"т": " tce ", "кг": " kgce ", "г": " gce "}.get(m.group(1).lower(), m.group(0))),
    (re.compile(r"(?<![\w.])т\.?\s*у\.?\s*т\.?(?!\w)"), lambda m: " tce "),
    (re.compile(r"(?<![\w.])т\.?\s*н\.\s*э\.?"), lambda m: " toe "),
    (re.compile(r"мм\.?\s*рт\.?\s*ст\.?"), lambda m: " mmHg "),
    (re.compile(r"мм\.?\s*вод\.?\s*ст\.?"), lambda m: " mmH2O "),
    (re.compile(r"куб\.?\s*м\.?|м\.?\s*куб\.?"), lambda m: " m**3 "),
    (re.compile(r"кв\.?\s*м\.?"), lambda m: " m**2 "),
    (re.compile(r"бел\.?\s*руб\.?"), lambda m: " BYN "),
    (re.compile(r"рос\.?\s*руб\.?"), lambda m: " RUB "),
    (re.compile(r"(?:[°º˚]|град\.?|гр\.)\s*[СCсc](?![\w])"), lambda m: " °C "),
    (re.compile(r"[°º˚]\s*F\b"), lambda m: " °F "),
    (re.compile(r"\(\s*(g|a|изб|абс)\.?\s*\)", re.IGNORECASE),
     lambda m: " изб " if m.group(1).lower() in ("g", "изб") else " абс "),
]
_TOKENS = re.compile(r"(?:\*\*|\^)\s*-?\d+|[/*()^]|[^\s/*()^]+")
_EXPONENT = re.compile(r"^(.+?)(²|³|2|3)$")
_SUPERSCRIPT = {"²": "2", "³": "3"}


class Spelled(NamedTuple):
    """A unit text in pint's spelling, the gauge/absolute mark found in it, and
    whether it named roubles without saying whose."""

    expression: str
    reference: str
    rouble: bool


def _word(word: str) -> str | None:
    """The pint name of one word, or None when it is none of ours."""
    for candidate in (word, word.rstrip(".")):
        if candidate in WORDS:
            return WORDS[candidate]
        if len(candidate) >= 3 and candidate.lower() in WORDS:  # ЧАС, Мин; not ГА
            return WORDS[candidate.lower()]
        if candidate in BASES:
            return BASES[candidate]
        for prefix in sorted(PREFIXES, key=len, reverse=True):
            base = candidate[len(prefix):]
            if candidate.startswith(prefix) and base in BASES:
                return PREFIXES[prefix] + BASES[base]
    return None


def _symbol(word: str, rouble: str | None) -> tuple[str, bool]:
    """One unit symbol (maybe with an exponent such as м3 or см²) in pint's spelling,
    and whether it was an unqualified rouble."""
    bare = word.rstrip(".")
    if bare.lower() in ROUBLE_WORDS:
        return (rouble or "BYN"), rouble is None
    name = _word(word)
    if name is not None:
        return name, False
    match = _EXPONENT.match(bare)
    if match:
        stem = _word(match.group(1)) or (match.group(1) if match.group(1).isascii()
                                          and match.group(1).isalpha() else None)
        if stem is not None:
            return f"{stem}**{_SUPERSCRIPT.get(match.group(2), match.group(2))}", False
    return word, False


def spell(text: str, rouble: str | None = None) -> Spelled:
    """`text` (a unit as typed) in pint's spelling. `rouble` is the currency «руб»
    stands for; without it an unqualified rouble is flagged in the result."""
    text = " ".join(text.replace("\u00a0", " ").replace("\u2009", " ").replace(
        "\u202f", " ").split())
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    text = text.replace("·", "*").replace("⋅", "*").replace("×", "*").replace("•", "*")
    reference = ""
    words: list[str] = []
    unqualified = False
    for token in _TOKENS.findall(text):
        if token[0] in "*^" and token not in ("*", "^"):
            if words:
                words[-1] += "**" + token.lstrip("*^")  # m**2, m^2
            continue
        if token in "/*()":
            words.append(token)
            continue
        key = token.rstrip(".")
        if key.lower() in _GAUGE_WORDS or key.lower() in _ABSOLUTE_WORDS:
            reference = GAUGE if key.lower() in _GAUGE_WORDS else ABSOLUTE
            if key.lower() not in ("ати", "ата"):
                continue
        reference = _GLUED.get(key, reference)
        symbol, flagged = _symbol(token, rouble)
        unqualified = unqualified or flagged
        if words and words[-1] not in ("/", "*", "("):
            words.append("*")  # a space between two units multiplies them
        words.append(symbol)
    expression = "".join(_denominators(words))
    for power in ("watt", "kilowatt", "megawatt", "gigawatt"):  # kWh, not h·kW
        expression = re.sub(rf"\b{power}\*hour\b", f"{power}_hour", expression)
    return Spelled(expression, reference, unqualified)


def _denominators(words: list[str]) -> list[str]:
    """Everything after a slash up to the next slash is the denominator, as engineers
    write it: руб/кВт·ч is per kWh, Вт/м·К is per metre kelvin."""
    grouped: list[str] = []
    index = 0
    while index < len(words):
        grouped.append(words[index])
        if words[index] == "/" and index + 1 < len(words) and words[index + 1] != "(":
            end = index + 1
            while end + 2 <= len(words) and words[end + 1] == "*" and words[end + 2] != "(":
                end += 2
            if end > index + 1:
                grouped.append("(" + "".join(words[index + 1:end + 1]) + ")")
                index = end
        index += 1
    return grouped
