"""Behaviour of the job development and placement services (issue 4): for every service the
happy path (state and its access-log row) and bad input (a clear Dutch message on the right
field, nothing saved), the invariants (minimum wage, red lights, phases, the ladder, the
30-day employer contact) and who may do what."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model
from django.http import Http404

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, visible_to
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client
from werkpad.clients.services import consent_record
from werkpad.core.forms import StaleEditError
from werkpad.employment import services
from werkpad.employment.models import (
    AppliedInstrument,
    CareerProfile,
    CheckIn,
    ContactPerson,
    Employer,
    EmployerContact,
    FollowUpContact,
    Placement,
    RegionalSharing,
    Signal,
    SignalReason,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WorkHistoryEntry,
    WorkplaceScan,
)
from werkpad.employment.services import InstrumentUse
from werkpad.employment.wellbeing import evaluate_placement
from werkpad.organisations.models import ArbeidsmarktRegio
from werkpad.testing import make_client
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import LadderAssessment, PhaseChange, Trajectory

from .conftest import Kit, all_green, today

pytestmark = pytest.mark.django_db

COUNTED: tuple[type[Model], ...] = (
    CareerProfile,
    WorkHistoryEntry,
    Employer,
    ContactPerson,
    EmployerContact,
    Vacancy,
    WorkplaceScan,
    Placement,
    AppliedInstrument,
    FollowUpContact,
    CheckIn,
    Signal,
    LadderAssessment,
    PhaseChange,
)


def _counts() -> dict[str, int]:
    counts = {m.__name__: m._default_manager.count() for m in COUNTED}
    counts["log (allowed)"] = AccessLogEntry.objects.filter(outcome="allowed").count()
    return counts


def _logged(event: str, obj: Model, **fields: Any) -> AccessLogEntry:
    return AccessLogEntry.objects.get(
        event_code=event, object_id=str(obj.pk), outcome="allowed", **fields
    )


def _refused(
    call: Callable[[], Any], field: str | None, message: str, *, contains: bool = False
) -> None:
    """``call`` raises a ValidationError with ``message`` (on ``field``) and saves nothing."""
    before = _counts()
    with pytest.raises(ValidationError) as exc:
        call()
    if field is None:
        messages = exc.value.messages
    else:
        assert list(exc.value.message_dict) == [field]
        messages = exc.value.message_dict[field]
    if contains:
        assert any(message in m for m in messages), messages
    else:
        assert messages == [message]
    assert _counts() == before


def _phase(trajectory: Trajectory) -> str:
    trajectory.refresh_from_db()
    return trajectory.phase


def _ladder(trajectory: Trajectory) -> list[int]:
    return list(
        LadderAssessment.objects.filter(trajectory=trajectory, perspective="professional")
        .order_by("assessed_on", "id")
        .values_list("step", flat=True)
    )


def _years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years)


def _start_day() -> date:
    """About two months ago; neither that day nor the next is 29 February (birthdays)."""
    day = today() - timedelta(days=60)
    while (2, 29) in {(d.month, d.day) for d in (day, day + timedelta(days=1))}:
        day -= timedelta(days=1)
    return day


# --- Career profile ------------------------------------------------------------------------
def test_career_profile_is_created_for_the_trajectory(kit: Kit) -> None:
    profile = kit.profile(own_words="  Iets met planten  ", needs_mask=1 | 4)
    assert profile.trajectory == kit.trajectory
    assert profile.organisation == kit.world.org_a
    assert profile.updated_by == kit.world.personas["pro_own"]
    assert profile.own_words == "Iets met planten"
    assert (profile.hours_min, profile.hours_max, profile.version) == (12, 24, 1)
    assert [c.value for c in profile.needs] == [1, 4]
    assert profile.home_gemeente == kit.utrecht
    row = _logged("career_profile.create", profile)
    assert row.client_pid == kit.world.client_record.public_id
    assert row.basis == "own_organisation"


def test_career_profile_update_needs_the_version_the_form_saw(kit: Kit) -> None:
    profile = kit.profile()
    updated = services.career_profile_save(
        actor=kit.pro,
        trajectory=kit.trajectory,
        details=kit.profile_details(hours_max=32, avoid_sectors=["horeca"]),
        version=1,
    )
    assert updated.pk == profile.pk
    assert (updated.hours_max, updated.avoid_sectors, updated.version) == (32, ["horeca"], 2)
    assert CareerProfile.objects.count() == 1
    assert _logged("career_profile.update", profile)

    before = _counts()
    for stale in (1, None):
        with pytest.raises(StaleEditError):
            services.career_profile_save(
                actor=kit.pro,
                trajectory=kit.trajectory,
                details=kit.profile_details(hours_max=40),
                version=stale,
            )
    assert _counts() == before
    profile.refresh_from_db()
    assert (profile.hours_max, profile.version) == (32, 2)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        pytest.param(
            {"own_words": "  "},
            "own_words",
            "Schrijf in de woorden van de cliënt wat voor werk die wil.",
            id="no-own-words",
        ),
        pytest.param(
            {"work_kinds": ["buiten", "dieren"], "avoid_kinds": ["dieren"]},
            "avoid_kinds",
            "Een soort werk kan niet tegelijk gewild en niet gewild zijn.",
            id="kind-wanted-and-avoided",
        ),
        pytest.param(
            {"sectors": ["groen"], "avoid_sectors": ["groen", "horeca"]},
            "avoid_sectors",
            "Een sector kan niet tegelijk gewild en niet gewild zijn.",
            id="sector-wanted-and-avoided",
        ),
        pytest.param(
            {"hours_min": 24, "hours_max": 12},
            "hours_max",
            "Het maximum aantal uren is lager dan het minimum.",
            id="hours-reversed",
        ),
        pytest.param(
            {"hours_min": 0},
            "hours_min",
            "Kies een aantal uren tussen 1 en 48 per week.",
            id="zero-hours",
        ),
        pytest.param(
            {"hours_min": None, "hours_max": 60},
            "hours_max",
            "Kies een aantal uren tussen 1 en 48 per week.",
            id="too-many-hours",
        ),
    ],
)
def test_career_profile_bad_input(
    kit: Kit, overrides: dict[str, Any], field: str, message: str
) -> None:
    _refused(lambda: kit.profile(**overrides), field, message)
    # An update with the same bad input changes nothing either.
    profile = kit.profile()
    _refused(
        lambda: services.career_profile_save(
            actor=kit.pro,
            trajectory=kit.trajectory,
            details=kit.profile_details(**overrides),
            version=profile.version,
        ),
        field,
        message,
    )
    profile.refresh_from_db()
    assert profile.version == 1


# --- Work history --------------------------------------------------------------------------
def test_work_history_is_added_to_the_profile(kit: Kit) -> None:
    profile = kit.profile()
    entry = services.work_history_add(
        actor=kit.pro,
        profile=profile,
        job=" Vakkenvuller ",
        from_year=2015,
        to_year=2018,
        employer_name=" Supermarkt ",
        went_well="Vaste collega's",
        why_ended="Te druk",
    )
    assert (entry.profile, entry.job, entry.employer_name) == (
        profile,
        "Vakkenvuller",
        "Supermarkt",
    )
    assert (entry.from_year, entry.to_year) == (2015, 2018)
    row = _logged("career_profile.history_add", profile)
    assert row.detail == {"entry": entry.pk}
    assert list(profile.history.all()) == [entry]


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        pytest.param({"job": " "}, "job", "Vul de functie in.", id="no-job"),
        pytest.param(
            {"from_year": 1949}, "from_year", "Kies een jaar tussen 1950 en nu.", id="too-old"
        ),
        pytest.param(
            {"from_year": "next"}, "from_year", "Kies een jaar tussen 1950 en nu.", id="future"
        ),
        pytest.param(
            {"from_year": 2015, "to_year": 2014},
            "to_year",
            "Het eindjaar ligt voor het beginjaar of in de toekomst.",
            id="ends-before-start",
        ),
        pytest.param(
            {"from_year": 2015, "to_year": "next"},
            "to_year",
            "Het eindjaar ligt voor het beginjaar of in de toekomst.",
            id="ends-in-future",
        ),
    ],
)
def test_work_history_bad_input(kit: Kit, kw: dict[str, Any], field: str, message: str) -> None:
    profile = kit.profile()
    values: dict[str, Any] = {"job": "Vakkenvuller", "from_year": 2015, **kw}
    for key in ("from_year", "to_year"):
        if values.get(key) == "next":
            values[key] = today().year + 1
    _refused(
        lambda: services.work_history_add(actor=kit.pro, profile=profile, **values), field, message
    )


# --- Employers -----------------------------------------------------------------------------
def test_employer_is_created_for_the_own_organisation(kit: Kit) -> None:
    employer = services.employer_create(
        actor=kit.pro,
        details=kit.employer_details(
            name="  Groenbedrijf De Linde ", kvk_number=" 12345678 ", gemeente=kit.amsterdam
        ),
    )
    assert employer.holder == kit.world.org_a
    assert employer.coach == kit.world.personas["pro_own"]
    assert (employer.name, employer.kvk_number) == ("Groenbedrijf De Linde", "12345678")
    assert employer.region.code == "AM18"  # from the gemeente
    assert employer.version == 1
    assert _logged("employer.create", employer).basis == "own_organisation"


@pytest.mark.parametrize(
    ("name", "kvk"),
    [
        pytest.param("bakkerij brood & zo", "", id="same-name-other-case"),
        pytest.param("Broodbakkerij Zo", "87654321", id="same-kvk"),
    ],
)
def test_a_duplicate_employer_warns_unless_confirmed(kit: Kit, name: str, kvk: str) -> None:
    details = kit.employer_details(name=name, kvk_number=kvk)
    _refused(
        lambda: services.employer_create(actor=kit.pro, details=details),
        "confirm_duplicate",
        "Deze werkgever staat al in Werkpad: Bakkerij Brood & Zo (GGZ Oost (A), Pro Eigen).",
        contains=True,
    )
    employer = services.employer_create(actor=kit.pro, details=details, confirm_duplicate=True)
    assert Employer.objects.filter(pk=employer.pk).exists()
    assert Employer.objects.count() == 2


def test_an_employer_another_organisation_keeps_to_itself_is_not_named(kit: Kit) -> None:
    """The duplicate check only names employers the actor may see."""
    services.employer_create(
        actor=kit.pro_other, details=kit.employer_details(name="Groenbedrijf De Linde")
    )
    employer = services.employer_create(
        actor=kit.pro, details=kit.employer_details(name="Groenbedrijf De Linde")
    )
    assert employer.holder == kit.world.org_a


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        pytest.param({"name": "  "}, "name", "Vul de naam van de werkgever in.", id="no-name"),
        pytest.param(
            {"kvk_number": "1234567"},
            "kvk_number",
            "Een KvK-nummer bestaat uit 8 cijfers.",
            id="kvk-7",
        ),
        pytest.param(
            {"kvk_number": "123456789"},
            "kvk_number",
            "Een KvK-nummer bestaat uit 8 cijfers.",
            id="kvk-9",
        ),
        pytest.param(
            {"kvk_number": "1234567a"},
            "kvk_number",
            "Een KvK-nummer bestaat uit 8 cijfers.",
            id="kvk-letter",
        ),
    ],
)
def test_employer_bad_input(kit: Kit, overrides: dict[str, Any], field: str, message: str) -> None:
    details = kit.employer_details(**overrides)
    _refused(
        lambda: services.employer_create(actor=kit.pro, details=details, confirm_duplicate=True),
        field,
        message,
    )
    _refused(
        lambda: services.employer_update(
            actor=kit.pro, employer=kit.employer, version=kit.employer.version, details=details
        ),
        field,
        message,
    )
    kit.employer.refresh_from_db()
    assert (kit.employer.name, kit.employer.version) == ("Bakkerij Brood & Zo", 1)


def test_employer_update_with_version(kit: Kit) -> None:
    employer = kit.employer
    updated = services.employer_update(
        actor=kit.pro,
        employer=employer,
        version=1,
        details=kit.employer_details(
            name=" Bakkerij Brood & Zo BV ",
            kvk_number=" 87654321 ",
            gemeente=kit.amsterdam,
            sector="horeca",
            sroi_obligation=True,
        ),
    )
    assert updated.name == "Bakkerij Brood & Zo BV"
    assert updated.kvk_number == "87654321"
    assert updated.region.code == "AM18"
    assert updated.sroi_obligation is True
    assert updated.coach == kit.world.personas["pro_own"]  # kept
    assert updated.account == kit.world.employer_org  # not in the details: kept
    assert updated.version == 2
    assert _logged("employer.update", employer)


def test_employer_update_refuses_a_stale_version(kit: Kit) -> None:
    services.employer_update(
        actor=kit.pro, employer=kit.employer, version=1, details=kit.employer_details(name="Eerst")
    )
    stale = Employer.objects.get(pk=kit.employer.pk)
    stale.version = 1
    before = _counts()
    with pytest.raises(StaleEditError):
        services.employer_update(
            actor=kit.pro, employer=stale, version=1, details=kit.employer_details(name="Later")
        )
    assert _counts() == before
    assert Employer.objects.get(pk=kit.employer.pk).name == "Eerst"


def test_contact_person_is_added(kit: Kit) -> None:
    person = services.contact_person_add(
        actor=kit.pro,
        employer=kit.employer,
        name=" Els de Bakker ",
        function=" Eigenaar ",
        email="els@bakkerij.example",
        phone="030-1234567",
    )
    assert (person.employer, person.name, person.function) == (
        kit.employer,
        "Els de Bakker",
        "Eigenaar",
    )
    assert _logged("employer.contact_person_add", kit.employer)
    _refused(
        lambda: services.contact_person_add(actor=kit.pro, employer=kit.employer, name=" "),
        "name",
        "Vul de naam van de contactpersoon in.",
    )


# --- Regional sharing ----------------------------------------------------------------------
def _sharing(organisation: Any) -> set[str]:
    return set(
        RegionalSharing.objects.filter(organisation=organisation).values_list(
            "region__code", flat=True
        )
    )


def test_the_beheerder_sets_the_regions_to_share_employers_in(kit: Kit) -> None:
    am13 = ArbeidsmarktRegio.objects.get(code="AM13")
    am18 = ArbeidsmarktRegio.objects.get(code="AM18")
    kit.world.org_a.regions.add(am18)

    assert services.employer_sharing_set(actor=kit.admin_own, regions=[am13]) == [am13.pk]
    assert _sharing(kit.world.org_a) == {"AM13"}
    row = _logged("employer.sharing", kit.world.org_a)
    assert (row.basis, row.detail) == ("role", {"regions": [am13.pk]})
    agreed = RegionalSharing.objects.get(organisation=kit.world.org_a).agreed_on
    assert agreed == today()

    services.employer_sharing_set(actor=kit.admin_own, regions=[am13, am18])
    assert _sharing(kit.world.org_a) == {"AM13", "AM18"}
    services.employer_sharing_set(actor=kit.admin_own, regions=[am18])
    assert _sharing(kit.world.org_a) == {"AM18"}
    services.employer_sharing_set(actor=kit.admin_own, regions=[])
    assert _sharing(kit.world.org_a) == set()
    assert AccessLogEntry.objects.filter(event_code="employer.sharing").count() == 4


def test_sharing_only_in_the_organisations_own_regions(kit: Kit) -> None:
    am13 = ArbeidsmarktRegio.objects.get(code="AM13")
    am18 = ArbeidsmarktRegio.objects.get(code="AM18")
    services.employer_sharing_set(actor=kit.admin_own, regions=[am13])
    _refused(
        lambda: services.employer_sharing_set(actor=kit.admin_own, regions=[am13, am18]),
        "regions",
        "Kies alleen regio's waarin je organisatie werkt.",
    )
    assert _sharing(kit.world.org_a) == {"AM13"}


def test_only_a_beheerder_sets_the_sharing(kit: Kit) -> None:
    am13 = ArbeidsmarktRegio.objects.get(code="AM13")
    for actor in (kit.pro, kit.pro_other, kit.employer_user, kit.worker):
        before = _counts()
        with pytest.raises(PermissionDenied):
            services.employer_sharing_set(actor=actor, regions=[am13])
        assert _counts() == before
    assert not RegionalSharing.objects.exists()


def test_sharing_set_by_both_beheerders_opens_the_employers_both_ways(kit: Kit) -> None:
    am13 = ArbeidsmarktRegio.objects.get(code="AM13")
    employer_b = kit.new_employer(actor=kit.pro_other, name="Zorgcentrum West")
    services.employer_sharing_set(actor=kit.admin_own, regions=[am13])
    assert employer_b not in visible_to(kit.pro, Employer.objects.all())  # B has not agreed
    services.employer_sharing_set(actor=kit.admin_other, regions=[am13])
    assert employer_b in visible_to(kit.pro, Employer.objects.all())
    assert kit.employer in visible_to(kit.pro_other, Employer.objects.all())
    # B can now log a contact with A's employer, and stops seeing it when A stops sharing.
    services.employer_contact_log(
        actor=kit.pro_other, employer=kit.employer, occurred_on=today(), purpose="kennismaking"
    )
    services.employer_sharing_set(actor=kit.admin_own, regions=[])
    assert kit.employer not in visible_to(kit.pro_other, Employer.objects.all())
    with pytest.raises(PermissionDenied):
        services.employer_contact_log(
            actor=kit.pro_other, employer=kit.employer, occurred_on=today(), purpose="opvolging"
        )


# --- Employer contacts ---------------------------------------------------------------------
def test_employer_contact_is_logged(kit: Kit) -> None:
    contact = services.employer_contact_log(
        actor=kit.pro,
        employer=kit.employer,
        occurred_on=today(),
        purpose="kennismaking",
        kind="telefoon",
        with_whom=" Els ",
        outcome=" Open voor een gesprek ",
    )
    assert (contact.organisation, contact.coach) == (
        kit.world.org_a,
        kit.world.personas["pro_own"],
    )
    assert (contact.with_whom, contact.outcome, contact.trajectory) == (
        "Els",
        "Open voor een gesprek",
        None,
    )
    row = _logged("employer.contact_log", contact)
    assert row.detail == {"kind": "telefoon", "purpose": "kennismaking"}
    assert row.client_pid == ""


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        pytest.param(
            {"occurred_on": "tomorrow"},
            "occurred_on",
            "Deze datum ligt in de toekomst.",
            id="future",
        ),
        pytest.param(
            {"purpose": "gezellig"}, "purpose", "Kies het doel van het contact.", id="purpose"
        ),
        pytest.param({"kind": "duif"}, "kind", "Kies de soort contact.", id="kind"),
        pytest.param(
            {"purpose": "werkzoekende"},
            "trajectory",
            "Kies voor welke werkzoekende dit contact was.",
            id="job-seeker-without-trajectory",
        ),
    ],
)
def test_employer_contact_bad_input(kit: Kit, kw: dict[str, Any], field: str, message: str) -> None:
    values: dict[str, Any] = {"occurred_on": today(), "purpose": "kennismaking", **kw}
    if values["occurred_on"] == "tomorrow":
        values["occurred_on"] = today() + timedelta(days=1)
    _refused(
        lambda: services.employer_contact_log(actor=kit.pro, employer=kit.employer, **values),
        field,
        message,
    )


def test_a_face_to_face_contact_for_a_job_seeker_is_the_first_employer_contact(kit: Kit) -> None:
    trajectory = kit.trajectory
    assert trajectory.first_employer_contact_on is None

    def log(days_ago: int, kind: str = "f2f") -> EmployerContact:
        return services.employer_contact_log(
            actor=kit.pro,
            employer=kit.employer,
            occurred_on=today() - timedelta(days=days_ago),
            purpose="werkzoekende",
            kind=kind,
            trajectory=trajectory,
        )

    log(20, kind="telefoon")  # not face to face: does not count
    trajectory.refresh_from_db()
    assert trajectory.first_employer_contact_on is None

    contact = log(10)
    trajectory.refresh_from_db()
    assert trajectory.first_employer_contact_on == today() - timedelta(days=10)
    assert _logged("employer.contact_log", contact).client_pid == (
        kit.world.client_record.public_id
    )
    log(5)  # a later one does not move it
    trajectory.refresh_from_db()
    assert trajectory.first_employer_contact_on == today() - timedelta(days=10)
    log(15)  # an earlier one, logged late, does
    trajectory.refresh_from_db()
    assert trajectory.first_employer_contact_on == today() - timedelta(days=15)


def test_an_outsider_cannot_log_a_contact_for_a_job_seeker_they_cannot_see(kit: Kit) -> None:
    # B and A share their employers in the region, so B may log contacts with A's employer ...
    for organisation in (kit.world.org_a, kit.world.org_b):
        RegionalSharing.objects.create(
            organisation=organisation,
            region=ArbeidsmarktRegio.objects.get(code="AM13"),
            agreed_on=today(),
        )
    contact = services.employer_contact_log(
        actor=kit.pro_other, employer=kit.employer, occurred_on=today(), purpose="kennismaking"
    )
    assert contact.organisation == kit.world.org_b
    # ... but not for Anna, whose trajectory B does not see.
    before = _counts()
    with pytest.raises(PermissionDenied):
        services.employer_contact_log(
            actor=kit.pro_other,
            employer=kit.employer,
            occurred_on=today(),
            purpose="werkzoekende",
            trajectory=kit.trajectory,
        )
    assert _counts() == before
    kit.trajectory.refresh_from_db()
    assert kit.trajectory.first_employer_contact_on is None
    assert AccessLogEntry.objects.filter(
        event_code="denied.add_own_record", outcome="denied"
    ).exists()


def test_an_employer_that_is_not_shared_is_out_of_reach_for_another_organisation(
    kit: Kit,
) -> None:
    before = _counts()
    with pytest.raises(PermissionDenied):
        services.employer_contact_log(
            actor=kit.pro_other,
            employer=kit.employer,
            occurred_on=today(),
            purpose="kennismaking",
        )
    assert _counts() == before
    with pytest.raises(Http404):
        get_for(
            kit.pro_other, Action.LOG_EMPLOYER_CONTACT, Employer.objects.all(), pk=kit.employer.pk
        )


# --- Vacancies -----------------------------------------------------------------------------
def test_vacancy_is_created_in_the_gemeentes_region(kit: Kit) -> None:
    vacancy = kit.vacancy(title=" Hovenier ", tasks=" Snoeien ", gemeente=kit.amsterdam)
    assert (vacancy.employer, vacancy.title, vacancy.tasks) == (kit.employer, "Hovenier", "Snoeien")
    assert vacancy.region.code == "AM18"
    assert vacancy.created_by == kit.world.personas["pro_own"]
    assert (vacancy.status, vacancy.kind, vacancy.for_trajectory) == ("open", "vacature", None)
    assert _logged("vacancy.create", vacancy)


def test_a_created_job_is_for_one_trajectory(kit: Kit) -> None:
    vacancy = kit.vacancy(kind=VacancyKind.CREATED, for_trajectory=kit.trajectory)
    assert vacancy.for_trajectory == kit.trajectory


HOURS = "Kies de uren tussen 1 en 48, het minimum niet boven het maximum."


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        pytest.param({"title": " "}, "title", "Vul de functie in.", id="no-title"),
        pytest.param({"tasks": ""}, "tasks", "Beschrijf de taken.", id="no-tasks"),
        pytest.param({"hours_min": 0, "hours_max": 8}, "hours_max", HOURS, id="zero-hours"),
        pytest.param({"hours_min": 24, "hours_max": 16}, "hours_max", HOURS, id="reversed"),
        pytest.param({"hours_min": 40, "hours_max": 50}, "hours_max", HOURS, id="over-48"),
        pytest.param(
            {"kind": VacancyKind.CREATED},
            "for_trajectory",
            "Een gecreëerde baan is voor één persoon: kies voor wie.",
            id="created-without-person",
        ),
        pytest.param(
            {"for_trajectory": "anna"},
            "for_trajectory",
            "Alleen een gecreëerde baan is voor één persoon.",
            id="vacancy-with-person",
        ),
    ],
)
def test_vacancy_bad_input(kit: Kit, overrides: dict[str, Any], field: str, message: str) -> None:
    if overrides.get("for_trajectory") == "anna":
        overrides["for_trajectory"] = kit.trajectory
    _refused(lambda: kit.vacancy(**overrides), field, message)
    vacancy = kit.vacancy(title="Bestaand")
    _refused(
        lambda: services.vacancy_update(
            actor=kit.pro,
            vacancy=vacancy,
            version=vacancy.version,
            details=kit.vacancy_details(**overrides),
        ),
        field,
        message,
    )
    vacancy.refresh_from_db()
    assert (vacancy.title, vacancy.version) == ("Bestaand", 1)


def test_vacancy_update_with_version(kit: Kit) -> None:
    vacancy = kit.vacancy()
    services.vacancy_update(
        actor=kit.pro,
        vacancy=vacancy,
        version=1,
        details=kit.vacancy_details(
            title=" Tuinman ", tasks=" Maaien ", gemeente=kit.amsterdam, status="gesloten"
        ),
    )
    vacancy.refresh_from_db()
    assert (vacancy.title, vacancy.tasks, vacancy.status, vacancy.version) == (
        "Tuinman",
        "Maaien",
        "gesloten",
        2,
    )
    assert vacancy.region.code == "AM18"
    assert _logged("vacancy.update", vacancy)
    before = _counts()
    with pytest.raises(StaleEditError):
        services.vacancy_update(
            actor=kit.pro, vacancy=vacancy, version=1, details=kit.vacancy_details(title="Oud")
        )
    assert _counts() == before
    vacancy.refresh_from_db()
    assert vacancy.title == "Tuinman"


def test_a_created_job_for_a_trajectory_the_actor_cannot_see_is_refused(kit: Kit) -> None:
    own_employer = kit.new_employer(actor=kit.pro_other, name="Werkgever van B")
    before = _counts()
    with pytest.raises(PermissionDenied):
        kit.vacancy(
            employer=own_employer,
            actor=kit.pro_other,
            kind=VacancyKind.CREATED,
            for_trajectory=kit.trajectory,
        )
    assert _counts() == before


def test_another_organisation_cannot_add_vacancies_to_a_shared_employer(kit: Kit) -> None:
    for organisation in (kit.world.org_a, kit.world.org_b):
        RegionalSharing.objects.create(
            organisation=organisation,
            region=ArbeidsmarktRegio.objects.get(code="AM13"),
            agreed_on=today(),
        )
    vacancy = kit.vacancy()
    assert vacancy in visible_to(kit.pro_other, Vacancy.objects.all())
    before = _counts()
    with pytest.raises(PermissionDenied):
        kit.vacancy(actor=kit.pro_other)
    with pytest.raises(PermissionDenied):
        services.vacancy_update(
            actor=kit.pro_other, vacancy=vacancy, version=1, details=kit.vacancy_details()
        )
    with pytest.raises(PermissionDenied):
        services.employer_update(
            actor=kit.pro_other, employer=kit.employer, version=1, details=kit.employer_details()
        )
    assert _counts() == before


# --- Werkplekscan --------------------------------------------------------------------------
def test_workplace_scan_all_green(kit: Kit) -> None:
    vacancy = kit.vacancy()
    scan = services.workplace_scan_record(
        actor=kit.pro,
        trajectory=kit.trajectory,
        employer=kit.employer,
        vacancy=vacancy,
        done_on=today(),
        lights=all_green(tasks={"light": "groen", "note": " Duidelijke taken "}),
    )
    assert scan.all_green
    assert scan.red_aspects == []
    assert scan.lights["tasks"] == {"light": "groen", "note": "Duidelijke taken"}
    assert (scan.organisation, scan.done_by, scan.vacancy) == (
        kit.world.org_a,
        kit.world.personas["pro_own"],
        vacancy,
    )
    assert _logged("workplace_scan.create", scan).client_pid == kit.world.client_record.public_id


def test_workplace_scan_with_a_red_light_and_its_note(kit: Kit) -> None:
    scan = kit.scan(
        stimuli={"light": "rood", "note": "Open keuken, veel lawaai"},
        manager={"light": "oranje", "note": "Nog niet gesproken"},
    )
    assert scan.red_aspects == ["stimuli"]
    assert not scan.all_green
    assert scan.rows()[1] == (
        "Prikkels (geluid, licht, drukte)",
        "rood",
        "Open keuken, veel lawaai",
    )


# Seed 004 (Vebego): "We bekijken de werkplek zelf, letten op de prikkels die aanwezig zijn,
# de sociale cohesie binnen het team, de houding van collega's, de leidinggevende en de klant.
# Alle lichten moeten op groen staan." The tasks and the client's needs stand beside them.
SEED_ASPECTS = [
    "De werkplek zelf",
    "Prikkels (geluid, licht, drukte)",
    "Sociale cohesie in het team",
    "Houding van collega's",
    "De leidinggevende",
    "Contact met klanten",
    "De taken",
    "Wat de cliënt nodig heeft",
]


def test_the_werkplekscan_looks_at_what_the_seed_names(kit: Kit) -> None:
    scan = kit.scan(customers={"light": "oranje", "note": "Veel vragen van klanten aan de kassa"})
    assert [label for label, _light, _note in scan.rows()] == SEED_ASPECTS
    assert scan.lights["customers"] == {
        "light": "oranje",
        "note": "Veel vragen van klanten aan de kassa",
    }
    assert scan.lights["workplace"]["light"] == "groen"
    assert not scan.all_green


@pytest.mark.parametrize(
    ("aspect", "label"), [("workplace", "De werkplek zelf"), ("customers", "Contact met klanten")]
)
def test_a_scan_without_the_workplace_or_the_customers_is_refused(
    kit: Kit, aspect: str, label: str
) -> None:
    lights = all_green()
    del lights[aspect]
    with pytest.raises(ValidationError) as exc:
        services.workplace_scan_record(
            actor=kit.pro,
            trajectory=kit.trajectory,
            employer=kit.employer,
            done_on=today(),
            lights=lights,
        )
    assert exc.value.message_dict == {
        f"{aspect}_light": [f"Kies groen, oranje of rood voor: {label}"]
    }
    assert not WorkplaceScan.objects.filter(trajectory=kit.trajectory).exists()


def test_the_data_migration_marks_what_an_older_scan_did_not_look_at(kit: Kit) -> None:
    """A scan recorded with the six earlier aspects: after the migration the workplace and
    contact with customers are 'niet bekeken', so it is no longer 'all green'; the lights it
    did give stay. Backwards, the marks go again."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "werkpad.employment.migrations.0003_werkplekscan_as_in_the_seed"
    )
    old = {
        a: {"light": "groen", "note": ""}
        for a in ("stimuli", "cohesion", "colleagues", "manager", "tasks", "needs")
    }
    old["manager"] = {"light": "oranje", "note": "Nog niet gesproken"}
    scan = WorkplaceScan.objects.create(
        trajectory=kit.trajectory,
        organisation=kit.trajectory.organisation,
        employer=kit.employer,
        done_on=today(),
        lights=old,
        done_by=kit.world.personas["pro_own"],
    )
    new = kit.scan()  # made after: all eight aspects, untouched by the migration
    migration.mark_not_assessed(apps, None)
    scan.refresh_from_db()
    assert scan.lights["workplace"] == {"light": "niet_bekeken", "note": ""}
    assert scan.lights["customers"] == {"light": "niet_bekeken", "note": ""}
    assert scan.lights["manager"] == {"light": "oranje", "note": "Nog niet gesproken"}
    assert scan.not_assessed == ["De werkplek zelf", "Contact met klanten"]
    assert not scan.all_green and scan.red_aspects == []
    new_lights = new.lights
    new.refresh_from_db()
    assert new.lights == new_lights and new.all_green and new.not_assessed == []

    migration.unmark(apps, None)
    scan.refresh_from_db()
    assert scan.lights == old


