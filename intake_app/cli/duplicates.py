"""HQ: cases that may be one person: `duplicates list`, `duplicates confirm A B`, `duplicates reject A B`."""

from __future__ import annotations

import argparse
from typing import Any

from intake_app.cli.common import command, opened
from intake_app.i18n import P_, _


def register(sub: Any) -> None:
    dup = command(sub, "duplicates", _("HQ: cases that may be the same person"))
    dsub = dup.add_subparsers(dest="duplicates_command", metavar=_("ACTION"), required=True)
    command(dsub, "list", _("list candidate pairs, the strongest first")).set_defaults(handler=cmd_list)
    for name, help_text, handler in (
            ("confirm", _("the two cases are one person (counted once)"), cmd_confirm),
            ("reject", _("the two cases are different people (not proposed again)"), cmd_reject)):
        action = command(dsub, name, help_text)
        action.add_argument("a", metavar="A", help=_("a case id or code"))
        action.add_argument("b", metavar="B", help=_("a case id or code"))
        action.add_argument("--reason", metavar=_("TEXT"), help=_("why (kept with this decision)"))
        action.set_defaults(handler=handler)


def cmd_list(args: argparse.Namespace) -> int:
    from intake_app.hq.identity import candidates

    with opened(args) as vault:
        found = candidates(vault)
    for pair in found:
        why = "; ".join(r.text() for r in pair.reasons)
        print(f"{pair.a.code}  {pair.b.code}  {why}")
        for side in (pair.a, pair.b):
            print("    " + _("{code}: {alias}, {sex}, born {year}, {province}, case id {id}").format(
                code=side.code, alias=side.alias, sex=side.sex, year=side.birth_year or "?",
                province=side.province or "?", id=side.id))
    print(P_("{n} candidate pair.", "{n} candidate pairs.", len(found)).format(n=len(found)))
    return 0


def _decide(args: argparse.Namespace, decision: str) -> int:
    from intake_app.hq.identity import decide

    with opened(args) as vault:
        outcome = decide(vault, args.a, args.b, decision, reason=args.reason)
    print(outcome.text(a=args.a, b=args.b))
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    return _decide(args, "same")


def cmd_reject(args: argparse.Namespace) -> int:
    return _decide(args, "different")
