"""`report`: statistics, the UPR submission draft and case files, written only to the file named."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake_app.cli.common import CliError, ask_yes, command, new_output, opened, progress_printer, write_new_file
from intake_app.i18n import P_, _, current_language


def register(sub: Any) -> None:
    report = command(sub, "report", _("statistics, UPR submission drafts and case files (headquarters)"))
    rsub = report.add_subparsers(dest="report_command", metavar=_("REPORT"), required=True)
    stats = command(rsub, "stats", _("counts by theme, year and more, small cells hidden"))
    _period_options(stats)
    stats.add_argument("--by", default="theme", metavar=_("DIMENSIONS"),
                       help=_("what to count by, comma-separated: theme, violation, year, province, sex, age_band, "
                              "perpetrator, place_kind, situation; or for aid: category, month, province, currency"))
    stats.add_argument("--min-cell", type=int, default=5, metavar="K",
                       help=_("cells with fewer people are hidden (default 5, at least 3)"))
    stats.add_argument("--format", required=True, choices=("csv", "xlsx", "json"))
    stats.add_argument("--out", required=True, metavar=_("FILE"))
    stats.set_defaults(handler=cmd_report_stats)
    upr = command(rsub, "upr", _("draft of a Universal Periodic Review submission (.docx)"))
    _period_options(upr)
    upr.add_argument("--excerpt", action="append", default=[], metavar=_("TESTIMONY_ID"),
                     help=_("quote this testimony (its UN-mechanisms or named-publication consent must be in force)"))
    upr.add_argument("--out", required=True, metavar=_("FILE.docx"))
    upr.set_defaults(handler=cmd_report_upr)
    case = command(rsub, "casefile", _("case file for a UN mechanism (.pdf)"))
    case.add_argument("--testimony", nargs="+", required=True, metavar="ID")
    case.add_argument("--identify", action="append", default=[], metavar="ID",
                      help=_("also print the identifying details of this testimony's witness (asks to confirm)"))
    case.add_argument("--yes", action="store_true", help=_("confirm without asking"))
    case.add_argument("--out", required=True, metavar=_("FILE.pdf"))
    case.set_defaults(handler=cmd_report_casefile)


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")


def warn_unencrypted(path: Any) -> None:
    print(_("Warning: {path} will not be encrypted. Anyone who gets the file can read it; keep it safe and "
            "delete it when it is no longer needed.").format(path=path), file=sys.stderr)


def _require_suffix(path: str, suffix: str) -> None:
    if not path.lower().endswith(suffix):
        raise CliError(_("The file name must end in {suffix}.").format(suffix=suffix))


def cmd_report_stats(args: argparse.Namespace) -> int:
    from intake_app.reports.dataset import Period
    from intake_app.reports.stats import StatsQuery, compute, parse_dimensions
    from intake_app.reports.suppression import check_k
    from intake_app.reports.tabular import STATS_WRITERS

    query = StatsQuery(Period.parse(args.date_from, args.date_to), parse_dimensions(args.by), check_k(args.min_cell))
    out = new_output(args.out)
    with opened(args) as vault:
        report = compute(vault, query, lang=current_language(), progress=progress_printer(args.verbose))
    data = STATS_WRITERS[args.format](report)
    warn_unencrypted(out)
    write_new_file(out, data)
    for note in report.notes():
        print(note)
    return 0


def cmd_report_upr(args: argparse.Namespace) -> int:
    from intake_app.reports.dataset import Period
    from intake_app.reports.upr import build_upr

    period = Period.parse(args.date_from, args.date_to)
    _require_suffix(args.out, ".docx")
    out = new_output(args.out)
    with opened(args) as vault:
        draft = build_upr(vault, period, excerpts=args.excerpt, lang=current_language(),
                          progress=progress_printer(args.verbose))
    warn_unencrypted(out)
    write_new_file(out, draft.data)
    print(P_("UPR draft written to {path}: about {n} page.", "UPR draft written to {path}: about {n} pages.",
             draft.pages).format(path=out, n=draft.pages))
    return 0


def cmd_report_casefile(args: argparse.Namespace) -> int:
    from intake_app.reports.casefile import build_casefile

    _require_suffix(args.out, ".pdf")
    out = new_output(args.out)
    unknown = [i for i in args.identify if i not in args.testimony]
    if unknown:
        raise CliError(_("--identify {id} names a testimony that is not in the case file.").format(id=unknown[0]))
    for tid in args.identify:
        question = _("Print the identifying details (legal name, birth date, phone, address) of the witness of "
                     "{id}, marked confidential? [y/N]").format(id=tid)
        if not args.yes and not ask_yes(question):
            raise CliError(_("Not confirmed; nothing was written."))
    with opened(args) as vault:
        data = build_casefile(vault, args.testimony, identify=set(args.identify), lang=current_language(),
                              progress=progress_printer(args.verbose))
    warn_unencrypted(out)
    write_new_file(out, data)
    print(_("Case file written to {path}.").format(path=out))
    return 0
