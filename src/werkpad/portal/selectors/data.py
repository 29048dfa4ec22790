"""Reads of the data part of the portal (issue 5, part C): the client's own record, what
happens to my income, my data and my requests; and the functioneel beheerder's list of
requests. Every read is scoped by the access policy and written to the access log (one row
per page). My consents are in ``consents``, who saw my file in ``access_log``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Case, When
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    Basis,
    get_for,
    require,
    team_members_who_would_read,
    visible_to,
)
from werkpad.access.roles import Role
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_each, record_read
from werkpad.clients.models import Client, DataCategory
from werkpad.portal import income
from werkpad.portal.models import DataRequest, RequestStatus
from werkpad.trajectories.models import Intake, TeamMember, Trajectory

from ._shared import SELF


# --- The client ----------------------------------------------------------------------------
def own_client(*, actor: Actor) -> Client:
    """The logged-in client's own record: 403 for anyone who is not a client (the portal's
    page rule), 404 for a client user without a record."""
    require(actor, Action.PORTAL)
    client = (
        visible_to(actor, Client.objects.select_related("organisation", "gemeente"))
        .order_by("pk")
        .first()
    )
    if client is None:
        raise Http404
    return client


# --- What happens to my income ---------------------------------------------------------------
@dataclass
class IncomeView:
    client: Client
    chosen: str  # a benefit code of income.BENEFITS, or "" when none is chosen
    own: str  # the benefit the client's file records ("" when unknown or none)
    own_source: str  # where ``own`` comes from, in plain words
    benefit: income.Benefit | None
    rules: tuple[income.IncomeRule, ...]
    route: QuestionRoute
    checked_on: date = income.RULES_CHECKED_ON
    general: tuple[Any, ...] = income.GENERAL_ADVICE


def _recorded_benefit(actor: Actor, client: Client) -> tuple[str, str]:
    """The benefit in the client's own file (the newest of their career profile and their
    intakes, as far as they may see them), and where it comes from."""
    from werkpad.employment.models import CareerProfile

    profile = (
        visible_to(actor, CareerProfile.objects.filter(trajectory__client=client))
        .exclude(benefit_status="")
        .order_by("-updated_at", "-id")
        .only("benefit_status", "updated_at")
        .first()
    )
    intake = (
        visible_to(actor, Intake.objects.filter(client=client))
        .order_by("-held_on", "-id")
        .only("benefit_status", "held_on")
        .first()
    )
    candidates: list[tuple[date, str, str]] = []
    if profile is not None:
        candidates.append(
            (
                timezone.localdate(profile.updated_at),
                profile.benefit_status,
                str(_("je dossier (bij je werkwensen)")),
            )
        )
    if intake is not None:
        candidates.append((intake.held_on, intake.benefit_status, str(_("je intakegesprek"))))
    if not candidates:
        return "", ""
    _day, code, source = max(candidates, key=lambda c: c[0])
    return code, source


def income_view(*, actor: Actor, benefit: str = "") -> IncomeView:
    """The income explanation for ``benefit`` (already validated by the form), or else for
    the benefit the client's file records. The read is logged."""
    client = own_client(actor=actor)
    own, own_source = _recorded_benefit(actor, client)
    chosen = benefit or (own if own in income.BENEFITS else "")
    record_read(
        actor, event="portal.income.read", obj=client, decision=SELF, benefit=chosen, recorded=own
    )
    return IncomeView(
        client=client,
        chosen=chosen,
        own=own,
        own_source=own_source,
        benefit=income.BENEFIT_INFO.get(chosen),
        rules=income.rules_for(chosen),
        route=income_question_route(actor=actor, client=client, benefit=chosen),
    )


# --- Who a question about income goes to ---------------------------------------------------
# At the organisation that decides on a benefit (UWV for WW, WIA, Wajong and Ziektewet, the
# gemeente for bijstand), the roles that know it: the klantmanager and the arbeidsdeskundige.
HANDLER_ROLES = (Role.KLANTMANAGER, Role.ARBEIDSDESKUNDIGE)
# Otherwise the people who coach the client towards work.
COACH_ROLES = (Role.IPS_TRAJECTBEGELEIDER, Role.JOBCOACH, Role.REINTEGRATIECOACH)


@dataclass(frozen=True)
class QuestionRoute:
    """Where a question about ``benefit`` goes, as the policy decides it now.

    ``to`` is who gets it; ``to_handler`` says ``to`` works for the organisation that decides
    on the benefit. ``blocked`` is that organisation's member on the team whom the client's
    consent does not let read it: the page then asks the client to give that consent, or to
    send it to ``fallback``, the first other team member who may read it."""

    trajectory: Trajectory | None
    to: TeamMember | None = None
    to_handler: bool = False
    blocked: TeamMember | None = None
    fallback: TeamMember | None = None
    handler_type: str = ""  # the OrganisationType that decides on the benefit


