"""Protections without a window: `settings set wipe-after N|off`, `settings set panic lock|destroy`,
`settings show`. Changing them needs the vault's passphrase, like the Settings window."""

from __future__ import annotations

import argparse
from typing import Any

from intake_app import paths
from intake_app.cli.common import CliError, command, opened
from intake_app.i18n import P_, _
from intake_app.settings import (
    PANIC_ACTIONS,
    PANIC_DESTROY,
    WIPE_AFTER_MAX,
    WIPE_AFTER_MIN,
    Settings,
    valid_wipe_after,
)

KEYS = ("wipe-after", "panic")


def register(sub: Any) -> None:
    settings = command(sub, "settings", _("protections: wipe after failed unlocks, panic action"))
    ssub = settings.add_subparsers(dest="settings_command", metavar=_("ACTION"), required=True)
    set_cmd = command(ssub, "set", _("change a setting: wipe-after N|off, panic lock|destroy"))
    set_cmd.add_argument("key", choices=KEYS, metavar=_("NAME"), help="wipe-after | panic")
    set_cmd.add_argument("value", metavar=_("VALUE"))
    set_cmd.set_defaults(handler=cmd_settings_set)
    show = command(ssub, "show", _("show the protections"))
    show.set_defaults(handler=cmd_settings_show)


def _parse_wipe_after(text: str) -> int:
    if text.strip().lower() == "off":
        return 0
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value == 0 or not valid_wipe_after(value):
        raise CliError(_("wipe-after takes a number from {low} to {high}, or off; nothing was changed.").format(
            low=WIPE_AFTER_MIN, high=WIPE_AFTER_MAX))
    return value


def _parse_panic(text: str) -> str:
    if text not in PANIC_ACTIONS:
        raise CliError(_("panic takes lock or destroy; nothing was changed."))
    return text


def cmd_settings_set(args: argparse.Namespace) -> int:
    # The value is checked before the passphrase is asked for, so a typo costs no unlock.
    wipe_after = _parse_wipe_after(args.value) if args.key == "wipe-after" else None
    panic = _parse_panic(args.value) if args.key == "panic" else None
    base = paths.data_dir()
    with opened(args):
        settings = Settings.load(base)
        if wipe_after is not None:
            settings.wipe_after = wipe_after
        if panic is not None:
            settings.panic_action = panic
        settings.save(base)
    _print(settings)
    return 0


def cmd_settings_show(args: argparse.Namespace) -> int:
    with opened(args):
        _print(Settings.load(paths.data_dir()))
    return 0


def _print(settings: Settings) -> None:
    if settings.wipe_after:
        print(P_("Wipe after failed unlocks: after {n} wrong passphrase in a row, the vault is destroyed.",
                 "Wipe after failed unlocks: after {n} wrong passphrases in a row, the vault is destroyed.",
                 settings.wipe_after).format(n=settings.wipe_after))
    else:
        print(_("Wipe after failed unlocks: off."))
    if settings.panic_action == PANIC_DESTROY:
        print(_("Panic key: locks and destroys the vault's keys (nothing can open it afterwards)."))
    else:
        print(_("Panic key: locks."))
