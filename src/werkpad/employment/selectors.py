"""Reads of job development and placement: always scoped by the access policy; every page
that shows client data writes one access-log row saying what it showed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    Basis,
    Decision,
    as_client_data,
    get_for,
    may,
    may_read_contact_outcome,
    readable_texts,
    require,
    visible_to,
)
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_each, record_read
from werkpad.organisations.models import Membership, Role
from werkpad.portal.models import ConditionShared, EmployerDisclosure
from werkpad.trajectories.models import TeamMember, Trajectory

from . import matching
from .instruments import INSTRUMENT_BY_CODE, Advice, advise
from .models import (
    AppliedInstrument,
    CareerProfile,
    CheckIn,
    ContactKind,
    ContactPerson,
    Employer,
    EmployerContact,
    FollowUpContact,
    Placement,
    RegionalSharing,
    RegisterStatus,
    Signal,
    Vacancy,
    VacancyStatus,
    WorkplaceScan,
    WorkType,
)

IPS_CONTACT_NORM = 6  # IPS fidelity item 17: six face-to-face employer contacts a week
WEEKS_SHOWN = 8


def _ground(actor: Actor) -> Any:
    """The basis of a listed record's row: the own organisation's record, or another's that
    the client's consent shows (the list's scope already held the policy's check)."""
    return lambda obj: (
        Basis.OWN_ORGANISATION if obj.organisation_id == actor.organisation_id else Basis.CONSENT
    )


# --- Employers -----------------------------------------------------------------------------
def employer_list(*, actor: Actor, query: str = "", mine: bool = False) -> list[Employer]:
    """The employers the actor sees (at most 200, by name), or only the relations they hold."""
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    last_contact = (
        EmployerContact.objects.filter(employer=OuterRef("pk"))
        .order_by("-occurred_on")
        .values("occurred_on")[:1]
    )
    employers = visible_to(actor, Employer.objects.all())
    if mine:
        employers = employers.filter(coach_id=actor.user.pk if actor.user else None)
    if query.strip():
        employers = employers.filter(Q(name__icontains=query.strip()) | Q(kvk_number=query.strip()))
    return list(
        employers.select_related("holder", "coach", "gemeente")
        .annotate(last_contact_on=Subquery(last_contact))
        .order_by("name")[:200]
    )


def employer_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_EMPLOYER) -> Employer:
    require(actor, Action.VIEW_JOB_DEVELOPMENT)  # the employer's own users have their pages
    employer, _decision = get_for(
        actor,
        action,
        Employer.objects.select_related("holder", "coach", "gemeente", "region"),
        pk=pk,
    )
    return employer


@dataclass
class ContactRow:
    contact: EmployerContact
    job_seeker: str  # the name, only when the actor may see that trajectory
    outcome: str  # another organisation's outcome of a contact about a job seeker: hidden


@dataclass
class EmployerView:
    employer: Employer
    people: list[ContactPerson]
    vacancies: list[Vacancy]
    contacts: list[ContactRow]
    can_change: bool
    placements: int


def employer_view(*, actor: Actor, employer: Employer) -> EmployerView:
    """One employer with its people, open vacancies and the last contacts of everyone who
    shares it. A contact for a job seeker names them only to those who see the trajectory."""
    contacts = list(
        readable_texts(actor, visible_to(actor, EmployerContact.objects.filter(employer=employer)))
        .select_related("coach", "organisation", "trajectory__client")
        .order_by("-occurred_on", "-id")[:20]
    )
    named = [c.trajectory_id for c in contacts if c.trajectory_id]
    visible_ids = set(
        visible_to(actor, Trajectory.objects.filter(pk__in=named)).values_list("pk", flat=True)
    )
    rows = [
        ContactRow(
            c,
            c.trajectory.client.full_name
            if c.trajectory_id in visible_ids and c.trajectory
            else "",
            _contact_outcome(actor, c, visible_ids),
        )
        for c in contacts
    ]
    # A row per job seeker the page names, so each finds it in "wie keek in mijn dossier".
    record_each(
        actor,
        event="employer.contacts_read",
        objs=[c.trajectory for c in contacts if c.trajectory and c.trajectory_id in visible_ids],
        basis=_ground(actor),
    )
    vacancies = list(
        visible_to(actor, Vacancy.objects.filter(employer=employer, status=VacancyStatus.OPEN))
        .select_related("gemeente")
        .order_by("-created_at")
    )
    return EmployerView(
        employer=employer,
        people=list(employer.people.all()),
        vacancies=vacancies,
        contacts=rows,
        can_change=may(actor, Action.CHANGE_EMPLOYER, employer),
        placements=visible_to(
            actor, Placement.objects.filter(employer=employer, ended_on__isnull=True)
        ).count(),
    )


