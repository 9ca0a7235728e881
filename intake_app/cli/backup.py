"""`backup --out DIR` and `restore FROM`: a checked copy of the whole vault, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intake_app import paths
from intake_app.cli.common import command, opened, passphrase_from, progress_printer, read_secret_file
from intake_app.i18n import P_, _


def register(sub: Any) -> None:
    backup = command(sub, "backup", _("write a checked backup of the whole vault into a folder"))
    backup.add_argument("--out", metavar=_("DIR"), required=True,
                        help=_("the folder to write the backup in (e.g. on a removable drive)"))
    backup.set_defaults(handler=cmd_backup)
    restore = command(sub, "restore", _("restore a vault from a backup into an empty data folder"))
    restore.add_argument("source", metavar=_("FROM"), help=_("the backup folder"))
    restore.set_defaults(handler=cmd_restore)


def describe_age(days: int | None) -> str:
    if days is None:
        return _("The age of this backup is not known.")
    if days == 0:
        return _("This backup was taken today.")
    return P_("This backup is {n} day old.", "This backup is {n} days old.", days).format(n=days)


def cmd_backup(args: argparse.Namespace) -> int:
    from intake_app.vault.backup import make_backup

    out = Path(args.out)
    with opened(args) as vault:
        result = make_backup(vault, out, progress=progress_printer(args.verbose))
    print(_("A checked backup was written to {path}.").format(path=result.path))
    print(_("It opens with the same passphrase or recovery key as the vault. Keep it as safe as the laptop."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from intake_app.crypto.recovery import parse_recovery_key
    from intake_app.vault.backup import restore_backup

    target = paths.data_dir()
    if args.recovery_key_file:
        info = restore_backup(Path(args.source), target,
                              recovery_key=parse_recovery_key(read_secret_file(args.recovery_key_file)))
    else:
        info = restore_backup(Path(args.source), target, passphrase=passphrase_from(args))
    print(describe_age(info.age_days))
    counts = info.report.counts
    held = ", ".join((
        P_("{n} case", "{n} cases", counts.get("case", 0)).format(n=counts.get("case", 0)),
        P_("{n} aid distribution", "{n} aid distributions", counts.get("aid", 0)).format(n=counts.get("aid", 0)),
        P_("{n} testimony", "{n} testimonies", counts.get("testimony", 0)).format(n=counts.get("testimony", 0))))
    print(_("The backup passed its check and was restored into {path}: {counts}.").format(path=target, counts=held))
    return 0
