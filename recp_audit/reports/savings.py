"""An option's savings as the register, the dialog and the report state them: each
saving with what it is worth and how it was priced (or "not priced"), a fuel typed by
mass with the heating value that turned it into energy, groups of options applied in
sequence, and savings beyond the baseline, in the report's language."""

from __future__ import annotations

import pint

from recp_audit.choices import RESOURCE_KIND_LABELS, ResourceKind
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.reports.catalog import translate
from recp_audit.reports.format import general, number, significant
from recp_audit.services.options import BY_CALCULATION, BY_FUEL_TARIFF, BY_TARIFF
from recp_audit.units import registry, shown_energy, unit_label

BASIS = {BY_CALCULATION: QT_TRANSLATE_NOOP("Options", "at the calculation's price {price}"),
         BY_TARIFF: QT_TRANSLATE_NOOP("Options", "at the audit's tariff {price}"),
         BY_FUEL_TARIFF: QT_TRANSLATE_NOOP(
             "Options", "at the fuel's tariff {price}, heat counted one to one")}
NOT_PRICED = QT_TRANSLATE_NOOP("Options", "not priced")
UNPRICED = QT_TRANSLATE_NOOP("Options", "Not priced: {resources}")
THROUGH = QT_TRANSLATE_NOOP("Options", "through the heating value {value}")
OWN_NCV = QT_TRANSLATE_NOOP("Options", "{typed} at {value}, the net calorific value of this "
                                       "option's calculation")
FACTOR_NCV = QT_TRANSLATE_NOOP("Options", "{typed} at {value} ({source})")
GROUP = QT_TRANSLATE_NOOP("Options", "{name}: {count} options applied in sequence on an annual "
                                     "use of {base}: {together} {currency} a year together, "
                                     "{alone} {currency} if each were alone")
GROUP_NO_BASE = QT_TRANSLATE_NOOP("Options", "{name}: {count} options, {alone} {currency} a "
                                             "year added up (no annual use given for the "
                                             "group, so without interaction)")
MONEY_ONLY = QT_TRANSLATE_NOOP("Options", "priced results that save no resource (reactive "
                                          "energy): {money} {currency}")
EXPENSES = QT_TRANSLATE_NOOP("Options", "costs a year: −{money} {currency}")
EXCESS = QT_TRANSLATE_NOOP("Options", "{resource}: the selected options save {saved} a year, "
                                      "more than the baseline use of {use}")


def _t(text: str, language: str) -> str:
    return translate("Options", text, language)


def resource(kind: ResourceKind, language: str) -> str:
    """The resource's name in `language`."""
    return translate("Enum", RESOURCE_KIND_LABELS[kind], language)


def amount_text(amount: pint.Quantity, kind: ResourceKind | None, language: str) -> str:
    """A saved amount: electricity in MWh, heat and fuel in the unit of the settings."""
    amount = shown_energy(amount, kind == ResourceKind.ELECTRICITY)
    return f"{significant(float(amount.magnitude), language)}\u00a0" \
           f"{unit_label(f'{amount.units:~P}', language)}"


def _value(quantity: pint.Quantity, language: str) -> str:
    """A price or heating value with its unit (heating values per t in GJ/t, per m³ in
    kWh/m³, units the labels know)."""
    ureg = registry()
    energy = ureg.Quantity(1, "J").dimensionality
    if (quantity * ureg.Quantity(1, "kg")).dimensionality == energy:
        quantity = quantity.to("GJ/t")
    elif (quantity * ureg.Quantity(1, "m**3")).dimensionality == energy:
        quantity = quantity.to("kWh/m**3")
    return f"{general(float(quantity.magnitude), language, 4)}\u00a0" \
           f"{unit_label(f'{quantity.units:~P}', language)}"


def saving_text(item, currency: str, language: str) -> str:
    """`Natural gas 967 MWh — 63 522 BYN at the audit's tariff 0.58 BYN/m³, through the
    heating value 8.833 kWh/m³` (services.options.Saving)."""
    text = f"{resource(item.kind, language)} {amount_text(item.amount, item.kind, language)}"
    if item.ncv is not None and item.typed is not None:
        typed = f"{general(float(item.typed.magnitude), language, 4)}\u00a0" \
                f"{unit_label(f'{item.typed.units:~P}', language)}"
        note = (_t(OWN_NCV, language).format(typed=typed, value=_value(item.ncv, language))
                if item.ncv_note == "calculation" else
                _t(FACTOR_NCV, language).format(typed=typed, value=_value(item.ncv, language),
                                                source=item.ncv_note))
        text += f" ({note})"
    if item.money is None:
        return f"{text} — {_t(NOT_PRICED, language)}"
    text += f" — {number(item.money, language)} {currency} " \
            + _t(BASIS[item.basis], language).format(price=_value(item.price, language))
    if item.via is not None and item.via is not item.ncv:
        text += ", " + _t(THROUGH, language).format(value=_value(item.via, language))
    return text


def money_texts(info, language: str) -> list[str]:
    """Each saving priced, then money from results saving no resource and the option's
    yearly costs (services.options.OptionInfo)."""
    lines = [saving_text(item, info.currency, language) for item in info.items]
    if info.money_only:
        lines.append(_t(MONEY_ONLY, language).format(money=number(info.money_only, language),
                                                     currency=info.currency))
    if info.expenses:
        lines.append(_t(EXPENSES, language).format(money=number(info.expenses, language),
                                                   currency=info.currency))
    return lines


def unpriced_text(kinds: list[ResourceKind], language: str) -> str:
    """`Not priced: natural gas, heat` ("" when every saving is priced)."""
    if not kinds:
        return ""
    return _t(UNPRICED, language).format(
        resources=", ".join(resource(kind, language).lower() for kind in kinds))


def group_text(group, currency: str, language: str) -> str:
    """A group's combined saving with and without interaction (services.options.Group)."""
    alone = number(group.money(interacting=False), language)
    if group.base is None:
        return _t(GROUP_NO_BASE, language).format(name=group.name, count=len(group.members),
                                                  alone=alone, currency=currency)
    base = f"{amount_text(group.base, group.kind, language)} " \
           f"({resource(group.kind, language).lower()})"
    return _t(GROUP, language).format(name=group.name, count=len(group.members), base=base,
                                      together=number(group.money(), language), alone=alone,
                                      currency=currency)


def excess_text(kind: ResourceKind, saved: pint.Quantity, use: pint.Quantity,
                language: str) -> str:
    """A warning that the selected options save more of `kind` than the baseline used."""
    return _t(EXCESS, language).format(resource=resource(kind, language),
                                       saved=amount_text(saved, kind, language),
                                       use=amount_text(use, kind, language))
