"""Baselines, spot readings and options of the demo's other audits: the sawmill, the
machine-building plant, the precast-concrete plant and the bakery's self-diagnosis.

Each audit gets twelve months of 2025, a few measurement points read with the
register's instruments, and options calculated from those readings (an input
written `M("point", "quantity")` is the mean of that point's readings, and its
source and ± are kept with the option).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from recp_audit.choices import ResourceArea, ResourceKind
from recp_audit.model import Audit, BaselineEntry, Enterprise, Instrument
from recp_audit.reports.catalog import translate
from recp_audit.services import baseline, measurements, options
from recp_audit.store.db import Workspace

FLAT = (1.0,) * 12
HEATING = (1.35, 1.28, 1.12, 0.92, 0.78, 0.70, 0.68, 0.70, 0.82, 0.98, 1.22, 1.45)
BUILDING = (0.80, 0.82, 0.95, 1.05, 1.10, 1.12, 1.10, 1.12, 1.08, 1.02, 0.95, 0.89)
K = ResourceKind


def in_russian(context: str, text: str) -> str:
    """`text` of `context` in Russian, the language of the demo's records."""
    return translate(context, text, "ru")


@dataclass(frozen=True)
class M:
    """A measured input: the mean of a point's readings of `quantity`."""

    point: str
    quantity: str