def _contact_outcome(actor: Actor, contact: EmployerContact, visible_ids: set[int]) -> str:
    return contact.outcome if may_read_contact_outcome(actor, contact, visible_ids) else ""


def job_seekers(*, actor: Actor, shown: bool = False) -> QuerySet[Trajectory]:
    """The open trajectories the actor is on: whom a contact or created job can be for.
    ``shown``: the list goes into a drop-down on a page (each name in it is a read of that
    client's record, logged with a row per client); without it, it only narrows a query."""
    on_team = TeamMember.objects.filter(
        user_id=actor.user.pk if actor.user else None,  # type: ignore[misc]
        organisation_id=actor.organisation_id,
        ended_on__isnull=True,
    ).values("trajectory_id")
    trajectories = (
        visible_to(actor, Trajectory.objects.filter(pk__in=on_team, ended_on__isnull=True))
        .select_related("client")
        .order_by("client__full_name", "id")
    )
    if shown:
        record_each(
            actor, event="trajectory.options", objs=list(trajectories), basis=_ground(actor)
        )
    return trajectories


# --- Face-to-face contacts against the IPS norm ---------------------------------------------
@dataclass
class WeekCount:
    week_start: date
    count: int

    @property
    def label(self) -> str:
        return f"{self.week_start:%G}-W{self.week_start:%V}"


@dataclass
class ContactFigures:
    weeks: list[WeekCount]
    norm: int = IPS_CONTACT_NORM
    team: list[tuple[Membership, list[WeekCount]]] = field(default_factory=list)

    @property
    def average(self) -> float:
        return sum(w.count for w in self.weeks) / len(self.weeks) if self.weeks else 0.0


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(counts: dict[date, int], first: date, n: int) -> list[WeekCount]:
    return [
        WeekCount(first + timedelta(weeks=i), counts.get(first + timedelta(weeks=i), 0))
        for i in range(n)
    ]


def contact_figures(*, actor: Actor, weeks: int = WEEKS_SHOWN) -> ContactFigures:
    """Face-to-face employer contacts per week (this week and the ones before) for the
    actor, and for a teamleider per colleague of their team: from what coaches log anyway."""
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    first = _week_start(timezone.localdate()) - timedelta(weeks=weeks - 1)
    user_ids = [actor.user.pk] if actor.user else []
    colleagues: list[Membership] = []
    if actor.role == Role.TEAMLEIDER and actor.membership and actor.membership.team_id:
        colleagues = list(
            Membership.objects.filter(team_id=actor.membership.team_id, is_active=True)
            .exclude(role__in=[Role.TEAMLEIDER, Role.FUNCTIONEEL_BEHEERDER])
            .select_related("user")
            .order_by("user__full_name")
        )
        user_ids += [m.user_id for m in colleagues]
    rows = EmployerContact.objects.filter(  # type: ignore[misc]
        coach_id__in=user_ids,
        organisation_id=actor.organisation_id,
        kind=ContactKind.FACE_TO_FACE,
        occurred_on__gte=first,
    ).values_list("coach_id", "occurred_on")
    per_user: dict[int, dict[date, int]] = {}
    for coach_id, day in rows:
        counts = per_user.setdefault(coach_id, {})
        counts[_week_start(day)] = counts.get(_week_start(day), 0) + 1
    own = _weeks(per_user.get(user_ids[0], {}) if user_ids else {}, first, weeks)
    team = [(m, _weeks(per_user.get(m.user_id, {}), first, weeks)) for m in colleagues]
    return ContactFigures(weeks=own, team=team)


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


# --- On a trajectory -----------------------------------------------------------------------
def profile_for(*, actor: Actor, trajectory: Trajectory) -> CareerProfile | None:
    profile = (
        visible_to(actor, CareerProfile.objects.filter(trajectory=trajectory))
        .select_related("home_gemeente", "updated_by")
        .prefetch_related("history")
        .first()
    )
    if profile is not None:
        record_read(
            actor,
            event="career_profile.read",
            obj=profile,
            decision=_own_or_consent(actor, profile),
        )
    return profile


