"""The one access policy of Werkpad.

Every view, service, selector and API endpoint asks this module; no permission logic lives
anywhere else. Deny by default: an action or model without a rule here is refused.

* ``visible_to(actor, queryset)`` scopes a queryset to what the actor may see at all.
* ``decide(actor, action, obj)`` answers whether the actor may do ``action`` (on ``obj``) and
  on what basis (the basis goes into the NEN 7513 access log).
* ``get_for(actor, action, queryset, **lookup)`` is what views use: an object outside the
  actor's scope is a 404 (no existence leak); a visible object without the right is a 403.
  Both denials are written to the access log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Model, Q, QuerySet
from django.http import Http404

from werkpad.organisations.models import Membership, Role

from .actor import Actor

M = TypeVar("M", bound=Model)


class Action(StrEnum):
    VIEW_HOME = "view_home"
    CHOOSE_MEMBERSHIP = "choose_membership"
    MANAGE_OWN_ACCOUNT = "manage_own_account"
    MANAGE_MEMBERS = "manage_members"  # list and add users of the own organisation
    CHANGE_MEMBER = "change_member"
    SEARCH_ACCESS_LOG = "search_access_log"
    EXPORT_ACCESS_LOG = "export_access_log"
    LIST_CLIENTS = "list_clients"
    VIEW_CLIENT = "view_client"
    CREATE_CLIENT = "create_client"
    CHANGE_CLIENT = "change_client"
    MANAGE_CONSENTS = "manage_consents"  # on a client: see, record and withdraw consents


class Basis(StrEnum):
    """Why an action was allowed; recorded in every access-log row."""

    NONE = ""
    SELF = "self"  # the client's own record, or the user's own account
    OWN_ORGANISATION = "own_organisation"
    ROLE = "role"  # the role the actor acts under grants it (functioneel beheerder)
    TEAM = "team_membership"
    CONSENT = "consent"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    basis: Basis = Basis.NONE
    consent_id: int | None = None

    def __bool__(self) -> bool:
        return self.allowed


DENY = Decision(False)

# Roles that administer their own organisation (and are its logbeheerder).
ADMIN_ROLES = frozenset({Role.FUNCTIONEEL_BEHEERDER})
# Roles that work with client records of their organisation. Employer users never do.
CLIENT_WORK_ROLES = frozenset(set(Role) - {Role.WERKGEVER_CONTACTPERSOON} - ADMIN_ROLES)


def _acts_for_an_organisation(actor: Actor) -> bool:
    return actor.is_professional or actor.is_employer


def _works_with_clients(actor: Actor) -> bool:
    return actor.is_professional and actor.role in CLIENT_WORK_ROLES


def _is_admin(actor: Actor) -> bool:
    return actor.is_professional and actor.role in ADMIN_ROLES


# --- Actions that need no object -----------------------------------------------------------
_PAGE_RULES: dict[Action, Callable[[Actor], Decision]] = {
    Action.VIEW_HOME: lambda a: Decision(a.is_client or _acts_for_an_organisation(a), Basis.SELF),
    Action.CHOOSE_MEMBERSHIP: lambda a: Decision(_acts_for_an_organisation(a), Basis.SELF),
    Action.MANAGE_OWN_ACCOUNT: lambda a: Decision(a.is_authenticated, Basis.SELF),
    Action.MANAGE_MEMBERS: lambda a: Decision(_is_admin(a), Basis.ROLE),
    Action.SEARCH_ACCESS_LOG: lambda a: Decision(_is_admin(a), Basis.ROLE),
    Action.EXPORT_ACCESS_LOG: lambda a: Decision(_is_admin(a), Basis.ROLE),
    Action.LIST_CLIENTS: lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
    Action.CREATE_CLIENT: lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
}


# --- Scopes: what an actor can see at all, per model ---------------------------------------
def _scope_memberships(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if not actor.is_professional:
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


def _active_consents(actor: Actor, category: str) -> QuerySet[Any]:
    """Consents in force for the actor's organisation (and role) covering ``category``."""
    from werkpad.clients.models import Consent

    return (
        Consent.objects.active()
        .filter(recipient_id=actor.organisation_id, grants__category=category)
        .filter(Q(recipient_role="") | Q(recipient_role=actor.role))
    )


