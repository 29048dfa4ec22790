"""Reads of the peer-support groups. Taking part is the client's own business: the team sees
it only where the client chose to share it, and the facilitator sees the names of the members
of their own group, never their files. Every read of a membership is logged."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, Decision, get_for, may, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_each
from werkpad.trajectories.models import Trajectory

from ..models import PeerGroup, PeerGroupMembership


def _log_memberships(
    actor: Actor, event: str, memberships: list[PeerGroupMembership], basis: str
) -> None:
    """One row for what a page showed of one client's memberships."""
    if not memberships:
        return
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        object_type="portal.peergroupmembership",
        client_pid=memberships[0].client.public_id,
        basis=basis,
        detail={
            "count": len(memberships),
            "ids": ",".join(str(m.pk) for m in memberships),
        },
    )


# --- The client ----------------------------------------------------------------------------
@dataclass
class GroupsPage:
    mine: list[PeerGroupMembership]
    open_groups: list[PeerGroup]


def groups_page(*, actor: Actor) -> GroupsPage:
    """The groups I take part in, and the open groups I could join."""
    require(actor, Action.PORTAL)
    mine = list(
        visible_to(actor, PeerGroupMembership.objects.filter(left_at__isnull=True))
        .select_related("group__organisation", "group__facilitator", "client")
        .order_by("group__name", "group_id")
    )
    joined = [m.group_id for m in mine]
    open_groups = list(
        visible_to(actor, PeerGroup.objects.filter(is_open=True))
        .exclude(pk__in=joined)
        .select_related("organisation", "facilitator")
        .order_by("name", "pk")
    )
    _log_memberships(actor, "portal.peer_group.list", mine, Basis.SELF)
    return GroupsPage(mine=mine, open_groups=open_groups)


def my_membership(*, actor: Actor, group_pk: int) -> PeerGroupMembership | None:
    """My current membership of a group, if any (another client's is never found)."""
    require(actor, Action.PORTAL)
    try:
        return (
            visible_to(actor, PeerGroupMembership.objects.filter(left_at__isnull=True))
            .filter(group_id=group_pk)
            .select_related("group", "client")
            .first()
        )
    except OverflowError:  # an id larger than any the database holds: no such group
        return None


def group_to_join(*, actor: Actor, pk: int) -> tuple[PeerGroup, Decision]:
    """A group to join: 404 outside my scope; 403 when the policy refuses (a closed group)."""
    require(actor, Action.PORTAL)
    return get_for(actor, Action.CHANGE_OWN, PeerGroup.objects.all(), pk=pk)


def membership_get(*, actor: Actor, group_pk: int) -> tuple[PeerGroupMembership, Decision]:
    """My current membership of the group, to leave it or share it; 404 when I am not in it."""
    require(actor, Action.PORTAL)
    return get_for(
        actor,
        Action.CHANGE_OWN,
        PeerGroupMembership.objects.filter(left_at__isnull=True).select_related("group", "client"),
        group_id=group_pk,
    )


# --- The facilitator -----------------------------------------------------------------------
def facilitated_groups(*, actor: Actor) -> list[PeerGroup]:
    """The groups I facilitate, with how many take part (a number, no names)."""
    require(actor, Action.FACILITATE_GROUP)
    groups = (
        visible_to(actor, PeerGroup.objects.all())
        .select_related("organisation")
        .annotate(member_count=Count("memberships", filter=Q(memberships__left_at__isnull=True)))
        .order_by("name", "pk")
    )
    return [g for g in groups if may(actor, Action.FACILITATE_GROUP, g)]


@dataclass
class FacilitatorView:
    group: PeerGroup
    members: list[PeerGroupMembership]


def facilitated_group(*, actor: Actor, pk: int) -> FacilitatorView:
    """The members of a group I facilitate: names and since when, nothing of their files.
    Each name shown is a read of that client's data: one row per member, so it shows in
    the client's own view of who saw their file."""
    group, decision = get_for(
        actor, Action.FACILITATE_GROUP, PeerGroup.objects.select_related("organisation"), pk=pk
    )
    members = list(
        visible_to(actor, PeerGroupMembership.objects.filter(group=group, left_at__isnull=True))
        .select_related("client")
        .order_by("joined_at", "pk")
    )
    record_each(
        actor,
        event="portal.peer_group.members",
        action=AuditAction.READ,
        objs=list(members),
        basis=decision.basis,
        detail={"group": group.pk},
    )
    return FacilitatorView(group=group, members=members)


# --- The panel on the trajectory page --------------------------------------------------------
def shared_with_team(*, actor: Actor, trajectory: Trajectory) -> list[PeerGroupMembership]:
    """The groups the client takes part in and chose to tell their team about. Nothing else:
    a facilitator who is also on the team does not see more here than the rest of the team."""
    if not may(actor, Action.VIEW_TRAJECTORY, trajectory):
        return []
    memberships = list(
        visible_to(
            actor,
            PeerGroupMembership.objects.filter(
                client_id=trajectory.client_id, left_at__isnull=True, share_with_team=True
            ),
        )
        .select_related("group__organisation", "client")
        .order_by("group__name", "pk")
    )
    _log_memberships(actor, "portal.peer_group.shared", memberships, Basis.TEAM)
    return memberships
