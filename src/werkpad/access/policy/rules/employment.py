"""Access rules of job development and placement: employers (shared by regional agreement,
decision 0022), their contacts and vacancies, and what is recorded about a job seeker's work
(career profile, workplace scan, placement, follow-along, check-ins, signals). The employer's
own users see a narrow view (decision 0025)."""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.employment.models import RegionalSharing

from ..engine import (
    DENY,
    Action,
    Basis,
    Decision,
    M,
    Scope,
    _is_admin,
    _works_with_clients,
    register_page_rule,
    register_rule,
    register_scope,
)
from ..scopes import _data_scope, _insiders_only, _through, _trajectory_q
from .trajectories import _decide_own_record, _decide_trajectory

# Who decides on an instrument (REFERENCE.md §4.3): the gemeente on loonkostensubsidie
# (Participatiewet art. 10d) and social return, and on proefplaatsing and jobcoaching for
# whom it pays the benefit; UWV on the no-riskpolis (Ziektewet art. 29b) and on proefplaatsing
# and jobcoaching for its benefits. Their klantmanager or arbeidsdeskundige on the client's
# team records that decision on the placement (issue 13, item 8).
GEMEENTE_DECIDES = frozenset({"loonkostensubsidie", "proefplaatsing", "jobcoach", "sroi"})
UWV_DECIDES = frozenset({"no_riskpolis", "proefplaatsing", "jobcoach"})
INSTRUMENT_DECIDERS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # organisation type -> (roles that record the decision, the instruments it decides)
    "gemeente": (frozenset({"klantmanager"}), GEMEENTE_DECIDES),
    "uwv": (frozenset({"arbeidsdeskundige", "klantmanager"}), UWV_DECIDES),
}


def _employer_q(actor: Actor, prefix: str = "") -> Q:
    """Employer relations a professional sees: their organisation's own, and those of
    organisations that share with them in the employer's region (both agreed to share)."""
    own = Q(**{f"{prefix}holder_id": actor.organisation_id})
    my_regions = RegionalSharing.objects.filter(organisation_id=actor.organisation_id).values(  # type: ignore[misc]
        "region_id"
    )
    holder_shares = Exists(
        RegionalSharing.objects.filter(
            organisation_id=OuterRef(f"{prefix}holder_id"),
            region_id=OuterRef(f"{prefix}region_id"),
        )
    )
    return own | (Q(**{f"{prefix}region_id__in": my_regions}) & Q(holder_shares))