@pytest.mark.parametrize(
    ("lights", "field", "message"),
    [
        pytest.param(
            {"stimuli": {"light": "rood", "note": " "}},
            "stimuli_note",
            "Licht toe waarom dit niet groen is: Prikkels (geluid, licht, drukte)",
            id="red-without-note",
        ),
        pytest.param(
            {"manager": {"light": "oranje"}},
            "manager_note",
            "Licht toe waarom dit niet groen is: De leidinggevende",
            id="orange-without-note",
        ),
        pytest.param(
            {"colleagues": {"light": "paars", "note": "?"}},
            "colleagues_light",
            "Kies groen, oranje of rood voor: Houding van collega's",
            id="bad-light",
        ),
        pytest.param(
            {"needs": {}},
            "needs_light",
            "Kies groen, oranje of rood voor: Wat de cliënt nodig heeft",
            id="no-light",
        ),
    ],
)
def test_workplace_scan_bad_lights(
    kit: Kit, lights: dict[str, dict[str, str]], field: str, message: str
) -> None:
    _refused(
        lambda: services.workplace_scan_record(
            actor=kit.pro,
            trajectory=kit.trajectory,
            employer=kit.employer,
            done_on=today(),
            lights=all_green(**lights),
        ),
        field,
        message,
    )


def test_workplace_scan_date_and_vacancy(kit: Kit) -> None:
    _refused(
        lambda: services.workplace_scan_record(
            actor=kit.pro,
            trajectory=kit.trajectory,
            employer=kit.employer,
            done_on=today() + timedelta(days=1),
            lights=all_green(),
        ),
        "done_on",
        "Deze datum ligt in de toekomst.",
    )
    elsewhere = kit.vacancy(employer=kit.new_employer(name="Elders"))
    _refused(
        lambda: services.workplace_scan_record(
            actor=kit.pro,
            trajectory=kit.trajectory,
            employer=kit.employer,
            vacancy=elsewhere,
            done_on=today(),
            lights=all_green(),
        ),
        "vacancy",
        "Deze vacature hoort bij een andere werkgever.",
    )


