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
from werkpad.access.policy import Action, Basis, get_for, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_each, record_read
from werkpad.clients.models import Client
from werkpad.portal import income
from werkpad.portal.models import DataRequest, RequestStatus
from werkpad.trajectories.models import Intake

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
                str(_("je werkwensen en je cv")),
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
