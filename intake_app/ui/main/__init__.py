"""The main window: navigation between the record pages, toolbar and status bar."""
