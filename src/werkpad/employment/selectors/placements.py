"""Placements, follow-along notes, instrument advice and signals; the worker's own running
placements for the check-in."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    decidable_instruments,
    get_for,
    may,
    require,
    visible_to,
)
from werkpad.audit.recorder import record_read

from ..instruments import INSTRUMENT_BY_CODE, Advice, advise
from ..models import (
    AppliedInstrument,
    CareerProfile,
    CheckIn,
    FollowUpContact,
    Placement,
    RegisterStatus,
    Signal,
)


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
    can_add_instrument: bool = False  # the actor records an instrument's decision here


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
    instruments = list(placement.instruments.select_related("decided_by"))
    # Asked once for the placement, not per instrument: a fixed number of queries.
    codes = decidable_instruments(actor, placement)
    for applied in instruments:  # the name to show; the code stays for a retired instrument
        known = INSTRUMENT_BY_CODE.get(applied.instrument)
        applied.label = str(known.name) if known else applied.instrument  # type: ignore[attr-defined]
        applied.can_decide = codes is None or applied.instrument in codes  # type: ignore[attr-defined]
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
        can_add_instrument=codes is None or bool(codes),
    )


def instrument_get(*, actor: Actor, pk: int) -> AppliedInstrument:
    """An instrument on a placement, to record its decision: 404 outside the actor's scope,
    403 for who may read the placement but not decide on this instrument. The read is
    logged on the placement."""
    applied, decision = get_for(
        actor,
        Action.DECIDE_INSTRUMENT,
        AppliedInstrument.objects.select_related(
            "placement__trajectory__client", "placement__employer", "placement__organisation"
        ),
        pk=pk,
    )
    record_read(actor, event="placement.read", obj=applied.placement, decision=decision)
    return applied


def signal_get(*, actor: Actor, pk: int) -> Signal:
    signal, decision = get_for(
        actor,
        Action.VIEW_TRAJECTORY,
        Signal.objects.select_related("trajectory__client", "placement"),
        pk=pk,
    )
    record_read(actor, event="signal.read", obj=signal, decision=decision)
    return signal


# --- The worker's own check-in -------------------------------------------------------------
def my_running_placements(*, actor: Actor) -> list[Placement]:
    require(actor, Action.WORKER_CHECKIN)
    return list(
        visible_to(actor, Placement.objects.filter(ended_on__isnull=True)).select_related(
            "employer", "trajectory__client"
        )
    )


def open_signal_flag(actor: Actor) -> Exists:
    """For the caseload (registered in ``apps.py``): the trajectory has an open early-warning
    signal the actor may see."""
    return Exists(
        visible_to(
            actor, Signal.objects.filter(trajectory=OuterRef("pk"), resolved_at__isnull=True)
        )
    )
