"""What the main window comes back to after a lock: its size and place, its page, each page's layout.

Kept in memory only: by the controller while the process lives, and, when the installed app ends its
process on lock (see `ui/app.py`), in the environment of the process that replaces it. Never in the
settings file: a file rewritten at every lock would keep, in its modification time, a timeline of when
the app was used. It holds no record content: a page key, pixel sizes and Qt's geometry bytes.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any

# The environment variable a fresh process after a lock reads (once) to come back to the same view.
VIEW_ENV = "INTAKE_RESTORE_VIEW"
_MAX_TEXT = 16_384  # a view is a few hundred characters; anything longer is not one of ours


@dataclass
class WindowView:
    """`pages` holds what pages hand over through an optional `view_memory() -> dict` (restored with
    `restore_view_memory(dict)` when the page is built): small JSON values such as splitter sizes."""

    geometry: bytes = b""
    page_key: str = ""
    pages: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_text(self) -> str:
        return json.dumps({"geometry": base64.b64encode(self.geometry).decode("ascii"),
                           "page": self.page_key, "pages": self.pages}, separators=(",", ":"))

    @classmethod
    def from_text(cls, text: str) -> WindowView | None:
        """The view written by `to_text`; None for anything else (the window then opens as new)."""
        if not text or len(text) > _MAX_TEXT:
            return None
        try:
            raw = json.loads(text)
            geometry = base64.b64decode(raw["geometry"], validate=True)
            page, pages = raw["page"], raw["pages"]
        except (ValueError, KeyError, TypeError, binascii.Error):
            return None
        if not isinstance(page, str) or not isinstance(pages, dict) \
                or not all(isinstance(k, str) and isinstance(v, dict) for k, v in pages.items()):
            return None
        return cls(geometry, page, pages)
