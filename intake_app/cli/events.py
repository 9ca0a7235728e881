"""HQ: one event told by several witnesses: `events link INCIDENT...`, `events list`, `events unlink ID...`."""

from __future__ import annotations

import argparse
from typing import Any

from intake_app.cli.common import command, opened
from intake_app.i18n import P_, _


def register(sub: Any) -> None:
    events = command(sub, "events", _("HQ: incidents from several testimonies that are one event"))
    esub = events.add_subparsers(dest="events_command", metavar=_("ACTION"), required=True)
    link = command(esub, "link", _("make the incidents one event (joining events they are in)"))
    link.add_argument("incidents", nargs="+", metavar=_("INCIDENT"), help=_("incident ids"))
    link.add_argument("--title", default="", metavar=_("TEXT"), help=_("a short name for the event"))
    link.add_argument("--reason", metavar=_("TEXT"), help=_("why (kept with this version)"))
    link.set_defaults(handler=cmd_link)
    lst = command(esub, "list", _("list events and their witnesses"))
    lst.add_argument("--suggestions", action="store_true",
                     help=_("list incidents that may be one event instead (same violation, place and time)"))
    lst.set_defaults(handler=cmd_list)
    unlink = command(esub, "unlink", _("take incidents out of their event, or dissolve events by id"))
    unlink.add_argument("ids", nargs="+", metavar=_("ID"), help=_("incident ids or event ids"))
    unlink.add_argument("--reason", metavar=_("TEXT"), help=_("why (kept with this version)"))
    unlink.set_defaults(handler=cmd_unlink)


def cmd_link(args: argparse.Namespace) -> int:
    from intake_app.hq.events import link

    with opened(args) as vault:
        event_id = link(vault, args.incidents, title=args.title, reason=args.reason)
    print(_("Event {id}: the incidents are linked.").format(id=event_id))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from intake_app.hq.events import list_events, suggestions

    with opened(args) as vault:
        if args.suggestions:
            found = suggestions(vault)
            for s in found:
                print(f"{s.a.incident_id}  {s.b.incident_id}  {s.a.summary()}  |  {s.b.summary()}")
            print(P_("{n} suggestion.", "{n} suggestions.", len(found)).format(n=len(found)))
            return 0
        events = list_events(vault)
    for event in events:
        state = _("corroborated") if event.corroborated else _("single witness")
        witnesses = P_("{n} witness", "{n} witnesses", len(event.witnesses)).format(n=len(event.witnesses))
        print(f"{event.id}  {event.title or '-'}  {witnesses}  ({state})")
        for incident in event.incidents:
            print(f"    {incident.incident_id}  {incident.summary()}  " + _("testimony {id}").format(
                id=incident.testimony_id))
    print(P_("{n} event.", "{n} events.", len(events)).format(n=len(events)))
    return 0


def cmd_unlink(args: argparse.Namespace) -> int:
    from intake_app.hq.events import unlink

    with opened(args) as vault:
        removed = unlink(vault, args.ids, reason=args.reason)
    print(P_("{n} incident left its event.", "{n} incidents left their events.", removed).format(n=removed))
    return 0
