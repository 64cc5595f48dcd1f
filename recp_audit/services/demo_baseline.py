"""The dairy's 2025 baseline, tariffs and improvement options for the demo workspace.

The options are calculated from the audit's own measurements (reading means and
series statistics) where the demo has them; each input records its source.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from recp_audit.calc.factors import default_factors
from recp_audit.choices import ResourceKind
from recp_audit.model import Audit, BaselineEntry, Enterprise
from recp_audit.services import baseline, measurements, options
from recp_audit.services.demo_audits import in_russian, populate_other_audits
from recp_audit.store.db import Workspace
from recp_audit.units import split_number

# Monthly shape of the year: heating season needs more gas, summer more milk.
GAS_SEASON = (1.30, 1.25, 1.12, 0.95, 0.82, 0.74, 0.72, 0.74, 0.84, 0.98, 1.18, 1.36)
MILK_SEASON = (0.86, 0.86, 0.95, 1.02, 1.12, 1.15, 1.12, 1.08, 1.00, 0.95, 0.93, 0.96)
# (kind, item, unit, monthly quantity at season 1.0, price per unit, EWC, fuel, season)
LINES = [
    (ResourceKind.ELECTRICITY, "", "kWh", 560_000, 0.29, "", "", MILK_SEASON),
    (ResourceKind.NATURAL_GAS, "", "m**3", 520_000, 0.58, "", "natural_gas", GAS_SEASON),
    (ResourceKind.WATER_INTAKE, "городской водопровод", "m**3", 31_000, 1.62, "", "",
     MILK_SEASON),
    (ResourceKind.WATER_INTAKE, "артезианская скважина", "m**3", 9_500, 0.41, "", "",
     MILK_SEASON),
    (ResourceKind.WASTEWATER, "в городскую канализацию", "m**3", 34_500, 1.95, "", "",
     MILK_SEASON),
    (ResourceKind.RAW_MATERIAL, "молоко сырое", "t", 4_150, 980.0, "", "", MILK_SEASON),
    (ResourceKind.AUXILIARY_MATERIAL, "упаковка (картон, плёнка)", "t", 96, 2_400.0, "", "",
     MILK_SEASON),
    (ResourceKind.AUXILIARY_MATERIAL, "моющие средства CIP", "t", 14, 1_850.0, "", "",
     MILK_SEASON),
    (ResourceKind.WASTE, "осадок очистных сооружений", "t", 38, 45.0, "02 05 02", "",
     MILK_SEASON),
    (ResourceKind.WASTE, "отходы упаковки", "t", 6.5, 0.0, "15 01 06", "", MILK_SEASON),
    (ResourceKind.PRODUCTION, "молочная продукция", "t", 4_040, None, "", "", MILK_SEASON),
]
MISSING = {("артезианская скважина", 8)}  # the well meter failed in August: a gap, not a zero


def populate_baseline(workspace: Workspace) -> None:
    """Baseline, tariffs and options of the dairy's expert audit."""
    with workspace.session() as session:
        audit_id = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    with workspace.transaction() as session:
        for kind, item, unit, level, price, ewc, fuel, season in LINES:
            for month, factor in enumerate(season, start=1):
                if (item, month) in MISSING:
                    continue
                quantity = round(level * factor, 1)
                session.add(BaselineEntry(
                    audit_id=audit_id, kind=kind, item=item, month=_month(month),
                    quantity=quantity, unit=unit, currency="BYN" if price is not None else "",
                    cost=round(quantity * price, 2) if price is not None else None,
                    source="invoice" if kind != ResourceKind.PRODUCTION else "meter",
                    ewc_code=ewc, factor_key=fuel))
    for kind, item, unit, _, price, _, _, _ in LINES:
        if price and kind not in (ResourceKind.PRODUCTION, ResourceKind.WATER_INTAKE):
            baseline.set_tariff(workspace, audit_id, kind, item, price, unit)
    baseline.set_tariff(workspace, audit_id, ResourceKind.WATER_INTAKE, "", 1.62, "m**3")
    _options(workspace, audit_id)
    populate_other_audits(workspace)


def _month(number: int):
    import datetime as dt

    return dt.date(2025, number, 1)


