"""Schema version 4: bundles. HQ: the ledger of imported bundles and the versions each brought, merge
conflicts, and bundles waiting in quarantine. Field: the bundles exported and the records delivered.

Statements are separated by a semicolon at the end of a line (see `schema._sql`): no such sequence may
appear inside a comment.
"""

V4_SYNC = """
-- HQ: every bundle imported. `sha256` is the SHA-256 of the bundle's manifest.json (the bundle's hash:
-- it commits to every entry, and the next bundle of the device names it). gap = 1: the device's previous
-- sequence number was never imported. chain_broken = 1: the bundle names a previous bundle whose hash
-- differs from the one imported under that number (a restored or cloned device).
CREATE TABLE bundle_ledger (
    bundle_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    counter_after INTEGER NOT NULL,
    counter_through INTEGER NOT NULL,
    record_count INTEGER NOT NULL,
    attachment_count INTEGER NOT NULL,
    new_records INTEGER NOT NULL DEFAULT 0,
    updated_records INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    gap INTEGER NOT NULL DEFAULT 0 CHECK (gap IN (0, 1)),
    chain_broken INTEGER NOT NULL DEFAULT 0 CHECK (chain_broken IN (0, 1)),
    UNIQUE (device_id, sequence)
) WITHOUT ROWID;

-- HQ: the record versions each imported bundle carried (what a receipt acknowledges).
CREATE TABLE bundle_versions (
    bundle_id TEXT NOT NULL REFERENCES bundle_ledger(bundle_id),
    record_id TEXT NOT NULL,
    version_device TEXT NOT NULL,
    version_counter INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, record_id)
) WITHOUT ROWID;

-- HQ: two versions of one record, neither descending from the other. Both envelopes are kept, in version
-- order (a before b). `winner` is the version shown as the head until a coordinator decides; `pair_key`
-- (SHA-256 of both bodies) makes the same pair one row whatever the order it arrived in.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    pair_key TEXT NOT NULL UNIQUE,
    version_a TEXT NOT NULL,
    body_a TEXT NOT NULL,
    version_b TEXT NOT NULL,
    body_b TEXT NOT NULL,
    winner TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    detected_at TEXT NOT NULL,
    bundle_id TEXT,
    resolved_at TEXT,
    kept_version TEXT
);
CREATE INDEX conflicts_status ON conflicts(status, record_id);

-- HQ: bundles from devices not (yet) approved, kept encrypted, exactly as they arrived, inside the vault:
-- the stick they came on may be gone by the time the device is approved. The signing key is the one the
-- bundle's own manifest presents (unverified until an approval says whose it is).
CREATE TABLE quarantine (
    id INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    size INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'refused')),
    reason TEXT
);
CREATE INDEX quarantine_device ON quarantine(device_id, sequence);
CREATE TABLE quarantine_chunks (
    quarantine_id INTEGER NOT NULL REFERENCES quarantine(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (quarantine_id, seq)
);

-- Field: every bundle this device numbered. status 'writing': the number is taken (a crash may have left
-- the file half-written, so it is never reused); 'written': the file was checked and renamed.
-- Counters covered: after < change_seq <= through. acknowledged_at: when a receipt from HQ named it.
CREATE TABLE export_log (
    sequence INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('writing', 'written')),
    full INTEGER NOT NULL DEFAULT 0 CHECK (full IN (0, 1)),
    counter_after INTEGER NOT NULL,
    counter_through INTEGER NOT NULL,
    sha256 TEXT,
    size INTEGER,
    record_count INTEGER NOT NULL DEFAULT 0,
    attachment_count INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    exported_at TEXT,
    acknowledged_at TEXT
);

-- Field: the version of a record HQ confirmed it holds (by a signed receipt), and when that was learnt.
CREATE TABLE delivered (
    record_id TEXT PRIMARY KEY,
    version_device TEXT NOT NULL,
    version_counter INTEGER NOT NULL,
    delivered_at TEXT NOT NULL
) WITHOUT ROWID
"""
