"""The words of the person page: relations that say who is whose ("mother of Little Pine"), what
happened to a record, and totals in plain words."""

from __future__ import annotations

from intake_app.domain.models import AidItem
from intake_app.i18n import _
from intake_app.ui.records.aid_items import format_quantity, summarise_items
from intake_app.ui.records.widgets import taxonomy_label
from intake_app.vault.person import AidTotal, HistoryEntry, HouseholdMember


def relation_words(relation: str, member_sex: str, person: str) -> str:
    """What the member is to `person`, in words that say who is whose: "mother of Little Pine".

    The member's sex, where recorded, picks the word (mother, father, parent); each phrase is one
    message, so every language orders the words its own way ("Little Pine의 어머니").
    """
    female, male = member_sex == "female", member_sex == "male"
    if relation == "parent":
        text = _("mother of {person}") if female else _("father of {person}") if male else _("parent of {person}")
    elif relation == "child":
        text = _("daughter of {person}") if female else _("son of {person}") if male else _("child of {person}")
    elif relation == "sibling":
        text = (_("sister of {person}") if female else _("brother of {person}") if male
                else _("sibling of {person}"))
    elif relation == "spouse":
        text = _("wife of {person}") if female else _("husband of {person}") if male else _("spouse of {person}")
    elif relation == "grandparent":
        text = (_("grandmother of {person}") if female else _("grandfather of {person}") if male
                else _("grandparent of {person}"))
    elif relation == "grandchild":
        text = (_("granddaughter of {person}") if female else _("grandson of {person}") if male
                else _("grandchild of {person}"))
    elif relation == "other_relative":
        text = _("relative of {person}")
    elif relation == "self":
        text = _("the same person as {person}")
    elif relation == "other":
        text = _("in the household of {person}")
    else:
        return _("{relation} of {person}").format(relation=taxonomy_label("relations", relation), person=person)
    return text.format(person=person)


def recorded_where(member: HouseholdMember) -> str:
    """On which case the link is written (the other side is derived from it)."""
    if member.recorded_here and member.recorded_there:
        return _("on both cases")
    if member.recorded_here:
        return _("on this case")
    return _("on their case")


def quantities_text(total: AidTotal) -> str:
    return summarise_items([AidItem(q.item, q.amount, q.unit) for q in total.quantities])


def values_text(values: tuple[tuple[str, float], ...]) -> str:
    return ", ".join(_("{amount} {currency}").format(amount=format_quantity(amount), currency=currency)
                     for currency, amount in values)


def history_action(entry: HistoryEntry) -> str:
    return {"created": _("Created"), "changed": _("Changed"), "deleted": _("Deleted"),
            "delivered": _("Confirmed received by headquarters")}.get(entry.action, entry.action)
