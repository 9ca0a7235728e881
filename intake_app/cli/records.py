"""Records without a window: `records import`, `records count`, `records search`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake_app.cli.common import CliError, command, opened
from intake_app.i18n import _

RECORD_TYPES = ("case", "aid", "testimony", "attachment")


def register(sub: Any) -> None:
    records = command(sub, "records", _("import, count and search records"))
    rsub = records.add_subparsers(dest="records_command", metavar=_("ACTION"), required=True)
    imp = command(rsub, "import", _("import records from a JSON Lines file, all or nothing"))
    imp.add_argument("file", metavar=_("FILE.jsonl"), help=_("one record per line; - for standard input"))
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


def cmd_records_import(args: argparse.Namespace) -> int:
    from intake_app.vault.jsonl_import import import_jsonl

    stdin = "-"
    if stdin == args.file == args.passphrase_file:
        raise CliError(_("Standard input cannot carry both the passphrase and the records."))
    try:
        stream = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    except OSError as exc:
        raise CliError(_("Cannot read {path}: {reason}").format(path=args.file, reason=exc.strerror)) from exc
    with stream, opened(args) as vault:
        added = import_jsonl(vault, stream)
    print(_("Imported {cases} cases, {aid} aid distributions and {testimony} testimonies.").format(
        cases=added["case"], aid=added["aid"], testimony=added["testimony"]))
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
    from intake_app.vault.search import SearchQuery, count, search

    facets = {k: v for k, v in (("aid_category", args.category), ("violation", args.violation),
                                ("province", args.province), ("situation", args.situation),
                                ("consent", args.consent), ("source_reliability", args.reliability),
                                ("information_credibility", args.credibility)) if v}
    query = SearchQuery(text=args.query, types=tuple(args.type or ()), date_from=args.date_from,
                        date_to=args.date_to, facets=facets, limit=max(1, args.limit))
    with opened(args) as vault:
        total = count(vault, query)
        for row in search(vault, query):
            print(f"{row.type}\t{row.id}\t{row.event_date or '-'}\t{row.label}")
    print(_("{n} records found.").format(n=total), file=sys.stderr)
    return 0
