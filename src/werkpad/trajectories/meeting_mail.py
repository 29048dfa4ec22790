"""The invitation to a planned meeting and its reminder the day before (issue 13, item 3),
each with an .ics file (RFC 5545, ``METHOD:REQUEST``) so a calendar can add it.

E-mail is not a safe channel for client data. As the digest does (``digest.py``), a mail to
a professional names the trajectory only by the client's pseudonymous Werkpad-nummer and
links to the meeting page; a mail to the client says only that they have a meeting with
their team. No subject and no calendar entry carries a client's name, an agenda or a report.
The mails are a system job sent after the plan is saved: they write no access-log rows (the
plan has its own row, ``meeting.plan``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.mime.base import MIMEBase
from email.mime.text import MIMEText
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from werkpad.access.policy import team_members_who_would_read
from werkpad.accounts.models import User

from .digest import base_url
from .models import Meeting, MeetingStatus

logger = logging.getLogger(__name__)

ICS_FILENAME = "gesprek.ics"


# --- RFC 5545 -------------------------------------------------------------------------------


def ics_escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Content lines longer than 75 octets are folded (RFC 5545 §3.1): CRLF and a space,
    never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def meeting_uid(meeting: Meeting) -> str:
    """The same for every mail about one meeting, so a calendar updates its entry."""
    host = urlsplit(base_url()).hostname or "werkpad"
    return f"werkpad-meeting-{meeting.pk}@{host}"


def _from_address() -> str:
    address = str(settings.DEFAULT_FROM_EMAIL)
    return address.rsplit("<", 1)[-1].rstrip(">").strip()


def meeting_ics(
    meeting: Meeting, *, summary: str, description: str, attendee: str, now: datetime
) -> str:
    """One VEVENT in a VCALENDAR with METHOD:REQUEST, times in UTC."""
    assert meeting.starts_at is not None and meeting.ends_at is not None
    where = ", ".join(part for part in (meeting.location, meeting.video_link) if part)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Werkpad//Gesprekken//NL",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{meeting_uid(meeting)}",
        f"DTSTAMP:{_utc(now)}",
        f"SEQUENCE:{meeting.version - 1}",
        f"DTSTART:{_utc(meeting.starts_at)}",
        f"DTEND:{_utc(meeting.ends_at)}",
        f"SUMMARY:{ics_escape(summary)}",
        f"LOCATION:{ics_escape(where)}",
        f"DESCRIPTION:{ics_escape(description)}",
        f"ORGANIZER;CN=Werkpad:mailto:{_from_address()}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{attendee}",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def _ics_part(ics: str) -> MIMEBase:
    part = MIMEText(ics, "calendar", "utf-8")
    part.set_param("method", "REQUEST")
    part.add_header("Content-Disposition", "attachment", filename=ICS_FILENAME)
    return part


# --- The mails ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Recipient:
    user: User
    is_client: bool


def _recipients(meeting: Meeting) -> list[_Recipient]:
    """The participants who may read the meeting now (active accounts with an address) and,
    when the client is invited, the client's own portal account with an address. The policy
    is asked when the mail goes, not when the meeting was planned: a participant who left the
    team, or whose organisation's consent was withdrawn since, gets no invitation or reminder."""
    readers = set(
        team_members_who_would_read(
            meeting.trajectory, meeting.category, meeting.organisation_id
        ).values_list("user_id", flat=True)
    )
    people = [
        _Recipient(user, False)
        for user in meeting.participants.filter(is_active=True).exclude(email="").order_by("pk")
        if user.pk in readers
    ]
    client_user = meeting.trajectory.client.user
    if (
        meeting.client_present
        and client_user is not None
        and client_user.is_active
        and client_user.email
    ):
        people.append(_Recipient(client_user, True))
    return people


def _message(meeting: Meeting, recipient: _Recipient, *, reminder: bool) -> EmailMessage:
    """The mail in the recipient's language (call inside ``translation.override``)."""
    assert meeting.starts_at is not None
    local = timezone.localtime(meeting.starts_at)
    if recipient.is_client:
        url = base_url() + reverse("portal:home")
        summary = gettext("Werkpad: gesprek met je team")
        template = "trajectories/email/meeting_client.txt"
        subject = (
            gettext("Werkpad: morgen heb je een gesprek")
            if reminder
            else gettext("Werkpad: je bent uitgenodigd voor een gesprek")
        )
    else:
        url = base_url() + reverse("trajectories:meeting", args=[meeting.trajectory_id, meeting.pk])
        number = meeting.trajectory.client.public_id
        summary = gettext("Werkpad: %(kind)s (%(number)s)") % {
            "kind": meeting.get_kind_display(),
            "number": number,
        }
        template = "trajectories/email/meeting_team.txt"
        subject = (
            gettext("Werkpad: herinnering aan een gesprek morgen")
            if reminder
            else gettext("Werkpad: uitnodiging voor een gesprek")
        )
    context = {
        "meeting": meeting,
        "kind": meeting.get_kind_display(),
        "number": meeting.trajectory.client.public_id,
        "day": local.date(),
        "start": local,
        "end": timezone.localtime(meeting.ends_at),
        "url": url,
        "reminder": reminder,
    }
    message = EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.user.email],
    )
    ics = meeting_ics(
        meeting,
        summary=summary,
        description=gettext("Meer in Werkpad: %(url)s") % {"url": url},
        attendee=recipient.user.email,
        now=timezone.now(),
    )
    message.attach(_ics_part(ics))
    return message


def _send(meeting: Meeting, *, reminder: bool) -> int:
    messages = []
    for recipient in _recipients(meeting):
        with translation.override(recipient.user.preferred_language or settings.LANGUAGE_CODE):
            messages.append((recipient.user.pk, _message(meeting, recipient, reminder=reminder)))
    sent = 0
    with get_connection() as connection:
        for user_id, message in messages:
            try:
                sent += connection.send_messages([message]) or 0
            except Exception:
                logger.exception("Meeting mail for meeting %s not sent to %s", meeting.pk, user_id)
    return sent


def _planned(pk: int) -> Meeting | None:
    return (
        Meeting.objects.select_related("trajectory__client__user")
        .filter(pk=pk, status=MeetingStatus.PLANNED)
        .first()
    )


def send_invitations(meeting_id: int) -> int:
    """The invitation of a just planned meeting to every participant and the invited client;
    returns the number of mails sent."""
    meeting = _planned(meeting_id)
    return _send(meeting, reminder=False) if meeting else 0


def send_reminders(now: datetime | None = None) -> int:
    """The reminder of every planned meeting of tomorrow, once: a meeting is claimed by
    setting ``reminder_sent_at`` before its mails go, so a second run (or a second worker)
    sends nothing again. Returns the number of meetings reminded."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    ids = list(
        Meeting.objects.filter(
            status=MeetingStatus.PLANNED, held_on=tomorrow, reminder_sent_at__isnull=True
        ).values_list("pk", flat=True)
    )
    reminded = 0
    for pk in ids:
        claimed = Meeting.objects.filter(pk=pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=now
        )
        meeting = _planned(pk) if claimed else None
        if meeting is not None:
            _send(meeting, reminder=True)
            reminded += 1
    return reminded
