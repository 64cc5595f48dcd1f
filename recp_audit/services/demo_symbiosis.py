"""Demo symbiosis data: the streams the park's audited tenants offer and need, more
tenants as a park survey would bring them in (farm, greenhouse, biogas plant,
board, plastics and foundry makers, road builder), a power plant and the club
bakery outside the park, and the matching run once with a few candidates taken
further."""

from __future__ import annotations

import sqlalchemy as sa

from recp_audit.choices import CandidateStatus
from recp_audit.model import Enterprise, Park
from recp_audit.services import symbiosis
from recp_audit.store.db import Workspace

HEATING_SEASON = "10-4"

# Tenants without an audit, as the park survey lists them.
SURVEYED = [
    dict(name="СПК «Агрокомбинат Зембинский»", nace_code="01.41", latitude=54.2880,
         longitude=28.4100, main_products="Молоко, молодняк КРС"),
    dict(name="ОАО «Тепличный комбинат Борисовский»", nace_code="01.13", latitude=54.2105,
         longitude=28.5002, main_products="Огурцы и томаты защищённого грунта"),
    dict(name="ООО «БиоЭнергоПарк»", nace_code="35.21", latitude=54.2250, longitude=28.5350,
         main_products="Биогаз, электроэнергия, дигестат"),
    dict(name="ООО «Гофротара-Борисов»", nace_code="17.21", latitude=54.2330,
         longitude=28.4920, main_products="Гофрокартон, гофроящики"),
    dict(name="ООО «ПолиПласт»", nace_code="22.22", latitude=54.2270, longitude=28.4620,
         main_products="Плёнка и мешки из полиэтилена, в т. ч. из вторичного сырья"),
    dict(name="ООО «Литейный завод Борисов»", nace_code="24.51", latitude=54.2420,
         longitude=28.5200, main_products="Отливки из серого и высокопрочного чугуна"),
    dict(name="ДРСУ-141", nace_code="42.11", latitude=54.2000, longitude=28.4400,
         main_products="Строительство и ремонт дорог"),
]
OUTSIDE = [dict(name="Борисовская ТЭЦ", nace_code="35.11", latitude=54.2540,
                longitude=28.5580, main_products="Тепловая и электрическая энергия")]

