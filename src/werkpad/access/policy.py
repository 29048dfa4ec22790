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
from django.db.models import Exists, F, Model, OuterRef, Q, QuerySet
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
    RECORD_INTAKE = "record_intake"  # on a client: the intake with the work question
    REFER_CLIENT = "refer_client"  # on a client
    VIEW_INTAKE_FIGURES = "view_intake_figures"
    VIEW_CASELOAD = "view_caseload"
    VIEW_REFERRALS = "view_referrals"
    DECIDE_REFERRAL = "decide_referral"  # on a referral: accept or decline
    VIEW_REFERRAL = "view_referral"
    START_TRAJECTORY = "start_trajectory"  # on a client
    VIEW_TRAJECTORY = "view_trajectory"
    # On a trajectory: the team (guests of other organisations too) adds its own records
    # (notes, ladder, goals, actions, meetings, contacts); only the organisation that runs it
    # manages it (phases, closing, adding team members, placements).
    ADD_OWN_RECORD = "add_own_record"
    MANAGE_TRAJECTORY = "manage_trajectory"
    CHANGE_RECORD = "change_record"  # on a goal, meeting or action: its own organisation's
    HAND_OVER = "hand_over"  # a teamleider hands trajectories over
    END_TEAM_MEMBERSHIP = "end_team_membership"  # on a team member
    # Job development and placement (issue 4)
    VIEW_JOB_DEVELOPMENT = "view_job_development"  # employers, contacts, vacancies, figures
    CREATE_EMPLOYER = "create_employer"
    VIEW_EMPLOYER = "view_employer"  # on an employer
    CHANGE_EMPLOYER = "change_employer"  # on an employer: the organisation holding it
    LOG_EMPLOYER_CONTACT = "log_employer_contact"  # on an employer
    ADD_VACANCY = "add_vacancy"  # on an employer
    VIEW_VACANCY = "view_vacancy"
    CHANGE_VACANCY = "change_vacancy"
    EMPLOYER_PAGES = "employer_pages"  # the employer's own pages
    VIEW_AS_EMPLOYER = "view_as_employer"  # on a placement: the employer's narrow view
    WORKER_CHECKIN = "worker_checkin"  # the worker's own well-being check-in
    MANAGE_EMPLOYER_SHARING = "manage_employer_sharing"  # agree to share employers per region
    # The client portal (issue 5)
    PORTAL = "portal"  # the client's own pages
    VIEW_OWN = "view_own"  # on a record about the client: the client reads it
    CHANGE_OWN = "change_own"  # on a record about the client: the client changes it
    INVITE_CLIENT = "invite_client"  # on a client: the team invites them to the portal
    PROPOSE_CONSENT = "propose_consent"  # on a client: the team proposes a consent
    HANDLE_DATA_REQUESTS = "handle_data_requests"  # correction and erasure requests
    MESSAGE = "message"  # on a thread: read and answer it
    FACILITATE_GROUP = "facilitate_group"  # on a peer group: its facilitator
    VIEW_PEER_GROUPS = "view_peer_groups"
    # On a client: ask for temporary access to need-to-know records outside the care team
    BREAK_THE_GLASS = "break_the_glass"


class Basis(StrEnum):
    """Why an action was allowed; recorded in every access-log row."""

    NONE = ""
    SELF = "self"  # the client's own record, or the user's own account
    OWN_ORGANISATION = "own_organisation"
    ROLE = "role"  # the role the actor acts under grants it (functioneel beheerder)
    TEAM = "team_membership"
    CONSENT = "consent"
    BREAK_THE_GLASS = "break_the_glass"  # a temporary grant with a stated reason (0033)


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
# Roles a consent for an organisation reaches: those that work with the client on a team.
# A teamleider or regiocoördinator of the recipient (like its beheerder) never reads client
# records through a consent; they get aggregates. They still work with their own
# organisation's clients.
CONSENT_ROLES = frozenset(CLIENT_WORK_ROLES - {Role.TEAMLEIDER, Role.REGIOCOORDINATOR})


def _acts_for_an_organisation(actor: Actor) -> bool:
    return actor.is_professional or actor.is_employer


