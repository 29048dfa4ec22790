"""Issue 13, item 3: a meeting planned ahead. The service accepts a future start and refuses a
past one, a plan without a place or a link, and a link that is not https (a Dutch message,
nothing saved); the plan is audited. The invitation reaches each team participant and the
invited client with an .ics file that parses (RFC 5545: folded lines, escaping, METHOD:REQUEST,
a stable UID, DTSTART/DTEND in UTC) and no client name in the subject or the calendar entry.
The report written afterwards marks the meeting held. The reminder of the day before goes
once. The client's start page shows the time and place. The PDF shows the participants'
roles and organisations, the active goals and the ladder step, and is a tagged PDF."""

from __future__ import annotations

import re
import zlib
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.testing import make_user
from werkpad.trajectories import services
from werkpad.trajectories.meeting_mail import (
    ics_escape,
    ics_fold,
    send_invitations,
    send_reminders,
)
from werkpad.trajectories.models import (
    GoalStatus,
    LadderAssessment,
    Meeting,
    MeetingStatus,
    Perspective,
)
from werkpad.trajectories.services import MeetingPlan

PLACE = "Werkplein Utrecht, kamer 2; ingang B"


def _at(days: int, hour: int = 14, minute: int = 30) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _plan(**kw: Any) -> MeetingPlan:
    values: dict[str, Any] = {
        "kind": "driegesprek",
        "starts_at": _at(3),
        "duration_minutes": 90,
        "location": PLACE,
        "video_link": "",
        "client_present": True,
    }
    values.update(kw)
    return MeetingPlan(**values)


def _plan_for(team: dict[str, Any], **kw: Any) -> Meeting:
    participants = [team["coach"], team["therapist"]]
    return services.meeting_plan(
        actor=actor_for_user(team["coach"]),
        trajectory=team["trajectory"],
        plan=_plan(**kw),
        participants=participants,
    )


# --- A small RFC 5545 reader, strict enough to catch a broken file ---------------------------


def parse_ics(text: str) -> list[dict[str, tuple[dict[str, str], str]]]:
    """The VEVENTs of a calendar: property name -> (parameters, unescaped value). Fails on
    bare LF, lines over 75 octets, a fold without a preceding line, unbalanced BEGIN/END."""
    assert text.endswith("\r\n")
    raw = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in raw)
    assert all(len(line.encode("utf-8")) <= 75 for line in raw), "a line is not folded"
    lines: list[str] = []
    for line in raw:
        if line.startswith((" ", "\t")):
            assert lines, "a folded line without a first line"
            lines[-1] += line[1:]
        else:
            lines.append(line)
    stack: list[str] = []
    events: list[dict[str, tuple[dict[str, str], str]]] = []
    current: dict[str, tuple[dict[str, str], str]] | None = None
    calendar: dict[str, str] = {}
    for line in lines:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
            continue
        if name == "END":
            assert stack and stack.pop() == value, f"END:{value} without BEGIN"
            if value == "VEVENT":
                assert current is not None
                events.append(current)
                current = None
            continue
        unescaped = (
            value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
        ).replace("\\\\", "\\")
        parsed = dict(p.split("=", 1) for p in params)
        if current is not None:
            current[name] = (parsed, unescaped)
        else:
            calendar[name] = unescaped
    assert not stack
    assert calendar["VERSION"] == "2.0" and calendar["METHOD"] == "REQUEST"
    assert calendar["PRODID"]
    return events


def _ics_of(message: Any) -> tuple[str, str]:
    (part,) = message.attachments
    return part.get_content_type(), part.get_payload(decode=True).decode("utf-8")


def _param(part: Any, name: str) -> str | None:
    (attachment,) = part.attachments
    return attachment.get_param(name)


# --- Planning -------------------------------------------------------------------------------


