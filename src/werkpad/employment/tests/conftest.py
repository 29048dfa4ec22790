"""Fixtures for the employment tests: on top of the root ``world`` (Anna's IPS trajectory at
organisation A), actors for every persona, an employer relation held by A in Midden-Utrecht
whose own organisation logs in as the werkgever, and builders that go through the services
(so every record in a test was made the way the application makes it)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.employment import services
from werkpad.employment.models import (
    CareerProfile,
    Employer,
    Placement,
    Vacancy,
    WorkplaceScan,
)
from werkpad.employment.services import (
    SCAN_ASPECTS_CODES,
    EmployerDetails,
    PlacementDetails,
    ProfileDetails,
    VacancyDetails,
)
from werkpad.organisations.models import ArbeidsmarktRegio, Gemeente
from werkpad.trajectories.models import Trajectory

# The trajectory started this long ago, so placements, contacts and check-ins can be dated
# in the past.
STARTED_DAYS_AGO = 200


def today() -> date:
    return timezone.localdate()


def all_green(**overrides: dict[str, str]) -> dict[str, dict[str, str]]:
    lights = {aspect: {"light": "groen", "note": ""} for aspect in SCAN_ASPECTS_CODES}
    lights.update(overrides)
    return lights


@dataclass
class Kit:
    world: Any
    pro: Actor  # Pro Eigen, IPS-trajectbegeleider at A, on Anna's team
    pro_other: Actor  # Pro Ander at B: not on the team, no consent
    admin_own: Actor  # functioneel beheerder at A
    admin_other: Actor
    worker: Actor  # Anna herself
    employer_user: Actor  # the werkgever's contact person
    trajectory: Trajectory
    utrecht: Gemeente
    nieuwegein: Gemeente
    amsterdam: Gemeente  # another region (AM18)
    employer: Employer  # held by A, account = the werkgever's organisation
    counters: dict[str, int] = field(default_factory=dict)

    # --- career profile ---------------------------------------------------------------
    def profile_details(self, **overrides: Any) -> ProfileDetails:
        values: dict[str, Any] = {
            "own_words": "Iets met planten, buiten",
            "work_kinds": ["buiten"],
            "sectors": ["groen"],
            "avoid_kinds": [],
            "avoid_sectors": [],
            "hours_min": 12,
            "hours_max": 24,
            "home_gemeente": self.utrecht,
            "travel_scope": "regio",
        }
        values.update(overrides)
        return ProfileDetails(**values)

    def profile(self, trajectory: Trajectory | None = None, **overrides: Any) -> CareerProfile:
        return services.career_profile_save(
            actor=self.pro,
            trajectory=trajectory or self.trajectory,
            details=self.profile_details(**overrides),
        )

    # --- employers and vacancies ------------------------------------------------------
    def employer_details(self, **overrides: Any) -> EmployerDetails:
        values: dict[str, Any] = {
            "name": "Groenbedrijf De Linde",
            "sector": "groen",
            "gemeente": self.utrecht,
            "kvk_number": "12345678",
        }
        values.update(overrides)
        return EmployerDetails(**values)

    def new_employer(self, actor: Actor | None = None, **overrides: Any) -> Employer:
        n = self.counters["employer"] = self.counters.get("employer", 0) + 1
        overrides.setdefault("name", f"Werkgever {n}")
        overrides.setdefault("kvk_number", "")
        return services.employer_create(
            actor=actor or self.pro, details=self.employer_details(**overrides)
        )

    def vacancy_details(self, **overrides: Any) -> VacancyDetails:
        values: dict[str, Any] = {
            "title": "Hovenier",
            "tasks": "Snoeien, maaien, planten",
            "sector": "groen",
            "work_kind": "buiten",
            "hours_min": 16,
            "hours_max": 24,
            "gemeente": self.utrecht,
        }
        values.update(overrides)
        return VacancyDetails(**values)

    def vacancy(
        self, employer: Employer | None = None, actor: Actor | None = None, **overrides: Any
    ) -> Vacancy:
        return services.vacancy_create(
            actor=actor or self.pro,
            employer=employer or self.employer,
            details=self.vacancy_details(**overrides),
        )

    # --- scan and placement -------------------------------------------------------------
    def scan(self, *, employer: Employer | None = None, **lights: dict[str, str]) -> WorkplaceScan:
        return services.workplace_scan_record(
            actor=self.pro,
            trajectory=self.trajectory,
            employer=employer or self.employer,
            done_on=today() - timedelta(days=30),
            lights=all_green(**lights),
        )

    def placement_details(self, **overrides: Any) -> PlacementDetails:
        values: dict[str, Any] = {
            "employer": self.employer,
            "job_title": "Hovenier",
            "work_type": "regulier",
            "start_on": today() - timedelta(days=60),
            "hours_per_week": Decimal("20"),
            "contract_type": "tijdelijk",
            "hourly_wage": Decimal("15.00"),
        }
        values.update(overrides)
        return PlacementDetails(**values)

    def placement(self, trajectory: Trajectory | None = None, **overrides: Any) -> Placement:
        trajectory = trajectory or self.trajectory
        trajectory.refresh_from_db()
        return services.placement_record(
            actor=self.pro, trajectory=trajectory, details=self.placement_details(**overrides)
        )

    def with_(self, details: Any, **changes: Any) -> Any:
        return replace(details, **changes)


@pytest.fixture
def kit(world: Any) -> Kit:
    from werkpad.organisations.models import Role

    personas = world.personas
    started = today() - timedelta(days=STARTED_DAYS_AGO)
    Trajectory.objects.filter(pk=world.trajectory.pk).update(
        started_on=started, phase_since=started
    )
    world.trajectory.refresh_from_db()
    utrecht = Gemeente.objects.get(code="GM0344")
    nieuwegein = Gemeente.objects.get(code="GM0356")
    amsterdam = Gemeente.objects.create(
        code="GM0363", name="Amsterdam", region=ArbeidsmarktRegio.objects.get(code="AM18")
    )
    pro = actor_for_user(personas["pro_own"])
    assert pro.role == Role.IPS_TRAJECTBEGELEIDER
    employer = services.employer_create(
        actor=pro,
        details=EmployerDetails(
            name="Bakkerij Brood & Zo",
            sector="horeca",
            gemeente=utrecht,
            kvk_number="87654321",
            sroi_obligation=False,
        ),
    )
    Employer.objects.filter(pk=employer.pk).update(account=world.employer_org)
    employer.refresh_from_db()
    return Kit(
        world=world,
        pro=pro,
        pro_other=actor_for_user(personas["pro_other"]),
        admin_own=actor_for_user(personas["admin_own"]),
        admin_other=actor_for_user(personas["admin_other"]),
        worker=actor_for_user(personas["client"]),
        employer_user=actor_for_user(personas["employer"]),
        trajectory=world.trajectory,
        utrecht=utrecht,
        nieuwegein=nieuwegein,
        amsterdam=amsterdam,
        employer=employer,
    )
