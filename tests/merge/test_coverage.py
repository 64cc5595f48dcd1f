"""The lead view: who answered and measured what, and where experts disagree."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from recp_audit.model import Audit, Checklist, Enterprise, MeasurementPoint
from recp_audit.services import checklists, coverage, measurements, merge
from recp_audit.services.demo_experts import write_expert_files
from recp_audit.store.db import open_workspace

ENERGY, WATER = "Иванова Е. П. (энергетика)", "Петров А. С. (вода)"


@pytest.fixture
def merged(demo, tmp_path):
    merge.merge(demo, list(write_expert_files(demo, tmp_path)), backup_dir=tmp_path)
    with demo.session() as session:
        audit = session.scalars(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51")).one()
    return demo, audit


def test_the_matrices_say_who_measured_where(merged):
    workspace, audit = merged
    found = coverage.coverage(workspace, audit, "en")
    table = found.measurements
    assert table.people == ["demo", ENERGY, WATER]
    assert table.count("Компрессор К-2, питающий кабель", ENERGY) == 1
    assert table.count("Градирня, линия подпитки", WATER) == 1
    assert table.count("Градирня, линия подпитки", ENERGY) == 0
    assert ENERGY in found.answers.people and WATER in found.answers.people


def test_readings_that_do_not_agree_are_warned_about(merged):
    workspace, audit = merged
    texts = [str(w) for w in coverage.coverage(workspace, audit, "en").warnings]
    assert any("Компрессор К-2" in t and "Active power" in t and ENERGY in t for t in texts)
    assert not any("Котёл" in t for t in texts)


def test_answers_given_differently_by_two_experts_are_warned_about(merged, tmp_path):
    workspace, audit = merged
    with workspace.session() as session:
        steam = session.scalars(sa.select(Checklist.id).where(
            Checklist.audit_id == audit, Checklist.template_id == "energy.steam")).one()
    item = checklists.load(workspace, steam).template.items[1]
    for name, status in (("a", "yes"), ("b", "no")):
        copy = workspace.save_as(tmp_path / f"{name}.sqlite")
        copy.author = f"expert {name}"
        checklists.set_answer(copy, steam, item.id, status=status)
        copy.close()
    merge.merge(workspace, [tmp_path / "a.sqlite", tmp_path / "b.sqlite"],
                backup_dir=tmp_path)
    texts = [str(w) for w in coverage.coverage(workspace, audit, "en").warnings]
    assert any("answered differently by" in t and "expert a, expert b" in t for t in texts)


def test_readings_within_their_uncertainty_agree(demo, tmp_path):
    with demo.session() as session:
        point = session.scalars(sa.select(MeasurementPoint).where(
            MeasurementPoint.name == "Котёл ДКВР-10, дымоход")).one()
    copy = demo.save_as(tmp_path / "a.sqlite")
    copy.author = "expert a"
    measurements.add_reading(copy, point.id, "o2", 6.3, "percent", dt.datetime(2026, 11, 2),
                             uncertainty=0.3)
    copy.close()
    merge.merge(demo, [tmp_path / "a.sqlite"], backup_dir=tmp_path)
    texts = [str(w) for w in coverage.coverage(demo, point.audit_id, "en").warnings]
    assert not any("Котёл" in t for t in texts)


def test_the_lead_view_page_shows_the_matrices(qtbot, merged):
    from PySide6.QtWidgets import QListWidget, QTableWidget

    from recp_audit.gui.pages.coverage import CoverageArea

    workspace, audit = merged
    page = CoverageArea(workspace, audit, "Audit", "en")
    qtbot.addWidget(page)
    table = page.findChild(QTableWidget, "measurements")
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())][1:] == [
        "demo", ENERGY, WATER]
    assert page.findChild(QListWidget, "warnings").count() == 2
