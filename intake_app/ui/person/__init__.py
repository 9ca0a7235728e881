"""The person page: everything recorded about one person, opened from their case."""