def _own_or_consent(actor: Actor, record_: Any) -> Decision:
    own = record_.organisation_id == actor.organisation_id
    return Decision(True, Basis.OWN_ORGANISATION if own else Basis.CONSENT)


def matches_for_trajectory(
    *, actor: Actor, profile: CareerProfile, limit: int = 20
) -> list[matching.Match]:
    matches = matching.rank_vacancies(
        profile, visible_to(actor, Vacancy.objects.all()), limit=limit
    )
    record(
        actor,
        event="matching.vacancies",
        action=AuditAction.READ,
        obj=profile,
        basis=_own_or_consent(actor, profile).basis,
        detail={"count": len(matches)},
    )
    return matches


OPTIONS_FROM_CONTACTS = 30


def vacancy_options(
    *, actor: Actor, trajectory: Trajectory, chosen: int | None = None
) -> QuerySet[Vacancy]:
    """What a werkplekscan or placement for this job seeker can be about, as a short list:
    the one chosen (from a match or a vacancy page), the jobs created for them, their best
    matches, and the open vacancies of employers the coaches met for them. With 100,000
    vacancies a select of all of them would take seconds to build and be useless to read."""
    visible = visible_to(actor, Vacancy.objects.all())
    ids: set[int] = set(visible.filter(for_trajectory=trajectory).values_list("pk", flat=True))
    if chosen is not None:
        ids |= set(visible.filter(pk=chosen).values_list("pk", flat=True))
    profile = visible_to(actor, CareerProfile.objects.filter(trajectory=trajectory)).first()
    if profile is not None:
        ids |= {m.vacancy.pk for m in matching.rank_vacancies(profile, visible)}
    met = EmployerContact.objects.filter(trajectory=trajectory).values("employer_id")
    ids |= set(
        visible.filter(employer_id__in=met, status=VacancyStatus.OPEN).values_list("pk", flat=True)[
            :OPTIONS_FROM_CONTACTS
        ]
    )
    return (
        Vacancy.objects.filter(pk__in=ids)
        .exclude(status=VacancyStatus.CLOSED)
        .select_related("employer")
        .order_by("employer__name", "title")
    )


def scans_for(*, actor: Actor, trajectory: Trajectory) -> QuerySet[WorkplaceScan]:
    return visible_to(actor, WorkplaceScan.objects.filter(trajectory=trajectory)).select_related(
        "employer", "vacancy"
    )


def scan_get(*, actor: Actor, pk: int) -> WorkplaceScan:
    scan, decision = get_for(
        actor,
        Action.VIEW_TRAJECTORY,
        WorkplaceScan.objects.select_related(
            "employer", "vacancy", "trajectory__client", "done_by"
        ),
        pk=pk,
    )
    record_read(actor, event="workplace_scan.read", obj=scan, decision=decision)
    return scan


@dataclass
class WorkSummary:
    """What the trajectory page shows of work: the profile, placements and open signals."""

    has_profile: bool
    placements: list[Placement]
    signals: list[Signal]


def work_summary(*, actor: Actor, trajectory: Trajectory) -> WorkSummary:
    placements = list(
        visible_to(actor, Placement.objects.filter(trajectory=trajectory))
        .select_related("employer")
        .order_by("-start_on", "-id")
    )
    signals = list(
        visible_to(
            actor, Signal.objects.filter(trajectory=trajectory, resolved_at__isnull=True)
        ).select_related("placement")
    )
    has_profile = visible_to(actor, CareerProfile.objects.filter(trajectory=trajectory)).exists()
    if placements or signals:  # what the trajectory page shows of work is client data too
        record(
            actor,
            event="trajectory.work_summary",
            action=AuditAction.READ,
            obj=trajectory,
            basis=Basis.TEAM,
            detail={"placements": len(placements), "signals": len(signals)},
        )
    return WorkSummary(has_profile=has_profile, placements=placements, signals=signals)


# --- Placements ----------------------------------------------------------------------------
@dataclass
class PlacementView:
    placement: Placement
    instruments: list[AppliedInstrument]
    advice: list[Advice]
    follow_ups: list[FollowUpContact]
    checkins: list[CheckIn]
    signals: list[Signal]
    can_change: bool
    tenure_days: int
    benefit: str
    in_register: bool