AUDITS = {
    "16.11": dict(  # sawmill with a wood-chip boiler and drying kilns
        lines=[(K.ELECTRICITY, "", "kWh", 310_000, 0.29, "", "", BUILDING),
               (K.OTHER_FUEL, "щепа собственная", "t", 610, 45.0, "", "wood", HEATING),
               (K.NATURAL_GAS, "", "m**3", 38_000, 0.58, "", "natural_gas", HEATING),
               (K.WATER_INTAKE, "скважина", "m**3", 1_900, 0.41, "", "", FLAT),
               (K.RAW_MATERIAL, "круглый лес", "m**3", 5_200, 95.0, "", "", BUILDING),
               (K.WASTE, "опилки, кора", "t", 420, 6.0, "03 01 05", "", BUILDING),
               (K.PRODUCTION, "пиломатериалы", "m**3", 2_580, None, "", "", BUILDING)],
        points=[("Сушильная камера №2, вентиляторы", ResourceArea.ENERGY,
                 "4 осевых вентилятора по 7,5 кВт, регулирование шиберами.",
                 [("active_power", v, "kW", "logger") for v in (27.9, 28.6, 28.2)]),
                ("Котёл на щепе КВ-Р-1,0, дымоход", ResourceArea.ENERGY,
                 "Щепа влажностью около 45 %.",
                 [("o2", 11.8, "percent", "flue"), ("o2", 12.4, "percent", "flue"),
                  ("flue_gas_temperature", 236, "degC", "flue"),
                  ("flue_gas_temperature", 241, "degC", "flue")]),
                ("Цех лесопиления, освещённость", ResourceArea.ENERGY, "ДРЛ 250 Вт.",
                 [("illuminance", v, "lx", "lux") for v in (95, 110, 88)])],
        options=[
            (dict(title="Частотное регулирование вентиляторов сушильной камеры №2",
                  area="energy", category="equipment_modification", status="proposed",
                  investment=12_600, lifetime=12),
             "vsd", {"power": M("Сушильная камера", "active_power"), "hours": "6500 h",
                     "flow_profile": "100:30,80:40,60:30", "price": "0.29 BYN/kWh"}),
            (dict(title="Наладка горения котла на щепе (O2 с 12 % до 8 %)", area="energy",
                  category="process_control", status="accepted", investment=1_200,
                  lifetime=5, fuel="wood", manual_savings={"other_fuel": "95 t"}),
             "flue-gas-loss-composition", {
                 "composition": "C=27.5,H=3.3,O=23.2,N=0.1,W=45,A=0.9",
                 "flue_temperature": M("Котёл на щепе", "flue_gas_temperature"),
                 "o2": M("Котёл на щепе", "o2")}),
            (dict(title="Замена светильников ДРЛ на светодиодные в цехе лесопиления",
                  area="energy", category="technology_change", status="proposed",
                  investment=9_800, lifetime=12),
             "lighting", {"fixtures_now": "48", "power_now": "275 W", "fixtures_new": "48",
                          "power_new": "120 W", "hours": "4200 h", "price": "0.29 BYN/kWh"}),
            (dict(title="Замена двигателя привода пилорамы 37 кВт (IE1 на IE3)",
                  area="energy", category="equipment_modification", status="identified",
                  investment=4_300, lifetime=15),
             "motor-replacement", {"power": "37 kW", "load": "70 %", "hours": "3800 h",
                                   "class_old": "IE1", "class_new": "IE3",
                                   "price": "0.29 BYN/kWh"}),
            (dict(title="Устранение утечек сжатого воздуха в цехе склейки", area="energy",
                  category="good_housekeeping", status="accepted", investment=400, lifetime=3),
             "air-leak", {"pressure": "6.5 bar", "diameter": "1.5 mm", "leaks": "8",
                          "hours": "4000 h", "price": "0.29 BYN/kWh"}),
        ]),
    "28.30": dict(  # machine building: compressors, furnaces, paint shop
        lines=[(K.ELECTRICITY, "", "kWh", 1_250_000, 0.29, "", "", FLAT),
               (K.NATURAL_GAS, "", "m**3", 310_000, 0.58, "", "natural_gas", HEATING),
               (K.WATER_INTAKE, "городской водопровод", "m**3", 14_500, 1.62, "", "", FLAT),
               (K.WASTEWATER, "в канализацию", "m**3", 12_800, 1.95, "", "", FLAT),
               (K.RAW_MATERIAL, "прокат стальной", "t", 910, 2_150.0, "", "", FLAT),
               (K.AUXILIARY_MATERIAL, "лакокрасочные материалы", "t", 14, 9_800.0, "", "",
                FLAT),
               (K.WASTE, "стружка и обрезки стали", "t", 118, 0.0, "12 01 01", "", FLAT),
               (K.WASTE, "шлам окрасочной камеры", "t", 2.1, 480.0, "08 01 13*", "", FLAT),
               (K.PRODUCTION, "прицепная техника", "pcs", 121, None, "", "", FLAT)],
        points=[("Компрессорная, ГВЭ-16", ResourceArea.ENERGY, "Два поршневых компрессора.",
                 [("active_power", v, "kW", "logger") for v in (88.5, 91.2, 86.9)]
                 + [("power_factor", v, "dimensionless", "logger") for v in (0.71, 0.73)]),
                ("Печь термообработки СШЗ, дымоход", ResourceArea.ENERGY, "Газовая печь.",
                 [("o2", 9.6, "percent", "flue"), ("flue_gas_temperature", 512, "degC", "flue"),
                  ("flue_gas_temperature", 498, "degC", "flue")]),
                ("Механический цех, освещённость", ResourceArea.ENERGY, "Лампы ДРЛ 400 Вт.",
                 [("illuminance", v, "lx", "lux") for v in (140, 155, 131)])],
        options=[
            (dict(title="Снижение давления сжатого воздуха с 7 до 6 бар", area="energy",
                  category="process_control", status="accepted", investment=900, lifetime=10,
                  group_name="Компрессорная ГВЭ-16", group_order=2),
             "compressor-pressure", {"current_pressure": "7 bar", "new_pressure": "6 bar",
                                     "power": M("Компрессорная", "active_power"),
                                     "hours": "4200 h", "stages": "2",
                                     "price": "0.29 BYN/kWh"}),
            (dict(title="Устранение утечек сжатого воздуха (ультразвуковой обход)",
                  area="energy", category="good_housekeeping", status="accepted",
                  investment=2_500, lifetime=3, group_name="Компрессорная ГВЭ-16",
                  group_order=1, group_base="373 MWh"),  # logged 88.9 kW × 4200 h
             "air-leak", {"pressure": "7 bar", "diameter": "2 mm", "leaks": "25",
                          "hours": "4200 h", "price": "0.29 BYN/kWh"}),
            (dict(title="Компенсация реактивной мощности в компрессорной", area="energy",
                  category="equipment_modification", status="proposed", investment=6_400,
                  lifetime=15),
             "power-factor", {"power": M("Компрессорная", "active_power"),
                              "power_factor_now": M("Компрессорная", "power_factor"),
                              "hours": "4200 h", "line_losses": "3.5 kW",
                              "price": "0.29 BYN/kWh"}),
            (dict(title="Рекуператор на печи термообработки", area="energy",
                  category="onsite_recovery", status="proposed", investment=54_000,
                  lifetime=15),
             "flue-gas-recovery", {"fuel_input": "1600 MWh",
                                   "flue_temperature": M("Печь термообработки",
                                                         "flue_gas_temperature"),
                                   "new_flue_temperature": "300 °C",
                                   "o2": M("Печь термообработки", "o2")}),
            (dict(title="Светодиодное освещение механического цеха", area="energy",
                  category="technology_change", status="proposed", investment=31_000,
                  lifetime=12),
             "lighting", {"fixtures_now": "140", "power_now": "430 W", "fixtures_new": "140",
                          "power_new": "150 W", "hours": "4000 h", "control_saving": "10 %",
                          "price": "0.29 BYN/kWh"}),
            (dict(title="Ремонт протечек водопровода в цехе мойки деталей", area="water",
                  category="good_housekeeping", status="implemented", investment=700,
                  lifetime=5, realised={"money": 4_100, "note": "по водомеру, I кв. 2026"}),
             "water-leak", {"pressure": "3.5 bar", "diameter": "2 mm", "leaks": "3",
                            "water_price": "3.57 BYN/m3"}),
        ]),
    "23.61": dict(  # precast concrete: steam curing from a gas boiler
        lines=[(K.ELECTRICITY, "", "kWh", 420_000, 0.29, "", "", BUILDING),
               (K.NATURAL_GAS, "", "m**3", 265_000, 0.58, "", "natural_gas", HEATING),
               (K.WATER_INTAKE, "скважина", "m**3", 6_900, 0.41, "", "", BUILDING),
               (K.RAW_MATERIAL, "цемент", "t", 3_150, 235.0, "", "", BUILDING),
               (K.RAW_MATERIAL, "щебень и песок", "t", 17_800, 28.0, "", "", BUILDING),
               (K.WASTE, "бетонный бой", "t", 260, 9.0, "10 13 14", "", BUILDING),
               (K.PRODUCTION, "изделия ЖБИ и бетон", "m**3", 8_000, None, "", "", BUILDING)],
        points=[("Паропровод к пропарочным камерам", ResourceArea.ENERGY,
                 "Неизолированный участок 60 м, DN150, 12 фланцевых пар.",
                 [("surface_temperature", v, "degC", "ir") for v in (151, 148, 155)]),
                ("Котельная ДЕ-10, дымоход", ResourceArea.ENERGY, "Природный газ.",
                 [("o2", 7.9, "percent", "flue"), ("flue_gas_temperature", 196, "degC", "flue"),
                  ("flue_gas_temperature", 201, "degC", "flue")]),
                ("Слив конденсата пропарочных камер", ResourceArea.WATER,
                 "Конденсат сливается в канализацию.",
                 [("volume_flow", v, "m**3/h", "flow") for v in (1.9, 2.1, 2.0)]
                 + [("fluid_temperature", 78, "degC", "ir")])],
        options=[
            (dict(title="Изоляция паропровода к пропарочным камерам с фланцами",
                  area="energy", category="equipment_modification", status="implemented",
                  investment=11_800, lifetime=15, fuel="natural_gas",
                  realised={"money": 14_900, "note": "по расходу газа, отопительный сезон"}),
             "pipe-heat-loss", {"outer_diameter": "159 mm",
                                "surface_temperature": M("Паропровод", "surface_temperature"),
                                "length": "60 m", "hours": "5200 h",
                                "insulation_thickness": "60 mm", "flanges": "12",
                                "flange_diameter": "285 mm"}),
            (dict(title="Возврат конденсата пропарочных камер в котельную", area="energy",
                  category="onsite_recovery", status="accepted", investment=26_000,
                  lifetime=15, group_name="Котельная ДЕ-10", group_order=1,
                  group_base="26500 MWh"),  # the boiler's fuel, as for the economiser
             "condensate-return", {"condensate_flow": "2 t/h", "hours": "5200 h",
                                   "condensate_temperature": M("Слив конденсата",
                                                               "fluid_temperature"),
                                   "water_price": "0.9 BYN/m3"}),
            (dict(title="Обследование и ремонт конденсатоотводчиков (6 шт. пропускают)",
                  area="energy", category="good_housekeeping", status="accepted",
                  investment=3_600, lifetime=5, group_name="Котельная ДЕ-10", group_order=2),
             "steam-trap", {"pressure": "6 bar", "diameter": "3 mm", "hours": "5200 h",
                            "steam_cost": "52 BYN/t", "traps": "6"}),
            (dict(title="Наладка горения котла ДЕ-10 и экономайзер", area="energy",
                  category="equipment_modification", status="proposed", investment=38_000,
                  lifetime=15, group_name="Котельная ДЕ-10", group_order=3),
             "flue-gas-recovery", {"fuel_input": "26500 MWh",
                                   "flue_temperature": M("Котельная ДЕ-10",
                                                         "flue_gas_temperature"),
                                   "new_flue_temperature": "130 °C",
                                   "o2": M("Котельная ДЕ-10", "o2")}),
            (dict(title="Оборотное водоснабжение мойки бетоносмесителей", area="water",
                  category="onsite_recovery", status="proposed", investment=15_000,
                  lifetime=15),
             "water-reuse", {"volume": "18000 m3", "intake_price": "0.41 BYN/m3",
                             "discharge_price": "1.95 BYN/m3", "treatment_cost": "0.3 BYN/m3"}),
        ]),
    "10.71": dict(  # the bakery's self-diagnosis: simple numbers a club member can take
        lines=[(K.ELECTRICITY, "", "kWh", 61_000, 0.31, "", "", FLAT),
               (K.NATURAL_GAS, "", "m**3", 21_500, 0.58, "", "natural_gas", HEATING),
               (K.WATER_INTAKE, "городской водопровод", "m**3", 820, 1.62, "", "", FLAT),
               (K.RAW_MATERIAL, "мука", "t", 170, 780.0, "", "", FLAT),
               (K.WASTE, "возврат и брак хлеба", "t", 7.5, 0.0, "02 06 01", "", FLAT),
               (K.PRODUCTION, "хлебобулочные изделия", "t", 240, None, "", "", FLAT)],
        points=[("Цех, освещённость у столов", ResourceArea.ENERGY, "Люминесцентные лампы.",
                 [("illuminance", v, "lx", "lux") for v in (260, 240)]),
                ("Дверь холодильной камеры", ResourceArea.ENERGY, "Уплотнитель порван.",
                 [("air_temperature", 9.5, "degC", "ir")]),
                ("Холодильный агрегат камеры", ResourceArea.ENERGY,
                 "Измерение счётчиком-ваттметром, взятым в клубе РЭЧП.",
                 [("active_power", v, "kW", "logger") for v in (7.4, 7.7, 7.5)])],
        options=[
            (dict(title="Светодиодные лампы в цехе и складе", area="energy",
                  category="technology_change", status="accepted", investment=2_100,
                  lifetime=10),
             "lighting", {"fixtures_now": "36", "power_now": "80 W", "fixtures_new": "36",
                          "power_new": "36 W", "hours": "5800 h", "price": "0.31 BYN/kWh"}),
            (dict(title="Замена двигателя тестомесильной машины 5,5 кВт", area="energy",
                  category="equipment_modification", status="identified", investment=900,
                  lifetime=15),
             "motor-replacement", {"power": "5.5 kW", "load": "60 %", "hours": "3000 h",
                                   "class_old": "IE1", "class_new": "IE3",
                                   "price": "0.31 BYN/kWh"}),
            (dict(title="Устранение подтеканий кранов и смывных бачков", area="water",
                  category="good_housekeeping", status="accepted", investment=150, lifetime=3),
             "water-leak", {"pressure": "2.5 bar", "diameter": "1 mm", "leaks": "4",
                            "water_price": "1.62 BYN/m3"}),
            (dict(title="Утилизация тепла холодильного агрегата для подогрева воды",
                  area="energy", category="onsite_recovery", status="identified",
                  investment=3_200, lifetime=12, fuel="natural_gas"),
             "heat-recovery", {"power": M("Холодильный агрегат", "active_power"),
                               "hours": "5000 h",
                               "recoverable_share": "60 %", "heating_efficiency": "85 %"}),
            (dict(title="Оценка выбросов от сжигания газа в печах (для отчёта)",
                  area="emissions", category="good_housekeeping", status="identified"),
             "fuel-emissions", {"fuel": "natural_gas", "quantity": "258000 m3"}),
            (dict(title="Продажа возвратного хлеба на корм скоту", area="waste",
                  category="byproduct", status="proposed", investment=0, lifetime=5,
                  manual_savings={"waste": "70 t"}),
             "", {}),
        ]),
}


