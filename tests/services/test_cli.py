"""The recp-audit command line: demo, info and its one-line errors."""

import json
import sqlite3
import subprocess
import sys

import pytest

from recp_audit import __version__
from recp_audit.cli import main


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "recp_audit", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_demo_then_info_json_lists_the_demo_park(tmp_path):
    out = tmp_path / "x.sqlite"
    assert run_cli("demo", "-o", out).returncode == 0
    result = run_cli("info", out, "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert [p["name"] for p in info["parks"]] == ["Индустриальный парк «Борисов-Запад»"]
    assert len(info["enterprises"]) == 13 and len(info["audits"]) == 5
    kinds = sorted(a["kind"] for a in info["audits"])
    assert kinds == ["expert"] * 4 + ["self_diagnosis"]
    assert info["schema_version"] >= 2


def test_info_text(tmp_path, capsys):
    out = tmp_path / "x.sqlite"
    assert main(["demo", "-o", str(out)]) == 0
    assert main(["info", str(out)]) == 0
    text = capsys.readouterr().out
    assert "ОАО «Комбинат ЖБИ-Запад»" in text and "Audits: 5" in text


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and __version__ in capsys.readouterr().out


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys, english):
    out = tmp_path / "x.sqlite"
    assert main(["demo", "-o", str(out)]) == 0
    assert main(["demo", "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["demo", "-o", str(out), "--force"]) == 0


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("not a database"), "not an SQLite database"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t(x)"), "another program"),
    (lambda p: None, "no such file"),
])
def test_errors_are_one_line_and_non_zero(tmp_path, make, words, english):
    path = tmp_path / "bad.sqlite"
    make(path)
    result = run_cli("info", path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_are_one_line(capsys):
    with pytest.raises(SystemExit) as done:
        main(["info"])
    assert done.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
