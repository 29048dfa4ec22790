"""The care team: who can be invited, the team current and past, one membership, and whether
a member can open the trajectory now."""

from __future__ import annotations

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, visible_to
from werkpad.organisations.models import Membership, Role

from ..models import TeamMember, Trajectory
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
        .exclude(role__in=[Role.FUNCTIONEEL_BEHEERDER, Role.WERKGEVER_CONTACTPERSOON])
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
