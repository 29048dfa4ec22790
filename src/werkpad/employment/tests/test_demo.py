"""The demo of job development and placement (issue 4): what the issue asks for is there, and
seeding twice adds nothing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core.management import call_command
from django.db.models import Count, F
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.demo import EMPLOYERS, GGZ, REINTEGRATIE, seed_demo
from werkpad.demo.data.contacts import F2F_PER_WEEK
from werkpad.employment import matching
from werkpad.employment.instruments import minimum_hourly_wage
from werkpad.employment.models import (
    AppliedInstrument,
    CareerProfile,
    CheckIn,
    ContactKind,
    ContactPerson,
    ContactPurpose,
    Employer,
    EmployerContact,
    FollowUpContact,
    Light,
    Placement,
    RegionalSharing,
    Signal,
    SignalReason,
    TravelScope,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WorkHistoryEntry,
    WorkplaceScan,
    WorkType,
)
from werkpad.employment.wellbeing import signal_reason
from werkpad.organisations.models import ArbeidsmarktRegio, Organisation
from werkpad.trajectories.models import PhaseChange, Trajectory
from werkpad.trajectories.phases import TrajectoryType

IPS_USER = "ips@ggz.demo.example"
EMPLOYER_USER = "werkgever@korenschoof.demo.example"
IPS_NORM = 6
EMPLOYMENT_MODELS = (
    Employer,
    ContactPerson,
    RegionalSharing,
    EmployerContact,
    Vacancy,
    CareerProfile,
    WorkHistoryEntry,
    WorkplaceScan,
    Placement,
    AppliedInstrument,
    FollowUpContact,
    CheckIn,
    Signal,
)

# The demo's stories, read back: the same on every database (decision 0036, item 8).
pytestmark = pytest.mark.one_database


def _counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (*EMPLOYMENT_MODELS, Trajectory, PhaseChange, AccessLogEntry)
    }


@pytest.fixture
def demo(seeded_demo: list[Any]) -> None:
    """The demo, seeded once for this module (the root conftest's ``seeded_demo``)."""


@pytest.mark.django_db
def test_seed_demo_twice_adds_nothing(demo: None) -> None:
    before = _counts()
    assert all(before[model.__name__] for model in EMPLOYMENT_MODELS)
    seed_demo()
    assert _counts() == before


@pytest.mark.django_db
def test_employers_in_the_region_with_accounts_and_sharing(demo: None) -> None:
    ggz = Organisation.objects.get(name=GGZ)
    fatima = User.objects.get(email=IPS_USER)
    employers = Employer.objects.filter(region__code="AM13")
    assert employers.count() >= 10
    assert employers.values("sector").distinct().count() >= 8
    assert all(e.region_id == e.gemeente.region_id for e in employers.select_related("gemeente"))
    held = employers.filter(holder=ggz)
    assert set(held.values_list("coach", flat=True)) == {fatima.pk}
    # The three employer organisations of the demo each have their record, held by the ggz.
    for name in EMPLOYERS:
        record = Employer.objects.get(account__name=name)
        assert record.name == name and record.holder == ggz
    assert held.filter(social_heart=True).count() >= 3
    assert held.filter(trainings__contains="Harrie Helpt (maart 2026)").exists()
    assert held.filter(uwv_advice="gedaan").exists()
    assert Employer.objects.filter(sroi_obligation=True).exclude(sroi_note="").count() == 1
    assert not employers.annotate(n=Count("people")).filter(n=0).exists()
    # The ggz and the re-integratiebedrijf share in AM13: each sees the other's relations.
    werkkracht = Organisation.objects.get(name=REINTEGRATIE)
    assert set(RegionalSharing.objects.values_list("organisation", flat=True)) == {
        ggz.pk,
        werkkracht.pk,
    }
    ips = actor_for_user(fatima)
    assert visible_to(ips, Employer.objects.filter(holder=werkkracht)).exists()
    assert visible_to(ips, Employer.objects.all()).count() == Employer.objects.count()
    # The bakery's own user sees its own record only.
    henk = actor_for_user(User.objects.get(email=EMPLOYER_USER))
    own = visible_to(henk, Employer.objects.all())
    assert list(own.values_list("name", flat=True)) == [EMPLOYERS[0]]


@pytest.mark.django_db
def test_employer_contacts_around_the_ips_norm(demo: None) -> None:
    fatima = User.objects.get(email=IPS_USER)
    today = timezone.localdate()
    this_week = today - timedelta(days=today.weekday())
    first = this_week - timedelta(weeks=len(F2F_PER_WEEK) - 1)
    contacts = EmployerContact.objects.filter(coach=fatima, occurred_on__gte=first)
    assert not contacts.filter(occurred_on__gt=today).exists()
    f2f = contacts.filter(kind=ContactKind.FACE_TO_FACE)
    assert f2f.count() > contacts.count() / 2  # mostly face-to-face
    weeks = [
        f2f.filter(
            occurred_on__gte=first + timedelta(weeks=i),
            occurred_on__lt=first + timedelta(weeks=i + 1),
        ).count()
        for i in range(len(F2F_PER_WEEK) - 1)  # the complete weeks
    ]
    assert any(n < IPS_NORM for n in weeks) and any(n > IPS_NORM for n in weeks)
    assert 4 <= sum(weeks) / len(weeks) <= 7  # near the norm
    for_seekers = f2f.filter(purpose=ContactPurpose.FOR_JOB_SEEKER, trajectory__isnull=False)
    assert for_seekers.values("trajectory").distinct().count() >= 5
    assert all(
        t.type == TrajectoryType.IPS
        for t in Trajectory.objects.filter(employer_contacts__in=for_seekers)
    )
    # The stories about an overdue first employer contact keep their flag.
    assert Trajectory.objects.filter(
        type=TrajectoryType.IPS, phase="zoeken", first_employer_contact_on__isnull=True
    ).exists()
    # The re-integratiebedrijf's coach logs contacts on a relation the ggz holds.
    assert EmployerContact.objects.filter(
        organisation__name=REINTEGRATIE, employer__holder__name=GGZ
    ).exists()


@pytest.mark.django_db
def test_vacancies_and_created_jobs(demo: None) -> None:
    vacancies = Vacancy.objects.select_related("gemeente")
    assert vacancies.filter(kind=VacancyKind.VACANCY).count() >= 15
    assert all(v.region_id == v.gemeente.region_id for v in vacancies)
    assert {VacancyStatus.OPEN, VacancyStatus.FILLED, VacancyStatus.CLOSED} <= set(
        vacancies.values_list("status", flat=True)
    )
    created = vacancies.filter(kind=VacancyKind.CREATED)
    assert created.count() == 2
    assert created.values("for_trajectory").distinct().count() == 2
    for job in created:
        assert job.for_trajectory is not None and job.for_trajectory.type == TrajectoryType.IPS
        assert "denk niet alleen in bestaande banen" in job.tasks.lower()
        # The job made for a client is the best match for that client, and for nobody else.
        profile = CareerProfile.objects.get(trajectory=job.for_trajectory)
        actor = actor_for_user(User.objects.get(email=IPS_USER))
        ranked = matching.rank_vacancies(profile, visible_to(actor, Vacancy.objects.all()))
        assert ranked[0].vacancy == job
        others = CareerProfile.objects.exclude(trajectory=job.for_trajectory)
        assert job not in [m.vacancy for p in others for m in matching.rank_vacancies(p, vacancies)]
    # The bakery's own user added a vacancy.
    assert vacancies.filter(created_by__email=EMPLOYER_USER).exists()


@pytest.mark.django_db
def test_career_profiles_in_every_phase_with_the_clients_own_words(demo: None) -> None:
    profiles = CareerProfile.objects.select_related("trajectory")
    phases = {p.trajectory.phase for p in profiles}
    assert {"kennismaking", "zoeken", "plaatsing", "nazorg"} <= phases
    assert all(p.trajectory.type == TrajectoryType.IPS for p in profiles)
    assert all(p.own_words and (p.work_kinds or p.sectors) for p in profiles)
    assert {TravelScope.ANYWHERE, TravelScope.REGIO, TravelScope.GEMEENTE} <= set(
        profiles.values_list("travel_scope", flat=True)
    )
    assert WorkHistoryEntry.objects.values("profile").distinct().count() >= 10


@pytest.mark.django_db
def test_scans_and_placements(demo: None) -> None:
    scans = list(WorkplaceScan.objects.all())
    assert any(s.all_green for s in scans)
    assert any(
        not s.red_aspects and any(v["light"] == Light.ORANGE for v in s.lights.values())
        for s in scans
    )
    red = [s for s in scans if s.red_aspects]
    assert len(red) == 1
    after_red = Placement.objects.get(scan=red[0])
    assert after_red.red_light_decision.strip()
    # "Alle lichten moeten op groen staan": every placement after a scan that is not all
    # green (Jeroen's two orange lights too) records the conscious decision.
    for placement in Placement.objects.filter(scan__isnull=False).select_related("scan"):
        assert placement.scan.all_green or placement.red_light_decision.strip(), placement
    placements = Placement.objects.select_related("trajectory__client", "employer")
    # Competitive work pays at least the minimum wage.
    for p in placements.filter(work_type=WorkType.COMPETITIVE):
        assert p.hourly_wage is not None
        born = p.trajectory.client.date_of_birth
        age = p.start_on.year - born.year if born else None
        assert p.hourly_wage >= minimum_hourly_wage(age)
    supported = [
        p
        for p in placements.filter(work_type=WorkType.COMPETITIVE, employer__account__isnull=False)
        if {"loonkostensubsidie", "jobcoach"} <= {i.instrument for i in p.instruments.all()}
    ]
    assert supported
    assert placements.filter(
        work_type=WorkType.TRIAL, instruments__instrument="proefplaatsing"
    ).exists()
    assert placements.filter(work_type=WorkType.VOLUNTEER, hourly_wage__isnull=True).exists()
    # A job that ended: why, what we learned, and the trajectory back to 'zoeken'.
    ended = placements.get(ended_on__isnull=False)
    assert ended.end_reason and ended.learned
    assert ended.trajectory.phase == "zoeken"
    assert PhaseChange.objects.filter(
        trajectory=ended.trajectory,
        from_phase="plaatsing",
        to_phase="zoeken",
        changed_on=ended.ended_on,
    ).exists()
    # Follow-along, partly for the employer's eyes; the bakery sees only what is meant for it.
    assert FollowUpContact.objects.filter(for_employer=True).count() >= 3
    henk = actor_for_user(User.objects.get(email=EMPLOYER_USER))
    seen = visible_to(henk, FollowUpContact.objects.all())
    assert seen.exists()
    assert all(f.for_employer and f.placement.employer.name == EMPLOYERS[0] for f in seen)
    assert visible_to(henk, Placement.objects.all()).count() == 1
    # The services wrote the access log.
    events = set(AccessLogEntry.objects.values_list("event_code", flat=True))
    assert {
        "employer.create",
        "employer.contact_log",
        "vacancy.create",
        "career_profile.create",
        "workplace_scan.create",
        "placement.create",
        "placement.end",
        "follow_up.create",
        "checkin.create",
        "signal.raise",
    } <= events
    assert Decimal("0") < sum(p.hours_per_week for p in placements)


def test_a_job_agreed_ahead_and_instruments_with_their_decisions(demo: None) -> None:
    """Issue 13, item 8, in the demo: Emre's next job starts in two weeks (the trajectory
    stays in 'zoeken' until then, the vacancy is filled); the gemeente's klantmanager and
    UWV's arbeidsdeskundige recorded their own decisions; a loonkostensubsidie is granted
    with its loonwaarde, another still requested."""
    ahead = Placement.objects.select_related("trajectory").get(start_pending=True)
    assert ahead.start_on == timezone.localdate() + timedelta(days=14)
    assert ahead.trajectory.phase == "zoeken"
    assert ahead.vacancy is not None and ahead.vacancy.status == "vervuld"
    decided = AppliedInstrument.objects.select_related("decided_by")
    by_type = {i.decided_by.type for i in decided if i.decided_by is not None}
    assert by_type == {"gemeente", "uwv"}
    lks = decided.filter(instrument="loonkostensubsidie")
    assert lks.filter(status="toegekend", wage_value_percentage=70).exclude(wage_value_by="")
    assert lks.filter(status="aangevraagd").exists()
    jobcoach = decided.filter(instrument="jobcoach", decided_on__isnull=False)
    assert jobcoach and all(i.provider and i.coach_hours_per_month for i in jobcoach)
    assert AccessLogEntry.objects.filter(event_code="placement.instrument_update").exists()


@pytest.mark.django_db
def test_exactly_one_early_warning_signal(demo: None) -> None:
    open_signals = Signal.objects.filter(resolved_at__isnull=True)
    assert open_signals.count() == 1
    signal = open_signals.get()
    assert signal.reason == SignalReason.FALLING
    series = list(signal.placement.checkins.order_by("on", "id"))
    assert signal_reason(series) == SignalReason.FALLING
    # Every other running placement with check-ins is steady: the rule raises nothing.
    running = Placement.objects.filter(ended_on__isnull=True, checkins__isnull=False).distinct()
    steady = list(running.exclude(pk=signal.placement_id))
    assert steady
    for placement in steady:
        assert signal_reason(list(placement.checkins.order_by("on", "id"))) is None
    # Sanne, who logs in, checks in herself and is doing well.
    sanne = Placement.objects.get(trajectory__client__full_name="Sanne de Vries")
    assert sanne.checkins.count() >= 4
    assert sanne.checkins.filter(by_worker=True).exists()
    assert all(c.total >= 8 for c in sanne.checkins.all())


@pytest.mark.django_db
def test_generate_vacancies_for_measurements(demo: None) -> None:
    ips = actor_for_user(User.objects.get(email=IPS_USER))
    before = Vacancy.objects.count()
    call_command("generate_vacancies", 500, "--employers", "40", "--fill-regions", "1")
    generated = Vacancy.objects.filter(employer__name__startswith="Gegenereerd: ")
    assert Vacancy.objects.count() == before + 500 == before + generated.count()
    assert Employer.objects.filter(name__startswith="Gegenereerd: ").count() == 40
    assert not generated.exclude(region_id=F("gemeente__region_id")).exists()
    assert not Employer.objects.exclude(region_id=F("gemeente__region_id")).exists()
    # Every region has a gemeente now, and the vacancies spread over many of them.
    assert not ArbeidsmarktRegio.objects.filter(gemeenten__isnull=True).exists()
    assert generated.values("region").distinct().count() > 10
    statuses = dict(generated.values_list("status").annotate(n=Count("id")))
    assert statuses[VacancyStatus.OPEN] > statuses.get(VacancyStatus.CLOSED, 0) > 0
    # The demo coach sees them all: held by her organisation or shared with it in AM13.
    assert visible_to(ips, generated).count() == 500
    ranked = matching.rank_vacancies(
        CareerProfile.objects.get(travel_scope=TravelScope.ANYWHERE),
        visible_to(ips, Vacancy.objects.all()),
    )
    assert len(ranked) == 20


@pytest.mark.django_db
def test_the_employer_is_signed_up_for_both_days_of_harrie_helpt(demo: None) -> None:
    from werkpad.demo.data.network import WERKGEVER
    from werkpad.network.models import Event, RegistrationStatus

    event = Event.objects.get(title="Harrie Helpt")
    (day_two,) = event.later_days.all()
    assert day_two.starts_at - event.starts_at == timedelta(days=7)
    assert day_two.duration_minutes == event.duration_minutes
    signed_up = event.registrations.filter(status=RegistrationStatus.REGISTERED)
    assert signed_up.filter(email=WERKGEVER).exists()  # demo logins are e-mail addresses