def placement_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_TRAJECTORY) -> Placement:
    placement, decision = get_for(
        actor,
        action,
        Placement.objects.select_related(
            "trajectory__client", "employer", "vacancy", "scan", "coach", "organisation"
        ),
        pk=pk,
    )
    record_read(actor, event="placement.read", obj=placement, decision=decision)
    return placement


def follow_up_get(
    *, actor: Actor, pk: int, action: Action = Action.CHANGE_RECORD
) -> FollowUpContact:
    """A follow-along note to withdraw or correct: 404 outside the actor's scope, 403 for a
    note of another organisation."""
    contact, decision = get_for(
        actor,
        action,
        FollowUpContact.objects.select_related("placement__trajectory__client"),
        pk=pk,
    )
    record_read(actor, event="follow_up.read", obj=contact, decision=decision)
    return contact


def advice_for_profile(profile: CareerProfile) -> list[Advice]:
    """The instruments guide before there is a placement: by benefit and register only."""
    return advise(
        benefit=profile.benefit_status,
        in_register=profile.register_status == RegisterStatus.YES,
    )


def placement_view(*, actor: Actor, placement: Placement) -> PlacementView:
    profile = visible_to(
        actor, CareerProfile.objects.filter(trajectory_id=placement.trajectory_id)
    ).first()
    benefit = profile.benefit_status if profile else ""
    in_register = bool(profile and profile.register_status == RegisterStatus.YES)
    instruments = list(placement.instruments.all())
    for applied in instruments:  # the name to show; the code stays for a retired instrument
        known = INSTRUMENT_BY_CODE.get(applied.instrument)
        applied.label = str(known.name) if known else applied.instrument  # type: ignore[attr-defined]
    return PlacementView(
        placement=placement,
        instruments=instruments,
        advice=advise(
            benefit=benefit,
            in_register=in_register,
            hours_per_week=placement.hours_per_week,
            employer_has_sroi=placement.employer.sroi_obligation,
        ),
        follow_ups=list(
            visible_to(actor, FollowUpContact.objects.filter(placement=placement)).select_related(
                "author"
            )
        ),
        checkins=list(
            visible_to(actor, CheckIn.objects.filter(placement=placement)).order_by("-on", "-id")[
                :12
            ]
        ),
        signals=list(
            visible_to(actor, Signal.objects.filter(placement=placement)).select_related(
                "resolved_by"
            )
        ),
        can_change=may(actor, Action.CHANGE_RECORD, placement),
        tenure_days=placement.tenure_days(timezone.localdate()),
        benefit=benefit,
        in_register=in_register,
    )


def signal_get(*, actor: Actor, pk: int) -> Signal:
    signal, decision = get_for(
        actor,
        Action.VIEW_TRAJECTORY,
        Signal.objects.select_related("trajectory__client", "placement"),
        pk=pk,
    )
    record_read(actor, event="signal.read", obj=signal, decision=decision)
    return signal


# --- The employer's own pages --------------------------------------------------------------
@dataclass
class EmployerPlacement:
    """What an employer sees of a placement: the worker's name and the job, and exactly what
    the worker chose in the portal to let their employer see (the newest choice, in force at
    once): ``health`` is "niets", "dat" or "wat" (ConditionShared), ``health_text`` the
    worker's own words when "wat", ``needs_text`` what they need at work when shared. Never
    the worker's private worksheet."""

    pk: int
    worker_name: str
    job_title: str
    start_on: date
    hours_per_week: Any
    ended_on: date | None
    instruments: list[tuple[str, date, date | None]]
    coach_name: str
    # How the employer reaches the coach: what the coach set for employers, never their work
    # e-mail address (its domain would name the care provider). Empty when not set.
    coach_phone: str = ""
    coach_email: str = ""
    health: str = "niets"
    health_text: str = ""
    needs_text: str = ""


@dataclass(frozen=True)
class CoachContact:
    """A coach as an employer sees them: a name and the way to reach them the coach set for
    employers. No organisation, no work e-mail address."""

    name: str
    phone: str = ""
    email: str = ""


