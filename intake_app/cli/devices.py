"""Enrollment of field devices: `devices request`, `approve`, `revoke`, `list`, `quarantine`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from intake_app.cli.common import CliError, ask_yes, command, new_output, opened, read_input, write_new_file
from intake_app.i18n import _
from intake_app.vault.vault import Role


def register(sub: Any) -> None:
    devices = command(sub, "devices", _("field devices: enrollment requests, approval, revocation"))
    dsub = devices.add_subparsers(dest="devices_command", metavar=_("ACTION"), required=True)
    req = command(dsub, "request", _("field: write this device's enrollment request for headquarters"))
    req.add_argument("--out", required=True, metavar=_("FILE"), help=_("new file (never overwritten)"))
    req.add_argument("--label", metavar=_("NAME"), help=_("a short name headquarters will see"))
    req.set_defaults(handler=cmd_devices_request)
    appr = command(dsub, "approve", _("HQ: approve a device from its request file, or a pending device by id"))
    appr.add_argument("target", metavar=_("FILE|ID"))
    appr.add_argument("--yes", action="store_true",
                      help=_("approve a pending device by id without asking (after comparing its fingerprint words)"))
    appr.set_defaults(handler=cmd_devices_approve)
    rev = command(dsub, "revoke", _("HQ: revoke a device: none of its bundles will be imported again"))
    rev.add_argument("device_id", metavar=_("ID"))
    rev.add_argument("--since", metavar="YYYY-MM-DD", help=_("when it may have been compromised (default: today)"))
    rev.set_defaults(handler=cmd_devices_revoke)
    command(dsub, "list", _("HQ: list known devices")).set_defaults(handler=cmd_devices_list)
    quar = command(dsub, "quarantine", _("HQ: show (or set) the limits of the quarantine for unapproved devices"))
    quar.add_argument("--devices", type=int, metavar="N", help=_("how many unapproved devices may wait"))
    quar.add_argument("--bundles", type=int, metavar="N", help=_("how many bundles may wait in all"))
    quar.add_argument("--max-mib", type=int, metavar="N", help=_("how many MiB the waiting bundles may take in all"))
    quar.set_defaults(handler=cmd_devices_quarantine)


def cmd_devices_request(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import create_request, key_fingerprint, key_fingerprint_words, read_request
    from intake_app.sync import keystore

    out = new_output(args.out)
    with opened(args) as vault:
        keystore.require_role(vault, Role.FIELD)
        data = create_request(vault, args.label)
    write_new_file(out, data, 0o644)
    request = read_request(data)
    print(_("Enrollment request written to {path}.").format(path=out))
    print(_("Device id: {id}").format(id=request.device_id))
    print(_("Key fingerprint (headquarters should see the same): {fp}").format(
        fp=key_fingerprint(request.signing_key)))
    print(_("Fingerprint words (read them to headquarters by phone or in person): {words}").format(
        words=key_fingerprint_words(request.signing_key)))
    return 0


def cmd_devices_approve(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import MAX_REQUEST_SIZE, approve
    from intake_app.sync import keystore
    from intake_app.sync.device_names import device_names

    target = args.target
    is_file = Path(target).is_file()
    request = read_input(target, MAX_REQUEST_SIZE) if is_file else None
    with opened(args) as vault:
        keystore.require_role(vault, Role.HQ)
        if request is None:
            _confirm_pending(vault, target, args.yes)
        result = approve(vault, request, None if is_file else target)
        print(result.text(device_names(vault, full_ids=True)))
        print(_("Fingerprint words: {words}").format(words=result.device.fingerprint_words))
        # Bundles of this device waiting in quarantine go in now.
        from intake_app.hq.importer import import_quarantined

        for outcome in import_quarantined(vault, result.device.device_id):
            print(outcome.text(device_names(vault, full_ids=True)))
    return 0


def _confirm_pending(vault: Any, device_id: str, yes: bool) -> None:
    """A pending device's key came only with its bundles: its words must be compared with the laptop's first."""
    from intake_app.hq.devices import get_device

    device = get_device(vault, device_id)
    if device is None or yes:
        return  # unknown ids get approve's own refusal
    name = f"{device.label} ({device_id})" if device.label else device_id
    print(_("Device {device} presents the key with these fingerprint words:").format(device=name))
    print("    " + device.fingerprint_words)
    print(_("Compare them with the words the field laptop shows (Sync, or `devices request`) by phone or in "
            "person, never by a message that came with the bundle."))
    if not ask_yes(_("Do the words match? Approve this device? [y/N]"),
                   no_terminal=_("Compare the fingerprint words first, then run again with --yes.")):
        raise CliError(_("Not approved; nothing was changed."))


def cmd_devices_quarantine(args: argparse.Namespace) -> int:
    from intake_app.hq.quarantine import QuarantineLimits, quarantine_limits, quarantine_use, set_quarantine_limits
    from intake_app.sync import keystore

    with opened(args) as vault:
        keystore.require_role(vault, Role.HQ)
        limits = quarantine_limits(vault)
        if args.devices is not None or args.bundles is not None or args.max_mib is not None:
            limits = set_quarantine_limits(vault, QuarantineLimits(
                devices=limits.devices if args.devices is None else args.devices,
                bundles=limits.bundles if args.bundles is None else args.bundles,
                bytes=limits.bytes if args.max_mib is None else args.max_mib * (1 << 20)))
        use = quarantine_use(vault)
    print(_("Waiting devices: {n} of at most {limit}").format(n=use.devices, limit=limits.devices))
    print(_("Waiting bundles: {n} of at most {limit}").format(n=use.bundles, limit=limits.bundles))
    print(_("Space taken: {n} MiB of at most {limit} MiB").format(n=-(-use.bytes // (1 << 20)),
                                                                 limit=limits.bytes // (1 << 20)))
    return 0


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import revoke
    from intake_app.sync import keystore
    from intake_app.sync.device_names import device_names

    with opened(args) as vault:
        keystore.require_role(vault, Role.HQ)
        result = revoke(vault, args.device_id, args.since)
        print(result.text(device_names(vault, full_ids=True)))
    return 0


def cmd_devices_list(args: argparse.Namespace) -> int:
    from intake_app.hq.devices import list_devices
    from intake_app.sync import keystore

    with opened(args) as vault:
        keystore.require_role(vault, Role.HQ)
        devices = list_devices(vault)
    if not devices:
        print(_("No devices known yet."), file=sys.stderr)
    print("\t".join((_("device"), _("status"), _("label"), _("key"), _("enrolled"), _("last sequence"),
                     _("last bundle"), _("gaps"), _("revoked since"), _("activity log"))))
    for d in devices:
        status = d.status.text() + (" (" + _("key conflict") + ")" if d.key_conflict else "")
        log_state = _("CUT OR REWRITTEN") if d.audit_broken else _("intact")
        print("\t".join((d.device_id, status, d.label or "-", d.key_fingerprint, d.enrolled_at or "-",
                         "-" if d.last_sequence is None else str(d.last_sequence), d.last_bundle_at or "-",
                         str(d.gaps), d.revoked_since or "-", log_state)))
    return 0
