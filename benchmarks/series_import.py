"""Logged-series import and plotting speed, and import memory.

1. Import of a generated 1,000,000-row CSV (timestamp + 4 channels, day-first
   times, decimal comma, semicolons, as Russian Excel writes it) into a
   workspace: read, tidy, statistics, compression and the SQLite write.
   Printed with the ratio to `pandas.read_csv` merely parsing the same file
   (target <= 1.5x), both as pandas does by default (timestamps left as text)
   and with the timestamps parsed too, and likewise for our reader alone.
   Needs the `bench` extra (pandas).
2. Time to first frame of a 1 M-sample plot (target <= 0.5 s) and a redraw after
   zooming in (target <= 50 ms), offscreen.
3. Peak memory during the import (resident set growth, measured in a fresh
   process) as a multiple of the raw float64 data, 5 columns x 8 bytes x rows
   (target <= 4x).

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/series_import.py [--rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fixed_csv(path: Path, rows: int) -> None:
    """A power-logger export as Russian Excel writes it: 1-minute samples, ; and decimal comma."""
    import numpy as np

    rng = np.random.default_rng(7)
    minutes = np.arange(rows)
    load = 40 + 25 * (np.sin(minutes / 1440 * 2 * np.pi) > 0) + rng.normal(0, 3, rows)
    start = np.datetime64("2026-11-02T00:00:00")
    stamps = (start + minutes.astype("timedelta64[m]")).astype(object)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Дата/время;P, кВт;Q, квар;U, В;I, А\n")
        for s, p in zip(stamps, load):
            values = ";".join(f"{v:.3f}".replace(".", ",")
                              for v in (p, p * 0.45, 398 + p / 50, p * 1.6))
            handle.write(f"{s:%d.%m.%Y %H:%M:%S};{values}\n")


def import_once(csv: Path, folder: Path) -> float:
    from recp_audit.measure.layout import read_sample
    from recp_audit.model import Audit, Enterprise
    from recp_audit.services import measurements, records, series
    from recp_audit.store.db import create_workspace

    path = folder / f"w{time.perf_counter_ns()}.recp"
    workspace = create_workspace(path)
    enterprise = records.create(workspace, Enterprise, {"name": "Bench"})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "Bench"})
    point = measurements.add_point(workspace, audit, "Compressor")
    layout = read_sample(csv).layout
    started = time.perf_counter()
    series.import_series(workspace, point, csv, layout)
    elapsed = time.perf_counter() - started
    workspace.close()
    path.unlink()
    return elapsed


def pandas_once(csv: Path, with_times: bool = False) -> float:
    """pandas.read_csv alone; `with_times` also parses the timestamps, with the
    fastest pandas engine for it (pyarrow), as the import must."""
    import pandas

    options = ({"engine": "pyarrow", "parse_dates": [0], "date_format": "%d.%m.%Y %H:%M:%S"}
               if with_times else {})
    started = time.perf_counter()
    pandas.read_csv(csv, sep=";", decimal=",", **options)
    return time.perf_counter() - started


def read_once(csv: Path) -> float:
    """Our reader alone (parsed times and values, no statistics, compression or storage)."""
    from recp_audit.measure.importers import read_series
    from recp_audit.measure.layout import read_sample

    layout = read_sample(csv).layout
    started = time.perf_counter()
    read_series(csv, layout)
    return time.perf_counter() - started


def plot_times(rows: int) -> tuple[float, float]:
    import numpy as np
    from PySide6.QtWidgets import QApplication

    from recp_audit.gui.plots.series import SeriesPlot

    app = QApplication.instance() or QApplication([])
    times = 1_793_577_600_000 + np.arange(rows, dtype=np.int64) * 60_000
    values = 50 + 10 * np.sin(np.arange(rows) / 500) + np.random.default_rng(1).normal(0, 2, rows)
    started = time.perf_counter()
    plot = SeriesPlot()
    plot.resize(1200, 600)
    plot.set_series(times, [("P, kW", values), ("Q, kvar", values * 0.4)])
    plot.show()
    app.processEvents()
    plot.grab()
    first = time.perf_counter() - started
    middle = times[rows // 2] / 1000
    started = time.perf_counter()
    plot.plot.setXRange(middle - 3 * 86400, middle + 3 * 86400, padding=0)
    app.processEvents()
    plot.grab()
    zoom = time.perf_counter() - started
    plot.close()
    return first, zoom


def memory_child(csv: str) -> None:
    """In a fresh process: warm up on a tiny file, then report the RSS growth of an import."""
    folder = Path(tempfile.mkdtemp())
    tiny = folder / "tiny.csv"
    fixed_csv(tiny, 100)
    import_once(tiny, folder)
    before = _resident("VmRSS")
    import_once(Path(csv), folder)
    print(_resident("VmHWM") - before)


def _resident(field: str) -> int:
    """Resident set size (VmRSS) or its peak (VmHWM) in bytes. The peak is read
    from /proc rather than getrusage, whose ru_maxrss keeps the RSS of the
    forking parent across exec and so overstates a child's peak."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    folder = Path(tempfile.mkdtemp())
    csv = folder / "logger.csv"
    fixed_csv(csv, args.rows)
    print(f"file: {args.rows:,} rows, {csv.stat().st_size / 1e6:.1f} MB")
    import_once(csv, folder)  # warm up imports and caches
    ours = statistics.median(import_once(csv, folder) for _ in range(args.repeat))
    reading = statistics.median(read_once(csv) for _ in range(args.repeat))
    theirs = statistics.median(pandas_once(csv) for _ in range(args.repeat))
    dated = statistics.median(pandas_once(csv, with_times=True) for _ in range(args.repeat))
    print(f"import (read, statistics, compression, storage) {ours:6.3f} s, read alone "
          f"{reading:6.3f} s")
    print(f"  pandas.read_csv, times left as text  {theirs:6.3f} s: import {ours / theirs:4.2f}x, "
          f"read {reading / theirs:4.2f}x (target <= 1.5x)")
    print(f"  pandas.read_csv, times parsed        {dated:6.3f} s: import {ours / dated:4.2f}x, "
          f"read {reading / dated:4.2f}x")
    first, zoom = plot_times(args.rows)
    print(f"plot 1 M samples: first frame {first:6.3f} s (target <= 0.5 s), "
          f"redraw after zoom {zoom * 1000:5.1f} ms (target <= 50 ms)")
    grown = int(subprocess.run([sys.executable, __file__, "--memory-child", str(csv)],
                               capture_output=True, text=True, check=True).stdout.strip())
    raw = args.rows * 5 * 8
    print(f"import memory {grown / 1e6:7.1f} MB for {raw / 1e6:.1f} MB of float64 data: "
          f"{grown / raw:4.2f}x (target <= 4x)")


if __name__ == "__main__":
    main()
