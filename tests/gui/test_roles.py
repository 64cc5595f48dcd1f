"""First start (language and role), the navigation each role sees, File > Settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QRadioButton

from recp_audit import settings as settings_store
from recp_audit.gui import i18n
from recp_audit.gui.app import create_window, first_run
from recp_audit.gui.dialogs.first_run import FirstRunDialog
from recp_audit.gui.models.navigation import AREA_ROLE, KIND_ROLE, NodeKind
from recp_audit.roles import AUDIT_AREAS, Role
from recp_audit.services.demo import write_demo
from recp_audit.settings import Settings


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def _areas_of_first_audit(window) -> list[str]:
    stack = [window.model.invisibleRootItem()]
    while stack:
        item = stack.pop()
        for row in range(item.rowCount()):
            child = item.child(row)
            if child.data(KIND_ROLE) == NodeKind.AUDIT.value:
                return [child.child(r).data(AREA_ROLE) for r in range(child.rowCount())]
            stack.append(child)
    raise AssertionError("no audit in the tree")


def _menu_texts(window) -> list[str]:
    return [action.text().replace("&", "") for menu in window.menuBar().actions()
            for action in menu.menu().actions()]


def _window(qtbot, tmp_path, answer, role: str):
    answer()
    settings_store.save(Settings(language="en", role=role, offer_demo=False))
    path = tmp_path / "demo.sqlite"
    write_demo(path).close()
    window = create_window(path, language="en")
    qtbot.addWidget(window)
    return window


def test_first_start_asks_language_and_role_in_the_chosen_language(qtbot):
    settings = Settings(language="ru")
    i18n.set_language("ru")
    dialog = FirstRunDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Добро пожаловать в RECP audit"
    dialog.findChild(QRadioButton, "language_en").click()
    assert dialog.windowTitle() == "Welcome to RECP audit"
    club = dialog.findChild(QRadioButton, "role_club")
    assert club.text() == "RECP club member (self-diagnosis)"
    club.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.language == "en" and settings.role == "club"


def test_first_run_is_asked_once(qtbot, in_dialog):
    def choose_lead(dialog):
        dialog.findChild(QRadioButton, "role_lead").click()
        dialog.accept()
        in_dialog(lambda name: name.accept())  # the name proposed

    in_dialog(choose_lead)
    first_run("en")
    assert settings_store.load().role == "lead"
    first_run("en")  # no dialog now: in_dialog would have nothing to answer


def test_a_club_member_sees_self_diagnosis_baseline_and_results_only(qtbot, tmp_path, answer):
    window = _window(qtbot, tmp_path, answer, Role.CLUB.value)
    assert _areas_of_first_audit(window) == ["overview", "checklists", "baseline", "reports"]
    texts = _menu_texts(window)
    assert "Merge experts' files…" not in texts and "Publish to server…" not in texts
    assert "Settings…" in texts


def test_an_expert_and_a_lead_see_every_section_and_the_team_tools(qtbot, tmp_path, answer):
    window = _window(qtbot, tmp_path, answer, Role.LEAD.value)
    assert _areas_of_first_audit(window) == list(AUDIT_AREAS)
    assert "Merge experts' files…" in _menu_texts(window)
    window.tree.setCurrentIndex(window.model.index(-1, -1))
    actions = [text for text, _handler in window._welcome_actions()]
    assert actions[:2] == ["Merge experts' files…", "Pull from server…"]


def test_settings_change_role_language_and_name(qtbot, tmp_path, answer, in_dialog):
    window = _window(qtbot, tmp_path, answer, Role.EXPERT.value)

    def choose(dialog):
        role = dialog.findChild(QComboBox, "role")
        role.setCurrentIndex(role.findData("club"))
        language = dialog.findChild(QComboBox, "language")
        language.setCurrentIndex(language.findData("ru"))
        dialog.findChild(QLineEdit, "author").setText("  А. Иванова ")
        dialog.grab().save(str(tmp_path / "settings.png"))
        dialog.accept()

    in_dialog(choose)
    window.open_settings()
    saved = settings_store.load()
    assert (saved.role, saved.language, saved.author) == ("club", "ru", "А. Иванова")
    assert _areas_of_first_audit(window) == ["overview", "checklists", "baseline", "reports"]
    assert "Настройки…" in _menu_texts(window)


def test_cancelled_settings_change_nothing(qtbot, tmp_path, answer, in_dialog):
    window = _window(qtbot, tmp_path, answer, Role.EXPERT.value)

    def cancel(dialog):
        dialog.findChild(QComboBox, "role").setCurrentIndex(1)
        dialog.reject()

    in_dialog(cancel)
    window.open_settings()
    assert settings_store.load().role == "expert"
    assert _areas_of_first_audit(window) == list(AUDIT_AREAS)


def test_an_unknown_saved_role_counts_as_not_chosen(qtbot, tmp_path, answer):
    window = _window(qtbot, tmp_path, answer, "astronaut")
    assert window.role is None
    assert _areas_of_first_audit(window) == list(AUDIT_AREAS)
