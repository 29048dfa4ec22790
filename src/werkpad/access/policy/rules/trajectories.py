"""Access rules of trajectories: the trajectory, its team, and the records on it (notes,
goals, meetings, actions, ladder assessments, phase changes). Guests read and add their own
records; the organisation that runs the trajectory manages it (decision 0034). Intakes and
referrals are in ``rules/clients.py``."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from werkpad.access.actor import Actor

from ..consent import _active_consents, _my_team_places, _team_consents, purposes_for
from ..engine import (
    DENY,
    Action,
    Basis,
    Decision,
    _is_team_lead,
    _works_with_clients,
    register_page_rule,
    register_rule,
    register_scope,
)
from ..scopes import _client_self, _data_scope, _insiders_only, _trajectory_q


def _scope_trajectories(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not _works_with_clients(actor):
        return _insiders_only(actor, qs, "organisation_id")
    return qs.filter(_trajectory_q(actor))


def _decide_trajectory(actor: Actor, action: Action, obj: Any) -> Decision:
    """Reading a visible trajectory and adding one's own records to it: the organisation that
    runs it, and the team (another organisation's members, its guests, only while the
    client's consent is in force). Managing it (phases, closing, the team, placements) is for
    the organisation that runs it: a guest reads and writes its own records, the owner
    decides."""
    if actor.is_client:
        return _client_self(actor, action, obj)
    if action not in (Action.VIEW_TRAJECTORY, Action.ADD_OWN_RECORD, Action.MANAGE_TRAJECTORY):
        return DENY
    if not _works_with_clients(actor):
        return DENY
    if obj.organisation_id == actor.organisation_id:
        return Decision(True, Basis.OWN_ORGANISATION)
    if action == Action.MANAGE_TRAJECTORY:
        return DENY
    # Checked again here (not only in the scope), so a service called with an object that
    # did not come through the scope still refuses an outsider.
    on_team = _my_team_places(actor).filter(trajectory_id=obj.pk).exists()
    consent = (
        _active_consents(actor, "basis")
        .filter(client_id=obj.client_id, purpose__in=purposes_for(obj.type))
        .first()
    ) or _team_consents(actor, "basis").filter(trajectory_id=obj.pk).first()
    allowed = on_team and consent is not None
    return Decision(allowed, Basis.TEAM, consent_id=consent.pk if allowed and consent else None)


def _decide_own_record(actor: Actor, action: Action, obj: Any) -> Decision:
    """A goal, meeting report or action is read by whoever the scope lets see it, and changed
    by the organisation that recorded it (an action also by its owner). The client reads
    them in the portal and marks their own actions done."""
    if actor.is_client:
        owner_id = getattr(obj, "owner_id", None)
        return _client_self(actor, action, obj, may_change=owner_id == actor.user.pk)  # type: ignore[union-attr]
    if not _works_with_clients(actor):
        return DENY
    own = obj.organisation_id == actor.organisation_id
    if action == Action.VIEW_TRAJECTORY:  # reading a record the scope let through
        return Decision(True, Basis.OWN_ORGANISATION if own else Basis.CONSENT)
    if action != Action.CHANGE_RECORD:
        return DENY
    if not _is_mine(actor, obj):
        return DENY
    # On another organisation's trajectory a guest changes its own records only while it is
    # still a guest (on the team, under consent): a former guest's records stay, unchangeable.
    trajectory = getattr(obj, "trajectory", None)
    guest = trajectory is not None and trajectory.organisation_id != actor.organisation_id
    if guest and not _decide_trajectory(actor, Action.ADD_OWN_RECORD, trajectory):
        return DENY
    return Decision(True, Basis.OWN_ORGANISATION if own else Basis.TEAM)


def _is_mine(actor: Actor, obj: Any) -> bool:
    """Recorded by the actor's organisation, or (an action) owned by the actor."""
    owner_id = getattr(obj, "owner_id", None)
    own_action = owner_id is not None and owner_id == actor.user.pk  # type: ignore[union-attr]
    return bool(obj.organisation_id == actor.organisation_id or own_action)


def changeable_records(actor: Actor, trajectory: Any, objs: Any) -> set[int]:
    """The ids of the records on ``trajectory`` that ``CHANGE_RECORD`` allows the actor, in a
    fixed number of queries however long the plan: whether a guest is still a guest is asked
    once for the trajectory, not once per record."""
    if not _works_with_clients(actor):
        return set()
    if trajectory.organisation_id != actor.organisation_id and not _decide_trajectory(
        actor, Action.ADD_OWN_RECORD, trajectory
    ):
        return set()
    return {obj.pk for obj in objs if obj.trajectory_id == trajectory.pk and _is_mine(actor, obj)}


def _decide_team_member(actor: Actor, action: Action, obj: Any) -> Decision:
    """Anyone who sees the trajectory sees its team. A membership is ended by the organisation
    that runs the trajectory, or by the member themselves (a guest leaves; it does not take
    others off the owner's team)."""
    if not _works_with_clients(actor):
        return DENY
    if action == Action.VIEW_TRAJECTORY:
        return Decision(True, Basis.TEAM)
    if action == Action.END_TEAM_MEMBERSHIP:
        if obj.trajectory.organisation_id == actor.organisation_id:
            return Decision(True, Basis.OWN_ORGANISATION)
        own = obj.user_id == actor.user.pk and obj.organisation_id == actor.organisation_id  # type: ignore[union-attr]
        return Decision(own, Basis.SELF)
    return DENY


register_page_rule(
    Action.VIEW_CASELOAD, lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION)
)
register_page_rule(Action.HAND_OVER, lambda a: Decision(_is_team_lead(a), Basis.ROLE))
register_scope("trajectories.trajectory", _scope_trajectories)
register_scope("trajectories.goal", _data_scope())
register_scope("trajectories.meeting", _data_scope())
register_scope("trajectories.note", _data_scope())
register_scope("trajectories.planaction", _data_scope())
register_scope("trajectories.ladderassessment", _data_scope())
register_scope("trajectories.phasechange", _data_scope(categorised=False))
register_scope("trajectories.teammember", _data_scope(categorised=False))
register_rule("trajectories.trajectory", _decide_trajectory)
register_rule("trajectories.teammember", _decide_team_member)
register_rule("trajectories.goal", _decide_own_record)
register_rule("trajectories.meeting", _decide_own_record)
register_rule("trajectories.planaction", _decide_own_record)
register_rule("trajectories.ladderassessment", _decide_own_record)
