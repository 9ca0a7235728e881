"""Subcommands for keys, the deployment profile and device enrollment: `keys`, `profile`, `devices`."""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import secrets
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from intake_app.cli import CliError
from intake_app.cli_commands import _cmd, _opened
from intake_app.i18n import _
from intake_app.vault.atomic import fsync_dir


def register(sub: Any) -> None:
    keys = _cmd(sub, "keys", _("headquarters keys: show, rotate, back up"))
    ksub = keys.add_subparsers(dest="keys_command", metavar=_("ACTION"), required=True)
    _cmd(ksub, "show", _("show this vault's public keys and their fingerprint")).set_defaults(handler=cmd_keys_show)
    _cmd(ksub, "rotate", _("HQ: add a new recipient key; older ones still decrypt")).set_defaults(
        handler=cmd_keys_rotate)
    backup = _cmd(ksub, "backup", _("HQ: write the secret decryption keys to a file, for safekeeping"))
    backup.add_argument("--out", required=True, metavar=_("FILE"), help=_("new file (never overwritten)"))
    backup.set_defaults(handler=cmd_keys_backup)

    profile = _cmd(sub, "profile", _("the signed deployment profile"))
    psub = profile.add_subparsers(dest="profile_command", metavar=_("ACTION"), required=True)
    create = _cmd(psub, "create", _("HQ: issue a signed deployment profile for field devices"))
    create.add_argument("--out", required=True, metavar=_("FILE"), help=_("new file (never overwritten)"))
    create.add_argument("--organisation", required=True, metavar=_("NAME"))
    create.add_argument("--allow-identifying", action="append", default=[], metavar="TYPE:FIELD,…",
                        help=_("identifying fields that may leave the field, e.g. case:legal_name "
                               "(repeatable; default: none)"))
    create.add_argument("--allow-identifying-attachments", action="store_true",
                        help=_("let attachments marked identifying leave the field (default: no)"))
    create.add_argument("--purge-days", type=int, default=30, metavar="N",
                        help=_("days after delivery before the field may purge records (default 30)"))
    create.set_defaults(handler=cmd_profile_create)
    imp = _cmd(psub, "import", _("field: import the deployment profile headquarters sent"))
    imp.add_argument("file", metavar=_("FILE"))
    imp.add_argument("--yes", action="store_true",
                     help=_("do not ask to confirm the fingerprint (for scripts that checked it otherwise)"))
    imp.set_defaults(handler=cmd_profile_import)
    _cmd(psub, "show", _("show the deployment profile in force")).set_defaults(handler=cmd_profile_show)

    devices = _cmd(sub, "devices", _("field devices: enrollment requests, approval, revocation"))
    dsub = devices.add_subparsers(dest="devices_command", metavar=_("ACTION"), required=True)
    req = _cmd(dsub, "request", _("field: write this device's enrollment request for headquarters"))
    req.add_argument("--out", required=True, metavar=_("FILE"), help=_("new file (never overwritten)"))
    req.add_argument("--label", metavar=_("NAME"), help=_("a short name headquarters will see"))
    req.set_defaults(handler=cmd_devices_request)
    appr = _cmd(dsub, "approve", _("HQ: approve a device from its request file, or a pending device by id"))
    appr.add_argument("target", metavar=_("FILE|ID"))
    appr.set_defaults(handler=cmd_devices_approve)
    rev = _cmd(dsub, "revoke", _("HQ: revoke a device: none of its bundles will be imported again"))
    rev.add_argument("device_id", metavar=_("ID"))
    rev.add_argument("--since", metavar="YYYY-MM-DD", help=_("when it may have been compromised (default: today)"))
    rev.set_defaults(handler=cmd_devices_revoke)
    _cmd(dsub, "list", _("HQ: list known devices")).set_defaults(handler=cmd_devices_list)


# -- files -----------------------------------------------------------------------------------------------


