"""`demo`: a throwaway vault of fictional records, in the app or printed."""

from __future__ import annotations

import argparse
from typing import Any

from intake_app.cli.common import command, run_gui
from intake_app.i18n import _


def register(sub: Any) -> None:
    demo = command(sub, "demo", _("open a throwaway vault with fictional sample records"))
    demo.add_argument("--no-gui", action="store_true", help=_("create it, print its summary, and delete it"))
    demo.add_argument("--cases", type=int, default=120, help=_("number of fictional cases (default 120)"))
    demo.add_argument("--keep", action="store_true", help=_("keep the demo folder (printed) instead of deleting it"))
    demo.add_argument("--role", choices=("field", "hq"), default="field",
                      help=_("field: a field laptop's vault; hq: headquarters, with records from several laptops"))
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from intake_app.demo import demo_session, hq_demo_session

    session = hq_demo_session if args.role == "hq" else demo_session
    with session(cases=max(1, args.cases), keep=args.keep) as (base, vault, passphrase):
        if args.no_gui:
            from intake_app.vault.records import RecordStore

            print(_("Demo vault in {path} (passphrase: {pw})").format(path=base, pw=passphrase))
            for kind, n in RecordStore(vault).counts().items():
                print(f"{kind}\t{n}")
            return 0
        vault.close()
        return run_gui(args, demo_dir=base, demo_passphrase=passphrase)
