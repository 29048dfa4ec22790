"""The job development and placement pages over HTTP: bad input on every form gets a Dutch
message and saves nothing, stale edits are refused with 409, every list page runs the same
number of queries with 1 and with 50 items, the employer sees the worker's name and job but
nothing of the care, regional sharing opens an employer to the other organisation without
opening its job seekers, and a worker's red check-in reaches the coach's caseload."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Model
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.accounts.models import User
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
    Vacancy,
    WorkHistoryEntry,
    WorkplaceScan,
)
from werkpad.organisations.models import Gemeente, OrganisationType, Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import Trajectory


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _today() -> date:
    return timezone.localdate()


def _iso(day: date) -> str:
    return day.isoformat()


def _pro(world: Any) -> Any:
    return actor_for_user(world.personas["pro_own"])


def _utrecht() -> Gemeente:
    return Gemeente.objects.get(code="GM0344")


# The werkplekscan's aspects as seed 004 names them, plus the tasks and the client's needs.
ASPECTS = (
    "workplace",
    "stimuli",
    "cohesion",
    "colleagues",
    "manager",
    "customers",
    "tasks",
    "needs",
)


# --- Bad input on every form ----------------------------------------------------------------
@dataclass
class Case:
    """One bad post: who posts what where, the Dutch message it must get, and what must not
    change (a count of ``model`` and, for edits, the record's own state)."""

    url: str
    data: dict[str, Any]
    message: str
    model: type[Model]
    persona: str = "pro_own"
    status: int = 400
    state: Callable[[], Any] = field(default=lambda: None)


def _employer_data(w: Any, **changes: Any) -> dict[str, Any]:
    data = {
        "name": "Tuincentrum Groen",
        "kvk_number": "12345678",
        "sector": "groen",
        "gemeente": w.employer.gemeente_id,
        "uwv_advice": "nee",
    }
    data.update(changes)
    return data


def _vacancy_data(w: Any, **changes: Any) -> dict[str, Any]:
    data = {
        "kind": "vacature",
        "title": "Hovenier",
        "tasks": "Snoeien en maaien",
        "sector": "groen",
        "work_kind": "buiten",
        "hours_min": 12,
        "hours_max": 24,
        "gemeente": w.employer.gemeente_id,
        "status": "open",
    }
    data.update(changes)
    return data


def _profile_data(w: Any, **changes: Any) -> dict[str, Any]:
    data = {
        "own_words": "Iets met mijn handen",
        "work_kinds": ["handen"],
        "sectors": ["horeca"],
        "avoid_sectors": ["zorg"],
        "hours_min": 12,
        "hours_max": 24,
        "home_gemeente": _utrecht().pk,
        "travel_scope": "regio",
        "register_status": "onbekend",
        "version": CareerProfile.objects.get(pk=w.profile.pk).version,
    }
    data.update(changes)
    return data


def _scan_data(w: Any, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"vacancy": w.vacancy.pk, "done_on": _iso(_today())}
    for aspect in ASPECTS:
        data[f"{aspect}_light"] = "groen"
        data[f"{aspect}_note"] = ""
    data.update(changes)
    return data


def _placement_data(w: Any, **changes: Any) -> dict[str, Any]:
    data = {
        "vacancy": w.vacancy.pk,
        "job_title": "Inpakker",
        "work_type": "regulier",
        "start_on": _iso(_today()),
        "hours_per_week": "16",
        "hourly_wage": "15.00",
        "contract_type": "tijdelijk",
    }
    data.update(changes)
    return data


def _red_scan(w: Any) -> WorkplaceScan:
    lights = {a: {"light": "groen", "note": ""} for a in ASPECTS}
    lights["stimuli"] = {"light": "rood", "note": "Heel druk in de winkel"}
    return services.workplace_scan_record(
        actor=_pro(w),
        trajectory=w.trajectory,
        employer=w.employer,
        vacancy=w.vacancy,
        done_on=_today(),
        lights=lights,
    )


def _employer_state(w: Any) -> Callable[[], Any]:
    return lambda: Employer.objects.filter(pk=w.employer.pk).values_list("name", "version").get()


def _vacancy_state(w: Any) -> Callable[[], Any]:
    return lambda: Vacancy.objects.filter(pk=w.vacancy.pk).values_list("title", "version").get()


def _profile_state(w: Any) -> Callable[[], Any]:
    return lambda: (
        CareerProfile.objects.filter(pk=w.profile.pk)
        .values_list("sectors", "avoid_sectors", "hours_min", "version")
        .get()
    )


def _placement_state(w: Any) -> Callable[[], Any]:
    return lambda: (
        Placement.objects.filter(pk=w.placement.pk).values_list("ended_on", "version").get()
    )


def _cases(w: Any) -> dict[str, Case]:
    e, v, p = w.employer.pk, w.vacancy.pk, w.placement.pk
    t = w.trajectory.pk
    today, yesterday = _today(), _today() - timedelta(days=1)
    tomorrow = today + timedelta(days=1)
    url = reverse
    employer_create = url("employment:employer_create")
    contact_log = url("employment:employer_contact_log", args=[e])
    vacancy_create = url("employment:vacancy_create", args=[e])
    placement_end = url("employment:placement_end", args=[p])
    stale_employer = w.employer.version - 1
    return {
        "employer_create_empty": Case(employer_create, {}, "Vul de naam in.", Employer),
        "employer_create_bad_kvk": Case(
            employer_create,
            _employer_data(w, kvk_number="1234"),
            "Een KvK-nummer bestaat uit 8 cijfers.",
            Employer,
        ),
        "employer_create_duplicate": Case(
            employer_create,
            _employer_data(w, name="bakkerij brood", kvk_number=""),
            "Deze werkgever staat al in Werkpad: Bakkerij Brood (GGZ Oost (A), Pro Eigen).",
            Employer,
        ),
        "employer_edit_stale": Case(
            url("employment:employer_update", args=[e]),
            _employer_data(w, name="Bakkerij Nieuw", version=stale_employer),
            "Iemand anders heeft dit intussen gewijzigd",
            Employer,
            status=409,
            state=_employer_state(w),
        ),
        "contact_person_bad_email": Case(
            url("employment:contact_person_add", args=[e]),
            {"name": "Piet de Bakker", "email": "piet@"},
            "Vul een geldig e-mailadres in.",
            ContactPerson,
        ),
        "contact_log_no_purpose": Case(
            contact_log,
            {"kind": "f2f", "occurred_on": _iso(today)},
            "Maak een keuze.",
            EmployerContact,
        ),
        "contact_log_job_seeker_missing": Case(
            contact_log,
            {"purpose": "werkzoekende", "kind": "f2f", "occurred_on": _iso(today)},
            "Kies voor welke werkzoekende dit contact was.",
            EmployerContact,
        ),
        "contact_log_future": Case(
            contact_log,
            {"purpose": "opvolging", "kind": "f2f", "occurred_on": _iso(tomorrow)},
            "Deze datum ligt in de toekomst.",
            EmployerContact,
        ),
        "vacancy_create_hours": Case(
            vacancy_create,
            _vacancy_data(w, hours_min=24, hours_max=12),
            "Het maximum aantal uren is lager dan het minimum.",
            Vacancy,
        ),
        "vacancy_create_created_job_without_person": Case(
            vacancy_create,
            _vacancy_data(w, kind="gecreeerd"),
            "Een gecreëerde baan is voor één persoon: kies voor wie.",
            Vacancy,
        ),
        "vacancy_edit_stale": Case(
            url("employment:vacancy_update", args=[v]),
            _vacancy_data(w, title="Bakker", version=w.vacancy.version - 1),
            "Iemand anders heeft dit intussen gewijzigd",
            Vacancy,
            status=409,
            state=_vacancy_state(w),
        ),
        "profile_wanted_and_not_wanted": Case(
            url("employment:profile", args=[t]),
            _profile_data(w, sectors=["horeca", "groen"], avoid_sectors=["horeca"]),
            "Een sector kan niet tegelijk gewild en niet gewild zijn.",
            CareerProfile,
            state=_profile_state(w),
        ),
        "profile_hours_out_of_range": Case(
            url("employment:profile", args=[t]),
            _profile_data(w, hours_min=0, hours_max=60),
            "Kies hoogstens 48 uur per week.",
            CareerProfile,
            state=_profile_state(w),
        ),
        "profile_stale": Case(
            url("employment:profile", args=[t]),
            _profile_data(w, sectors=["groen"], version=w.profile.version - 1),
            "Iemand anders heeft dit intussen gewijzigd",
            CareerProfile,
            status=409,
            state=_profile_state(w),
        ),
        "history_future_year": Case(
            url("employment:history_add", args=[t]),
            {"job": "Kok", "from_year": today.year + 1},
            "Kies een jaar tussen 1950 en nu.",
            WorkHistoryEntry,
        ),
        "scan_orange_without_note": Case(
            url("employment:workplace_scan_record", args=[t]),
            _scan_data(w, stimuli_light="oranje"),
            "Licht toe waarom dit niet groen is: Prikkels (geluid, licht, drukte)",
            WorkplaceScan,
        ),
        "placement_below_minimum_wage": Case(
            url("employment:placement_record", args=[t]),
            _placement_data(w, hourly_wage="12.50"),
            "Regulier betaald werk betaalt minstens het minimumloon: 14,71 euro bruto per uur "
            "voor deze leeftijd.",
            Placement,
        ),
        "placement_red_light_without_decision": Case(
            url("employment:placement_record", args=[t]),
            _placement_data(w, scan=_red_scan(w).pk),
            "De werkplekscan heeft een rood licht. Leg vast waarom jullie toch bewust voor "
            "deze plaatsing kiezen.",
            Placement,
        ),
        "instrument_end_before_start": Case(
            url("employment:instrument_apply", args=[p]),
            {
                "code": "jobcoach",
                "status": "aangevraagd",
                "starts_on": _iso(today),
                "ends_on": _iso(yesterday),
            },
            "De einddatum ligt voor de begindatum.",
            AppliedInstrument,
        ),
        "follow_up_before_start": Case(
            url("employment:follow_up_add", args=[p]),
            {
                "occurred_on": _iso(yesterday),
                "with_whom": "werknemer",
                "kind": "f2f",
                "note": "Eerste week besproken",
            },
            "Nazorg begint op de eerste werkdag.",
            FollowUpContact,
        ),
        "checkin_missing_answer": Case(
            url("employment:checkin_record", args=[p]),
            {"work": "3", "workload": "2"},
            "Kies een van de drie antwoorden.",
            CheckIn,
        ),
        "placement_end_no_reason": Case(
            placement_end,
            {"ended_on": _iso(today), "version": w.placement.version},
            "Maak een keuze.",
            Placement,
            state=_placement_state(w),
        ),
        "placement_end_before_start": Case(
            placement_end,
            {"ended_on": _iso(yesterday), "reason": "eigen_keuze", "version": w.placement.version},
            "De einddatum ligt voor de startdatum.",
            Placement,
            state=_placement_state(w),
        ),
        "signal_resolve_empty": Case(
            url("employment:signal_resolve", args=[w.signal.pk]),
            {"resolution": "  "},
            "Vul dit veld in.",
            Signal,
            state=lambda: Signal.objects.filter(resolved_at__isnull=True).count(),
        ),
        "employer_vacancy_create": Case(
            url("employment:employer_vacancy_create"),
            _vacancy_data(w, hours_min=30, hours_max=20),
            "Het maximum aantal uren is lager dan het minimum.",
            Vacancy,
            persona="employer",
        ),
        "my_checkin_missing_answers": Case(
            url("employment:my_checkin"),
            {"note": "Zwaar"},
            "Kies een van de drie antwoorden.",
            CheckIn,
            persona="client",
        ),
    }


CASES = [
    "employer_create_empty",
    "employer_create_bad_kvk",
    "employer_create_duplicate",
    "employer_edit_stale",
    "contact_person_bad_email",
    "contact_log_no_purpose",
    "contact_log_job_seeker_missing",
    "contact_log_future",
    "vacancy_create_hours",
    "vacancy_create_created_job_without_person",
    "vacancy_edit_stale",
    "profile_wanted_and_not_wanted",
    "profile_hours_out_of_range",
    "profile_stale",
    "history_future_year",
    "scan_orange_without_note",
    "placement_below_minimum_wage",
    "placement_red_light_without_decision",
    "instrument_end_before_start",
    "follow_up_before_start",
    "checkin_missing_answer",
    "placement_end_no_reason",
    "placement_end_before_start",
    "signal_resolve_empty",
    "employer_vacancy_create",
    "my_checkin_missing_answers",
]


def _bump_versions(w: Any) -> None:
    """Someone else saved the employer, the vacancy and the profile after the form opened."""
    actor = _pro(w)
    services.employer_update(
        actor=actor,
        employer=w.employer,
        version=w.employer.version,
        details=services.EmployerDetails(
            name="Bakkerij Brood", sector="horeca", gemeente=_utrecht()
        ),
    )
    services.vacancy_update(
        actor=actor,
        vacancy=w.vacancy,
        version=w.vacancy.version,
        details=services.VacancyDetails(
            title="Medewerker bakkerij",
            tasks="Brood inpakken en bezorgen",
            sector="horeca",
            work_kind="handen",
            hours_min=12,
            hours_max=24,
            gemeente=_utrecht(),
        ),
    )
    services.career_profile_save(
        actor=actor,
        trajectory=w.trajectory,
        details=services.ProfileDetails(
            own_words="Iets met mijn handen, rustig",
            work_kinds=["handen"],
            sectors=["horeca"],
            avoid_kinds=[],
            avoid_sectors=["zorg"],
            hours_min=12,
            hours_max=24,
        ),
        version=w.profile.version,
    )
    w.employer.refresh_from_db()
    w.vacancy.refresh_from_db()
    w.profile.refresh_from_db()


def test_every_case_is_listed(work_world: Any) -> None:
    assert sorted(_cases(work_world)) == sorted(CASES)


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_refused_in_dutch_and_saves_nothing(work_world: Any, name: str) -> None:
    _bump_versions(work_world)
    case = _cases(work_world)[name]
    before = (case.model.objects.count(), case.state())
    response = _as(work_world.personas[case.persona]).post(case.url, case.data)
    assert response.status_code == case.status, response.content.decode()[-3000:]
    assert case.message in response.content.decode()
    assert (case.model.objects.count(), case.state()) == before


def test_the_werkplekscan_form_and_page_show_the_aspects_of_the_seed(work_world: Any) -> None:
    """Seed 004: "We bekijken de werkplek zelf, ... de leidinggevende en de klant." The form
    asks a light for each; a scan made before the workplace and the customers were part of
    it says on its page that it did not look at them (and is not 'all green')."""
    http = _as(work_world.personas["pro_own"])
    form = http.get(
        reverse("employment:workplace_scan_record", args=[work_world.trajectory.pk])
    ).content.decode()
    for aspect, label in (("workplace", "De werkplek zelf"), ("customers", "Contact met klanten")):
        assert f'name="{aspect}_light"' in form
        assert label in form

    old = {
        a: {"light": "groen", "note": ""}
        for a in ("stimuli", "cohesion", "colleagues", "manager", "tasks", "needs")
    }
    old["workplace"] = old["customers"] = {"light": "niet_bekeken", "note": ""}
    scan = WorkplaceScan.objects.create(
        trajectory=work_world.trajectory,
        organisation=work_world.org_a,
        employer=work_world.employer,
        done_on=_today(),
        lights=old,
        done_by=work_world.personas["pro_own"],
    )
    page = http.get(reverse("employment:scan_detail", args=[scan.pk])).content.decode()
    page = page.replace("&#x27;", "'")
    assert "Alle lichten staan op groen." not in page
    assert "heeft ze niet bekeken: De werkplek zelf, Contact met klanten." in page
    assert page.count("niet bekeken</span>") == 2


def test_the_placement_page_explains_loonkostensubsidie_as_the_law_has_it(
    work_world: Any,
) -> None:
    """Participatiewet art. 10d (REFERENCE §7.1): the difference between the statutory minimum
    wage and the established loonwaarde, plus the fixed allowance for employer costs; the
    employer pays the agreed wage."""
    page = (
        _as(work_world.personas["pro_own"])
        .get(reverse("employment:placement_detail", args=[work_world.placement.pk]))
        .content.decode()
    )
    assert (
        "het verschil tussen het wettelijk minimumloon en de vastgestelde loonwaarde, plus een "
        "vaste vergoeding voor de werkgeverslasten (23,5% van dat verschil)"
    ) in page
    # The placement page is the professional's: the guide speaks about the employer.
    assert "De werkgever betaalt het loon dat hij met de werknemer afspreekt." in page
    assert "U betaalt" not in page


def test_a_duplicate_employer_is_saved_once_the_coach_confirms(work_world: Any) -> None:
    http = _as(work_world.personas["pro_own"])
    data = _employer_data(work_world, name="Bakkerij Brood", kvk_number="")
    before = Employer.objects.count()
    assert http.post(reverse("employment:employer_create"), data).status_code == 400
    response = http.post(reverse("employment:employer_create"), {**data, "confirm_duplicate": "on"})
    assert response.status_code == 302
    assert Employer.objects.count() == before + 1
    created = Employer.objects.latest("pk")
    assert response["Location"] == reverse("employment:employer_detail", args=[created.pk])
    assert (created.holder, created.coach) == (work_world.org_a, work_world.personas["pro_own"])


def test_a_minimum_wage_for_a_young_worker_is_the_youth_rate(work_world: Any) -> None:
    """Anna at 19 earns at least 60% of the adult minimum: 8,83 an hour."""
    from werkpad.clients.models import Client

    born = _today() - timedelta(days=round(19.5 * 365.25))
    Client.objects.filter(pk=work_world.client_record.pk).update(date_of_birth=born)
    before = Placement.objects.count()
    response = _as(work_world.personas["pro_own"]).post(
        reverse("employment:placement_record", args=[work_world.trajectory.pk]),
        _placement_data(work_world, hourly_wage="8.00"),
    )
    assert response.status_code == 400
    assert "minstens het minimumloon: 8,83 euro bruto per uur" in response.content.decode()
    assert Placement.objects.count() == before


# --- English -------------------------------------------------------------------------------
def _english(user: User) -> HttpClient:
    User.objects.filter(pk=user.pk).update(preferred_language="en")
    return _as(user)


def test_a_stale_employer_edit_is_refused_in_english_for_an_english_user(
    work_world: Any,
) -> None:
    _bump_versions(work_world)
    http = _english(work_world.personas["pro_own"])
    data = _employer_data(work_world, version=work_world.employer.version - 1)
    response = http.post(reverse("employment:employer_update", args=[work_world.employer.pk]), data)
    assert response.status_code == 409
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Someone else changed this in the meantime." in html
    assert "Iemand anders" not in html


def test_an_employment_message_is_english_for_an_english_user(work_world: Any) -> None:
    before = Employer.objects.count()
    http = _english(work_world.personas["pro_own"])
    response = http.post(
        reverse("employment:employer_create"), _employer_data(work_world, kvk_number="1234")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "A Chamber of Commerce (KvK) number has 8 digits." in html
    assert "Een KvK-nummer bestaat uit 8 cijfers." not in html
    assert Employer.objects.count() == before


# --- Query counts: the same with 1 and with 50 items ----------------------------------------
def _queries(http: HttpClient, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = http.get(url)
        assert response.status_code == 200, url
    return len(captured)


class Builder:
    """Makes more of one kind of item, through the services, numbering them across calls."""

    def __init__(self, world: Any) -> None:
        self.w = world
        self.actor = _pro(world)
        self.n = 0

    def _next(self) -> int:
        self.n += 1
        return self.n

    def employers(self, count: int) -> None:
        for _ in range(count):
            i = self._next()
            employer = services.employer_create(
                actor=self.actor,
                details=services.EmployerDetails(
                    name=f"Werkgever {i:03d}", sector="groen", gemeente=_utrecht()
                ),
            )
            services.employer_contact_log(
                actor=self.actor,
                employer=employer,
                occurred_on=_today() - timedelta(days=i % 50),
                purpose="kennismaking",
            )

    def vacancies(self, count: int, employer: Employer | None = None) -> None:
        for _ in range(count):
            i = self._next()
            services.vacancy_create(
                actor=self.actor,
                employer=employer or self.w.employer,
                details=services.VacancyDetails(
                    title=f"Vacature {i:03d}",
                    tasks="Inpakken",
                    sector=["horeca", "groen", "schoonmaak"][i % 3],
                    work_kind="handen",
                    hours_min=8 + i % 8,
                    hours_max=24,
                    gemeente=_utrecht(),
                    offers_mask=i % 8,
                ),
            )

    def contacts(self, count: int) -> None:
        """Contacts with the world's employer, every other one for a job seeker."""
        for _ in range(count):
            i = self._next()
            trajectory = self.job_seeker() if i % 2 else None
            services.employer_contact_log(
                actor=self.actor,
                employer=self.w.employer,
                occurred_on=_today() - timedelta(days=i % 50),
                purpose="werkzoekende" if trajectory else "opvolging",
                trajectory=trajectory,
                outcome=f"Uitkomst {i}",
            )

    def job_seeker(self, profile: bool = False) -> Trajectory:
        i = self._next()
        client = make_client(organisation=self.w.org_a, full_name=f"Werkzoekende {i:03d}")
        trajectory = trajectory_services.trajectory_start(
            actor=self.actor, client=client, trajectory_type="ips"
        )
        if profile:
            services.career_profile_save(
                actor=self.actor,
                trajectory=trajectory,
                details=services.ProfileDetails(
                    own_words=f"Werk nummer {i}",
                    work_kinds=["handen"],
                    sectors=["horeca"],
                    avoid_kinds=[],
                    avoid_sectors=[],
                    hours_min=8,
                    hours_max=30,
                    home_gemeente=_utrecht(),
                    needs_mask=i % 4,
                ),
            )
        return trajectory

    def profiles(self, count: int) -> None:
        for _ in range(count):
            self.job_seeker(profile=True)

    def placements(self, count: int) -> None:
        """Job seekers working at the world's employer, each with a jobcoach, a follow-up
        for the employer and one not, and an open signal after a red check-in."""
        from werkpad.employment.wellbeing import evaluate_placement

        for _ in range(count):
            trajectory = self.job_seeker()
            placement = services.placement_record(
                actor=self.actor,
                trajectory=trajectory,
                details=services.PlacementDetails(
                    employer=self.w.employer,
                    job_title=f"Baan {self.n}",
                    work_type="regulier",
                    start_on=_today(),
                    hours_per_week=Decimal("20"),
                    hourly_wage=Decimal("15.00"),
                    contract_type="tijdelijk",
                    instruments=(
                        services.InstrumentUse(code="jobcoach", starts_on=_today()),
                        services.InstrumentUse(code="no_riskpolis", starts_on=_today()),
                    ),
                ),
            )
            self.follow_ups(1, placement, for_employer=True)
            self.follow_ups(1, placement)
            services.checkin_record(
                actor=self.actor, placement=placement, work=1, workload=2, sleep=2
            )
            assert evaluate_placement(placement.pk) is not None

    def follow_ups(
        self, count: int, placement: Placement | None = None, *, for_employer: bool = False
    ) -> None:
        for _ in range(count):
            i = self._next()
            services.follow_up_add(
                actor=self.actor,
                placement=placement or self.w.placement,
                occurred_on=_today(),
                with_whom="beiden",
                kind="f2f",
                note=f"Nazorg {i}",
                for_employer=for_employer,
            )

    def placement_items(self, count: int) -> None:
        """Check-ins, follow-ups and an instrument on the world's placement."""
        for _ in range(count):
            CheckIn.objects.create(
                placement=self.w.placement,
                organisation=self.w.org_a,
                on=_today() - timedelta(days=self._next() % 30),
                work=3,
                workload=2,
                sleep=3,
                recorded_by=self.w.personas["pro_own"],
            )
            self.follow_ups(1, for_employer=self.n % 2 == 0)
            services.instrument_apply(
                actor=self.actor,
                placement=self.w.placement,
                code=["loonkostensubsidie", "no_riskpolis", "proefplaatsing"][self.n % 3],
                starts_on=_today(),
            )


@dataclass
class Page:
    persona: str
    url: Callable[[Any], str]
    more: Callable[[Builder, int], None]
    count: Callable[[Any], int]  # how many items there are
    shown: str  # a pattern found once per item the page shows
    expect: int  # how often, with 50 items (a page may show fewer: its own limit)


def _both(*calls: Any) -> None:
    return None


PAGES = {
    "employers": Page(
        "pro_own",
        lambda w: reverse("employment:employers"),
        lambda b, n: b.employers(n),
        lambda w: Employer.objects.count(),
        r'href="/werk/werkgevers/\d+/"',
        50,
    ),
    "vacancies": Page(
        "pro_own",
        lambda w: reverse("employment:vacancies"),
        lambda b, n: b.vacancies(n),
        lambda w: Vacancy.objects.count(),
        r'href="/werk/vacatures/\d+/"',
        50,
    ),
    "vacancy_detail": Page(
        "pro_own",
        lambda w: reverse("employment:vacancy_detail", args=[w.vacancy.pk]),
        lambda b, n: b.profiles(n),
        lambda w: CareerProfile.objects.count(),
        r'data-trajectory="\d+"',
        50,
    ),
    "matches": Page(
        "pro_own",
        lambda w: reverse("employment:matches", args=[w.trajectory.pk]),
        lambda b, n: b.vacancies(n),
        lambda w: Vacancy.objects.count(),
        r'data-vacancy="\d+"',
        20,
    ),
    "placement_detail": Page(
        "pro_own",
        lambda w: reverse("employment:placement_detail", args=[w.placement.pk]),
        lambda b, n: b.placement_items(n),
        lambda w: FollowUpContact.objects.filter(placement=w.placement).count(),
        r"Nazorg \d+",
        50,
    ),
    "employer_home": Page(
        "employer",
        lambda w: reverse("employment:employer_home"),
        lambda b, n: b.placements(n),
        lambda w: Placement.objects.filter(employer=w.employer).count(),
        r'data-placement="\d+"',
        50,
    ),
    "employer_vacancies": Page(
        "employer",
        lambda w: reverse("employment:employer_vacancies"),
        lambda b, n: b.vacancies(n),
        lambda w: Vacancy.objects.filter(employer=w.employer).count(),
        r'data-vacancy="\d+"',
        50,
    ),
    "home": Page(
        "pro_own",
        lambda w: reverse("employment:home"),
        lambda b, n: b.employers(n),
        lambda w: Employer.objects.filter(coach=w.personas["pro_own"]).count(),
        r"werkpad-quick\b",
        50,
    ),
    "employer_detail": Page(
        "pro_own",
        lambda w: reverse("employment:employer_detail", args=[w.employer.pk]),
        lambda b, n: _both(b.contacts(n), b.vacancies(n)),
        lambda w: EmployerContact.objects.filter(employer=w.employer).count(),
        r'href="/werk/vacatures/\d+/"|Uitkomst \d+',
        51 + 20,  # every open vacancy, the last 20 contacts
    ),
    "caseload": Page(
        "pro_own",
        lambda w: reverse("trajectories:caseload"),
        lambda b, n: b.placements(n),
        lambda w: Signal.objects.filter(resolved_at__isnull=True).count(),
        r'data-flag="wellbeing_signal"',
        50,
    ),
    "api_placements": Page(
        "employer",
        lambda w: "/api/werkgever/plaatsingen",
        lambda b, n: b.placements(n),
        lambda w: Placement.objects.filter(employer=w.employer).count(),
        r'"worker_name":',
        50,
    ),
    "api_vacancies": Page(
        "employer",
        lambda w: "/api/werkgever/vacatures",
        lambda b, n: b.vacancies(n),
        lambda w: Vacancy.objects.filter(employer=w.employer).count(),
        r'"title":',
        50,
    ),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_pages_run_the_same_queries_with_1_and_50_items(work_world: Any, name: str) -> None:
    page = PAGES[name]
    builder = Builder(work_world)
    http = _as(work_world.personas[page.persona])
    url = page.url(work_world)
    if page.count(work_world) == 0:
        page.more(builder, 1)
    assert page.count(work_world) == 1
    one = _queries(http, url)
    page.more(builder, 49)
    assert page.count(work_world) == 50
    many = _queries(http, url)
    assert len(re.findall(page.shown, http.get(url).content.decode())) == page.expect
    assert many == one, f"{name}: {one} queries with 1 item, {many} with 50"


# --- What the employer sees, and what not ---------------------------------------------------
SECRETS = {
    "career profile": "Iets met mijn handen, niet te druk",
    "career profile (what hinders)": "Angst in drukke ruimtes",
    "treatment goal": "paniekstoornis",
    "werkplekscan note": "Het team weet nog niets van de aanvallen",
    "follow-up not for the employer": "Gesprek over de medicatie",
    "check-in note": "Slaap slecht sinds de nieuwe dienst",
    "date of birth (ISO)": "1988-04-23",
    "date of birth (Dutch)": "23-04-1988",
    "date of birth (written)": "23 april 1988",
    "signal": "rood antwoord in de check-in",
    "signal marker": "data-signal",
}
FOR_EMPLOYER = "Eerste maand loopt goed; rooster blijft zo"


def _care_data_around_the_placement(w: Any) -> WorkplaceScan:
    """Everything a coach records around Anna's job that the employer must never see, and one
    follow-up that is meant for the employer."""
    from werkpad.clients.models import Client

    actor = _pro(w)
    trajectory_services.goal_create(
        actor=actor,
        trajectory=w.trajectory,
        details=trajectory_services.GoalDetails(
            category="behandeling",
            life_domain="gezondheid",
            own_words="Minder last van mijn paniekstoornis",
        ),
    )
    CareerProfile.objects.filter(pk=w.profile.pk).update(hinders="Angst in drukke ruimtes")
    lights = {a: {"light": "groen", "note": ""} for a in ASPECTS}
    lights["colleagues"] = {"light": "oranje", "note": "Het team weet nog niets van de aanvallen"}
    scan = services.workplace_scan_record(
        actor=actor, trajectory=w.trajectory, employer=w.employer, done_on=_today(), lights=lights
    )
    Client.objects.filter(pk=w.client_record.pk).update(date_of_birth=date(1988, 4, 23))
    for note, for_employer in (("Gesprek over de medicatie", False), (FOR_EMPLOYER, True)):
        services.follow_up_add(
            actor=actor,
            placement=w.placement,
            occurred_on=_today(),
            with_whom="beiden",
            kind="f2f",
            note=note,
            for_employer=for_employer,
        )
    CheckIn.objects.filter(placement=w.placement).update(note="Slaap slecht sinds de nieuwe dienst")
    assert Signal.objects.filter(placement=w.placement, resolved_at__isnull=True).exists()
    return scan


def _employer_views(w: Any, user: Any) -> dict[str, Any]:
    http = _as(user)
    return {
        "employer_home": http.get(reverse("employment:employer_home")),
        "employer_placement": http.get(
            reverse("employment:employer_placement", args=[w.placement.pk])
        ),
        "api_placements": http.get("/api/werkgever/plaatsingen"),
        "api_vacancies": http.get("/api/werkgever/vacatures"),
    }


def test_the_employer_sees_the_worker_and_the_job_but_nothing_of_the_care(
    work_world: Any,
) -> None:
    scan = _care_data_around_the_placement(work_world)
    # The coach's own pages show them: the secrets are real, so their absence means something.
    coach = _as(work_world.personas["pro_own"])
    placement_page = coach.get(
        reverse("employment:placement_detail", args=[work_world.placement.pk])
    ).content.decode()
    assert "Gesprek over de medicatie" in placement_page and 'data-signal="rood"' in placement_page
    scan_page = coach.get(reverse("employment:scan_detail", args=[scan.pk])).content.decode()
    assert SECRETS["werkplekscan note"] in scan_page

    pages = _employer_views(work_world, work_world.personas["employer"])
    for name, response in pages.items():
        assert response.status_code == 200, name
        body = response.content.decode()
        for what, secret in SECRETS.items():
            assert secret not in body, f"{name} shows the {what}"
        if name != "api_vacancies":
            assert "Anna Aalbers" in body, name
            assert "Medewerker bakkerij" in body, name
    assert FOR_EMPLOYER in pages["employer_home"].content.decode()
    assert pages["api_vacancies"].json()[0]["title"] == "Medewerker bakkerij"
    [placement] = pages["api_placements"].json()
    assert placement["worker_name"] == "Anna Aalbers"
    assert placement["instruments"] == ["Jobcoach"]
    assert placement["coach_name"] == "Pro Eigen"


def test_another_employer_sees_nothing_of_it(work_world: Any) -> None:
    _care_data_around_the_placement(work_world)
    slagerij = make_organisation("Slagerij (werkgever)", OrganisationType.EMPLOYER)
    stranger = make_user(
        organisation=slagerij, role=Role.WERKGEVER_CONTACTPERSOON, full_name="Slager"
    )
    pages = _employer_views(work_world, stranger)
    # Outside their scope: 404, as for every object of another organisation.
    assert pages["employer_placement"].status_code == 404
    assert pages["employer_home"].status_code == 200
    assert pages["api_placements"].json() == []
    assert pages["api_vacancies"].json() == []
    for name, response in pages.items():
        body = response.content.decode()
        for secret in ("Anna Aalbers", "Medewerker bakkerij", "Bakkerij Brood", FOR_EMPLOYER):
            assert secret not in body, (name, secret)


# --- Regional sharing -----------------------------------------------------------------------
def _share_region(w: Any) -> None:
    for organisation in (w.org_a, w.org_b):
        RegionalSharing.objects.create(
            organisation=organisation, region=w.employer.region, agreed_on=_today()
        )


def _contact_for_anna(w: Any) -> EmployerContact:
    actor = _pro(w)
    services.contact_person_add(
        actor=actor, employer=w.employer, name="Piet de Bakker", email="piet@brood.example"
    )
    return services.employer_contact_log(
        actor=actor,
        employer=w.employer,
        occurred_on=_today(),
        purpose="werkzoekende",
        trajectory=w.trajectory,
        outcome="Proefdag afgesproken",
    )


def _let_org_b_see_annas_trajectory(w: Any) -> None:
    from werkpad.clients.models import Consent, ConsentGrant

    consent = Consent.objects.create(
        client=w.client_record,
        recipient=w.org_b,
        purpose="ips",
        valid_from=_today(),
        recorded_by=w.personas["pro_own"],
        recorded_by_organisation=w.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    trajectory_services.team_member_add(
        actor=_pro(w),
        trajectory=w.trajectory,
        membership=w.personas["pro_other"].memberships.get(),
    )


def test_an_employer_is_shared_only_when_both_organisations_share_in_its_region(
    work_world: Any,
) -> None:
    w = work_world
    _contact_for_anna(w)
    http = _as(w.personas["pro_other"])
    detail = reverse("employment:employer_detail", args=[w.employer.pk])
    assert http.get(detail).status_code == 404
    RegionalSharing.objects.create(
        organisation=w.org_a, region=w.employer.region, agreed_on=_today()
    )
    assert http.get(detail).status_code == 404  # B has not agreed to share
    RegionalSharing.objects.create(
        organisation=w.org_b, region=w.employer.region, agreed_on=_today()
    )
    assert "Bakkerij Brood" in http.get(reverse("employment:employers")).content.decode()
    page = http.get(detail)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Bakkerij Brood" in html
    assert "Piet de Bakker" in html
    # Not on B's caseload: the contact is shown without her name and without what was said
    # about her (an outcome often names the job seeker).
    assert "Anna Aalbers" not in html and "Proefdag afgesproken" not in html
    assert "over een werkzoekende van een andere organisatie" in html
    # Once Anna's trajectory is shared with B (consent and a place on her team), B sees her
    # name; what was said about her is work data: only with her consent for it (issue 11).
    _let_org_b_see_annas_trajectory(w)
    html = http.get(detail).content.decode()
    assert "(Anna Aalbers)" in html and "Proefdag afgesproken" not in html
    from werkpad.clients.models import Consent, ConsentGrant

    consent = Consent.objects.get(client=w.client_record, recipient=w.org_b)
    ConsentGrant.objects.create(consent=consent, category="werk")
    html = http.get(detail).content.decode()
    assert "(Anna Aalbers)" in html and "Proefdag afgesproken" in html


def test_a_shared_employer_can_be_called_but_not_changed_by_the_other_organisation(
    work_world: Any,
) -> None:
    w = work_world
    _share_region(w)
    http = _as(w.personas["pro_other"])
    e = w.employer.pk
    response = http.post(
        reverse("employment:employer_contact_log", args=[e]),
        {"purpose": "kennismaking", "kind": "f2f", "occurred_on": _iso(_today())},
    )
    assert response.status_code == 302
    contact = EmployerContact.objects.get(employer=w.employer)
    assert (contact.organisation, contact.coach) == (w.org_b, w.personas["pro_other"])
    # The holder's coach sees it, with who called.
    own = _as(w.personas["pro_own"]).get(reverse("employment:employer_detail", args=[e]))
    assert "Pro Ander" in own.content.decode() and "UWV West (B)" in own.content.decode()

    before = (Employer.objects.get(pk=e).version, ContactPerson.objects.count())
    vacancies = Vacancy.objects.count()
    edit = reverse("employment:employer_update", args=[e])
    assert http.get(edit).status_code == 403
    stale_free = _employer_data(w, name="Bakkerij van B", version=w.employer.version)
    assert http.post(edit, stale_free).status_code == 403
    people = reverse("employment:contact_person_add", args=[e])
    assert http.post(people, {"name": "Iemand van B"}).status_code == 403
    vacancy = reverse("employment:vacancy_create", args=[e])
    assert http.post(vacancy, _vacancy_data(w)).status_code == 403
    assert (Employer.objects.get(pk=e).version, ContactPerson.objects.count()) == before
    assert Employer.objects.get(pk=e).name == "Bakkerij Brood"
    assert Vacancy.objects.count() == vacancies


# --- The worker's check-in, end to end ------------------------------------------------------
@pytest.fixture
def run_tasks(monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any) -> Any:
    """Run the queued tasks as the database worker does (the test backend is the database
    one: nothing runs by itself)."""
    from django_tasks_db.management.commands import db_worker

    # The worker closes connections that are inside a transaction, as the test's is.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    return run


def test_a_red_check_in_by_the_worker_reaches_the_coachs_caseload(
    work_world: Any, django_capture_on_commit_callbacks: Any, run_tasks: Any
) -> None:
    w = work_world
    services.signal_resolve(actor=_pro(w), signal=w.signal, resolution="Gebeld, gaat weer")
    caseload = _as(w.personas["pro_own"])
    flag = 'data-flag="wellbeing_signal"'
    assert flag not in caseload.get(reverse("trajectories:caseload")).content.decode()

    anna = _as(w.personas["client"])
    page = anna.get(reverse("employment:my_checkin"))
    assert page.status_code == 200 and "Bakkerij Brood" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = anna.post(
            reverse("employment:my_checkin"),
            {"work": "3", "workload": "1", "sleep": "2", "note": "Te veel klanten"},
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("employment:my_checkin")
    assert len(callbacks) == 1  # the enqueue of the early-warning task
    checkin = CheckIn.objects.get(by_worker=True)
    assert (checkin.placement, checkin.organisation) == (w.placement, w.org_a)
    assert (checkin.recorded_by, checkin.workload) == (w.personas["client"], 1)
    assert not Signal.objects.filter(resolved_at__isnull=True).exists()  # not before the task

    run_tasks()

    signal = Signal.objects.get(resolved_at__isnull=True)
    assert (signal.placement, signal.reason) == (w.placement, "rood")
    html = caseload.get(reverse("trajectories:caseload")).content.decode()
    assert flag in html and "Signaal uit de nazorg" in html


def test_a_worker_without_running_work_gets_no_check_in_form(work_world: Any) -> None:
    w = work_world
    services.placement_end(
        actor=_pro(w),
        placement=w.placement,
        version=w.placement.version,
        ended_on=_today(),
        reason="contract_afgelopen",
    )
    anna = _as(w.personas["client"])
    before = CheckIn.objects.count()
    response = anna.post(
        reverse("employment:my_checkin"), {"work": "3", "workload": "3", "sleep": "3"}
    )
    assert response.status_code == 200
    assert "Een check-in hoort bij lopend werk." in response.content.decode()
    assert CheckIn.objects.count() == before


def test_the_placement_page_names_its_instruments(work_world: Any) -> None:
    services.instrument_apply(
        actor=_pro(work_world),
        placement=work_world.placement,
        code="no_riskpolis",
        starts_on=_today(),
    )
    html = (
        _as(work_world.personas["pro_own"])
        .get(reverse("employment:placement_detail", args=[work_world.placement.pk]))
        .content.decode()
    )
    assert re.search(
        r'data-instrument="jobcoach" data-status="aangevraagd">\s*<strong>Jobcoach</strong>', html
    )
    assert re.search(
        r'data-instrument="no_riskpolis" data-status="aangevraagd">\s*'
        r"<strong>No-riskpolis</strong> · aangevraagd",
        html,
    )


def test_the_contact_week_in_progress_is_not_under_the_norm(world: Any) -> None:
    """Issue 13, item 10: the current week is still running, so it is not "onder de norm";
    the weeks that are over are."""
    html = _as(world.personas["pro_own"]).get(reverse("employment:home")).content.decode()
    today = _today()
    current = html[html.index(f'data-week="{today:%G}-W{today:%V}"') :]
    current = current[: current.index("</tr>")]
    assert "deze week, loopt nog" in current and "onder de norm" not in current
    last_week = today - timedelta(weeks=1)
    past = html[html.index(f'data-week="{last_week:%G}-W{last_week:%V}"') :]
    assert "onder de norm" in past[: past.index("</tr>")]


def test_the_ips_norm_is_shown_only_to_the_roles_it_concerns(world: Any) -> None:
    """The face-to-face norm is the IPS coach's (and the teamleider's, for the team): not
    the UWV arbeidsdeskundige's or the regiocoördinator's, who develop jobs too."""
    html = _as(world.personas["pro_own"]).get(reverse("employment:home")).content.decode()
    assert "De IPS-norm is minstens 6 face-to-face contacten per week." in html
    uwv = make_user(organisation=world.org_b, role=Role.ARBEIDSDESKUNDIGE)
    gemeente = make_organisation("Gemeente Norm", OrganisationType.GEMEENTE)
    regio = make_user(organisation=gemeente, role=Role.REGIOCOORDINATOR)
    for user in (uwv, regio):
        response = _as(user).get(reverse("employment:home"))
        assert response.status_code == 200, user.memberships.get().role
        page = response.content.decode()
        assert "IPS-norm" not in page and "Face-to-face werkgeverscontacten" not in page
