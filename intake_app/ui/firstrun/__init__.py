"""The first-run wizard: language, passphrase, recovery key, confirmation; then the vault is created."""