def _works_with_clients(actor: Actor) -> bool:
    return actor.is_professional and actor.role in CLIENT_WORK_ROLES


def _is_admin(actor: Actor) -> bool:
    return actor.is_professional and actor.role in ADMIN_ROLES


def _is_team_lead(actor: Actor) -> bool:
    return actor.is_professional and actor.role == Role.TEAMLEIDER


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
    Action.VIEW_CASELOAD: lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
    Action.VIEW_REFERRALS: lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
    Action.VIEW_INTAKE_FIGURES: lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
    Action.HAND_OVER: lambda a: Decision(_is_team_lead(a), Basis.ROLE),
    Action.VIEW_JOB_DEVELOPMENT: lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
    Action.CREATE_EMPLOYER: lambda a: Decision(_works_with_clients(a), Basis.OWN_ORGANISATION),
    Action.EMPLOYER_PAGES: lambda a: Decision(a.is_employer, Basis.OWN_ORGANISATION),
    Action.WORKER_CHECKIN: lambda a: Decision(a.is_client, Basis.SELF),
    Action.MANAGE_EMPLOYER_SHARING: lambda a: Decision(_is_admin(a), Basis.ROLE),
    Action.PORTAL: lambda a: Decision(a.is_client, Basis.SELF),
    Action.HANDLE_DATA_REQUESTS: lambda a: Decision(_is_admin(a), Basis.ROLE),
    Action.VIEW_PEER_GROUPS: lambda a: Decision(a.is_client or a.is_professional, Basis.SELF),
    # The page of the groups one facilitates; which groups is the object rule's business.
    Action.FACILITATE_GROUP: lambda a: Decision(a.is_professional, Basis.ROLE),
}