def coach_contacts(pairs: set[tuple[int, int]]) -> dict[tuple[int, int], CoachContact]:
    """The employer contact details per (coach user id, organisation id), in one query."""
    if not pairs:
        return {}
    q = Q()
    for user_id, organisation_id in pairs:
        q |= Q(user_id=user_id, organisation_id=organisation_id)
    found: dict[tuple[int, int], CoachContact] = {}
    rows = Membership.objects.filter(q, is_active=True).select_related("user")
    for m in rows.order_by("-employer_phone", "-employer_email", "pk"):
        key = (m.user_id, m.organisation_id)
        if key not in found:
            found[key] = CoachContact(m.user.full_name, m.employer_phone, m.employer_email)
    return found


@dataclass
class EmployerPortal:
    employer: Employer | None
    coach: CoachContact | None
    vacancies: list[Vacancy]
    placements: list[EmployerPlacement]
    follow_ups: list[tuple[FollowUpContact, str]]
    instruments: list[Any]


def _narrow(
    placement: Placement,
    shared: EmployerDisclosure | None = None,
    contact: CoachContact | None = None,
) -> EmployerPlacement:
    """``shared`` is the worker's choice in force (read through the policy). A placement that
    has ended shows nothing of it: the choice is for the worker's employer, not a former one."""
    if placement.ended_on is not None:
        shared = None
    health = shared.condition if shared is not None else ConditionShared.NOTHING
    return EmployerPlacement(
        health=health,
        health_text=shared.condition_text if shared and health == ConditionShared.WHAT else "",
        needs_text=shared.needs_text if shared and shared.share_needs else "",
        pk=placement.pk,
        worker_name=placement.trajectory.client.full_name,
        job_title=placement.job_title,
        start_on=placement.start_on,
        hours_per_week=placement.hours_per_week,
        ended_on=placement.ended_on,
        instruments=[
            (str(INSTRUMENT_BY_CODE[i.instrument].name), i.starts_on, i.ends_on)
            for i in placement.instruments.all()
            if i.instrument in INSTRUMENT_BY_CODE
        ],
        coach_name=placement.coach.full_name,
        coach_phone=contact.phone if contact else "",
        coach_email=contact.email if contact else "",
    )


def _employer_placements(actor: Actor) -> QuerySet[Placement]:
    # The id of each worker's newest disclosure choice, in the same query; the rows are read
    # through the policy in one more query (``_shared_choices``), however many placements.
    newest = EmployerDisclosure.objects.filter(
        client_id=OuterRef("trajectory__client_id"), employer_id=OuterRef("employer_id")
    ).order_by("-created_at", "-id")
    return (
        visible_to(actor, Placement.objects.all())
        .select_related("trajectory__client", "coach")
        .prefetch_related(Prefetch("instruments", queryset=AppliedInstrument.objects.all()))
        .annotate(shared_choice_id=Subquery(newest.values("pk")[:1]))
        .order_by("ended_on", "-start_on", "-id")
    )


def _shared_choices(actor: Actor, placements: list[Placement]) -> dict[int, EmployerDisclosure]:
    """The choices in force of the workers of running placements, as far as the policy lets
    the actor see them, by id."""
    ids = {
        p.shared_choice_id  # type: ignore[attr-defined]
        for p in placements
        if p.shared_choice_id is not None and p.ended_on is None  # type: ignore[attr-defined]
    }
    if not ids:
        return {}
    choices = visible_to(actor, EmployerDisclosure.objects.filter(pk__in=ids)).select_related(
        "client"
    )
    return {d.pk: d for d in choices}


def _narrowed(actor: Actor, placements: list[Placement]) -> list[EmployerPlacement]:
    shared = _shared_choices(actor, placements)
    # A row per worker, so each finds the employer's read in "who saw my file" (one lock and
    # one insert for them all).
    record_each(
        actor,
        event="employer_portal.disclosure.read",
        action=AuditAction.READ,
        objs=[shared[pk] for pk in sorted(shared)],
        basis=Basis.OWN_ORGANISATION,
    )
    contacts = coach_contacts({(p.coach_id, p.organisation_id) for p in placements})
    return [
        _narrow(
            p,
            shared.get(p.shared_choice_id),  # type: ignore[attr-defined]
            contacts.get((p.coach_id, p.organisation_id)),
        )
        for p in placements
    ]