def _scope_clients(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """Insiders (the client, professionals of the recording organisation) are in scope;
    whether their role may open the record is for ``_decide_client`` (403, not 404). Another
    organisation sees a record only while the client's consent for basic data is in force."""
    if actor.is_client:
        return qs.filter(user=actor.user)
    if not actor.is_professional:
        return qs.none()
    own = Q(organisation_id=actor.organisation_id)
    if not _works_with_clients(actor):
        return qs.filter(own)
    consented = _active_consents(actor, "basis").values("client_id")
    return qs.filter(own | Q(pk__in=consented))


def _scope_consents(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The recording organisation manages a client's consents; a recipient sees what it got."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not _works_with_clients(actor):
        return qs.none()
    return qs.filter(
        Q(client__organisation_id=actor.organisation_id) | Q(recipient_id=actor.organisation_id)
    )


def _decide_consent(actor: Actor, action: Action, obj: Any) -> Decision:
    """Withdrawing: the recording organisation does it for the client (who is present)."""
    if action == Action.MANAGE_CONSENTS and _works_with_clients(actor):
        return Decision(obj.client.organisation_id == actor.organisation_id, Basis.OWN_ORGANISATION)
    return DENY


def _scope_client_numbers(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """An organisation's own client numbers are for that organisation only (invariant 5)."""
    if not _works_with_clients(actor):
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


def _scope_access_log(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if not _is_admin(actor):
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


_SCOPES: dict[str, Callable[[Actor, QuerySet[Any]], QuerySet[Any]]] = {
    "organisations.membership": _scope_memberships,
    "clients.client": _scope_clients,
    "clients.clientnumber": _scope_client_numbers,
    "clients.consent": _scope_consents,
    "audit.accesslogentry": _scope_access_log,
}


# --- Decisions on one object (the object is already known to be visible) -------------------
def _decide_membership(actor: Actor, action: Action, obj: Membership) -> Decision:
    if action == Action.CHANGE_MEMBER:
        return Decision(_is_admin(actor), Basis.ROLE)
    return DENY


def _decide_client(actor: Actor, action: Action, obj: Any) -> Decision:
    if action not in (Action.VIEW_CLIENT, Action.CHANGE_CLIENT, Action.MANAGE_CONSENTS):
        return DENY
    if actor.is_client:
        # A client reads their own record; changes go through their team (portal: later).
        # (Consents in the portal come with issue 5.)
        own = obj.user_id == actor.user.pk  # type: ignore[union-attr]
        return Decision(own and action == Action.VIEW_CLIENT, Basis.SELF)
    if not _works_with_clients(actor):
        return DENY
    if obj.organisation_id == actor.organisation_id:
        return Decision(True, Basis.OWN_ORGANISATION)
    if action == Action.VIEW_CLIENT:
        consent = _active_consents(actor, "basis").filter(client_id=obj.pk).first()
        if consent is not None:
            return Decision(True, Basis.CONSENT, consent_id=consent.pk)
    return DENY


_OBJECT_RULES: dict[str, Callable[[Actor, Action, Any], Decision]] = {
    "organisations.membership": _decide_membership,
    "clients.client": _decide_client,
    "clients.consent": _decide_consent,
}


def _label(model: type[Model] | Model) -> str:
    return model._meta.label_lower


def visible_to(actor: Actor, queryset: QuerySet[M]) -> QuerySet[M]:
    """``queryset`` narrowed to what ``actor`` may see. Unknown models: nothing."""
    if not actor.is_authenticated:
        return queryset.none()
    scope = _SCOPES.get(_label(queryset.model))
    return scope(actor, queryset) if scope else queryset.none()


def decide(actor: Actor, action: Action, obj: Model | None = None) -> Decision:
    if not actor.is_authenticated:
        return DENY
    if obj is None:
        rule = _PAGE_RULES.get(action)
        return rule(actor) if rule else DENY
    object_rule = _OBJECT_RULES.get(_label(obj))
    return object_rule(actor, action, obj) if object_rule else DENY


def may(actor: Actor, action: Action | str, obj: Model | None = None) -> bool:
    """For templates and menus: show only what the actor may use."""
    return decide(actor, Action(action), obj).allowed


def require(actor: Actor, action: Action, obj: Model | None = None) -> Decision:
    """The decision, or ``PermissionDenied`` (403) after logging the denied attempt."""
    decision = decide(actor, action, obj)
    if not decision.allowed:
        _log_denied(actor, action, obj)
        raise PermissionDenied
    return decision


def get_for(
    actor: Actor, action: Action, queryset: QuerySet[M], **lookup: Any
) -> tuple[M, Decision]:
    """One object for ``action``: 404 when outside the actor's scope, 403 when visible but
    not allowed. Both are logged as denied attempts."""
    try:
        obj = visible_to(actor, queryset).get(**lookup)
    except (ObjectDoesNotExist, ValueError) as exc:
        _log_denied(actor, action, None, object_type=_label(queryset.model), lookup=lookup)
        raise Http404 from exc
    return obj, require(actor, action, obj)


# The NEN 7513 action code a denied attempt is logged with.
_AUDIT_ACTION = {
    Action.CHANGE_MEMBER: "U",
    Action.CHANGE_CLIENT: "U",
    Action.CREATE_CLIENT: "C",
    Action.MANAGE_CONSENTS: "U",
    Action.MANAGE_MEMBERS: "C",
    Action.SEARCH_ACCESS_LOG: "S",
    Action.EXPORT_ACCESS_LOG: "E",
}


def _log_denied(
    actor: Actor,
    action: Action,
    obj: Model | None,
    *,
    object_type: str = "",
    lookup: dict[str, Any] | None = None,
) -> None:
    if not actor.is_authenticated:
        return  # anonymous requests never reach data: they are sent to the login page
    from werkpad.audit.recorder import record_denied

    record_denied(
        actor,
        action=str(action),
        audit_action=_AUDIT_ACTION.get(action, "R"),
        obj=obj,
        object_type=object_type,
        lookup=lookup,
    )