def populate_other_audits(workspace: Workspace) -> None:
    """Baselines, readings and options for every demo audit but the dairy's."""
    with workspace.session() as session:
        audits = {code: audit_id for code, audit_id in session.execute(
            sa.select(Enterprise.nace_code, Audit.id).join(Audit))}
        tools = {row.serial: row.id for row in session.scalars(sa.select(Instrument))}
    keys = {"logger": "4410021", "flue": "61784452", "ir": "05608304", "flow": "F6-12345",
            "lux": "2170553"}
    for code, spec in AUDITS.items():
        audit_id = audits[code]
        add_lines(workspace, audit_id, spec["lines"])
        visit = dt.datetime(2026, 10, 14, 9, 0)
        for name, area, notes, readings in spec["points"]:
            point = measurements.add_point(workspace, audit_id, name, area, notes)
            for minutes, (quantity, value, unit, tool) in enumerate(readings):
                measurements.add_reading(workspace, point, quantity, value, unit,
                                         visit + dt.timedelta(minutes=5 * minutes),
                                         tools[keys[tool]])
        add_options(workspace, audit_id, spec["options"])


def add_lines(workspace: Workspace, audit_id: uuid.UUID, lines: list, missing=()) -> None:
    """Twelve months of 2025 for each (kind, item, unit, level, price, EWC, fuel, season),
    leaving out the (item, month) pairs in `missing`; a tariff for each priced line."""
    with workspace.transaction() as session:
        for kind, item, unit, level, price, ewc, fuel, season in lines:
            for month, factor in enumerate(season, start=1):
                if (item, month) in missing:
                    continue
                quantity = round(level * factor, 1)
                session.add(BaselineEntry(
                    audit_id=audit_id, kind=kind, item=item, month=dt.date(2025, month, 1),
                    quantity=quantity, unit=unit, currency="BYN" if price is not None else "",
                    cost=round(quantity * abs(price), 2) if price is not None else None,
                    source="invoice" if kind != ResourceKind.PRODUCTION else "meter",
                    ewc_code=ewc, factor_key=fuel))
    for kind, item, unit, _, price, _, _, _ in lines:
        if price and kind != ResourceKind.PRODUCTION:
            baseline.set_tariff(workspace, audit_id, kind, item, abs(price), unit)


def add_options(workspace: Workspace, audit_id: uuid.UUID, plan: list) -> None:
    """Create each option and calculate it; `M` inputs take the audit's measured means
    with their source and ±."""
    measured = measurements.measured_values(workspace, audit_id)
    for fields, name, inputs in plan:
        option = options.create_option(workspace, audit_id, fields)
        if not name:
            continue
        given, spreads, sources = {}, {}, {}
        for key, value in inputs.items():
            if isinstance(value, M):
                found = next(v for v in measured if v.point.startswith(value.point)
                             and v.quantity == value.quantity and v.source == "readings")
                given[key], sources[key] = found.text, found.description(in_russian)
                if found.uncertainty_text:
                    spreads[key] = found.uncertainty_text
            else:
                given[key] = value
        options.set_calculation(workspace, option, name, given, spreads, sources)
