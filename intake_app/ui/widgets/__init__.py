"""Small widgets shared by the shell's screens (passphrase fields, recovery key display, messages)."""
