"""age X25519 keys (through pyrage): identities (`AGE-SECRET-KEY-1…`) and recipients (`age1…`).

Only X25519 is used: no passphrase (scrypt), SSH or plugin recipients, ever.
"""

from __future__ import annotations

from collections.abc import Sequence

from pyrage import IdentityError, RecipientError, x25519

from intake_app.crypto.signing import KeyFormatError
from intake_app.domain.models import utc_now
from intake_app.i18n import _

__all__ = ["KeyFormatError", "generate_identity", "identity_file_text", "parse_identity", "parse_recipient",
           "recipient_of"]

RECIPIENT_PREFIX = "age1"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
_MAX_KEY_TEXT = 200  # an X25519 recipient is 62 characters, an identity 74


def generate_identity() -> tuple[str, str]:
    """A new X25519 identity and its recipient: ("AGE-SECRET-KEY-1…", "age1…")."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def parse_identity(text: str) -> x25519.Identity:
    cleaned = text.strip()
    if len(cleaned) > _MAX_KEY_TEXT or not cleaned.upper().startswith(IDENTITY_PREFIX):
        raise KeyFormatError(_("This is not an age X25519 secret key."))
    try:
        return x25519.Identity.from_str(cleaned)
    except (IdentityError, ValueError) as exc:
        raise KeyFormatError(_("This is not an age X25519 secret key.")) from exc


def recipient_of(identity: str) -> str:
    """The recipient ("age1…") of an identity."""
    return str(parse_identity(identity).to_public())


def parse_recipient(text: str) -> str:
    """Check an X25519 recipient and return it in its canonical (lower-case) spelling."""
    cleaned = text.strip() if isinstance(text, str) else ""
    if (not cleaned or len(cleaned) > _MAX_KEY_TEXT or not cleaned.startswith(RECIPIENT_PREFIX)
            or cleaned != cleaned.lower()):
        raise KeyFormatError(_("“{text}” is not an age X25519 recipient (age1…).").format(text=cleaned[:80]))
    try:
        recipient = x25519.Recipient.from_str(cleaned)
    except (RecipientError, ValueError) as exc:
        raise KeyFormatError(
            _("“{text}” is not an age X25519 recipient (age1…).").format(text=cleaned[:80])) from exc
    canonical = str(recipient)
    if canonical != cleaned:
        raise KeyFormatError(_("“{text}” is not an age X25519 recipient (age1…).").format(text=cleaned[:80]))
    return canonical


def identity_file_text(identities: list[str], comment: str = "", *,
                       created_at: Sequence[str] | None = None) -> str:
    """An age identity file (as `age-keygen` writes it), usable with `age -d -i FILE`.

    `comment` becomes `#` lines at the top; `created_at` gives each identity's creation time (default: now).
    """
    if created_at is not None and len(created_at) != len(identities):
        raise ValueError("one creation time per identity")
    lines: list[str] = [f"# {line}".rstrip() for line in comment.splitlines()]
    now = utc_now()
    for i, identity in enumerate(identities):
        recipient = recipient_of(identity)
        created = created_at[i] if created_at is not None else now
        lines += [f"# created: {created}", f"# public key: {recipient}", identity.strip()]
    return "\n".join(lines) + "\n"
