"""The vault itself: `init`, `verify`, `passphrase change`, `recovery-key replace`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intake_app import paths
from intake_app.cli.common import command, opened, passphrase_from
from intake_app.i18n import _


def register(sub: Any) -> None:
    init = command(sub, "init", _("create a new vault and print its recovery key once"))
    init.add_argument("--role", choices=("field", "hq"), default="field",
                      help=_("field: a worker's laptop; hq: headquarters (default: field)"))
    init.set_defaults(handler=cmd_init)

    verify = command(sub, "verify", _("check the vault: encryption, structure, search index, audit chain"))
    verify.set_defaults(handler=cmd_verify)

    pw = command(sub, "passphrase", _("change the passphrase"))
    pwsub = pw.add_subparsers(dest="passphrase_command", metavar=_("ACTION"), required=True)
    change = command(pwsub, "change", _("set a new passphrase (unlock with the old one or the recovery key)"))
    change.add_argument("--new-passphrase-file", metavar=_("PATH"),
                        help=_("read the new passphrase from PATH (- for standard input)"))
    change.set_defaults(handler=cmd_passphrase_change)

    rk = command(sub, "recovery-key", _("replace the recovery key"))
    rksub = rk.add_subparsers(dest="recovery_command", metavar=_("ACTION"), required=True)
    rk_new = command(rksub, "replace", _("make a new recovery key; the old one stops working"))
    rk_new.set_defaults(handler=cmd_recovery_replace)


def _init_vault(base: Path, passphrase: str, role: str) -> tuple[Any, str]:
    from intake_app.vault.vault import Role, Vault

    return Vault.create(base, passphrase, Role(role))


def print_recovery_key(text: str) -> None:
    print(_("Recovery key (shown once; write it down and keep it apart from this laptop):"))
    print()
    print("    " + text)
    print()
    print(_("Anyone with this key can open the vault. Without it, a forgotten passphrase means the data is lost."))


def cmd_init(args: argparse.Namespace) -> int:
    base = paths.data_dir()
    passphrase = passphrase_from(args) if args.passphrase_file else passphrase_from(args, new=True)
    vault, recovery = _init_vault(base, passphrase, args.role)
    with vault:
        from intake_app.sync.keystore import device_signing_key, ensure_hq_keys

        if args.role == "hq":
            ensure_hq_keys(vault)
        else:
            device_signing_key(vault)
        print(_("A new {role} vault was created in {path}.").format(role=args.role, path=base))
        print_recovery_key(recovery)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    import sys

    from intake_app.vault.verify import verify_vault

    with opened(args) as vault:
        report = verify_vault(vault)
    print(_("Encryption (page authentication): {state}").format(state=_("ok") if report.cipher_ok else _("FAILED")))
    print(_("Database structure: {state}").format(state=_("ok") if report.integrity_ok else _("FAILED")))
    print(_("Search index: {state}").format(state=_("ok") if report.index_ok else _("FAILED")))
    print(_("Audit chain: {state} ({n} entries)").format(
        state=_("ok") if report.audit.ok else _("FAILED"), n=report.audit.entries))
    for kind, n in report.counts.items():
        print(f"  {kind}\t{n}")
    for problem in report.problems:
        print(problem, file=sys.stderr)
    return 0 if report.ok else 1


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        new = passphrase_from(args, new=True)
        vault.change_passphrase(new)
    print(_("The passphrase was changed."))
    return 0


def cmd_recovery_replace(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        text = vault.new_recovery_key()
    print_recovery_key(text)
    return 0
