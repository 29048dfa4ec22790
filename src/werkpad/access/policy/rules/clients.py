"""Access rules of clients and consent, and of how a client comes in: client numbers,
intakes and referrals (the intake and referral models live in ``trajectories``, but are read
under the organisation's consent, like the client record)."""

from __future__ import annotations

from typing import Any

from django.db.models import F, Q, QuerySet

from werkpad.access.actor import Actor

from ..consent import (
    ANY_ROLE,
    _active_consents,
    _consented,
    _my_team_places,
    _team_consent_in_force,
    _team_consents,
    consents_in_force,
)
from ..engine import (
    DENY,
    Action,
    Basis,
    Decision,
    _works_with_clients,
    register_page_rule,
    register_rule,
    register_scope,
)
from ..scopes import _client_self, _insiders_only


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
    return qs.filter(own | Q(pk__in=consented) | Q(pk__in=_team_consent_clients(actor)))


def _team_consent_clients(actor: Actor) -> QuerySet[Any]:
    """Clients on whose trajectory team the actor is while the client's consent for that care
    team covers basic data."""
    return (
        _my_team_places(actor)
        .filter(_team_consent_in_force("trajectory_id", actor.role, "basis"))
        .values("trajectory__client_id")
    )


def _scope_consents(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The recording organisation manages a client's consents; a recipient sees what it got."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not _works_with_clients(actor):
        return qs.none()
    return qs.filter(
        Q(client__organisation_id=actor.organisation_id)
        | Q(recipient_id=actor.organisation_id)
        | Q(trajectory__organisation_id=actor.organisation_id)
    )


def _decide_consent(actor: Actor, action: Action, obj: Any) -> Decision:
    """Withdrawing: the client themselves in the portal, or the recording organisation for
    the client (who is present)."""
    if actor.is_client:
        return _client_self(actor, action, obj)
    if action == Action.MANAGE_CONSENTS and _works_with_clients(actor):
        return Decision(obj.client.organisation_id == actor.organisation_id, Basis.OWN_ORGANISATION)
    return DENY


def _scope_client_numbers(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """An organisation's own client numbers are for that organisation only (invariant 5)."""
    if not _works_with_clients(actor):
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


_OWN_CLIENT_ACTIONS = (
    Action.CHANGE_CLIENT,
    Action.INVITE_CLIENT,
    Action.MANAGE_CONSENTS,
    Action.RECORD_INTAKE,
    Action.REFER_CLIENT,
    Action.START_TRAJECTORY,
)


def _decide_client(actor: Actor, action: Action, obj: Any) -> Decision:
    if actor.is_client:
        # A client reads their own record and works on it in the portal; what the team
        # records they change through their team.
        if action == Action.VIEW_CLIENT:
            return Decision(obj.user_id == actor.user.pk, Basis.SELF)  # type: ignore[union-attr]
        return _client_self(actor, action, obj)
    # Break the glass: whoever may open the client record may ask, with a reason; the grant
    # opens need-to-know records only where the organisation (or consent) already reaches.
    seen_actions = (Action.VIEW_CLIENT, Action.PROPOSE_CONSENT, Action.BREAK_THE_GLASS)
    if action not in (*seen_actions, *_OWN_CLIENT_ACTIONS):
        return DENY
    if not _works_with_clients(actor):
        return DENY
    if obj.organisation_id == actor.organisation_id:
        return Decision(True, Basis.OWN_ORGANISATION)
    if action in seen_actions:
        consent = _active_consents(actor, "basis").filter(client_id=obj.pk).first()
        if consent is None:  # or the consent for the care team the actor is on
            consent = (
                _team_consents(actor, "basis")
                .filter(client_id=obj.pk, trajectory__team__in=_my_team_places(actor))
                .first()
            )
        if consent is not None:
            return Decision(True, Basis.CONSENT, consent_id=consent.pk)
    return DENY


def _scope_intakes(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """An intake is work data of the organisation that held it: others read it only with
    consent for work data and for basic data. The client reads their own (AVG art. 15)."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not _works_with_clients(actor):
        return qs.none()
    return qs.filter(
        Q(organisation_id=actor.organisation_id)
        | (Q(_consented(actor, "client_id", "werk")) & Q(_consented(actor, "client_id", "basis")))
    )


def _decide_intake(actor: Actor, action: Action, obj: Any) -> Decision:
    """An intake the scope let through is read on the ground it was let through: the own
    organisation's, or another's under the client's consent for work data."""
    if actor.is_client:
        return _client_self(actor, action, obj, may_change=False)
    if action != Action.VIEW_CLIENT or not _works_with_clients(actor):
        return DENY
    if obj.organisation_id == actor.organisation_id:
        return Decision(True, Basis.OWN_ORGANISATION)
    consent = _active_consents(actor, "werk").filter(client_id=obj.client_id).first()
    return Decision(True, Basis.CONSENT, consent.pk) if consent is not None else DENY


def _scope_referrals(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The referring organisation sees what it sent. The receiving organisation sees a
    referral from elsewhere only while the client's consent lets it (and the actor's role)
    see the basic data: a referral names the client and why, so a withdrawal hides it at
    once, from the list, its page and the decision. The client reads the referrals about
    themselves (AVG art. 15: the reason and a decline's reason are their data too)."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not _works_with_clients(actor):
        return _insiders_only(actor, qs, "to_organisation_id")
    return qs.filter(_referral_q(actor))


def _referral_q(actor: Actor) -> Q:
    sent = Q(from_organisation_id=actor.organisation_id)
    received = Q(to_organisation_id=actor.organisation_id)
    from_inside = Q(from_organisation_id=F("to_organisation_id"))
    return sent | (received & (from_inside | _consented(actor, "client_id", "basis")))


def referrals_the_receiver_no_longer_sees(referrals: list[Any]) -> set[int]:
    """Of open referrals to another organisation, those that organisation can no longer see
    (no basic-data consent in force for it, for any role): the referrer is told, since
    nobody there will decide on them until the client consents again. One query."""
    waiting = [
        r
        for r in referrals
        if r.status == "open" and r.from_organisation_id != r.to_organisation_id
    ]
    if not waiting:
        return set()
    seen = set(
        consents_in_force("basis", role=ANY_ROLE)
        .filter(
            client_id__in={r.client_id for r in waiting},
            recipient_id__in={r.to_organisation_id for r in waiting},
        )
        .values_list("client_id", "recipient_id")
    )
    return {r.pk for r in waiting if (r.client_id, r.to_organisation_id) not in seen}


def _decide_referral(actor: Actor, action: Action, obj: Any) -> Decision:
    if actor.is_client:
        return _client_self(actor, action, obj, may_change=False)
    if not _works_with_clients(actor):
        return DENY
    ground = _referral_ground(actor, obj)
    if not ground:
        return DENY
    if action == Action.VIEW_REFERRAL:
        return ground
    if action == Action.DECIDE_REFERRAL:
        # The receiving team decides (the whole organisation when no team was named); a
        # referrer elsewhere in the organisation does not decide on their own referral.
        membership = actor.membership
        receiving = obj.to_organisation_id == actor.organisation_id and (
            obj.to_team_id is None
            or (membership is not None and membership.team_id == obj.to_team_id)
        )
        return ground if receiving else DENY
    return DENY


def _referral_ground(actor: Actor, obj: Any) -> Decision:
    """Why the actor may see a referral, read now (not only in the scope), so that a
    service holding a referral it read before the client withdrew consent is refused."""
    if obj.from_organisation_id == actor.organisation_id:  # sent by, or within, the own
        return Decision(True, Basis.OWN_ORGANISATION)
    if obj.to_organisation_id != actor.organisation_id:
        return DENY
    consent = _active_consents(actor, "basis").filter(client_id=obj.client_id).first()
    return Decision(True, Basis.CONSENT, consent.pk) if consent is not None else DENY


register_page_rule(
    Action.LIST_CLIENTS, lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION)
)
register_page_rule(
    Action.CREATE_CLIENT, lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION)
)
register_page_rule(
    Action.VIEW_REFERRALS, lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION)
)
register_page_rule(
    Action.VIEW_INTAKE_FIGURES, lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION)
)
register_scope("clients.client", _scope_clients)
register_scope("clients.clientnumber", _scope_client_numbers)
register_scope("clients.consent", _scope_consents)
register_scope("trajectories.intake", _scope_intakes)
register_scope("trajectories.referral", _scope_referrals)
register_rule("clients.client", _decide_client)
register_rule("clients.consent", _decide_consent)
register_rule("trajectories.intake", _decide_intake)
register_rule("trajectories.referral", _decide_referral)
