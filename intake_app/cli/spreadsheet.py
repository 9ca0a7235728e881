"""`records import FILE.csv|FILE.xlsx`: the spreadsheet import without a window.

Without `--mapping`, only what maps by itself is used (a header that is a field's name or label in any
of the four languages, a cell that is a taxonomy key or label); anything else is an error naming its
column. The mapping used is printed, ready to save and pass back with `--mapping`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from intake_app.cli.common import CliError, ask_yes, opened, progress_printer, read_input
from intake_app.i18n import P_, _
from intake_app.spreadsheet.plan import Problem

MAX_MAPPING_BYTES = 4 << 20
PREVIEW_LINES = 10


def import_spreadsheet(args: argparse.Namespace) -> int:
    from intake_app.spreadsheet.cleanup import SSD_WARNING, delete_plain_file
    from intake_app.spreadsheet.importer import describe_added, run_import
    from intake_app.spreadsheet.mapping import Mapping
    from intake_app.spreadsheet.plan import make_plan
    from intake_app.spreadsheet.reading import read_spreadsheet

    path = Path(args.file)
    mapping = Mapping()
    if args.mapping:
        raw = read_input(args.mapping, MAX_MAPPING_BYTES)
        if len(raw) > MAX_MAPPING_BYTES:
            raise CliError(_("The mapping file is too large."))
        try:
            mapping = Mapping.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise CliError(_("The mapping file is not UTF-8 text.")) from exc
    if args.import_type:
        mapping.record_type = args.import_type
    sheet = read_spreadsheet(path, encoding=args.encoding)
    if sheet.encoding:
        print(_("Read as {encoding} text.").format(encoding=sheet.encoding), file=sys.stderr)
    plan = make_plan(sheet, mapping)
    if plan.problems:
        _print_problems(plan.problems)
        return 2
    with opened(args) as vault:
        report = run_import(vault, plan, dry_run=args.dry_run, progress=progress_printer(args.verbose))
    print(_("Mapping used (save it as a .json file to reuse it with --mapping):"))
    print(plan.mapping.dumps(), end="")
    if report.identifying_columns:
        print(_("Identifying columns (they name or locate a person): {columns}").format(
            columns=", ".join(report.identifying_columns)))
    if report.problems:
        _print_problems(report.problems)
        return 2
    if args.dry_run:
        for record in report.preview[:PREVIEW_LINES]:
            shown = "; ".join(f"{label}: {value}" for label, value in record.fields)
            print(_("Row {n} ({type}): {fields}").format(n=record.row, type=record.record_type, fields=shown))
        print(_("Dry run: every row can be imported; nothing was written."))
        print(describe_added(report.added, dry_run=True))
        return 0
    print(describe_added(report.added))
    print(_(SSD_WARNING), file=sys.stderr)
    if sys.stdin.isatty() and ask_yes(_("Delete {path} now? [y/N]").format(path=path)):
        delete_plain_file(path)
        print(_("The spreadsheet was deleted."), file=sys.stderr)
    return 0


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem.text(), file=sys.stderr)
    print(P_("{n} problem; nothing was written.", "{n} problems; nothing was written.", len(problems)).format(
        n=len(problems)), file=sys.stderr)