def employer_portal(*, actor: Actor) -> EmployerPortal:
    require(actor, Action.EMPLOYER_PAGES)
    employer = visible_to(actor, Employer.objects.all()).select_related("coach", "holder").first()
    shown = list(_employer_placements(actor))
    placements = _narrowed(actor, shown)
    notes = list(
        visible_to(actor, FollowUpContact.objects.all())
        .select_related("placement__trajectory__client")
        .order_by("-occurred_on", "-id")[:20]
    )
    follow_ups = [(f, f.placement.trajectory.client.full_name) for f in notes]
    codes = {code for p in placements for code in [i[0] for i in p.instruments]}
    instruments = [i for i in INSTRUMENT_BY_CODE.values() if str(i.name) in codes]
    # A row per worker's placement and per follow-along note the page names: each worker
    # finds the employer's read in "wie keek in mijn dossier" (one lock, one insert).
    record_each(
        actor,
        event="employer_portal.read",
        objs=[*shown, *notes],
        basis=Basis.OWN_ORGANISATION,
    )
    coach = None
    if employer is not None and employer.coach_id is not None:
        key = (employer.coach_id, employer.holder_id)
        coach = coach_contacts({key}).get(key) or CoachContact(employer.coach.full_name)
    return EmployerPortal(
        employer=employer,
        coach=coach,
        vacancies=list(
            visible_to(actor, Vacancy.objects.all())
            .select_related("gemeente")
            .order_by("status", "-created_at")
        ),
        placements=placements,
        follow_ups=follow_ups,
        instruments=instruments,
    )


def employer_placement(*, actor: Actor, pk: int) -> EmployerPlacement:
    require(actor, Action.EMPLOYER_PAGES)
    placement, decision = get_for(
        actor, Action.VIEW_AS_EMPLOYER, _employer_placements(actor), pk=pk
    )
    record_read(actor, event="employer_portal.placement", obj=placement, decision=decision)
    shared = _shared_choices(actor, [placement]).get(placement.shared_choice_id)  # type: ignore[attr-defined]
    if shared is not None:
        record_read(actor, event="employer_portal.disclosure.read", obj=shared, decision=decision)
    key = (placement.coach_id, placement.organisation_id)
    return _narrow(placement, shared, coach_contacts({key}).get(key))


# --- The worker's own check-in -------------------------------------------------------------
def my_running_placements(*, actor: Actor) -> list[Placement]:
    require(actor, Action.WORKER_CHECKIN)
    return list(
        visible_to(actor, Placement.objects.filter(ended_on__isnull=True)).select_related(
            "employer", "trajectory__client"
        )
    )


# --- Quarterly IPS figures (Phrenos kwartaalcijfers) ----------------------------------------
@dataclass
class QuarterFigures:
    start: date
    end: date
    served: int
    competitive: int
    new_starts: int
    face_to_face: int
    coaches: int

    @property
    def rate(self) -> float:
        return 100 * self.competitive / self.served if self.served else 0.0

    @property
    def label(self) -> str:
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"


def quarter_of(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    next_start = date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    return start, next_start - timedelta(days=1)


def ips_quarter_figures(*, actor: Actor, day: date | None = None) -> QuarterFigures:
    """The organisation's IPS figures for the quarter of ``day``, from what coaches record
    anyway (no second registration): clients served, how many worked in a competitive job,
    new job starts, face-to-face employer contacts. Counts only, no client data."""
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    start, end = quarter_of(day or timezone.localdate())
    served_q = Trajectory.objects.filter(  # type: ignore[misc]
        organisation_id=actor.organisation_id, type="ips", started_on__lte=end
    ).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=start))
    competitive = Placement.objects.filter(
        trajectory__in=served_q,
        work_type=WorkType.COMPETITIVE,
        start_on__lte=end,
    ).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=start))
    contacts = EmployerContact.objects.filter(  # type: ignore[misc]
        organisation_id=actor.organisation_id,
        kind=ContactKind.FACE_TO_FACE,
        occurred_on__range=(start, end),
    )
    totals = contacts.aggregate(n=Count("id"), coaches=Count("coach", distinct=True))
    return QuarterFigures(
        start=start,
        end=end,
        served=served_q.count(),
        competitive=competitive.values("trajectory").distinct().count(),
        new_starts=Placement.objects.filter(
            trajectory__in=served_q, work_type=WorkType.COMPETITIVE, start_on__range=(start, end)
        ).count(),
        face_to_face=totals["n"],
        coaches=totals["coaches"],
    )


