"""The Russian translation covers every string and the shipped .qm is built from it."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "recp_audit_ru.ts"
QM = ROOT / "resources" / "i18n" / "recp_audit_ru.qm"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message
    return found


def tool(name: str) -> str:
    """pyside6-lupdate/lrelease of the running interpreter (a venv need not be on PATH)."""
    import shutil
    import sys

    beside = Path(sys.executable).parent / f"pyside6-{name}"
    path = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if path is None:
        pytest.fail(f"pyside6-{name} is missing; it ships with PySide6-Essentials")
    return path


def test_every_string_has_a_finished_russian_translation():
    unfinished = [source for (_, source), message in messages(TS).items()
                  if not (message.findtext("translation") or "").strip()
                  or message.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_the_ts_file_is_in_sync_with_the_source_code(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "recp_audit").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("lupdate"), *sources, "-ts", str(fresh), "-no-obsolete"],
                   check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS))


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True)
    assert built.read_bytes() == QM.read_bytes()


def test_placeholders_survive_translation():
    import re

    for (_, source), message in messages(TS).items():
        names = lambda text: sorted(re.findall(r"\{(\w+)\}", text))  # noqa: E731
        assert names(source) == names(message.findtext("translation")), source
