"""The unlock dialog: passphrase or recovery key, with the throttle's countdown."""