# --- Placement -----------------------------------------------------------------------------
def test_placement_is_recorded_with_its_instruments(kit: Kit) -> None:
    start = _start_day()
    scan = kit.scan()
    vacancy = kit.vacancy()
    placement = kit.placement(
        start_on=start,
        scan=scan,
        vacancy=vacancy,
        adjustments=" Vaste werkplek ",
        instruments=(
            InstrumentUse(code="jobcoach", starts_on=start, note=" 3 maanden "),
            InstrumentUse(code="no_riskpolis", starts_on=start, ends_on=start + timedelta(days=99)),
        ),
    )
    assert (placement.trajectory, placement.employer, placement.vacancy, placement.scan) == (
        kit.trajectory,
        kit.employer,
        vacancy,
        scan,
    )
    assert (placement.organisation, placement.coach) == (
        kit.world.org_a,
        kit.world.personas["pro_own"],
    )
    assert placement.adjustments == "Vaste werkplek"
    assert placement.weekly_wage == Decimal("300.00")
    assert [(i.instrument, i.note) for i in placement.instruments.all()] == [
        ("jobcoach", "3 maanden"),
        ("no_riskpolis", ""),
    ]
    row = _logged("placement.create", placement)
    assert row.detail == {
        "instruments": ["jobcoach", "no_riskpolis"],
        "starts_on": placement.start_on.isoformat(),
    }
    assert row.client_pid == kit.world.client_record.public_id
    # The vacancy is filled (issue 13, item 8); one with more places is reopened by hand.
    vacancy.refresh_from_db()
    assert (vacancy.status, vacancy.closed_at is not None) == (VacancyStatus.FILLED, True)


