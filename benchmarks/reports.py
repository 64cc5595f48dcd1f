"""Report speed on the demo workspace (the dairy's audit).

Prints the full assessment PDF time (target <= 3 s), the workbook time (target <= 1 s),
and the PDF time as a ratio to a bare reportlab document with the same number of
pages and tables, measured in the same run.

Run:  python benchmarks/reports.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def bare_document(path: Path, pages: int, rows: list[int], columns: int = 5) -> float:
    """A plain reportlab document: one plain-text table per entry of `rows` (that many
    rows of `columns` cells, the same embedded font), spread over `pages` pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    from recp_audit.reports.pdf_assessment import FONT, register_fonts

    register_fonts()
    started = time.perf_counter()
    story = []
    for count in rows:
        story.append(Table([[f"ячейка {r}.{c}" for c in range(columns)] for r in range(count)],
                           style=[("FONTNAME", (0, 0), (-1, -1), FONT),
                                  ("FONTSIZE", (0, 0), (-1, -1), 7.8)], repeatRows=1))
    story += [PageBreak()] * max(0, pages - len(story))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import pypdf
    import sqlalchemy as sa

    from recp_audit.model import Audit, Enterprise
    from recp_audit.services import reports
    from recp_audit.services.demo import write_demo

    folder = Path(tempfile.mkdtemp())
    workspace = write_demo(folder / "demo.sqlite")
    with workspace.session() as session:
        audit = session.scalar(sa.select(Audit.id).join(Enterprise).where(
            Enterprise.nace_code == "10.51"))
    reports.export_pdf(workspace, audit, folder / "warm.pdf", "ru")  # fonts, imports

    def timed(work) -> float:
        started = time.perf_counter()
        work()
        return time.perf_counter() - started
    pdf = statistics.median(timed(lambda: reports.export_pdf(
        workspace, audit, folder / "report.pdf", "ru")) for _ in range(args.repeat))
    book = statistics.median(timed(lambda: reports.export_workbook(
        workspace, audit, folder / "book.xlsx", "ru")) for _ in range(args.repeat))
    from recp_audit.reports.tables import audit_tables

    pages = len(pypdf.PdfReader(folder / "report.pdf").pages)
    rows = [len(table.rows) + 1 for table in audit_tables(workspace, audit, "ru")]
    bare = statistics.median(bare_document(folder / "bare.pdf", pages, rows)
                             for _ in range(args.repeat))
    print(f"assessment PDF ({pages} pages): {pdf:6.3f} s (target <= 3 s); bare reportlab "
          f"document with the same {len(rows)} tables ({sum(rows)} rows): {bare:6.3f} s, "
          f"ratio {pdf / bare:4.1f}x")
    print(f"workbook: {book:6.3f} s (target <= 1 s)")


if __name__ == "__main__":
    main()
