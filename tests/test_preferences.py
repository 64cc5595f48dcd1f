"""Settings that reach the services: the data folder, the heat unit, automatic backups,
the grid factor of new audits; a hand-edited settings file is repaired value by value."""

from __future__ import annotations

import json
import os

import pytest

from recp_audit import display, paths, settings as settings_store, units
from recp_audit.messages import ValidationError, WorkspaceError
from recp_audit.services.backups import auto_backup, automatic_backups
from recp_audit.services.demo import write_demo
from recp_audit.services.emission_factors import check_grid_default
from recp_audit.settings import Settings
from recp_audit.units import registry, shown_energy


def test_a_gigacalorie_is_the_international_one_used_by_heat_meters():
    """GOST 8.417-2002: 1 cal = 4.1868 J, so 1 Gcal = 1.163 MWh and 1 Gcal/h = 1.163 MW."""
    ureg = registry()
    assert ureg.Quantity(1, "Gcal").m_as("MWh") == pytest.approx(1.163)
    assert ureg.Quantity(1, "Gcal").m_as("GJ") == pytest.approx(4.1868)
    assert ureg.Quantity(1, units.parse_unit("Гкал/h")).m_as("MW") == pytest.approx(1.163)


def test_heat_is_shown_in_the_chosen_unit_and_electricity_in_mwh():
    heat = registry().Quantity(1163, "kWh")
    assert shown_energy(heat).m_as("MWh") == pytest.approx(1.163)
    assert str(shown_energy(heat).units) == "megawatt_hour"
    display.set_heat_unit("Gcal")
    assert shown_energy(heat).magnitude == pytest.approx(1.0)
    assert str(shown_energy(heat, electricity=True).units) == "megawatt_hour"
    water = registry().Quantity(5, "m**3")
    assert shown_energy(water) == water
    with pytest.raises(ValueError, match="kcal"):
        display.set_heat_unit("kcal")


def test_applied_settings_move_the_data_folder_and_set_the_heat_unit(tmp_path):
    chosen = tmp_path / "audits on D"
    settings_store.apply(Settings(data_folder=str(chosen), heat_unit="GJ"))
    assert paths.default_workspace_path() == chosen / "workspace.sqlite"
    assert paths.backup_dir() == chosen / "backups" and paths.backup_dir().is_dir()
    assert str(shown_energy(registry().Quantity(1, "MWh")).units) == "gigajoule"
    settings_store.apply(Settings())
    assert paths.default_workspace_path().parent != chosen


def test_a_hand_edited_settings_file_keeps_what_is_right(user_dirs):
    settings_store.settings_path().write_text(json.dumps({
        "language": "en", "role": "club", "currency": "XYZ", "heat_unit": "BTU",
        "backups_kept": -3, "grid_factor": 7, "author": "Anna"}), encoding="utf-8")
    loaded = settings_store.load()
    assert (loaded.language, loaded.role, loaded.author) == ("en", "club", "Anna")
    assert (loaded.currency, loaded.heat_unit, loaded.backups_kept, loaded.grid_factor) \
        == ("BYN", "MWh", 10, "")
    settings_store.save(Settings(currency="EUR", heat_unit="Gcal", backups_kept=3))
    assert (settings_store.load().currency, settings_store.load().heat_unit,
            settings_store.load().backups_kept) == ("EUR", "Gcal", 3)


def test_the_data_folder_must_be_a_writable_full_path(tmp_path):
    assert paths.check_data_dir(tmp_path / "new" / "folder").is_dir()
    with pytest.raises(WorkspaceError, match="not a full path"):
        paths.check_data_dir("relative/folder")
    (tmp_path / "a file").write_text("x")
    with pytest.raises(WorkspaceError, match="a file"):
        paths.check_data_dir(tmp_path / "a file")


def test_automatic_backups_keep_the_newest_copies_of_each_workspace(tmp_path, monkeypatch):
    first = tmp_path / "one" / "Аудит [весна].sqlite"  # Cyrillic, and glob's brackets
    second = tmp_path / "two" / "Аудит [весна].sqlite"
    for path in (first, second):
        path.parent.mkdir()
        write_demo(path).close()
    folder = tmp_path / "backups"
    folder.mkdir()
    stamps = iter(f"20261121-1000{second:02d}" for second in range(60))

    class Clock:
        @staticmethod
        def now():
            return type("Stamp", (), {"strftime": lambda self, _: next(stamps)})()

    monkeypatch.setattr("recp_audit.store.copy.dt.datetime", Clock)
    made = [auto_backup(first, keep=3, folder=folder) for _ in range(5)]
    other = auto_backup(second, keep=3, folder=folder)
    kept = automatic_backups(first, folder)
    assert kept == list(reversed(made[2:]))  # the newest three, newest first
    assert automatic_backups(second, folder) == [other]
    assert first.read_bytes()[:16] == kept[0].read_bytes()[:16] == b"SQLite format 3\x00"
    assert auto_backup(first, keep=0, folder=folder) is None
    assert len(automatic_backups(first, folder)) == 3


def test_a_backup_folder_that_cannot_be_written_is_said_and_the_workspace_is_unchanged(
        tmp_path):
    path = tmp_path / "workspace.sqlite"
    write_demo(path).close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="does not exist"):
        auto_backup(path, keep=2, folder=tmp_path / "missing")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(WorkspaceError):
            auto_backup(path, keep=2, folder=locked)
    assert path.read_bytes() == before


def test_a_grid_factor_for_new_audits_needs_a_quantity_of_the_right_kind_and_a_source():
    check_grid_default("", "")
    check_grid_default("0.45 kg/kWh", "Ministry of Energy, 2025")
    with pytest.raises(ValidationError, match="comes from"):
        check_grid_default("0.45 kg/kWh", " ")
    with pytest.raises(ValidationError, match="is not a quantity"):
        check_grid_default("0.45 kg", "somewhere")


def test_a_data_folder_that_is_gone_gives_way_to_the_systems(tmp_path, caplog):
    stick = tmp_path / "stick"
    stick.write_text("a file where the folder was")  # the folder cannot be made
    settings_store.apply(Settings(data_folder=str(stick / "audits")))
    assert paths.default_workspace_path().parent != stick / "audits"
    assert paths.default_workspace_path().parent.is_dir()
    assert "cannot be used" in caplog.text
