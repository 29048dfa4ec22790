"""Names for the records access-log rows are about, for the client's "who saw my file" (issue
13, item 16): a goal in the client's own words, a conversation by its kind and date, a message
thread by its subject. Only records the client may see themselves (``visible_to``); the rest
stay a kind of data without a name. One query per kind of record, however many rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.db.models import Model
from django.template.defaultfilters import date as date_filter
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.policy import visible_to
from werkpad.audit.models import AccessLogEntry
from werkpad.portal.models import Thread
from werkpad.trajectories.models import Goal, Meeting


def _goal(goal: Any) -> str:
    return f"“{goal.own_words}”"


def _meeting(meeting: Any) -> str:
    return _("%(kind)s van %(day)s") % {
        "kind": meeting.get_kind_display(),
        "day": date_filter(meeting.held_on, "j F Y"),
    }


def _thread(thread: Any) -> str:
    return f"“{thread.subject}”"


NAMERS: dict[str, tuple[type[Model], Callable[[Any], str]]] = {
    "trajectories.goal": (Goal, _goal),
    "trajectories.meeting": (Meeting, _meeting),
    "portal.thread": (Thread, _thread),
}


def record_names(actor: Actor, entries: Iterable[AccessLogEntry]) -> dict[tuple[str, str], str]:
    """(object type, object id) -> the record's name, for the rows' records the actor sees."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        if entry.object_type in NAMERS and entry.object_id.isdigit():
            wanted.setdefault(entry.object_type, set()).add(entry.object_id)
    names: dict[tuple[str, str], str] = {}
    for object_type, ids in wanted.items():
        model, name = NAMERS[object_type]
        for obj in visible_to(actor, model._default_manager.filter(pk__in=ids)):
            names[(object_type, str(obj.pk))] = name(obj)
    return names
