"""Schema version 3: keys held inside the vault, the deployment profile a field device trusts (or HQ issued),
and the devices headquarters knows.

Statements are separated by a semicolon at the end of a line (see `schema._sql`): no such sequence may
appear inside a comment.
"""

V3_TRUST = """
-- Secret keys never leave the (encrypted) vault except through an explicit backup.
-- kind: device_signing (field), hq_signing and hq_age (HQ). For signing keys `secret` is the 32-byte
-- Ed25519 seed and `public` the minisign public key (base64, with its key id); for age identities
-- `secret` is the AGE-SECRET-KEY-1 text (UTF-8) and `public` the age1 recipient.
-- active = 0: kept for decrypting, no longer announced (a rotated-out recipient).
CREATE TABLE vault_keys (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('device_signing', 'hq_signing', 'hq_age')),
    secret BLOB NOT NULL,
    public TEXT NOT NULL,
    created_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX vault_keys_kind ON vault_keys(kind, active, seq);

-- Deployment profiles: on a field device those imported (the newest is in force, its signing key is the
-- trusted HQ key), on HQ those issued. `body` is the canonical JSON the signature covers.
CREATE TABLE deployment_profiles (
    profile_version INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL,
    hq_signing_key TEXT NOT NULL,
    body TEXT NOT NULL,
    signature TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    issued_here INTEGER NOT NULL DEFAULT 0 CHECK (issued_here IN (0, 1))
);

-- Field devices known to HQ. pending: seen (enrollment request or quarantined bundle), not approved yet.
-- key_conflict = 1: bundles naming this pending device were signed by more than one key, so it can only be
-- approved from its enrollment request file (proof of possession), not by id.
CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    signing_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'revoked')),
    key_conflict INTEGER NOT NULL DEFAULT 0 CHECK (key_conflict IN (0, 1)),
    first_seen_at TEXT NOT NULL,
    enrolled_at TEXT,
    revoked_at TEXT,
    revoked_since TEXT,
    last_sequence INTEGER,
    last_bundle_at TEXT,
    gaps INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX devices_status ON devices(status, device_id)
"""
