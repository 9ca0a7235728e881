"""Subcommands for bundles: `export`, `import`, `conflicts`, `receipt`, `purge`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from intake_app.cli.common import CliError, command, new_output, opened, progress_printer, read_input, write_new_file
from intake_app.i18n import P_, _


def register(sub: Any) -> None:
    exp = command(sub, "export", _("field: write what changed as an encrypted bundle for headquarters"))
    exp.add_argument("--out", required=True, metavar=_("DIR"),
                     help=_("folder to write the bundle into (a USB stick, a folder to attach from)"))
    exp.add_argument("--full", action="store_true",
                     help=_("export every record, not only what changed since headquarters' last receipt"))
    exp.set_defaults(handler=cmd_export)

    imp = command(sub, "import", _("HQ: import bundle files (one line per file; exit code 1 if any was refused)"))
    imp.add_argument("files", nargs="+", metavar=_("FILE"))
    imp.set_defaults(handler=cmd_import)

    conflicts = command(sub, "conflicts", _("HQ: merge conflicts waiting for review"))
    csub = conflicts.add_subparsers(dest="conflicts_command", metavar=_("ACTION"), required=True)
    clist = command(csub, "list", _("list open conflicts (id, record, the two versions, the one shown)"))
    clist.add_argument("--all", action="store_true", help=_("also list resolved conflicts"))
    clist.set_defaults(handler=cmd_conflicts_list)
    cres = command(csub, "resolve", _("keep one version of a conflict as the record's head"))
    cres.add_argument("conflict_id", type=int, metavar=_("ID"))
    cres.add_argument("--keep", required=True, metavar=_("VERSION"),
                      help=_("the version to keep, as `conflicts list` shows it (DEVICE:COUNTER)"))
    cres.set_defaults(handler=cmd_conflicts_resolve)

    receipt = command(sub, "receipt", _("signed receipts of imported bundles"))
    rsub = receipt.add_subparsers(dest="receipt_command", metavar=_("ACTION"), required=True)
    rcreate = command(rsub, "create", _("HQ: write a receipt of every bundle imported from a device"))
    rcreate.add_argument("--device", required=True, metavar=_("ID"))
    rcreate.add_argument("--out", required=True, metavar=_("FILE"), help=_("new file (never overwritten)"))
    rcreate.set_defaults(handler=cmd_receipt_create)
    rimport = command(rsub, "import", _("field: check a receipt from headquarters and mark those records delivered"))
    rimport.add_argument("file", metavar=_("FILE"))
    rimport.set_defaults(handler=cmd_receipt_import)

    purge = command(sub, "purge", _("field: delete records headquarters confirmed, after the profile's delay"))
    purge.add_argument("--delivered", action="store_true", required=True,
                       help=_("delete delivered records (the only kind of purge there is; required, to be explicit)"))
    purge.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    purge.set_defaults(handler=cmd_purge)


def cmd_export(args: argparse.Namespace) -> int:
    from intake_app.sync.export import export_bundle

    with opened(args) as vault:
        result = export_bundle(vault, Path(args.out), full=args.full,
                               progress=progress_printer(getattr(args, "verbose", False)))
    for bundle in result.bundles:
        print(bundle.path)
    print(result.message, file=sys.stderr)
    if result.kept_back:
        print(P_("{n} attachment marked identifying stayed on this laptop, as the deployment profile requires.",
                  "{n} attachments marked identifying stayed on this laptop, as the deployment profile requires.",
                  result.kept_back).format(n=result.kept_back), file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from intake_app.hq.importer import ImportOutcome, import_bundle
    from intake_app.sync.device_names import device_names

    refused = 0
    with opened(args) as vault:
        for name in args.files:
            result = import_bundle(vault, Path(name))
            print(result.text(device_names(vault, full_ids=True)))
            refused += result.outcome is ImportOutcome.REFUSED
    return 1 if refused else 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from intake_app.hq.conflicts import list_conflicts

    with opened(args) as vault:
        conflicts = list_conflicts(vault, include_resolved=args.all)
    for c in conflicts:
        state = _("shown: {version}").format(version=c.winner) if c.status == "open" else _(
            "kept: {version}").format(version=c.kept_version)
        print(f"{c.id}\t{c.record_type}\t{c.record_id}\t{c.version_a}\t{c.version_b}\t{state}\t{c.detected_at}")
    print(P_("{n} conflict.", "{n} conflicts.", len(conflicts)).format(n=len(conflicts)), file=sys.stderr)
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from intake_app.hq.conflicts import resolve

    with opened(args) as vault:
        conflict = resolve(vault, args.conflict_id, args.keep)
    print(_("Conflict {id} resolved: record {record} now shows version {version}.").format(
        id=conflict.id, record=conflict.record_id, version=conflict.kept_version))
    return 0


def cmd_receipt_create(args: argparse.Namespace) -> int:
    from intake_app.sync.receipts import create_receipt

    out = new_output(args.out)
    with opened(args) as vault:
        data = create_receipt(vault, args.device)
    write_new_file(out, data)
    print(_("Receipt written to {path}.").format(path=out))
    return 0


def cmd_receipt_import(args: argparse.Namespace) -> int:
    from intake_app.sync.receipt_format import MAX_RECEIPT_SIZE
    from intake_app.sync.receipts import import_receipt

    data = read_input(args.file, MAX_RECEIPT_SIZE)
    with opened(args) as vault:
        result = import_receipt(vault, data)
    print(result.message)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from intake_app.sync import keystore
    from intake_app.sync.delivered import purge_plan
    from intake_app.sync.receipts import purge_delivered
    from intake_app.vault.vault import Role

    with opened(args) as vault:
        keystore.require_role(vault, Role.FIELD)
        plan = purge_plan(vault)
        if not plan.deleted:
            print(_("No delivered record is old enough to purge."))
            return 0
        n = len(plan.deleted)
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(_("Cannot ask for confirmation without a terminal: run again with --yes."))
            for record in plan.deleted:  # exactly what goes, one line each, before the question
                print(f"{record.record_type}\t{record.record_id}\t{record.label}\t{record.delivered_at}")
            if plan.kept:
                print(P_("{n} other delivered record stays (changed since it was sent, too recent, or needed by a "
                         "record that stays).",
                         "{n} other delivered records stay (changed since they were sent, too recent, or needed by "
                         "a record that stays).", len(plan.kept)).format(n=len(plan.kept)))
            question = P_("Delete the {n} record above, delivered before {date}, from this laptop, with its "
                          "attachments? Identifying details that never left it are lost with it. [y/N]",
                          "Delete the {n} records above, delivered before {date}, from this laptop, with their "
                          "attachments? Identifying details that never left it are lost with them. [y/N]",
                          n).format(n=n, date=plan.cutoff)
            if input(question + " ").strip().lower() not in {"y", "yes", _("y"), _("yes")}:
                print(_("Nothing was deleted."))
                return 0
        result = purge_delivered(vault, only=plan.record_ids)
    print(result.message)
    return 0
