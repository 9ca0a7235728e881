"""Sync on a field laptop: deployment profile and enrollment, bundle export, receipts and purge."""
