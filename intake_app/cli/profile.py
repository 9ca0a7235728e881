"""The signed deployment profile: `profile create`, `profile import`, `profile show`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake_app.cli.common import (
    ask_yes,
    command,
    new_output,
    opened,
    progress_printer,
    read_input,
    write_new_file,
)
from intake_app.i18n import P_, _
from intake_app.vault.vault import Role


def register(sub: Any) -> None:
    profile = command(sub, "profile", _("the signed deployment profile"))
    psub = profile.add_subparsers(dest="profile_command", metavar=_("ACTION"), required=True)
    create = command(psub, "create", _("HQ: issue a signed deployment profile for field devices"))
    create.add_argument("--out", required=True, metavar=_("FILE"), help=_("new file (never overwritten)"))
    create.add_argument("--organisation", required=True, metavar=_("NAME"))
    create.add_argument("--allow-identifying", action="append", default=[], metavar="TYPE:FIELD,…",
                        help=_("identifying fields that may leave the field, e.g. case:legal_name "
                               "(repeatable; default: none)"))
    create.add_argument("--allow-identifying-attachments", action="store_true",
                        help=_("let attachments marked identifying leave the field (default: no)"))
    create.add_argument("--keep-originals", action="store_true",
                        help=_("field devices keep the unaltered original of each photo beside the copy "
                               "without metadata (it leaves the field only with identifying attachments)"))
    create.add_argument("--purge-days", type=int, default=30, metavar="N",
                        help=_("days after delivery before the field may purge records (default 30)"))
    create.set_defaults(handler=cmd_profile_create)
    imp = command(psub, "import", _("field: import the deployment profile headquarters sent"))
    imp.add_argument("file", metavar=_("FILE"))
    imp.add_argument("--yes", action="store_true",
                     help=_("do not ask to confirm the fingerprint (for scripts that checked it otherwise)"))
    imp.set_defaults(handler=cmd_profile_import)
    command(psub, "show", _("show the deployment profile in force")).set_defaults(handler=cmd_profile_show)


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
    print(P_("Purge delay after delivery: {n} day", "Purge delay after delivery: {n} days",
             policy.purge_delay_days).format(n=policy.purge_delay_days))
    print(_("Unaltered originals of photos kept: {answer}").format(
        answer=_("yes") if profile.keep_originals else _("no")))
    if profile.matching is not None:
        print(_("Match tokens: key {id}, Argon2id {mib} MiB, {passes} passes").format(
            id=profile.matching.key_id, mib=profile.matching.params.memory_kib // 1024,
            passes=profile.matching.params.iterations))
    print(_("Taxonomy version: {v}").format(v=profile.taxonomy_version))
    print(_("Fingerprint: {words}").format(words=" ".join(profile.fingerprint())))


def cmd_profile_create(args: argparse.Namespace) -> int:
    from intake_app.sync import keystore
    from intake_app.sync.profile import ExportPolicy, create_profile, read_profile

    out = new_output(args.out)
    policy = ExportPolicy.from_specs(args.allow_identifying,
                                     include_identifying_attachments=args.allow_identifying_attachments,
                                     purge_delay_days=args.purge_days)
    with opened(args) as vault:
        keystore.require_role(vault, Role.HQ)
        data = create_profile(vault, args.organisation, policy, keep_originals=args.keep_originals)
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
        return True if args.yes else ask_yes(_("Do they match exactly? [y/N]"), no_terminal=_(
            "Cannot ask for confirmation without a terminal: compare the words, then run again with --yes."))

    with opened(args) as vault:
        result = import_profile(vault, data, confirm)
        refreshed = 0
        if result.outcome is not ProfileImportOutcome.DECLINED:
            from intake_app.vault.match import refresh_all

            # Cases saved before this profile get their match tokens now (a new version each).
            refreshed = refresh_all(vault, progress=progress_printer(sys.stderr.isatty()))
    print(result.outcome.text())
    if refreshed:
        print(P_("Match tokens were computed for {n} case.", "Match tokens were computed for {n} cases.",
                 refreshed).format(n=refreshed))
    if result.outcome is ProfileImportOutcome.DECLINED:
        return 1
    if result.outcome is not ProfileImportOutcome.TRUSTED_FIRST_TIME:
        print(_("Fingerprint: {words}").format(words=" ".join(result.fingerprint)))
    return 0


def cmd_profile_show(args: argparse.Namespace) -> int:
    from intake_app.sync.profile import require_profile

    with opened(args) as vault:
        profile = require_profile(vault)
    _print_profile(profile)
    return 0