def _employer_scope(prefix: str = "") -> Scope:
    """Scope for an employer and what hangs on it: professionals by ``_employer_q``; the
    employer's own users see their own organisation's record only."""

    def scope(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
        if actor.is_employer:
            return qs.filter(**{f"{prefix}account_id": actor.organisation_id})
        if not _works_with_clients(actor):
            return _insiders_only(actor, qs, f"{prefix}holder_id")
        return qs.filter(_employer_q(actor, prefix))

    return scope


def _scope_employer_contacts(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if not _works_with_clients(actor):
        return _insiders_only(actor, qs, "organisation_id")
    return qs.filter(_employer_q(actor, "employer__"))


def _scope_vacancies(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """An employer's vacancies go with the employer; a job created for one person is seen
    only by those who see that person's trajectory."""
    qs = _employer_scope("employer__")(actor, qs)
    if actor.is_employer or not _works_with_clients(actor):
        return qs
    return qs.filter(Q(for_trajectory__isnull=True) | _trajectory_q(actor, "for_trajectory__"))


def _scope_placements(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The employer sees the placements at their organisation (through a narrow view, see
    ``_decide_placement``); the worker their own; professionals by consent."""
    if actor.is_employer:
        return qs.filter(employer__account_id=actor.organisation_id)
    if actor.is_client:
        return qs.filter(trajectory__client__user=actor.user)
    return _data_scope()(actor, qs)


def _scope_follow_ups(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_employer:
        # Only notes meant for them, not withdrawn, and only while the worker works there: a
        # former employer sees nothing more (issue 11, item 7).
        return qs.filter(
            for_employer=True,
            withdrawn_at__isnull=True,
            placement__employer__account_id=actor.organisation_id,
            placement__ended_on__isnull=True,
        )
    return _data_scope(trajectory="placement__trajectory")(actor, qs)


def _scope_checkins(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_client:
        return qs.filter(placement__trajectory__client__user=actor.user)
    return _data_scope(trajectory="placement__trajectory")(actor, qs)


def as_client_data(actor: Actor, qs: QuerySet[M], trajectory: str = "trajectory") -> QuerySet[M]:
    """Records that are organisation data but also name a client (an employer contact for a
    job seeker): narrowed like client data on that trajectory, for pages about the client."""
    return _data_scope(trajectory=trajectory)(actor, qs)


def _decide_employer(actor: Actor, action: Action, obj: Any) -> Decision:
    """Everyone who sees an employer reads it and logs contacts with it (that is the point
    of sharing); the organisation holding the relation changes it and adds vacancies; the
    employer's own users add vacancies too."""
    if actor.is_employer:
        own = obj.account_id == actor.organisation_id
        return Decision(own and action in (Action.VIEW_EMPLOYER, Action.ADD_VACANCY), Basis.SELF)
    if not _works_with_clients(actor):
        return DENY
    if action in (Action.VIEW_EMPLOYER, Action.LOG_EMPLOYER_CONTACT):
        if obj.holder_id == actor.organisation_id:
            return Decision(True, Basis.OWN_ORGANISATION)
        # Checked again here (not only in the scope), so a service called with an employer
        # that did not come through the scope still refuses one that is not shared.
        shared = type(obj)._default_manager.filter(_employer_q(actor), pk=obj.pk).exists()
        return Decision(shared, Basis.OWN_ORGANISATION)
    if action in (Action.CHANGE_EMPLOYER, Action.ADD_VACANCY):
        return Decision(obj.holder_id == actor.organisation_id, Basis.OWN_ORGANISATION)
    return DENY


def _decide_vacancy(actor: Actor, action: Action, obj: Any) -> Decision:
    if action == Action.VIEW_VACANCY:
        return Decision(actor.is_employer or _works_with_clients(actor), Basis.OWN_ORGANISATION)
    if action != Action.CHANGE_VACANCY:
        return DENY
    return _decide_employer(actor, Action.ADD_VACANCY, obj.employer)


def _decide_placement(actor: Actor, action: Action, obj: Any) -> Decision:
    """The employer reads its placements through the narrow employer view only: the worker's
    name, the job and what the worker chose to disclose; never care data. The worker records
    check-ins on their own placement."""
    if actor.is_employer:
        return Decision(action == Action.VIEW_AS_EMPLOYER, Basis.OWN_ORGANISATION)
    if actor.is_client:  # the worker: their own well-being check-in, nothing else
        own = obj.trajectory.client.user_id == actor.user.pk  # type: ignore[union-attr]
        return Decision(own and action == Action.WORKER_CHECKIN, Basis.SELF)
    if action == Action.DECIDE_INSTRUMENT:
        codes = decidable_instruments(actor, obj)
        return Decision(codes is None or bool(codes), _instrument_basis(actor, obj))
    return _decide_own_record(actor, action, obj)


def instruments_decided_by(actor: Actor) -> frozenset[str]:
    """The instruments the actor's organisation decides on, when the actor holds the role
    that records those decisions (``INSTRUMENT_DECIDERS``); empty for everyone else."""
    organisation = actor.organisation
    roles, codes = INSTRUMENT_DECIDERS.get(organisation.type if organisation else "", ((), ()))
    return frozenset(codes) if actor.role in roles else frozenset()


def decidable_instruments(actor: Actor, placement: Any) -> frozenset[str] | None:
    """The instruments whose decision ``actor`` may record on ``placement``: every one for
    the placing organisation (as it changes the placement), the deciding organisation's own
    for its klantmanager or arbeidsdeskundige on the team (with the client's consent, and
    seeing the placement), none for anyone else. ``None`` means every instrument."""
    if not _works_with_clients(actor) or placement.ended_on is not None:
        return frozenset()
    if _decide_own_record(actor, Action.CHANGE_RECORD, placement).allowed:
        return None
    codes = instruments_decided_by(actor)
    if not codes:
        return frozenset()
    if not _decide_trajectory(actor, Action.ADD_OWN_RECORD, placement.trajectory).allowed:
        return frozenset()
    sees = _scope_placements(actor, type(placement)._default_manager.filter(pk=placement.pk))
    return frozenset(codes) if sees.exists() else frozenset()


def _instrument_basis(actor: Actor, placement: Any) -> Basis:
    own = placement.organisation_id == actor.organisation_id
    return Basis.OWN_ORGANISATION if own else Basis.TEAM


def _decide_instrument(actor: Actor, action: Action, obj: Any) -> Decision:
    """An instrument is read with its placement (the scope); its decision is recorded by
    whoever ``decidable_instruments`` names for its code."""
    if action != Action.DECIDE_INSTRUMENT:
        return DENY
    codes = decidable_instruments(actor, obj.placement)
    allowed = codes is None or obj.instrument in codes
    return Decision(allowed, _instrument_basis(actor, obj.placement))


register_page_rule(
    Action.VIEW_JOB_DEVELOPMENT,
    lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
)
register_page_rule(
    Action.CREATE_EMPLOYER, lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION)
)
register_page_rule(Action.EMPLOYER_PAGES, lambda a: Decision(a.is_employer, Basis.OWN_ORGANISATION))
register_page_rule(Action.WORKER_CHECKIN, lambda a: Decision(a.is_client, Basis.SELF))
register_page_rule(Action.MANAGE_EMPLOYER_SHARING, lambda a: Decision(_is_admin(a), Basis.ROLE))
register_scope("employment.careerprofile", _data_scope())
register_scope("employment.workhistoryentry", _through("profile", "employment.careerprofile"))
register_scope("employment.employer", _employer_scope())
register_scope("employment.contactperson", _employer_scope("employer__"))
register_scope("employment.employercontact", _scope_employer_contacts)
register_scope("employment.vacancy", _scope_vacancies)
register_scope("employment.workplacescan", _data_scope())
register_scope("employment.placement", _scope_placements)
register_scope("employment.appliedinstrument", _through("placement", "employment.placement"))
register_scope("employment.followupcontact", _scope_follow_ups)
register_scope("employment.checkin", _scope_checkins)
register_scope("employment.signal", _data_scope())
register_rule("employment.employer", _decide_employer)
register_rule("employment.vacancy", _decide_vacancy)
register_rule("employment.placement", _decide_placement)
register_rule("employment.appliedinstrument", _decide_instrument)
register_rule("employment.careerprofile", _decide_own_record)
register_rule("employment.workplacescan", _decide_own_record)
register_rule("employment.signal", _decide_own_record)
# A follow-along note: withdrawn or corrected by the organisation that wrote it.
register_rule("employment.followupcontact", _decide_own_record)
