"""Access rules of the organisations context: the home page, choosing a membership, one's
own account, and the members of one's organisation."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.organisations.models import Membership

from ..engine import (
    DENY,
    Action,
    Basis,
    Decision,
    _acts_for_an_organisation,
    _is_admin,
    _is_team_lead,
    register_page_rule,
    register_rule,
    register_scope,
)


def _scope_memberships(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if not actor.is_professional:
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


def _decide_membership(actor: Actor, action: Action, obj: Membership) -> Decision:
    if action == Action.CHANGE_MEMBER:
        return Decision(_is_admin(actor), Basis.ROLE)
    if action == Action.VIEW_TEAM_TRAINING:  # a teamleider signs up and records their team
        return Decision(_leads_team_of(actor, obj), Basis.ROLE)
    return DENY


def _leads_team_of(actor: Actor, member: Membership) -> bool:
    """The actor is the teamleider of the member's team (an active colleague, not oneself)."""
    lead = actor.membership
    return (
        _is_team_lead(actor)
        and lead is not None
        and lead.team_id is not None
        and member.team_id == lead.team_id
        and member.organisation_id == lead.organisation_id
        and member.is_active
        and member.user_id != lead.user_id
    )


register_page_rule(
    Action.VIEW_HOME, lambda a: Decision(a.is_client or _acts_for_an_organisation(a), Basis.SELF)
)
register_page_rule(
    Action.CHOOSE_MEMBERSHIP, lambda a: Decision(_acts_for_an_organisation(a), Basis.SELF)
)
register_page_rule(Action.MANAGE_OWN_ACCOUNT, lambda a: Decision(a.is_authenticated, Basis.SELF))
register_page_rule(Action.MANAGE_MEMBERS, lambda a: Decision(_is_admin(a), Basis.ROLE))
register_scope("organisations.membership", _scope_memberships)
register_rule("organisations.membership", _decide_membership)
