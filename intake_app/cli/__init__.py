"""`intake-app`: the GUI when run bare, and headless subcommands for everything that needs no window.

Exit codes: 0 success, 1 failure (wrong passphrase, damaged vault…), 2 invalid input or usage.
Secrets come from `--passphrase-file PATH` (or `-` for standard input) or an interactive prompt;
never from the command line, where other users could read them in the process list.

One module per command group, each with a `register(sub)` that adds its subcommands; `common` holds what
they share. The modules import `common` and nothing else of this package, so there is no cycle.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from intake_app import __version__, paths
from intake_app.cli import (
    assessments,
    backup,
    demo,
    devices,
    duplicates,
    duress,
    events,
    history,
    keys,
    profile,
    records,
    report,
    settings,
    status,
    sync,
    vault_commands,
)
from intake_app.cli.common import CliError, add_common_options, run_gui
from intake_app.errors import IntakeError
from intake_app.i18n import _, detect_language, set_language
from intake_app.logging_setup import configure_logging

__all__ = ["CliError", "build_parser", "main", "run_gui"]

# In the order `intake-app --help` lists them.
COMMAND_GROUPS = (vault_commands, records, demo, keys, profile, devices, sync, history, report, duplicates,
                  events, assessments, backup, duress, settings, status)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake-app",
        description=_("Field Intake: secure, offline records of aid and testimony. "
                      "Without a command, the desktop app starts."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common_options(parser)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    paths.harden_process()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:
        # The installers' smoke test (intake_app/selftest.py): no vault, data folder or window of the user's.
        from intake_app.selftest import run_self_test

        return run_self_test()
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _rest = early.parse_known_args(argv)
    set_language(known.lang or detect_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    paths.set_data_dir(args.data_dir)
    configure_logging(verbose=bool(getattr(args, "verbose", False)))
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return run_gui(args)
        return handler(args)
    except IntakeError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(_("Interrupted; nothing more was written."), file=sys.stderr)
        return 130
    except Exception:
        # Written to a file only before any vault has opened (logging_setup): a failed start.
        logging.getLogger(__name__).exception("the app stopped on an unexpected error")
        raise

