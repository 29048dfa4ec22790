"""Vacancies and the candidates that match them, each candidate's read logged."""

from __future__ import annotations

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    get_for,
    require,
    visible_to,
)
from werkpad.audit.recorder import record_each

from .. import matching
from ..models import (
    CareerProfile,
    Placement,
    Vacancy,
    VacancyStatus,
)
from ._shared import _ground
from .employers import job_seekers


# --- Vacancies -----------------------------------------------------------------------------
def vacancy_list(*, actor: Actor, sector: str = "") -> list[Vacancy]:
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    vacancies = visible_to(actor, Vacancy.objects.filter(status=VacancyStatus.OPEN))
    if sector:
        vacancies = vacancies.filter(sector=sector)
    return list(
        vacancies.select_related("employer", "gemeente").order_by("-created_at", "-id")[:100]
    )


def vacancy_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_VACANCY) -> Vacancy:
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    vacancy, _decision = get_for(
        actor,
        action,
        Vacancy.objects.select_related("employer", "gemeente", "for_trajectory__client"),
        pk=pk,
    )
    return vacancy


def candidates_for_vacancy(*, actor: Actor, vacancy: Vacancy) -> list[matching.Match]:
    """The job seekers of the actor's caseload ranked for one vacancy, with why."""
    profiles = visible_to(
        actor,
        CareerProfile.objects.filter(trajectory__in=job_seekers(actor=actor).values("pk")),
    ).select_related("trajectory__client", "home_gemeente")
    matches = matching.rank_candidates(vacancy, profiles)
    working = set(
        visible_to(
            actor,
            Placement.objects.filter(
                trajectory_id__in=[m.profile.trajectory_id for m in matches],
                ended_on__isnull=True,
            ),
        ).values_list("trajectory_id", flat=True)
    )
    for m in matches:
        m.working = m.profile.trajectory_id in working
    record_each(
        actor,
        event="vacancy.candidates",
        objs=[m.profile for m in matches],
        basis=_ground(actor),
        detail={"vacancy": vacancy.pk},
    )
    return matches
