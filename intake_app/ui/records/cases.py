"""Finding and naming cases for the pickers and lists: "alias · code", never an identifying field."""

from __future__ import annotations

from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.vault.records import RecordStore
from intake_app.vault.search import SearchQuery, search
from intake_app.vault.vault import Vault


def case_display(alias: str, code: str) -> str:
    return _("{alias} · {code}").format(alias=alias, code=code)


class CaseDirectory:
    """Names of cases by id, read once and cached for the life of a view (cleared on every save)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.store = RecordStore(vault)
        self._names: dict[str, str] = {}

    def clear(self) -> None:
        self._names.clear()

    def name(self, case_id: str | None) -> str:
        if not case_id:
            return ""
        found = self._names.get(case_id)
        if found is None:
            try:
                env = self.store.get_envelope(case_id)
            except IntakeError:  # the vault was locked: show nothing rather than fail a repaint
                return ""
            if env is None or env["type"] != "case":
                found = _("(unknown case)")
            elif env["deleted"]:
                found = _("(deleted case)")
            else:
                found = case_display(env["data"]["alias"], env["data"]["code"])
            self._names[case_id] = found
        return found

    def find(self, text: str, *, limit: int = 20, exclude: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
        """Cases whose code, alias or notes match `text` (the most recently changed first)."""
        ids: list[str] = []
        try:
            exact = self.store.find_case_by_code(text) if len(text.strip()) >= 8 else None
            rows = search(self.vault, SearchQuery(text=text, types=("case",), limit=limit + len(exclude)))
        except IntakeError:  # the vault was locked
            return []
        if exact is not None:
            ids.append(exact.id)
        ids.extend(r.id for r in rows if r.id not in ids)
        return [(i, self.name(i)) for i in ids if i not in exclude][:limit]