def test_a_placement_moves_an_ips_trajectory_to_plaatsing(kit: Kit) -> None:
    assert _phase(kit.trajectory) == "aanmelding"
    placement = kit.placement(start_on=_start_day())
    assert _phase(kit.trajectory) == "plaatsing"
    change = PhaseChange.objects.filter(trajectory=kit.trajectory).latest("id")
    assert (change.from_phase, change.to_phase, change.changed_on) == (
        "aanmelding",
        "plaatsing",
        placement.start_on,
    )
    assert change.reason == "Geplaatst: Hovenier"
    # A second placement elsewhere leaves the phase as it is.
    kit.placement(employer=kit.new_employer(name="Tweede baan"), job_title="Schoonmaker")
    assert _phase(kit.trajectory) == "plaatsing"
    assert PhaseChange.objects.filter(trajectory=kit.trajectory, to_phase="plaatsing").count() == 1


def test_a_placement_on_a_wgb_trajectory_keeps_its_phase(kit: Kit) -> None:
    client = make_client(organisation=kit.world.org_a, full_name="Wim")
    wgb = trajectory_services.trajectory_start(
        actor=kit.pro,
        client=client,
        trajectory_type="wgb",
        setup=trajectory_services.TrajectorySetup(
            wgb_months=12, wgb_reason="Geen intake in deze test."
        ),
    )
    kit.placement(trajectory=wgb, start_on=today())
    assert _phase(wgb) == "intake"
    assert _ladder(wgb) == [6]


