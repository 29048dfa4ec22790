"""Starting a trajectory (with the WGB rules of REFERENCE §1.5) and moving it through its
phases up to closing it: an IPS trajectory in aftercare ends only at the client's wish."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, Basis, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import Client
from werkpad.core.forms import StaleEditError

from ..models import UWV_BENEFITS, EndReason, Intake, PhaseChange, Trajectory, author_category
from ..phases import CLOSED, IPS_AFTERCARE, IPS_SEARCH, TrajectoryType, phases_for
from ._shared import _team_add


@dataclass(frozen=True, kw_only=True)
class TrajectorySetup:
    wgb_months: int | None = None
    own_phases: list[str] = field(default_factory=list)
    wgb_reason: str = ""  # required when the client has no UWV benefit (REFERENCE §1.5)


def _setup_problems(trajectory_type: str, setup: TrajectorySetup) -> dict[str, str]:
    errors: dict[str, str] = {}
    if trajectory_type == TrajectoryType.WGB and setup.wgb_months not in (12, 18):
        errors["wgb_months"] = _("Een WGB-traject duurt 12 of 18 maanden.")
    if trajectory_type == TrajectoryType.OWN and not [p for p in setup.own_phases if p.strip()]:
        errors["own_phases"] = _("Noem minstens één fase van de eigen route.")
    return errors


# REFERENCE §1.5: the message when a WGB trajectory starts without a UWV benefit or a reason.
WGB_REASON_NEEDED = gettext_lazy(
    "WGB is bedoeld voor cliënten in de specialistische ggz met een uitkering "
    "van UWV (WW, WIA, Wajong of Ziektewet). Uit de laatste intake blijkt geen "
    "UWV-uitkering. Geef een reden om het WGB-traject toch te starten."
)


def wgb_reason_needed(*, actor: Actor, client: Client) -> bool:
    """WGB is for clients with specialist-ggz treatment and a UWV benefit (REFERENCE §1.5; seed
    004: "De behandelaar vraagt bij de intake naar de status van werk en uitkering"). Without
    a UWV benefit on the latest intake the actor may read (or without any intake), starting
    one needs a reason, which is kept. Also asked by the accept form, so the reason's error
    comes with the form's own."""
    latest = (
        visible_to(actor, Intake.objects.filter(client=client)).order_by("-held_on", "-id").first()
    )
    return latest is None or latest.benefit_status not in UWV_BENEFITS


def _wgb_reason(
    actor: Actor, client: Client, trajectory_type: str, setup: TrajectorySetup
) -> tuple[str, dict[str, str]]:
    """The reason kept with a WGB trajectory ('' when none is needed), and the problem when
    one is needed and missing."""
    if trajectory_type != TrajectoryType.WGB or not wgb_reason_needed(actor=actor, client=client):
        return "", {}
    reason = setup.wgb_reason.strip()
    if not reason:
        return "", {"wgb_reason": str(WGB_REASON_NEEDED)}
    return reason, {}


def _trajectory_create(
    actor: Actor, client: Client, trajectory_type: str, setup: TrajectorySetup
) -> Trajectory:
    # Every problem at once: the duration and the reason for WGB come in the same round.
    wgb_reason, reason_problem = _wgb_reason(actor, client, trajectory_type, setup)
    if problems := {**_setup_problems(trajectory_type, setup), **reason_problem}:
        raise ValidationError(problems)
    today = timezone.localdate()
    own_phases = [p.strip() for p in setup.own_phases if p.strip()]
    first = phases_for(trajectory_type, own_phases)[0].code
    trajectory = Trajectory.objects.create(
        client=client,
        type=trajectory_type,
        organisation=_organisation(actor),
        own_phases=own_phases,
        wgb_months=setup.wgb_months if trajectory_type == TrajectoryType.WGB else None,
        wgb_start_reason=wgb_reason,
        phase=first,
        phase_since=today,
        started_on=today,
        last_contact_on=today,
    )
    PhaseChange.objects.create(
        trajectory=trajectory,
        to_phase=first,
        changed_on=today,
        changed_by=_user(actor),
        organisation=_organisation(actor),
        category=author_category(actor.role),
    )
    membership = actor.membership
    assert membership is not None
    _team_add(actor, trajectory, membership, is_key_person=True)
    record(
        actor,
        event="trajectory.start",
        action=AuditAction.CREATE,
        obj=trajectory,
        basis=Basis.OWN_ORGANISATION,
        detail={
            "type": trajectory_type,
            **({"wgb_without_uwv_benefit": True} if wgb_reason else {}),
        },
    )
    return trajectory


def trajectory_start(
    *, actor: Actor, client: Client, trajectory_type: str, setup: TrajectorySetup | None = None
) -> Trajectory:
    """A trajectory the organisation starts for its own client (without a referral)."""
    require(actor, Action.START_TRAJECTORY, client)
    with transaction.atomic():
        return _trajectory_create(actor, client, trajectory_type, setup or TrajectorySetup())


def trajectory_phase_change(
    *,
    actor: Actor,
    trajectory: Trajectory,
    version: int,
    to_phase: str,
    reason: str = "",
    end_reason: str = "",
    on: date | None = None,
) -> Trajectory:
    """The organisation that runs the trajectory moves its phase (and closes it); a guest on
    the team does not."""
    decision = require(actor, Action.MANAGE_TRAJECTORY, trajectory)
    day = on or timezone.localdate()
    codes = [p.code for p in trajectory.phases]
    if to_phase not in codes:
        raise ValidationError({"to_phase": _("Deze fase hoort niet bij dit traject.")})
    if to_phase == trajectory.phase:
        raise ValidationError({"to_phase": _("Het traject is al in deze fase.")})
    closing = to_phase == CLOSED
    if closing and end_reason not in EndReason.values:
        raise ValidationError({"end_reason": _("Kies waarom het traject stopt.")})
    if (
        closing
        and trajectory.type == TrajectoryType.IPS
        and trajectory.phase == IPS_AFTERCARE
        and end_reason != EndReason.CLIENT_WISH
    ):
        raise ValidationError(
            {"end_reason": _("Nazorg in IPS is onbeperkt: die stopt alleen als de cliënt dat wil.")}
        )
    changes: dict[str, Any] = {"phase": to_phase, "phase_since": day, "version": version + 1}
    if closing:
        changes.update(ended_on=day, end_reason=end_reason)
    else:
        changes.update(ended_on=None, end_reason="")
    if to_phase == IPS_SEARCH and trajectory.search_started_on is None:
        changes["search_started_on"] = day
    with transaction.atomic():
        updated = Trajectory.objects.filter(pk=trajectory.pk, version=version).update(**changes)
        if not updated:
            raise StaleEditError(Trajectory.objects.get(pk=trajectory.pk))
        PhaseChange.objects.create(
            trajectory=trajectory,
            from_phase=trajectory.phase,
            to_phase=to_phase,
            changed_on=day,
            changed_by=_user(actor),
            organisation=_organisation(actor),
            reason=reason.strip() or (str(EndReason(end_reason).label) if closing else ""),
            # Others read the reason under consent for this category (the change itself
            # is on every timeline): a behandelaar's reason is about treatment.
            category=author_category(actor.role),
        )
        _audit(
            actor,
            "trajectory.phase",
            AuditAction.UPDATE,
            trajectory,
            decision,
            detail={"from": trajectory.phase, "to": to_phase},
        )
    trajectory.refresh_from_db()
    return trajectory
