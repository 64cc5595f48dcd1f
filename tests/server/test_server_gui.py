"""File > Publish to server and Pull from server, offscreen, against the local server."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from recp_audit.gui.dialogs.server_dialog import ServerDialog
from recp_audit.model import Audit


def fill(address: str, scope: int = 0):
    """A handler that types the server's address and password into the dialog."""
    url = make_url(address)

    def handler(dialog):
        assert isinstance(dialog, ServerDialog)
        dialog.host.setText(url.host)
        dialog.port.setValue(url.port)
        dialog.database.setText(url.database)
        dialog.user.setText(url.username)
        dialog.password.setText(url.password)
        dialog.scope.setCurrentIndex(scope)
        dialog.accept()
    return handler


def test_publish_then_pull_from_the_file_menu(qtbot, tmp_path, server, in_dialog, answer,
                                              monkeypatch):
    from recp_audit.gui.app import create_window
    from recp_audit.services.demo import write_demo
    from recp_audit.store.db import create_workspace

    shown = answer()
    monkeypatch.setattr("recp_audit.paths.backup_dir", lambda: tmp_path)
    write_demo(tmp_path / "demo.sqlite").close()
    window = create_window(workspace=tmp_path / "demo.sqlite", language="en")
    qtbot.addWidget(window)
    in_dialog(fill(server))
    published = window.publish_to_server()
    assert published.transfer.outcome.versions > 900 and shown["warnings"] == []
    assert window.settings.server["database"] == make_url(server).database
    assert "password" not in window.settings.server
    assert "1 private enterprise(s) are not on the server" in window._sync_summary(published, False)

    create_workspace(tmp_path / "empty.sqlite").close()
    window.open_path(tmp_path / "empty.sqlite")
    in_dialog(fill(server))
    pulled = window.pull_from_server()
    assert pulled.transfer.rejected == []
    with window.workspace.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Audit)) >= 3
    assert window.model.rowCount() > 0  # the tree shows what arrived

    in_dialog(fill(server.replace("super-secret", "wrong")))
    assert window.pull_from_server() is None
    assert "refused the password" in shown["warnings"][-1]


def test_the_dialog_builds_the_address_without_the_password(qtbot, tmp_path):
    dialog = ServerDialog(True, {"host": "recp.centre.by", "port": 5433, "database": "park",
                                 "user": "anna"}, [("Park: Восток", "park", None)], False)
    qtbot.addWidget(dialog)
    dialog.password.setText("secret")
    assert dialog.address() == "postgresql://anna@recp.centre.by:5433/park"
    assert dialog.settings() == {"host": "recp.centre.by", "port": 5433, "database": "park",
                                 "user": "anna"}
    assert not dialog.remember.isEnabled()  # no keyring on a headless machine
    dialog.grab().save(str(tmp_path / "server_dialog.png"))
