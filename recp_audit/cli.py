"""`recp-audit` command line: opens the GUI, or runs a job headless.

    recp-audit                      open the GUI on the last workspace (or the default one)
    recp-audit F | --workspace F    open the GUI on F (file managers' "Open with")
    recp-audit --demo               open the GUI on a fresh demo workspace
    recp-audit info F [--json]      what a workspace holds
    recp-audit demo -o F [--experts] write the demo workspace (and two experts' copies)
    recp-audit import-series F --audit ID --point NAME SOURCE [--json]
                                    import a logger file and print its statistics
    recp-audit measurements F --audit ID [--json]
                                    measured values of an audit (calculator inputs)
    recp-audit import-baseline F TABLE --audit ID
                                    add a baseline table (XLSX/CSV)
    recp-audit options F --audit ID [--json]
                                    options, savings, money, CO2e and RECP indicators
    recp-audit report F --audit ID [--format pdf|xlsx|csv] [--kind self-diagnosis]
                      [--lang ru|en] -o OUT
    recp-audit report F --park ID [--format pdf|xlsx] [--lang ru|en] -o OUT
                                    the audit's report, workbook, or one table as csv
    recp-audit import-survey F SURVEY [--park ID | --new-park NAME] [--skip-bad-rows]
                      [--dry-run]   add a park's tenant survey (enterprises and streams)
    recp-audit symbiosis F [--park ID] [--include-external] [--top N] [--lang ru|en]
                      -o OUT.xlsx|csv|json|pdf
                                    run the matching; write the ranked candidates
    recp-audit merge TARGET SOURCE... [--dry-run] [--json]
                                    merge experts' files into TARGET (backup first; a
                                    receipt per source; conflicts kept for the lead)
    recp-audit export-audit F (--audit ID | --enterprise ID) -o OUT
                                    one audit (or an enterprise with its audits) as a
                                    small workspace to hand over; merging it back is a no-op
    recp-audit calc --list | NAME --help | NAME KEY=VALUE... [--json]
                                    run an engineering calculator

Every error is one clear line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from recp_audit import __version__
from recp_audit import settings as settings_store
from recp_audit.choices import ResourceArea
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.reports.catalog import message_text

EXIT_ERROR = 1
EXIT_USAGE = 2
WORKSPACE_SUFFIXES = (".sqlite", ".db")  # a name with these opens even when it is missing
OPTIONS_WITH_VALUE = ("--workspace", "--lang")


class _Parser(argparse.ArgumentParser):
    """Argparse whose usage errors are one line, not the whole usage text."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"recp-audit: {message} (see recp-audit --help)\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = _Parser(prog="recp-audit",
                     description="Offline RECP audits and industrial symbiosis.")
    parser.add_argument("--version", action="version", version=f"recp-audit {__version__}")
    parser.add_argument("--workspace", type=Path, metavar="PATH",
                        help="open this workspace file instead of the default one")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh copy of the demo workspace")
    parser.add_argument("--lang", choices=("ru", "en"), help="language of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    info = commands.add_parser("info", help="print what a workspace holds")
    info.add_argument("file", type=Path, metavar="FILE")
    info.add_argument("--json", action="store_true", help="print JSON")

    demo = commands.add_parser("demo", help="write the demo workspace to a file")
    demo.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    demo.add_argument("--force", action="store_true", help="replace FILE if it exists")
    demo.add_argument("--experts", action="store_true",
                      help="also write two experts' copies of the dairy's audit beside FILE "
                           "(dairy-energy.sqlite, dairy-water.sqlite) to try the merge")

    checklist = commands.add_parser(
        "import-checklist", help="turn a spreadsheet checklist (XLSForm-like) into a template")
    checklist.add_argument("file", type=Path, metavar="XLSX")
    checklist.add_argument("-o", "--output", type=Path, metavar="YAML",
                           help="where to write it (default: your checklist folder)")
    checklist.add_argument("--id", dest="template_id", help="template id (default: form_id)")
    checklist.add_argument("--area", choices=[a.value for a in ResourceArea])
    checklist.add_argument("--audience", choices=("expert", "self_diagnosis"))
    checklist.add_argument("--force", action="store_true", help="replace an existing file")
    series = commands.add_parser(
        "import-series", help="import a logger file (CSV, TSV, XLSX) into a measurement point")
    series.add_argument("file", type=Path, metavar="FILE", help="the workspace")
    series.add_argument("source", type=Path, metavar="SOURCE", help="the logger file")
    series.add_argument("--audit", required=True, metavar="ID", help="audit id")
    series.add_argument("--point", required=True, metavar="NAME",
                        help="measurement point (created when the audit has none of that name)")
    series.add_argument("--time-col", action="append", metavar="COLUMN",
                        help="time column by header or number; twice for date and time")
    series.add_argument("--channel", action="append", metavar="COLUMN=UNIT",
                        help="a channel to import, e.g. 'P, kW=kW' (repeat for more)")
    series.add_argument("--template", metavar="NAME", help="use a saved import template")
    series.add_argument("--save-template", metavar="NAME",
                        help="save the mapping used as an import template")
    series.add_argument("--instrument", metavar="SERIAL", help="serial of the instrument used")
    series.add_argument("--name", help="name of the series (default: the file name)")
    series.add_argument("--encoding", help="text encoding (default: detected)")
    series.add_argument("--delimiter", help="column separator (default: detected)")
    series.add_argument("--sheet", help="worksheet of an XLSX file (default: the first)")
    series.add_argument("--skip-bad-rows", action="store_true",
                        help="skip rows that cannot be read instead of stopping")
    series.add_argument("--json", action="store_true", help="print JSON")
    measured = commands.add_parser(
        "measurements", help="list an audit's measured values (reading means, series statistics)")
    measured.add_argument("file", type=Path, metavar="FILE")
    measured.add_argument("--audit", required=True, metavar="ID", help="audit id")
    measured.add_argument("--json", action="store_true", help="print JSON")
    table = commands.add_parser(
        "import-baseline", help="add a baseline table (XLSX/CSV, one row per resource and month)")
    table.add_argument("file", type=Path, metavar="FILE")
    table.add_argument("table", type=Path, metavar="TABLE")
    table.add_argument("--audit", required=True, metavar="ID", help="audit id")
    listed = commands.add_parser(
        "options", help="list an audit's options with savings, money and the RECP indicators")
    listed.add_argument("file", type=Path, metavar="FILE")
    listed.add_argument("--audit", required=True, metavar="ID", help="audit id")
    listed.add_argument("--json", action="store_true", help="print JSON")
    report = commands.add_parser(
        "report", help="write an audit's report (pdf), workbook (xlsx) or one table (csv)")
    report.add_argument("file", type=Path, metavar="FILE")
    whose = report.add_mutually_exclusive_group(required=True)
    whose.add_argument("--audit", metavar="ID", help="audit id")
    whose.add_argument("--park", metavar="ID", help="park id (the park report, pdf or xlsx)")
    report.add_argument("--format", choices=("pdf", "xlsx", "csv"), default="pdf")
    report.add_argument("--lang", choices=("ru", "en"), default="ru")
    report.add_argument("--kind", choices=("assessment", "self-diagnosis"),
                        default="assessment", help="which PDF report")
    report.add_argument("--table", default="options",
                        help="the table for csv: profile, baseline, readings, series, answers, "
                             "options, indicators, factors, streams")
    report.add_argument("--semicolon", action="store_true",
                        help="csv for Russian-locale Excel: ; and decimal comma")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    survey = commands.add_parser(
        "import-survey", help="add a park's tenant survey (XLSX/CSV, one row per stream; the "
                              "template is resources/templates/symbiosis_survey.xlsx)")
    survey.add_argument("file", type=Path, metavar="FILE")
    survey.add_argument("survey", type=Path, metavar="SURVEY")
    into = survey.add_mutually_exclusive_group()
    into.add_argument("--park", metavar="ID", help="the park the enterprises belong to")
    into.add_argument("--new-park", metavar="NAME", help="create this park for them")
    survey.add_argument("--skip-bad-rows", action="store_true",
                        help="import the good rows even when others have errors")
    survey.add_argument("--dry-run", action="store_true",
                        help="check the survey and say what would be added; write nothing")
    matched = commands.add_parser(
        "symbiosis", help="find, rank and explain industrial symbiosis candidates")
    matched.add_argument("file", type=Path, metavar="FILE")
    matched.add_argument("--park", metavar="ID", help="park id (default: every enterprise)")
    matched.add_argument("--include-external", action="store_true",
                         help="also match with enterprises outside the park")
    matched.add_argument("--top", type=int, metavar="N", help="keep the N best candidates")
    matched.add_argument("--lang", choices=("ru", "en"), default="ru")
    matched.add_argument("--semicolon", action="store_true",
                         help="csv for Russian-locale Excel: ; and decimal comma")
    matched.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                         help="OUT.xlsx, OUT.csv, OUT.pdf or OUT.json")
    merging = commands.add_parser(
        "merge", help="merge other workspace files into TARGET (a backup is made first)")
    merging.add_argument("target", type=Path, metavar="TARGET")
    merging.add_argument("sources", type=Path, nargs="+", metavar="SOURCE")
    merging.add_argument("--dry-run", action="store_true",
                         help="say what the merge would change; write nothing")
    merging.add_argument("--json", action="store_true", help="print the receipts as JSON")
    handing = commands.add_parser(
        "export-audit", help="write one audit, or an enterprise with its audits, as a small "
                             "workspace to hand over")
    handing.add_argument("file", type=Path, metavar="FILE")
    what = handing.add_mutually_exclusive_group(required=True)
    what.add_argument("--audit", metavar="ID", help="audit id")
    what.add_argument("--enterprise", metavar="ID", help="enterprise id (with its audits)")
    handing.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    publishing = commands.add_parser(
        "publish", help="push the workspace's versions to a team server (PostgreSQL)")
    publishing.add_argument("file", type=Path, metavar="FILE")
    publishing.add_argument("server", metavar="postgresql://USER@HOST/DB")
    publishing.add_argument("--json", action="store_true", help="print the report as JSON")
    pulling = commands.add_parser(
        "pull", help="bring a team server's data into the workspace for offline work")
    pulling.add_argument("file", type=Path, metavar="FILE",
                         help="the workspace to pull into (made when it does not exist)")
    pulling.add_argument("server", metavar="postgresql://USER@HOST/DB")
    scope = pulling.add_mutually_exclusive_group()
    scope.add_argument("--park", metavar="ID", help="only this park (default: everything)")
    scope.add_argument("--enterprise", metavar="ID", help="only this enterprise")
    pulling.add_argument("--json", action="store_true", help="print the report as JSON")
    setting_up = commands.add_parser(
        "server-init", help="set up or upgrade a team server's tables and roles (as its owner)")
    setting_up.add_argument("server", metavar="postgresql://OWNER@HOST/DB")
    account = commands.add_parser(
        "server-user", help="create a viewer or editor login on a team server (as its owner)")
    account.add_argument("server", metavar="postgresql://OWNER@HOST/DB")
    account.add_argument("name", metavar="NAME")
    account.add_argument("--role", choices=("viewer", "editor"), required=True)
    account.add_argument("--password-stdin", action="store_true",
                         help="read the new login's password from standard input")
    calc = commands.add_parser(
        "calc", add_help=False, help="run an engineering calculator (--list shows them)")
    calc.add_argument("name", nargs="?", metavar="NAME", help="calculator name")
    calc.add_argument("values", nargs="*", metavar="KEY=VALUE",
                      help="inputs with units, e.g. pressure=7 bar")
    calc.add_argument("--list", action="store_true", help="list the calculators")
    calc.add_argument("--json", action="store_true", help="print JSON")
    calc.add_argument("-h", "--help", action="store_true",
                      help="show the calculator's parameters (or this help)")
    calc.set_defaults(parser=calc)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands `parser` knows."""
    return {name for action in parser._actions
            if isinstance(action, argparse._SubParsersAction) for name in action.choices}


def file_as_workspace(argv: list[str], commands: set[str]) -> list[str]:
    """`recp-audit FILE`, as a desktop entry runs it, read as `--workspace FILE`: the first
    argument that is no option, when it is no command but a file (or a workspace name)."""
    skip = False
    for number, token in enumerate(argv):
        if skip or token.startswith("-"):
            skip = not skip and token in OPTIONS_WITH_VALUE
            continue
        if token in commands or not (Path(token).is_file()
                                     or Path(token).suffix.lower() in WORKSPACE_SUFFIXES):
            return argv
        return [*argv[:number], "--workspace", token, *argv[number + 1:]]
    return argv


def _audit_id(text: str):
    return _record_id(text, "audit")


def _record_id(text: str, kind: str):
    """The UUID `text` names; a clear message naming the kind when it is not one."""
    import uuid

    try:
        return uuid.UUID(text)
    except ValueError:
        template = {
            "audit": QT_TRANSLATE_NOOP(
                "Cli", "\"{text}\" is not an audit id (recp-audit info FILE lists them)"),
            "park": QT_TRANSLATE_NOOP(
                "Cli", "\"{text}\" is not a park id (recp-audit info FILE lists them)"),
            "enterprise": QT_TRANSLATE_NOOP(
                "Cli", "\"{text}\" is not an enterprise id (recp-audit info FILE lists them)"),
        }[kind]
        raise RecpError(Message("Cli", template, {"text": text})) from None


def _import_baseline(args: argparse.Namespace) -> int:
    from recp_audit.services.baseline_import import import_baseline
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.file)
    try:
        count = import_baseline(workspace, _audit_id(args.audit), args.table)
    finally:
        workspace.close()
    print(f"Imported {count} baseline rows from {args.table.name}")
    return 0


def _options(args: argparse.Namespace) -> int:
    from recp_audit.services.options_report import options_summary
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.file, read_only=True)
    try:
        summary = options_summary(workspace, _audit_id(args.audit))
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    currency = summary["currency"]
    for option in summary["options"]:
        money = option["money"]
        shown = "" if money is None else f"{'>= ' if option['partial'] else ''}" \
                                         f"{money:,.0f} {currency}/yr"
        unpriced = ", ".join(option["not_priced"])
        print(f"{option['status']:<12} {option['title'][:60]:<60} {shown}"
              + (f"  (not priced: {unpriced})" if unpriced else ""))
    for group in summary["groups"]:
        print(f"Group {group['name']}: {len(group['options'])} options, "
              f"{group['money_together']:,.0f} {currency}/yr applied in sequence "
              f"({group['money_alone']:,.0f} if each were alone)")
        for problem in group["problems"]:
            print(f"  {problem}")
    total = summary["totals"]
    print(f"Selected: {total['count']} options, {total['money']:,.0f} {currency}/yr, "
          f"investment {total['investment']:,.0f}, CO2e {total['co2e_t']:,.1f} t/yr")
    if total["not_priced"]:
        print(f"  Not priced (the money is a lower bound): {', '.join(total['not_priced'])}")
    for excess in total["above_baseline"]:
        saved, use = excess["saved"], excess["baseline"]
        print(f"  Warning: {excess['resource']} saved {saved['value']:,.0f} {saved['unit']}/yr "
              f"is more than the baseline use of {use['value']:,.0f} {use['unit']}/yr")
    for row in summary["indicators"]:
        print(f"  {row['key']:<11} before {row['before']} after {row['after']}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from recp_audit.services import reports
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.file, read_only=True)
    try:
        if args.park:
            if args.format == "csv":
                raise RecpError(Message("Cli", QT_TRANSLATE_NOOP(
                    "Cli", "the park report is pdf or xlsx, not csv")))
            path = reports.export_park(workspace, _record_id(args.park, "park"), args.output,
                                       args.lang, args.format)
            print(f"Written {path}")
            return 0
        audit = _audit_id(args.audit)
        if args.format == "pdf":
            path = reports.export_pdf(workspace, audit, args.output, args.lang, args.kind)
        elif args.format == "xlsx":
            path = reports.export_workbook(workspace, audit, args.output, args.lang)
        else:
            path = reports.export_csv(workspace, audit, args.table, args.output, args.lang,
                                      args.semicolon)
    finally:
        workspace.close()
    print(f"Written {path}")
    return 0


def _import_survey(args: argparse.Namespace) -> int:
    from recp_audit.services import survey_import
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.file)
    try:
        park = _record_id(args.park, "park") if args.park else \
            survey_import.park_named(workspace, args.new_park) if args.new_park else None
        plan = survey_import.check(workspace, args.survey, park)
        plan.new_park = args.new_park or ""
        language = args.language
        for problem in plan.problems:
            kind = message_text(Message("Cli", QT_TRANSLATE_NOOP("Cli", "error") if problem.error
                                        else QT_TRANSLATE_NOOP("Cli", "warning")), language)
            sys.stderr.write(f"{args.survey.name}: {kind}: "
                             f"{message_text(problem.described(), language)}\n")
        if args.dry_run:
            print(f"Would add {plan.new_enterprises} enterprises and import "
                  f"{len(plan.streams)} stream rows; {len(plan.errors)} rows have errors")
            return EXIT_ERROR if plan.errors else 0
        result = survey_import.apply(workspace, plan, args.skip_bad_rows)
    finally:
        workspace.close()
    print(f"Added {result.enterprises_created} enterprises ({result.enterprises_reused} "
          f"already there), {result.streams_added} streams, updated {result.streams_updated}; "
          f"{len(plan.errors)} rows skipped, {len(result.warnings)} warnings")
    return 0


def _symbiosis(args: argparse.Namespace) -> int:
    from recp_audit.services import symbiosis
    from recp_audit.services.reports import export_candidates
    from recp_audit.store.db import open_workspace

    if args.top is not None and args.top < 1:
        raise RecpError(Message("Cli", QT_TRANSLATE_NOOP("Cli", "--top must be 1 or more")))
    workspace = open_workspace(args.file)
    try:
        park = _record_id(args.park, "park") if args.park else None
        rows = symbiosis.run(workspace, park, args.include_external, args.top)
        path = export_candidates(workspace, park, args.output, args.lang,
                                 args.include_external, args.top, args.semicolon)
    finally:
        workspace.close()
    print(f"{len(rows)} candidates written to {path}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from recp_audit.services import merge
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.target)
    try:
        receipts = merge.merge(workspace, args.sources, dry_run=args.dry_run)
        open_conflicts = len(merge.conflicts(workspace))
    finally:
        workspace.close()
    if args.json:
        print(json.dumps([{"source": str(r.source), "source_id": r.source_id,
                           "dry_run": r.dry_run, "upgraded_from": r.upgraded_from,
                           **r.outcome.as_json()} for r in receipts],
                         ensure_ascii=False, indent=2))
        return 0
    verb = "would bring" if args.dry_run else "brought"
    for receipt in receipts:
        outcome = receipt.outcome
        print(f"{receipt.source.name} {verb} {outcome.versions} versions: "
              f"{outcome.total('new')} new, {outcome.total('fast_forwarded')} fast-forwarded, "
              f"{outcome.total('merged')} merged automatically, "
              f"{outcome.total('conflicts')} with conflicts")
        for entity, counts in outcome.as_json()["entities"].items():
            print(f"  {entity}: " + ", ".join(f"{kind.replace('_', ' ')} {count}"
                                              for kind, count in counts.items() if count))
        for refused in outcome.rejected:
            named = f" ({refused.label})" if refused.label else ""
            print(f"  refused {refused.entity} {refused.entity_id}{named}: {refused.reason}")
    if not args.dry_run:
        print(f"Open conflicts in {args.target.name}: {open_conflicts}")
    return 0


def _export_audit(args: argparse.Namespace) -> int:
    from recp_audit.services.handover import export_audit
    from recp_audit.store.db import open_workspace

    if args.output.exists():
        raise RecpError(Message("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} already exists; choose another name"), {"path": str(args.output)}))
    workspace = open_workspace(args.file, read_only=True)
    try:
        enterprise = _record_id(args.enterprise, "enterprise") if args.enterprise else None
        path = export_audit(workspace, args.output,
                            _audit_id(args.audit) if args.audit else None, enterprise)
    finally:
        workspace.close()
    print(f"Written {path}")
    return 0


def _with_password(action):
    """Run `action(password)`; when the server asks for a password, ask on the terminal
    (or take $PGPASSWORD / ~/.pgpass, which the driver reads itself)."""
    import getpass

    from recp_audit.server.connect import PasswordNeeded

    try:
        return action(None)
    except PasswordNeeded as exc:
        if not sys.stdin.isatty():
            raise
        return action(getpass.getpass(f"{exc}: "))


def _print_sync(report, args: argparse.Namespace, verb: str) -> None:
    moved = report.transfer
    if args.json:
        print(json.dumps({"server": report.server, "server_id": report.server_id,
                          "rows_in_scope": report.rows_in_scope,
                          "private_kept_off": report.kept_off, "withdrawn": report.withdrawn,
                          "private_still_on_server": report.still_there,
                          "repaired": report.repaired,
                          "blobs": moved.blobs, **moved.outcome.as_json(),
                          "rejected": [{"entity": r.entity, "id": str(r.entity_id),
                                        "reason": r.reason} for r in moved.rejected]},
                         ensure_ascii=False, indent=2))
        return
    outcome = moved.outcome
    print(f"{verb} {outcome.versions} versions ({report.rows_in_scope} rows compared): "
          f"{outcome.total('new')} new, {outcome.total('fast_forwarded')} fast-forwarded, "
          f"{outcome.total('merged')} merged automatically, "
          f"{outcome.total('conflicts')} with conflicts; {moved.blobs} photos or series files")
    if report.kept_off:
        print(f"Private enterprises kept off the server: {report.kept_off}")
    if report.withdrawn:
        print(f"Withdrawn from the server, private now: {', '.join(report.withdrawn)}")
    if report.still_there:
        print("Still on the server though private here (another login published them; ask "
              f"the server's administrator to withdraw them): {', '.join(report.still_there)}")
    if report.repaired:
        print(f"Damaged versions on the server replaced by good copies: {report.repaired}")
    for rejected in moved.rejected:
        print(f"  refused {rejected.entity} {rejected.entity_id}: {rejected.reason}")


def _publish(args: argparse.Namespace) -> int:
    from recp_audit.services import server
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.file, read_only=True)
    try:
        report = _with_password(lambda password: server.publish(workspace, args.server,
                                                                password))
    finally:
        workspace.close()
    _print_sync(report, args, f"Published to {report.server}:")
    return 0


def _pull(args: argparse.Namespace) -> int:
    from recp_audit.services import merge, server
    from recp_audit.store.db import open_workspace

    park = _record_id(args.park, "park") if args.park else None
    enterprise = _record_id(args.enterprise, "enterprise") if args.enterprise else None
    if args.file.exists():
        workspace = open_workspace(args.file)
        try:
            report = _with_password(lambda password: server.pull(
                workspace, args.server, password, park_id=park, enterprise_id=enterprise))
        finally:
            workspace.close()
    else:  # a new file appears only when the pull succeeds
        report = _with_password(lambda password: server.pull_new(
            args.file, args.server, password, park_id=park, enterprise_id=enterprise))
    workspace = open_workspace(args.file, read_only=True)
    try:
        open_conflicts = len(merge.conflicts(workspace))
    finally:
        workspace.close()
    _print_sync(report, args, f"Pulled from {report.server}:")
    if not args.json:
        print(f"Open conflicts in {args.file.name}: {open_conflicts}")
    return 0


def _server_init(args: argparse.Namespace) -> int:
    from recp_audit.server.connect import init_server, server_url

    server_id = _with_password(lambda password: init_server(server_url(args.server, password)))
    print(f"The server is ready (id {server_id}); roles recp_viewer and recp_editor exist")
    return 0


def _server_user(args: argparse.Namespace) -> int:
    import getpass

    from recp_audit.server.connect import add_user, server_url

    secret = sys.stdin.readline().rstrip("\n") if args.password_stdin else \
        getpass.getpass(f"Password for the new login {args.name}: ")
    if not secret:
        raise RecpError(Message("Cli", QT_TRANSLATE_NOOP(
            "Cli", "the new login needs a password"), {}))
    _with_password(lambda password: add_user(server_url(args.server, password), args.name,
                                             secret, args.role))
    print(f"{args.name} can now log in as a {args.role}")
    return 0


def _calc(args: argparse.Namespace) -> int:
    from recp_audit.services import calc_cli

    if args.list:
        print(calc_cli.list_text())
        return 0
    if args.help or not args.name:
        print(calc_cli.help_text(args.name) if args.name else args.parser.format_help())
        return 0 if args.help else EXIT_USAGE
    result = calc_cli.run(args.name, args.values)
    print(json.dumps(result.as_json(), ensure_ascii=False, indent=2) if args.json
          else calc_cli.result_text(result, args.language))
    return 0


def _info(args: argparse.Namespace) -> int:
    from recp_audit.services.info import format_info, workspace_info
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.file, read_only=True)
    try:
        info = workspace_info(workspace)
    finally:
        workspace.close()
    print(json.dumps(info, ensure_ascii=False, indent=2) if args.json else format_info(info))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from recp_audit.services.demo import write_demo

    workspace = write_demo(args.output, replace=args.force)
    try:
        print(f"Demo workspace written to {args.output}")
        if args.experts:
            from recp_audit.services.demo_experts import write_expert_files

            for path in write_expert_files(workspace, args.output.parent):
                print(f"Expert's copy written to {path}")
    finally:
        workspace.close()
    return 0


def _import_checklist(args: argparse.Namespace) -> int:
    from recp_audit.services.templates import import_xlsform

    template, path = import_xlsform(args.file, args.output, args.template_id, args.area,
                                    args.audience, replace=args.force)
    print(f"Imported «{template.title.en}» ({len(template.items)} items, version "
          f"{template.version}) to {path}")
    return 0


def _import_series(args: argparse.Namespace) -> int:
    from recp_audit.services.series_cli import import_from_command_line

    result = import_from_command_line(args)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"Imported {result['count']} samples ({result['start']} – {result['end']}, every "
          f"{result['interval_s']:g} s) into «{result['point']}»")
    from recp_audit.services.series import issue_messages

    for issue in issue_messages(result["issues"]):
        print(f"  {message_text(issue, args.language)}")
    for channel in result["channels"]:
        unit = channel["unit"]
        parts = [f"{key} {channel[key]:.6g}" for key in ("min", "mean", "max")
                 if channel.get(key) is not None]
        if channel.get("energy") is not None:
            parts.append(f"energy {channel['energy']:.6g} kWh")
        print(f"  {channel['name']} [{unit}]: n={channel['count']}, " + ", ".join(parts))
    return 0


def _measurements(args: argparse.Namespace) -> int:
    import dataclasses
    import uuid

    from recp_audit.services.measurements import measured_values
    from recp_audit.store.db import open_workspace

    workspace = open_workspace(args.file, read_only=True)
    try:
        values = measured_values(workspace, uuid.UUID(args.audit))
    except ValueError:
        sys.stderr.write(f"recp-audit: \"{args.audit}\" is not an audit id\n")
        return EXIT_ERROR
    finally:
        workspace.close()
    if args.json:
        print(json.dumps([dataclasses.asdict(v) for v in values], ensure_ascii=False, indent=2))
        return 0
    for value in values:
        flag = "  [calibration overdue]" if value.calibration_overdue else ""
        print(f"{value.point} | {value.source} | {value.quantity} {value.statistic}: "
              f"{value.value:.6g} {value.unit}{flag}")
    return 0


def _gui(args: argparse.Namespace) -> int:
    from recp_audit.gui.app import run

    return run(workspace=args.workspace, demo=args.demo, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(file_as_workspace(argv, command_names(parser)))
    settings = settings_store.load()
    settings_store.apply(settings)
    args.language = settings.language  # of messages and captions on the command line
    handler = {"info": _info, "demo": _demo,
               "import-checklist": _import_checklist, "import-series": _import_series,
               "measurements": _measurements, "calc": _calc,
               "import-baseline": _import_baseline, "options": _options,
               "report": _report, "import-survey": _import_survey,
               "symbiosis": _symbiosis, "merge": _merge,
               "export-audit": _export_audit, "publish": _publish, "pull": _pull,
               "server-init": _server_init, "server-user": _server_user}.get(args.command, _gui)
    try:
        return handler(args)
    except RecpError as exc:
        return _fail(exc.message, settings.language)
    except KeyboardInterrupt:
        return _fail(Message("Cli", QT_TRANSLATE_NOOP("Cli", "interrupted")), settings.language)
    except BrokenPipeError:  # the reader stopped early (recp-audit info F | head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - one line for the user, traceback on request
        from recp_audit import failures

        if os.environ.get("RECP_AUDIT_DEBUG"):
            raise
        if failures.is_internal(exc):
            return _fail(Message("Cli", QT_TRANSLATE_NOOP(
                "Cli", "internal fault: {kind}: {text} (set RECP_AUDIT_DEBUG=1 to see the "
                       "details)"), {"kind": type(exc).__name__,
                                     "text": str(exc).splitlines()[0][:300] if str(exc)
                                     else ""}), settings.language)
        return _fail(failures.describe(exc, getattr(args, "file", None)
                                       or getattr(args, "target", None)), settings.language)


def _fail(message: Message, language: str) -> int:
    """Print `message` as the one line of an error on stderr; the exit status."""
    text = " ".join(message_text(message, language).split())
    try:
        sys.stderr.write(f"recp-audit: {text}\n")
    except (BrokenPipeError, ValueError):
        pass
    return EXIT_ERROR
