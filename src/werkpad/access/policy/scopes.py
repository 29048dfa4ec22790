"""Scope builders the contexts share: trajectories and the records on them (``_data_scope``,
with need-to-know), detail rows seen through their parent, records only the client sees, and
the client's own rights on records about them."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db.models import OuterRef, Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.clients.models import Client

from .consent import _consented, _on_team
from .engine import DENY, Action, Basis, Decision, M, Scope, _label, _works_with_clients, visible_to
from .memo import reused
from .need_to_know import _need_to_know_q


@reused
def _trajectory_q(actor: Actor, prefix: str = "") -> Q:
    """Trajectories a professional may see: their organisation's own, or (another
    organisation's) one whose team they are on while the client's basic-data consent for
    their organisation is in force."""
    own = Q(**{f"{prefix}organisation_id": actor.organisation_id})
    pk_path = f"{prefix}pk" if prefix else "pk"
    team_and_consent = Q(_on_team(actor, pk_path)) & Q(
        _consented(
            actor,
            f"{prefix}client_id",
            "basis",
            route_path=f"{prefix}type",
            trajectory_path=pk_path,
        )
    )
    return own | team_and_consent


def _insiders_only(actor: Actor, qs: QuerySet[Any], organisation_path: str) -> QuerySet[Any]:
    """Professionals whose role does not work with clients (a functioneel beheerder) see that
    their organisation's records exist, so the decision can refuse them with a 403."""
    if not actor.is_professional:
        return qs.none()
    return qs.filter(**{organisation_path: actor.organisation_id})


def _data_scope(
    *, trajectory: str = "trajectory", categorised: bool = True, need_to_know: bool = True
) -> Scope:
    """Scope for records on a trajectory: the trajectory must be visible, and a record another
    organisation made is shown only while the client's consent covers its data category.
    Treatment and belastbaarheid records are need-to-know on top of that (``_need_to_know_q``):
    not every colleague of the organisation reads them."""

    def scope(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
        if actor.is_client:  # the client's own file (AVG art. 15); what they may do is decided
            return qs.filter(**{f"{trajectory}__client__user": actor.user})
        if not _works_with_clients(actor):
            return _insiders_only(actor, qs, f"{trajectory}__organisation_id")
        qs = qs.filter(_trajectory_q(actor, f"{trajectory}__"))
        if not categorised:
            return qs
        category: str | OuterRef = getattr(qs.model, "category", None) or ""
        if not isinstance(category, str) or not category:
            category = OuterRef("category")
        consented = _consented(
            actor,
            f"{trajectory}__client_id",
            category,
            route_path=f"{trajectory}__type",
            trajectory_path=f"{trajectory}__pk",
        )
        qs = qs.filter(Q(organisation_id=actor.organisation_id) | Q(consented))
        known = _need_to_know_q(actor, qs.model, trajectory) if need_to_know else None
        return qs if known is None else qs.filter(known)

    return scope


# Models whose records can be need-to-know, and the path to their trajectory.
_NEED_TO_KNOW_PATHS = {
    "trajectories.goal": "trajectory",
    "trajectories.meeting": "trajectory",
    "trajectories.note": "trajectory",
    "trajectories.planaction": "trajectory",
}


def hidden_by_need_to_know(actor: Actor, queryset: QuerySet[M]) -> QuerySet[M]:
    """Records the actor would read but for need-to-know: pages count them ("1 behandeldoel
    afgeschermd") and offer break the glass; their content is never shown."""
    label = _label(queryset.model)
    path = _NEED_TO_KNOW_PATHS.get(label)
    if path is None or not actor.is_authenticated or not _works_with_clients(actor):
        return queryset.none()
    known = _need_to_know_q(actor, queryset.model, path)
    if known is None:
        return queryset.none()
    wider = _data_scope(trajectory=path, need_to_know=False)(actor, queryset)
    return wider.exclude(known)


def _own_client(path: str = "client") -> Scope:
    """Records only the client they are about sees (the disclosure worksheet)."""

    def scope(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
        if not actor.is_client:
            return qs.none()
        return qs.filter(**{f"{path}__user": actor.user})

    return scope


def _through(model_path: str, parent: str) -> Scope:
    """Scope of a detail row: visible when its parent record is."""

    def scope(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
        parents = visible_to(actor, apps.get_model(parent)._default_manager.all())
        return qs.filter(**{f"{model_path}__in": parents.values("pk")})

    return scope


def _client_user_id(obj: Any) -> int | None:
    """The user account of the client a record is about (a client, or a record on their
    client record or trajectory)."""
    if isinstance(obj, Client):
        return obj.user_id
    if hasattr(obj, "client"):
        return obj.client.user_id
    if hasattr(obj, "trajectory"):
        return obj.trajectory.client.user_id
    if hasattr(obj, "thread"):
        return obj.thread.trajectory.client.user_id
    return None


def _client_self(actor: Actor, action: Action, obj: Any, *, may_change: bool = True) -> Decision:
    """The client on a record about themselves: they read it; they change it where the
    record is theirs to change (``may_change``)."""
    own = actor.is_client and _client_user_id(obj) == actor.user.pk  # type: ignore[union-attr]
    if action == Action.VIEW_OWN:
        return Decision(own, Basis.SELF)
    if action == Action.CHANGE_OWN:
        return Decision(own and may_change, Basis.SELF)
    if action == Action.MESSAGE:  # writing to the team: on a trajectory or in a conversation
        return Decision(own and _label(obj) in _MESSAGE_ON, Basis.SELF)
    return DENY


_MESSAGE_ON = frozenset({"trajectories.trajectory", "portal.thread"})
