"""`recp-audit FILE` (the desktop entry's "Open with") opens FILE in the window; every
command keeps working."""

from pathlib import Path

import pytest

from recp_audit import cli


@pytest.fixture
def window_args(monkeypatch):
    """What the window would be started with, instead of starting it."""
    started = []
    monkeypatch.setattr(cli, "_gui", lambda args: started.append(args) or 0)
    return started


@pytest.mark.parametrize("before, after", [
    ([], []),
    (["--lang", "ru"], []),
    (["--lang=en"], []),
])
def test_a_file_as_the_first_argument_opens_it_in_the_window(
        workspace, window_args, before, after):
    workspace.close()
    assert cli.main([*before, str(workspace.path), *after]) == 0
    [args] = window_args
    assert args.workspace == workspace.path and args.command is None


def test_a_missing_workspace_name_still_goes_to_the_window(tmp_path, window_args):
    assert cli.main([str(tmp_path / "gone.sqlite")]) == 0
    assert window_args[0].workspace == tmp_path / "gone.sqlite"


def test_a_file_named_like_a_command_is_not_taken_for_it(tmp_path, window_args, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("info").write_text("x")
    assert cli.main(["info", "missing.sqlite"]) == 1  # the info command, on a missing file
    assert window_args == []


def test_commands_and_options_are_unchanged(workspace, window_args, capsys):
    workspace.close()
    assert cli.main(["info", str(workspace.path)]) == 0
    assert cli.main(["--workspace", str(workspace.path)]) == 0
    assert window_args[0].workspace == workspace.path
    with pytest.raises(SystemExit):
        cli.main(["no-such-command"])
    assert "invalid choice" in capsys.readouterr().err


def test_file_as_workspace_rewrites_only_the_first_positional(tmp_path):
    path = tmp_path / "w.sqlite"
    path.touch()
    commands = {"info", "demo"}
    assert cli.file_as_workspace(["--lang", "ru", str(path)], commands) == [
        "--lang", "ru", "--workspace", str(path)]
    assert cli.file_as_workspace(["info", str(path)], commands) == ["info", str(path)]
    assert cli.file_as_workspace(["--workspace", str(path)], commands) == [
        "--workspace", str(path)]
    assert cli.file_as_workspace(["notes.txt"], commands) == ["notes.txt"]
