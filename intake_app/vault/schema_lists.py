"""Schema version 5: indexes for every order a list can be sorted by.

`RecordStore.list_rows` sorts by label (case-insensitively), date, last update or creation; before
this version only the date had a matching index, so every page of a 100,000-case list sorted by alias
or by last update made SQLite sort the whole table again (seconds per page). With these indexes a page
is a walk along the index; the rowid, the orders' tie-breaker, is in every index already.

Statements are separated by a semicolon at the end of a line (see `schema._sql`).
"""

V5_LIST_ORDERS = """
CREATE INDEX records_type_label_nocase ON records(type, deleted, label COLLATE NOCASE);
CREATE INDEX records_type_updated ON records(type, deleted, updated_at);
CREATE INDEX records_type_created ON records(type, deleted, created_at)
"""
