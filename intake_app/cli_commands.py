"""The headless subcommands of `intake-app` (vault, records, verify, demo)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from intake_app import paths
from intake_app.cli import CliError, add_common_options, open_vault, passphrase_from
from intake_app.i18n import _


def _cmd(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_common_options(parser, suppress=True)
    return parser


def register_commands(sub: Any) -> None:
    init = _cmd(sub, "init", _("create a new vault and print its recovery key once"))
    init.add_argument("--role", choices=("field", "hq"), default="field",
                      help=_("field: a worker's laptop; hq: headquarters (default: field)"))
    init.set_defaults(handler=cmd_init)

    records = _cmd(sub, "records", _("import, count and search records"))
    rsub = records.add_subparsers(dest="records_command", metavar=_("ACTION"), required=True)
    imp = _cmd(rsub, "import", _("import records from a JSON Lines file, all or nothing"))
    imp.add_argument("file", metavar=_("FILE.jsonl"), help=_("one record per line; - for standard input"))
    imp.set_defaults(handler=cmd_records_import)
    cnt = _cmd(rsub, "count", _("count the records in the vault"))
    cnt.add_argument("--type", choices=("case", "aid", "testimony", "attachment"))
    cnt.set_defaults(handler=cmd_records_count)
    srch = _cmd(rsub, "search", _("search the records (full text and filters)"))
    srch.add_argument("query", nargs="?", default="", help=_("words to find (all must match)"))
    srch.add_argument("--type", action="append", choices=("case", "aid", "testimony", "attachment"))
    srch.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    srch.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    for facet, help_text in (("category", _("aid category, e.g. food")),
                             ("violation", _("violation type, e.g. torture")),
                             ("province", _("province key, e.g. north_hamgyong or jilin")),
                             ("situation", _("case situation, e.g. in_hiding_china")),
                             ("consent", _("consent in force, e.g. un_mechanisms"))):
        srch.add_argument(f"--{facet}", help=help_text)
    srch.add_argument("--limit", type=int, default=50)
    srch.set_defaults(handler=cmd_records_search)

    verify = _cmd(sub, "verify", _("check the vault: encryption, structure, search index, audit chain"))
    verify.set_defaults(handler=cmd_verify)

    pw = _cmd(sub, "passphrase", _("change the passphrase"))
    pwsub = pw.add_subparsers(dest="passphrase_command", metavar=_("ACTION"), required=True)
    change = _cmd(pwsub, "change", _("set a new passphrase (unlock with the old one or the recovery key)"))
    change.add_argument("--new-passphrase-file", metavar=_("PATH"),
                        help=_("read the new passphrase from PATH (- for standard input)"))
    change.set_defaults(handler=cmd_passphrase_change)

    rk = _cmd(sub, "recovery-key", _("replace the recovery key"))
    rksub = rk.add_subparsers(dest="recovery_command", metavar=_("ACTION"), required=True)
    rk_new = _cmd(rksub, "replace", _("make a new recovery key; the old one stops working"))
    rk_new.set_defaults(handler=cmd_recovery_replace)

    demo = _cmd(sub, "demo", _("open a throwaway vault with fictional sample records"))
    demo.add_argument("--no-gui", action="store_true", help=_("create it, print its summary, and delete it"))
    demo.add_argument("--cases", type=int, default=120, help=_("number of fictional cases (default 120)"))
    demo.add_argument("--keep", action="store_true", help=_("keep the demo folder (printed) instead of deleting it"))
    demo.set_defaults(handler=cmd_demo)

    from intake_app import cli_sync, cli_trust

    cli_trust.register(sub)
    cli_sync.register(sub)


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


@contextlib.contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Any]:
    vault = open_vault(args)
    try:
        yield vault
    finally:
        vault.close()  # type: ignore[attr-defined]


def cmd_records_import(args: argparse.Namespace) -> int:
    from intake_app.vault.jsonl_import import import_jsonl

    stdin = "-"
    if stdin == args.file == args.passphrase_file:
        raise CliError(_("Standard input cannot carry both the passphrase and the records."))
    try:
        stream = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    except OSError as exc:
        raise CliError(_("Cannot read {path}: {reason}").format(path=args.file, reason=exc.strerror)) from exc
    with stream, _opened(args) as vault:
        added = import_jsonl(vault, stream)
    print(_("Imported {cases} cases, {aid} aid distributions and {testimony} testimonies.").format(
        cases=added["case"], aid=added["aid"], testimony=added["testimony"]))
    return 0


def cmd_records_count(args: argparse.Namespace) -> int:
    from intake_app.vault.records import RecordStore

    with _opened(args) as vault:
        store = RecordStore(vault)
        if args.type:
            print(store.count(args.type))
        else:
            for kind, n in store.counts().items():
                print(f"{kind}\t{n}")
    return 0


def cmd_records_search(args: argparse.Namespace) -> int:
    from intake_app.vault.search import SearchQuery, count, search

    facets = {k: v for k, v in (("aid_category", args.category), ("violation", args.violation),
                                ("province", args.province), ("situation", args.situation),
                                ("consent", args.consent)) if v}
    query = SearchQuery(text=args.query, types=tuple(args.type or ()), date_from=args.date_from,
                        date_to=args.date_to, facets=facets, limit=max(1, args.limit))
    with _opened(args) as vault:
        total = count(vault, query)
        for row in search(vault, query):
            print(f"{row.type}\t{row.id}\t{row.event_date or '-'}\t{row.label}")
    print(_("{n} records found.").format(n=total), file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from intake_app.vault.verify import verify_vault

    with _opened(args) as vault:
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
    with _opened(args) as vault:
        new = passphrase_from(args, new=True)
        vault.change_passphrase(new)
    print(_("The passphrase was changed."))
    return 0


def cmd_recovery_replace(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        text = vault.new_recovery_key()
    print_recovery_key(text)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from intake_app.demo import demo_session

    with demo_session(cases=max(1, args.cases), keep=args.keep) as (base, vault, passphrase):
        if args.no_gui:
            from intake_app.vault.records import RecordStore

            print(_("Demo vault in {path} (passphrase: {pw})").format(path=base, pw=passphrase))
            for kind, n in RecordStore(vault).counts().items():
                print(f"{kind}\t{n}")
            return 0
        vault.close()
        from intake_app.cli import run_gui

        return run_gui(args, demo_dir=base)
