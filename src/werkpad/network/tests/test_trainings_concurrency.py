"""The last place of an event, taken by two people at the same moment, goes to one of them:
the other is on the waiting list. Two threads register at once while counting the places is
made slow; without the lock on the event row both would count one free place and both get
it. Transactional (the threads commit for real), so a module of its own.

PostgreSQL only: SQLite takes its one write lock when a transaction begins (``IMMEDIATE``), so
two registrations never overlap there at all, and the in-memory test database refuses the
second writer ("table is locked") instead of letting it wait. CI runs this on PostgreSQL."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from django.db import connection

from werkpad.access.actor import actor_for_user
from werkpad.network.models import Event, Registration
from werkpad.network.services import trainings as services
from werkpad.organisations.models import ArbeidsmarktRegio, Role
from werkpad.testing import make_organisation, make_user

from .test_trainings import details


@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite serialises all writers")
@pytest.mark.django_db(transaction=True)
def test_the_last_place_taken_by_two_at_once_gives_one_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ArbeidsmarktRegio.objects.get_or_create(code="AM13", defaults={"name": "Midden-Utrecht"})
    organisation = make_organisation("GGZ Oost")
    lead = make_user(organisation=organisation, role=Role.TEAMLEIDER)
    first, *racers = (make_user(organisation=organisation) for _ in range(3))
    event = services.event_plan(actor=actor_for_user(lead), details=details(capacity=2))
    services.registration_create(actor=actor_for_user(first), event=event)  # one place left

    count_places = services._taken

    def slow_count(locked: Event) -> int:
        taken = count_places(locked)
        time.sleep(0.3)  # the other thread gets every chance to count too
        return taken

    monkeypatch.setattr(services, "_taken", slow_count)
    actors = [actor_for_user(user) for user in racers]
    start = threading.Barrier(len(actors))
    statuses: list[str] = []
    errors: list[BaseException] = []

    def take_a_place(actor: Any) -> None:
        try:
            start.wait()
            statuses.append(services.registration_create(actor=actor, event=event).status)
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=take_a_place, args=(actor,)) for actor in actors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert sorted(statuses) == ["registered", "waiting"]
    assert Registration.objects.filter(event=event, status="registered").count() == 2
