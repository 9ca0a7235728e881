"""Search across every record type, with filters."""
