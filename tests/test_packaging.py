"""The one-folder application built by scripts/build_app.sh runs without Python: it answers
--version, writes the demo workspace and describes it, and carries its resources."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recp_audit import __version__

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_built_application_answers_version_and_info_on_the_demo(tmp_path):
    environment = {**os.environ, "PYTHON": sys.executable,
                   "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data"),
                   "XDG_STATE_HOME": str(tmp_path / "state")}
    built = subprocess.run(["bash", str(ROOT / "scripts" / "build_app.sh"),
                            str(tmp_path / "dist"), str(tmp_path / "work")],
                           env=environment, capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stderr[-3000:]
    folder = tmp_path / "dist" / "recp-audit"
    program = folder / ("recp-audit.exe" if sys.platform == "win32" else "recp-audit")

    def run(*args: str) -> str:
        done = subprocess.run([str(program), *args], env=environment, capture_output=True,
                              text=True, timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run("--version").strip() == f"recp-audit {__version__}"
    demo = tmp_path / "demo.sqlite"
    run("demo", "-o", str(demo))
    described = run("info", str(demo))
    assert "Enterprises: 13" in described and "Борисовская ТЭЦ" in described
    bundled = folder / "_internal"
    for part in ("resources/i18n/recp_audit_ru.qm", "resources/fonts/DejaVuSans.ttf",
                 "resources/data/ewc_list_of_waste.csv", "resources/icons/recp_audit_32.png",
                 "checklists", "recp_audit/store/migrations/versions"):
        assert (bundled / part).exists(), part
    assert not (bundled / "scipy").exists()  # optional imports kept out of the bundle


def test_the_linux_menu_entry_and_the_macos_icon(tmp_path):
    """The desktop entry is well formed (Russian name too); installing it points the menu
    at the built program and puts the icon where desktops look; the .icns holds the
    sizes macOS needs."""
    import configparser

    from PIL import Image

    root = Path(__file__).resolve().parent.parent
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(root / "resources" / "linux" / "recp-audit.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Name[ru]"], desktop["Icon"]) == (
        "Application", "Аудит РЭЧП", "recp-audit")
    app = tmp_path / "app with space"
    app.mkdir()
    (app / "recp-audit").write_text("#!/bin/sh\n")
    (app / "recp-audit").chmod(0o755)
    data = tmp_path / "data"
    subprocess.run(["bash", str(root / "scripts" / "install_desktop_entry.sh"), str(app)],
                   check=True, capture_output=True, env={**os.environ, "XDG_DATA_HOME": str(data)})
    installed = (data / "applications" / "recp-audit.desktop").read_text("utf-8")
    assert f'Exec="{app}/recp-audit" %f' in installed
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "recp-audit.png").is_file()
    with Image.open(root / "resources" / "icons" / "recp_audit.icns") as icns:
        assert {(512, 512, 1), (256, 256, 1), (128, 128, 1)} <= set(icns.info["sizes"])
    missing = subprocess.run(["bash", str(root / "scripts" / "install_desktop_entry.sh"),
                              str(tmp_path / "nowhere")], capture_output=True, text=True,
                             env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert missing.returncode != 0
