"""The engine of the one access policy of Werkpad (decision 0003).

Every view, service, selector and API endpoint asks the policy; no permission logic lives
anywhere else. Deny by default: an action or model without a registered rule is refused.

* ``visible_to(actor, queryset)`` scopes a queryset to what the actor may see at all.
* ``decide(actor, action, obj)`` answers whether the actor may do ``action`` (on ``obj``) and
  on what basis (the basis goes into the NEN 7513 access log).
* ``get_for(actor, action, queryset, **lookup)`` is what views use: an object outside the
  actor's scope is a 404 (no existence leak); a visible object without the right is a 403.
  Both denials are written to the access log.

The engine knows no context: each context's rules module (``policy/rules/``) registers its
scopes (``register_scope``), object rules (``register_rule``) and page rules
(``register_page_rule``) when it is imported, which ``AccessConfig.ready`` does once at
start-up. From Werkpad it imports only the actor, the roles (``access.roles``) and the audit
recorder, which writes the denied attempts: no context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from django.core.exceptions import ImproperlyConfigured, ObjectDoesNotExist, PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404

from werkpad.access.actor import Actor
from werkpad.access.roles import Role
from werkpad.audit.recorder import record_denied

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
    # On a placement or an instrument on it: record an instrument and its decision (the
    # placing organisation; UWV's and the gemeente's own deciders for theirs)
    DECIDE_INSTRUMENT = "decide_instrument"
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
    # Peer groups run by their members (issue 15, item 7; decision 0030)
    START_PEER_GROUP = "start_peer_group"  # an ervaringsdeskundige, or of a herstelacademie
    RUN_PEER_GROUP = "run_peer_group"  # on a group: its facilitator, starter or organisation
    HOST_PEER_GROUP = "host_peer_group"  # on a group: the member who hosts it
    APPOINT_HOST = "appoint_host"  # on a group: who runs or hosts it makes a volunteer host
    # On a client: ask for temporary access to need-to-know records outside the care team
    BREAK_THE_GLASS = "break_the_glass"
    # The regional network (issue 15): organisation and public knowledge, never client data
    VIEW_NETWORK = "view_network"  # who is who, knowledge base, questions, events, agreement
    CHANGE_DIRECTORY_ENTRY = "change_directory_entry"  # on an entry: its own beheerder
    EDIT_ARTICLE = "edit_article"  # page: write one; on an article: edit it (its editors)
    ASK_QUESTION = "ask_question"
    ANSWER_QUESTION = "answer_question"  # on a question
    MARK_HELPFUL = "mark_helpful"  # on a question: its asker marks the answer that helped
    REGISTER_FOR_EVENT = "register_for_event"  # on an event: oneself, a team, managers
    VIEW_TEAM_TRAINING = "view_team_training"  # a teamleider: the team's trainings
    ORGANISE_EVENT = "organise_event"  # page: plan one; on an event: its organiser
    CHANGE_AGREEMENT = "change_agreement"  # on a regional agreement: the regiocoördinator
    # Page: the regiocoördinator; on an editor place (or one to be made, by its region): the
    # regiocoördinator of that region names and removes the editors of its knowledge base
    MANAGE_EDITORS = "manage_editors"


class Basis(StrEnum):
    """Why an action was allowed; recorded in every access-log row."""

    NONE = ""
    SELF = "self"  # the client's own record, or the user's own account
    OWN_ORGANISATION = "own_organisation"
    ROLE = "role"  # the role the actor acts under grants it (functioneel beheerder)
    TEAM = "team_membership"
    CONSENT = "consent"
    BREAK_THE_GLASS = "break_the_glass"  # a temporary grant with a stated reason (0033)
    PEER_GROUP = "peer_group"  # the client takes part in a group the actor runs or hosts


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


# --- The registry: filled by the rules modules (policy/rules/) at import -------------------
Scope = Callable[[Actor, QuerySet[Any]], QuerySet[Any]]
ObjectRule = Callable[[Actor, Action, Any], Decision]
PageRule = Callable[[Actor], Decision]

# Actions that need no object.
_PAGE_RULES: dict[Action, PageRule] = {}
# What an actor can see at all, per model (``app_label.modelname``).
_SCOPES: dict[str, Scope] = {}
# Decisions on one object (the object is already known to be visible), per model.
_OBJECT_RULES: dict[str, ObjectRule] = {}


def _register(table: dict[Any, Any], key: Any, fn: Any, kind: str) -> None:
    """One rule per key: a second, different rule for the same key is a programming error
    (two contexts claiming one model), not something to resolve by import order."""
    existing = table.get(key)
    if existing is not None and existing is not fn:
        raise ImproperlyConfigured(f"A {kind} for {key!s} is registered twice.")
    table[key] = fn


def register_page_rule(action: Action, rule: PageRule) -> None:
    """The rule for an action that needs no object (a page, a menu entry)."""
    _register(_PAGE_RULES, action, rule, "page rule")


def register_scope(label: str, scope: Scope) -> None:
    """The scope of the model ``label`` (``app_label.modelname``): what ``visible_to`` lets
    an actor see. A model without a scope shows nothing."""
    _register(_SCOPES, label, scope, "scope")


def register_rule(label: str, rule: ObjectRule) -> None:
    """The object rule of the model ``label``: what ``decide`` answers for one of its rows.
    A model without a rule allows nothing."""
    _register(_OBJECT_RULES, label, rule, "object rule")


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
    Action.DECIDE_INSTRUMENT: "U",
    Action.CHANGE_OWN: "U",
    Action.INVITE_CLIENT: "C",
    Action.PROPOSE_CONSENT: "C",
    Action.HANDLE_DATA_REQUESTS: "U",
    Action.MESSAGE: "C",
    Action.BREAK_THE_GLASS: "C",
    Action.START_PEER_GROUP: "C",
    Action.APPOINT_HOST: "U",
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
    record_denied(
        actor,
        action=str(action),
        audit_action=_AUDIT_ACTION.get(action, "R"),
        obj=obj,
        object_type=object_type,
        lookup=lookup,
        client_pid=client_pid,
    )
