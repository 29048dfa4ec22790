"""The caseload: the actor's own trajectories with their flags, and for a teamleider the size
of each caseload in the team."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, require, visible_to
from werkpad.audit.recorder import record_each
from werkpad.organisations.models import Membership, Role

from ..contributions import caseload_flags
from ..models import PlanAction, TeamMember, Trajectory
from ..phases import IPS_CASELOAD_NORM, NO_CONTACT_DAYS, PLACED_PHASES, TrajectoryType

# The IPS norms (first employer contact within 30 days, a caseload of at most 20, six
# face-to-face employer contacts a week) concern the IPS job coach, and the teamleider who
# watches them for the team; a UWV or gemeente guest on an IPS team is not measured by them
# (issue 13, item 10).
IPS_NORM_ROLES = frozenset({Role.IPS_TRAJECTBEGELEIDER, Role.TEAMLEIDER})


def shows_ips_norms(actor: Actor) -> bool:
    return actor.role in IPS_NORM_ROLES


@dataclass
class Flag:
    code: str
    label: str


def flags_for(trajectory: Trajectory, today: date, *, ips_norms: bool) -> list[Flag]:
    """The caseload's signals: IPS first employer contact overdue (counted from the
    trajectory's start, whatever its phase, until the client is placed; only where
    ``ips_norms``, for the roles the IPS norms concern), no contact with the client for 30
    days (a meeting, a note or a check-in with them)."""
    from django.utils.translation import gettext as _

    flags = []
    due = trajectory.first_employer_contact_due()
    if (
        ips_norms
        and trajectory.type == TrajectoryType.IPS
        and due is not None
        and trajectory.first_employer_contact_on is None
        and trajectory.ended_on is None
        # A flag clears when its cause is gone: a placed client met an employer (issue 13,
        # item 10), whether or not the coach logged that contact on the trajectory.
        and trajectory.phase not in PLACED_PHASES
        and today > due
    ):
        flags.append(Flag("employer_contact_overdue", _("Eerste werkgeverscontact te laat")))
    if getattr(trajectory, "open_signal", False):
        flags.append(Flag("wellbeing_signal", _("Signaal uit de nazorg")))
    last = trajectory.last_contact_on or trajectory.started_on
    if trajectory.ended_on is None and (today - last).days > NO_CONTACT_DAYS:
        flags.append(Flag("no_contact", _("Al 30 dagen geen contact met de cliënt")))
    return flags


@dataclass
class CaseloadRow:
    trajectory: Trajectory
    days_in_phase: int
    next_action: date | None
    flags: list[Flag]


@dataclass
class Caseload:
    rows: list[CaseloadRow]
    size: int
    norm: int | None  # IPS: at most 20
    team: list[tuple[Membership, int]] = field(default_factory=list)  # teamleider's view


def _caseload_queryset(actor: Actor, user_ids: list[int]) -> QuerySet[Trajectory]:
    next_action = (
        PlanAction.objects.filter(trajectory=OuterRef("pk"), done_on__isnull=True)
        .filter(Q(organisation_id=actor.organisation_id) | Q(owner_id=actor.user.pk))  # type: ignore[union-attr]
        .order_by()
        .values("trajectory")
        .annotate(first=Min("due_on"))
        .values("first")
    )
    on_team = TeamMember.objects.filter(  # type: ignore[misc]
        user_id__in=user_ids,
        organisation_id=actor.organisation_id,
        ended_on__isnull=True,
    ).values("trajectory_id")
    return (
        visible_to(actor, Trajectory.objects.filter(pk__in=on_team, ended_on__isnull=True))
        .select_related("client")
        .annotate(next_action_on=Subquery(next_action), **caseload_flags(actor, ("open_signal",)))
        .order_by("phase_since", "id")
    )


def caseload(*, actor: Actor) -> Caseload:
    """The actor's own trajectories with phase, days in phase, next action and flags. An
    IPS-trajectbegeleider sees their size against the norm of 20; a teamleider also sees
    the size of each caseload in their team."""
    require(actor, Action.VIEW_CASELOAD)
    user = actor.user
    assert user is not None
    today = timezone.localdate()
    ips_norms = shows_ips_norms(actor)
    rows = [
        CaseloadRow(
            trajectory=t,
            days_in_phase=t.days_in_phase(today),
            next_action=t.next_action_on,  # type: ignore[attr-defined]
            flags=flags_for(t, today, ips_norms=ips_norms),
        )
        for t in _caseload_queryset(actor, [user.pk])
    ]
    norm = IPS_CASELOAD_NORM if actor.role == Role.IPS_TRAJECTBEGELEIDER else None
    result = Caseload(rows=rows, size=len(rows), norm=norm)
    if actor.role == Role.TEAMLEIDER and actor.membership and actor.membership.team_id:
        result.team = team_caseload_sizes(actor=actor)
        result.norm = IPS_CASELOAD_NORM
    # A row per client on the caseload (their name is on the page), one insert for all.
    record_each(
        actor,
        event="caseload.list",
        objs=[r.trajectory for r in rows],
        basis=Basis.TEAM,
    )
    return result


def team_caseload_sizes(*, actor: Actor) -> list[tuple[Membership, int]]:
    """Per professional of the teamleider's team: their number of open trajectories."""
    lead = actor.membership
    assert lead is not None
    open_held = (
        TeamMember.objects.filter(
            user_id=OuterRef("user_id"),
            organisation_id=lead.organisation_id,
            ended_on__isnull=True,
            trajectory__ended_on__isnull=True,
        )
        .order_by()
        .values("user_id")
        .annotate(n=Count("trajectory_id", distinct=True))
        .values("n")
    )
    members = list(
        Membership.objects.filter(  # type: ignore[misc]
            organisation_id=lead.organisation_id, team_id=lead.team_id, is_active=True
        )
        .exclude(pk=lead.pk)
        .select_related("user")
        .annotate(open_count=Coalesce(Subquery(open_held), 0))
        .order_by("user__full_name")
    )
    return [(m, m.open_count) for m in members]
