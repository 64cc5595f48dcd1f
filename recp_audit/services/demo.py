"""The built-in demo workspace: a Belarusian industrial park with four audited tenants.

Names and figures are invented but realistic for the sectors (output, staff,
shifts), so a new user can learn the program on data that looks like their own.
Later capabilities add their demo data here (checklists, readings, options ...).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from recp_audit.leftovers import remove_stale, temporary_name
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, WorkspaceError
from recp_audit.model import (Audit, AuditKind, AuditMember, AuditStatus, Enterprise, Park,
                              Person, PersonRole, TeamRole)
from recp_audit.store.db import Workspace, create_workspace, open_workspace

DEMO_AUTHOR = "demo"
BASELINE = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))

PEOPLE = [
    ("Ковалёв Дмитрий Николаевич", "Центр РЭЧП, Минск", PersonRole.LEAD, "d.kovalev@example.by"),
    ("Иванова Елена Петровна", "Центр РЭЧП, Минск", PersonRole.EXPERT, "e.ivanova@example.by"),
    ("Петров Андрей Сергеевич", "БНТУ, кафедра теплоэнергетики", PersonRole.EXPERT, ""),
    ("Сидорова Наталья Викторовна", "ЧУП «Оршанский хлебозавод»", PersonRole.CLUB_MEMBER, ""),
]

PARK = dict(name="Индустриальный парк «Борисов-Запад»", country="Беларусь",
            region="Минская область, Борисовский район", latitude=54.2279, longitude=28.4917,
            notes="Демонстрационный парк: четыре предприятия-резидента с экспертной оценкой "
                  "РЭЧП 2026 года.")

# (profile, audit title, status, team as (person index, role))
TENANTS = [
    (dict(name="ОАО «Борисовские молочные продукты»", nace_code="10.51", national_code="10510",
          address="ул. Заводская, 12, Борисов", latitude=54.2315, longitude=28.4702,
          employees=412, shifts=3, annual_output=48_500, annual_output_unit="t",
          main_products="Молоко питьевое, кефир, творог, сливочное масло, сыры полутвёрдые"),
     "Экспертная оценка РЭЧП 2026", AuditStatus.IN_PROGRESS,
     [(0, TeamRole.LEAD), (1, TeamRole.ENERGY), (2, TeamRole.WATER)]),
    (dict(name="ООО «Березинский деревообрабатывающий комбинат»", nace_code="16.11",
          national_code="16100", address="Промзона Запад, 4, Борисов", latitude=54.2198,
          longitude=28.4551, employees=236, shifts=2, annual_output=31_000,
          annual_output_unit="m3",
          main_products="Пиломатериалы обрезные, клеёный брус, топливные пеллеты"),
     "Экспертная оценка РЭЧП 2026", AuditStatus.PLANNED,
     [(0, TeamRole.LEAD), (2, TeamRole.ENERGY)]),
    (dict(name="ОАО «Борисовский машиностроительный завод»", nace_code="28.30",
          national_code="28300", address="ул. Чапаева, 56, Борисов", latitude=54.2390,
          longitude=28.5104, employees=1_180, shifts=2, annual_output=1_450,
          annual_output_unit="pcs",
          main_products="Прицепная сельскохозяйственная техника, литые и сварные узлы"),
     "Экспертная оценка РЭЧП 2026", AuditStatus.REPORTING,
     [(0, TeamRole.LEAD), (1, TeamRole.ENERGY), (2, TeamRole.WASTE)]),
    (dict(name="ОАО «Комбинат ЖБИ-Запад»", nace_code="23.61", national_code="23610",
          address="ул. Строителей, 2, Борисов", latitude=54.2153, longitude=28.4809,
          employees=318, shifts=3, annual_output=96_000, annual_output_unit="m3",
          main_products="Плиты перекрытия, фундаментные блоки, кольца колодцев, товарный бетон"),
     "Экспертная оценка РЭЧП 2026", AuditStatus.COMPLETED,
     [(0, TeamRole.LEAD), (1, TeamRole.ENERGY), (2, TeamRole.MATERIALS)]),
]

CLUB_ENTERPRISE = dict(
    name="ЧУП «Оршанский хлебозавод»", nace_code="10.71", national_code="10710",
    address="ул. Ленина, 88, Орша", latitude=54.5081, longitude=30.4172, employees=64,
    shifts=2, annual_output=2_900, annual_output_unit="t",
    main_products="Хлеб формовой и подовый, батоны, сдоба")


def populate(workspace: Workspace) -> None:
    """Add the demo park, enterprises, people and audits to `workspace`."""
    with workspace.transaction() as session:
        people = [Person(name=n, organisation=o, role=r, email=e) for n, o, r, e in PEOPLE]
        park = Park(**PARK)
        session.add_all([*people, park])
        for profile, title, status, members in TENANTS:
            enterprise = Enterprise(park=park, **profile)
            audit = Audit(enterprise=enterprise, kind=AuditKind.EXPERT, title=title,
                          period_start=BASELINE[0], period_end=BASELINE[1], status=status,
                          report_language="ru", currency="BYN")
            session.add(audit)
            session.add_all(AuditMember(audit=audit, person=people[i], team_role=role)
                            for i, role in members)
        bakery = Enterprise(**CLUB_ENTERPRISE, private=True)
        self_diagnosis = Audit(enterprise=bakery, kind=AuditKind.SELF_DIAGNOSIS,
                               title="Самодиагностика клуба РЭЧП, весна 2026",
                               period_start=BASELINE[0], period_end=BASELINE[1],
                               status=AuditStatus.IN_PROGRESS, report_language="ru",
                               currency="BYN")
        session.add_all([self_diagnosis,
                         AuditMember(audit=self_diagnosis, person=people[3],
                                     team_role=TeamRole.LEAD)])


def write_demo(path: Path, replace: bool = False) -> Workspace:
    """Create the demo workspace at `path` and return it open. It is written under a
    temporary name and renamed at the end, so a failed or killed run leaves nothing that
    blocks the next one."""
    path = Path(path)
    if path.exists() and not replace:
        raise WorkspaceError(Message("Workspace", QT_TRANSLATE_NOOP(
            "Workspace", "{path}: a file with this name already exists"), {"path": str(path)}))
    from recp_audit.services.demo_baseline import populate_baseline
    from recp_audit.services.demo_checklists import populate_checklists
    from recp_audit.services.demo_measurements import populate_measurements
    from recp_audit.services.demo_symbiosis import populate_symbiosis

    remove_stale(path.parent)
    temporary = temporary_name(path, ".part")
    try:
        workspace = create_workspace(temporary, author=DEMO_AUTHOR)
        try:
            populate(workspace)
            populate_checklists(workspace)
            populate_measurements(workspace)
            populate_baseline(workspace)
            populate_symbiosis(workspace)
        finally:
            workspace.close()
        for suffix in ("-wal", "-shm"):  # an old file's journal must not meet the new one
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    return open_workspace(path, author=DEMO_AUTHOR)
