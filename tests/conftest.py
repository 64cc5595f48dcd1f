"""Shared fixtures: every test gets its own user folders and workspace file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory, monkeypatch) -> Iterator[Path]:
    """Point platformdirs (XDG on Linux) at a fresh folder so tests never touch real data."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    yield home
    from recp_audit import display, paths

    paths.use_data_dir(None)  # settings a test applied do not reach the next one
    display.set_heat_unit("MWh")


@pytest.fixture
def workspace(tmp_path):
    """A new, empty workspace."""
    from recp_audit.store.db import create_workspace

    ws = create_workspace(tmp_path / "test.sqlite", author="tester")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Iterator:
    """The demo workspace written once per run (in folders of its own), which `demo`
    copies: writing it takes seconds, copying it milliseconds."""
    from recp_audit.services.demo import write_demo

    home = tmp_path_factory.mktemp("demo_home")
    with pytest.MonkeyPatch.context() as patch:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            patch.setenv(variable, str(home / variable.lower()))
        ws = write_demo(home / "demo.sqlite")
    yield ws
    ws.close()


@pytest.fixture
def demo(tmp_path, demo_template):
    """The demo workspace: a copy of the demo with a file id of its own, as Save As makes."""
    ws = demo_template.save_as(tmp_path / "demo.sqlite")
    yield ws
    ws.close()


@pytest.fixture
def english():
    """The user chose English: the command line then speaks English too."""
    from recp_audit import settings

    settings.save(settings.Settings(language="en"))
