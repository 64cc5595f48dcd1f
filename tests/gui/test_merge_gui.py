"""File > Merge experts' files, the receipt and the conflicts page, offscreen."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QPushButton, QRadioButton

from recp_audit.gui.dialogs.merge_dialog import MergeDialog
from recp_audit.gui.models.navigation import NodeKind
from recp_audit.model import Enterprise
from recp_audit.services import merge, records


def answer_merge_dialogs(count: int, seen: list[str]) -> None:
    """Accept the next `count` merge dialogs (skipping progress dialogs), noting their text."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.findChild(object, "summary").text())
        dialog.accept()
        if len(seen) < count:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_merge_two_experts_and_resolve_the_conflict(qtbot, tmp_path, monkeypatch, answer):
    from recp_audit.gui.app import create_window
    from recp_audit.services.demo import write_demo
    from recp_audit.services.demo_experts import write_expert_files

    answer()
    monkeypatch.setattr("recp_audit.paths.backup_dir", lambda: tmp_path)
    demo = write_demo(tmp_path / "lead.sqlite")
    experts = write_expert_files(demo, tmp_path)
    demo.close()
    window = create_window(workspace=tmp_path / "lead.sqlite", language="en")
    qtbot.addWidget(window)
    lead = window.workspace
    seen: list[str] = []
    answer_merge_dialogs(2, seen)
    receipts = window.merge_files([str(p) for p in experts])
    assert "6 new versions from 2 file(s); 1 row(s) would have conflicts" in seen[0]
    assert "6 new versions merged from 2 file(s); 1 row(s) have conflicts" in seen[1]
    assert [r.outcome.total("conflicts") for r in receipts] == [0, 1]
    assert window.tree.currentIndex().data() == "Merge conflicts (1)"
    page = window.stack.currentWidget()
    assert page.findChild(QListWidget, "conflicts").count() == 1
    page.findChild(QLineEdit, "employees_typed").setText("416")
    page.findChild(QRadioButton, "employees_1").setChecked(True)  # then changes her mind
    page.findChild(QLineEdit, "employees_typed").textEdited.emit("416")
    page.findChild(QPushButton, "resolve").click()
    assert merge.conflicts(lead) == []
    with lead.session() as session:
        dairy = session.scalars(sa.select(Enterprise.id).where(
            Enterprise.nace_code == "10.51")).one()
    assert records.values_of(lead, Enterprise, dairy)["employees"] == 416
    assert window.model.find(NodeKind.CONFLICTS.value, "") is None


def test_a_bad_typed_value_is_refused_and_nothing_changes(qtbot, tmp_path, monkeypatch,
                                                           answer):
    from recp_audit.gui.pages.conflicts import ConflictsPage
    from recp_audit.services.demo import write_demo
    from recp_audit.services.demo_experts import write_expert_files

    shown = answer()
    lead = write_demo(tmp_path / "lead.sqlite")
    merge.merge(lead, list(write_expert_files(lead, tmp_path)), backup_dir=tmp_path)
    page = ConflictsPage(lead)
    qtbot.addWidget(page)
    page.findChild(QLineEdit, "employees_typed").textEdited.emit("many")
    page.findChild(QLineEdit, "employees_typed").setText("many")
    page.findChild(QPushButton, "resolve").click()
    assert "is not a number" in shown["warnings"][-1] or "whole number" in shown["warnings"][-1]
    assert len(merge.conflicts(lead)) == 1


def test_an_audit_is_handed_over_from_its_page(qtbot, tmp_path, answer):
    from recp_audit.gui.app import create_window
    from recp_audit.services import navigation
    from recp_audit.services.demo import write_demo

    answer()
    write_demo(tmp_path / "lead.sqlite").close()
    window = create_window(workspace=tmp_path / "lead.sqlite", language="en")
    qtbot.addWidget(window)
    audit = next(e for e in navigation.load_tree(window.workspace)[0].enterprises
                 if e.audits).audits[0]
    item = window.model.find(NodeKind.AUDIT.value, str(audit.id))
    window.tree.setCurrentIndex(item.index())
    buttons = {b.text(): b for b in window.stack.currentWidget().findChildren(QPushButton)}
    assert "Hand over as a file…" in buttons
    written = window.hand_over(audit.title, audit_id=audit.id, path=str(tmp_path / "h.sqlite"))
    assert written.exists()
    (receipt,) = merge.merge(window.workspace, [written], backup_dir=tmp_path)
    assert receipt.outcome.versions == 0


def test_the_conflicts_page_offers_keep_or_delete_and_starts_from_the_record(qtbot, tmp_path):
    """A reading added under a point a colleague deleted: the page offers to delete the
    point with what is under it or to keep it (preselected: the record is shown kept);
    a field conflict preselects the value the record shows."""
    from recp_audit.gui.pages.conflicts import ConflictsPage
    from recp_audit.model import MeasurementPoint, Reading
    from recp_audit.model.history import DELETED
    from recp_audit.store.db import open_workspace
    from tests.merge.helpers import copy_of, dairy_file

    lead = dairy_file(tmp_path / "lead.sqlite")
    firm, point = lead.ids["firm"], lead.ids["point"]
    anna, boris = copy_of(lead, tmp_path / "anna.sqlite"), copy_of(lead, tmp_path / "b.sqlite")
    for path, change in ((anna, lambda ws: records.delete(ws, MeasurementPoint, point)),
                         (anna, lambda ws: records.update(ws, Enterprise, firm,
                                                          {"employees": 410})),
                         (boris, lambda ws: records.create(ws, Reading, {
                             "point_id": point, "quantity": "active_power", "value": 1,
                             "unit": "kW", "taken": "2026-11-21T10:00:00"})),
                         (boris, lambda ws: records.update(ws, Enterprise, firm,
                                                           {"employees": 420}))):
        workspace = open_workspace(path, author=path.stem)
        change(workspace)
        workspace.close()
    merge.merge(lead, [anna, boris], backup_dir=tmp_path)
    page = ConflictsPage(lead)
    qtbot.addWidget(page)
    listed = page.findChild(QListWidget, "conflicts")
    rows = {row.entity: n for n, row in enumerate(page.rows)}
    listed.setCurrentRow(rows["enterprise"])
    shown = records.values_of(lead, Enterprise, firm)["employees"]
    checked = [b for b in page.findChildren(QRadioButton) if b.isChecked()]
    assert [b.text() for b in checked] == [str(shown)]
    listed.setCurrentRow(rows["measurement_point"])
    texts = {b.objectName(): b.text() for b in page.findChildren(QRadioButton)}
    assert any(t.startswith("Delete it, with everything under it") for t in texts.values())
    keep = next(b for b in page.findChildren(QRadioButton) if b.text().startswith("Keep it"))
    assert "readings" in keep.text() and keep.isChecked()
    page.findChild(QPushButton, "resolve").click()
    assert [c.field for c in merge.conflicts(lead)] == ["employees"]
    assert DELETED not in {c.field for c in merge.conflicts(lead)}
    lead.close()
