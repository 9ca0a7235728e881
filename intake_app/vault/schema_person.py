"""Schema version 7: what a person's page looks up without reading every record.

- A case's household links become facets (`household`, the linked case's id), so the cases that name a
  person as a member are found by an index lookup: a household is shown from both sides, though each
  link is recorded on one case only. New and changed cases get the facet from `indexing.py`; this
  migration adds it for the cases already in the vault.
- The audit log gets an index on the record id, so a record's own entries (created, changed, deleted:
  the history a field vault keeps) are read without walking the whole log.

Statements are separated by a semicolon at the end of a line (see `schema._sql`).
"""

V7_PERSON = """
INSERT OR IGNORE INTO record_facets (facet, value, rid)
    SELECT 'household', json_extract(link.value, '$.case_id'), r.rid
    FROM records r, json_each(r.body, '$.data.household') link
    WHERE r.type = 'case' AND r.deleted = 0 AND json_extract(link.value, '$.case_id') IS NOT NULL;
CREATE INDEX audit_record ON audit(record_id)
"""
