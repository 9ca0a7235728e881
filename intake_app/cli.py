"""`intake-app`: the GUI when run bare, and headless subcommands for everything that needs no window.

Exit codes: 0 success, 1 failure (wrong passphrase, damaged vault…), 2 invalid input or usage.
Secrets come from `--passphrase-file PATH` (or `-` for standard input) or an interactive prompt;
never from the command line, where other users could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from intake_app import __version__, paths
from intake_app.errors import IntakeError
from intake_app.i18n import _, detect_language, set_language
from intake_app.logging_setup import configure_logging


class CliError(IntakeError):
    exit_code = 2


def _read_secret_file(spec: str) -> str:
    """First line of a file (or of stdin for `-`), without its line ending."""
    try:
        if spec == "-":
            line = sys.stdin.readline()
        else:
            with open(spec, encoding="utf-8") as fh:
                line = fh.readline()
    except OSError as exc:
        raise CliError(_("Cannot read {path}: {reason}").format(path=spec, reason=exc.strerror)) from exc
    return line.rstrip("\r\n")


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(_("No passphrase given: use --passphrase-file PATH or - for standard input."))
    return getpass.getpass(label)


def passphrase_from(args: argparse.Namespace, *, new: bool = False) -> str:
    spec = args.new_passphrase_file if new else args.passphrase_file
    if spec:
        return _read_secret_file(spec)
    if new:
        first = _prompt(_("New passphrase: "))
        if first != _prompt(_("Repeat the new passphrase: ")):
            raise CliError(_("The two passphrases differ; nothing was changed."))
        return first
    return _prompt(_("Passphrase: "))


def open_vault(args: argparse.Namespace) -> object:
    """Unlock the vault named by the common options (passphrase, or recovery key file)."""
    from intake_app.vault.unlock import unlock

    base = paths.data_dir()
    if args.recovery_key_file:
        return unlock(base, recovery_text=_read_secret_file(args.recovery_key_file))
    return unlock(base, passphrase=passphrase_from(args))


def build_parser() -> argparse.ArgumentParser:
    from intake_app.cli_commands import register_commands

    parser = argparse.ArgumentParser(
        prog="intake-app",
        description=_("Field Intake: secure, offline records of aid and testimony. "
                      "Without a command, the desktop app starts."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_common_options(parser)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    register_commands(sub)
    return parser


def add_common_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """Options every command takes; subparsers repeat them so they may follow the command name."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar=_("DIR"), default=default,
                        help=_("folder of the vault (default: the platform's data folder, or $INTAKE_DATA_DIR)"))
    parser.add_argument("--passphrase-file", metavar=_("PATH"), default=default,
                        help=_("read the passphrase from the first line of PATH, or - for standard input"))
    parser.add_argument("--recovery-key-file", metavar=_("PATH"), default=default,
                        help=_("unlock with the recovery key in PATH instead of the passphrase"))
    parser.add_argument("--lang", metavar=_("CODE"), default=default,
                        help=_("language of messages: en, ko, ja or zh_CN"))
    parser.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help=_("also print progress notes (never record content)"))


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


def run_gui(args: argparse.Namespace, *, demo_dir: Path | None = None) -> int:
    # Imported here so that headless commands never load Qt.
    from intake_app.ui.app import run_app

    return run_app(data_dir=demo_dir or paths.data_dir(), demo=demo_dir is not None)
