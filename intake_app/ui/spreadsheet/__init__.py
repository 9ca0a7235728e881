"""The spreadsheet import wizard: file, mapping with suggestions, dry run, import."""
