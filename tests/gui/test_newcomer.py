"""The newcomer's walk-through: first start, "club member", a new enterprise and its
self-diagnosis answered with the keyboard, and the Russian PDF report, all through the
window as a user would do it."""

from __future__ import annotations

import uuid

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QRadioButton

from recp_audit import paths
from recp_audit.gui import i18n
from recp_audit.gui.app import create_window, first_run
from recp_audit.gui.models.navigation import AREA_ROLE
from recp_audit.model import Audit, AuditKind
from recp_audit.services import checklists, records


def test_a_club_member_gets_a_russian_self_diagnosis_pdf(qtbot, tmp_path, answer, in_dialog):
    answer(QMessageBox.StandardButton.No)  # no demo, thank you

    def first_start(dialog):
        dialog.findChild(QRadioButton, "language_ru").click()
        dialog.findChild(QRadioButton, "role_club").click()
        dialog.accept()
        in_dialog(lambda name: name.accept())  # the name proposed

    in_dialog(first_start)
    first_run()
    window = create_window()  # the default workspace, new and empty
    qtbot.addWidget(window)
    try:
        assert window.workspace.path == paths.default_workspace_path()
        assert window.windowTitle().startswith("Аудит РЭЧП") and window.role.value == "club"

        def name_it(text):
            def fill(dialog):
                dialog.findChild(QLineEdit, next(iter(dialog.widgets))).setText(text)
                dialog.accept()
            return fill

        in_dialog(name_it("ЧУП «Пекарня у дома»"))
        window.new_enterprise()
        in_dialog(name_it("Самодиагностика 2026"))
        window.new_audit()
        kind, audit_id, _ = window._current_key()
        audit = records.values_of(window.workspace, Audit, uuid.UUID(audit_id))
        assert (kind, audit["kind"]) == ("audit", AuditKind.SELF_DIAGNOSIS)

        area = _open_area(window, "checklists")
        in_dialog(lambda dialog: dialog.accept())  # the four self-diagnosis lists, ticked
        area.add_checklists()
        attached = checklists.of_audit(window.workspace, uuid.UUID(audit_id))
        assert len(attached) == 4
        for number, state in enumerate(attached):
            area.open(state.id)
            page = area.currentWidget()
            for index, _ in enumerate(state.template.items):  # follow-ups may stay hidden
                if page.current is None or page.progress.value() == page.progress.maximum():
                    break
                single = page.template.item(page.current).type == "single"
                qtbot.keyClick(page.tree, "1" if single else "ynp"[(index + number) % 3])
            assert page.progress.value() == page.progress.maximum() > 0, state.template.id
        area.show_results()
        area.currentWidget().grab().save(str(tmp_path / "results.png"))

        reports = _open_area(window, "reports")
        assert (reports.kind.currentData(), reports.language.currentData()) == (
            "self-diagnosis", "ru")
        written = reports.make_report(str(tmp_path / reports.default_name()))
        text = "".join(page.extract_text() for page in PdfReader(written).pages)
        assert "ЧУП «Пекарня у дома»" in text and "Самодиагностика" in text
        assert not answer()["warnings"]
    finally:
        i18n.set_language("en")


def _open_area(window, area: str):
    found = window.model.match(window.model.index(0, 0), AREA_ROLE, area, 1,
                               Qt.MatchFlag.MatchRecursive)
    window.tree.setCurrentIndex(found[0])
    return window.stack.currentWidget()
