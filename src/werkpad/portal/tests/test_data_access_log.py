"""Who saw my file (NEN 7513's client view) over HTTP: what a row tells, what is left out
(the client's own actions, refused attempts, other clients), the period filter, paging, a
fixed number of queries, and the plain words for every kind of event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import time_machine
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.audit.recorder import record
from werkpad.portal.selectors.access_log import ACCESS_LOG_PAGE_SIZE, FALLBACK_WORDS, data_kind

LOG = reverse("portal:access_log")


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


@pytest.fixture
def anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


def _read_by(world: Any, persona: str, *, event: str = "goal.read", n: int = 1) -> None:
    actor = actor_for_user(world.personas[persona])
    for _ in range(n):
        record(
            actor,
            event=event,
            action="R",
            object_type="trajectories.goal",
            client_pid=world.client_record.public_id,
            basis="team_membership",
        )


def _visits(page: str) -> int:
    return page.count("data-visit=")


def _visit_count(entries: Any) -> int:
    """Visits among log rows: one per person, organisation and (Dutch) day."""
    return len({(timezone.localdate(e.occurred_at), e.user_id, e.organisation_id) for e in entries})


def _at(day: str) -> Any:
    return time_machine.travel(
        timezone.make_aware(datetime.fromisoformat(f"{day} 12:00")), tick=False
    )


def test_a_professional_opening_the_file_is_shown_in_plain_words(
    world: Any, anna: HttpClient
) -> None:
    pro = world.personas["pro_own"]
    _as(pro).get(reverse("clients:detail", args=[world.client_record.public_id]))
    page = anna.get(LOG).content.decode()
    assert "Pro Eigen, IPS-trajectbegeleider bij GGZ Oost (A)" in page
    assert "Bekeken:</strong> je basisgegevens (zoals naam en contactgegevens)" in page
    assert "Waarom mocht dat: je dossier is bij deze organisatie." in page
    assert pro.email not in page  # the role and organisation, never the e-mail address
    assert AccessLogEntry.objects.filter(
        event_code="portal.access_log.read", user=world.personas["client"]
    ).exists()


def test_own_actions_refused_attempts_and_other_clients_are_left_out(
    world: Any, anna: HttpClient
) -> None:
    anna.get(reverse("portal:consents"))  # Anna's own reading
    outsider = _as(world.personas["pro_other"])
    denied = outsider.get(reverse("clients:detail", args=[world.client_record.public_id]))
    assert denied.status_code == 404
    assert AccessLogEntry.objects.filter(
        outcome="denied", client_pid=world.client_record.public_id
    ).exists()
    outsider.get(reverse("clients:detail", args=[world.other_client_record.public_id]))
    page = anna.get(LOG).content.decode()
    assert "Pro Ander" not in page
    assert "Cliënt Anna" not in page
    shown = AccessLogEntry.objects.filter(client_pid=world.client_record.public_id)
    shown = shown.exclude(user=world.personas["client"]).filter(outcome="allowed")
    assert _visits(page) == _visit_count(shown)


def test_the_period_filter(world: Any, anna: HttpClient) -> None:
    with _at("2026-03-10"):
        _read_by(world, "pro_own", event="signal.read", n=2)
    with _at("2026-05-20"):
        _read_by(world, "pro_own", event="follow_up.read", n=3)
    march = anna.get(LOG, {"van": "2026-03-01", "tot": "2026-03-31"}).content.decode()
    assert _visits(march) == 1  # two reads by one person on one day: one visit
    assert "een seintje dat het minder gaat" in march and "contacten over je baan" not in march
    from_may = anna.get(LOG, {"van": "2026-05-20"}).content.decode()
    assert "contacten over je baan" in from_may and "een seintje dat" not in from_may
    until_march = anna.get(LOG, {"tot": "2026-03-10"}).content.decode()
    assert _visits(until_march) == 1 + _visit_count(
        AccessLogEntry.objects.filter(
            client_pid=world.client_record.public_id,
            occurred_at__lt=timezone.make_aware(datetime(2026, 3, 10)),
            outcome="allowed",
        ).exclude(user=world.personas["client"])
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"van": "2026-05-01", "tot": "2026-04-01"}, "Deze datum ligt voor de begindatum."),
        ({"van": "gisteren"}, "Vul een datum in als 31-12-2026."),
        ({"tot": "2026-13-45"}, "Vul een datum in als 31-12-2026."),
    ],
    ids=["from-after-to", "words", "no-such-day"],
)
def test_a_bad_period_is_a_400_and_filters_nothing(
    world: Any, anna: HttpClient, query: dict[str, str], message: str
) -> None:
    with _at("2026-03-10"):
        _read_by(world, "pro_own", n=2)
    everything = _visits(anna.get(LOG).content.decode())
    response = anna.get(LOG, query)
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert _visits(page) == everything


def test_pages_of_fifty_visits(world: Any, anna: HttpClient) -> None:
    existing = _visits(anna.get(LOG).content.decode())
    for day in range(ACCESS_LOG_PAGE_SIZE + 10 - existing):
        with _at(f"2025-{1 + day // 28:02d}-{1 + day % 28:02d}"):
            _read_by(world, "pro_own", n=2)
    first = anna.get(LOG).content.decode()
    assert _visits(first) == ACCESS_LOG_PAGE_SIZE
    assert "pagina=2" in first
    second = anna.get(LOG, {"pagina": 2}).content.decode()
    assert _visits(second) == 10


def test_the_query_count_does_not_grow_with_the_rows_or_visits(
    world: Any, anna: HttpClient
) -> None:
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert anna.get(LOG).status_code == 200
        return len(queries)

    _read_by(world, "pro_own", n=1)
    one = count()
    _read_by(world, "pro_own", n=99)
    _read_by(world, "admin_own", n=1)
    for day in range(1, 20):
        with _at(f"2026-02-{day:02d}"):
            _read_by(world, "pro_own", n=3)
    assert count() == one


def test_one_page_view_is_one_visit_that_names_the_goal_and_the_conversation(
    world: Any, anna: HttpClient
) -> None:
    before = _visits(anna.get(LOG).content.decode())
    pro = _as(world.personas["pro_own"])
    rows_before = AccessLogEntry.objects.count()
    pro.get(reverse("trajectories:detail", args=[world.trajectory.pk]))
    pro.get(reverse("trajectories:meeting", args=[world.trajectory.pk, world.meeting.pk]))
    pro.get(reverse("trajectories:goal_update", args=[world.trajectory.pk, world.goal.pk]))
    assert AccessLogEntry.objects.count() - rows_before >= 4  # several rows ...
    page = anna.get(LOG).content.decode()
    assert _visits(page) == max(before, 1)  # ... one visit: the same person, today
    assert "“Weer ergens bij horen”" in page  # the goal, in the client's own words
    assert "verslagen van gesprekken (driegesprek van " in page  # by kind and date


def test_the_week_in_one_line(world: Any, anna: HttpClient) -> None:
    with _at("2026-01-05"):
        _read_by(world, "pro_other")  # long ago: not this week
    summary = anna.get(LOG).context["view"].week
    people_before = summary.people
    _read_by(world, "pro_own")
    _read_by(world, "admin_own")
    page = anna.get(LOG)
    week = page.context["view"].week
    assert week.people == max(people_before, 1) + 1
    assert week.organisations == 1
    assert str(week) == "De afgelopen 7 dagen: 2 mensen van 1 organisatie."


@pytest.mark.parametrize(
    ("event", "object_type", "words"),
    [
        ("client.read", "clients.client", "je basisgegevens (zoals naam en contactgegevens)"),
        ("goal.update", "trajectories.goal", "je doelen"),
        ("trajectory.read", "trajectories.trajectory", "je traject"),
        ("checkin.create", "employment.checkin", "hoe het gaat op je werk (je check-ins)"),
        ("portal.pace.read", "portal.pacestatement", "je tempo"),
        ("portal.thread.create", "portal.thread", "je berichten"),
        ("portal.invitation.create", "portal.clientinvitation", "je uitnodiging voor Werkpad"),
        ("something.new", "trajectories.goal", "je traject"),
        ("something.new", "", str(FALLBACK_WORDS)),
    ],
)
def test_every_event_has_plain_words(event: str, object_type: str, words: str) -> None:
    assert data_kind(event, object_type) == words
