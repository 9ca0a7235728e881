"""The names people know devices by, for every message and table that mentions one.

A device id is a UUID: exact, but meaningless to a coordinator. What a person recognises is the label the
field worker typed when writing the enrollment request ("Yanji laptop 2"), kept in HQ's devices table, and
"Headquarters" for HQ's own id (versions made at HQ). Screens show the name and keep the id for a tooltip;
the command line shows the name too, and the whole id of a device that has no label (a pending device must
still be approvable by id), while `devices list` always prints the ids for scripts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from intake_app.i18n import _
from intake_app.vault.vault import Role, Vault

DEVICE_ID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def short_id(device_id: str | None) -> str:
    """The first block of a device id: enough to tell unnamed devices apart on screen."""
    return (device_id or "-").split("-")[0]


@dataclass(frozen=True)
class DeviceNames:
    """Device id -> name. `full_ids`: a device without a label is named by its whole id, not its first block."""

    labels: Mapping[str, str] = field(default_factory=dict)
    own_id: str = ""
    own_name: str = ""
    full_ids: bool = False

    def label(self, device_id: str | None) -> str:
        """The label a person gave the device ("Headquarters" for HQ's own id), or "" if it has none."""
        if not device_id:
            return ""
        if device_id == self.own_id and self.own_name:
            return self.own_name
        return self.labels.get(device_id, "")

    def name(self, device_id: str | None) -> str:
        """The label, else the id (its first block unless `full_ids`)."""
        return self.label(device_id) or ((device_id or "-") if self.full_ids else short_id(device_id))

    def relabel(self, text: str) -> str:
        """`text` with the id of every device of the table replaced by its name (for messages formatted with
        ids by code that had no names at hand). Other UUIDs (bundles, records) and HQ's own id stay as they are."""
        return DEVICE_ID.sub(lambda m: self.name(m.group(0)) if m.group(0) in self.labels else m.group(0), text)


def device_names(vault: Vault, *, full_ids: bool = False) -> DeviceNames:
    """The names of the devices the vault knows: HQ's devices table (and "headquarters" for itself); a field
    laptop knows only itself ("this laptop")."""
    if vault.info.role is Role.HQ:
        with vault.reading() as conn:
            labels = {str(device_id): str(label or "") for device_id, label in
                      conn.execute("SELECT device_id, label FROM devices").fetchall()}
        own = _("Headquarters")
    else:
        labels, own = {}, _("this laptop")
    return DeviceNames(labels=labels, own_id=vault.info.device_id, own_name=own, full_ids=full_ids)
