"""Two experts' copies of the demo dairy's audit for trying the merge: the energy expert
re-measures the compressor and notes a steam-trap finding, the water expert measures
the cooling-tower make-up and notes a wastewater finding, and both correct the dairy's
headcount differently (the one conflict for the lead to resolve)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from recp_audit.model import Audit, Checklist, Enterprise, MeasurementPoint
from recp_audit.services import checklists, measurements, records
from recp_audit.store.db import Workspace, open_workspace

TAKEN = dt.datetime(2026, 11, 24, 10, 30)


def _dairy(workspace: Workspace) -> tuple:
    with workspace.session() as session:
        audit = session.scalars(sa.select(Audit).join(Enterprise).where(
            Enterprise.nace_code == "10.51")).one()
        points = {p.name: p.id for p in session.scalars(sa.select(MeasurementPoint).where(
            MeasurementPoint.audit_id == audit.id))}
        lists = {c.template_id: c.id for c in session.scalars(sa.select(Checklist).where(
            Checklist.audit_id == audit.id))}
        return audit.id, audit.enterprise_id, points, lists


def write_expert_files(lead: Workspace, folder: Path) -> tuple[Path, Path]:
    """The energy and water experts' files, copies of `lead` with their day's work."""
    energy_path, water_path = folder / "dairy-energy.sqlite", folder / "dairy-water.sqlite"
    lead.save_as(energy_path).close()
    lead.save_as(water_path).close()
    energy = open_workspace(energy_path, author="Иванова Е. П. (энергетика)")
    _, firm, points, lists = _dairy(energy)
    measurements.add_reading(energy, points["Компрессор К-2, питающий кабель"],
                             "active_power", 71.2, "kW", TAKEN, note="повторный замер, 2 смена")
    checklists.set_note(energy, lists["energy.steam"], _first_item(energy, lists["energy.steam"]),
                        "Конденсатоотводчик КО-4 пропускает пар (проверено тепловизором)")
    records.update(energy, Enterprise, firm, {"employees": 415})
    energy.close()
    water = open_workspace(water_path, author="Петров А. С. (вода)")
    _, firm, points, lists = _dairy(water)
    measurements.add_reading(water, points["Градирня, линия подпитки"], "volume_flow", 4.6,
                             "m**3/h", TAKEN, note="ночной замер, расход не падает")
    checklists.set_note(water, lists["water.wastewater"],
                        _first_item(water, lists["water.wastewater"]),
                        "Смыв с мойки CIP идёт в ливневку — уточнить у технолога")
    records.update(water, Enterprise, firm, {"employees": 418})
    water.close()
    return energy_path, water_path


def _first_item(workspace: Workspace, checklist_id) -> str:
    return checklists.load(workspace, checklist_id).template.items[0].id
