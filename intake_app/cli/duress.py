"""The duress passphrase without a window: `duress set`, `duress remove`.

Both unlock with the real passphrase (or the recovery key) first, like every command.
"""

from __future__ import annotations

import argparse
from typing import Any

from intake_app.cli.common import CliError, _prompt, command, opened, read_secret_file
from intake_app.i18n import _


def register(sub: Any) -> None:
    duress = command(sub, "duress", _("a second passphrase that opens a decoy vault"))
    dsub = duress.add_subparsers(dest="duress_command", metavar=_("ACTION"), required=True)
    set_cmd = command(dsub, "set", _("set (or replace) the duress passphrase"))
    set_cmd.add_argument("--duress-passphrase-file", metavar=_("PATH"),
                         help=_("read the duress passphrase from PATH (- for standard input)"))
    set_cmd.add_argument("--destroy-real", action="store_true",
                         help=_("when the duress passphrase is used, also destroy the real vault's keys "
                                "for good"))
    set_cmd.set_defaults(handler=cmd_duress_set)
    remove = command(dsub, "remove", _("the duress passphrase stops working"))
    remove.set_defaults(handler=cmd_duress_remove)


def _duress_passphrase(args: argparse.Namespace) -> str:
    if args.duress_passphrase_file:
        return read_secret_file(args.duress_passphrase_file)
    first = _prompt(_("Duress passphrase: "))
    if first != _prompt(_("Repeat the duress passphrase: ")):
        raise CliError(_("The two passphrases differ; nothing was changed."))
    return first


def cmd_duress_set(args: argparse.Namespace) -> int:
    from intake_app.vault.duress import set_duress
    from intake_app.vault.keyslots import SecretInUseError

    with opened(args) as vault:
        secret = _duress_passphrase(args)
        try:
            set_duress(vault, secret, destroy_real=args.destroy_real)
        except SecretInUseError as exc:
            raise CliError(_("The duress passphrase must differ from your real passphrase and recovery "
                             "key; nothing was changed.")) from exc
    print(_("The duress passphrase is set. It opens a separate decoy vault, never your real records."))
    if args.destroy_real:
        print(_("Warning: the first time the duress passphrase is used, your real passphrase and recovery "
                "key stop working, for ever, without any message. Records already sent to headquarters "
                "stay there; everything else in the real vault is lost."))
    return 0


def cmd_duress_remove(args: argparse.Namespace) -> int:
    from intake_app.vault.duress import remove_duress

    with opened(args) as vault:
        remove_duress(vault)
    print(_("The duress passphrase no longer opens anything."))
    return 0
