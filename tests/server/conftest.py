"""A real PostgreSQL server for the server tests: one local cluster per test run, one
fresh database (set up by `server-init`) per test. Without PostgreSQL installed the
tests are skipped on a developer's machine and fail in CI (`.ci/run` installs it)."""

from __future__ import annotations

import itertools
import os

import pytest

from tests.gui.conftest import answer, in_dialog  # noqa: F401 - for the GUI server tests
from tests.server.pg_cluster import LocalCluster, server_binaries

_numbers = itertools.count()


@pytest.fixture(scope="session")
def cluster():
    """The running local cluster."""
    if server_binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed; .ci/run installs it")
        pytest.skip("PostgreSQL is not installed")
    running = LocalCluster()
    yield running
    running.stop()


@pytest.fixture
def server(cluster) -> str:
    """The address of a new, set-up server database (as its owner)."""
    from recp_audit.server.connect import init_server, server_url

    address = cluster.create_database(f"recp_{next(_numbers)}")
    init_server(server_url(address))
    return address
