"""The settings dialog: language, auto-lock delay, passphrase change, recovery key."""
