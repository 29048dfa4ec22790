"""Trainings and werkateliers, registrations and trainings followed (issue 15, item 5): places
up to the cap, then the waiting list; a cancellation moves the first one waiting up and mails
them; the same person twice is refused kindly and changes nothing; a teamleider registers their
own team only, an employer only managers of its own organisation and only for Harrie Helpt;
a bad e-mail address or a future date is refused; the team's coverage shows who still needs
the IPS basistraining and changes when it is recorded. The builder here is shared with the
other test_trainings_* modules (events, pages, concurrency)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.network.models import Event, EventKind, Registration, Training, TrainingRecord
from werkpad.network.selectors import trainings as selectors
from werkpad.network.services import trainings as services
from werkpad.organisations.models import Membership, OrganisationType, Role, Team
from werkpad.testing import make_organisation, make_user

REGISTERED, WAITING, CANCELLED = "registered", "waiting", "cancelled"


# --- The builder the training tests share ------------------------------------------------------
@dataclass
class Net:
    """Organisation A's IPS team (teamleider Tessa, IPS-trajectbegeleider Iris, jobcoach
    Jan), a colleague of A on another team (Olaf), and the trainings."""

    world: Any
    team: Team
    lead: User
    iris: User
    jan: User
    olaf: User
    ips: Training
    harrie: Training
    jobcoach: Training

    def actor(self, user: Any) -> Actor:
        return actor_for_user(user)

    def membership(self, user: User) -> Membership:
        return user.memberships.get()

    @property
    def employer(self) -> User:
        return self.world.personas["employer"]


def build(world: Any) -> Net:
    org_a = world.org_a
    team = Team.objects.create(organisation=org_a, name="IPS-team Oost")
    other_team = Team.objects.create(organisation=org_a, name="Behandelteam")

    def person(name: str, role: str, on: Team) -> User:
        user = make_user(organisation=org_a, role=role, full_name=name)
        user.memberships.update(team=on)
        return user

    lead = person("Tessa Teamleider", Role.TEAMLEIDER, team)
    iris = person("Iris de Vries", Role.IPS_TRAJECTBEGELEIDER, team)
    jan = person("Jan Jansen", Role.JOBCOACH, team)
    olaf = person("Olaf Overig", Role.IPS_TRAJECTBEGELEIDER, other_team)
    ips = Training.objects.create(
        code="ips-basistraining",
        title="IPS basistraining",
        provider="Kenniscentrum Phrenos",
        summary="De training voor IPS-trajectbegeleiders.",
        audience=f"{Role.IPS_TRAJECTBEGELEIDER},{Role.TEAMLEIDER}",
        required_for=Role.IPS_TRAJECTBEGELEIDER,
    )
    harrie = Training.objects.create(
        code="harrie-helpt",
        title="Harrie Helpt",
        provider="CNV Jongeren",
        summary="Voor leidinggevenden en collega's.",
        audience=Role.WERKGEVER_CONTACTPERSOON,
        for_employers=True,
    )
    jobcoach = Training.objects.create(
        code="jobcoachtraining",
        title="Jobcoachtraining",
        provider="Een erkende opleiding",
        summary="Voor het Register Jobcoach.",
        audience=f"{Role.JOBCOACH},{Role.IPS_TRAJECTBEGELEIDER}",
    )
    return Net(world, team, lead, iris, jan, olaf, ips, harrie, jobcoach)


def details(**overrides: Any) -> services.EventDetails:
    start = timezone.now().replace(second=0, microsecond=0) + timedelta(days=14)
    values: dict[str, Any] = {
        "kind": EventKind.WERKATELIER,
        "title": "Werkatelier Zorg en werk verbinden",
        "description": "Professionals van ggz en Werk & Inkomen leren elkaar kennen.",
        "audience": "IPS-trajectbegeleiders en klantmanagers",
        "starts_at": start,
        "ends_at": start + timedelta(hours=3),
        "capacity": 2,
        "place": "Vergaderzaal De Brug, Utrecht",
    }
    values.update(overrides)
    return services.EventDetails(**values)


def plan(net: Net, **overrides: Any) -> Event:
    return services.event_plan(actor=net.actor(net.lead), details=details(**overrides))


def harrie_event(net: Net, **overrides: Any) -> Event:
    values = {"kind": EventKind.TRAINING, "training": net.harrie, "title": "Harrie Helpt, dag 1"}
    return plan(net, **{**values, "capacity": 14, **overrides})


def register(net: Net, user: User, event: Event) -> Registration:
    return services.registration_create(actor=net.actor(user), event=event)


def audit_rows(code: str) -> int:
    return AccessLogEntry.objects.filter(event_code=code).count()


@pytest.fixture
def net(world: Any) -> Net:
    return build(world)


# --- The cap and the waiting list --------------------------------------------------------------
def test_places_go_first_then_the_waiting_list_in_order(net: Net) -> None:
    event = plan(net, capacity=2)
    statuses = [register(net, user, event).status for user in (net.iris, net.jan, net.olaf)]
    assert statuses == [REGISTERED, REGISTERED, WAITING]
    assert audit_rows("network.registration.create") == 3
    row = selectors.upcoming_events(actor=net.actor(net.olaf))[0]
    assert (row.taken, row.waiting, row.places_left, row.full, row.my_status) == (
        2,
        1,
        0,
        True,
        WAITING,
    )


def test_a_cancellation_moves_the_first_one_waiting_up_and_mails_them(
    net: Net, mailoutbox: list[Any], django_capture_on_commit_callbacks: Any
) -> None:
    event = plan(net, capacity=1)
    first = register(net, net.iris, event)
    second, third = register(net, net.jan, event), register(net, net.olaf, event)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.registration_cancel(actor=net.actor(net.iris), registration=first)
    assert [r.pk for r in outcome.moved_up] == [second.pk]
    statuses = dict(Registration.objects.values_list("user__full_name", "status"))
    assert statuses == {
        "Iris de Vries": CANCELLED,
        "Jan Jansen": REGISTERED,
        "Olaf Overig": WAITING,
    }
    assert third.pk not in [r.pk for r in outcome.moved_up]
    [mail] = mailoutbox
    assert mail.to == [net.jan.email]
    assert "plaats vrij" in mail.subject and event.title in mail.subject
    assert "je bent nu aangemeld" in mail.body and f"/netwerk/trainingen/{event.pk}/" in mail.body
    log = AccessLogEntry.objects.get(event_code="network.registration.cancel")
    assert log.detail["moved_up"] == [second.pk]


def test_cancelling_a_place_on_the_waiting_list_moves_nobody_up(
    net: Net, mailoutbox: list[Any], django_capture_on_commit_callbacks: Any
) -> None:
    event = plan(net, capacity=1)
    register(net, net.iris, event)
    waiting = register(net, net.jan, event)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.registration_cancel(actor=net.actor(net.jan), registration=waiting)
    assert outcome.moved_up == [] and mailoutbox == []
    with pytest.raises(ValidationError, match="al afgemeld"):
        services.registration_cancel(actor=net.actor(net.jan), registration=waiting)


def test_registering_twice_is_refused_kindly_and_changes_nothing(net: Net) -> None:
    event = plan(net)
    register(net, net.iris, event)
    before = audit_rows("network.registration.create")
    with pytest.raises(services.AlreadyRegistered) as refused:
        register(net, net.iris, event)
    assert refused.value.messages == [
        "Je staat al op de lijst voor Werkatelier Zorg en werk verbinden (aangemeld). "
        "Er is niets veranderd."
    ]
    assert Registration.objects.count() == 1
    assert audit_rows("network.registration.create") == before


def test_registering_again_after_cancelling_goes_to_the_back_of_the_queue(net: Net) -> None:
    event = plan(net, capacity=1)
    mine = register(net, net.iris, event)
    register(net, net.jan, event)  # waiting
    services.registration_cancel(actor=net.actor(net.iris), registration=mine)  # Jan moves up
    again = register(net, net.iris, event)
    assert again.pk == mine.pk and again.status == WAITING


def test_a_started_event_takes_no_registrations(net: Net) -> None:
    event = plan(net)
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() - timedelta(minutes=5))
    event.refresh_from_db()
    with pytest.raises(ValidationError, match="al begonnen"):
        register(net, net.iris, event)
    assert not Registration.objects.exists()


# --- Who may register whom ---------------------------------------------------------------------
def test_a_teamleider_registers_members_of_their_own_team_only(net: Net) -> None:
    event = plan(net)
    lead = net.actor(net.lead)
    registration = services.registration_create(
        actor=lead, event=event, member=net.membership(net.iris)
    )
    assert (registration.user, registration.registered_by) == (net.iris, net.lead)
    assert registration.organisation == net.world.org_a
    for outsider in (net.olaf, net.world.personas["pro_other"]):
        with pytest.raises(PermissionDenied):
            services.registration_create(actor=lead, event=event, member=outsider.memberships.get())
    with pytest.raises(PermissionDenied):  # a colleague is no teamleider
        services.registration_create(
            actor=net.actor(net.iris), event=event, member=net.membership(net.jan)
        )
    assert Registration.objects.count() == 1


def test_an_employer_signs_up_its_own_managers_for_harrie_helpt_only(net: Net) -> None:
    employer = net.actor(net.employer)
    manager = services.Manager("Mila Manager", "mila@bakkerij.example")
    harrie = harrie_event(net)
    registration = services.registration_create(actor=employer, event=harrie, manager=manager)
    assert registration.user is None and registration.name == "Mila Manager"
    assert registration.organisation == net.world.employer_org
    werkatelier = plan(net)
    with pytest.raises(Http404):  # not an employer's training: not there for it, and logged
        services.registration_create(actor=employer, event=werkatelier, manager=manager)
    denied = AccessLogEntry.objects.get(event_code="denied.register_for_event")
    assert (denied.outcome, denied.object_id) == ("denied", str(werkatelier.pk))
    assert denied.user_id == net.employer.pk
    with pytest.raises(PermissionDenied):  # a professional signs up no managers
        services.registration_create(actor=net.actor(net.iris), event=harrie, manager=manager)
    # Another employer sees nothing of it and cannot cancel it.
    other_org = make_organisation("Drukkerij (werkgever)", OrganisationType.EMPLOYER)
    other = net.actor(make_user(organisation=other_org, role=Role.WERKGEVER_CONTACTPERSOON))
    assert not selectors.employer_page(actor=other).registrations
    with pytest.raises(Http404):
        selectors.registration_get(actor=other, pk=registration.pk)
    assert Registration.objects.count() == 1


def test_a_managers_bad_email_or_empty_name_is_refused(net: Net) -> None:
    harrie = harrie_event(net)
    with pytest.raises(ValidationError) as refused:
        services.registration_create(
            actor=net.actor(net.employer), event=harrie, manager=services.Manager("", "mila@")
        )
    assert refused.value.message_dict == {
        "name": ["Vul de naam in."],
        "email": ["Vul een geldig e-mailadres in, zoals naam@bedrijf.nl."],
    }
    assert not Registration.objects.exists()


# --- Trainings followed and the team's coverage ------------------------------------------------
def test_recording_trainings_followed(net: Net) -> None:
    today = timezone.localdate()
    record = services.training_record(
        actor=net.actor(net.iris), training=net.ips, completed_on=today
    )
    assert (record.user, record.recorded_by) == (net.iris, net.iris)
    with pytest.raises(ValidationError, match="al vastgelegd"):
        services.training_record(actor=net.actor(net.iris), training=net.ips, completed_on=today)
    with pytest.raises(ValidationError) as refused:
        services.training_record(
            actor=net.actor(net.jan), training=net.ips, completed_on=today + timedelta(days=1)
        )
    assert refused.value.message_dict == {"completed_on": ["Vul een datum in die al geweest is."]}
    with pytest.raises(PermissionDenied):  # not the teamleider's team
        services.training_record(
            actor=net.actor(net.lead),
            training=net.ips,
            completed_on=today,
            member=net.membership(net.olaf),
        )
    assert TrainingRecord.objects.count() == 1
    assert audit_rows("network.training.record") == 1


def test_the_team_coverage_shows_who_still_needs_the_ips_basistraining(net: Net) -> None:
    lead = net.actor(net.lead)
    coverage = selectors.team_coverage(actor=lead)
    assert [row.membership.user.full_name for row in coverage.rows] == [
        "Iris de Vries",
        "Jan Jansen",
    ]
    # The training a role in the team requires first; Harrie Helpt (for employers) not at all
    assert coverage.trainings == [net.ips, net.jobcoach]
    assert [(r.membership.user, r.missing) for r in coverage.still_needed] == [
        (net.iris, [net.ips])
    ]
    services.training_record(
        actor=lead,
        training=net.ips,
        completed_on=timezone.localdate(),
        member=net.membership(net.iris),
    )
    after = selectors.team_coverage(actor=lead)
    assert after.still_needed == []
    assert after.rows[0].cells[0].followed_on == timezone.localdate()
    with pytest.raises(PermissionDenied):  # the team page is a teamleider's
        selectors.team_coverage(actor=net.actor(net.iris))


def test_the_team_coverage_lists_upcoming_registrations(net: Net) -> None:
    event = plan(net, kind=EventKind.TRAINING, training=net.ips, title="IPS basistraining")
    lead = net.actor(net.lead)
    services.registration_create(actor=lead, event=event, member=net.membership(net.iris))
    coverage = selectors.team_coverage(actor=lead)
    assert coverage.still_needed == []  # signed up: no longer under "nog nodig"
    row = coverage.signed_up[0]
    assert [r.event for r in row.registrations] == [event]
    assert [r.event for r in row.signed_up] == [event]
