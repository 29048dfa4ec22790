"""Referrals received and sent, one referral, and what became of it for the referrer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Case, When

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    WHOLE_ORGANISATION,
    Action,
    Basis,
    consents_in_force,
    get_for,
    may,
    readable_texts,
    referrals_the_receiver_no_longer_sees,
    require,
    visible_to,
)
from werkpad.audit.recorder import record_each, record_read

from ..models import PhaseChange, Referral, ReferralStatus, Trajectory


def organisations_consented(*, client: Any) -> set[int]:
    """The organisations the client's consent in force lets see their basic data as a whole
    (the condition for referring there, ``services.referral_create``): one query, for the
    referral form to show which teams need the consent first. The client record was read
    (and logged) by the caller."""
    return set(
        consents_in_force("basis", role=WHOLE_ORGANISATION, client=client).values_list(
            "recipient_id", flat=True
        )
    )


@dataclass
class ReferralRow:
    referral: Referral
    # What became of it, as far as consent allows (None: not visible to the referrer).
    trajectory: Trajectory | None
    # Still open, but the receiving organisation no longer sees it (consent withdrawn).
    unseen_by_receiver: bool = False


def referrals(*, actor: Actor) -> tuple[list[Referral], list[ReferralRow]]:
    """Referrals received (to decide) and sent (with what became of them)."""
    require(actor, Action.VIEW_REFERRALS)
    # Each reason only under consent for its category (policy.readable_texts).
    base = readable_texts(actor, visible_to(actor, Referral.objects.all())).select_related(
        "client", "from_organisation", "to_organisation", "to_team", "from_user"
    )
    waiting_first = Case(When(status=ReferralStatus.PENDING, then=0), default=1)
    received = list(
        base.filter(to_organisation_id=actor.organisation_id).order_by(
            waiting_first, "-created_at"
        )[:200]
    )
    sent = list(base.filter(from_organisation_id=actor.organisation_id)[:200])
    visible_trajectories = {
        t.pk: t
        for t in visible_to(
            actor,
            Trajectory.objects.filter(pk__in=[r.trajectory_id for r in sent if r.trajectory_id]),
        )
    }
    unseen = referrals_the_receiver_no_longer_sees(sent)
    rows = [
        ReferralRow(r, visible_trajectories.get(r.trajectory_id or 0), r.pk in unseen) for r in sent
    ]
    # A row per referral listed (each names its client), one insert for the page.
    record_each(
        actor,
        event="referral.list",
        objs=[*received, *sent],
        basis=lambda r: (
            Basis.OWN_ORGANISATION
            if r.client.organisation_id == actor.organisation_id  # type: ignore[attr-defined]
            else Basis.CONSENT
        ),
    )
    return received, rows


def referral_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_REFERRAL) -> Referral:
    referral, decision = get_for(
        actor,
        action,
        readable_texts(actor, Referral.objects.all()).select_related(
            "client", "from_organisation", "to_organisation", "to_team"
        ),
        pk=pk,
    )
    record_read(actor, event="referral.read", obj=referral, decision=decision)
    return referral


def may_decide(*, actor: Actor, referral: Referral) -> bool:
    return may(actor, Action.DECIDE_REFERRAL, referral)


@dataclass
class ReferralOutcome:
    """What became of a referral, for the referrer: as far as consent allows."""

    status: str
    trajectory: Trajectory | None  # None when not (or no longer) visible to the actor
    first_employer_contact_on: date | None = None
    placed: bool = False
    ended_on: date | None = None


def referral_outcome(*, actor: Actor, referral: Referral) -> ReferralOutcome:
    trajectory = None
    if referral.trajectory_id:
        trajectory = visible_to(actor, Trajectory.objects.filter(pk=referral.trajectory_id)).first()
    outcome = ReferralOutcome(status=referral.get_status_display(), trajectory=trajectory)
    if trajectory is not None:
        outcome.first_employer_contact_on = trajectory.first_employer_contact_on
        outcome.placed = PhaseChange.objects.filter(
            trajectory=trajectory, to_phase="plaatsing"
        ).exists()
        outcome.ended_on = trajectory.ended_on
    return outcome