def test_a_created_job_is_filled_by_its_placement(kit: Kit) -> None:
    created = kit.vacancy(kind=VacancyKind.CREATED, for_trajectory=kit.trajectory)
    kit.placement(vacancy=created)
    created.refresh_from_db()
    assert created.status == VacancyStatus.FILLED


@pytest.mark.parametrize(
    ("work_type", "instruments", "step"),
    [
        pytest.param("regulier", ("loonkostensubsidie",), 5, id="paid-with-lks"),
        pytest.param("regulier", ("jobcoach",), 5, id="paid-with-jobcoach"),
        pytest.param("regulier", ("no_riskpolis",), 6, id="paid-no-risk-only"),
        pytest.param("regulier", (), 6, id="paid-without-support"),
        pytest.param("proefplaatsing", (), 4, id="trial"),
        pytest.param("proefplaatsing", ("jobcoach",), 4, id="trial-with-jobcoach"),
        pytest.param("vrijwilligerswerk", (), 4, id="volunteer"),
        pytest.param("leerwerkplek", (), 4, id="learning"),
        pytest.param("dagbesteding", (), 3, id="day-activity"),
    ],
)
def test_a_placement_sets_the_participatieladder(
    kit: Kit, work_type: str, instruments: tuple[str, ...], step: int
) -> None:
    start = _start_day()
    unpaid = work_type != "regulier"
    placement = kit.placement(
        work_type=work_type,
        start_on=start,
        hourly_wage=None if unpaid else Decimal("15.00"),
        contract_type="geen" if unpaid else "vast",
        instruments=tuple(InstrumentUse(code=c, starts_on=start) for c in instruments),
    )
    assessment = LadderAssessment.objects.get(trajectory=kit.trajectory)
    assert (assessment.step, assessment.perspective, assessment.assessed_on) == (
        step,
        "professional",
        start,
    )
    assert assessment.note == f"Bij de plaatsing als {placement.job_title}."
    assert assessment.assessed_by == kit.world.personas["pro_own"]


def test_a_placement_never_lowers_the_ladder(kit: Kit) -> None:
    trajectory_services.ladder_assess(
        actor=kit.pro,
        trajectory=kit.trajectory,
        step=6,
        perspective="professional",
        assessed_on=today() - timedelta(days=90),
    )
    kit.placement(work_type="vrijwilligerswerk", hourly_wage=None, contract_type="geen")
    assert _ladder(kit.trajectory) == [6]


def test_a_placement_raises_a_lower_ladder(kit: Kit) -> None:
    trajectory_services.ladder_assess(
        actor=kit.pro,
        trajectory=kit.trajectory,
        step=2,
        perspective="professional",
        assessed_on=today() - timedelta(days=90),
    )
    # The client's own view does not hold the professional's ladder back.
    trajectory_services.ladder_assess(
        actor=kit.pro,
        trajectory=kit.trajectory,
        step=6,
        perspective="client",
        assessed_on=today() - timedelta(days=80),
    )
    kit.placement()
    assert _ladder(kit.trajectory) == [2, 6]


def test_a_competitive_job_below_the_minimum_wage_is_refused(kit: Kit) -> None:
    for wage in (Decimal("14.70"), None):
        _refused(
            lambda wage=wage: kit.placement(hourly_wage=wage),
            "hourly_wage",
            "Regulier betaald werk betaalt minstens het minimumloon: 14,71 euro bruto per uur "
            "voor deze leeftijd.",
        )
    assert _phase(kit.trajectory) == "aanmelding"
    assert kit.placement(hourly_wage=Decimal("14.71")).hourly_wage == Decimal("14.71")


def test_unpaid_work_needs_no_wage(kit: Kit) -> None:
    placement = kit.placement(work_type="proefplaatsing", hourly_wage=None, contract_type="geen")
    assert placement.weekly_wage is None
    assert not placement.is_competitive


