"""The care team: who can be invited, the team current and past, one membership, and whether
a member can open the trajectory now."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, get_for, require, visible_to
from werkpad.audit.recorder import record_each
from werkpad.organisations.models import Membership

from ..models import NOT_ON_CARE_TEAMS, TeamMember, Trajectory, can_join_care_teams
from ._shared import _team


def team_candidates(*, actor: Actor, trajectory: Trajectory) -> QuerySet[Membership]:
    """Professionals who can be invited: active professionals of organisations in the own
    organisation's labour-market regions (a professional directory, not client data)."""
    organisation = actor.organisation
    assert organisation is not None
    on_team = TeamMember.objects.filter(trajectory=trajectory, ended_on__isnull=True).values(
        "user_id"
    )
    return (
        Membership.objects.filter(
            is_active=True,
            user__kind="professional",
            organisation__regions__in=organisation.regions.all(),
        )
        .exclude(role__in=NOT_ON_CARE_TEAMS)
        .exclude(user_id__in=on_team)
        .select_related("user", "organisation")
        .distinct()
        .order_by("organisation__name", "user__full_name")
    )


def team_for(*, actor: Actor, trajectory: Trajectory) -> list[TeamMember]:
    """The team, current and past (who held the trajectory when)."""
    return _team(actor, trajectory)


def team_member_get(*, actor: Actor, trajectory: Trajectory, pk: int) -> TeamMember:
    member, _decision = get_for(
        actor,
        Action.VIEW_TRAJECTORY,
        TeamMember.objects.filter(trajectory=trajectory).select_related("trajectory"),
        pk=pk,
    )
    return member


def member_can_see(*, member: TeamMember) -> bool:
    """Whether a team member can open the trajectory now (their own organisation's, or the
    client's basic-data consent for its purpose is in force)."""
    from werkpad.access.actor import actor_for_user

    membership = member.user.memberships.filter(
        organisation_id=member.organisation_id, is_active=True
    ).first()
    if membership is None:
        return False
    actor = actor_for_user(member.user, membership_id=membership.pk)
    return visible_to(actor, Trajectory.objects.filter(pk=member.trajectory_id)).exists()


# --- A teamleider's handover (issue 13, item 7) ---------------------------------------------
@dataclass(frozen=True)
class HandoverRow:
    """One trajectory a colleague holds. ``client`` and ``public_id`` are empty where the
    teamleider may not see the client (a trajectory of another organisation on which the
    colleague is a guest): the row then names only that organisation."""

    trajectory_id: int
    client: str
    public_id: str
    type_label: str
    phase_label: str
    organisation: str
    is_guest: bool


@dataclass
class Handover:
    """The handover page: whose trajectories, which, and who can take them."""

    colleagues: list[Membership]
    source: Membership | None = None
    rows: list[HandoverRow] = field(default_factory=list)
    receivers: list[Membership] = field(default_factory=list)

    @property
    def has_guest_rows(self) -> bool:
        return any(row.is_guest for row in self.rows)


def _team_memberships(actor: Actor) -> QuerySet[Membership]:
    lead = actor.membership
    assert lead is not None
    if lead.team_id is None:  # no team, no colleagues in it (not: everyone without a team)
        return Membership.objects.none()
    return (
        Membership.objects.filter(organisation_id=lead.organisation_id, team_id=lead.team_id)
        .exclude(pk=lead.pk)
        .select_related("user")
        .order_by("user__full_name", "pk")
    )


def handover_for(*, actor: Actor, source_id: int | None) -> Handover:
    """The colleagues of the teamleider's team; for the chosen one (``source_id``) the
    trajectories they hold, and the colleagues who can take them (active, in the team, in a
    role that sits on care teams). The client names shown are logged as read."""
    require(actor, Action.HAND_OVER)
    colleagues = list(_team_memberships(actor))
    source = next((m for m in colleagues if m.pk == source_id), None)
    if source is None:
        return Handover(colleagues=colleagues)
    held = TeamMember.objects.filter(
        user_id=source.user_id,
        organisation_id=source.organisation_id,
        ended_on__isnull=True,
        trajectory__ended_on__isnull=True,  # a closed trajectory needs nobody to take it
    )
    trajectories = list(
        Trajectory.objects.filter(pk__in=held.values("trajectory_id"))
        .select_related("client", "organisation")
        .order_by("client__full_name", "pk")
    )
    visible = set(
        visible_to(
            actor, Trajectory.objects.filter(pk__in=[t.pk for t in trajectories])
        ).values_list("pk", flat=True)
    )
    rows = [
        HandoverRow(
            trajectory_id=t.pk,
            client=t.client.full_name if t.pk in visible else "",
            public_id=t.client.public_id if t.pk in visible else "",
            type_label=str(t.get_type_display()),
            phase_label=str(t.phase_label),
            organisation=t.organisation.name,
            is_guest=t.organisation_id != source.organisation_id,
        )
        for t in trajectories
    ]
    rows.sort(key=lambda row: (row.client == "", row.client, row.trajectory_id))
    record_each(
        actor,
        event="team.handover_list",
        objs=[t for t in trajectories if t.pk in visible],
        basis=Basis.ROLE,
    )
    receivers = [m for m in colleagues if m.pk != source.pk and can_join_care_teams(m)]
    return Handover(colleagues=colleagues, source=source, rows=rows, receivers=receivers)
