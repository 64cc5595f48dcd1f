"""Text stored before the checks existed (a NUL in a name, 400 characters) never stops
a workbook or a PDF: control characters are dropped or shown as U+FFFD."""

from __future__ import annotations

import openpyxl
import sqlalchemy as sa

from recp_audit.model import Audit, Enterprise
from recp_audit.services import reports


def test_a_nul_and_a_huge_name_stored_earlier_still_make_reports(demo, tmp_path):
    with demo.transaction() as session:
        firm = session.scalar(sa.select(Enterprise).where(Enterprise.nace_code == "10.51"))
        firm.name = "Молочный\x00завод\x01 " + "Ж" * 400  # 300 at most in the forms
        audit = session.scalar(sa.select(Audit.id).where(Audit.enterprise_id == firm.id))
    book = openpyxl.load_workbook(reports.export_workbook(demo, audit, tmp_path / "a.xlsx",
                                                          "ru"))
    texts = [c for sheet in book for row in sheet.iter_rows(values_only=True) for c in row
             if isinstance(c, str) and c.startswith("Молочный")]
    assert texts and all("\x00" not in t and len(t) <= 32_767 for t in texts)
    assert reports.export_pdf(demo, audit, tmp_path / "a.pdf", "ru").stat().st_size > 10_000
