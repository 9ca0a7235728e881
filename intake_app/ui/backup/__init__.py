"""Whole-vault backup from the app: the Back up dialog (reached from Settings) and the reminder line."""

from __future__ import annotations

from intake_app.i18n import P_, _
from intake_app.vault.backup import backup_overdue
from intake_app.vault.vault import Vault, VaultLockedError


def reminder_text(vault: Vault) -> str:
    """The status-bar reminder, or "" when none is due (a field worker sees one only if they asked)."""
    try:
        overdue = backup_overdue(vault)
    except VaultLockedError:
        return ""
    if overdue is None:
        return ""
    if overdue < 0:
        return _("No verified backup yet: back up in Settings.")
    return P_("Last verified backup {n} day ago: back up in Settings.",
              "Last verified backup {n} days ago: back up in Settings.", overdue).format(n=overdue)
