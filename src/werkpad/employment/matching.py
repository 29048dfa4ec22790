"""Matching vacancies and job seekers by the job seeker's own preferences (IPS principle 4).

One list of criteria serves both directions and both places: the database ranks a client's
vacancies with it (so 100,000 vacancies are ranked by an indexed query, not in Python), and
Python explains each result with it (why it matches, what does not fit). A test checks that
both give the same score.

What a client put under "niet" (sectors, kinds of work), their maximum hours and where the
work may be are explicit wishes: a vacancy against one is never offered.

Unknown is not "does not fit" (issue 13, item 11): a criterion the profile or the vacancy says
nothing about scores no points, is listed as "nog onbekend" (with where to fill it in), and is
left out of the percentage, so a match is judged on what is known. Equal scores are ordered by
travel (the own gemeente, then the own region), then by hours that fit; matches below
``FOLD_BELOW`` per cent are folded away on the pages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, F, Q, QuerySet, Value, When
from django.db.models.lookups import GreaterThan
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import (
    CareerProfile,
    Condition,
    TravelScope,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    work_kinds_mask,
)

POINTS_KIND = 30
POINTS_SECTOR = 25
POINTS_HOURS = 15
POINTS_SAME_GEMEENTE = 15
POINTS_SAME_REGION = 8
POINTS_NEEDS = 15
POINTS_CREATED_FOR_CLIENT = 10
MAX_POINTS = POINTS_KIND + POINTS_SECTOR + POINTS_HOURS + POINTS_SAME_GEMEENTE + POINTS_NEEDS
FOLD_BELOW = 40  # per cent: weaker matches are folded away on the pages


@dataclass(frozen=True)
class Unknown:
    """A criterion nobody filled in: ``where`` it can be filled in ("profile" or "vacancy")."""

    text: str | Promise
    where: str


@dataclass
class Match:
    vacancy: Vacancy
    profile: CareerProfile
    score: int
    fits: list[str | Promise] = field(default_factory=list)
    misfits: list[str | Promise] = field(default_factory=list)
    unknowns: list[Unknown] = field(default_factory=list)
    unknown_points: int = 0  # the points of the unknown criteria, out of the percentage
    working: bool = False  # already has a job (they may want another or a better one)

    @property
    def percentage(self) -> int:
        """The score out of the points of what is known."""
        known = MAX_POINTS - self.unknown_points
        return min(100, round(100 * self.score / known)) if known else 0

    @property
    def judgeable(self) -> bool:
        """Enough is known (at least half of the points) for a percentage to mean something;
        otherwise the page says too little is known, rather than "100 %" on one criterion."""
        return 2 * self.unknown_points <= MAX_POINTS

    @property
    def folded(self) -> bool:
        return self.judgeable and self.percentage < FOLD_BELOW

    @property
    def unknown_in_profile(self) -> list[Unknown]:
        return [u for u in self.unknowns if u.where == "profile"]

    @property
    def unknown_in_vacancy(self) -> list[Unknown]:
        return [u for u in self.unknowns if u.where == "vacancy"]


def folded_apart(matches: list[Match]) -> tuple[list[Match], list[Match]]:
    """The matches to show, and the weaker ones to fold away (each list keeps the order)."""
    return [m for m in matches if not m.folded], [m for m in matches if m.folded]


def _home_region_id(profile: CareerProfile) -> int | None:
    gemeente = profile.home_gemeente
    return gemeente.region_id if gemeente is not None else None


# --- Kinds of work: a vacancy has a main kind and maybe others (decision 0039) ---------------
def _any_kind_q(kinds: list[str], prefix: str = "") -> Q:
    """Vacancies with any of ``kinds`` among their kinds of work (the main one or another)."""
    others: Any = GreaterThan(F(f"{prefix}other_kinds_mask").bitand(work_kinds_mask(kinds)), 0)
    return Q(**{f"{prefix}work_kind__in": kinds}) | Q(others)


def _has_any_kind(vacancy: Vacancy, kinds: list[str]) -> bool:
    return any(kind in kinds for kind in vacancy.work_kinds)


# --- The explicit wishes: a filter -----------------------------------------------------------
def excluded_by_wishes(profile: CareerProfile, prefix: str = "") -> Q:
    """Vacancies that go against an explicit wish of the client (to exclude)."""
    p = prefix
    q = Q(pk__in=[])
    if profile.avoid_sectors:
        q |= Q(**{f"{p}sector__in": profile.avoid_sectors})
    if profile.avoid_kinds:
        q |= _any_kind_q(profile.avoid_kinds, p)
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
    if _has_any_kind(vacancy, profile.avoid_kinds):
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
        terms.append(Case(When(_any_kind_q(profile.work_kinds), then=Value(POINTS_KIND))))
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
    """The vacancy's hours fit the client's; no hours in the profile fit nothing (unknown)."""
    q = Q()
    if profile.hours_min:
        q &= Q(hours_max__gte=profile.hours_min)
    if profile.hours_max:
        q &= Q(hours_min__lte=profile.hours_max)
    return q if q else Q(pk__in=[])


def _travel_rank(profile: CareerProfile) -> Any:
    """0 in the client's own gemeente, 1 in the own region, 2 elsewhere or unknown: the first
    tie-breaker of equal scores."""
    whens = []
    if profile.home_gemeente_id:
        whens.append(When(gemeente_id=profile.home_gemeente_id, then=Value(0)))
    region_id = _home_region_id(profile)
    if region_id:
        whens.append(When(region_id=region_id, then=Value(1)))
    return Case(*whens, default=Value(2)) if whens else Value(2)


def _travel_rank_of(profile: CareerProfile, vacancy: Vacancy) -> int:
    if profile.home_gemeente_id and vacancy.gemeente_id == profile.home_gemeente_id:
        return 0
    region_id = _home_region_id(profile)
    return 1 if region_id and vacancy.region_id == region_id else 2


def _hours_fit(profile: CareerProfile, vacancy: Vacancy) -> bool:
    return bool(profile.hours_min or profile.hours_max) and (
        (not profile.hours_min or vacancy.hours_max >= profile.hours_min)
        and (not profile.hours_max or vacancy.hours_min <= profile.hours_max)
    )


def explain(profile: CareerProfile, vacancy: Vacancy) -> Match:
    """Why ``vacancy`` matches ``profile``, what does not fit and what is not known yet, with
    the same score as :func:`score_expression`."""
    match = Match(vacancy=vacancy, profile=profile, score=0)

    def add(ok: bool, points: int, fit: str | Promise, misfit: str | Promise | None) -> None:
        if ok:
            match.score += points
            match.fits.append(fit)
        elif misfit is not None:
            match.misfits.append(misfit)

    def unknown(points: int, text: str | Promise, where: str = "profile") -> None:
        match.unknowns.append(Unknown(text, where))
        match.unknown_points += points

    if profile.work_kinds:
        add(
            _has_any_kind(vacancy, profile.work_kinds),
            POINTS_KIND,
            _("soort werk dat de cliënt wil"),
            _("ander soort werk dan de cliënt noemde"),
        )
    else:
        unknown(POINTS_KIND, _("welk soort werk de cliënt wil"))
    if profile.sectors:
        add(
            vacancy.sector in profile.sectors,
            POINTS_SECTOR,
            _("sector die de cliënt aanspreekt"),
            _("andere sector dan de cliënt noemde"),
        )
    else:
        unknown(POINTS_SECTOR, _("welke sectoren de cliënt aanspreken"))
    if profile.hours_min or profile.hours_max:
        add(
            _hours_fit(profile, vacancy),
            POINTS_HOURS,
            _("uren passen"),
            _("uren passen niet goed"),
        )
    else:
        unknown(POINTS_HOURS, _("hoeveel uur de cliënt wil werken"))
    if profile.home_gemeente_id:
        if vacancy.gemeente_id == profile.home_gemeente_id:
            add(True, POINTS_SAME_GEMEENTE, _("in de eigen gemeente"), None)
        elif vacancy.region_id == _home_region_id(profile):
            add(True, POINTS_SAME_REGION, _("in de eigen regio"), None)
        else:
            match.misfits.append(_("buiten de eigen regio"))
    else:
        unknown(POINTS_SAME_GEMEENTE, _("waar de cliënt woont"))
    missing = [c for c in Condition if profile.needs_mask & c.value and not vacancy.offers_mask & c]
    if missing and not vacancy.offers_mask:
        # The vacancy says nothing about what the workplace offers: not known, not "no".
        unknown(POINTS_NEEDS, _("wat de werkplek biedt"), "vacancy")
        for condition in missing:
            match.unknowns.append(
                Unknown(
                    _("of de werkplek dit biedt: %(need)s") % {"need": condition.label}, "vacancy"
                )
            )
    else:
        add(not missing, POINTS_NEEDS, _("biedt wat de cliënt nodig heeft"), None)
        for condition in missing:
            match.misfits.append(
                _("niet zeker op deze werkplek: %(need)s") % {"need": condition.label}
            )
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
        .annotate(score=score_expression(profile), travel=_travel_rank(profile))
        .annotate(hours_fit=Case(When(_hours_fit_q(profile), then=Value(0)), default=Value(1)))
        .order_by("-score", "travel", "hours_fit", "-created_at", "-id")
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
    return sorted(
        matches,
        key=lambda m: (
            -m.score,
            _travel_rank_of(m.profile, vacancy),
            not _hours_fit(m.profile, vacancy),
            m.profile.trajectory_id,
        ),
    )


def sql_score(profile: CareerProfile, vacancy_ids: list[int]) -> dict[int, int]:
    """The database's score per vacancy (for the test that SQL and Python agree)."""
    rows = (
        Vacancy.objects.filter(pk__in=vacancy_ids)
        .annotate(needs_met=F("offers_mask").bitand(profile.needs_mask))
        .annotate(score=score_expression(profile))
        .values_list("pk", "score")
    )
    return dict(rows)
