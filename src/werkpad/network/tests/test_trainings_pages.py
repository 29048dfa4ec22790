"""Trainings and werkateliers over HTTP: the list (places left or "Vol: … wachtlijst", the
filter, only the actor's regions and national), the event page (register, refused twice,
cancel; the organiser's list of names, which nobody else sees), the calendar download, the
organiser's forms (bad input: 400 with Dutch messages and nothing saved; an old version: 409;
calling off: mail), my trainings, the teamleider's team page and the employer's page. The
list and the team page run the same number of queries with 1 and with many rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from werkpad.network.models import Event, EventKind, Registration, TrainingRecord
from werkpad.network.selectors.trainings import event_version
from werkpad.organisations.models import ArbeidsmarktRegio, Role, Team
from werkpad.testing import make_user

from .test_trainings import Net, build, harrie_event, plan, register

LIST = "/netwerk/trainingen/"
PLAN = "/netwerk/trainingen/nieuw/"
MINE = "/netwerk/trainingen/mijn/"
TEAM = "/netwerk/trainingen/mijn-team/"
EMPLOYER = "/netwerk/trainingen/werkgever/"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _text(response: Any) -> str:
    return " ".join(response.content.decode().split())


def _card(body: str, event: Event) -> str:
    start = body.index(f'data-event="{event.pk}"')
    return body[start : body.index("</li>", start)]


@pytest.fixture
def net(world: Any) -> Net:
    return build(world)


# --- The list ----------------------------------------------------------------------------------
def test_the_list_shows_places_left_or_the_waiting_list_and_filters_by_kind(net: Net) -> None:
    full = plan(net, capacity=1)
    register(net, net.jan, full)
    training = plan(net, kind=EventKind.TRAINING, training=net.ips, title="IPS basistraining")
    http = _as(net.iris)
    body = _text(http.get(LIST))
    assert "Vol</span>: wie zich nu aanmeldt, komt op de wachtlijst" in _card(body, full)
    assert "(er wacht nog niemand)" in _card(body, full)
    assert "nog 2 plaatsen vrij" in _card(body, training)
    assert " van " in _card(body, training) and " uur" in _card(body, training)
    filtered = _text(http.get(LIST, {"soort": "training"}))
    assert f'data-event="{training.pk}"' in filtered and f'data-event="{full.pk}"' not in filtered


def test_the_list_holds_the_actors_regions_and_national_events_only(net: Net) -> None:
    start = timezone.now() + timedelta(days=5)
    common = {
        "kind": EventKind.MEETING,
        "starts_at": start,
        "duration_minutes": 60,
        "place": "Utrecht",
        "capacity": 10,
        "organiser": net.world.org_b,
        "created_by": net.world.personas["pro_other"],
    }
    elsewhere = Event.objects.create(
        title="Elders", region=ArbeidsmarktRegio.objects.exclude(code="AM13").first(), **common
    )
    national = Event.objects.create(title="Landelijke dag", region=None, **common)
    over = Event.objects.create(
        title="Voorbij", region=None, **{**common, "starts_at": start - timedelta(days=9)}
    )
    body = _text(_as(net.iris).get(LIST))
    assert f'data-event="{national.pk}"' in body and "Landelijk" in _card(body, national)
    assert f'data-event="{elsewhere.pk}"' not in body and f'data-event="{over.pk}"' not in body
    assert _as(net.iris).get(f"/netwerk/trainingen/{elsewhere.pk}/").status_code == 404


def test_the_list_runs_the_same_queries_for_1_and_for_20_events(net: Net) -> None:
    def queries() -> int:
        http = _as(net.iris)
        with CaptureQueriesContext(connection) as captured:
            assert http.get(LIST).status_code == 200
        return len(captured)

    first = plan(net)
    register(net, net.jan, first)
    one = queries()
    for n in range(19):
        event = plan(net, title=f"Werkatelier {n}", training=net.ips if n % 2 else None)
        register(net, net.jan if n % 3 else net.olaf, event)
    assert len(_text(_as(net.iris).get(LIST)).split('data-event="')) == 21
    assert queries() == one


# --- One event ---------------------------------------------------------------------------------
def test_registering_on_the_event_page_and_cancelling(net: Net) -> None:
    event = plan(net, capacity=1)
    url = f"/netwerk/trainingen/{event.pk}/"
    iris = _as(net.iris)
    assert "Meld me aan" in _text(iris.get(url))
    response = iris.post(f"{url}aanmelden/", follow=True)
    assert "Je bent aangemeld voor Werkatelier Zorg en werk verbinden." in _text(response)
    again = _text(iris.post(f"{url}aanmelden/", follow=True))
    assert "Je staat al op de lijst voor Werkatelier Zorg en werk verbinden" in again
    assert Registration.objects.count() == 1
    jan = _as(net.jan)
    assert "Zet me op de wachtlijst" in _text(jan.get(url))
    assert "Je staat op de wachtlijst" in _text(jan.post(f"{url}aanmelden/", follow=True))
    mine = Registration.objects.get(user=net.iris)
    done = _text(iris.post(f"/netwerk/trainingen/aanmeldingen/{mine.pk}/afmelden/", follow=True))
    assert "Je bent afgemeld voor" in done and "De eerste op de wachtlijst" in done
    assert Registration.objects.get(user=net.jan).status == "registered"


def test_the_organiser_sees_the_names_and_nobody_else_does(net: Net) -> None:
    event = plan(net)
    register(net, net.iris, event)
    url = f"/netwerk/trainingen/{event.pk}/"
    organiser = _text(_as(net.lead).get(url))
    assert "Iris de Vries" in organiser and "Afgelasten" in organiser
    other = _as(net.world.personas["pro_other"]).get(url)
    assert other.status_code == 200
    assert "Iris de Vries" not in _text(other) and "Afgelasten" not in _text(other)


def test_the_calendar_download(net: Net) -> None:
    event = plan(net)
    response = _as(net.world.personas["pro_other"]).get(
        f"/netwerk/trainingen/{event.pk}/agenda.ics"
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == (
        'attachment; filename="werkatelier-zorg-en-werk-verbinden.ics"'
    )
    entry = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(entry["SUMMARY"]) == event.title
    assert f"/netwerk/trainingen/{event.pk}/" in str(entry["DESCRIPTION"])


# --- Organising --------------------------------------------------------------------------------
def _form(net: Net, **overrides: Any) -> dict[str, Any]:
    day = timezone.localdate() + timedelta(days=10)
    data = {
        "kind": EventKind.TRAINING,
        "training": net.ips.pk,
        "title": "IPS basistraining",
        "description": "",
        "audience": "Nieuwe IPS-trajectbegeleiders",
        "region": ArbeidsmarktRegio.objects.get(code="AM13").pk,
        "day": day.isoformat(),
        "starts": "09:30",
        "ends": "16:30",
        "place": "Zaal 2, Utrecht",
        "online_url": "",
        "capacity": "12",
    }
    data.update(overrides)
    return data


BAD_FORMS = [
    pytest.param(
        {"day": (timezone.localdate() - timedelta(days=1)).isoformat()},
        "Kies een datum en begintijd in de toekomst.",
        id="past",
    ),
    pytest.param({"ends": "08:00"}, "De eindtijd moet na de begintijd liggen.", id="end"),
    pytest.param({"capacity": "0"}, "Vul minstens 1 plaats in.", id="capacity"),
    pytest.param(
        {"place": ""}, "Vul een plaats in, of een link om online mee te doen.", id="nowhere"
    ),
    pytest.param(
        {"training": "999999"}, "Kies een training uit het trainingsaanbod.", id="unknown"
    ),
    pytest.param({"title": ""}, "Vul een titel in.", id="title"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_FORMS)
def test_planning_with_bad_input_is_refused_in_dutch(
    net: Net, bad: dict[str, Any], message: str
) -> None:
    response = _as(net.lead).post(PLAN, _form(net, **bad))
    assert response.status_code == 400
    assert message in _text(response) and "Er is iets niet goed ingevuld" in _text(response)
    assert not Event.objects.exists()


def test_planning_a_session(net: Net) -> None:
    lead = _as(net.lead)
    assert lead.get(PLAN).status_code == 200
    response = lead.post(PLAN, _form(net))
    event = Event.objects.get()
    assert (
        response.status_code == 302 and response["Location"] == f"/netwerk/trainingen/{event.pk}/"
    )
    assert (event.organiser, event.duration_minutes, event.training) == (
        net.world.org_a,
        420,
        net.ips,
    )
    assert timezone.localtime(event.starts_at).strftime("%H:%M") == "09:30"
    assert _as(net.iris).get(PLAN).status_code == 403  # not a teamleider


def test_an_edit_on_an_old_version_gets_409_and_the_second_save_wins(net: Net) -> None:
    event = plan(net, kind=EventKind.TRAINING, training=net.ips, title="IPS basistraining")
    url = f"/netwerk/trainingen/{event.pk}/bewerken/"
    old = event_version(event)
    lead = _as(net.lead)
    assert old in _text(lead.get(url))
    assert lead.post(url, _form(net, title="Eerste", version=old)).status_code == 302
    stale = lead.post(url, _form(net, title="Tweede", version=old))
    assert stale.status_code == 409
    assert "Iemand anders heeft dit intussen gewijzigd" in _text(stale)
    assert Event.objects.get(pk=event.pk).title == "Eerste"
    current = event_version(Event.objects.get(pk=event.pk))
    assert f'value="{current}"' in stale.content.decode()  # the form carries the new version
    assert lead.post(url, _form(net, title="Tweede", version=current)).status_code == 302
    assert Event.objects.get(pk=event.pk).title == "Tweede"


def test_calling_off_on_its_page_mails_the_registered(
    net: Net, mailoutbox: list[Any], django_capture_on_commit_callbacks: Any
) -> None:
    event = plan(net)
    register(net, net.iris, event)
    url = f"/netwerk/trainingen/{event.pk}/afgelasten/"
    lead = _as(net.lead)
    assert "1 persoon is aangemeld" in _text(lead.get(url))
    with django_capture_on_commit_callbacks(execute=True):
        response = lead.post(url, {"reason": "De trainer is ziek."}, follow=True)
    assert "De bijeenkomst is afgelast" in _text(response)
    assert "gaat niet door" in _text(response)
    assert [m.to for m in mailoutbox] == [[net.iris.email]]


# --- Mine and my team --------------------------------------------------------------------------
def test_my_trainings_shows_what_my_role_needs_and_records_one(net: Net) -> None:
    iris = _as(net.iris)
    page = _text(iris.get(MINE))
    assert "Hoort bij je rol, nog niet gevolgd" in page and "IPS basistraining" in page
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    refused = iris.post(MINE, {"training": net.ips.pk, "completed_on": tomorrow})
    assert refused.status_code == 400
    assert "Vul een datum in die al geweest is." in _text(refused)
    unknown = iris.post(MINE, {"training": "424242", "completed_on": "2025-03-01"})
    assert "Kies een training uit het trainingsaanbod." in _text(unknown)
    assert not TrainingRecord.objects.exists()
    done = iris.post(MINE, {"training": net.ips.pk, "completed_on": "2025-03-01"}, follow=True)
    assert "Vastgelegd: je hebt IPS basistraining gevolgd." in _text(done)
    assert "1 maart 2025" in _text(done) and "Hoort bij je rol" not in _text(done)


def test_the_teamleider_registers_who_still_needs_the_ips_basistraining(net: Net) -> None:
    event = plan(net, kind=EventKind.TRAINING, training=net.ips, title="IPS basistraining")
    lead = _as(net.lead)
    page = _text(lead.get(TEAM))
    assert "Iris de Vries (IPS-trajectbegeleider): IPS basistraining" in page
    iris, olaf = net.membership(net.iris), net.membership(net.olaf)
    refused = lead.post(f"{TEAM}aanmelden/", {"event": event.pk, "members": [olaf.pk]})
    assert refused.status_code == 400 and "Kies alleen mensen uit je team." in _text(refused)
    assert not Registration.objects.exists()
    done = lead.post(f"{TEAM}aanmelden/", {"event": event.pk, "members": [iris.pk]}, follow=True)
    assert "Iris de Vries is aangemeld voor IPS basistraining." in _text(done)
    assert "aangemeld voor IPS basistraining" in _text(done)
    recorded = lead.post(
        f"{TEAM}vastleggen/",
        {"member": iris.pk, "training": net.ips.pk, "completed_on": "2025-01-15"},
        follow=True,
    )
    assert "Vastgelegd: Iris de Vries heeft IPS basistraining gevolgd." in _text(recorded)
    assert "Iedereen in je team heeft de trainingen gevolgd" in _text(recorded)
    assert _as(net.iris).get(TEAM).status_code == 403


def test_the_team_page_runs_the_same_queries_for_1_and_for_10_members(net: Net) -> None:
    team = Team.objects.create(organisation=net.world.org_a, name="Jobcoaches")
    lead = make_user(organisation=net.world.org_a, role=Role.TEAMLEIDER)
    lead.memberships.update(team=team)
    event = plan(net)

    def member(n: int) -> None:
        user = make_user(organisation=net.world.org_a, full_name=f"Lid {n:02}")
        user.memberships.update(team=team)
        TrainingRecord.objects.create(
            user=user, training=net.jobcoach, completed_on="2025-01-01", recorded_by=lead
        )
        register(net, user, event)

    def queries() -> int:
        http = _as(lead)
        with CaptureQueriesContext(connection) as captured:
            assert http.get(TEAM).status_code == 200
        return len(captured)

    member(0)
    one = queries()
    for n in range(1, 10):
        member(n)
    assert _text(_as(lead).get(TEAM)).count('data-member="') == 20  # list and table
    assert queries() == one


# --- The employer ------------------------------------------------------------------------------
def test_the_employer_signs_up_managers_for_harrie_helpt(net: Net) -> None:
    harrie, ips = harrie_event(net), plan(net, title="Alleen voor professionals")
    employer = _as(net.employer)
    page = _text(employer.get(EMPLOYER))
    assert "Harrie Helpt, dag 1" in page and "Alleen voor professionals" not in page
    bad = employer.post(EMPLOYER, {"event": harrie.pk, "name": "Mila", "email": "mila@"})
    assert bad.status_code == 400
    assert "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl." in _text(bad)
    not_hers = employer.post(EMPLOYER, {"event": ips.pk, "name": "Mila", "email": "m@b.nl"})
    assert not_hers.status_code == 400 and "Kies een training uit de lijst." in _text(not_hers)
    assert not Registration.objects.exists()
    data = {"event": harrie.pk, "name": "Mila Manager", "email": "mila@bakkerij.example"}
    done = employer.post(EMPLOYER, data, follow=True)
    assert "Mila Manager is aangemeld voor Harrie Helpt, dag 1." in _text(done)
    twice = employer.post(EMPLOYER, data)
    assert twice.status_code == 400 and "Mila Manager staat al op de lijst" in _text(twice)
    registration = Registration.objects.get()
    assert registration.organisation == net.world.employer_org
    cancel = f"/netwerk/trainingen/aanmeldingen/{registration.pk}/afmelden/"
    response = employer.post(cancel, {"next": EMPLOYER})
    assert response.status_code == 302 and response["Location"] == EMPLOYER
    assert Registration.objects.get().status == "cancelled"
    assert _as(net.employer).get(f"/netwerk/trainingen/{ips.pk}/").status_code == 404
    assert _as(net.employer).get(LIST).status_code == 403
