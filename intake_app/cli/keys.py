"""Headquarters' keys: `keys show`, `keys rotate`, `keys backup`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake_app.cli.common import command, new_output, opened, write_new_file
from intake_app.i18n import _
from intake_app.vault.vault import Role


def register(sub: Any) -> None:
    keys = command(sub, "keys", _("headquarters keys: show, rotate, back up"))
    ksub = keys.add_subparsers(dest="keys_command", metavar=_("ACTION"), required=True)
    command(ksub, "show", _("show this vault's public keys and their fingerprint")).set_defaults(handler=cmd_keys_show)
    command(ksub, "rotate", _("HQ: add a new recipient key; older ones still decrypt")).set_defaults(
        handler=cmd_keys_rotate)
    backup = command(ksub, "backup", _("HQ: write the secret decryption keys to a file, for safekeeping"))
    backup.add_argument("--out", required=True, metavar=_("FILE"), help=_("new file (never overwritten)"))
    backup.set_defaults(handler=cmd_keys_backup)


def cmd_keys_show(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import key_fingerprint
    from intake_app.sync import keystore
    from intake_app.sync.profile import current_profile, keys_fingerprint
    with opened(args) as vault:
        if vault.info.role == Role.HQ:
            recipients = keystore.hq_recipients(vault)
            older = len(keystore.hq_identities(vault)) - len(recipients)
            signing = keystore.hq_signing_key(vault).public
            print(_("Recipients (bundles are encrypted to these):"))
            for recipient in recipients:
                print("    " + recipient)
            if older:
                print(_("Older identities kept for decrypting: {n}").format(n=older))
            print(_("Signing key: {b64} (key id {id})").format(b64=signing.b64(), id=signing.key_id_hex()))
            print(_("Fingerprint: {words}").format(words=" ".join(keys_fingerprint(signing, recipients))))
        else:
            device = keystore.device_signing_key(vault).public
            print(_("Device id: {id}").format(id=vault.info.device_id))
            print(_("Device signing key: {b64} (fingerprint {fp})").format(b64=device.b64(),
                                                                         fp=key_fingerprint(device)))
            profile = current_profile(vault)
            if profile is None:
                print(_("No deployment profile imported yet."))
            else:
                print(_("Trusted headquarters fingerprint: {words}").format(words=" ".join(profile.fingerprint())))
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from intake_app.sync import keystore

    with opened(args) as vault:
        keystore.require_role(vault, Role.HQ)
        recipient = keystore.rotate_hq_recipient(vault)
    print(_("New recipient: {r}").format(r=recipient))
    print(_("Older keys still decrypt. Issue a new profile (`profile create`) so field devices use the new key, "
            "and make a new key backup."))
    return 0


def cmd_keys_backup(args: argparse.Namespace) -> int:
    from intake_app.sync import keystore

    out = new_output(args.out)
    with opened(args) as vault:
        keystore.require_role(vault, Role.HQ)
        text = keystore.backup_identity_file(vault)
    write_new_file(out, text.encode("ascii"), 0o600)
    print(_("WARNING: {path} holds headquarters' secret keys. Whoever holds this file can read every bundle "
            "ever sent to headquarters. Keep it offline, encrypted, and locked away; never e-mail it or leave "
            "it on a shared drive.").format(path=out), file=sys.stderr)
    print(_("Key backup written to {path}.").format(path=out))
    return 0
