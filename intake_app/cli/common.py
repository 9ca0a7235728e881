"""What every command group shares: the common options, unlocking, secrets, files, questions, progress."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from intake_app import paths
from intake_app.errors import IntakeError
from intake_app.fileutil import read_bounded, refuse_existing, write_new_file
from intake_app.i18n import _

__all__ = [
    "CliError",
    "add_common_options",
    "ask_yes",
    "command",
    "new_output",
    "open_vault",
    "opened",
    "passphrase_from",
    "progress_printer",
    "read_input",
    "read_secret_file",
    "refuse_existing",
    "run_gui",
    "write_new_file",
]


class CliError(IntakeError):
    exit_code = 2


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


def command(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand that also takes the common options after its name."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    add_common_options(parser, suppress=True)
    return parser


# -- secrets and unlocking ---------------------------------------------------------------------------------


def read_secret_file(spec: str) -> str:
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
        return read_secret_file(spec)
    if new:
        first = _prompt(_("New passphrase: "))
        if first != _prompt(_("Repeat the new passphrase: ")):
            raise CliError(_("The two passphrases differ; nothing was changed."))
        return first
    return _prompt(_("Passphrase: "))


def open_vault(args: argparse.Namespace) -> Any:
    """Unlock the vault named by the common options (passphrase, or recovery key file)."""
    from intake_app.vault.unlock import unlock

    base = paths.data_dir()
    # wait: a command is a new process, and the throttle counts its delay from the process's start.
    if args.recovery_key_file:
        return unlock(base, recovery_text=read_secret_file(args.recovery_key_file), wait=True)
    return unlock(base, passphrase=passphrase_from(args), wait=True)


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Any]:
    """The unlocked vault for the length of a command; closed (and its key dropped) whatever happens."""
    vault = open_vault(args)
    try:
        yield vault
    finally:
        vault.close()


# -- files, questions, progress ----------------------------------------------------------------------------


def read_input(path: str, limit: int) -> bytes:
    """At most `limit` bytes of a file given on the command line (one more shows it is too large)."""
    return read_bounded(path, limit)


def new_output(path: str) -> Path:
    """The output file a command will create; refused before any work if the name is taken."""
    out = Path(path)
    refuse_existing(out)
    return out


def ask_yes(question: str, *, no_terminal: str | None = None) -> bool:
    """A yes/no question on the terminal; without one, refuse with `no_terminal` (or a general message)."""
    if not sys.stdin.isatty():
        raise CliError(no_terminal or _("Cannot ask for confirmation without a terminal: run again with --yes."))
    answer = input(question + " ")
    return answer.strip().lower() in {"y", "yes", _("y"), _("yes")}


def progress_printer(enabled: bool) -> Callable[[int, int], None] | None:
    """A `progress(done, total)` callback printing a percentage on a terminal, or None."""
    if not enabled or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total:
            print(f"\r{min(100, done * 100 // total):3d} %", end="", file=sys.stderr, flush=True)

    return show


def run_gui(args: argparse.Namespace, *, demo_dir: Path | None = None, demo_passphrase: str | None = None) -> int:
    # Imported here so that headless commands never load Qt.
    from intake_app.ui.app import run_app

    return run_app(data_dir=demo_dir or paths.data_dir(), demo_passphrase=demo_passphrase)