# (enterprise name start, direction, values)
STREAMS = [
    ("ОАО «Борисовские молочные", "output", dict(
        name="Сыворотка молочная подсырная", ewc_code="02 05 01", quantity=9_800, unit="t",
        state="жидкое", disposal_route="сброс на очистные", disposal_cost=12,
        quality="СВ 5-6 %, pH 6,2; ежедневно, охлаждённая")),
    ("ОАО «Борисовские молочные", "output", dict(
        name="Осадок очистных сооружений (флотошлам)", ewc_code="02 05 02", quantity=456,
        unit="t", state="шлам", disposal_route="полигон", disposal_cost=45)),
    ("ОАО «Борисовские молочные", "output", dict(
        name="Гофрокартон упаковочный", ewc_code="15 01 01", quantity=62, unit="t",
        disposal_route="заготовитель", disposal_cost=0)),
    ("ОАО «Борисовские молочные", "output", dict(
        name="Плёнка полиэтиленовая стрейч", ewc_code="15 01 02", quantity=16, unit="t",
        disposal_cost=30)),
    ("ООО «Березинский", "output", dict(
        name="Опилки и кора", ewc_code="03 01 05", quantity=5_040, unit="t", state="твёрдое",
        disposal_route="котельная комбината (часть), остаток — полигон", disposal_cost=6,
        quality="влажность 45-55 %")),
    ("ООО «Березинский", "output", dict(
        name="Тепло сушильных камер (отработанный воздух)", kind="energy", quantity=2_400,
        unit="MWh", temperature=55, months=HEATING_SEASON)),
    ("ОАО «Борисовский машиностроительный", "output", dict(
        name="Стружка и обрезки стали", ewc_code="12 01 01", quantity=1_416, unit="t",
        disposal_route="Вторчермет", disposal_cost=0, quality="углеродистая сталь, без СОЖ")),
    ("ОАО «Борисовский машиностроительный", "output", dict(
        name="Шлам окрасочной камеры", ewc_code="08 01 13*", quantity=25.2, unit="t",
        disposal_cost=480)),
    ("ОАО «Борисовский машиностроительный", "output", dict(
        name="Тепло отходящих газов печи термообработки", kind="energy", quantity=1_900,
        unit="MWh", temperature=300, quality="после рекуператора; круглый год, 2 смены")),
    ("ОАО «Борисовский машиностроительный", "input", dict(
        name="Древесина для упаковки и поддонов", quantity=900, unit="t", price=180)),
    ("ОАО «Комбинат ЖБИ-Запад»", "output", dict(
        name="Бетонный бой и брак изделий", ewc_code="10 13 14", quantity=3_120, unit="t",
        disposal_cost=9, quality="с арматурой, фракция до 300 мм")),
    ("ОАО «Комбинат ЖБИ-Запад»", "input", dict(
        name="Зола-унос для бетона", ewc_code="10 01 02", quantity=6_000, unit="t", price=22,
        quality="по СТБ EN 450-1, сухая")),
    ("ОАО «Комбинат ЖБИ-Запад»", "input", dict(
        name="Тепло для пропарочных камер", kind="energy", quantity=5_500, unit="MWh",
        temperature=90)),
    ("СПК «Агрокомбинат", "input", dict(
        name="Корма: сыворотка, дробина, хлеб", quantity=12_000, unit="t", price=25)),
    ("ОАО «Тепличный", "input", dict(
        name="Тепло для обогрева теплиц", kind="energy", quantity=14_000, unit="MWh",
        temperature=50, months=HEATING_SEASON, price=55)),
    ("ООО «БиоЭнергоПарк»", "input", dict(
        name="Органические отходы и осадки для биогаза", quantity=20_000, unit="t",
        price=0, quality="сыворотка, флотошлам, навоз")),
    ("ООО «Гофротара", "input", dict(
        name="Макулатура, картон МС-5Б", quantity=4_000, unit="t", price=160)),
    ("ООО «ПолиПласт»", "input", dict(
        name="Полиэтилен вторичный (плёнка)", quantity=600, unit="t", price=650)),
    ("ООО «Литейный завод", "input", dict(
        name="Лом стальной и стружка", quantity=5_000, unit="t", price=380)),
    ("ДРСУ-141", "input", dict(
        name="Щебень из дроблёного бетона для оснований", quantity=20_000, unit="t",
        price=18)),
    ("Борисовская ТЭЦ", "output", dict(
        name="Зола-унос сухая", ewc_code="10 01 02", quantity=15_000, unit="t",
        disposal_cost=8, quality="золоотвал, частично сухой отбор")),
    ("ЧУП «Оршанский хлебозавод»", "output", dict(
        name="Возврат и брак хлеба", ewc_code="02 06 01", quantity=90, unit="t",
        disposal_cost=0)),
]
# Candidates taken further: (supplier stream, receiver stream, status, notes)
PROGRESS = [
    ("Сыворотка молочная подсырная", "Корма: сыворотка, дробина, хлеб",
     CandidateStatus.IN_TALKS, "Письмо в СПК 12.10.2026; нужна ёмкость 30 м³ на ферме"),
    ("Стружка и обрезки стали", "Лом стальной и стружка", CandidateStatus.SHORTLISTED,
     "Проверить требования литейщиков к СОЖ и габаритам"),
    ("Бетонный бой и брак изделий", "Щебень из дроблёного бетона для оснований",
     CandidateStatus.IMPLEMENTED, "Договор с ДРСУ-141 с 01.09.2026, дробление на месте"),
]


def populate_symbiosis(workspace: Workspace) -> None:
    """Add the surveyed tenants, every demo stream, and run the park's matching."""
    with workspace.transaction() as session:
        park = session.scalars(sa.select(Park)).first()
        session.add_all([Enterprise(park=park, **values) for values in SURVEYED])
        session.add_all([Enterprise(**values) for values in OUTSIDE])
        park_id = park.id
    with workspace.session() as session:
        firms = {firm.name: firm.id for firm in session.scalars(sa.select(Enterprise))}
    for start, direction, values in STREAMS:
        owner = next(firm for name, firm in firms.items() if name.startswith(start))
        symbiosis.add_stream(workspace, owner, {"direction": direction, **values})
    rows = symbiosis.run(workspace, park_id, include_external=True)
    for supplier, receiver, status, notes in PROGRESS:
        row = next(r for r in rows if (r.match.supplier.name, r.match.receiver.name)
                   == (supplier, receiver))
        symbiosis.set_status(workspace, row, status, notes)

