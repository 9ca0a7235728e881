"""What the Home page says, for either role: the next steps as a checklist, counts, the last exchange with
the other side, and what needs attention.

Everything here is read from the open vault (nothing is kept anywhere else: a plaintext "last used" or
"last backup" stamp would be a timeline of use). The steps and warnings are stable keys with their counts;
`step_text` and `warning_text` give their words in the current language, so the GUI and a script say the
same thing.

A backup is "old" after the vault's backup reminder delay (`vault.backup.reminder_days`): 7 days at
headquarters by default, because the headquarters vault is the only complete copy of everything the field
sent, and a week of imports is the most an organisation should risk redoing (field workers may no longer
have the bundles). A field laptop has no reminder unless the worker sets one: its records are safe once a
receipt says headquarters holds them, and every backup on a stick is one more copy to protect.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from intake_app.hq import key_backup
from intake_app.i18n import P_, _
from intake_app.sync import keystore
from intake_app.sync.profile import current_profile, keys_fingerprint
from intake_app.vault.backup import LAST_BACKUP_META, backup_overdue
from intake_app.vault.status import sync_status
from intake_app.vault.vault import Role, Vault


class Step(enum.StrEnum):
    """One line of the checklist; the value is a stable key (the Home page maps it to the page to open)."""

    # field, in the order a new laptop goes through them
    IMPORT_PROFILE = "import_profile"
    ENROL = "enrol"
    RECORD = "record"
    EXPORT = "export"
    IMPORT_RECEIPT = "import_receipt"
    # headquarters
    CREATE_KEYS = "create_keys"
    BACK_UP_KEYS = "back_up_keys"
    BACK_UP_VAULT = "back_up_vault"
    PUBLISH_PROFILE = "publish_profile"
    APPROVE_DEVICES = "approve_devices"
    IMPORT_BUNDLES = "import_bundles"


class Attention(enum.StrEnum):
    """Something that needs doing now (shown above the checklist); a stable key with a count."""

    UNSENT_CHANGES = "unsent_changes"        # count: changes not in any bundle yet
    NO_BACKUP = "no_backup"                  # a reminder is set and no verified backup was ever made
    OLD_BACKUP = "old_backup"                # count: days since the last verified backup
    KEYS_NOT_BACKED_UP = "keys_not_backed_up"
    PROFILE_OUTDATED = "profile_outdated"    # the keys changed after the profile was issued
    PENDING_DEVICES = "pending_devices"      # count: devices waiting for approval
    OPEN_CONFLICTS = "open_conflicts"        # count: conflicts not yet reviewed
    QUARANTINED = "quarantined"              # count: bundles waiting in quarantine


@dataclass(frozen=True)
class NextStep:
    step: Step
    done: bool
    count: int = 0  # what is left, where it can be counted (bundles without a receipt, pending devices)


@dataclass(frozen=True)
class Alert:
    key: Attention
    count: int = 0


@dataclass(frozen=True)
class HomeOverview:
    role: Role
    steps: tuple[NextStep, ...]
    warnings: tuple[Alert, ...]
    counts: dict[str, int] = field(default_factory=dict)  # "case", "aid", "testimony"; HQ also "devices", "conflicts"
    last_export_at: str | None = None       # field: UTC ISO 8601
    last_receipt_at: str | None = None      # field: when a receipt was last imported
    last_import_at: str | None = None       # HQ: when a bundle was last imported
    last_backup_at: str | None = None       # both: the last verified whole-vault backup

    @property
    def next_step(self) -> NextStep | None:
        """The first step not done yet (None when everything is done)."""
        return next((s for s in self.steps if not s.done), None)

    def step(self, step: Step) -> NextStep | None:
        return next((s for s in self.steps if s.step is step), None)

    def warning(self, key: Attention) -> Alert | None:
        return next((w for w in self.warnings if w.key is key), None)


def home_overview(vault: Vault) -> HomeOverview:
    """The Home page's facts for the open vault (a few indexed counts: cheap enough for every visit)."""
    counts = _record_counts(vault)
    last_backup = vault.meta(LAST_BACKUP_META)
    warnings: list[Alert] = []
    overdue = backup_overdue(vault)
    if overdue is not None:
        warnings.append(Alert(Attention.NO_BACKUP) if overdue < 0 else Alert(Attention.OLD_BACKUP, overdue))
    if vault.info.role == Role.HQ:
        return _hq_overview(vault, counts, warnings, last_backup)
    return _field_overview(vault, counts, warnings, last_backup)


