"""Access rules of the client portal: the client's own pages and records, what they chose to
tell an employer, consent proposals, data requests, conversations with one team member
(decision 0029) and peer groups (decision 0030)."""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.roles import Role
from werkpad.employment.models import Placement
from werkpad.organisations.models import OrganisationType
from werkpad.portal.models import PeerGroup
from werkpad.trajectories.models import Trajectory

from ..consent import _on_team, team_members_who_would_read
from ..engine import (
    DENY,
    Action,
    Basis,
    Decision,
    _is_admin,
    _works_with_clients,
    register_page_rule,
    register_rule,
    register_scope,
)
from ..scopes import _client_self, _data_scope, _own_client, _through, _trajectory_q
from .employment import _scope_placements


def _client_trajectory_visible(actor: Actor, client_path: str) -> Exists:
    """Whether the professional sees a trajectory of the record's client."""
    return Exists(Trajectory.objects.filter(_trajectory_q(actor), client_id=OuterRef(client_path)))


def _scope_employer_disclosures(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The client's choice of what their employer may see: the client; the employer where the
    client works (read through the narrow placement view); and the team, so nobody tells the
    employer more than the client chose."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if actor.is_employer:
        # Only the choice made for this employer (a new employer sees nothing until the worker
        # chose for them), and only while the worker works there: a former employer sees
        # nothing any more.
        working_here = Placement.objects.filter(
            trajectory__client_id=OuterRef("client_id"),
            employer_id=OuterRef("employer_id"),
            ended_on__isnull=True,
        )
        return qs.filter(Exists(working_here), employer__account_id=actor.organisation_id)
    if not _works_with_clients(actor):
        return qs.none()
    # Work data: those who see one of the client's placements (own organisation, or consent
    # for work data), not everyone who sees a trajectory.
    placements = _scope_placements(actor, Placement.objects.all())
    return qs.filter(Exists(placements.filter(trajectory__client_id=OuterRef("client_id"))))


def _scope_consent_proposals(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not _works_with_clients(actor):
        return qs.none()
    return qs.filter(
        Q(client__organisation_id=actor.organisation_id)
        | Q(proposed_by_organisation_id=actor.organisation_id)
    )


def _scope_data_requests(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The client's own requests; the functioneel beheerder of the organisation holding the
    record handles them. Other professionals are insiders without the right (403)."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not actor.is_professional:
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


def _scope_threads(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """A conversation is between the client and the one team member it is with; that member
    reads it while they see the trajectory and the consent covers its data category."""
    if actor.is_client:
        return qs.filter(trajectory__client__user=actor.user)
    if not _works_with_clients(actor):
        return qs.none()
    on_team_now = Q(_on_team(actor, "trajectory_id"))  # after a handover: the new member
    return _data_scope()(actor, qs.filter(on_team_now, professional=actor.user))


def team_members_who_would_read_thread(
    trajectory: Any, category: str, *, organisation_id: int, professional_id: int | None = None
) -> QuerySet[Any]:
    """The active team members who would read a conversation about ``category`` on
    ``trajectory`` held by ``organisation_id`` (a new one is held by the organisation that
    runs the trajectory, ``thread_start``), before it is written: only the member it is with
    (``professional_id``), while they see the trajectory and the client's consent covers
    ``category`` (``_scope_threads``); colleagues never read along. Without
    ``professional_id``: each member who would read it were it with them."""
    members = team_members_who_would_read(trajectory, category, organisation_id)
    return members if professional_id is None else members.filter(user_id=professional_id)


# --- Peer groups (decision 0030): outside the file, run by their members -------------------
def may_start_groups(actor: Actor) -> bool:
    """Ervaringsdeskundigen of any organisation and every professional of a herstelacademie
    start peer-support groups."""
    if not actor.is_professional or actor.organisation is None:
        return False
    return (
        actor.role == Role.ERVARINGSDESKUNDIGE or actor.organisation.type == OrganisationType.PEER
    )


def _runs_q(actor: Actor, path: str = "") -> Q:
    """The groups the professional runs: as facilitator, as starter, or as one who starts
    groups in the organisation that holds it. Read from the database at the moment of use:
    who is no longer facilitator loses it at once."""
    runs = Q(**{f"{path}facilitator": actor.user}) | Q(**{f"{path}started_by": actor.user})
    if may_start_groups(actor):
        runs |= Q(**{f"{path}organisation_id": actor.organisation_id})
    return runs


def runnable_peer_groups(actor: Actor, groups: QuerySet[Any]) -> QuerySet[Any]:
    """Of ``groups``, those the actor may run (``Action.RUN_PEER_GROUP``), as one filter: for
    a list, where asking ``may`` per group would cost a query each."""
    if not actor.is_professional:
        return groups.none()
    return groups.filter(_runs_q(actor))


def _hosting_q(actor: Actor, path: str = "") -> Q:
    """The groups the client hosts now: the host is their own membership, not left."""
    return Q(**{f"{path}host__client__user": actor.user, f"{path}host__left_at__isnull": True})


def _scope_peer_groups(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """Clients see the open groups and the ones they take part in. Professionals see the open
    groups (public, to point clients to them), their organisation's and those they run."""
    if actor.is_client:
        return qs.filter(
            Q(is_open=True)
            | Q(memberships__client__user=actor.user, memberships__left_at__isnull=True)
        ).distinct()
    if not actor.is_professional:
        return qs.none()
    return qs.filter(Q(is_open=True) | Q(organisation_id=actor.organisation_id) | _runs_q(actor))


def _scope_peer_memberships(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """Taking part is the client's own business: the facilitator and the hosting member see
    who is in their group (names, never files); who runs a group sees the members who offered
    to host it; the team sees it only where the client chose to share it."""
    if actor.is_client:
        hosting = Q(left_at__isnull=True) & _hosting_q(actor, "group__")
        return qs.filter(Q(client__user=actor.user) | hosting)
    if not actor.is_professional:
        return qs.none()
    # A facilitator asked later sees only who joined since: the others joined without them.
    facilitating = Q(group__facilitator=actor.user, left_at__isnull=True) & (
        Q(group__facilitator_since__isnull=True) | Q(joined_at__gte=F("group__facilitator_since"))
    )
    volunteers = Q(offers_to_host=True, left_at__isnull=True) & _runs_q(actor, "group__")
    if not _works_with_clients(actor):
        return qs.filter(facilitating | volunteers)
    shared = Q(share_with_team=True, left_at__isnull=True) & Q(
        _client_trajectory_visible(actor, "client_id")
    )
    return qs.filter(facilitating | volunteers | shared)


def _decide_portal_record(actor: Actor, action: Action, obj: Any) -> Decision:
    """The client's own portal records: theirs to read and change."""
    return _client_self(actor, action, obj)


def _decide_read_only_for_client(actor: Actor, action: Action, obj: Any) -> Decision:
    """Records the client reads but does not change (the history of their choices)."""
    return _client_self(actor, action, obj, may_change=False)


def _decide_thread(actor: Actor, action: Action, obj: Any) -> Decision:
    """The client and the team member the conversation is with read and answer it (the scope
    has checked that member's consent for its data category)."""
    if actor.is_client:
        return _client_self(actor, action, obj)
    mine = actor.is_professional and obj.professional_id == actor.user.pk  # type: ignore[union-attr]
    return Decision(mine and action == Action.MESSAGE, Basis.TEAM)


def _decide_data_request(actor: Actor, action: Action, obj: Any) -> Decision:
    if actor.is_client:
        return _client_self(actor, action, obj, may_change=False)
    allowed = _is_admin(actor) and obj.organisation_id == actor.organisation_id
    return Decision(allowed and action == Action.HANDLE_DATA_REQUESTS, Basis.ROLE)


def _hosts(actor: Actor, group: Any) -> bool:
    return PeerGroup.objects.filter(_hosting_q(actor), pk=group.pk).exists()


def _runs(actor: Actor, group: Any) -> bool:
    return PeerGroup.objects.filter(_runs_q(actor), pk=group.pk).exists()


def _decide_peer_group(actor: Actor, action: Action, obj: Any) -> Decision:
    """Any client may join an open group and leave any group; the member who hosts it sees
    who takes part, keeps its practicalities up to date and hands hosting on. The
    facilitator sees who takes part and may step back; who runs the group (facilitator,
    starter, or one who starts groups in its organisation) appoints a host and asks a
    professional to facilitate."""
    if actor.is_client:
        if action == Action.CHANGE_OWN:
            return Decision(obj.is_open, Basis.SELF)
        if action in (Action.HOST_PEER_GROUP, Action.APPOINT_HOST):
            return Decision(_hosts(actor, obj), Basis.PEER_GROUP)
        return DENY
    if not actor.is_professional:
        return DENY
    if action == Action.FACILITATE_GROUP:
        return Decision(obj.facilitator_id == actor.user.pk, Basis.PEER_GROUP)  # type: ignore[union-attr]
    if action in (Action.RUN_PEER_GROUP, Action.APPOINT_HOST):
        return Decision(_runs(actor, obj), Basis.PEER_GROUP)
    return DENY


register_page_rule(Action.PORTAL, lambda a: Decision(a.is_client, Basis.SELF))
register_page_rule(Action.HANDLE_DATA_REQUESTS, lambda a: Decision(_is_admin(a), Basis.ROLE))
register_page_rule(
    Action.VIEW_PEER_GROUPS, lambda a: Decision(a.is_client or a.is_professional, Basis.SELF)
)
# The professionals' groups page (the groups one runs, the groups in the region); which
# groups one runs is the object rule's business.
register_page_rule(Action.FACILITATE_GROUP, lambda a: Decision(a.is_professional, Basis.ROLE))
register_page_rule(Action.START_PEER_GROUP, lambda a: Decision(may_start_groups(a), Basis.ROLE))
register_scope("portal.clientinvitation", _through("client", "clients.client"))
register_scope("portal.pacestatement", _data_scope())
register_scope("portal.disclosureworksheet", _own_client())
register_scope("portal.employerdisclosure", _scope_employer_disclosures)
register_scope("portal.consentproposal", _scope_consent_proposals)
register_scope("portal.datarequest", _scope_data_requests)
register_scope("portal.thread", _scope_threads)
register_scope("portal.message", _through("thread", "portal.thread"))
register_scope("portal.peergroup", _scope_peer_groups)
register_scope("portal.peergroupmembership", _scope_peer_memberships)
register_rule("portal.pacestatement", _decide_read_only_for_client)
register_rule("portal.disclosureworksheet", _decide_portal_record)
register_rule("portal.employerdisclosure", _decide_read_only_for_client)
register_rule("portal.consentproposal", _decide_portal_record)
register_rule("portal.datarequest", _decide_data_request)
register_rule("portal.thread", _decide_thread)
register_rule("portal.peergroup", _decide_peer_group)
register_rule("portal.peergroupmembership", _decide_portal_record)
