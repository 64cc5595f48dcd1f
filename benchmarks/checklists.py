"""Checklist page speed: opening a 300-item checklist and answering one item.

1. Opening the answering page of a 300-item checklist until it is shown.
   Target < 0.3 s; printed with the ratio to filling a bare QTreeView with the
   same 300 labels (the floor for any item list).
2. Answering an item (validate, store in SQLite with its version, update the row,
   progress and skip logic). Printed with the ratio to a bare sqlite3 UPDATE and
   commit on the same file; the page and its model must not be rebuilt. Target
   <= 30 ms with the journal the workspace uses (printed: a rollback journal keeps
   the main file complete after each commit; WAL measured 14.9 ms, rollback 17.6-18.3 ms).

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/checklists.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def big_template():
    """A valid 300-item template: 15 sections of 20 items of every type."""
    from recp_audit.checklists.loader import parse_yaml
    from recp_audit.services.templates import _Dumper

    import yaml

    sections = []
    for s in range(15):
        items = []
        for i in range(20):
            item = {"id": f"s{s}i{i}", "label": {"ru": f"Вопрос {s}.{i} о ресурсах",
                                                 "en": f"Question {s}.{i} on resources"},
                    "guidance": {"ru": "Проверьте на месте.", "en": "Check on site."}}
            if i % 5 == 3:
                item.update(type="number", unit="bar", finding={"above": 7})
            elif i % 5 == 4:
                item.update(type="single", choices=[
                    {"value": "a", "label": {"ru": "А", "en": "A"}, "score": 1},
                    {"value": "b", "label": {"ru": "Б", "en": "B"}, "score": 0}])
            if i % 7 == 6:
                item["show_if"] = {"item": f"s{s}i0", "answer": ["no"]}
            items.append(item)
        sections.append({"id": f"sec{s}", "title": {"ru": f"Раздел {s}", "en": f"Section {s}"},
                         "items": items})
    data = {"id": "bench.big", "version": 1, "area": "energy", "audience": "expert",
            "title": {"ru": "Большой", "en": "Big"}, "sections": sections}
    return parse_yaml(yaml.dump(data, Dumper=_Dumper, allow_unicode=True), "big.yaml")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTreeView

    app = QApplication([])
    from recp_audit.gui.pages.checklist import ChecklistPage
    from recp_audit.model import Audit, Enterprise
    from recp_audit.services import checklists, records
    from recp_audit.store.db import create_workspace

    folder = Path(tempfile.mkdtemp())
    workspace = create_workspace(folder / "bench.sqlite")
    enterprise = records.create(workspace, Enterprise, {"name": "Bench"})
    audit = records.create(workspace, Audit, {"enterprise_id": enterprise, "title": "Bench"})
    template = big_template()
    [checklist_id] = checklists.attach(workspace, audit, [template])
    labels = [item.label.ru for item in template.items]

    def bare() -> float:
        start = time.perf_counter()
        model = QStandardItemModel()
        for text in labels:
            model.appendRow([QStandardItem(text), QStandardItem(""), QStandardItem("")])
        view = QTreeView()
        view.setModel(model)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        elapsed = time.perf_counter() - start
        view.close()
        return elapsed

    def page_open() -> tuple[float, ChecklistPage]:
        start = time.perf_counter()
        page = ChecklistPage(workspace, checklist_id, "ru")
        page.resize(1100, 700)
        page.show()
        app.processEvents()
        return time.perf_counter() - start, page

    page_open()[1].close()  # warm up: imports, pint registry, template library
    bare_times = [bare() for _ in range(args.repeat)]
    open_times = []
    for _ in range(args.repeat):
        elapsed, page = page_open()
        open_times.append(elapsed)
        page.close()
    bare_open, opened = statistics.median(bare_times), statistics.median(open_times)
    print(f"open 300-item checklist: {opened:.3f} s (target < 0.3 s), "
          f"{opened / bare_open:.1f}x a bare 300-row tree ({bare_open:.3f} s)")

    _, page = page_open()
    model_before, row_count = page.model, page.model.rowCount()
    answer_times = []
    for number, item in enumerate(template.items[:60]):
        page.select(item.id)
        start = time.perf_counter()
        if item.type == "number":
            page.answer(number="6,5")
        elif item.type == "single":
            page.answer(choices=("a",))
        else:
            page.answer(status="yes" if number % 2 else "no")
        app.processEvents()
        answer_times.append(time.perf_counter() - start)
    rebuilt = page.model is not model_before or page.model.rowCount() != row_count
    page.close()
    workspace.close()

    connection = sqlite3.connect(folder / "bench.sqlite", isolation_level=None)
    journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
    sql_times = []
    for number in range(60):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("UPDATE checklist_answer SET note=? WHERE rowid=?",
                           (f"n{number}", number % 10 + 1))
        connection.execute("COMMIT")
        sql_times.append(time.perf_counter() - start)
    connection.close()
    answered, sql = statistics.median(answer_times), statistics.median(sql_times)
    print(f"answer one item ({journal} journal): {answered * 1000:.1f} ms median "
          f"(target <= 30 ms), "
          f"{answered / sql:.0f}x a bare sqlite3 update+commit ({sql * 1000:.2f} ms); "
          f"page rebuilt: {'YES' if rebuilt else 'no'}")


if __name__ == "__main__":
    main()
