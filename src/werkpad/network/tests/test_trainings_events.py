"""Trainings and werkateliers, the events (issue 15, item 5): bad input for a session (a date
in the past, an end before the start, no places, neither place nor online link, an unknown
training) is refused at its field with a Dutch message and nothing is saved; only teamleiders
and regiocoördinatoren plan; an edit on an old version is refused, more places move people up
the waiting list (and mail them), fewer places than people who have one are refused; another
organisation changes nothing; calling an event off mails everyone on the list; the calendar
file reads back as the event, in UTC, with a UID that stays the same per event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from icalendar import Calendar

from werkpad.core.forms import StaleEditError
from werkpad.network import ics
from werkpad.network.models import Event, EventKind, Registration, Training
from werkpad.network.selectors import trainings as selectors
from werkpad.network.services import trainings as services

from .test_trainings import REGISTERED, Net, audit_rows, build, details, plan, register


@pytest.fixture
def net(world: Any) -> Net:
    return build(world)


# --- Planning, changing, calling off -----------------------------------------------------------
def _past() -> dict[str, Any]:
    start = timezone.now() - timedelta(days=1)
    return {"starts_at": start, "ends_at": start + timedelta(hours=2)}


def _end_before_start() -> dict[str, Any]:
    start = timezone.now() + timedelta(days=3)
    return {"starts_at": start, "ends_at": start - timedelta(hours=1)}


BAD_EVENTS = [
    pytest.param(_past, "day", "Kies een datum en begintijd in de toekomst.", id="past"),
    pytest.param(_end_before_start, "ends", "De eindtijd moet na de begintijd liggen.", id="end"),
    pytest.param(lambda: {"capacity": 0}, "capacity", "Vul minstens 1 plaats in.", id="cap"),
    pytest.param(
        lambda: {"place": "", "online_url": ""},
        "place",
        "Vul een plaats in, of een link om online mee te doen.",
        id="nowhere",
    ),
    pytest.param(
        lambda: {"place": "", "online_url": "niet-een-link"},
        "online_url",
        "Vul een volledig webadres in, dat begint met https://.",
        id="bad-link",
    ),
    pytest.param(
        lambda: {"kind": EventKind.TRAINING, "training": Training(pk=987654, code="x")},
        "training",
        "Kies een training uit het trainingsaanbod.",
        id="unknown-training",
    ),
    pytest.param(
        lambda: {"kind": EventKind.TRAINING},
        "training",
        "Kies welke training dit is.",
        id="no-training",
    ),
]


@pytest.mark.parametrize(("bad", "field", "message"), BAD_EVENTS)
def test_bad_event_input_is_refused_at_its_field_and_nothing_changes(
    net: Net, bad: Any, field: str, message: str
) -> None:
    before = audit_rows("network.event.create")
    with pytest.raises(ValidationError) as refused:
        plan(net, **bad())
    assert refused.value.message_dict == {field: [message]}
    assert not Event.objects.exists()
    assert audit_rows("network.event.create") == before


def test_only_teamleiders_and_regiocoordinatoren_plan(net: Net) -> None:
    with pytest.raises(PermissionDenied):
        services.event_plan(actor=net.actor(net.iris), details=details())
    assert not Event.objects.exists()


def test_an_edit_on_an_old_version_is_refused_and_more_places_move_people_up(
    net: Net, mailoutbox: list[Any], django_capture_on_commit_callbacks: Any
) -> None:
    event = plan(net, capacity=1)
    version = selectors.event_version(event)
    register(net, net.iris, event)
    waiting = register(net, net.jan, event)
    lead = net.actor(net.lead)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_update(
            actor=lead,
            event=event,
            version=version,
            details=details(
                capacity=2, starts_at=event.starts_at, ends_at=ics.event_ends_at(event)
            ),
        )
    assert Registration.objects.get(pk=waiting.pk).status == REGISTERED
    assert [m.to for m in mailoutbox] == [[net.jan.email]]
    with pytest.raises(StaleEditError) as stale:  # the form still shows capacity 1
        services.event_update(actor=lead, event=event, version=version, details=details(title="X"))
    assert stale.value.current.capacity == 2
    assert Event.objects.get(pk=event.pk).title == "Werkatelier Zorg en werk verbinden"
    with pytest.raises(ValidationError) as refused:  # fewer places than people with one
        event.refresh_from_db()
        services.event_update(
            actor=lead,
            event=event,
            version=selectors.event_version(event),
            details=details(capacity=1),
        )
    assert refused.value.message_dict == {
        "capacity": ["Er hebben al 2 mensen een plaats. Kies minstens 2 plaatsen."]
    }


def test_another_organisation_changes_nothing_of_an_event(net: Net) -> None:
    event = plan(net)
    with pytest.raises(PermissionDenied):
        services.event_update(
            actor=net.actor(net.world.personas["pro_other"]),
            event=event,
            version=selectors.event_version(event),
            details=details(title="Anders"),
        )
    with pytest.raises(PermissionDenied):
        services.event_cancel(actor=net.actor(net.world.personas["pro_other"]), event=event)


def test_calling_an_event_off_mails_everyone_on_the_list(
    net: Net, mailoutbox: list[Any], django_capture_on_commit_callbacks: Any
) -> None:
    event = plan(net, capacity=1)
    register(net, net.iris, event)
    register(net, net.jan, event)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_cancel(actor=net.actor(net.lead), event=event, reason="De zaal is dicht.")
    event.refresh_from_db()
    assert event.cancelled_at is not None
    assert sorted(m.to[0] for m in mailoutbox) == sorted([net.iris.email, net.jan.email])
    assert all("gaat niet door" in m.subject and "De zaal is dicht." in m.body for m in mailoutbox)
    with pytest.raises(PermissionDenied):  # the policy: no registering for a cancelled event
        register(net, net.olaf, event)
    with pytest.raises(ValidationError, match="al afgelast"):
        services.event_cancel(actor=net.actor(net.lead), event=event)
    assert audit_rows("network.event.cancel") == 1


# --- The calendar file -------------------------------------------------------------------------
def test_the_calendar_file_reads_back_as_the_event(net: Net) -> None:
    start = timezone.make_aware(datetime(2030, 3, 12, 9, 30))
    event = plan(net, starts_at=start, ends_at=start + timedelta(minutes=150))
    page = "https://werkpad.example/netwerk/trainingen/1/"
    calendar = Calendar.from_ical(ics.event_calendar(event, page_url=page))
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Werkatelier Zorg en werk verbinden"
    assert entry.decoded("DTSTART") == datetime(2030, 3, 12, 8, 30, tzinfo=UTC)  # 9.30 CET
    assert entry.decoded("DTEND") == datetime(2030, 3, 12, 11, 0, tzinfo=UTC)
    assert str(entry["LOCATION"]) == "Vergaderzaal De Brug, Utrecht"
    assert "leren elkaar kennen" in str(entry["DESCRIPTION"]) and page in str(entry["DESCRIPTION"])
    assert str(entry["STATUS"]) == "CONFIRMED"
    again = Calendar.from_ical(ics.event_calendar(event, page_url=page)).walk("VEVENT")[0]
    assert str(again["UID"]) == str(entry["UID"])
    other = Calendar.from_ical(ics.event_calendar(plan(net), page_url=page)).walk("VEVENT")[0]
    assert str(other["UID"]) != str(entry["UID"])


def test_an_online_event_in_the_calendar_and_in_words(net: Net) -> None:
    start = timezone.make_aware(datetime(2030, 7, 2, 13, 0))  # summer time
    event = plan(
        net,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        place="",
        online_url="https://leren.example/ips",
    )
    entry = Calendar.from_ical(ics.event_calendar(event, page_url="https://x.example/")).walk(
        "VEVENT"
    )[0]
    assert entry.decoded("DTSTART") == datetime(2030, 7, 2, 11, 0, tzinfo=UTC)
    assert (str(entry["LOCATION"]), str(entry["URL"])) == ("Online", "https://leren.example/ips")
    assert ics.when_text(event) == "dinsdag 2 juli 2030, van 13.00 tot 15.00 uur"