@dataclass
class SharingView:
    regions: list[Any]
    shared: set[int]
    partners: dict[int, list[str]]  # region -> the other organisations sharing there


def sharing_view(*, actor: Actor) -> SharingView:
    from werkpad.organisations.models import Organisation

    require(actor, Action.MANAGE_EMPLOYER_SHARING)
    organisation = Organisation.objects.get(pk=actor.organisation_id)  # type: ignore[misc]
    regions = list(organisation.regions.order_by("code"))
    rows = (
        RegionalSharing.objects.filter(region__in=regions)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    shared: set[int] = set()
    partners: dict[int, list[str]] = {}
    for row in rows:
        if row.organisation_id == organisation.pk:
            shared.add(row.region_id)
        else:
            partners.setdefault(row.region_id, []).append(row.organisation.name)
    return SharingView(regions=regions, shared=shared, partners=partners)


def timeline_entries(*, actor: Actor, trajectory: Trajectory) -> tuple[list[Any], list[Any]]:
    """The trajectory timeline's work entries: placements (start and end), employer contacts
    for this job seeker, werkplekscans and follow-along contacts, as far as the actor may see
    them. Returns the entries and the records shown (for the access log)."""
    from django.utils.translation import gettext as _

    from werkpad.trajectories.selectors import TimelineEntry

    entries: list[TimelineEntry] = []
    shown: list[Any] = []
    category = _("werk")
    placements = list(
        visible_to(actor, Placement.objects.filter(trajectory=trajectory)).select_related(
            "employer", "organisation", "coach"
        )
    )
    for p in placements:
        shown.append(p)
        entries.append(
            TimelineEntry(
                p.start_on,
                "werk",
                _("Aan het werk: %(job)s bij %(employer)s")
                % {"job": p.job_title, "employer": p.employer.name},
                text=p.get_work_type_display(),
                category=category,
                organisation=p.organisation.name,
                author=p.coach.full_name,
                success=True,
                sort_key=(p.start_on, 4, p.pk),
            )
        )
        if p.ended_on:
            entries.append(
                TimelineEntry(
                    p.ended_on,
                    "werk",
                    _("Werk gestopt: %(reason)s") % {"reason": p.get_end_reason_display()},
                    text=p.learned,
                    category=category,
                    organisation=p.organisation.name,
                    sort_key=(p.ended_on, 4, p.pk),
                )
            )
    contacts = as_client_data(
        actor, visible_to(actor, EmployerContact.objects.filter(trajectory=trajectory))
    ).select_related("employer", "organisation", "coach")
    for c in contacts:
        shown.append(c)
        entries.append(
            TimelineEntry(
                c.occurred_on,
                "werk",
                _("Werkgeverscontact (%(kind)s): %(employer)s")
                % {"kind": c.get_kind_display(), "employer": c.employer.name},
                text=c.outcome,
                category=category,
                organisation=c.organisation.name,
                author=c.coach.full_name,
                sort_key=(c.occurred_on, 5, c.pk),
            )
        )
    for scan in scans_for(actor=actor, trajectory=trajectory).select_related(
        "organisation", "done_by"
    ):
        shown.append(scan)
        entries.append(
            TimelineEntry(
                scan.done_on,
                "werk",
                _("Werkplekscan: %(employer)s") % {"employer": scan.employer.name},
                text=_("Alle lichten op groen.") if scan.all_green else "",
                category=category,
                organisation=scan.organisation.name,
                author=scan.done_by.full_name,
                sort_key=(scan.done_on, 6, scan.pk),
            )
        )
    follow_ups = visible_to(
        actor, FollowUpContact.objects.filter(placement__trajectory=trajectory)
    ).select_related("organisation", "author")
    for f in follow_ups:
        shown.append(f)
        entries.append(
            TimelineEntry(
                f.occurred_on,
                "werk",
                _("Nazorg (%(whom)s)") % {"whom": f.get_with_whom_display()},
                text=f.note,
                category=category,
                organisation=f.organisation.name,
                author=f.author.full_name,
                sort_key=(f.occurred_on, 7, f.pk),
            )
        )
    return entries, shown
