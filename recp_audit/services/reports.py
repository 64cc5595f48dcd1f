"""Build an audit's, a park's or a candidate list's report, workbook, CSV or JSON and
write it safely: to a temporary name in
the target folder first, renamed at the end, so a failed or cancelled export never
leaves a half-written file or replaces a good one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from recp_audit.leftovers import readable_by_all, remove_stale, temporary_name
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.progress import Progress
from recp_audit.store.db import Workspace

TABLE_KEYS = ("profile", "baseline", "readings", "series", "answers", "options", "indicators",
              "factors", "streams")


class ReportError(RecpError):
    """A report that cannot be written where asked; the message says why."""


def _error(template: str, **params) -> ReportError:
    return ReportError(Message("Reports", template, params))


def write_safely(path: Path, write: Callable[[Path], None]) -> Path:
    """Run `write(temporary)` in `path`'s folder and rename the result to `path` (with
    the permissions of a new file); the temporary file never outlives a failure."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise _error(QT_TRANSLATE_NOOP("Reports", "the folder {folder} does not exist"),
                     folder=str(folder))
    remove_stale(folder)
    temporary = temporary_name(folder / path.name)
    try:
        temporary.touch(exist_ok=False)
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("Reports", "cannot write in {folder}: {reason}"),
                     folder=str(folder), reason=exc.strerror or str(exc)) from None
    try:
        write(temporary)
        readable_by_all(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("Reports", "cannot write {file}: {reason}"),
                     file=str(path), reason=exc.strerror or str(exc)) from None
    finally:
        temporary.unlink(missing_ok=True)
    return path


def export_workbook(workspace: Workspace, audit_id: uuid.UUID, path: Path, language: str,
                    progress: Progress | None = None) -> Path:
    """The audit's tables as an Excel workbook at `path`."""
    from recp_audit.reports.tables import audit_tables
    from recp_audit.reports.workbook import write_workbook

    progress = progress or Progress()
    progress(0.05)
    tables = audit_tables(workspace, audit_id, language)
    progress(0.6)
    written = write_safely(path, lambda target: write_workbook(tables, target, language))
    progress(1.0)
    return written


def export_pdf(workspace: Workspace, audit_id: uuid.UUID, path: Path, language: str,
               kind: str = "assessment", progress: Progress | None = None) -> Path:
    """The audit's assessment or self-diagnosis report as PDF at `path`."""
    from recp_audit.reports.pdf_assessment import build_assessment_pdf
    from recp_audit.reports.pdf_self_diagnosis import build_self_diagnosis_pdf

    build = {"assessment": build_assessment_pdf,
             "self-diagnosis": build_self_diagnosis_pdf}.get(kind)
    if build is None:
        raise _error(QT_TRANSLATE_NOOP("Reports", "there is no report kind \"{kind}\" "
                                                  "(kinds: assessment, self-diagnosis)"),
                     kind=kind)
    return write_safely(path, lambda target: build(workspace, audit_id, str(target), language,
                                                   progress))


def export_csv(workspace: Workspace, audit_id: uuid.UUID, table: str, path: Path,
               language: str, russian_excel: bool = False) -> Path:
    """One of the audit's tables as CSV at `path`."""
    from recp_audit.reports import tables as report_tables
    from recp_audit.reports.csv_tables import write_csv

    if table not in TABLE_KEYS:
        raise _error(QT_TRANSLATE_NOOP("Reports", "there is no table \"{table}\" (tables: "
                                                  "{tables})"),
                     table=table, tables=", ".join(TABLE_KEYS))
    chosen = getattr(report_tables, table)(workspace, audit_id, language)
    return write_safely(path, lambda target: write_csv(chosen, target, russian_excel))


def export_park(workspace: Workspace, park_id: uuid.UUID, path: Path, language: str,
                report_format: str = "pdf", progress: Progress | None = None) -> Path:
    """The park report as PDF or workbook at `path`."""
    from recp_audit.reports.park import build_park_pdf, park_tables
    from recp_audit.reports.workbook import write_workbook

    if report_format == "pdf":
        return write_safely(path, lambda target: build_park_pdf(
            workspace, park_id, str(target), language, progress))
    tables = park_tables(workspace, park_id, language)
    return write_safely(path, lambda target: write_workbook(tables, target, language))


CANDIDATE_FORMATS = (".xlsx", ".csv", ".pdf", ".json")


def export_candidates(workspace: Workspace, park_id: uuid.UUID | None, path: Path,
                      language: str, include_external: bool = False, top: int | None = None,
                      russian_excel: bool = False) -> Path:
    """The park's symbiosis candidates (with their stored statuses) at `path`: a workbook
    with the candidates and the streams, a CSV, a PDF, or JSON for a by-product
    platform, by the file's suffix."""
    import json

    from recp_audit.model import Park
    from recp_audit.reports import symbiosis as report
    from recp_audit.reports.csv_tables import write_csv
    from recp_audit.reports.workbook import write_workbook
    from recp_audit.services import symbiosis

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CANDIDATE_FORMATS:
        raise _error(QT_TRANSLATE_NOOP("Reports", "{file}: the candidate list is written as "
                                                  ".xlsx, .csv, .pdf or .json"), file=path.name)
    park = None
    if park_id is not None:
        with workspace.session() as session:
            found = session.get(Park, park_id)
            if found is None or found.deleted:
                raise _error(QT_TRANSLATE_NOOP("Reports", "the park {park} does not exist"),
                             park=str(park_id))
            park = {"id": str(found.id), "name": found.name}
    rows = symbiosis.match(workspace, park_id, include_external, top)
    if suffix == ".json":
        content = json.dumps(report.candidates_json(rows, park), ensure_ascii=False, indent=2)
        return write_safely(path, lambda target: target.write_text(content, encoding="utf-8"))
    if suffix == ".pdf":
        title = park["name"] if park else workspace.path.stem
        return write_safely(path, lambda target: report.build_candidates_pdf(
            rows, title, str(target), language))
    table = report.candidate_table(rows, language)
    if suffix == ".csv":
        return write_safely(path, lambda target: write_csv(table, target, russian_excel))
    tables = [table, report.stream_table(symbiosis.streams(workspace, park_id), language)]
    return write_safely(path, lambda target: write_workbook(tables, target, language))
