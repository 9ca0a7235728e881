"""The coordinator's workspace (HQ vaults): keys and their backup, profile, devices, inbox, review."""
