"""When an event is, in Dutch words, and the event as an iCalendar file (RFC 5545), to put a
training or werkatelier in one's own calendar. Times are written in UTC, which every calendar
converts to the reader's own zone, so a session at 9.30 in Amsterdam shows at 9.30 there, also
across a change to summer time. An event of more than one day (Harrie Helpt: two days) is one
VEVENT per day. The UID depends on the event and the day's number only: downloading the file
again updates the same calendar entries."""

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


def event_uid(event: Event, day: int = 1) -> str:
    """The first day keeps the UID events of one day always had."""
    suffix = f"-dag-{day}" if day > 1 else ""
    return f"werkpad-bijeenkomst-{event.pk}{suffix}@werkpad"


def event_ends_at(event: Event) -> datetime:
    return event.starts_at + timedelta(minutes=event.duration_minutes)


def event_days(event: Event) -> list[tuple[datetime, datetime]]:
    """Every day of the event, (start, end), in order: its own first day and its later days
    (``later_days``; prefetch them for a list)."""
    later = [
        (day.starts_at, day.starts_at + timedelta(minutes=day.duration_minutes))
        for day in event.later_days.all()
    ]
    return [(event.starts_at, event_ends_at(event)), *later]


def when_text(event: Event) -> str:
    """Like "dinsdag 12 januari 2027, van 9.30 tot 12.00 uur", in the server's time zone; for
    more days "2 dagen: dinsdag 12 januari 2027, van 9.30 tot 12.00 uur; dinsdag 19 …"."""
    days = [day_text(start, end) for start, end in event_days(event)]
    if len(days) == 1:
        return days[0]
    return _("%(n)s dagen: %(days)s") % {"n": len(days), "days": "; ".join(days)}


def day_text(starts_at: datetime, ends_at: datetime) -> str:
    """One day of an event: "dinsdag 12 januari 2027, van 9.30 tot 12.00 uur"."""
    start = timezone.localtime(starts_at)
    end = timezone.localtime(ends_at)
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
    days = event_days(event)
    stamp = timezone.now().astimezone(UTC)
    for number, (start, end) in enumerate(days, start=1):
        entry = CalendarEvent()
        entry.add("uid", event_uid(event, number))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", start.astimezone(UTC))
        entry.add("dtend", end.astimezone(UTC))
        title = event.title
        if len(days) > 1:
            values = {"title": event.title, "n": number, "of": len(days)}
            title = _("%(title)s (dag %(n)s van %(of)s)") % values
        entry.add("summary", title)
        entry.add("location", event.place or _("Online"))
        entry.add("url", event.online_url or page_url)
        entry.add("description", _description(event, page_url))
        entry.add("status", "CANCELLED" if event.cancelled_at else "CONFIRMED")
        calendar.add_component(entry)
    return calendar.to_ical()
