"""HQ: its own grading of a testimony: `assessments set TESTIMONY --reliability X --credibility N`, `show`."""

from __future__ import annotations

import argparse
from typing import Any

from intake_app.cli.common import CliError, command, opened
from intake_app.i18n import _


def register(sub: Any) -> None:
    group = command(sub, "assessments", _("HQ: grade the source and the information of a testimony"))
    asub = group.add_subparsers(dest="assessments_command", metavar=_("ACTION"), required=True)
    put = command(asub, "set", _("record headquarters' assessment (a new version; the interviewer's stays)"))
    put.add_argument("testimony", metavar=_("TESTIMONY"), help=_("a testimony id"))
    put.add_argument("--reliability", metavar="A-F", help=_("source reliability: A (completely reliable) to "
                                                              "E (unreliable), F (cannot be judged)"))
    put.add_argument("--credibility", metavar="1-6", help=_("information credibility: 1 (confirmed) to "
                                                              "5 (improbable), 6 (cannot be judged)"))
    put.add_argument("--note", default="", metavar=_("TEXT"))
    put.add_argument("--reason", metavar=_("TEXT"), help=_("why (kept with this version)"))
    put.set_defaults(handler=cmd_set)
    show = command(asub, "show", _("show the grades of a testimony (interviewer's and headquarters')"))
    show.add_argument("testimony", metavar=_("TESTIMONY"))
    show.set_defaults(handler=cmd_show)


def _grade(value: str | None) -> str:
    return value.upper().removeprefix("C") if value else "-"


def cmd_set(args: argparse.Namespace) -> int:
    from intake_app.hq.credibility import assess

    with opened(args) as vault:
        saved = assess(vault, args.testimony, reliability=args.reliability, credibility=args.credibility,
                       note=args.note, reason=args.reason)
    print(_("Headquarters' assessment saved: source {r}, information {c}.").format(
        r=_grade(saved.source_reliability), c=_grade(saved.information_credibility)))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from intake_app.hq.credibility import assessment_id
    from intake_app.vault.records import RecordStore

    with opened(args) as vault:
        store = RecordStore(vault)
        testimony = store.get(args.testimony)
        hq = store.get(assessment_id(args.testimony))
    if testimony is None or testimony.TYPE != "testimony":
        raise CliError(_("No testimony with the id {id}.").format(id=args.testimony))
    print(_("Interviewer: source {r}, information {c}").format(
        r=_grade(getattr(testimony, "source_reliability", None)),
        c=_grade(getattr(testimony, "information_credibility", None))))
    if hq is not None:
        print(_("Headquarters: source {r}, information {c}").format(
            r=_grade(getattr(hq, "source_reliability", None)), c=_grade(getattr(hq, "information_credibility", None))))
    return 0