@pytest.mark.parametrize(
    ("birthday_offset", "years", "minimum"),
    [
        pytest.param(0, 18, "7,36", id="18-on-the-day"),
        pytest.param(1, 19, "7,36", id="turns-19-the-day-after"),
        pytest.param(0, 19, "8,83", id="19"),
        pytest.param(0, 20, "11,77", id="20"),
        pytest.param(1, 21, "11,77", id="turns-21-the-day-after"),
        pytest.param(0, 21, "14,71", id="21-on-the-day"),
    ],
)
def test_the_youth_minimum_wage_follows_the_date_of_birth(
    kit: Kit, birthday_offset: int, years: int, minimum: str
) -> None:
    start = _start_day()
    born = _years_before(start + timedelta(days=birthday_offset), years)
    Client.objects.filter(pk=kit.world.client_record.pk).update(date_of_birth=born)
    kit.trajectory.client.refresh_from_db()
    amount = Decimal(minimum.replace(",", "."))
    _refused(
        lambda: kit.placement(start_on=start, hourly_wage=amount - Decimal("0.01")),
        "hourly_wage",
        f"Regulier betaald werk betaalt minstens het minimumloon: {minimum} euro bruto per uur "
        "voor deze leeftijd.",
    )
    assert kit.placement(start_on=start, hourly_wage=amount).pk


def test_a_red_light_needs_a_conscious_decision(kit: Kit) -> None:
    scan = kit.scan(colleagues={"light": "rood", "note": "Vooroordelen over ggz"})
    _refused(
        lambda: kit.placement(scan=scan, red_light_decision="  "),
        "red_light_decision",
        "De werkplekscan heeft een rood licht. Leg vast waarom jullie toch bewust voor deze "
        "plaatsing kiezen.",
    )
    placement = kit.placement(
        scan=scan, red_light_decision=" Anna wil het; jobcoach spreekt het team "
    )
    assert placement.red_light_decision == "Anna wil het; jobcoach spreekt het team"


def test_an_orange_light_also_needs_a_conscious_decision(kit: Kit) -> None:
    """ "Alle lichten moeten op groen staan" (the werkplekscan, seeds; issue 13, item 9): an
    orange light asks for the decision as a red one does; all green asks for none."""
    scan = kit.scan(manager={"light": "oranje", "note": "Nieuw"})
    _refused(
        lambda: kit.placement(scan=scan),
        "red_light_decision",
        "De werkplekscan heeft een oranje licht, en alle lichten moeten op groen staan. Leg "
        "vast waarom jullie toch bewust voor deze plaatsing kiezen.",
    )
    placement = kit.placement(scan=scan, red_light_decision="Nieuwe leidinggevende; wij bellen")
    assert placement.red_light_decision == "Nieuwe leidinggevende; wij bellen"


def test_an_all_green_scan_needs_no_decision(kit: Kit) -> None:
    green = kit.scan()
    assert green.all_green
    assert kit.placement(scan=green).scan == green


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        pytest.param({"job_title": " "}, "job_title", "Vul de functie in.", id="no-title"),
        pytest.param(
            {"work_type": "stage"}, "work_type", "Kies de soort plaatsing.", id="bad-work-type"
        ),
        pytest.param(
            {"hours_per_week": Decimal("0.5")},
            "hours_per_week",
            "Kies tussen 1 en 48 uur per week.",
            id="too-few-hours",
        ),
        pytest.param(
            {"hours_per_week": Decimal("49")},
            "hours_per_week",
            "Kies tussen 1 en 48 uur per week.",
            id="too-many-hours",
        ),
        pytest.param(
            {"start_on": "before-trajectory"},
            "start_on",
            "De startdatum ligt voor de start van het traject.",
            id="before-the-trajectory",
        ),
        pytest.param(
            {"contract_type": "geen"},
            "contract_type",
            "Regulier betaald werk heeft een arbeidscontract.",
            id="competitive-without-contract",
        ),
        pytest.param(
            {"instruments": (InstrumentUse(code="wsw", starts_on=date(2026, 1, 1)),)},
            "instruments",
            "Onbekend instrument.",
            id="unknown-instrument",
        ),
        pytest.param(
            {
                "instruments": (
                    InstrumentUse(
                        code="jobcoach", starts_on=date(2026, 5, 1), ends_on=date(2026, 4, 1)
                    ),
                )
            },
            "instruments",
            "Een instrument eindigt voor het begint.",
            id="instrument-ends-before-start",
        ),
    ],
)
def test_placement_bad_input(kit: Kit, overrides: dict[str, Any], field: str, message: str) -> None:
    if overrides.get("start_on") == "before-trajectory":
        overrides["start_on"] = kit.trajectory.started_on - timedelta(days=1)
    _refused(lambda: kit.placement(**overrides), field, message)
    assert _phase(kit.trajectory) == "aanmelding"


def test_placement_references_must_belong_together(kit: Kit) -> None:
    other_employer = kit.new_employer(name="Andere werkgever")
    elsewhere = kit.vacancy(employer=other_employer)
    _refused(
        lambda: kit.placement(vacancy=elsewhere),
        "vacancy",
        "Deze vacature hoort bij een andere werkgever.",
    )
    scan_elsewhere = kit.scan(employer=other_employer)
    _refused(
        lambda: kit.placement(scan=scan_elsewhere),
        "scan",
        "Deze werkplekscan hoort bij een andere werkgever.",
    )
    bas = trajectory_services.trajectory_start(
        actor=kit.pro,
        client=make_client(organisation=kit.world.org_a, full_name="Bas"),
        trajectory_type="ips",
    )
    scan_of_bas = services.workplace_scan_record(
        actor=kit.pro, trajectory=bas, employer=kit.employer, done_on=today(), lights=all_green()
    )
    _refused(
        lambda: kit.placement(scan=scan_of_bas),
        "scan",
        "Deze werkplekscan hoort bij een ander traject.",
    )
    for_bas = kit.vacancy(kind=VacancyKind.CREATED, for_trajectory=bas)
    _refused(
        lambda: kit.placement(vacancy=for_bas),
        "vacancy",
        "Deze baan is voor iemand anders gemaakt.",
    )
    for_bas.refresh_from_db()
    assert for_bas.status == VacancyStatus.OPEN


def test_one_running_placement_per_employer_and_none_on_a_closed_trajectory(kit: Kit) -> None:
    kit.placement()
    _refused(kit.placement, None, "Er loopt al een plaatsing bij deze werkgever.")
    Trajectory.objects.filter(pk=kit.trajectory.pk).update(ended_on=today(), phase="afgesloten")
    other = kit.new_employer(name="Nieuw")
    _refused(lambda: kit.placement(employer=other), None, "Dit traject is afgesloten.")


def test_a_new_placement_after_a_job_ended(kit: Kit) -> None:
    first = kit.placement()
    # The caller's trajectory object is from before the job ended (as a view or the demo
    # holds it): the placement must not fail on the trajectory's version.
    loaded_before = Trajectory.objects.get(pk=kit.trajectory.pk)
    services.placement_end(
        actor=kit.pro,
        placement=Placement.objects.get(pk=first.pk),
        version=first.version,
        ended_on=today() - timedelta(days=5),
        reason="contract_afgelopen",
    )
    assert _phase(kit.trajectory) == "zoeken"
    second = services.placement_record(
        actor=kit.pro,
        trajectory=loaded_before,
        details=kit.placement_details(start_on=today(), job_title="Bakkershulp"),
    )
    assert second.pk
    assert _phase(kit.trajectory) == "plaatsing"
    assert list(
        PhaseChange.objects.filter(trajectory=kit.trajectory)
        .order_by("id")
        .values_list("to_phase", flat=True)
    ) == ["aanmelding", "plaatsing", "zoeken", "plaatsing"]


# --- Instruments on a running placement ----------------------------------------------------
def test_instrument_apply(kit: Kit) -> None:
    placement = kit.placement()
    applied = services.instrument_apply(
        actor=kit.pro,
        placement=placement,
        code="loonkostensubsidie",
        starts_on=today(),
        ends_on=today() + timedelta(days=365),
        note="Loonwaarde 70%",
    )
    assert (applied.placement, applied.instrument) == (placement, "loonkostensubsidie")
    row = _logged("placement.instrument", placement)
    assert row.detail == {"instrument": "loonkostensubsidie", "status": "aangevraagd"}
    _refused(
        lambda: services.instrument_apply(
            actor=kit.pro, placement=placement, code="wsw", starts_on=today()
        ),
        "code",
        "Kies een instrument uit de lijst.",
    )
    _refused(
        lambda: services.instrument_apply(
            actor=kit.pro,
            placement=placement,
            code="jobcoach",
            starts_on=today(),
            ends_on=today() - timedelta(days=1),
        ),
        "ends_on",
        "De einddatum ligt voor de begindatum.",
    )


