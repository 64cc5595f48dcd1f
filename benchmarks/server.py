"""Team-server speed: publish and pull 100,000 rows to a local PostgreSQL server, and the
publish after 100 edits.

A generated workspace holds a park, 100 enterprises with one audit each, 1,000
measurement points and readings up to ROWS rows in all, every row with its logged
version written as the versioning hook writes it (content hash, clock, origin). A
throw-away local cluster (tests/server/pg_cluster.py) is started for the run.

Prints, in one run: the time to publish ROWS rows (target <= 10 s), to pull them into
an empty workspace (target <= 10 s), and to publish again after 100 edits; each as a
ratio to PostgreSQL's own COPY of the same version log into a scratch table (the
fastest way to move those bytes to that server, measured in the same run).

Run:  python benchmarks/server.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _version_rows(workspace, table, rows: list[dict], previous: dict | None = None):
    """Rows and their log entries as the versioning hook would write them."""
    from recp_audit.merge.merge import default_of
    from recp_audit.model.base import VERSION_COLUMNS
    from recp_audit.model.versioning import canonical_value, make_version

    columns = [c for c in table.c if c.key not in VERSION_COLUMNS]
    written, log = [], []
    for values in rows:
        full = {c.key: values.get(c.key, default_of(c)) for c in columns}
        data = {key: canonical_value(value) for key, value in full.items()}
        parents = (previous[values["id"]],) if previous else ()
        version = make_version(table.name, values["id"], data, parents=parents,
                               hlc=workspace.clock.now(), origin=workspace.file_id,
                               author="bench")
        meta = {"revision": version.revision, "parents": list(parents), "hlc": version.hlc,
                "origin": workspace.file_id, "author": "bench", "deleted": False}
        written.append({"id": values["id"], **full, **meta})
        log.append({**meta, "entity": table.name, "entity_id": values["id"], "resolved": [],
                    "text": version.stored})
    return written, log


def _insert_log(connection, log: list[dict]) -> None:
    """Log entries with their data text exactly as hashed."""
    import sqlalchemy as sa

    from recp_audit.model import RowVersion

    connection.execute(sa.insert(RowVersion.__table__).values(
        data=sa.type_coerce(sa.bindparam("text"), sa.Text)), log)


def generated_workspace(path: Path, total: int):
    """A workspace of `total` rows: park, enterprises, audits, points and readings."""
    import sqlalchemy as sa

    from recp_audit.model import Audit, Enterprise, MeasurementPoint, Park, Reading
    from recp_audit.model.base import new_id
    from recp_audit.store.db import create_workspace

    workspace = create_workspace(path, author="bench")
    park = {"id": new_id(), "name": "Индустриальный парк"}
    firms = [{"id": new_id(), "park_id": park["id"], "name": f"Предприятие {n}",
              "nace_code": "10.51", "employees": 100 + n} for n in range(100)]
    audits = [{"id": new_id(), "enterprise_id": f["id"], "title": f"Аудит {n}"}
              for n, f in enumerate(firms)]
    points = [{"id": new_id(), "audit_id": audits[n % 100]["id"], "name": f"Точка {n}"}
              for n in range(1000)]
    start = dt.datetime(2026, 3, 1)
    readings = [{"id": new_id(), "point_id": points[n % 1000]["id"], "quantity": "power",
                 "value": 10.0 + n % 97, "unit": "kW", "taken": start + dt.timedelta(minutes=n)}
                for n in range(total - 1 - 100 - 100 - 1000)]
    with workspace.engine.begin() as connection:
        for model, rows in ((Park, [park]), (Enterprise, firms), (Audit, audits),
                            (MeasurementPoint, points), (Reading, readings)):
            written, log = _version_rows(workspace, model.__table__, rows)
            connection.execute(sa.insert(model.__table__), written)
            _insert_log(connection, log)
    return workspace, readings


def edit_readings(workspace, readings: list[dict], count: int) -> None:
    """`count` readings get a new value, as an edit in the program would log them."""
    import sqlalchemy as sa

    from recp_audit.model import Reading

    table = Reading.__table__
    chosen = readings[:count]
    with workspace.engine.begin() as connection:
        previous = dict(connection.execute(sa.select(table.c.id, table.c.revision).where(
            table.c.id.in_([r["id"] for r in chosen]))).all())
        written, log = _version_rows(workspace, table, [{**r, "value": r["value"] + 1}
                                                        for r in chosen], previous)
        connection.execute(sa.delete(table).where(table.c.id.in_(list(previous))))
        connection.execute(sa.insert(table), written)
        _insert_log(connection, log)


def copy_baseline(address: str, workspace) -> float:
    """Seconds for COPY of the workspace's version log into a scratch server table."""
    import psycopg
    import sqlalchemy as sa

    from recp_audit.model import RowVersion

    with workspace.engine.connect() as local:
        log = local.execute(sa.select(RowVersion.__table__)).all()
    buffer = io.StringIO()
    for row in log:
        buffer.write("\t".join([row.revision, row.entity, str(row.entity_id),
                                json.dumps(row.parents), row.hlc, str(row.origin), row.author,
                                "t" if row.deleted else "f",
                                json.dumps(row.data, ensure_ascii=False)
                                .replace("\\", "\\\\")]) + "\n")
    with psycopg.connect(address) as connection:
        connection.execute("CREATE TABLE scratch (LIKE row_version INCLUDING ALL)")
        began = time.perf_counter()
        columns = "revision, entity, entity_id, parents, hlc, origin, author, deleted, data"
        with connection.cursor().copy(f"COPY scratch ({columns}) FROM STDIN") as copy:
            copy.write(buffer.getvalue())
        connection.commit()
        took = time.perf_counter() - began
        connection.execute("DROP TABLE scratch")
        connection.commit()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()

    from recp_audit.server.connect import init_server, server_url
    from recp_audit.services import server
    from recp_audit.store.db import create_workspace
    from tests.server.pg_cluster import LocalCluster

    cluster = LocalCluster()
    try:
        with tempfile.TemporaryDirectory(prefix="recp-bench-server-") as folder:
            address = cluster.create_database("bench")
            init_server(server_url(address))
            workspace, readings = generated_workspace(Path(folder) / "mine.sqlite", args.rows)
            baseline = copy_baseline(address, workspace)

            began = time.perf_counter()
            published = server.publish(workspace, address)
            publish_s = time.perf_counter() - began

            fresh = create_workspace(Path(folder) / "pulled.sqlite", author="other")
            began = time.perf_counter()
            pulled = server.pull(fresh, address)
            pull_s = time.perf_counter() - began

            edit_readings(workspace, readings, 100)
            began = time.perf_counter()
            again = server.publish(workspace, address)
            incremental_s = time.perf_counter() - began
            workspace.close()
            fresh.close()
    finally:
        cluster.stop()

    print(f"rows: {published.rows_in_scope:,}; COPY of the version log (baseline): "
          f"{baseline:.2f} s")
    print(f"{'step':<28}{'time, s':>9}{'versions':>10}{'x COPY':>8}")
    for step, seconds, report in (("publish", publish_s, published),
                                  ("pull into an empty file", pull_s, pulled),
                                  ("publish after 100 edits", incremental_s, again)):
        print(f"{step:<28}{seconds:>9.2f}{report.transfer.outcome.versions:>10,}"
              f"{seconds / baseline:>8.1f}")
    print("targets: publish <= 10 s, pull <= 10 s for 100,000 rows")


if __name__ == "__main__":
    main()