def _record_counts(vault: Vault) -> dict[str, int]:
    counts = {"case": 0, "aid": 0, "testimony": 0}
    with vault.reading() as conn:
        for record_type, n in conn.execute("SELECT type, count(*) FROM records WHERE deleted = 0 GROUP BY type"):
            if record_type in counts:
                counts[record_type] = int(n)
    return counts


def _scalar(vault: Vault, sql: str, args: tuple[object, ...] = ()) -> object:
    with vault.reading() as conn:
        row = conn.execute(sql, args).fetchone()
    return row[0] if row else None


# -- field -----------------------------------------------------------------------------------------------------


def _field_overview(vault: Vault, counts: dict[str, int], warnings: list[Alert],
                    last_backup: str | None) -> HomeOverview:
    status = sync_status(vault)
    has_profile = current_profile(vault) is not None
    written = int(_scalar(vault, "SELECT count(*) FROM export_log WHERE status = 'written'") or 0)
    unacknowledged = int(_scalar(vault, "SELECT count(*) FROM export_log WHERE status = 'written'"
                                        " AND acknowledged_at IS NULL") or 0)
    last_receipt = _scalar(vault, "SELECT max(acknowledged_at) FROM export_log")
    # A receipt is written only for an approved device, so one proves the enrollment went through.
    enrolled = last_receipt is not None or _scalar(
        vault, "SELECT 1 FROM audit WHERE action = 'enrollment_requested' LIMIT 1") is not None
    has_records = any(counts.values()) or written > 0  # records already purged after a receipt count too
    steps = (
        NextStep(Step.IMPORT_PROFILE, has_profile),
        NextStep(Step.ENROL, enrolled),
        NextStep(Step.RECORD, has_records),
        NextStep(Step.EXPORT, written > 0 and status.unsent_changes == 0, status.unsent_changes),
        NextStep(Step.IMPORT_RECEIPT, written > 0 and unacknowledged == 0, unacknowledged),
    )
    if status.unsent_changes:
        warnings.insert(0, Alert(Attention.UNSENT_CHANGES, status.unsent_changes))
    return HomeOverview(Role.FIELD, steps, tuple(warnings), counts, last_export_at=status.last_export_at,
                        last_receipt_at=str(last_receipt) if last_receipt else None, last_backup_at=last_backup)


# -- headquarters ----------------------------------------------------------------------------------------------


