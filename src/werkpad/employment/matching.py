"""Matching vacancies and job seekers by the job seeker's own preferences (IPS principle 4).

One list of criteria serves both directions and both places: the database ranks a client's
vacancies with it (so 100,000 vacancies are ranked by an indexed query, not in Python), and
Python explains each result with it (why it matches, what does not fit). A test checks that
both give the same score.

What a client put under "niet" (sectors, kinds of work), their maximum hours and where the
work may be are explicit wishes: a vacancy against one is never offered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, F, Q, QuerySet, Value, When
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import CareerProfile, Condition, TravelScope, Vacancy, VacancyKind, VacancyStatus

POINTS_KIND = 30
POINTS_SECTOR = 25
POINTS_HOURS = 15
POINTS_SAME_GEMEENTE = 15
POINTS_SAME_REGION = 8
POINTS_NEEDS = 15
POINTS_CREATED_FOR_CLIENT = 10
MAX_POINTS = POINTS_KIND + POINTS_SECTOR + POINTS_HOURS + POINTS_SAME_GEMEENTE + POINTS_NEEDS


@dataclass
class Match:
    vacancy: Vacancy
    profile: CareerProfile
    score: int
    fits: list[str | Promise] = field(default_factory=list)
    misfits: list[str | Promise] = field(default_factory=list)
    working: bool = False  # already has a job (they may want another or a better one)

    @property
    def percentage(self) -> int:
        return min(100, round(100 * self.score / MAX_POINTS))


def _home_region_id(profile: CareerProfile) -> int | None:
    gemeente = profile.home_gemeente
    return gemeente.region_id if gemeente is not None else None


# --- The explicit wishes: a filter -----------------------------------------------------------
def excluded_by_wishes(profile: CareerProfile, prefix: str = "") -> Q:
    """Vacancies that go against an explicit wish of the client (to exclude)."""
    p = prefix
    q = Q(pk__in=[])
    if profile.avoid_sectors:
        q |= Q(**{f"{p}sector__in": profile.avoid_sectors})
    if profile.avoid_kinds:
        q |= Q(**{f"{p}work_kind__in": profile.avoid_kinds})
    if profile.hours_max:
        q |= Q(**{f"{p}hours_min__gt": profile.hours_max})
    if profile.home_gemeente_id and profile.travel_scope == TravelScope.GEMEENTE:
        q |= ~Q(**{f"{p}gemeente_id": profile.home_gemeente_id})
    region_id = _home_region_id(profile)
    if region_id and profile.travel_scope == TravelScope.REGIO:
        q |= ~Q(**{f"{p}region_id": region_id})
    return q


def _within_travel_area(profile: CareerProfile) -> Q:
    if profile.home_gemeente_id and profile.travel_scope == TravelScope.GEMEENTE:
        return Q(gemeente_id=profile.home_gemeente_id)
    region_id = _home_region_id(profile)
    if region_id and profile.travel_scope == TravelScope.REGIO:
        return Q(region_id=region_id)
    return Q()


def against_wishes(profile: CareerProfile, vacancy: Vacancy) -> list[str | Promise]:
    """The same rules for one vacancy, with the reason (for a vacancy's list of candidates)."""
    reasons: list[str | Promise] = []
    if vacancy.sector in profile.avoid_sectors:
        reasons.append(_("sector die de cliënt niet wil"))
    if vacancy.work_kind in profile.avoid_kinds:
        reasons.append(_("soort werk dat de cliënt niet wil"))
    if profile.hours_max and vacancy.hours_min > profile.hours_max:
        reasons.append(_("meer uren dan de cliënt wil"))
    if (
        profile.home_gemeente_id
        and profile.travel_scope == TravelScope.GEMEENTE
        and vacancy.gemeente_id != profile.home_gemeente_id
    ):
        reasons.append(_("buiten de eigen gemeente"))
    region_id = _home_region_id(profile)
    if region_id and profile.travel_scope == TravelScope.REGIO and vacancy.region_id != region_id:
        reasons.append(_("buiten de eigen arbeidsmarktregio"))
    return reasons


# --- The score: one definition, in SQL and in Python ----------------------------------------
def score_expression(profile: CareerProfile) -> Any:
    terms: list[Any] = []
    if profile.work_kinds:
        terms.append(Case(When(work_kind__in=profile.work_kinds, then=Value(POINTS_KIND))))
    if profile.sectors:
        terms.append(Case(When(sector__in=profile.sectors, then=Value(POINTS_SECTOR))))
    terms.append(Case(When(_hours_fit_q(profile), then=Value(POINTS_HOURS))))
    if profile.home_gemeente_id:
        terms.append(
            Case(
                When(gemeente_id=profile.home_gemeente_id, then=Value(POINTS_SAME_GEMEENTE)),
                When(region_id=_home_region_id(profile), then=Value(POINTS_SAME_REGION)),
            )
        )
    needs = profile.needs_mask
    if needs:
        terms.append(Case(When(needs_met=needs, then=Value(POINTS_NEEDS))))
    else:
        terms.append(Value(POINTS_NEEDS))
    terms.append(
        Case(When(for_trajectory_id=profile.trajectory_id, then=POINTS_CREATED_FOR_CLIENT))
    )
    total: Any = Value(0)
    for term in terms:
        if isinstance(term, Case):
            term.default = Value(0)
        total = total + term
    return total


def _hours_fit_q(profile: CareerProfile) -> Q:
    q = Q()
    if profile.hours_min:
        q &= Q(hours_max__gte=profile.hours_min)
    if profile.hours_max:
        q &= Q(hours_min__lte=profile.hours_max)
    return q if q else Q(pk__isnull=False)


def explain(profile: CareerProfile, vacancy: Vacancy) -> Match:
    """Why ``vacancy`` matches ``profile`` and what does not fit, with the same score as
    :func:`score_expression`."""
    match = Match(vacancy=vacancy, profile=profile, score=0)

    def add(ok: bool, points: int, fit: str | Promise, misfit: str | Promise | None) -> None:
        if ok:
            match.score += points
            match.fits.append(fit)
        elif misfit is not None:
            match.misfits.append(misfit)

    if profile.work_kinds:
        add(
            vacancy.work_kind in profile.work_kinds,
            POINTS_KIND,
            _("soort werk dat de cliënt wil"),
            _("ander soort werk dan de cliënt noemde"),
        )
    if profile.sectors:
        add(
            vacancy.sector in profile.sectors,
            POINTS_SECTOR,
            _("sector die de cliënt aanspreekt"),
            _("andere sector dan de cliënt noemde"),
        )
    hours_ok = (not profile.hours_min or vacancy.hours_max >= profile.hours_min) and (
        not profile.hours_max or vacancy.hours_min <= profile.hours_max
    )
    add(hours_ok, POINTS_HOURS, _("uren passen"), _("uren passen niet goed"))
    if profile.home_gemeente_id:
        if vacancy.gemeente_id == profile.home_gemeente_id:
            add(True, POINTS_SAME_GEMEENTE, _("in de eigen gemeente"), None)
        elif vacancy.region_id == _home_region_id(profile):
            add(True, POINTS_SAME_REGION, _("in de eigen regio"), None)
        else:
            match.misfits.append(_("buiten de eigen regio"))
    missing = [c for c in Condition if profile.needs_mask & c.value and not vacancy.offers_mask & c]
    add(not missing, POINTS_NEEDS, _("biedt wat de cliënt nodig heeft"), None)
    for condition in missing:
        match.misfits.append(_("niet zeker op deze werkplek: %(need)s") % {"need": condition.label})
    if vacancy.for_trajectory_id == profile.trajectory_id:
        add(True, POINTS_CREATED_FOR_CLIENT, _("voor deze cliënt gemaakt"), None)
    return match


# --- The two directions ---------------------------------------------------------------------
def rank_vacancies(
    profile: CareerProfile, vacancies: QuerySet[Vacancy], *, limit: int = 20
) -> list[Match]:
    """The open vacancies in ``vacancies`` (already scoped to the actor) for this client, best
    first, none against an explicit wish. Jobs created for someone else are left out."""
    # Two steps: rank narrow rows (id and score) so the database sorts in memory, then load
    # the few winners with what the page shows.
    top = list(
        vacancies.filter(status=VacancyStatus.OPEN)
        .filter(_within_travel_area(profile))  # the same wish as a filter, for the indexes
        .exclude(Q(kind=VacancyKind.CREATED) & ~Q(for_trajectory_id=profile.trajectory_id))
        .exclude(excluded_by_wishes(profile))
        .annotate(needs_met=F("offers_mask").bitand(profile.needs_mask))
        .annotate(score=score_expression(profile))
        .order_by("-score", "-created_at", "-id")
        .values_list("pk", flat=True)[:limit]
    )
    loaded = Vacancy.objects.select_related("employer", "gemeente").in_bulk(top)
    ranked = [loaded[pk] for pk in top]
    return [explain(profile, vacancy) for vacancy in ranked]


def rank_candidates(vacancy: Vacancy, profiles: Iterable[CareerProfile]) -> list[Match]:
    """The job seekers whose profiles are given (the actor's caseload) for one vacancy, best
    first; a profile with an explicit wish against the vacancy is left out."""
    matches = [
        explain(profile, vacancy)
        for profile in profiles
        if not against_wishes(profile, vacancy)
        and (
            vacancy.kind != VacancyKind.CREATED
            or vacancy.for_trajectory_id == profile.trajectory_id
        )
    ]
    return sorted(matches, key=lambda m: (-m.score, m.profile.trajectory_id))


def sql_score(profile: CareerProfile, vacancy_ids: list[int]) -> dict[int, int]:
    """The database's score per vacancy (for the test that SQL and Python agree)."""
    rows = (
        Vacancy.objects.filter(pk__in=vacancy_ids)
        .annotate(needs_met=F("offers_mask").bitand(profile.needs_mask))
        .annotate(score=score_expression(profile))
        .values_list("pk", "score")
    )
    return dict(rows)
