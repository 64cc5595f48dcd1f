"""`recp-audit import-series`: find the audit, point and instrument, import, summarise."""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from recp_audit.messages import QT_TRANSLATE_NOOP, Message, NotFoundError, RecpError
from recp_audit.model import Audit
from recp_audit.services import import_templates, measurements, records, series
from recp_audit.store.db import open_workspace


def import_from_command_line(args: argparse.Namespace) -> dict[str, Any]:
    """Import `args.source` as the command line asks; the result as JSON-ready data."""
    from recp_audit.measure.importers import headers_of

    try:
        audit_id = uuid.UUID(args.audit)
    except ValueError:
        raise RecpError(Message("SeriesImport", QT_TRANSLATE_NOOP(
            "SeriesImport", "\"{value}\" is not an audit id"), {"value": args.audit})) from None
    layout = series.plan_layout(
        args.source, time_columns=args.time_col, channels=args.channel,
        template=args.template, encoding=args.encoding, delimiter=args.delimiter,
        sheet=args.sheet, skip_bad_rows=args.skip_bad_rows)
    workspace = open_workspace(args.file)
    try:
        records.values_of(workspace, Audit, audit_id)
        instrument_id = _instrument(workspace, args.instrument) if args.instrument else None
        point_id = measurements.point_named(workspace, audit_id, args.point)
        series_id = series.import_series(
            workspace, point_id, args.source, layout, name=args.name or "",
            instrument_id=instrument_id, template=args.template or args.save_template or "",
            new_point={"audit_id": audit_id, "name": args.point})
        info = series.series_info(workspace, series_id)
    finally:
        workspace.close()
    if args.save_template:
        import_templates.save_template(args.save_template, layout,
                                       headers_of(args.source, layout))
    return {
        "series_id": str(info.id), "point": args.point, "name": info.name,
        "start": info.start.isoformat(sep=" "), "end": info.end.isoformat(sep=" "),
        "count": info.count, "interval_s": info.interval_s, "instrument": info.instrument,
        "calibration_overdue": info.calibration_overdue, "issues": info.issues,
        "channels": [{"name": c.name, "unit": c.unit, "quantity": c.quantity, **c.stats}
                     for c in info.channels],
    }


def _instrument(workspace, serial: str) -> uuid.UUID:
    for info in measurements.instruments(workspace):
        if info.instrument.serial.strip() == serial.strip():
            return info.id
    raise NotFoundError(Message("SeriesImport", QT_TRANSLATE_NOOP(
        "SeriesImport", "no instrument with serial {serial} in the register"),
        {"serial": serial}))