def _hq_overview(vault: Vault, counts: dict[str, int], warnings: list[Alert],
                 last_backup: str | None) -> HomeOverview:
    has_keys = key_backup.has_hq_keys(vault)
    keys_backed_up = has_keys and key_backup.backup_is_current(vault)
    profile = current_profile(vault)
    profile_current = False
    if has_keys and profile is not None:
        words = keys_fingerprint(keystore.hq_signing_key(vault).public, keystore.hq_recipients(vault))
        profile_current = profile.fingerprint() == words
    with vault.reading() as conn:
        by_status = dict(conn.execute("SELECT status, count(*) FROM devices GROUP BY status").fetchall())
        conflicts = int(conn.execute("SELECT count(*) FROM conflicts WHERE status = 'open'").fetchone()[0])
        waiting = int(conn.execute("SELECT count(*) FROM quarantine WHERE status = 'waiting'").fetchone()[0])
        imported = conn.execute("SELECT count(*), max(imported_at) FROM bundle_ledger").fetchone()
    pending, approved = int(by_status.get("pending", 0)), int(by_status.get("approved", 0))
    steps = (
        NextStep(Step.CREATE_KEYS, has_keys),
        NextStep(Step.BACK_UP_KEYS, keys_backed_up),
        NextStep(Step.BACK_UP_VAULT, last_backup is not None and not any(
            w.key in (Attention.NO_BACKUP, Attention.OLD_BACKUP) for w in warnings)),
        NextStep(Step.PUBLISH_PROFILE, profile_current),
        NextStep(Step.APPROVE_DEVICES, approved > 0 and pending == 0, pending),
        NextStep(Step.IMPORT_BUNDLES, int(imported[0]) > 0 and waiting == 0, waiting),
    )
    if has_keys and not keys_backed_up:
        warnings.insert(0, Alert(Attention.KEYS_NOT_BACKED_UP))
    if has_keys and profile is not None and not profile_current:
        warnings.append(Alert(Attention.PROFILE_OUTDATED))
    for key, n in ((Attention.PENDING_DEVICES, pending), (Attention.QUARANTINED, waiting),
                   (Attention.OPEN_CONFLICTS, conflicts)):
        if n:
            warnings.append(Alert(key, n))
    counts = {**counts, "devices": approved, "conflicts": conflicts}
    return HomeOverview(Role.HQ, steps, tuple(warnings), counts, last_import_at=imported[1],
                        last_backup_at=last_backup)


# -- words -----------------------------------------------------------------------------------------------------


def step_text(step: Step) -> str:
    """The checklist line of a step, in the current language."""
    texts = {
        Step.IMPORT_PROFILE: _("Import the deployment profile from headquarters and compare its fingerprint words "
                               "with them"),
        Step.ENROL: _("Register this laptop: write the enrollment request and give it to headquarters"),
        Step.RECORD: _("Record the people you help, the aid they receive and their testimonies"),
        Step.EXPORT: _("Send what changed to headquarters as a bundle (USB stick or e-mail)"),
        Step.IMPORT_RECEIPT: _("Import the receipt headquarters sends back for each bundle"),
        Step.CREATE_KEYS: _("Create the headquarters keys (or restore them from backup shares)"),
        Step.BACK_UP_KEYS: _("Back up the keys as shares on paper, kept by different people"),
        Step.BACK_UP_VAULT: _("Back up the whole vault to a removable drive"),
        Step.PUBLISH_PROFILE: _("Issue the deployment profile and give it to each field worker"),
        Step.APPROVE_DEVICES: _("Approve each field laptop from its enrollment request"),
        Step.IMPORT_BUNDLES: _("Import the bundles field workers send"),
    }
    return texts[step]


def warning_text(warning: Alert) -> str:
    """What needs attention, in the current language, with its count."""
    n = warning.count
    if warning.key is Attention.UNSENT_CHANGES:
        return P_("{n} change is not at headquarters yet: send a bundle.",
                  "{n} changes are not at headquarters yet: send a bundle.", n).format(n=n)
    if warning.key is Attention.NO_BACKUP:
        return _("There is no verified backup of this vault yet.")
    if warning.key is Attention.OLD_BACKUP:
        return P_("The last verified backup is {n} day old.", "The last verified backup is {n} days old.",
                  n).format(n=n)
    if warning.key is Attention.KEYS_NOT_BACKED_UP:
        return _("The headquarters keys are not backed up: if this computer is lost, everything sent to "
                 "headquarters is lost with it.")
    if warning.key is Attention.PROFILE_OUTDATED:
        return _("The keys changed after the profile was issued: issue a new profile for the field laptops.")
    if warning.key is Attention.PENDING_DEVICES:
        return P_("{n} device is waiting for approval.", "{n} devices are waiting for approval.", n).format(n=n)
    if warning.key is Attention.QUARANTINED:
        return P_("{n} bundle is waiting in quarantine until its device is approved.",
                  "{n} bundles are waiting in quarantine until their devices are approved.", n).format(n=n)
    return P_("{n} conflict is waiting for review.", "{n} conflicts are waiting for review.", n).format(n=n)
