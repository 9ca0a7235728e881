"""Records without a window: `records import`, `records count`, `records search`, `records attach`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from intake_app.cli.common import CliError, ask_yes, command, new_output, opened, progress_printer, write_new_file
from intake_app.i18n import P_, _

RECORD_TYPES = ("case", "aid", "testimony", "attachment")
SPREADSHEET_SUFFIXES = (".csv", ".xlsx")
_FACETS = ("category", "violation", "province", "situation", "consent")
_FACET_KEYS = {"category": "aid_category"}


def register(sub: Any) -> None:
    records = command(sub, "records", _("import, count and search records"))
    rsub = records.add_subparsers(dest="records_command", metavar=_("ACTION"), required=True)
    imp = command(rsub, "import", _("import records from a JSON Lines file or a spreadsheet, all or nothing"))
    imp.add_argument("file", metavar=_("FILE"),
                     help=_("FILE.jsonl (one record per line; - for standard input), FILE.csv or FILE.xlsx"))
    imp.add_argument("--type", dest="import_type", choices=("case", "aid", "testimony"),
                     help=_("spreadsheets: the kind of records of a sheet that does not say"))
    imp.add_argument("--mapping", metavar=_("FILE.json"),
                     help=_("spreadsheets: a saved mapping of columns and values (as printed by an import)"))
    imp.add_argument("--dry-run", action="store_true",
                     help=_("spreadsheets: check every row and show a preview; write nothing"))
    imp.add_argument("--encoding", metavar=_("NAME"),
                     help=_("CSV: the text encoding, e.g. utf-8, cp949, shift_jis or gb18030"))
    imp.set_defaults(handler=cmd_records_import)
    cnt = command(rsub, "count", _("count the records in the vault"))
    cnt.add_argument("--type", choices=RECORD_TYPES)
    cnt.set_defaults(handler=cmd_records_count)
    srch = command(rsub, "search", _("search the records (full text and filters)"))
    srch.add_argument("query", nargs="?", default="", help=_("words to find (all must match)"))
    srch.add_argument("--type", action="append", choices=RECORD_TYPES)
    srch.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    srch.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    for facet, help_text in (("category", _("aid category, e.g. food")),
                             ("violation", _("violation type, e.g. torture")),
                             ("province", _("province key, e.g. north_hamgyong or jilin")),
                             ("situation", _("case situation, e.g. in_hiding_china")),
                             ("consent", _("consent in force, e.g. un_mechanisms")),
                             ("reliability", _("source reliability a-f (A-F scale), e.g. b")),
                             ("credibility", _("information credibility c1-c6 (1-6 scale), e.g. c2"))):
        srch.add_argument(f"--{facet}", help=help_text)
    srch.add_argument("--limit", type=int, default=50)
    srch.set_defaults(handler=cmd_records_search)
    att = command(rsub, "attach", _("attach files to a record (metadata removed from photos; see the README)"))
    att.add_argument("owner", metavar=_("RECORD"), help=_("the id of the record, or a case code"))
    att.add_argument("files", nargs="+", metavar=_("FILE"))
    att.add_argument("--keep-metadata", action="store_true", help=_("keep place, time and camera data"))
    att.add_argument("--identifying", action="store_true", help=_("the files show a face or a document"))
    att.set_defaults(handler=cmd_records_attach)
    exp = command(rsub, "export", _("write the records that match the filters to a spreadsheet or JSON Lines"))
    exp.add_argument("query", nargs="?", default="", help=_("words to find (all must match)"))
    exp.add_argument("--format", required=True, choices=("csv", "xlsx", "jsonl"))
    exp.add_argument("--type", action="append", choices=RECORD_TYPES)
    exp.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    for facet in _FACETS:
        exp.add_argument(f"--{facet}")
    exp.add_argument("--identifying", action="store_true",
                     help=_("also write legal names, birth dates, phones and addresses (asks to confirm)"))
    exp.add_argument("--yes", action="store_true", help=_("confirm without asking"))
    exp.add_argument("--out", required=True, metavar=_("FILE"))
    exp.set_defaults(handler=cmd_records_export)


def cmd_records_import(args: argparse.Namespace) -> int:
    from intake_app.vault.jsonl_import import import_jsonl

    if Path(args.file).suffix.lower() in SPREADSHEET_SUFFIXES:
        from intake_app.cli.spreadsheet import import_spreadsheet

        return import_spreadsheet(args)
    if args.import_type or args.mapping or args.dry_run or args.encoding:
        raise CliError(_("--type, --mapping, --dry-run and --encoding are for .csv and .xlsx files only."))
    stdin = "-"
    if stdin == args.file == args.passphrase_file:
        raise CliError(_("Standard input cannot carry both the passphrase and the records."))
    try:
        stream = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    except OSError as exc:
        raise CliError(_("Cannot read {path}: {reason}").format(path=args.file, reason=exc.strerror)) from exc
    with stream, opened(args) as vault:
        added = import_jsonl(vault, stream)
    cases, aid, testimonies = added["case"], added["aid"], added["testimony"]
    print(_("Imported {cases}, {aid} and {testimonies}.").format(
        cases=P_("{n} case", "{n} cases", cases).format(n=cases),
        aid=P_("{n} aid distribution", "{n} aid distributions", aid).format(n=aid),
        testimonies=P_("{n} testimony", "{n} testimonies", testimonies).format(n=testimonies)))
    return 0


def cmd_records_count(args: argparse.Namespace) -> int:
    from intake_app.vault.records import RecordStore

    with opened(args) as vault:
        store = RecordStore(vault)
        if args.type:
            print(store.count(args.type))
        else:
            for kind, n in store.counts().items():
                print(f"{kind}\t{n}")
    return 0


def cmd_records_search(args: argparse.Namespace) -> int:
    from intake_app.vault.search import TYPE_GROUPS, SearchQuery, count_by_type, search

    facets = {k: v for k, v in (("aid_category", args.category), ("violation", args.violation),
                                ("province", args.province), ("situation", args.situation),
                                ("consent", args.consent), ("source_reliability", args.reliability),
                                ("information_credibility", args.credibility)) if v}
    query = SearchQuery(text=args.query, types=tuple(args.type or ()), date_from=args.date_from,
                        date_to=args.date_to, facets=facets, limit=max(1, args.limit))
    with opened(args) as vault:
        found = count_by_type(vault, query)
        for row in search(vault, query):
            print(f"{row.type}\t{row.id}\t{row.event_date or '-'}\t{row.label}")
    total = sum(found.values())
    by_type = {"case": P_("{n} case", "{n} cases", found.get("case", 0)),
               "aid": P_("{n} aid distribution", "{n} aid distributions", found.get("aid", 0)),
               "testimony": P_("{n} testimony", "{n} testimonies", found.get("testimony", 0))}
    parts = [by_type[t].format(n=found[t]) for t in TYPE_GROUPS if found.get(t)]
    others = sum(n for t, n in found.items() if t not in TYPE_GROUPS)  # headquarters' links, events…
    if others:
        parts.append(P_("{n} other record", "{n} other records", others).format(n=others))
    summary = P_("{n} record found.", "{n} records found.", total).format(n=total)
    if parts:
        summary = _("{summary} ({by_type})").format(summary=summary, by_type=_(", ").join(parts))
    print(summary, file=sys.stderr)
    return 0


def cmd_records_attach(args: argparse.Namespace) -> int:
    from intake_app.sync.profile import originals_wanted
    from intake_app.vault.attachment_import import import_files
    from intake_app.vault.attachments import AttachmentStore
    from intake_app.vault.records import RecordStore

    with opened(args) as vault:
        store = RecordStore(vault)
        owner = store.get(args.owner) or store.find_case_by_code(args.owner)
        if owner is None:
            raise CliError(_("No record with the id or code {text}.").format(text=args.owner))
        report = import_files(AttachmentStore(vault), owner.id, list(args.files), keep_metadata=args.keep_metadata,
                              identifying=args.identifying, keep_original=originals_wanted(vault),
                              progress=progress_printer(args.verbose))
    for result in report.results:
        print(result.message, file=sys.stdout if result.outcome.added else sys.stderr)
        if result.attachment is not None:
            print("    " + _("SHA-256 of the file as given: {sha}").format(
                sha=result.attachment.original_sha256))
    return 0 if report.added == len(report.results) else 1
def cmd_records_export(args: argparse.Namespace) -> int:
    from intake_app.reports.records_export import ExportRequest, check_request, export_records
    from intake_app.vault.search import SearchQuery

    facets = {_FACET_KEYS.get(f, f): getattr(args, f) for f in _FACETS if getattr(args, f)}
    query = SearchQuery(text=args.query, types=tuple(args.type or ()), date_from=args.date_from,
                        date_to=args.date_to, facets=facets)
    request = check_request(ExportRequest(query, args.format, identifying=args.identifying))
    out = new_output(args.out)
    if args.identifying and not args.yes and not ask_yes(_(
            "The file will hold legal names, birth dates, phone numbers and addresses, unencrypted. "
            "Continue? [y/N]")):
        raise CliError(_("Not confirmed; nothing was written."))
    with opened(args) as vault:
        data, n = export_records(vault, request, progress=progress_printer(args.verbose))
    print(_("Warning: {path} will not be encrypted. Anyone who gets the file can read it; keep it safe and "
            "delete it when it is no longer needed.").format(path=out), file=sys.stderr)
    write_new_file(out, data)
    print(P_("{n} record written to {path}.", "{n} records written to {path}.", n).format(n=n, path=out))
    return 0
