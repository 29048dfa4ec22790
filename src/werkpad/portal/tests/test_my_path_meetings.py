"""Issue 13, item 3: the client sees a planned meeting's day, time and place or video link on
their start page ("Gesprekken"), only when they are invited, and the page reads the same
number of queries with one planned meeting and with five."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone

from werkpad.access.actor import actor_for_user
from werkpad.trajectories import services
from werkpad.trajectories.models import Meeting


def _plan(world: Any, days: int, **kw: Any) -> Meeting:
    day = timezone.localdate() + timedelta(days=days)
    values: dict[str, Any] = {
        "kind": "driegesprek",
        "starts_at": timezone.make_aware(datetime.combine(day, time(13, 45))),
        "duration_minutes": 45,
        "location": "Buurthuis De Linde, zaal 1",
        "video_link": "https://meet.example.nl/anna",
    }
    values.update(kw)
    return services.meeting_plan(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        plan=services.MeetingPlan(**values),
        participants=[world.personas["pro_own"]],
    )


def _home(world: Any) -> str:
    http = HttpClient()
    http.force_login(world.personas["client"])
    response = http.get(reverse("portal:home"))
    assert response.status_code == 200
    return response.content.decode()


def _cards(page: str) -> list[str]:
    return [chunk.split("</li>")[0] for chunk in page.split("data-upcoming-meeting")[1:]]


def test_the_client_sees_time_and_place_of_a_planned_meeting(world: Any) -> None:
    meeting = _plan(world, 6)
    (card,) = [c for c in _cards(_home(world)) if "13:45" in c]
    assert formats.date_format(meeting.held_on, "l j F Y") in card
    assert "van 13:45 tot 14:30" in card
    assert "Buurthuis De Linde, zaal 1" in card
    assert 'href="https://meet.example.nl/anna"' in card
    assert "Of doe mee via video" in card


def test_a_video_only_meeting_and_one_without_the_client(world: Any) -> None:
    video = _plan(world, 7, location="")
    Meeting.objects.filter(pk=video.pk).update(agenda="Geheime agenda")
    _plan(world, 8, client_present=False, location="Kantoor UWV")
    page = _home(world)
    cards = _cards(page)
    (video_card,) = [c for c in cards if "meet.example.nl" in c]
    assert "Doe mee via video" in video_card and "Of doe mee" not in video_card
    # Not invited: the day and kind show (as before), not the time or the place.
    assert "Kantoor UWV" not in page
    assert "Geheime agenda" not in page


def test_the_start_page_reads_the_same_queries_with_more_planned_meetings(
    world: Any,
) -> None:
    _plan(world, 3)
    http = HttpClient()
    http.force_login(world.personas["client"])

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert http.get(reverse("portal:home")).status_code == 200
        return len(captured)

    one = count()
    for days in range(4, 8):
        _plan(world, days)
    assert count() == one
