"""Reads of the peer-support groups. Taking part is the client's own business: the team sees
it only where the client chose to share it, and the facilitator sees the names of the members
of their own group, never their files. Every read of a membership is logged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Case, CharField, Count, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    Basis,
    Decision,
    get_for,
    may,
    require,
    runnable_peer_groups,
    visible_to,
)
from werkpad.access.roles import Role
from werkpad.accounts.models import ActorKind, User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_each
from werkpad.clients.models import Client
from werkpad.organisations.models import ArbeidsmarktRegio, Membership, OrganisationType
from werkpad.trajectories.models import Trajectory

from ..models import GroupMode, PeerGroup, PeerGroupMembership

ALL_REGIONS = "alle"  # the filter's value for every region


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


# --- Regions ---------------------------------------------------------------------------------
def all_regions() -> list[ArbeidsmarktRegio]:
    return list(ArbeidsmarktRegio.objects.order_by("name"))


def own_region(*, actor: Actor) -> ArbeidsmarktRegio | None:
    """The region a groups page starts in: a client's gemeente's (else the region of the
    organisation that holds their record), a professional's organisation's (the first by
    code). Read as values, not as the client's record."""
    if actor.is_client:
        found = Client.objects.filter(user=actor.user).values_list(
            "gemeente__region_id", "organisation_id"
        )
        row = found.first()
        if row is None:
            return None
        region_id, organisation_id = row
        if region_id is not None:
            return ArbeidsmarktRegio.objects.filter(pk=region_id).first()
        return (
            ArbeidsmarktRegio.objects.filter(organisations=organisation_id).order_by("code").first()
        )
    if actor.is_professional:
        return (
            ArbeidsmarktRegio.objects.filter(organisations=actor.organisation_id)
            .order_by("code")
            .first()
        )
    return None


@dataclass
class RegionChoice:
    region: ArbeidsmarktRegio | None  # None: every region
    value: str  # what the filter shows as chosen
    unknown: bool = False  # a region was asked for that does not exist


def chosen_region(*, actor: Actor, value: str | None) -> RegionChoice:
    """The region a groups page filters on: none given, the own region; ``alle``, every
    region; a code, that region. An unknown code shows every region, and says so."""
    if value is None or value == "":
        own = own_region(actor=actor)
        return RegionChoice(own, own.code if own else ALL_REGIONS)
    if value == ALL_REGIONS:
        return RegionChoice(None, ALL_REGIONS)
    region = ArbeidsmarktRegio.objects.filter(code=value[:4]).first() if len(value) <= 4 else None
    if region is None:
        return RegionChoice(None, ALL_REGIONS, unknown=True)
    return RegionChoice(region, region.code)


def _in_region(groups: QuerySet[PeerGroup], region: ArbeidsmarktRegio | None) -> QuerySet[Any]:
    """The groups of ``region``, those of no region in particular, and the online groups of
    every region: one can join those from anywhere (walk-through finding)."""
    if region is None:
        return groups
    return groups.filter(Q(region=region) | Q(region__isnull=True) | Q(mode=GroupMode.ONLINE))


def _with_runners(groups: QuerySet[PeerGroup]) -> QuerySet[PeerGroup]:
    """Each group with what its card needs to say who runs it, in a fixed number of queries:
    the facilitator, the organisation they work for (the group's own, where they work
    there; a facilitator of another organisation shows theirs) and their role there, by its
    name ("ervaringsdeskundige", "jobcoach"), in the language of the request."""
    theirs = Membership.objects.filter(user_id=OuterRef("facilitator_id"), is_active=True)
    here = theirs.filter(organisation_id=OuterRef("organisation_id"))
    anywhere = theirs.order_by("organisation__name")

    def first(field: str) -> Coalesce:
        return Coalesce(Subquery(here.values(field)[:1]), Subquery(anywhere.values(field)[:1]))

    role_name = Case(
        *(When(facilitator_role=value, then=Value(str(label))) for value, label in Role.choices),
        default=Value(""),
        output_field=CharField(),
    )
    return (
        groups.select_related("organisation", "facilitator", "region")
        .annotate(
            facilitator_organisation=first("organisation__name"), facilitator_role=first("role")
        )
        .annotate(facilitator_role_name=role_name)
    )


# --- The client ----------------------------------------------------------------------------
@dataclass
class GroupsPage:
    mine: list[PeerGroupMembership]
    open_groups: list[PeerGroup]


def groups_page(*, actor: Actor, region: ArbeidsmarktRegio | None = None) -> GroupsPage:
    """The groups I take part in (wherever they are), and the open groups I could join in
    ``region`` (``None``: every region)."""
    require(actor, Action.PORTAL)
    mine = list(
        visible_to(actor, PeerGroupMembership.objects.filter(left_at__isnull=True))
        .filter(client__user=actor.user)
        .select_related("client")
        .order_by("group__name", "group_id")
    )
    groups = {
        g.pk: g for g in _with_runners(PeerGroup.objects.filter(pk__in=[m.group_id for m in mine]))
    }
    for membership in mine:
        membership.group = groups[membership.group_id]
    open_groups = list(
        _with_runners(_in_region(visible_to(actor, PeerGroup.objects.filter(is_open=True)), region))
        .exclude(pk__in=list(groups))
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
            .filter(group_id=group_pk, client__user=actor.user)
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
        PeerGroupMembership.objects.filter(
            left_at__isnull=True, client__user=actor.user
        ).select_related("group", "client"),
        group_id=group_pk,
    )