# --- Scopes: what an actor can see at all, per model ---------------------------------------
def _scope_memberships(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if not actor.is_professional:
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


def _active_consents(actor: Actor, category: str) -> QuerySet[Any]:
    """Consents in force for the actor's organisation (and role) covering ``category``."""
    from werkpad.clients.models import Consent

    if actor.role not in CONSENT_ROLES:
        return Consent.objects.none()
    return (
        Consent.objects.active()
        .filter(recipient_id=actor.organisation_id, grants__category=category)
        .filter(Q(recipient_role="") | Q(recipient_role=actor.role))
        .defer("document_ciphertext")
    )


def _team_consents(actor: Actor, category: str) -> QuerySet[Any]:
    """Consents in force for care teams covering ``category`` that reach the actor's role;
    whether the actor is on the team is the caller's part."""
    from werkpad.clients.models import Consent

    if actor.role not in CONSENT_ROLES:
        return Consent.objects.none()
    return (
        Consent.objects.active()
        .filter(trajectory__isnull=False, grants__category=category)
        .filter(Q(recipient_role="") | Q(recipient_role=actor.role))
        .defer("document_ciphertext")
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


def _consented(
    actor: Actor,
    client_path: str,
    category: str | OuterRef,
    route_path: str = "",
    *,
    trajectory_path: str = "",
) -> Q:
    """An active consent of the record's client for the actor's organisation (and role)
    covering ``category`` (a fixed category, or ``OuterRef("category")`` of the record). For
    data on a trajectory (``route_path`` leads to its type) the consent's purpose must be that
    trajectory: consent for an IPS trajectory does not open a WGB trajectory's data. With
    ``trajectory_path`` (the path to that trajectory's pk), a consent for the care team of
    that trajectory counts too while the actor is on its team."""
    consented = _consent_in_force(
        actor.organisation_id, actor.role, client_path, category, route_path=route_path
    )
    if not trajectory_path:
        return consented
    on_team = Q(_on_team(actor, trajectory_path))
    return consented | (on_team & _team_consent_in_force(trajectory_path, actor.role, category))


def _team_consent_in_force(trajectory_path: str, role: Any, category: str | OuterRef) -> Q:
    """An active consent for the care team of the trajectory at ``trajectory_path`` covering
    ``category``, for ``role`` (a value or an ``OuterRef``) if it names one. Whether the
    reader is on that team is the caller's part (``_on_team`` or the team membership row)."""
    from werkpad.clients.models import Consent

    consents = (
        Consent.objects.active()
        .filter(trajectory_id=OuterRef(trajectory_path), grants__category=category)
        .filter(Q(recipient_role="") | Q(recipient_role=role))
    )
    if isinstance(role, str) and role not in CONSENT_ROLES:
        consents = consents.none()  # an ``OuterRef`` role: the caller filters on CONSENT_ROLES
    return Q(Exists(consents))


def _consent_in_force(
    recipient: Any,
    role: Any,
    client_path: str,
    category: str | OuterRef,
    *,
    route_path: str = "",
) -> Q:
    """The one consent filter: an active consent of the client at ``client_path`` for
    ``recipient`` (an organisation id, or an ``OuterRef`` to one) and, if the consent names a
    role, for ``role`` (a value or an ``OuterRef``), covering ``category``; for data on a
    trajectory, for that trajectory's purpose. Consent is read when this runs: every page,
    list, e-mail and task that goes through it sees a withdrawal at once."""
    from werkpad.clients.models import Consent

    consents = (
        Consent.objects.active()
        .filter(recipient_id=recipient, client_id=OuterRef(client_path), grants__category=category)
        .filter(Q(recipient_role="") | Q(recipient_role=role))
    )
    if isinstance(role, str) and role not in CONSENT_ROLES:
        consents = consents.none()  # an ``OuterRef`` role: the caller filters on CONSENT_ROLES
    if not route_path:
        return Q(Exists(consents))
    same_purpose = Q(Exists(consents.filter(purpose=OuterRef(route_path))))
    own_route = Q(**{route_path: OWN_ROUTE}) & Q(Exists(consents.filter(purpose=OTHER_PURPOSE)))
    return same_purpose | own_route


def team_members_who_see(qs: QuerySet[M]) -> QuerySet[M]:
    """Team memberships through which their member sees the trajectory now: the
    organisation that runs it, or another organisation's member in a client-work role while
    the client's basic-data consent for that organisation (and role) is in force. For
    e-mails and background tasks, which must read consent when they send, not when queued."""
    own = Q(organisation_id=F("trajectory__organisation_id"))
    consented = Q(role__in=CONSENT_ROLES) & (
        _consent_in_force(
            OuterRef("organisation_id"),
            OuterRef("role"),
            "trajectory__client_id",
            "basis",
            route_path="trajectory__type",
        )
        | (
            Q(ended_on__isnull=True)
            & _team_consent_in_force("trajectory_id", OuterRef("role"), "basis")
        )
    )
    return qs.filter(own | consented)


def team_members_who_would_read(trajectory: Any, category: str, organisation_id: int) -> Any:
    """The active team members who would read a record of ``category`` that
    ``organisation_id`` records on ``trajectory`` (for "zichtbaar voor: …" on a form, before
    saving): those who see the trajectory (``team_members_who_see``) and are of the recording
    organisation, or whose organisation (and role) the client's consent in force covers
    ``category`` for. Colleagues of the recording organisation off the team read it too,
    unless the category is need-to-know (``_need_to_know_q``)."""
    from werkpad.trajectories.models import TeamMember

    members = TeamMember.objects.filter(
        trajectory=trajectory, ended_on__isnull=True
    ).select_related("organisation", "user")
    covered = (
        Q(organisation_id=organisation_id)
        | _consent_in_force(
            OuterRef("organisation_id"),
            OuterRef("role"),
            "trajectory__client_id",
            category,
            route_path="trajectory__type",
        )
        | _team_consent_in_force("trajectory_id", OuterRef("role"), category)
    )
    return team_members_who_see(members).filter(covered)


# A consent "for another purpose" covers the own routes a team names; each other purpose is
# the trajectory type of the same name (clients.ConsentPurpose / trajectories.TrajectoryType).
OTHER_PURPOSE, OWN_ROUTE = "anders", "eigen"


def purposes_for(trajectory_type: str) -> list[str]:
    return [OTHER_PURPOSE] if trajectory_type == OWN_ROUTE else [trajectory_type]


def client_consents_to(client: Any, organisation: Any, category: str = "basis") -> bool:
    """Whether the client's consent lets a whole organisation (not only one role in it) see
    ``category`` now: the condition for referring the client there."""
    from werkpad.clients.models import Consent

    return (
        Consent.objects.active()
        .filter(client=client, recipient=organisation, recipient_role="", grants__category=category)
        .exists()
    )


def _on_team(actor: Actor, trajectory_path: str) -> Exists:
    return Exists(_my_team_places(actor).filter(trajectory_id=OuterRef(trajectory_path)))


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


def _scope_trajectories(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not _works_with_clients(actor):
        return _insiders_only(actor, qs, "organisation_id")
    return qs.filter(_trajectory_q(actor))


def _data_scope(
    *, trajectory: str = "trajectory", categorised: bool = True, need_to_know: bool = True
) -> Callable[[Actor, QuerySet[Any]], QuerySet[Any]]:
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


# Fields that name who recorded a record, in the order they are looked for: the recorder
# keeps reading what they wrote even when they are not (or no longer) on the care team.
_RECORDER_FIELDS = (
    "created_by",
    "author",
    "recorded_by",
    "assessed_by",
    "changed_by",
    "professional",
    "owner",
)


def _recorder_field(model: type[Model]) -> str:
    names = {f.name for f in model._meta.get_fields()}
    return next((f for f in _RECORDER_FIELDS if f in names), "")


def _need_to_know_q(actor: Actor, model: type[Model], trajectory: str) -> Q | None:
    """Need-to-know inside an organisation (issue 11, item 3; decision 0033): a treatment or
    belastbaarheid record is read only by the client's own care team (an active team member,
    for the actor's organisation, on any of the client's trajectories), by whoever recorded
    it, or under an active break-the-glass grant of the actor for that client. ``None`` when
    the model's records are never of such a category (nothing to filter)."""
    from werkpad.trajectories.models import TeamMember

    from .models import NEED_TO_KNOW_CATEGORIES, BreakTheGlassGrant

    fixed = getattr(model, "category", None)
    if isinstance(fixed, str) and fixed:
        if fixed not in NEED_TO_KNOW_CATEGORIES:
            return None
        others = Q(pk__in=[])  # every record of this model is need-to-know
    else:
        others = ~Q(category__in=NEED_TO_KNOW_CATEGORIES)
    client_path = f"{trajectory}__client_id"
    user_id = actor.user.pk  # type: ignore[union-attr]
    on_client_team = TeamMember.objects.filter(  # type: ignore[misc]
        trajectory__client_id=OuterRef(client_path),
        user_id=user_id,
        organisation_id=actor.organisation_id,
        ended_on__isnull=True,
    )
    granted = BreakTheGlassGrant.objects.active().filter(  # type: ignore[misc]
        user_id=user_id, organisation_id=actor.organisation_id, client_id=OuterRef(client_path)
    )
    known = others | Q(Exists(on_client_team)) | Q(Exists(granted))
    recorder = _recorder_field(model)
    if recorder:
        known |= Q(**{f"{recorder}_id": user_id})
    return known


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


def active_break_the_glass(actor: Actor, client: Any) -> Any:
    """The actor's grant in force for ``client`` (for their organisation), or ``None``."""
    if not actor.is_professional:
        return None
    from .models import BreakTheGlassGrant

    return (
        BreakTheGlassGrant.objects.active()
        .filter(  # type: ignore[misc]
            user_id=actor.user.pk,  # type: ignore[union-attr]
            organisation_id=actor.organisation_id,
            client=client,
        )
        .order_by("-expires_at")
        .first()
    )


def on_client_care_team(actor: Actor, client: Any) -> bool:
    """Whether the actor is on the care team of one of the client's trajectories for their
    organisation: then need-to-know records are theirs to read and no grant is needed."""
    return _my_team_places(actor).filter(trajectory__client=client).exists()


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


def _scope_referrals(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The referring organisation sees what it sent. The receiving organisation sees a
    referral from elsewhere only while the client's consent lets it (and the actor's role)
    see the basic data: a referral names the client and why, so a withdrawal hides it at
    once, from the list, its page and the decision."""
    if not _works_with_clients(actor):
        return _insiders_only(actor, qs, "to_organisation_id")
    return qs.filter(_referral_q(actor))


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
    from werkpad.clients.models import Consent

    seen = set(
        Consent.objects.active()
        .filter(
            grants__category="basis",
            client_id__in={r.client_id for r in waiting},
            recipient_id__in={r.to_organisation_id for r in waiting},
        )
        .values_list("client_id", "recipient_id")
    )
    return {r.pk for r in waiting if (r.client_id, r.to_organisation_id) not in seen}


def _referral_q(actor: Actor) -> Q:
    sent = Q(from_organisation_id=actor.organisation_id)
    received = Q(to_organisation_id=actor.organisation_id)
    from_inside = Q(from_organisation_id=F("to_organisation_id"))
    return sent | (received & (from_inside | _consented(actor, "client_id", "basis")))


def _scope_client_numbers(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """An organisation's own client numbers are for that organisation only (invariant 5)."""
    if not _works_with_clients(actor):
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


def _scope_access_log(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_client:  # NEN 7513: the client sees who accessed their own file, nothing else
        from werkpad.clients.models import Client

        own = Client.objects.filter(user=actor.user).values("public_id")
        return qs.filter(client_pid__in=own)
    if not _is_admin(actor):
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


# --- Job development and placement ---------------------------------------------------------
def _employer_q(actor: Actor, prefix: str = "") -> Q:
    """Employer relations a professional sees: their organisation's own, and those of
    organisations that share with them in the employer's region (both agreed to share)."""
    from werkpad.employment.models import RegionalSharing

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


def _employer_scope(prefix: str = "") -> Callable[[Actor, QuerySet[Any]], QuerySet[Any]]:
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


# --- Free text: each text about a client is read under consent for its own category --------
@dataclass(frozen=True)
class _TextContext:
    """Where a record's client and route (the consent's purpose) are, which organisation
    wrote a text when it is not the record's ``organisation`` (a referral's two parties), and
    the path to the trajectory's pk when the record is on one (its care team's consent)."""

    client: str
    route: str
    authors: tuple[tuple[str, str], ...] = ()
    trajectory: str = ""


# Records shown to others without their texts' categories being part of their scope: a phase
# change is on the timeline of everyone who sees the trajectory; a referral is seen by both
# parties; an employer contact by every organisation that shares the employer.
_TEXT_CONTEXT: dict[str, _TextContext] = {
    "trajectories.phasechange": _TextContext(
        "trajectory__client_id", "trajectory__type", trajectory="trajectory__pk"
    ),
    "trajectories.referral": _TextContext(
        "client_id",
        "route",
        (("reason", "from_organisation_id"), ("decline_reason", "to_organisation_id")),
    ),
    "employment.employercontact": _TextContext(
        "trajectory__client_id", "trajectory__type", trajectory="trajectory__pk"
    ),
}


def _text_category(model: type[Model], spec: Any) -> str | OuterRef:
    from werkpad.core.textcategories import Parent, Row, fixed_category, parent_model

    if isinstance(spec, Row):
        return fixed_category(model, spec.attribute) or OuterRef(spec.attribute)
    if isinstance(spec, Parent):
        fixed = fixed_category(parent_model(model, spec.path), "category")
        return fixed or OuterRef(f"{spec.path}__category")
    return str(spec)


def _text_readable_q(actor: Actor, model: type[Model], name: str, spec: Any) -> Q:
    """Whether the actor reads one declared text of a record: the organisation that wrote it
    does; another organisation while the client's consent covers basic data and the text's
    category (for the record's route). A text on a record that names no client (an employer
    contact not about a job seeker) is organisation data."""
    context = _TEXT_CONTEXT.get(_label(model))
    author = dict(context.authors).get(name, "organisation_id") if context else "organisation_id"
    own = Q(**{author: actor.organisation_id})
    if context is None or not _works_with_clients(actor):
        return own  # fail closed: no consent path is known for this record
    no_client = Q(**{f"{context.client}__isnull": True})
    category = _text_category(model, spec)
    consented = _consented(actor, context.client, category, route_path=context.route) & Q(
        _consented(actor, context.client, "basis")
    )
    if context.trajectory:
        on_team = Q(_on_team(actor, context.trajectory))
        consented |= on_team & _team_consent_in_force(context.trajectory, actor.role, category)
    return no_client | own | consented


def readable_texts(actor: Actor, qs: QuerySet[M]) -> QuerySet[M]:
    """``qs`` annotated with ``readable_<field>`` for every free-text field its model declares
    in ``TEXT_CATEGORIES`` (``werkpad.core.textcategories``): whether the actor may read that
    text now. Pages show the record and, where this is False, say the text is not visible.
    Evaluated in the query (an ``EXISTS`` per text), so a withdrawal counts at once."""
    from django.db.models import BooleanField, ExpressionWrapper, Value

    from werkpad.core.textcategories import declared

    annotations: dict[str, Any] = {}
    for name, spec in declared(qs.model).items():
        if actor.is_client:  # the scope has narrowed to the client's own file (AVG art. 15)
            value: Any = Value(True)
        elif not actor.is_professional:
            value = Value(False)
        else:
            value = ExpressionWrapper(
                _text_readable_q(actor, qs.model, name, spec), output_field=BooleanField()
            )
        annotations[f"readable_{name}"] = value
    return qs.annotate(**annotations)


def text_readable(obj: Model, name: str) -> bool:
    """Read the annotation ``readable_texts`` made; an object that did not come through it
    reads as not readable (fail closed)."""
    return bool(getattr(obj, f"readable_{name}", False))


def may_read_contact_outcome(actor: Actor, contact: Any, visible_trajectory_ids: set[int]) -> bool:
    """What an employer contact about a job seeker said is client data (work): for the
    organisation that made it, and for those who see that trajectory while the client's
    consent covers work data (``contact`` comes through ``readable_texts``)."""
    if contact.trajectory_id is None or contact.organisation_id == actor.organisation_id:
        return True
    return contact.trajectory_id in visible_trajectory_ids and text_readable(contact, "outcome")


# --- The client portal ----------------------------------------------------------------------
def _own_client(path: str = "client") -> Callable[[Actor, QuerySet[Any]], QuerySet[Any]]:
    """Records only the client they are about sees (the disclosure worksheet)."""

    def scope(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
        if not actor.is_client:
            return qs.none()
        return qs.filter(**{f"{path}__user": actor.user})

    return scope


def _client_trajectory_visible(actor: Actor, client_path: str) -> Exists:
    """Whether the professional sees a trajectory of the record's client."""
    from werkpad.trajectories.models import Trajectory

    return Exists(Trajectory.objects.filter(_trajectory_q(actor), client_id=OuterRef(client_path)))


def _scope_employer_disclosures(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """The client's choice of what their employer may see: the client; the employer where the
    client works (read through the narrow placement view); and the team, so nobody tells the
    employer more than the client chose."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    from werkpad.employment.models import Placement

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


def _scope_peer_groups(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_client:
        return qs.filter(
            Q(is_open=True)
            | Q(memberships__client__user=actor.user, memberships__left_at__isnull=True)
        ).distinct()
    if not actor.is_professional:
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


def _scope_peer_memberships(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    """Taking part is the client's own business: the facilitator sees who is in their group
    (names, never files); the team sees it only where the client chose to share it."""
    if actor.is_client:
        return qs.filter(client__user=actor.user)
    if not actor.is_professional:
        return qs.none()
    facilitating = Q(group__facilitator=actor.user, left_at__isnull=True)
    if not _works_with_clients(actor):
        return qs.filter(facilitating)
    shared = Q(share_with_team=True, left_at__isnull=True) & Q(
        _client_trajectory_visible(actor, "client_id")
    )
    return qs.filter(facilitating | shared)


def _through(model_path: str, parent: str) -> Callable[[Actor, QuerySet[Any]], QuerySet[Any]]:
    """Scope of a detail row: visible when its parent record is."""

    def scope(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
        from django.apps import apps

        parents = visible_to(actor, apps.get_model(parent)._default_manager.all())
        return qs.filter(**{f"{model_path}__in": parents.values("pk")})

    return scope


_SCOPES: dict[str, Callable[[Actor, QuerySet[Any]], QuerySet[Any]]] = {
    "organisations.membership": _scope_memberships,
    "clients.client": _scope_clients,
    "clients.clientnumber": _scope_client_numbers,
    "clients.consent": _scope_consents,
    "audit.accesslogentry": _scope_access_log,
    "trajectories.trajectory": _scope_trajectories,
    "trajectories.intake": _scope_intakes,
    "trajectories.referral": _scope_referrals,
    "trajectories.goal": _data_scope(),
    "trajectories.meeting": _data_scope(),
    "trajectories.note": _data_scope(),
    "trajectories.planaction": _data_scope(),
    "trajectories.ladderassessment": _data_scope(),
    "trajectories.phasechange": _data_scope(categorised=False),
    "trajectories.teammember": _data_scope(categorised=False),
    "employment.careerprofile": _data_scope(),
    "employment.workhistoryentry": _through("profile", "employment.careerprofile"),
    "employment.employer": _employer_scope(),
    "employment.contactperson": _employer_scope("employer__"),
    "employment.employercontact": _scope_employer_contacts,
    "employment.vacancy": _scope_vacancies,
    "employment.workplacescan": _data_scope(),
    "employment.placement": _scope_placements,
    "employment.appliedinstrument": _through("placement", "employment.placement"),
    "employment.followupcontact": _scope_follow_ups,
    "employment.checkin": _scope_checkins,
    "employment.signal": _data_scope(),
    "portal.clientinvitation": _through("client", "clients.client"),
    "portal.pacestatement": _data_scope(),
    "portal.disclosureworksheet": _own_client(),
    "portal.employerdisclosure": _scope_employer_disclosures,
    "portal.consentproposal": _scope_consent_proposals,
    "portal.datarequest": _scope_data_requests,
    "portal.thread": _scope_threads,
    "portal.message": _through("thread", "portal.thread"),
    "portal.peergroup": _scope_peer_groups,
    "portal.peergroupmembership": _scope_peer_memberships,
}


# --- Decisions on one object (the object is already known to be visible) -------------------
def _decide_membership(actor: Actor, action: Action, obj: Membership) -> Decision:
    if action == Action.CHANGE_MEMBER:
        return Decision(_is_admin(actor), Basis.ROLE)
    return DENY


_OWN_CLIENT_ACTIONS = (
    Action.CHANGE_CLIENT,
    Action.INVITE_CLIENT,
    Action.MANAGE_CONSENTS,
    Action.RECORD_INTAKE,
    Action.REFER_CLIENT,
    Action.START_TRAJECTORY,
)


def _client_user_id(obj: Any) -> int | None:
    """The user account of the client a record is about (a client, or a record on their
    client record or trajectory)."""
    from werkpad.clients.models import Client

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


def _my_team_places(actor: Actor) -> QuerySet[Any]:
    from werkpad.trajectories.models import TeamMember

    return TeamMember.objects.filter(  # type: ignore[misc]
        user_id=actor.user.pk,  # type: ignore[union-attr]
        organisation_id=actor.organisation_id,
        ended_on__isnull=True,
    )


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


def _decide_referral(actor: Actor, action: Action, obj: Any) -> Decision:
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
    return _decide_own_record(actor, action, obj)


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


def _decide_peer_group(actor: Actor, action: Action, obj: Any) -> Decision:
    """Any client may join an open group and leave any group; the facilitator sees who
    takes part."""
    if actor.is_client:
        return Decision(action == Action.CHANGE_OWN and obj.is_open, Basis.SELF)
    mine = actor.is_professional and obj.facilitator_id == actor.user.pk  # type: ignore[union-attr]
    return Decision(mine and action == Action.FACILITATE_GROUP, Basis.ROLE)


_OBJECT_RULES: dict[str, Callable[[Actor, Action, Any], Decision]] = {
    "trajectories.ladderassessment": _decide_own_record,
    "portal.pacestatement": _decide_read_only_for_client,
    "portal.disclosureworksheet": _decide_portal_record,
    "portal.employerdisclosure": _decide_read_only_for_client,
    "portal.consentproposal": _decide_portal_record,
    "portal.datarequest": _decide_data_request,
    "portal.thread": _decide_thread,
    "portal.peergroup": _decide_peer_group,
    "portal.peergroupmembership": _decide_portal_record,
    "trajectories.trajectory": _decide_trajectory,
    "trajectories.teammember": _decide_team_member,
    "trajectories.goal": _decide_own_record,
    "trajectories.meeting": _decide_own_record,
    "trajectories.planaction": _decide_own_record,
    "trajectories.referral": _decide_referral,
    "trajectories.intake": _decide_intake,
    "organisations.membership": _decide_membership,
    "clients.client": _decide_client,
    "clients.consent": _decide_consent,
    "employment.employer": _decide_employer,
    "employment.vacancy": _decide_vacancy,
    "employment.placement": _decide_placement,
    "employment.careerprofile": _decide_own_record,
    "employment.workplacescan": _decide_own_record,
    "employment.signal": _decide_own_record,
    # A follow-along note: withdrawn or corrected by the organisation that wrote it.
    "employment.followupcontact": _decide_own_record,
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
    except (ObjectDoesNotExist, ValueError, OverflowError) as exc:  # a huge id: not found
        _log_denied(
            actor,
            action,
            None,
            object_type=_label(queryset.model),
            lookup=lookup,
            client_pid=_client_pid_behind(queryset, lookup),
        )
        raise Http404 from exc
    return obj, require(actor, action, obj)


def _client_pid_behind(queryset: QuerySet[Any], lookup: dict[str, Any]) -> str:
    """The pseudonymous id of the client whose record an out-of-scope attempt was aimed at,
    for the log only (never shown to the actor), so the attempt is in that client's history."""
    try:
        obj = queryset.model._default_manager.filter(**lookup).first()
    except (ValueError, TypeError, OverflowError):
        return ""
    return str(getattr(obj, "audit_client_pid", "")) if obj is not None else ""


# The NEN 7513 action code a denied attempt is logged with.
_AUDIT_ACTION = {
    Action.CHANGE_MEMBER: "U",
    Action.CHANGE_CLIENT: "U",
    Action.CREATE_CLIENT: "C",
    Action.MANAGE_CONSENTS: "U",
    Action.MANAGE_MEMBERS: "C",
    Action.SEARCH_ACCESS_LOG: "S",
    Action.EXPORT_ACCESS_LOG: "E",
    Action.RECORD_INTAKE: "C",
    Action.REFER_CLIENT: "C",
    Action.START_TRAJECTORY: "C",
    Action.DECIDE_REFERRAL: "U",
    Action.ADD_OWN_RECORD: "C",
    Action.MANAGE_TRAJECTORY: "U",
    Action.CHANGE_RECORD: "U",
    Action.HAND_OVER: "U",
    Action.END_TEAM_MEMBERSHIP: "U",
    Action.CREATE_EMPLOYER: "C",
    Action.CHANGE_EMPLOYER: "U",
    Action.LOG_EMPLOYER_CONTACT: "C",
    Action.ADD_VACANCY: "C",
    Action.CHANGE_VACANCY: "U",
    Action.MANAGE_EMPLOYER_SHARING: "U",
    Action.WORKER_CHECKIN: "C",
    Action.CHANGE_OWN: "U",
    Action.INVITE_CLIENT: "C",
    Action.PROPOSE_CONSENT: "C",
    Action.HANDLE_DATA_REQUESTS: "U",
    Action.MESSAGE: "C",
    Action.BREAK_THE_GLASS: "C",
}


def _log_denied(
    actor: Actor,
    action: Action,
    obj: Model | None,
    *,
    object_type: str = "",
    lookup: dict[str, Any] | None = None,
    client_pid: str = "",
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
        client_pid=client_pid,
    )