def test_a_future_meeting_is_planned_and_audited(
    team: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        meeting = _plan_for(team)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PLANNED and meeting.is_planned
    assert meeting.starts_at == _at(3)
    assert meeting.held_on == timezone.localdate() + timedelta(days=3)
    assert meeting.ends_at == _at(3, 16, 0)
    assert meeting.location == PLACE
    assert set(meeting.participants.all()) == {team["coach"], team["therapist"]}
    entry = AccessLogEntry.objects.get(event_code="meeting.plan")
    assert entry.action == "C"
    assert entry.client_pid == team["trajectory"].client.public_id
    # Each participant got an invitation (the client has no portal account here).
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [team["coach"].email, team["therapist"].email]
    )


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"starts_at": _at(-1)}, "starts_on", "alleen in de toekomst"),
        ({"starts_at": timezone.now() - timedelta(minutes=1)}, "starts_on", "in de toekomst"),
        ({"location": "  ", "video_link": ""}, "location", "plaats of een videolink"),
        ({"video_link": "http://meet.example.nl/abc"}, "video_link", "https://"),
        ({"video_link": "javascript:alert(1)"}, "video_link", "https://"),
        ({"duration_minutes": 5}, "duration_minutes", "15 minuten"),
    ],
)
def test_bad_plans_are_refused_in_dutch_and_save_nothing(
    team: dict[str, Any],
    django_capture_on_commit_callbacks: Any,
    change: dict[str, Any],
    field: str,
    words: str,
) -> None:
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as e:
        _plan_for(team, **change)
    assert words in " ".join(e.value.message_dict[field])
    assert Meeting.objects.count() == 0
    assert not AccessLogEntry.objects.filter(event_code="meeting.plan").exists()
    assert mail.outbox == []


def test_participants_of_a_plan_come_from_the_team(team: dict[str, Any]) -> None:
    outsider = make_user(organisation=team["a"], mfa=False)
    with pytest.raises(ValidationError) as e:
        services.meeting_plan(
            actor=actor_for_user(team["coach"]),
            trajectory=team["trajectory"],
            plan=_plan(),
            participants=[team["coach"], outsider],
        )
    assert "participants" in e.value.message_dict
    assert Meeting.objects.count() == 0


def test_the_report_afterwards_marks_the_planned_meeting_held(team: dict[str, Any]) -> None:
    meeting = _plan_for(team)
    actor = actor_for_user(team["coach"])
    # Before the day: the agenda can be prepared, a report cannot be written yet.
    with pytest.raises(ValidationError):
        services.meeting_report_update(
            actor=actor, meeting=meeting, version=1, agenda="", summary="Te vroeg"
        )
    meeting = services.meeting_report_update(
        actor=actor, meeting=meeting, version=1, agenda="Werkwensen", summary=""
    )
    assert meeting.status == MeetingStatus.PLANNED and meeting.agenda == "Werkwensen"
    # The day has come (moved back in time here): the report marks it held.
    Meeting.objects.filter(pk=meeting.pk).update(
        starts_at=_at(0, 0, 1), held_on=timezone.localdate()
    )
    meeting.refresh_from_db()
    meeting = services.meeting_report_update(
        actor=actor, meeting=meeting, version=2, agenda="Werkwensen", summary="Goed gesprek"
    )
    assert meeting.status == MeetingStatus.HELD
    team["trajectory"].refresh_from_db()
    assert team["trajectory"].last_contact_on == timezone.localdate()


# --- The invitation and its .ics file -------------------------------------------------------


