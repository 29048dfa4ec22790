"""The employer's own pages: only what the worker chose to share with that employer, and a way to
reach the coach that does not reveal the care provider. What the worker chose is the portal's:
it adds it through ``employment.contributions`` (an employer placement part)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Case, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    Basis,
    get_for,
    require,
    visible_to,
)
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_each, record_read
from werkpad.organisations.models import Membership

from ..contributions import EmployerPlacementPart, employer_placement_parts
from ..instruments import INSTRUMENT_BY_CODE
from ..models import (
    AppliedInstrument,
    Employer,
    FollowUpContact,
    InstrumentStatus,
    Placement,
    Vacancy,
    VacancyStatus,
)


# --- The employer's own pages --------------------------------------------------------------
@dataclass
class EmployerPlacement:
    """What an employer sees of a placement: the worker's name and the job, and exactly what
    the worker chose in the portal to let their employer see (the newest choice, in force at
    once; filled by the portal's employer placement part): ``health`` is "niets", "dat" or
    "wat", ``health_text`` the worker's own words when "wat", ``needs_text`` what they need
    at work when shared. Never the worker's private worksheet."""

    pk: int
    worker_name: str
    job_title: str
    start_on: date
    hours_per_week: Any
    ended_on: date | None
    instruments: list[tuple[str, date, date | None, str]]  # name, from, to, status if not granted
    coach_name: str
    # How the employer reaches the coach: what the coach set for employers, never their work
    # e-mail address (its domain would name the care provider). Empty when not set.
    coach_phone: str = ""
    coach_email: str = ""
    health: str = "niets"
    health_text: str = ""
    needs_text: str = ""

    @property
    def has_started(self) -> bool:
        """Started today or before: "sinds …"; a job agreed ahead reads "begint op …"."""
        return self.start_on <= timezone.localdate()


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
    shared: dict[EmployerPlacementPart, Any],
    contact: CoachContact | None = None,
) -> EmployerPlacement:
    """``shared`` holds, per part, the record in force for this placement (read through the
    policy). A placement that has ended shows nothing of it: the choice is for the worker's
    employer, not a former one."""
    fields: dict[str, Any] = {}
    for part in employer_placement_parts():
        record = shared.get(part) if placement.ended_on is None else None
        fields.update(part.fields(record))
    return EmployerPlacement(
        **fields,
        pk=placement.pk,
        worker_name=placement.trajectory.client.full_name,
        job_title=placement.job_title,
        start_on=placement.start_on,
        hours_per_week=placement.hours_per_week,
        ended_on=placement.ended_on,
        instruments=[
            (
                str(INSTRUMENT_BY_CODE[i.instrument].name),
                i.starts_on,
                i.ends_on,
                # Requested or refused says so; granted is the plain case.
                "" if i.status == InstrumentStatus.GRANTED else i.get_status_display(),
            )
            for i in placement.instruments.all()
            if i.instrument in INSTRUMENT_BY_CODE
        ],
        coach_name=placement.coach.full_name,
        coach_phone=contact.phone if contact else "",
        coach_email=contact.email if contact else "",
    )


def _employer_placements(actor: Actor) -> QuerySet[Placement]:
    # Each part adds what it needs to this one query (the portal: the id of each worker's
    # newest disclosure choice); its records are read in one more query per part
    # (``_part_records``), however many placements.
    placements = (
        visible_to(actor, Placement.objects.all())
        .select_related("trajectory__client", "coach")
        .prefetch_related(Prefetch("instruments", queryset=AppliedInstrument.objects.all()))
    )
    for part in employer_placement_parts():
        placements = part.annotate(placements)
    return placements.order_by("ended_on", "-start_on", "-id")


def _part_records(
    actor: Actor, placements: list[Placement]
) -> dict[EmployerPlacementPart, dict[int, Any]]:
    """Per part, the records in force for the running placements, as far as the policy lets
    the actor see them, by placement id."""
    running = [p for p in placements if p.ended_on is None]
    return {
        part: part.records(actor, running) if running else {} for part in employer_placement_parts()
    }


def _shown(records: dict[int, Any]) -> list[Any]:
    """The distinct records of one part, in id order (two placements of one worker at one
    employer show the same choice: it is logged once)."""
    return [record for _pk, record in sorted({r.pk: r for r in records.values()}.items())]


def _narrowed(actor: Actor, placements: list[Placement]) -> list[EmployerPlacement]:
    records = _part_records(actor, placements)
    # A row per worker, so each finds the employer's read in "who saw my file" (one lock and
    # one insert for them all).
    for part, found in records.items():
        record_each(
            actor,
            event=part.read_event,
            action=AuditAction.READ,
            objs=_shown(found),
            basis=Basis.OWN_ORGANISATION,
        )
    contacts = coach_contacts({(p.coach_id, p.organisation_id) for p in placements})
    return [
        _narrow(
            p,
            {part: found.get(p.pk) for part, found in records.items()},
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
    shared: dict[EmployerPlacementPart, Any] = {}
    for part, found in _part_records(actor, [placement]).items():
        shared[part] = found.get(placement.pk)
        if shared[part] is not None:
            record_read(actor, event=part.read_event, obj=shared[part], decision=decision)
    key = (placement.coach_id, placement.organisation_id)
    return _narrow(placement, shared, coach_contacts({key}).get(key))


# --- The employer's own vacancies ----------------------------------------------------------
def employer_vacancies(*, actor: Actor) -> list[Vacancy]:
    """The employer's vacancies, open ones first, then newest first; one query however many.
    No client is named (a job created for one person shows only as a job)."""
    require(actor, Action.EMPLOYER_PAGES)
    open_first = Case(When(status=VacancyStatus.OPEN, then=Value(0)), default=Value(1))
    return list(
        visible_to(actor, Vacancy.objects.all())
        .select_related("gemeente")
        .order_by(open_first, "-created_at", "-id")
    )


def employer_vacancy_get(
    *, actor: Actor, pk: int, action: Action = Action.CHANGE_VACANCY
) -> Vacancy:
    """One of the employer's own vacancies: another employer's is a 404 (outside the scope),
    and the policy decides whether this actor may change it (else 403)."""
    require(actor, Action.EMPLOYER_PAGES)
    vacancy, _decision = get_for(
        actor, action, Vacancy.objects.select_related("gemeente", "employer"), pk=pk
    )
    return vacancy
