"""Media files attached to records: pure functions over bytes (no Qt, no file system)."""

from intake_app.media.metadata import MediaMetadataError, StripResult, strip_metadata, strip_metadata_result

__all__ = ["MediaMetadataError", "StripResult", "strip_metadata", "strip_metadata_result"]
