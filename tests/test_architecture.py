"""Layering rules of DESIGN.md that a reader cannot see at a glance."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "recp_audit"
QT_MODULES = {"PySide6", "shiboken6", "pyqtgraph"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_qt_below_gui():
    offenders = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                 if "gui" not in path.relative_to(PACKAGE).parts
                 and imported_roots(path) & QT_MODULES]
    assert offenders == []


def test_services_import_without_qt_and_heavy_modules():
    code = ("import sys, recp_audit.cli, recp_audit.services.records, recp_audit.services.demo, "
            "recp_audit.services.info; "
            "print(sorted(m for m in ('PySide6','pyqtgraph','reportlab','openpyxl','pandas') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
