"""Start-up and workspace-opening times, printed as ratios to baselines from the same run.

1. Cold start to the first painted main window, started as `recp-audit` starts it
   (`gui.app.start`: application set-up, log, error dialog, window) by a returning user,
   as a ratio to a bare PySide6 QMainWindow started the same way (fresh interpreter
   each time). Target <= 1.5x.
   Also the time until the demo workspace is open and its tree shown.
2. Opening a workspace with 200 enterprises and 1,000 audits until the navigation
   tree model is filled. Target < 0.3 s; also shown as a ratio to reading the same
   rows with plain sqlite3.

Run:  python benchmarks/startup.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_PAINT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.perf_counter(), flush=True)
            obj.removeEventFilter(self)
            if sys.argv[1] == "bare":
                app.quit()
        return False
watcher = FirstPaint()
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 760)
else:  # exactly as recp_audit.gui.app.run starts, up to its event loop
    from recp_audit.gui.app import start
    window = start(workspace=sys.argv[1], language="ru")
    def opened():
        if window.workspace is not None and window.model.rowCount():
            print("ready", time.perf_counter(), flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, opened)
    QTimer.singleShot(0, opened)
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def child_environment(home: str, bytecode: str) -> dict[str, str]:
    """The environment of a launch: its own data, settings and log folders under `home`
    (none of the user's), offscreen, and modules compiled once into `bytecode` and loaded
    from there, as an installed copy does (pip and PyInstaller install compiled modules),
    even where PYTHONDONTWRITEBYTECODE is set, which would compile them on every start."""
    return {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": bytecode,
            **{name: os.path.join(home, name.lower()) for name in
               ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}}


def returning_user(env: dict[str, str]) -> None:
    """Settings of a user past the first start (a role chosen), so no first-run dialog."""
    subprocess.run([sys.executable, "-c", "from recp_audit import settings; "
                    "s = settings.load(); s.role = 'expert'; s.offer_demo = False; "
                    "settings.save(s)"], env=env, check=True)


def launch_times(target: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from launching a fresh interpreter to the first paint (and to 'ready')."""
    launched = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT, target],
                            capture_output=True, text=True, env=env, check=True)
    times = {}
    for line in result.stdout.splitlines():
        event, stamp = line.split()
        times[event] = float(stamp) - launched  # perf_counter is system-wide (CLOCK_MONOTONIC)
    return times


def big_workspace(path: Path, enterprises: int = 200, audits_each: int = 5) -> None:
    """A workspace with `enterprises` enterprises in 10 parks and `audits_each` audits each."""
    from recp_audit.model import Audit, Enterprise, Park
    from recp_audit.store.db import create_workspace

    workspace = create_workspace(path, author="bench")
    with workspace.transaction() as session:
        parks = [Park(name=f"Park {i:02d}") for i in range(10)]
        for i in range(enterprises):
            enterprise = Enterprise(name=f"Enterprise {i:03d}", park=parks[i % 10],
                                    nace_code="10.51")
            session.add_all(Audit(enterprise=enterprise, title=f"Audit {year}")
                            for year in range(2021, 2021 + audits_each))
    workspace.close()


def open_until_tree_ready(path: Path) -> float:
    """Seconds to open the workspace and fill the navigation model."""
    from recp_audit.gui.models.navigation import NavigationModel
    from recp_audit.services.navigation import load_tree
    from recp_audit.store.db import open_workspace

    model = NavigationModel()
    start = time.perf_counter()
    workspace = open_workspace(path)
    model.set_tree(load_tree(workspace))
    elapsed = time.perf_counter() - start
    workspace.close()
    return elapsed


def raw_read(path: Path) -> float:
    """Seconds for plain sqlite3 to read the same rows (the floor)."""
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    for table, columns in (("park", "id, name"), ("enterprise", "id, name, park_id"),
                           ("audit", "id, title, kind, status, enterprise_id")):
        connection.execute(f"SELECT {columns} FROM {table} WHERE deleted = 0").fetchall()
    connection.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = folder
        from PySide6.QtWidgets import QApplication

        from recp_audit.services.demo import write_demo

        app = QApplication.instance() or QApplication([])  # noqa: F841 - for the model
        demo = Path(folder) / "demo.sqlite"
        write_demo(demo).close()
        env = child_environment(os.path.join(folder, "home"), os.path.join(folder, "bytecode"))
        returning_user(env)
        launch_times("bare", env), launch_times(str(demo), env)  # compile, warm up
        bare, ours, ready = [], [], []
        for _ in range(args.repeat):  # interleaved, so machine noise hits both alike
            bare.append(launch_times("bare", env)["painted"])
            times = launch_times(str(demo), env)
            ours.append(times["painted"])
            ready.append(times["ready"])
        bare_s, ours_s = statistics.median(bare), statistics.median(ours)
        print(f"first paint: bare QMainWindow {bare_s:.3f} s, recp_audit {ours_s:.3f} s, "
              f"ratio {ours_s / bare_s:.2f}x (target <= 1.5x)")
        print(f"demo workspace open with its tree shown: {statistics.median(ready):.3f} s "
              f"({statistics.median(ready) / bare_s:.2f}x the bare window's first paint)")

        big = Path(folder) / "big.sqlite"
        big_workspace(big)
        opened = statistics.median(open_until_tree_ready(big) for _ in range(args.repeat))
        floor = statistics.median(raw_read(big) for _ in range(args.repeat))
        print(f"open 200 enterprises / 1,000 audits until the tree is ready: {opened:.3f} s "
              f"(target < 0.3 s), {opened / floor:.1f}x plain sqlite3 reading the same rows")


if __name__ == "__main__":
    main()