# --- End of a placement --------------------------------------------------------------------
def test_placement_end(kit: Kit) -> None:
    start = today() - timedelta(days=60)
    placement = kit.placement(start_on=start)
    services.checkin_record(actor=kit.pro, placement=placement, work=1, workload=2, sleep=2)
    signal = evaluate_placement(placement.pk)
    assert signal is not None and signal.reason == SignalReason.RED_ANSWER
    assert _phase(kit.trajectory) == "plaatsing"

    ended = services.placement_end(
        actor=kit.pro,
        placement=placement,
        version=1,
        ended_on=start + timedelta(days=50),
        reason="gezondheid",
        learned="  Minder uren de volgende keer ",
    )

    assert (ended.ended_on, ended.end_reason, ended.learned, ended.version) == (
        start + timedelta(days=50),
        "gezondheid",
        "Minder uren de volgende keer",
        2,
    )
    assert ended.tenure_days() == 50
    row = _logged("placement.end", placement)
    assert row.detail == {"reason": "gezondheid", "tenure_days": 50}
    assert _phase(kit.trajectory) == "zoeken"
    change = PhaseChange.objects.filter(trajectory=kit.trajectory).latest("id")
    assert change.reason == "Werk gestopt (gezondheid); we zoeken verder."
    assert change.changed_on == start + timedelta(days=50)
    signal.refresh_from_db()
    assert signal.resolved_at is not None
    assert signal.resolved_by == kit.world.personas["pro_own"]
    assert signal.resolution == "Werk gestopt."


def test_a_running_placement_measures_tenure_until_today(kit: Kit) -> None:
    placement = kit.placement(start_on=today() - timedelta(days=42))
    assert placement.tenure_days() == 42
    assert placement.tenure_days(today=today() - timedelta(days=50)) == 0


def test_ending_one_of_two_jobs_keeps_the_placement_phase(kit: Kit) -> None:
    first = kit.placement()
    kit.placement(employer=kit.new_employer(name="Tweede"))
    services.placement_end(
        actor=kit.pro, placement=first, version=1, ended_on=today(), reason="eigen_keuze"
    )
    assert _phase(kit.trajectory) == "plaatsing"


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        pytest.param({"reason": ""}, "reason", "Kies waarom het werk stopte.", id="no-reason"),
        pytest.param({"reason": "zomaar"}, "reason", "Kies waarom het werk stopte.", id="bad"),
        pytest.param(
            {"ended_on": "before-start"},
            "ended_on",
            "De einddatum ligt voor de startdatum.",
            id="before-start",
        ),
        pytest.param(
            {"ended_on": "tomorrow"}, "ended_on", "Deze datum ligt in de toekomst.", id="future"
        ),
    ],
)
def test_placement_end_bad_input(kit: Kit, kw: dict[str, Any], field: str, message: str) -> None:
    placement = kit.placement()
    values: dict[str, Any] = {"ended_on": today(), "reason": "eigen_keuze", **kw}
    if values["ended_on"] == "before-start":
        values["ended_on"] = placement.start_on - timedelta(days=1)
    if values["ended_on"] == "tomorrow":
        values["ended_on"] = today() + timedelta(days=1)
    _refused(
        lambda: services.placement_end(actor=kit.pro, placement=placement, version=1, **values),
        field,
        message,
    )
    placement.refresh_from_db()
    assert (placement.ended_on, placement.version) == (None, 1)
    assert _phase(kit.trajectory) == "plaatsing"


def test_placement_end_refuses_a_stale_version_and_a_second_end(kit: Kit) -> None:
    placement = kit.placement()
    stale = Placement.objects.get(pk=placement.pk)
    Placement.objects.filter(pk=placement.pk).update(version=2)
    before = _counts()
    with pytest.raises(StaleEditError):
        services.placement_end(
            actor=kit.pro, placement=stale, version=1, ended_on=today(), reason="ontslag"
        )
    assert _counts() == before
    assert _phase(kit.trajectory) == "plaatsing"
    placement.refresh_from_db()
    services.placement_end(
        actor=kit.pro, placement=placement, version=2, ended_on=today(), reason="ontslag"
    )
    _refused(
        lambda: services.placement_end(
            actor=kit.pro, placement=placement, version=3, ended_on=today(), reason="ontslag"
        ),
        None,
        "Deze plaatsing is al beëindigd.",
    )


# --- Follow-along --------------------------------------------------------------------------
def test_follow_up_with_the_worker_counts_as_client_contact(kit: Kit) -> None:
    placement = kit.placement(start_on=today() - timedelta(days=30))
    Trajectory.objects.filter(pk=kit.trajectory.pk).update(
        last_contact_on=today() - timedelta(days=20)
    )
    contact = services.follow_up_add(
        actor=kit.pro,
        placement=placement,
        occurred_on=today() - timedelta(days=2),
        with_whom="werknemer",
        kind="f2f",
        note="  Gaat goed, wil meer uren  ",
    )
    assert (contact.note, contact.author, contact.organisation, contact.for_employer) == (
        "Gaat goed, wil meer uren",
        kit.world.personas["pro_own"],
        kit.world.org_a,
        False,
    )
    kit.trajectory.refresh_from_db()
    assert kit.trajectory.last_contact_on == today() - timedelta(days=2)
    assert _logged("follow_up.create", contact).client_pid == kit.world.client_record.public_id


def test_follow_up_with_the_employer_only_is_no_client_contact(kit: Kit) -> None:
    placement = kit.placement(start_on=today() - timedelta(days=30))
    Trajectory.objects.filter(pk=kit.trajectory.pk).update(
        last_contact_on=today() - timedelta(days=20)
    )
    contact = services.follow_up_add(
        actor=kit.pro,
        placement=placement,
        occurred_on=today(),
        with_whom="werkgever",
        kind="telefoon",
        note="Tevreden",
        for_employer=True,
    )
    assert contact.for_employer
    kit.trajectory.refresh_from_db()
    assert kit.trajectory.last_contact_on == today() - timedelta(days=20)


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        pytest.param(
            {"occurred_on": "before-start"},
            "occurred_on",
            "Nazorg begint op de eerste werkdag.",
            id="before-start",
        ),
        pytest.param(
            {"occurred_on": "tomorrow"},
            "occurred_on",
            "Deze datum ligt in de toekomst.",
            id="future",
        ),
        pytest.param({"note": "  "}, "note", "Schrijf kort wat er besproken is.", id="no-note"),
        pytest.param({"with_whom": "buurman"}, "with_whom", "Kies met wie.", id="bad-with-whom"),
        pytest.param({"kind": "duif"}, "kind", "Kies de soort contact.", id="bad-kind"),
    ],
)
def test_follow_up_bad_input(kit: Kit, kw: dict[str, Any], field: str, message: str) -> None:
    placement = kit.placement(start_on=today() - timedelta(days=30))
    values: dict[str, Any] = {
        "occurred_on": today(),
        "with_whom": "werknemer",
        "kind": "f2f",
        "note": "Gesprek",
        **kw,
    }
    if values["occurred_on"] == "before-start":
        values["occurred_on"] = placement.start_on - timedelta(days=1)
    if values["occurred_on"] == "tomorrow":
        values["occurred_on"] = today() + timedelta(days=1)
    _refused(
        lambda: services.follow_up_add(actor=kit.pro, placement=placement, **values),
        field,
        message,
    )


# --- Access --------------------------------------------------------------------------------
@dataclass
class Made:
    elsewhere: Employer  # another employer of A, for a second placement
    profile: CareerProfile
    vacancy: Vacancy
    created: Vacancy
    scan: WorkplaceScan
    placement: Placement
    signal: Signal


@pytest.fixture
def made(kit: Kit) -> Made:
    elsewhere = kit.new_employer(name="Elders")
    profile = kit.profile()
    vacancy = kit.vacancy()
    created = kit.vacancy(title="Gemaakt", kind=VacancyKind.CREATED, for_trajectory=kit.trajectory)
    scan = kit.scan()
    placement = kit.placement(scan=scan, vacancy=vacancy)
    services.checkin_record(actor=kit.pro, placement=placement, work=1, workload=3, sleep=3)
    signal = evaluate_placement(placement.pk)
    assert signal is not None
    return Made(elsewhere, profile, vacancy, created, scan, placement, signal)