def running_trajectory(actor: Actor, client: Client) -> Trajectory | None:
    return (
        visible_to(actor, Trajectory.objects.filter(client=client, ended_on__isnull=True))
        .select_related("organisation")
        .order_by("-started_on", "-id")
        .first()
    )


def _question_candidates(
    trajectory: Trajectory, handler_type: str
) -> tuple[list[TeamMember], list[TeamMember]]:
    """The team members of the deciding organisation who know the benefit, and then the
    others who may answer, best first: a klantmanager, the key person, a coach; members of
    the organisation that runs the trajectory first."""
    members = list(
        TeamMember.objects.filter(
            trajectory=trajectory, ended_on__isnull=True, user__is_active=True
        ).select_related("user", "organisation")
    )
    members.sort(key=lambda m: (m.organisation_id != trajectory.organisation_id, m.started_on))
    handlers = [
        m for m in members if m.organisation.type == handler_type and m.role in HANDLER_ROLES
    ]
    others = [m for m in members if m not in handlers]
    klantmanagers = [m for m in others if m.role == Role.KLANTMANAGER]
    key_persons = [m for m in others if m.is_key_person and m.role != Role.KLANTMANAGER]
    coaches = [m for m in others if m.role in COACH_ROLES and not m.is_key_person]
    return handlers, klantmanagers + key_persons + coaches


def income_question_route(*, actor: Actor, client: Client, benefit: str) -> QuestionRoute:
    """Who a question about ``benefit`` (or about income in general, "") would reach. The
    conversation is recorded for the trajectory's organisation in the re-integration
    category, so a member of another organisation reads it only with the client's consent
    for that category (``team_members_who_would_read``)."""
    require(actor, Action.PORTAL)
    trajectory = running_trajectory(actor, client)
    if trajectory is None:
        return QuestionRoute(trajectory=None)
    info = income.BENEFIT_INFO.get(benefit)
    handler_type = info.handled_by if info is not None else ""
    handlers, others = _question_candidates(trajectory, handler_type)
    readers = set(
        team_members_who_would_read(
            trajectory, DataCategory.REINTEGRATIE, trajectory.organisation_id
        ).values_list("pk", flat=True)
    )
    reading_handler = next((m for m in handlers if m.pk in readers), None)
    fallback = next((m for m in others if m.pk in readers), None)
    if reading_handler is not None:
        return QuestionRoute(trajectory, reading_handler, True, handler_type=handler_type)
    blocked = handlers[0] if handlers else None
    return QuestionRoute(
        trajectory,
        to=None if blocked is not None else fallback,
        blocked=blocked,
        fallback=fallback,
        handler_type=handler_type,
    )


# --- My data and my requests ---------------------------------------------------------------
@dataclass
class MyDataView:
    client: Client
    requests: list[DataRequest]


def my_data_view(*, actor: Actor) -> MyDataView:
    client = own_client(actor=actor)
    requests = list(
        visible_to(actor, DataRequest.objects.filter(client=client)).order_by("-created_at", "-id")
    )
    record_read(
        actor, event="portal.data_request.list", obj=client, decision=SELF, count=len(requests)
    )
    return MyDataView(client=client, requests=requests)


@dataclass
class RequestRow:
    request: DataRequest
    overdue: bool
    days_left: int


def data_requests_for_admin(*, actor: Actor) -> list[RequestRow]:
    """The organisation's correction and erasure requests for its functioneel beheerder:
    open ones first, by due date."""
    require(actor, Action.HANDLE_DATA_REQUESTS)
    today = timezone.localdate()
    requests = list(
        visible_to(actor, DataRequest.objects.all())
        .select_related("client", "handled_by")
        # Open ones first (the status codes do not sort that way), then by deadline.
        .order_by(Case(When(status=RequestStatus.OPEN, then=0), default=1), "due_on", "id")[:500]
    )
    # A row per request: each names its client, who finds it in "who saw my file".
    record_each(
        actor,
        event="portal.data_request.list",
        action=AuditAction.READ,
        objs=list(requests),
        basis=Basis.ROLE,
    )
    return [
        RequestRow(
            request=r,
            overdue=r.status == RequestStatus.OPEN and r.due_on < today,
            days_left=(r.due_on - today).days,
        )
        for r in requests
    ]


def data_request_get(*, actor: Actor, pk: int) -> DataRequest:
    """One request for the functioneel beheerder who handles it: 404 outside their
    organisation, 403 for anyone there without the right. The read is logged."""
    request, decision = get_for(
        actor,
        Action.HANDLE_DATA_REQUESTS,
        DataRequest.objects.select_related("client", "organisation", "handled_by"),
        pk=pk,
    )
    record(
        actor,
        event="portal.data_request.read",
        action=AuditAction.READ,
        obj=request,
        basis=decision.basis,
    )
    return request