def _options(workspace: Workspace, audit_id: uuid.UUID) -> None:
    measured = {(v.point, v.source, v.quantity, v.statistic): v
                for v in measurements.measured_values(workspace, audit_id)}

    def value(point: str, quantity: str, statistic: str = "mean", source: str = "readings"):
        found = next(v for (p, s, q, st), v in measured.items()
                     if p.startswith(point) and q == quantity and st == statistic
                     and (s == source or (source != "readings" and s != "readings")))
        return found.text, found.description(in_russian)

    gas = default_factors().fuel("natural_gas")
    gas_mwh = default_factors().energy("natural_gas", baseline.quantity_of(baseline.monthly(
        workspace, audit_id).rows_of(ResourceKind.NATURAL_GAS)[0])).m_as("MWh")
    compressor_power, compressor_source = value("Компрессор К-2", "active_power", "mean",
                                                "series")
    flue_temperature, flue_source = value("Котёл ДКВР-10", "flue_gas_temperature")
    oxygen, oxygen_source = value("Котёл ДКВР-10", "o2")
    pipe_temperature, pipe_source = value("Паропровод DN100", "surface_temperature")
    number, unit = split_number(compressor_power)
    compressor = dict(group_name="Компрессор К-2",  # leaks, then pressure, then heat recovery
                      group_base=f"{number * 8000 / 1000:.1f} MWh")  # logged power × 8000 h
    plan = [
        (dict(title="Устранение утечек сжатого воздуха (12 мест)",
              description="Ультразвуковой обход сети 7,5 бар выявил 12 утечек у "
                          "быстроразъёмных соединений и фильтров-регуляторов.",
              area="energy", category="good_housekeeping", status="accepted",
              investment=1_800, lifetime=3, responsible="Гл. энергетик Лукашевич В. И.",
              deadline="2026-12-20", **compressor, group_order=1),
         "air-leak", {"pressure": "7.5 bar", "diameter": "2 mm", "leaks": "12",
                      "hours": "8000 h", "price": "0.29 BYN/kWh"},
         {"pressure": "0.2 bar", "diameter": "0.5 mm"},
         {"pressure": "Компрессор К-2: заданное давление (паспорт)"}),
        (dict(title="Снижение давления в сети сжатого воздуха с 7,5 до 6,5 бар",
              description="Самый требовательный потребитель (пневмоцилиндры розлива) "
                          "работает от 5,8 бар.", area="energy",
              category="process_control", status="proposed", investment=600,
              lifetime=10, responsible="Гл. энергетик Лукашевич В. И.",
              group_name=compressor["group_name"], group_order=2),
         "compressor-pressure", {"current_pressure": "7.5 bar", "new_pressure": "6.5 bar",
                                 "power": compressor_power, "hours": "8000 h",
                                 "price": "0.29 BYN/kWh"},
         {"power": "0.5 kW"}, {"power": compressor_source}),
        (dict(title="Утилизация тепла компрессора К-2 для подогрева воды CIP",
              description="Пластинчатый теплообменник на масляном контуре, подогрев "
                          "воды для мойки до 55 °C.", area="energy",
              category="onsite_recovery", status="proposed", investment=14_500,
              lifetime=15, fuel="natural_gas", group_name=compressor["group_name"],
              group_order=3),
         "heat-recovery", {"power": compressor_power, "hours": "8000 h",
                           "recoverable_share": "75 %", "heating_efficiency": "88 %"},
         {"power": "0.5 kW"}, {"power": compressor_source}),
        (dict(title="Экономайзер за котлом ДКВР-10",
              description="Снижение температуры уходящих газов до 120 °C.", area="energy",
              category="equipment_modification", status="proposed", investment=68_000,
              lifetime=15, fuel="natural_gas"),
         "flue-gas-recovery", {"fuel_input": f"{gas_mwh:.0f} MWh",
                               "flue_temperature": flue_temperature,
                               "new_flue_temperature": "120 °C", "o2": oxygen},
         {"flue_temperature": "2 °C", "o2": "0.2 %"},
         {"flue_temperature": flue_source, "o2": oxygen_source,
          "fuel_input": "базовая линия 2025: природный газ × "
                        f"{gas.ncv_volume.m_as('MJ/m**3'):.2f} МДж/м³".replace(".", ",")}),
        (dict(title="Изоляция паропровода DN100 в цехе сушки (14 м)",
              description="Минеральная вата 50 мм в оцинкованном кожухе.", area="energy",
              category="equipment_modification", status="accepted", investment=2_900,
              lifetime=15, fuel="natural_gas", responsible="Мастер котельной Гринь А. П.",
              deadline="2027-02-28"),
         "pipe-heat-loss", {"outer_diameter": "108 mm", "surface_temperature": pipe_temperature,
                            "length": "14 m", "hours": "8000 h",
                            "insulation_thickness": "50 mm"},
         {"surface_temperature": "1.5 °C"}, {"surface_temperature": pipe_source}),
        (dict(title="Светодиодное освещение цеха розлива с датчиками присутствия",
              description="120 светильников 2×58 Вт с ЭмПРА заменить на LED 60 Вт.",
              area="energy", category="technology_change", status="proposed",
              investment=21_600, lifetime=12),
         "lighting", {"fixtures_now": "120", "power_now": "130 W", "fixtures_new": "120",
                      "power_new": "60 W", "hours": "6000 h", "control_saving": "15 %",
                      "price": "0.29 BYN/kWh"}, {}, {}),
        (dict(title="Частотный привод насоса градирни (22 кВт)",
              description="Сейчас расход регулируется задвижкой.", area="energy",
              category="equipment_modification", status="identified", investment=7_800,
              lifetime=12),
         "vsd", {"power": "22 kW", "hours": "7000 h", "flow_profile": "100:20,80:50,60:30",
                 "static_head_fraction": "10 %", "price": "0.29 BYN/kWh"}, {}, {}),
        (dict(title="Повторное использование воды последнего ополаскивания CIP на подпитку "
                    "градирни", description="Сбор в буферную ёмкость 20 м³.", area="water",
              category="onsite_recovery", status="proposed", investment=9_400, lifetime=15),
         "water-reuse", {"volume": "12000 m3", "intake_price": "1.62 BYN/m3",
                         "discharge_price": "1.95 BYN/m3", "treatment_cost": "0.2 BYN/m3"},
         {}, {"volume": "Градирня, линия подпитки: расход × часы работы CIP"}),
    ]
    for fields, name, inputs, uncertainties, sources in plan:
        option = options.create_option(workspace, audit_id, fields)
        options.set_calculation(workspace, option, name, inputs, uncertainties, sources)
