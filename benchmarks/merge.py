"""Merge speed: 10 generated experts' files of N changed rows each merged into the lead's
file (N = 5,000, 10,000 and 20,000 by default).

Each file starts from the same lead file (2,000 shared persons) and then has N changed
rows: a fifth are edits of shared persons (some fields edited in several files, so
there are automatic merges and conflicts), the rest new baseline-like rows (persons
with all their fields). Versions are written the way the program writes them (content
hash, parents, clock, origin, log entry), through SQLAlchemy Core for speed.

Prints the merge time per N (target <= 5 s for 10 x 20,000), the time per 1,000 rows
(flat when the cost grows linearly), and the ratio to the raw SQLite ATTACH + INSERT copy
of the same ten files measured in the same run (target <= 8x).

Run:  python benchmarks/merge.py [--rows 5000 10000 20000] [--files 10]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = 2000


def lead_file(folder: Path) -> tuple[Path, list[dict]]:
    """The lead's file with SHARED persons; their rows as written."""
    from recp_audit.store.db import create_workspace

    workspace = create_workspace(folder / "lead.sqlite", author="lead")
    rows = write_versions(workspace, [_person(n) for n in range(SHARED)], None, "lead")
    workspace.close()
    return folder / "lead.sqlite", rows


def _person(n: int, **changes) -> dict:
    return {"id": uuid.UUID(int=n + 1), "name": f"Person {n}", "organisation": "Centre",
            "role": "expert", "email": f"p{n}@example.by", **changes}


def write_versions(workspace, rows: list[dict], previous: dict | None, author: str) -> list[dict]:
    """Write person rows and their log entries as the versioning hook would."""
    import sqlalchemy as sa

    from recp_audit.model import Person, RowVersion
    from recp_audit.model.versioning import make_version

    written, log = [], []
    for values in rows:
        data = {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in values.items()
                if k != "id"}
        before = previous.get(values["id"]) if previous else None
        parents = (before["revision"],) if before else ()
        version = make_version("person", values["id"], data, parents=parents,
                               hlc=workspace.clock.now(), origin=workspace.file_id,
                               author=author)
        row = {**values, "revision": version.revision, "parents": list(parents),
               "hlc": version.hlc, "origin": workspace.file_id, "author": author,
               "deleted": False}
        written.append(row)
        log.append({"revision": version.revision, "entity": "person",
                    "entity_id": values["id"], "parents": list(parents), "hlc": version.hlc,
                    "origin": workspace.file_id, "author": author, "deleted": False,
                    "resolved": [], "data": version.stored})
    with workspace.engine.begin() as connection:
        table = Person.__table__
        if previous:
            connection.execute(sa.delete(table).where(table.c.id.in_(
                [r["id"] for r in written if r["id"] in previous])))
        connection.execute(sa.insert(table), written)
        connection.execute(sa.insert(RowVersion.__table__).values(
            data=sa.type_coerce(sa.bindparam("data"), sa.Text)), log)
    return written


def expert_file(lead: Path, shared: list[dict], index: int, rows: int, rng: random.Random) -> Path:
    """A copy of the lead's file with `rows` changed rows."""
    from recp_audit.store.db import open_workspace

    source = open_workspace(lead)
    path = lead.with_name(f"expert{index}.sqlite")
    source.save_as(path).close()
    source.close()
    workspace = open_workspace(path, author=f"expert{index}")
    previous = {row["id"]: row for row in shared}
    edited = rng.sample(range(SHARED), min(SHARED, rows // 5))
    changes = [_person(n, email=f"e{index}-{n}@example.by") if n % 2 else
               _person(n, organisation=f"Org {n % 7}") for n in edited]
    write_versions(workspace, changes, previous, f"expert{index}")
    fresh = [_person(10_000_000 * (index + 1) + n) for n in range(rows - len(changes))]
    write_versions(workspace, fresh, None, f"expert{index}")
    workspace.close()
    return path


def raw_copy(lead: Path, experts: list[Path], target: Path) -> float:
    """The peer: the experts' rows and log copied into a copy of the lead's file by plain
    SQLite (ATTACH, then INSERT OR REPLACE / OR IGNORE ... SELECT), no checks, no merge
    rules; seconds."""
    shutil.copy(lead, target)
    started = time.perf_counter()
    with sqlite3.connect(target) as copy:
        for expert in experts:
            copy.execute("ATTACH DATABASE ? AS src", (str(expert),))
            copy.execute("INSERT OR IGNORE INTO main.row_version SELECT * FROM src.row_version")
            copy.execute("INSERT OR REPLACE INTO main.person SELECT * FROM src.person")
            copy.commit()
            copy.execute("DETACH DATABASE src")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[5000, 10000, 20000])
    parser.add_argument("--files", type=int, default=10)
    args = parser.parse_args()
    from recp_audit.services import merge
    from recp_audit.store.db import open_workspace

    print(f"{'rows/file':>9} {'files':>5} {'merge, s':>9} {'s per 1,000 rows':>16} "
          f"{'copy, s':>8} {'ratio':>6} {'conflicts':>9}")
    for rows in args.rows:
        folder = Path(tempfile.mkdtemp(prefix="recp-merge-bench-"))
        lead, shared = lead_file(folder)
        rng = random.Random(rows)
        experts = [expert_file(lead, shared, n, rows, rng) for n in range(args.files)]
        copying = raw_copy(lead, experts, folder / "copy.sqlite")
        workspace = open_workspace(lead)
        started = time.perf_counter()
        merge.merge(workspace, experts, backup_dir=folder)
        took = time.perf_counter() - started
        conflicts = len(merge.conflicts(workspace))
        workspace.close()
        print(f"{rows:>9} {args.files:>5} {took:>9.2f} {took / (rows * args.files) * 1000:>16.3f} "
              f"{copying:>8.2f} {took / copying:>6.1f} {conflicts:>9}")
        shutil.rmtree(folder)
    print("targets: <= 5 s for 10 files x 20,000 rows, and <= 8x the raw copy")


if __name__ == "__main__":
    main()
