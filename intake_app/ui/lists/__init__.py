"""Record lists: a lazily fetched table of one record type beside its editor."""