def test_the_invitation_ics_parses_with_the_right_times(
    team: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    client = team["trajectory"].client
    with django_capture_on_commit_callbacks(execute=True):
        meeting = _plan_for(team, video_link="https://meet.example.nl/werkpad-42")
    message = next(m for m in mail.outbox if m.to == [team["coach"].email])
    assert client.full_name not in message.subject
    assert "Werkpad" in message.subject
    assert client.full_name not in message.body
    assert client.public_id in message.body
    assert "14:30" in message.body and PLACE in message.body
    content_type, ics = _ics_of(message)
    assert content_type == "text/calendar"
    assert _param(message, "method") == "REQUEST"
    (event,) = parse_ics(ics)
    start = _at(3).astimezone(UTC)
    assert event["DTSTART"][1] == start.strftime("%Y%m%dT%H%M%SZ")
    assert event["DTEND"][1] == (start + timedelta(minutes=90)).strftime("%Y%m%dT%H%M%SZ")
    assert event["LOCATION"][1] == f"{PLACE}, https://meet.example.nl/werkpad-42"
    assert client.full_name not in event["SUMMARY"][1]
    assert client.public_id in event["SUMMARY"][1]
    assert event["ATTENDEE"][1] == f"mailto:{team['coach'].email}"
    assert event["ORGANIZER"][1].startswith("mailto:")
    # The UID is the meeting's: the same in every mail about it, another for another meeting.
    other = next(m for m in mail.outbox if m.to == [team["therapist"].email])
    (event_2,) = parse_ics(_ics_of(other)[1])
    assert event_2["UID"] == event["UID"]
    mail.outbox.clear()
    assert send_invitations(meeting.pk) == 2
    assert parse_ics(_ics_of(mail.outbox[0])[1])[0]["UID"] == event["UID"]
    with django_capture_on_commit_callbacks(execute=True):
        _plan_for(team, starts_at=_at(4))
    assert parse_ics(_ics_of(mail.outbox[-1])[1])[0]["UID"] != event["UID"]


def test_the_client_with_a_portal_account_gets_a_plain_invitation(
    team: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    client = team["trajectory"].client
    client.user = make_user(mfa=False, full_name="Cliënt X", email="client.x@example.nl")
    client.save()
    with django_capture_on_commit_callbacks(execute=True):
        _plan_for(team)
    (message,) = [m for m in mail.outbox if m.to == [client.user.email]]
    assert message.subject == "Werkpad: je bent uitgenodigd voor een gesprek"
    assert client.full_name not in message.subject + message.body
    assert "Je team nodigt je uit voor een gesprek." in message.body
    assert PLACE in message.body
    (event,) = parse_ics(_ics_of(message)[1])
    assert event["SUMMARY"][1] == "Werkpad: gesprek met je team"
    assert client.public_id not in event["SUMMARY"][1]
    # Not invited: no mail to the client.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _plan_for(team, client_present=False)
    assert client.user.email not in [m.to[0] for m in mail.outbox]


def test_ics_text_is_escaped_and_folded_at_75_octets() -> None:
    text = "Kamer 3, gang B; zie ook \\map\nTweede regel " + "é" * 80
    line = ics_fold("LOCATION:" + ics_escape(text))
    parts = line.split("\r\n")
    assert len(parts) > 2
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    calendar = (
        "BEGIN:VCALENDAR\r\nPRODID:x\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert parse_ics(calendar)[0]["LOCATION"][1] == text


# --- The reminder ---------------------------------------------------------------------------


def test_the_reminder_goes_the_day_before_and_once(
    team: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    tomorrow = _plan_for(team, starts_at=_at(1, 9, 0))
    later = _plan_for(team, starts_at=_at(2, 9, 0))
    mail.outbox.clear()
    assert send_reminders() == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [team["coach"].email, team["therapist"].email]
    )
    assert all("herinnering" in m.subject for m in mail.outbox)
    (event,) = parse_ics(_ics_of(mail.outbox[0])[1])
    assert event["UID"][1] == f"werkpad-meeting-{tomorrow.pk}@127.0.0.1"
    tomorrow.refresh_from_db()
    assert tomorrow.reminder_sent_at is not None
    # A second run (or a second worker) sends nothing again.
    mail.outbox.clear()
    assert send_reminders() == 0
    assert mail.outbox == []
    later.refresh_from_db()
    assert later.reminder_sent_at is None


def test_no_reminder_for_a_participant_who_left_the_team(team: dict[str, Any]) -> None:
    _plan_for(team, starts_at=_at(1, 9, 0))
    member = team["trajectory"].team.get(user=team["therapist"])
    member.ended_on = timezone.localdate()
    member.save()
    mail.outbox.clear()
    assert send_reminders() == 1
    assert [m.to[0] for m in mail.outbox] == [team["coach"].email]


def test_no_reminder_once_the_consent_for_a_participant_is_withdrawn(
    team: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    """The policy is asked when a mail goes: UWV B's arbeidsdeskundige, on the team under the
    client's consent, is invited; after the consent is withdrawn (still on the team) no
    reminder tells them the client's number, the time or the place."""
    from werkpad.clients.models import Consent
    from werkpad.clients.services import consent_withdraw

    trajectory = team["trajectory"]
    ad = trajectory.team.get(organisation__name="UWV B").user
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_plan(
            actor=actor_for_user(team["coach"]),
            trajectory=trajectory,
            plan=_plan(starts_at=_at(1, 9, 0), category="werk"),
            participants=[team["coach"], ad],
            confirm_wider=True,  # B reads work data: the coach confirms B may read it
        )
    assert ad.email in [m.to[0] for m in mail.outbox]  # invited while the consent holds
    consent_withdraw(
        actor=actor_for_user(team["coach"]),
        consent=Consent.objects.get(recipient__name="UWV B"),
        reason="De cliënt wil het niet meer.",
    )
    mail.outbox.clear()
    assert send_reminders() == 1
    assert [m.to[0] for m in mail.outbox] == [team["coach"].email]


# --- The page to plan, and the PDF ----------------------------------------------------------


def _http(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _form(team: dict[str, Any], **kw: Any) -> dict[str, Any]:
    data = {
        "kind": "startgesprek",
        "starts_on": (timezone.localdate() + timedelta(days=5)).isoformat(),
        "starts_time": "10:15",
        "duration_minutes": "60",
        "location": "",
        "video_link": "https://meet.example.nl/start",
        "participants": [team["coach"].pk],
        "client_present": "on",
        "category": "reintegratie",
    }
    data.update(kw)
    return data


def test_the_plan_page_saves_a_plan_and_refuses_a_past_date(
    team: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    http = _http(team["coach"])
    url = reverse("trajectories:meeting_plan", args=[team["trajectory"].pk])
    assert http.get(url).status_code == 200
    past = (timezone.localdate() - timedelta(days=1)).isoformat()
    refused = http.post(url, _form(team, starts_on=past))
    assert refused.status_code == 400
    assert "alleen in de toekomst" in refused.content.decode()
    refused = http.post(url, _form(team, video_link="http://meet.example.nl/x"))
    assert refused.status_code == 400 and "https://" in refused.content.decode()
    assert Meeting.objects.count() == 0
    with django_capture_on_commit_callbacks(execute=True):
        saved = http.post(url, _form(team))
    assert saved.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.kind == "startgesprek" and meeting.is_planned
    assert timezone.localtime(meeting.starts_at).time() == time(10, 15)
    page = http.get(saved["Location"]).content.decode()
    assert "https://meet.example.nl/start" in page and "10:15" in page
    assert "data-meeting-planned" in page


def test_the_pdf_shows_roles_goals_and_the_ladder_step(
    team: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("werkpad.trajectories.pdf.render_pdf", lambda html: html.encode("utf-8"))
    trajectory, coach = team["trajectory"], team["coach"]
    meeting = _plan_for(team)
    meeting.participants.add(team["trajectory"].team.get(role="arbeidsdeskundige").user)
    actor = actor_for_user(coach)
    for words, status in (
        ("Drie ochtenden per week werken", GoalStatus.ACTIVE),
        ("Nog maar een idee", GoalStatus.PROPOSED),
    ):
        services.goal_create(
            actor=actor,
            trajectory=trajectory,
            details=services.GoalDetails(
                category="", life_domain="werk", own_words=words, status=status
            ),
        )
    LadderAssessment.objects.create(
        trajectory=trajectory,
        organisation=team["a"],
        step=4,
        perspective=Perspective.PROFESSIONAL,
        assessed_on=timezone.localdate(),
        assessed_by=coach,
    )
    response = _http(coach).get(
        reverse("trajectories:meeting_pdf", args=[trajectory.pk, meeting.pk])
    )
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "<td>Coach A</td><td>IPS-trajectbegeleider</td><td>GGZ A</td>",
        "<td>Behandelaar A</td><td>behandelaar</td><td>GGZ A</td>",
        "<td>AD B</td><td>arbeidsdeskundige</td><td>UWV B</td>",
        "Drie ochtenden per week werken",
        "4 · Onbetaald werk",
    ):
        assert text in html, text
    assert "Nog maar een idee" not in html  # proposed, not an active goal
    entry = AccessLogEntry.objects.get(event_code="meeting.pdf")
    assert entry.detail["goals"] == 1 and entry.detail["ladder"] is True


def test_the_meeting_pdf_is_tagged(team: dict[str, Any]) -> None:
    meeting = _plan_for(team)
    response = _http(team["coach"]).get(
        reverse("trajectories:meeting_pdf", args=[team["trajectory"].pk, meeting.pk])
    )
    assert response["Content-Type"] == "application/pdf"
    # The catalogue sits in a compressed object stream: read the streams too.
    content = response.content
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", content, re.S)
    text = content + b"".join(_inflate(chunk) for chunk in streams)
    assert b"/StructTreeRoot" in text
    assert b"/Marked true" in text
    assert b"/Lang" in text


def _inflate(chunk: bytes) -> bytes:
    try:
        return zlib.decompress(chunk)
    except zlib.error:
        return b""
