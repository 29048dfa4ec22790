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
    return DENY


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
