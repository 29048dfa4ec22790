"""The early-warning signals that need the professional, on their home page (issue 13,
item 1): open signals from follow-along on trajectories whose care team they are on, with the
client and the reason. Registered as a home card in ``EmploymentConfig.ready``; one query
whatever the number, and one access-log row per client named."""

from __future__ import annotations

from typing import Any

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, may, visible_to
from werkpad.accounts.home import HomeCard
from werkpad.audit.recorder import record_each
from werkpad.core.first import first_and_rest
from werkpad.trajectories.models import TeamMember

from ..models import Signal

SHOWN = 8


def open_signals(*, actor: Actor) -> tuple[list[Signal], int]:
    """The open signals on the actor's own trajectories (team places), oldest first."""
    mine = TeamMember.objects.filter(
        user_id=actor.user.pk,  # type: ignore[union-attr]
        organisation_id=actor.organisation_id,  # type: ignore[misc]
        ended_on__isnull=True,
    ).values("trajectory_id")
    signals = visible_to(
        actor, Signal.objects.filter(resolved_at__isnull=True, trajectory_id__in=mine)
    )
    shown, more = first_and_rest(
        signals.select_related("trajectory__client").order_by("raised_at", "id"), SHOWN
    )
    record_each(actor, event="home.signals", objs=shown, basis=Basis.TEAM)
    return shown, more


def home_cards(actor: Actor) -> list[HomeCard]:
    if not (actor.is_professional and may(actor, Action.VIEW_CASELOAD)):
        return []
    shown, more = open_signals(actor=actor)
    if not shown:
        return []
    data: dict[str, Any] = {"signals": shown, "more": more}
    return [HomeCard(template="employment/home/signals_card.html", order=2, data=data)]