@dataclass
class HostView:
    group: PeerGroup
    members: list[PeerGroupMembership]  # first names and since when, nothing else


def hosted_group(*, actor: Actor, pk: int) -> HostView:
    """The group I host, with its current members: first names and since when, never a file.
    Each member shown is a read of that client's data: one row per member, so it shows in
    their view of who saw their file. 404 outside my groups; 403 when I do not host it."""
    require(actor, Action.PORTAL)
    group, decision = get_for(
        actor, Action.HOST_PEER_GROUP, _with_runners(PeerGroup.objects.all()), pk=pk
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
        objs=members,
        basis=decision.basis,
        detail={"group": group.pk, "as": "host"},
    )
    return HostView(group=group, members=members)


BENEFIT_DECIDERS = (OrganisationType.UWV, OrganisationType.GEMEENTE)


def facilitator_candidates(group: PeerGroup) -> QuerySet[User]:
    """Who may be asked to facilitate a group: a professional with an active membership at
    the group's organisation or at an organisation working in its region (no employers, no
    functioneel beheerders, nobody of UWV or the gemeente)."""
    where = Q(organisation_id=group.organisation_id)
    if group.region_id is not None:
        where |= Q(organisation__regions=group.region_id)
    members = Membership.objects.filter(where, is_active=True).exclude(
        # Not who decides on a member's benefit (UWV, the gemeente): a peer group is no
        # place for them to learn who takes part (walk-through finding).
        Q(organisation__type__in=[OrganisationType.EMPLOYER, *BENEFIT_DECIDERS])
        | Q(role__in=[Role.FUNCTIONEEL_BEHEERDER, Role.WERKGEVER_CONTACTPERSOON])
    )
    return User.objects.filter(
        kind=ActorKind.PROFESSIONAL, is_active=True, pk__in=members.values("user_id")
    ).order_by("full_name", "pk")


# --- The professionals ---------------------------------------------------------------------
@dataclass
class ProfessionalGroups:
    running: list[PeerGroup]  # the groups I run (facilitate, started, or of my organisation)
    regional: list[PeerGroup]  # the other groups I may see in the chosen region


def professional_groups(
    *, actor: Actor, region: ArbeidsmarktRegio | None = None
) -> ProfessionalGroups:
    """The groups I run, with how many take part (a number, no names) and whether one
    waits for a host; and the groups in ``region`` (``None``: every region), to point clients
    to, each saying who runs it."""
    require(actor, Action.FACILITATE_GROUP)
    visible = _with_runners(visible_to(actor, PeerGroup.objects.all()))
    running = list(
        runnable_peer_groups(actor, visible)
        .annotate(
            member_count=Count("memberships", filter=Q(memberships__left_at__isnull=True)),
            volunteer_count=Count(
                "memberships",
                filter=Q(memberships__left_at__isnull=True, memberships__offers_to_host=True),
            ),
        )
        .order_by("name", "pk")
    )
    # The groups I run are listed once, above; the region list has the others.
    regional = list(
        _in_region(visible, region).exclude(pk__in=[g.pk for g in running]).order_by("name", "pk")
    )
    return ProfessionalGroups(running=running, regional=regional)


@dataclass
class RunView:
    group: PeerGroup
    decision: Decision
    facilitating: bool
    members: list[PeerGroupMembership]  # for the facilitator: names and since when
    volunteers: list[PeerGroupMembership]  # members who offered to host: first names
    candidates: QuerySet[User] | None  # whom to ask to facilitate, when nobody does
    # Members who joined before a facilitator asked later came: counted, never named.
    earlier: int = 0


def run_group(*, actor: Actor, pk: int) -> RunView:
    """A group I run. The facilitator sees its members (names and since when, nothing of
    their files); whoever runs it sees the members who offered to host (first names) and,
    when no professional facilitates it, whom to ask. Each member shown is a read of that
    client's data: one row per member, so it shows in their view of who saw their file."""
    group, decision = get_for(
        actor, Action.RUN_PEER_GROUP, _with_runners(PeerGroup.objects.all()), pk=pk
    )
    facilitating = may(actor, Action.FACILITATE_GROUP, group)
    shown = list(
        visible_to(actor, PeerGroupMembership.objects.filter(group=group, left_at__isnull=True))
        .select_related("client")
        .order_by("joined_at", "pk")
    )
    members = shown if facilitating else []
    volunteers = [m for m in shown if m.offers_to_host and m.pk != group.host_id]
    record_each(
        actor,
        event="portal.peer_group.members",
        action=AuditAction.READ,
        objs=members or volunteers,
        basis=decision.basis,
        detail={"group": group.pk, "as": "facilitator" if facilitating else "runs"},
    )
    candidates = facilitator_candidates(group) if group.facilitator_id is None else None
    earlier = 0
    if facilitating and group.facilitator_since is not None:
        earlier = group.memberships.filter(
            left_at__isnull=True, joined_at__lt=group.facilitator_since
        ).count()
    return RunView(group, decision, facilitating, members, volunteers, candidates, earlier)


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