def read_input(path: str, limit: int) -> bytes:
    """At most `limit` bytes of a file given on the command line (one more shows it is too large)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        raise CliError(_("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from exc


def write_new_file(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to a file that must not exist yet, durably: a temporary file is filled and fsynced, then
    hard-linked to its name (which fails if the name exists), so the name never holds a partial file."""
    folder = path.parent if str(path.parent) else Path()
    if path.exists() or path.is_symlink():
        raise CliError(_("{path} already exists; choose another name (nothing was written).").format(path=path))
    temp = folder / f".{path.name}.{secrets.token_hex(8)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(temp, flags, mode)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(temp, path)
        fsync_dir(folder)
    except FileExistsError as exc:
        raise CliError(_("{path} already exists; choose another name (nothing was written).").format(
            path=path)) from exc
    except OSError as exc:
        raise CliError(_("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _ask_yes(question: str) -> bool:
    if not sys.stdin.isatty():
        raise CliError(_("Cannot ask for confirmation without a terminal: compare the words, then run again "
                         "with --yes."))
    answer = input(question + " ")
    return answer.strip().lower() in {"y", "yes", _("y"), _("yes")}


# -- keys --------------------------------------------------------------------------------------------------


def cmd_keys_show(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import key_fingerprint
    from intake_app.sync import keystore
    from intake_app.sync.profile import current_profile, keys_fingerprint
    from intake_app.vault.vault import Role

    with _opened(args) as vault:
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

    with _opened(args) as vault:
        keystore.require_role(vault, _hq())
        recipient = keystore.rotate_hq_recipient(vault)
    print(_("New recipient: {r}").format(r=recipient))
    print(_("Older keys still decrypt. Issue a new profile (`profile create`) so field devices use the new key, "
            "and make a new key backup."))
    return 0


def cmd_keys_backup(args: argparse.Namespace) -> int:
    from intake_app.sync import keystore

    out = Path(args.out)
    with _opened(args) as vault:
        keystore.require_role(vault, _hq())
        if out.exists() or out.is_symlink():
            raise CliError(_("{path} already exists; choose another name (nothing was written).").format(path=out))
        text = keystore.backup_identity_file(vault)
    write_new_file(out, text.encode("ascii"), 0o600)
    print(_("WARNING: {path} holds headquarters' secret keys. Whoever holds this file can read every bundle "
            "ever sent to headquarters. Keep it offline, encrypted, and locked away; never e-mail it or leave "
            "it on a shared drive.").format(path=out), file=sys.stderr)
    print(_("Key backup written to {path}.").format(path=out))
    return 0


def _hq() -> Any:
    from intake_app.vault.vault import Role

    return Role.HQ


def _field() -> Any:
    from intake_app.vault.vault import Role

    return Role.FIELD


# -- profile -----------------------------------------------------------------------------------------------


def _print_profile(profile: Any) -> None:
    policy = profile.export_policy
    print(_("Organisation: {name}").format(name=profile.organisation))
    print(_("Version: {v} (issued {at})").format(v=profile.profile_version, at=profile.issued_at))
    print(_("Recipients:"))
    for recipient in profile.hq_recipients:
        print("    " + recipient)
    print(_("Headquarters signing key id: {id}").format(id=profile.hq_signing_key.key_id_hex()))
    allowed = ", ".join(f"{t}:{','.join(sorted(v))}" for t, v in sorted(policy.identifying_fields.items()) if v)
    print(_("Identifying fields allowed to leave the field: {fields}").format(fields=allowed or _("none")))
    print(_("Identifying attachments allowed: {answer}").format(
        answer=_("yes") if policy.include_identifying_attachments else _("no")))
    print(_("Purge delay after delivery: {n} days").format(n=policy.purge_delay_days))
    print(_("Taxonomy version: {v}").format(v=profile.taxonomy_version))
    print(_("Fingerprint: {words}").format(words=" ".join(profile.fingerprint())))


def cmd_profile_create(args: argparse.Namespace) -> int:
    from intake_app.sync import keystore
    from intake_app.sync.profile import ExportPolicy, create_profile, read_profile

    out = Path(args.out)
    if out.exists() or out.is_symlink():
        raise CliError(_("{path} already exists; choose another name (nothing was written).").format(path=out))
    policy = ExportPolicy.from_specs(args.allow_identifying,
                                     include_identifying_attachments=args.allow_identifying_attachments,
                                     purge_delay_days=args.purge_days)
    with _opened(args) as vault:
        keystore.require_role(vault, _hq())
        data = create_profile(vault, args.organisation, policy)
    write_new_file(out, data, 0o644)
    profile, _doc = read_profile(data)
    print(_("Deployment profile version {v} written to {path}.").format(v=profile.profile_version, path=out))
    print(_("Fingerprint (read it to each field worker by phone or in person): {words}").format(
        words=" ".join(profile.fingerprint())))
    return 0


def cmd_profile_import(args: argparse.Namespace) -> int:
    from intake_app.sync.profile import MAX_PROFILE_SIZE, ProfileImportOutcome, import_profile

    data = read_input(args.file, MAX_PROFILE_SIZE)

    def confirm(profile: Any, words: list[str]) -> bool:
        _print_profile(profile)
        print()
        print(_("Compare these words with headquarters by phone or in person:"))
        print("    " + " ".join(words))
        return True if args.yes else _ask_yes(_("Do they match exactly? [y/N]"))

    with _opened(args) as vault:
        result = import_profile(vault, data, confirm)
    print(result.outcome.message)
    if result.outcome is ProfileImportOutcome.DECLINED:
        return 1
    if result.outcome is not ProfileImportOutcome.TRUSTED_FIRST_TIME:
        print(_("Fingerprint: {words}").format(words=" ".join(result.fingerprint)))
    return 0


def cmd_profile_show(args: argparse.Namespace) -> int:
    from intake_app.sync.profile import require_profile

    with _opened(args) as vault:
        profile = require_profile(vault)
    _print_profile(profile)
    return 0


# -- devices -----------------------------------------------------------------------------------------------


def cmd_devices_request(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import create_request, key_fingerprint, read_request
    from intake_app.sync import keystore

    out = Path(args.out)
    if out.exists() or out.is_symlink():
        raise CliError(_("{path} already exists; choose another name (nothing was written).").format(path=out))
    with _opened(args) as vault:
        keystore.require_role(vault, _field())
        data = create_request(vault, args.label)
    write_new_file(out, data, 0o644)
    request = read_request(data)
    print(_("Enrollment request written to {path}.").format(path=out))
    print(_("Device id: {id}").format(id=request.device_id))
    print(_("Key fingerprint (headquarters should see the same): {fp}").format(
        fp=key_fingerprint(request.signing_key)))
    return 0


def _print_results(results: Any) -> None:
    items: Iterable[Any] = results if isinstance(results, list | tuple) else [results]
    for item in items:
        message = getattr(item, "message", None)
        if isinstance(message, str):
            print(message)


def cmd_devices_approve(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import MAX_REQUEST_SIZE, approve
    from intake_app.sync import keystore

    target = args.target
    is_file = Path(target).is_file()
    request = read_input(target, MAX_REQUEST_SIZE) if is_file else None
    with _opened(args) as vault:
        keystore.require_role(vault, _hq())
        result = approve(vault, request, None if is_file else target)
        print(result.message)
        # Bundles of this device waiting in quarantine (the bundle import's module) go in now.
        if importlib.util.find_spec("intake_app.hq.quarantine") is None:
            return 0
        from intake_app.hq.quarantine import import_quarantined

        _print_results(import_quarantined(vault, result.device.device_id))
    return 0


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import revoke
    from intake_app.sync import keystore

    with _opened(args) as vault:
        keystore.require_role(vault, _hq())
        result = revoke(vault, args.device_id, args.since)
    print(result.message)
    return 0


def cmd_devices_list(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import list_devices
    from intake_app.sync import keystore

    with _opened(args) as vault:
        keystore.require_role(vault, _hq())
        devices = list_devices(vault)
    if not devices:
        print(_("No devices known yet."), file=sys.stderr)
    print("\t".join((_("device"), _("status"), _("label"), _("key"), _("enrolled"), _("last sequence"),
                     _("last bundle"), _("gaps"), _("revoked since"))))
    for d in devices:
        status = d.status.label + (" (" + _("key conflict") + ")" if d.key_conflict else "")
        print("\t".join((d.device_id, status, d.label or "-", d.key_fingerprint, d.enrolled_at or "-",
                         "-" if d.last_sequence is None else str(d.last_sequence), d.last_bundle_at or "-",
                         str(d.gaps), d.revoked_since or "-")))
    return 0
