"""File > Settings beyond language and role: each choice reaches what it governs."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from recp_audit import display, paths, settings as settings_store, units
from recp_audit.calc import calculator
from recp_audit.gui.app import create_window
from recp_audit.gui.dialogs.forms import edit_audit
from recp_audit.model import Audit, Enterprise
from recp_audit.services.backups import automatic_backups
from recp_audit.services.demo import write_demo
from recp_audit.services.emission_factors import factor_rows
from recp_audit.settings import Settings


def _window(qtbot, tmp_path, answer, **chosen):
    answer()
    settings_store.save(Settings(language="en", role="expert", offer_demo=False, **chosen))
    path = tmp_path / "audits.sqlite"
    write_demo(path).close()
    window = create_window(path, language="en")
    qtbot.addWidget(window)
    return window


def test_every_setting_is_saved_and_takes_effect(qtbot, tmp_path, answer, in_dialog):
    window = _window(qtbot, tmp_path, answer)
    folder = tmp_path / "data on the stick"

    def choose(dialog):
        dialog.findChild(QComboBox, "heat_unit").setCurrentIndex(2)
        dialog.findChild(QComboBox, "currency").setCurrentText("EUR")
        dialog.findChild(QLineEdit, "grid_factor").setText("0.45 kg/kWh")
        dialog.findChild(QLineEdit, "grid_source").setText("Ministry of Energy, 2025")
        dialog.findChild(QLineEdit, "data_folder").setText(str(folder))
        dialog.findChild(QSpinBox, "backups").setValue(2)
        dialog.grab().save(str(tmp_path / "settings.png"))
        dialog.accept()

    in_dialog(choose)
    window.open_settings()
    saved = settings_store.load()
    assert (saved.heat_unit, saved.currency, saved.grid_factor, saved.grid_factor_source,
            saved.data_folder, saved.backups_kept) == (
        "Gcal", "EUR", "0.45 kg/kWh", "Ministry of Energy, 2025", str(folder), 2)
    assert paths.default_workspace_path() == folder / "workspace.sqlite"
    assert str(units.shown_energy(units.registry().Quantity(1, "MWh")).units) == "Gcal"


def test_a_wrong_setting_is_named_and_the_dialog_stays_open(qtbot, tmp_path, answer,
                                                             in_dialog):
    window = _window(qtbot, tmp_path, answer)
    shown = answer()
    results = []

    def choose(dialog):
        dialog.findChild(QLineEdit, "grid_factor").setText("0.45 kg")
        dialog.findChild(QLineEdit, "grid_source").setText("a guess")
        dialog.accept()
        results.append(dialog.isVisible())
        dialog.findChild(QLineEdit, "grid_factor").setText("")
        dialog.findChild(QLineEdit, "data_folder").setText("relative/folder")
        dialog.accept()
        results.append(dialog.isVisible())
        dialog.reject()

    in_dialog(choose)
    window.open_settings()
    assert results == [True, True]
    assert "is not a quantity in g/kWh" in shown["warnings"][0]
    assert "not a full path" in shown["warnings"][1]
    assert settings_store.load().grid_factor == ""


def test_a_new_audit_starts_with_the_currency_and_grid_factor_of_the_settings(
        qtbot, workspace, in_dialog):
    from recp_audit.services import records

    enterprise = records.create(workspace, Enterprise, {"name": "Bakery"})
    settings = Settings(language="en", currency="EUR", grid_factor="0.45 kg/kWh",
                        grid_factor_source="Ministry of Energy, 2025")

    def fill(dialog):
        dialog.findChild(QLineEdit, "title").setText("Energy walk-through")
        dialog.accept()

    in_dialog(fill)
    audit_id = edit_audit(None, workspace, enterprise_id=enterprise, settings=settings)
    with workspace.session() as session:
        audit = session.get(Audit, audit_id)
        assert (audit.currency, audit.report_language) == ("EUR", "en")
    grid = next(row for row in factor_rows(workspace, audit_id) if row.section == "grid")
    assert (grid.value, grid.source, grid.overridden) == (
        "0.45 kg/kWh", "Ministry of Energy, 2025", True)
    with workspace.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Audit)) == 1


def test_opening_a_workspace_makes_an_automatic_backup(qtbot, tmp_path, answer):
    window = _window(qtbot, tmp_path, answer, backups_kept=1)
    qtbot.waitUntil(lambda: len(automatic_backups(window.workspace.path)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: "Automatic backup" in window.statusBar().currentMessage())
    window.open_path(write_demo(tmp_path / "other.sqlite").path)
    qtbot.waitUntil(lambda: len(automatic_backups(tmp_path / "other.sqlite")) == 1)
    assert len(automatic_backups(tmp_path / "audits.sqlite")) == 1


def test_no_backup_when_switched_off(qtbot, tmp_path, answer):
    window = _window(qtbot, tmp_path, answer, backups_kept=0)
    qtbot.wait(300)
    assert automatic_backups(window.workspace.path) == []


def test_calculator_shows_heat_in_the_chosen_unit_and_electricity_as_it_is(qtbot):
    from recp_audit.gui.pages.calculator_form import CalculatorForm

    display.set_heat_unit("Gcal")
    form = CalculatorForm(calculator("condensate-return"), [], "BYN", "en")
    qtbot.addWidget(form)
    for name, text in {"condensate_flow": "2 t/h", "hours": "6000 h",
                       "condensate_temperature": "90 °C", "makeup_temperature": "10 °C",
                       "boiler_efficiency": "90 %"}.items():
        form.fields[name].setText(text)
    assert form.valid
    shown = [form.results.item(row, 1).text() for row in range(form.results.rowCount())]
    assert shown[0].endswith("Gcal") and shown[1].endswith("Gcal")
    assert shown[2].endswith("m³")
    air = CalculatorForm(calculator("air-leak"), [], "BYN", "en")
    qtbot.addWidget(air)
    for name, text in {"pressure": "7 bar", "diameter": "3 mm", "hours": "6000 h"}.items():
        air.fields[name].setText(text)
    assert any(air.results.item(row, 1).text().endswith("kWh")
               for row in range(air.results.rowCount()))
