"""What a client record shows of the trajectory context: the intakes and trajectories the
actor may read, and the latest intake to prefill a form; and what the trajectories add to
the clients context through ``clients.contributions`` (registered in
``TrajectoriesConfig.ready``): the client page's sections, whether an organisation runs a
trajectory of the client, and the care teams a consent can be for."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, decide, visible_to
from werkpad.audit.recorder import record_read
from werkpad.clients.contributions import ClientSection
from werkpad.clients.models import Client
from werkpad.organisations.models import Organisation

from ..models import Intake, TeamMember, Trajectory
from ._shared import _log_list


def intakes_for(*, actor: Actor, client: Client) -> list[Intake]:
    intakes = list(
        visible_to(actor, Intake.objects.filter(client=client)).select_related(
            "recorded_by", "organisation", "referral__to_organisation"
        )
    )
    _log_list(actor, "intake.list", client, intakes)
    return intakes


def latest_intake(*, actor: Actor, client: Client) -> Intake | None:
    """The newest intake the actor may read (their own organisation's, or another's under
    consent for work and basic data), for prefilling a form; the read is logged, since
    what it prefills is shown on the page."""
    intake = (
        visible_to(actor, Intake.objects.filter(client=client)).order_by("-held_on", "-id").first()
    )
    if intake is not None:
        record_read(
            actor,
            event="intake.prefill",
            obj=intake,
            decision=decide(actor, Action.VIEW_CLIENT, intake),
        )
    return intake


def trajectories_for(*, actor: Actor, client: Client) -> list[Trajectory]:
    trajectories = list(
        visible_to(actor, Trajectory.objects.filter(client=client)).select_related("organisation")
    )
    _log_list(actor, "trajectory.list", client, trajectories)
    return trajectories


def client_sections(*, actor: Actor, client: Client) -> list[ClientSection]:
    """The client page's trajectories and intakes (each read logged by its selector)."""
    return [
        ClientSection(
            template="trajectories/on_client/trajectories.html",
            order=10,
            data={"trajectories": trajectories_for(actor=actor, client=client)},
        ),
        ClientSection(
            template="trajectories/on_client/intakes.html",
            order=20,
            data={"intakes": intakes_for(actor=actor, client=client)},
        ),
    ]


def runs_a_trajectory(*, client: Client, organisation: Organisation) -> bool:
    """Whether ``organisation`` runs a trajectory of the client (one that has ended too)."""
    return Trajectory.objects.filter(client=client, organisation=organisation).exists()


def care_teams_for_consent(*, actor: Actor, client: Client) -> QuerySet[Any]:
    """The client's running trajectories the actor sees, with their teams, for a consent for
    one care team (the page that shows them logs the client's consents as read)."""
    members = TeamMember.objects.filter(ended_on__isnull=True).select_related(
        "user", "organisation"
    )
    return (
        visible_to(actor, Trajectory.objects.filter(client=client, ended_on__isnull=True))
        .select_related("organisation")
        .prefetch_related(Prefetch("team", queryset=members))
        .order_by("started_on", "id")
    )
