"""When an event is, in Dutch words, and the event as an iCalendar file (RFC 5545), to put a
training or werkatelier in one's own calendar. Times are written in UTC, which every calendar
converts to the reader's own zone, so a session at 9.30 in Amsterdam shows at 9.30 there, also
across a change to summer time. The UID depends on the event only: downloading the file again
updates the same calendar entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils import dateformat, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from .models import Event

PRODUCT_ID = "-//Werkpad//Trainingen en werkateliers//NL"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def event_uid(event: Event) -> str:
    return f"werkpad-bijeenkomst-{event.pk}@werkpad"


def event_ends_at(event: Event) -> datetime:
    return event.starts_at + timedelta(minutes=event.duration_minutes)


def when_text(event: Event) -> str:
    """Like "dinsdag 12 januari 2027, van 9.30 tot 12.00 uur", in the server's time zone."""
    start = timezone.localtime(event.starts_at)
    end = timezone.localtime(event_ends_at(event))
    values = {
        "day": dateformat.format(start, "l j F Y"),
        "start": dateformat.format(start, "G.i"),
        "end": dateformat.format(end, "G.i"),
        "end_day": dateformat.format(end, "l j F Y"),
    }
    if start.date() == end.date():
        return _("%(day)s, van %(start)s tot %(end)s uur") % values
    return _("van %(day)s %(start)s uur tot %(end_day)s %(end)s uur") % values


def calendar_filename(event: Event) -> str:
    return f"{slugify(event.title)[:60] or 'bijeenkomst'}.ics"


def _description(event: Event, page_url: str) -> str:
    lines = [event.description] if event.description else []
    if event.audience:
        lines.append(_("Voor wie: %(audience)s") % {"audience": event.audience})
    if event.online_url:
        lines.append(_("Online via: %(url)s") % {"url": event.online_url})
    lines.append(_("Meer informatie en aanmelden: %(url)s") % {"url": page_url})
    return "\n\n".join(lines)


def event_calendar(event: Event, *, page_url: str) -> bytes:
    """The calendar file of ``event``; ``page_url`` is the event's page in Werkpad."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = CalendarEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", timezone.now().astimezone(UTC))
    entry.add("dtstart", event.starts_at.astimezone(UTC))
    entry.add("dtend", event_ends_at(event).astimezone(UTC))
    entry.add("summary", event.title)
    entry.add("location", event.place or _("Online"))
    entry.add("url", event.online_url or page_url)
    entry.add("description", _description(event, page_url))
    entry.add("status", "CANCELLED" if event.cancelled_at else "CONFIRMED")
    calendar.add_component(entry)
    return calendar.to_ical()
