"""Schema version 4: bundle ledger, conflicts, quarantine and delivery marks. (Filled in with the bundle
import and merge work.)"""

V4_SYNC = """
CREATE TABLE bundle_ledger (
    bundle_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL
)
"""
