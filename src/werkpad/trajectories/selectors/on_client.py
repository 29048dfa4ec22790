"""What a client record shows of the trajectory context: the intakes and trajectories the
actor may read, and the latest intake to prefill a form."""

from __future__ import annotations

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, decide, visible_to
from werkpad.audit.recorder import record_read
from werkpad.clients.models import Client

from ..models import Intake, Trajectory
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
