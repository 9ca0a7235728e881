"""Locking: idle auto-lock, the Lock action, the panic shortcut, and tearing down every record view."""
