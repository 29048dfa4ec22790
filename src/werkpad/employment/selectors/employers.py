"""Employers: the list, one employer's page with its logged contacts, job seekers to pick from, and
the regions whose employers an organisation shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import OuterRef, Q, QuerySet, Subquery

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    get_for,
    may,
    may_read_contact_outcome,
    readable_texts,
    require,
    visible_to,
)
from werkpad.audit.recorder import record_each
from werkpad.trajectories.models import TeamMember, Trajectory

from ..models import (
    ContactPerson,
    Employer,
    EmployerContact,
    Placement,
    RegionalSharing,
    Vacancy,
    VacancyStatus,
)
from ._shared import _ground


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


# --- Sharing employers per region ---------------------------------------------------------
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
