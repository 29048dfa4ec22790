"""The early-warning signals that need the professional, on their home page (issue 13,
item 1): open signals from follow-along on trajectories whose care team they are on, with the
client and the reason. Registered as a home card in ``EmploymentConfig.ready``; one query
whatever the number, and one access-log row per client named."""

from __future__ import annotations

from typing import Any

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, instruments_decided_by, may, visible_to
from werkpad.accounts.home import HomeCard
from werkpad.audit.recorder import record_each
from werkpad.core.first import first_and_rest
from werkpad.trajectories.models import TeamMember

from ..instruments import INSTRUMENT_BY_CODE
from ..models import AppliedInstrument, InstrumentStatus, Signal

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


def _my_trajectories(actor: Actor) -> Any:
    return TeamMember.objects.filter(
        user_id=actor.user.pk,  # type: ignore[union-attr]
        organisation_id=actor.organisation_id,  # type: ignore[misc]
        ended_on__isnull=True,
    ).values("trajectory_id")


def instruments_to_decide(*, actor: Actor) -> tuple[list[AppliedInstrument], int]:
    """Instruments requested on running placements of the actor's trajectories that the
    actor's organisation decides on (the gemeente's klantmanager: loonkostensubsidie and
    proefplaatsing; UWV's arbeidsdeskundige: its own), oldest start first. One query."""
    codes = instruments_decided_by(actor)
    if not codes:
        return [], 0
    requested = visible_to(
        actor,
        AppliedInstrument.objects.filter(
            status=InstrumentStatus.REQUESTED,
            instrument__in=codes,
            placement__ended_on__isnull=True,
            placement__trajectory_id__in=_my_trajectories(actor),
        ),
    )
    shown, more = first_and_rest(
        requested.select_related("placement__trajectory__client", "placement__employer").order_by(
            "starts_on", "id"
        ),
        SHOWN,
    )
    for applied in shown:
        known = INSTRUMENT_BY_CODE.get(applied.instrument)
        applied.label = str(known.name) if known else applied.instrument  # type: ignore[attr-defined]
    record_each(
        actor, event="home.instruments", objs=[a.placement for a in shown], basis=Basis.TEAM
    )
    return shown, more


def home_cards(actor: Actor) -> list[HomeCard]:
    if not (actor.is_professional and may(actor, Action.VIEW_CASELOAD)):
        return []
    cards = []
    shown, more = open_signals(actor=actor)
    if shown:
        data: dict[str, Any] = {"signals": shown, "more": more}
        cards.append(HomeCard(template="employment/home/signals_card.html", order=2, data=data))
    waiting, more_waiting = instruments_to_decide(actor=actor)
    if waiting:
        data = {"instruments": waiting, "more": more_waiting}
        cards.append(HomeCard(template="employment/home/instruments_card.html", order=3, data=data))
    return cards
