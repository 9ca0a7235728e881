"""`status`: what the app's Home page says, on the terminal: the next steps, what needs attention, counts
and the last exchange with the other side (`--json`: the same as stable keys, for scripts)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from intake_app.cli.common import command, opened
from intake_app.i18n import P_, _


def register(sub: Any) -> None:
    status = command(sub, "status", _("what to do next and what needs attention (the Home page)"))
    status.add_argument("--json", action="store_true", help=_("print stable keys and counts as JSON"))
    status.set_defaults(handler=cmd_status)


def local(stamp: str | None) -> str:
    if not stamp:
        return _("never")
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def cmd_status(args: argparse.Namespace) -> int:
    from intake_app.hq.overview import home_overview, step_text, warning_text
    from intake_app.vault.vault import Role

    with opened(args) as vault:
        overview = home_overview(vault)
    if args.json:
        print(json.dumps({
            "role": overview.role.value,
            "next_step": overview.next_step.step.value if overview.next_step else None,
            "steps": [{"step": s.step.value, "done": s.done, "count": s.count} for s in overview.steps],
            "warnings": [{"key": w.key.value, "count": w.count} for w in overview.warnings],
            "counts": overview.counts,
            "last_export_at": overview.last_export_at, "last_receipt_at": overview.last_receipt_at,
            "last_import_at": overview.last_import_at, "last_backup_at": overview.last_backup_at,
        }, indent=2, sort_keys=True))
        return 0
    if overview.warnings:
        print(_("Needs attention:"))
        for alert in overview.warnings:
            print("  ! " + warning_text(alert))
    print(_("Checklist:"))
    for step in overview.steps:
        print(f"  [{'x' if step.done else ' '}] " + step_text(step.step))
    c = overview.counts
    counts = [P_("{n} case", "{n} cases", c["case"]).format(n=c["case"]),
              P_("{n} aid distribution", "{n} aid distributions", c["aid"]).format(n=c["aid"]),
              P_("{n} testimony", "{n} testimonies", c["testimony"]).format(n=c["testimony"])]
    if overview.role == Role.HQ:
        counts += [P_("{n} approved device", "{n} approved devices", c["devices"]).format(n=c["devices"]),
                   P_("{n} open conflict", "{n} open conflicts", c["conflicts"]).format(n=c["conflicts"])]
        print(_("Last bundle imported:") + " " + local(overview.last_import_at))
    else:
        print(_("Last bundle sent:") + " " + local(overview.last_export_at))
        print(_("Last receipt imported:") + " " + local(overview.last_receipt_at))
    print(_("Last verified backup:") + " " + local(overview.last_backup_at))
    print(", ".join(counts))
    return 0
