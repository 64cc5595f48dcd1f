"""`pull` into a file that does not exist makes it only when the pull succeeds."""

import sqlalchemy as sa

from recp_audit.cli import main
from recp_audit.model import Enterprise
from recp_audit.services import server as service
from recp_audit.store.db import open_workspace


def test_an_unreachable_server_leaves_no_new_workspace(tmp_path, capsys):
    target = tmp_path / "pulled.sqlite"
    status = main(["pull", str(target), "postgresql://someone@127.0.0.1:1/recp"])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "unexpected" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_pull_into_a_new_file_appears_complete(server, tmp_path, capsys):
    from tests.server.test_publish_pull import small_workspace

    mine, _, _ = small_workspace(tmp_path / "mine.sqlite")
    service.publish(mine, server)
    mine.close()
    target = tmp_path / "new.sqlite"
    assert main(["pull", str(target), server]) == 0
    assert "Open conflicts in new.sqlite: 0" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sqlite", "new.sqlite"]
    pulled = open_workspace(target)
    with pulled.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Enterprise)) == 1
    pulled.close()
