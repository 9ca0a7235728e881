"""Bring records in from spreadsheets (.csv, .xlsx): read, map columns and values, check, import.

`reading` turns a file into tables of text cells (encoding and delimiter found, XLSX read from memory),
`fields` says what each record type can take from a column, `mapping` pairs columns with fields and cell
values with taxonomy keys, `convert` builds records row by row, and `importer` checks and saves them all
in one transaction (or, for a dry run, checks and keeps nothing).
"""