CALLS: dict[str, Callable[[Kit, Made, Actor], Any]] = {
    "career_profile_save": lambda k, m, a: services.career_profile_save(
        actor=a, trajectory=k.trajectory, details=k.profile_details(), version=1
    ),
    "work_history_add": lambda k, m, a: services.work_history_add(
        actor=a, profile=m.profile, job="Kok", from_year=2010
    ),
    "employer_update": lambda k, m, a: services.employer_update(
        actor=a, employer=k.employer, version=1, details=k.employer_details()
    ),
    "contact_person_add": lambda k, m, a: services.contact_person_add(
        actor=a, employer=k.employer, name="Els"
    ),
    "employer_contact_log": lambda k, m, a: services.employer_contact_log(
        actor=a, employer=k.employer, occurred_on=today(), purpose="kennismaking"
    ),
    "vacancy_create": lambda k, m, a: services.vacancy_create(
        actor=a, employer=k.employer, details=k.vacancy_details()
    ),
    "vacancy_update": lambda k, m, a: services.vacancy_update(
        actor=a, vacancy=m.vacancy, version=1, details=k.vacancy_details()
    ),
    "workplace_scan_record": lambda k, m, a: services.workplace_scan_record(
        actor=a, trajectory=k.trajectory, employer=k.employer, done_on=today(), lights=all_green()
    ),
    "placement_record": lambda k, m, a: services.placement_record(
        actor=a,
        trajectory=k.trajectory,
        details=k.placement_details(employer=m.elsewhere),
    ),
    "instrument_apply": lambda k, m, a: services.instrument_apply(
        actor=a, placement=m.placement, code="jobcoach", starts_on=today()
    ),
    "placement_end": lambda k, m, a: services.placement_end(
        actor=a, placement=m.placement, version=1, ended_on=today(), reason="ontslag"
    ),
    "follow_up_add": lambda k, m, a: services.follow_up_add(
        actor=a,
        placement=m.placement,
        occurred_on=today(),
        with_whom="werknemer",
        kind="f2f",
        note="Gesprek",
    ),
    "checkin_record": lambda k, m, a: services.checkin_record(
        actor=a, placement=m.placement, work=3, workload=3, sleep=3
    ),
    "signal_resolve": lambda k, m, a: services.signal_resolve(
        actor=a, signal=m.signal, resolution="Gebeld"
    ),
}


# The employer's own users add and change their vacancies (see test_matching).
OUTSIDER_CALLS = [
    (service, outsider)
    for service in sorted(CALLS)
    for outsider in ("pro_other", "admin_own", "admin_other", "employer_user")
    if not (outsider == "employer_user" and service.startswith("vacancy_"))
]


@pytest.mark.parametrize(("service", "outsider"), OUTSIDER_CALLS)
def test_outsiders_cannot_use_the_services(
    kit: Kit, made: Made, service: str, outsider: str
) -> None:
    actor = getattr(kit, outsider)
    denied_before = AccessLogEntry.objects.filter(outcome="denied").count()
    before = _counts()
    with pytest.raises(PermissionDenied):
        CALLS[service](kit, made, actor)
    assert _counts() == before
    assert AccessLogEntry.objects.filter(outcome="denied").count() == denied_before + 1
    kit.trajectory.refresh_from_db()
    assert kit.trajectory.phase == "plaatsing"


def test_a_functioneel_beheerder_cannot_create_an_employer(kit: Kit) -> None:
    for actor in (kit.admin_own, kit.employer_user, kit.worker):
        before = _counts()
        with pytest.raises(PermissionDenied):
            services.employer_create(actor=actor, details=kit.employer_details())
        assert _counts() == before


@pytest.mark.parametrize(
    "record", ["profile", "created", "scan", "placement", "signal"], ids=lambda r: r
)
def test_another_organisation_gets_a_404_and_a_beheerder_a_403(
    kit: Kit, made: Made, record: str
) -> None:
    obj = getattr(made, record)
    model = type(obj)
    with pytest.raises(Http404):
        get_for(kit.pro_other, Action.CHANGE_RECORD, model._default_manager.all(), pk=obj.pk)
    with pytest.raises(PermissionDenied):
        get_for(kit.admin_own, Action.CHANGE_RECORD, model._default_manager.all(), pk=obj.pk)
    denied = AccessLogEntry.objects.filter(outcome="denied", user=kit.world.personas["pro_other"])
    assert denied.get().client_pid == getattr(obj, "audit_client_pid", "")


def test_a_team_member_of_another_organisation_with_consent_works_along(
    kit: Kit, made: Made
) -> None:
    """With the client's consent and on the team, B follows the placement up and records
    check-ins, but changes only what B recorded."""
    trajectory_services.team_member_add(
        actor=kit.pro,
        trajectory=kit.trajectory,
        membership=kit.world.personas["pro_other"].memberships.get(),
    )
    consent = consent_record(
        actor=kit.pro,
        client=kit.world.client_record,
        recipient=kit.world.org_b,
        recipient_role="",
        categories=["basis", "werk", "welzijn"],
        purpose="ips",
        valid_from=today(),
        valid_until=None,
    )
    placement, _decision = get_for(
        kit.pro_other, Action.VIEW_TRAJECTORY, Placement.objects.all(), pk=made.placement.pk
    )
    contact = services.follow_up_add(
        actor=kit.pro_other,
        placement=placement,
        occurred_on=today(),
        with_whom="werknemer",
        kind="telefoon",
        note="Belde even",
    )
    assert contact.organisation == kit.world.org_b
    row = _logged("follow_up.create", contact)
    assert (row.basis, row.consent_id) == ("team_membership", consent.pk)
    checkin = services.checkin_record(
        actor=kit.pro_other, placement=placement, work=3, workload=3, sleep=3
    )
    assert checkin.organisation == kit.world.org_b
    with pytest.raises(PermissionDenied):
        services.placement_end(
            actor=kit.pro_other, placement=placement, version=1, ended_on=today(), reason="ontslag"
        )
    with pytest.raises(PermissionDenied):
        services.instrument_apply(
            actor=kit.pro_other, placement=placement, code="jobcoach", starts_on=today()
        )


# --- Found in review ------------------------------------------------------------------------
def test_a_checkin_before_the_first_working_day_is_refused(kit: Kit) -> None:
    placement = kit.placement()
    before = CheckIn.objects.count()
    with pytest.raises(ValidationError) as refused:
        services.checkin_record(
            actor=kit.pro,
            placement=placement,
            work=3,
            workload=3,
            sleep=3,
            on=placement.start_on - timedelta(days=1),
        )
    assert "na de eerste werkdag" in str(refused.value)
    assert CheckIn.objects.count() == before


def test_a_new_job_in_aftercare_keeps_the_trajectory_in_aftercare(kit: Kit) -> None:
    kit.placement()
    trajectory = Trajectory.objects.get(pk=kit.trajectory.pk)
    assert trajectory.phase == "plaatsing"
    trajectory = trajectory_services.trajectory_phase_change(
        actor=kit.pro, trajectory=trajectory, version=trajectory.version, to_phase="nazorg"
    )
    second = kit.new_employer(name="Tweede Baan BV")
    kit.placement(employer=second, vacancy=None, scan=None)
    trajectory.refresh_from_db()
    assert trajectory.phase == "nazorg"


def test_the_scan_and_placement_forms_offer_a_short_list(kit: Kit) -> None:
    from werkpad.employment import selectors

    kit.profile()
    for n in range(30):
        kit.vacancy(title=f"Vacature {n}", sector="horeca", work_kind="mensen")
    wanted = kit.vacancy(title="Hovenier", sector="groen", work_kind="buiten")
    chosen = kit.vacancy(title="Gekozen", sector="ict", work_kind="computer")
    options = selectors.vacancy_options(actor=kit.pro, trajectory=kit.trajectory, chosen=chosen.pk)
    titles = set(options.values_list("title", flat=True))
    assert {"Hovenier", "Gekozen"} <= titles
    assert len(titles) <= 22  # the chosen one, created jobs, at most 20 matches
    assert wanted.pk in {v.pk for v in options}
