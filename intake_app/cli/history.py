"""HQ: a record's history (`history show`) and restoring an earlier version (`history restore`)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake_app.cli.common import command, opened
from intake_app.i18n import P_, _


def register(sub: Any) -> None:
    hist = command(sub, "history", _("HQ: every version headquarters holds of a record, and restoring one"))
    hsub = hist.add_subparsers(dest="history_command", metavar=_("ACTION"), required=True)
    show = command(hsub, "show", _("list the record's versions, oldest first (who, when, from which bundle)"))
    show.add_argument("record_id", metavar=_("ID"))
    show.set_defaults(handler=cmd_history_show)
    restore = command(hsub, "restore", _("make an earlier version the record's content again (a new version; "
                                          "nothing is overwritten)"))
    restore.add_argument("record_id", metavar=_("ID"))
    restore.add_argument("version", metavar=_("VERSION"), help=_("the version, as `history show` prints it"))
    restore.set_defaults(handler=cmd_history_restore)


def cmd_history_show(args: argparse.Namespace) -> int:
    from intake_app.hq.history import reason_text, versions_of

    with opened(args) as vault:
        versions = versions_of(vault, args.record_id)
    print("\t".join((_("version"), _("parent"), _("head"), _("received or made"), _("bundle"), _("bundle hash"),
                     _("deleted"), _("made at headquarters"))))
    for v in versions:
        print("\t".join((v.version, v.parent or "-", "*" if v.is_head else "", v.made_at, v.bundle_id or "-",
                         v.bundle_sha256 or "-", _("yes") if v.deleted else "-",
                         reason_text(v.reason) if v.made_at_hq else "-")))
    print(P_("{n} version.", "{n} versions.", len(versions)).format(n=len(versions)), file=sys.stderr)
    return 0


def cmd_history_restore(args: argparse.Namespace) -> int:
    from intake_app.hq.history import restore_version

    with opened(args) as vault:
        made = restore_version(vault, args.record_id, args.version)
    print(_("Record {id} now shows the content of version {old}, as new version {new}.").format(
        id=made.record_id, old=args.version, new=made.version))
    return 0
