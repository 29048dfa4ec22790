"""Reads of the client's own path (issue 5, part A): the invitation status the team sees, the
invitation behind a link, the client's start page, their pace and their ladder. Every read is
scoped by the access policy and written to the access log (one row per page).

The plain-Dutch (B1) texts that explain the trajectory to the client live here too: what
each phase means, what each team role does, what a goal's status means. They are what the
page shows, in the client's words, beside the professional terms of the trajectory app."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, decide, get_for, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client
from werkpad.organisations.models import Role
from werkpad.portal.models import ClientInvitation, Need, PaceStatement, hash_token
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    GoalStatus,
    LadderAssessment,
    LadderStep,
    Meeting,
    MeetingKind,
    Perspective,
    PlanAction,
    TeamMember,
    Trajectory,
)
from werkpad.trajectories.phases import CLOSED, IPS_AFTERCARE, TrajectoryType

# --- Plain words (B1) ----------------------------------------------------------------------
TYPE_HELP: dict[str, Promise] = {
    TrajectoryType.IPS: _(
        "Bij IPS zoek je meteen naar betaald werk. Je begeleider helpt je zoeken en blijft je "
        "helpen als je werk hebt."
    ),
    TrajectoryType.WGB: _(
        "Bij WGB gaan behandeling en werk samen. Je werkt tegelijk aan je gezondheid en aan werk."
    ),
    TrajectoryType.WERKWIJZER: _(
        "Bij Werkwijze(r) praten jij, je behandelaar en het UWV samen over werk. Jullie maken "
        "afspraken over wat je gaat doen."
    ),
    TrajectoryType.OWN: _("Dit is een eigen route, die je team samen met jou heeft gemaakt."),
}

PHASE_HELP: dict[str, Promise] = {
    # IPS
    "aanmelding": _("Je bent aangemeld. Je begeleider maakt snel een afspraak met je."),
    "kennismaking": _(
        "Jullie leren elkaar kennen. Je vertelt wat je wilt, wat je kunt en wat je belangrijk "
        "vindt. Dat schrijven jullie op in je loopbaanprofiel."
    ),
    "zoeken": _(
        "Jullie zoeken samen naar werk dat bij je past. Je begeleider gaat ook zelf langs bij "
        "werkgevers."
    ),
    "plaatsing": _("Je hebt werk gevonden! Jullie zorgen samen voor een goede start."),
    "nazorg": _("Je werkt. Je begeleider blijft je helpen, zo lang als jij dat wilt."),
    # WGB
    "intake": _("In een eerste gesprek vertel je wat werk voor jou betekent en wat je wilt."),
    "uwv_gesprek": _(
        "Je praat met een arts en een deskundige van het UWV. Zij kijken samen met jou welk "
        "werk bij je past."
    ),
    "plan_van_aanpak": _(
        "Jullie maken een eerste plan: wat wil je bereiken, en wat is daarvoor nodig?"
    ),
    "koppeling": _("Je krijgt een coach voor werk. Die maakt het plan samen met jou verder af."),
    "aanvullende_anamnese": _(
        "Een psycholoog praat met je over wat je nodig hebt om goed te kunnen werken."
    ),
    "startgesprek": _(
        "De voorbereiding is klaar. In het officiële startgesprek zit je samen aan tafel met je "
        "behandelaar, de deskundige van het UWV en je coach. Jullie maken samen afspraken."
    ),
    "uitvoering": _("Je gaat aan de slag met het plan. Je team houdt elkaar op de hoogte."),
    "evaluatie": _(
        "Jullie kijken terug: wat is gelukt? Het doel is dat je binnen een jaar minstens één "
        "trede hoger staat op de ladder."
    ),
    # Werkwijze(r)
    "driegesprek": _("Jij, je behandelaar en iemand van het UWV praten samen over werk."),
    "acties": _("Je doet wat jullie in het gesprek hebben afgesproken. Je team helpt je daarbij."),
    CLOSED: _("Dit traject is klaar."),
}
# What a phase will bring, where "what it is now" would read as if it had happened already.
NEXT_HELP: dict[str, Promise] = {
    "plaatsing": _("Als je werk vindt, zorgen jullie samen voor een goede start."),
    "nazorg": _("Als je werkt, blijft je begeleider je helpen, zo lang als jij dat wilt."),
    "evaluatie": _(
        "Jullie kijken samen terug: wat is gelukt? Het doel is dat je binnen een jaar minstens "
        "één trede hoger staat op de ladder."
    ),
}
OWN_PHASE_HELP = _("Dit is een stap in je eigen route. Vraag je begeleider wat deze stap inhoudt.")

ROLE_HELP: dict[str, Promise] = {
    Role.IPS_TRAJECTBEGELEIDER: _(
        "Helpt je een betaalde baan te vinden en te houden. Zoekt samen met jou werkgevers."
    ),
    Role.JOBCOACH: _("Helpt je op je werkplek, zodat het werk goed blijft gaan."),
    Role.BEHANDELAAR: _(
        "Helpt je met je gezondheid en denkt mee over hoe werk en herstel samengaan."
    ),
    Role.REINTEGRATIECOACH: _("Helpt je stap voor stap weer aan het werk."),
    Role.ARBEIDSDESKUNDIGE: _(
        "Werkt bij het UWV. Kijkt welk werk bij je past en hoeveel uur je kunt werken."
    ),
    Role.VERZEKERINGSARTS: _("Arts van het UWV. Kijkt wat je gezondheid betekent voor werk."),
    Role.KLANTMANAGER: _(
        "Werkt bij de gemeente. Regelt je uitkering en wat de gemeente kan doen om werk "
        "mogelijk te maken."
    ),
    Role.ERVARINGSDESKUNDIGE: _(
        "Weet uit eigen ervaring hoe herstel gaat. Denkt met je mee vanuit die ervaring."
    ),
    Role.TEAMLEIDER: _("Leidt het team van je begeleiders."),
    Role.REGIOCOORDINATOR: _("Zorgt dat de organisaties in je regio goed samenwerken."),
    Role.FUNCTIONEEL_BEHEERDER: _("Zorgt dat Werkpad goed werkt voor de organisatie."),
    Role.WERKGEVER_CONTACTPERSOON: _("Je contactpersoon bij je werkgever."),
}

GOAL_STATUS_TEXT: dict[str, Promise] = {
    GoalStatus.PROPOSED: _("Voorstel: je team bespreekt het met je"),
    GoalStatus.PLANNED: _("Gepland: je begint hier later aan"),
    GoalStatus.ACCEPTED: _("Afgesproken met je team"),
    GoalStatus.ACTIVE: _("Hier werk je nu aan"),
    GoalStatus.ON_HOLD: _("Even op pauze"),
    GoalStatus.COMPLETED: _("Gelukt!"),
    GoalStatus.CANCELLED: _("Gestopt"),
    GoalStatus.REJECTED: _("Niet als doel gekozen. Praat er gerust over met je begeleider."),
}
# Finished goals are listed after the ones that are still going on.
_GOAL_DONE = (GoalStatus.COMPLETED, GoalStatus.CANCELLED, GoalStatus.REJECTED)

MEETING_HELP: dict[str, Promise] = {
    MeetingKind.DRIEGESPREK: _("Een gesprek met drie mensen: jij en twee mensen uit je team."),
    MeetingKind.VIERGESPREK: _("Een gesprek met vier mensen: jij en drie mensen uit je team."),
    # Seed 004 (WGB): the formal four-party start meeting after the preparation.
    MeetingKind.STARTGESPREK: _(
        "Het officiële startgesprek, na de voorbereiding. Jij en je team maken samen afspraken "
        "over het traject."
    ),
    MeetingKind.EVALUATION: _("Jullie kijken samen terug: wat ging goed en wat kan beter?"),
}

# The participatieladder in plain words (REFERENCE.md §2): a short name and what it means.
LADDER_TEXT: dict[int, tuple[Promise, Promise]] = {
    1: (
        _("Ik ben vooral thuis"),
        _(
            "Je hebt bijna alleen contact met de mensen bij wie je woont. Of met hulpverleners "
            "en mensen in de winkel."
        ),
    ),
    2: (
        _("Ik zie mensen buiten mijn huis"),
        _(
            "Je ziet minstens één keer per week mensen buiten je huis, zoals vrienden, familie "
            "of buren."
        ),
    ),
    3: (
        _("Ik doe mee aan activiteiten"),
        _(
            "Je doet elke week mee aan iets dat georganiseerd is. Bijvoorbeeld een club, sport, "
            "een cursus of een opleiding."
        ),
    ),
    4: (
        _("Ik doe onbetaald werk"),
        _("Je werkt zonder loon, zoals vrijwilligerswerk of een stage. Anderen rekenen op je."),
    ),
    5: (
        _("Ik heb betaald werk, met steun"),
        _(
            "Je hebt een baan of een eigen bedrijf. Je krijgt daarbij hulp, zoals een jobcoach, "
            "of je krijgt nog een deel van je uitkering."
        ),
    ),
    6: (
        _("Ik heb betaald werk"),
        _("Je hebt een baan of een eigen bedrijf, zonder extra hulp en zonder uitkering."),
    ),
}

# What the client says they need now that the team should act on.
NEEDS_ATTENTION = (Need.PAUSE, Need.SLOWER, Need.MORE_SUPPORT)


def _text(table: dict[str, Promise], key: str, default: Promise | str = "") -> str:
    return str(table.get(key, default))


def _log_page(
    actor: Actor, event: str, client: Client | None, records: list[Any], **detail: Any
) -> None:
    """One access-log row for what a client page showed about the client: counts per kind."""
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        object_type="clients.client",
        object_id=str(client.pk) if client else "",
        client_pid=client.public_id if client else "",
        basis=Basis.SELF,
        detail={"shown": dict(Counter(r._meta.model_name for r in records)), **detail},
    )


def own_client_record(*, actor: Actor) -> Client | None:
    """The client record of the logged-in client (``None`` for a user without one)."""
    return visible_to(actor, Client.objects.all()).first() if actor.is_client else None


# --- The team's view of the invitation ------------------------------------------------------
def client_for_invite(*, actor: Actor, public_id: str) -> Client:
    """The client a professional may invite: 404 outside the actor's scope, 403 without the
    right (both logged). What the page then shows is logged by ``invitation_status``."""
    client, _decision = get_for(
        actor, Action.INVITE_CLIENT, Client.objects.all(), public_id=public_id
    )
    return client


@dataclass
class InvitationStatus:
    client: Client
    has_account: bool
    has_email: bool
    last: ClientInvitation | None
    can_invite: bool

    @property
    def last_state(self) -> str:
        """``used``, ``revoked``, ``expired`` or ``open`` for the last invitation."""
        last = self.last
        if last is None:
            return ""
        if last.used_at:
            return "used"
        if last.revoked_at:
            return "revoked"
        if last.is_expired:
            return "expired"
        return "open"


def invitation_status(*, actor: Actor, client: Client) -> InvitationStatus | None:
    """The portal status of a client for the team (account, last invitation), or ``None`` for
    an actor who may not invite the client. Shown on the client record; logged as a read."""
    decision = decide(actor, Action.INVITE_CLIENT, client)
    if not decision.allowed:
        return None
    last = visible_to(actor, ClientInvitation.objects.filter(client=client)).first()
    record(
        actor,
        event="portal.invitation.read",
        action=AuditAction.READ,
        obj=client,
        basis=decision.basis,
        consent_id=decision.consent_id,
        detail={"invitation": last.pk if last else None},
    )
    has_account = client.user_id is not None
    has_email = bool(client.email.strip())
    return InvitationStatus(
        client=client,
        has_account=has_account,
        has_email=has_email,
        last=last,
        can_invite=has_email and not has_account,
    )


# --- The invitation behind a link -----------------------------------------------------------
class InvitationProblem(Exception):
    """Why an invitation link cannot be used (nothing was changed)."""

    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"
    REVOKED = "revoked"
    ADDRESS_CHANGED = "address_changed"  # the record's e-mail address is no longer this one
    TOO_MANY_ATTEMPTS = "too_many_attempts"  # wrong dates of birth
    HAS_ACCOUNT = "has_account"
    EMAIL_TAKEN = "email_taken"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_invitation(invitation: ClientInvitation | None) -> ClientInvitation:
    """The invitation if it can still be used, else ``InvitationProblem``."""
    from werkpad.accounts.models import User

    if invitation is None:
        raise InvitationProblem(InvitationProblem.UNKNOWN)
    if invitation.used_at is not None:
        raise InvitationProblem(InvitationProblem.USED)
    if invitation.revoked_at is not None:
        raise InvitationProblem(InvitationProblem.REVOKED)
    if invitation.is_expired:
        raise InvitationProblem(InvitationProblem.EXPIRED)
    if invitation.email.lower() != invitation.client.email.lower():
        # The team corrected the address: the link must not give the account to whoever
        # reads the old mailbox.
        raise InvitationProblem(InvitationProblem.ADDRESS_CHANGED)
    if invitation.client.user_id is not None:
        raise InvitationProblem(InvitationProblem.HAS_ACCOUNT)
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise InvitationProblem(InvitationProblem.EMAIL_TAKEN)
    return invitation


def invitation_by_token(
    token: str, queryset: QuerySet[ClientInvitation] | None = None
) -> ClientInvitation:
    """The usable invitation a link's token belongs to. Only the token's hash is stored, so
    the lookup is by hash."""
    qs = queryset if queryset is not None else ClientInvitation.objects.all()
    invitation = qs.select_related("client").filter(token_hash=hash_token(token)).first()
    return check_invitation(invitation)


# --- The client's start page ----------------------------------------------------------------
@dataclass
class TeamRow:
    name: str
    role: str
    role_help: str
    organisation: str
    is_key_person: bool


@dataclass
class GoalRow:
    goal: Goal
    status_text: str
    is_wish: bool
    mine: bool

    @property
    def finished(self) -> bool:
        return self.goal.status in _GOAL_DONE


@dataclass
class ActionRow:
    action: PlanAction
    mine: bool
    overdue: bool


@dataclass
class MeetingRow:
    meeting: Meeting
    help: str


@dataclass
class PathView:
    """One trajectory in plain words."""

    trajectory: Trajectory
    type_help: str
    phase_label: str
    phase_help: str
    next_label: str = ""
    next_help: str = ""
    team: list[TeamRow] = field(default_factory=list)
    goals: list[GoalRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    upcoming: list[MeetingRow] = field(default_factory=list)
    last_meeting: Meeting | None = None
    pace: PaceStatement | None = None

    @property
    def open_actions(self) -> list[ActionRow]:
        return [a for a in self.actions if a.action.done_on is None]

    @property
    def done_actions(self) -> list[ActionRow]:
        return [a for a in self.actions if a.action.done_on is not None]

    @property
    def pace_needs_attention(self) -> bool:
        return self.pace is not None and self.pace.need in NEEDS_ATTENTION


@dataclass
class HomeView:
    client: Client | None
    paths: list[PathView]
    closed: list[Trajectory]
    has_running_placement: bool


def _phase_texts(trajectory: Trajectory) -> tuple[str, str, str, str]:
    """Where the client is and what comes next, in plain words."""
    from django.utils.translation import gettext as gt

    phases = trajectory.phases
    codes = [p.code for p in phases]
    own_route = trajectory.type == TrajectoryType.OWN
    help_now = (
        str(OWN_PHASE_HELP)
        if own_route and trajectory.phase != CLOSED
        else _text(PHASE_HELP, trajectory.phase)
    )
    if trajectory.phase == CLOSED or trajectory.phase not in codes:
        return trajectory.phase_label, help_now, "", ""
    following = phases[codes.index(trajectory.phase) + 1]
    if following.code == CLOSED:
        if trajectory.type == TrajectoryType.IPS and trajectory.phase == IPS_AFTERCARE:
            return (
                trajectory.phase_label,
                help_now,
                gt("Geen nieuwe stap"),
                gt("Je houdt steun zolang je dat wilt. Jij bepaalt wanneer het genoeg is."),
            )
        return (
            trajectory.phase_label,
            help_now,
            gt("Afronden"),
            gt("Dit is de laatste stap. Daarna sluiten jullie het traject samen af."),
        )
    next_help = (
        str(OWN_PHASE_HELP)
        if own_route
        else _text(NEXT_HELP, following.code) or _text(PHASE_HELP, following.code)
    )
    return trajectory.phase_label, help_now, str(following.label), next_help


def _goal_rows(actor: Actor, goals: list[Goal]) -> list[GoalRow]:
    user_id = actor.user.pk if actor.user else None
    rows = []
    for goal in goals:
        first = getattr(goal, "first_revisions", [])
        is_wish = bool(first) and first[0].snapshot.get("kind") == "wens"
        rows.append(
            GoalRow(
                goal=goal,
                status_text=_text(GOAL_STATUS_TEXT, goal.status, goal.get_status_display()),
                is_wish=is_wish,
                mine=goal.created_by_id == user_id,
            )
        )
    # What is still going on first, then what is finished; the newest first within each.
    rows.sort(key=lambda r: (r.finished, -r.goal.pk))
    return rows


def my_path(*, actor: Actor) -> HomeView:
    """Everything the client's start page shows, for all of their trajectories in a fixed
    number of queries (team, goals, actions, meetings and pace are read for all at once)."""
    require(actor, Action.PORTAL)
    today = timezone.localdate()
    client = own_client_record(actor=actor)
    trajectories = list(visible_to(actor, Trajectory.objects.all()).select_related("organisation"))
    running = [t for t in trajectories if t.ended_on is None]
    ids = [t.pk for t in running]
    team = list(
        visible_to(actor, TeamMember.objects.filter(trajectory_id__in=ids, ended_on__isnull=True))
        .select_related("user", "organisation")
        .order_by("-is_key_person", "organisation__name", "started_on", "id")
    )
    goals = list(
        visible_to(actor, Goal.objects.filter(trajectory_id__in=ids))
        .exclude(status=GoalStatus.ENTERED_IN_ERROR)
        .prefetch_related(
            Prefetch(
                "revisions",
                queryset=GoalRevision.objects.filter(version=1),
                to_attr="first_revisions",
            )
        )
    )
    actions = list(
        visible_to(actor, PlanAction.objects.filter(trajectory_id__in=ids)).select_related("owner")
    )
    # The report of a meeting is not for this page: only its date and kind are read.
    meetings = list(
        visible_to(actor, Meeting.objects.filter(trajectory_id__in=ids))
        .only("id", "trajectory_id", "kind", "held_on")
        .order_by("held_on", "id")
    )
    paces = list(visible_to(actor, PaceStatement.objects.filter(trajectory_id__in=ids)))
    from werkpad.employment.models import Placement

    has_placement = visible_to(
        actor, Placement.objects.filter(trajectory_id__in=ids, ended_on__isnull=True)
    ).exists()

    user_id = actor.user.pk if actor.user else None
    paths = []
    for t in running:
        label, help_now, next_label, next_help = _phase_texts(t)
        path = PathView(
            trajectory=t,
            type_help=_text(TYPE_HELP, t.type),
            phase_label=label,
            phase_help=help_now,
            next_label=next_label,
            next_help=next_help,
        )
        path.team = [
            TeamRow(
                name=m.user.full_name,
                role=m.get_role_display(),
                role_help=_text(ROLE_HELP, m.role),
                organisation=m.organisation.name,
                is_key_person=m.is_key_person,
            )
            for m in team
            if m.trajectory_id == t.pk
        ]
        path.goals = _goal_rows(actor, [g for g in goals if g.trajectory_id == t.pk])
        mine_first = sorted(
            (a for a in actions if a.trajectory_id == t.pk),
            key=lambda a: (a.done_on is not None, a.owner_id != user_id, a.due_on, a.pk),
        )
        path.actions = [
            ActionRow(
                action=a,
                mine=a.owner_id == user_id,
                overdue=a.done_on is None and a.due_on < today,
            )
            for a in mine_first
        ]
        own_meetings = [m for m in meetings if m.trajectory_id == t.pk]
        path.upcoming = [
            MeetingRow(meeting=m, help=_text(MEETING_HELP, m.kind))
            for m in own_meetings
            if m.held_on >= today
        ]
        past = [m for m in own_meetings if m.held_on < today]
        path.last_meeting = past[-1] if past else None
        path.pace = next((p for p in paces if p.trajectory_id == t.pk), None)
        paths.append(path)
    _log_page(
        actor,
        "portal.path.read",
        client,
        [*running, *team, *goals, *actions, *meetings, *paces],
    )
    return HomeView(
        client=client,
        paths=paths,
        closed=[t for t in trajectories if t.ended_on is not None],
        has_running_placement=has_placement,
    )


def running_trajectories(*, actor: Actor) -> QuerySet[Trajectory]:
    """The client's trajectories that are still running: where a goal, a pace or a ladder
    step of the client goes."""
    require(actor, Action.PORTAL)
    return visible_to(actor, Trajectory.objects.filter(ended_on__isnull=True)).select_related(
        "organisation"
    )


# --- My pace -------------------------------------------------------------------------------
@dataclass
class PaceView:
    statements: list[PaceStatement]

    @property
    def latest(self) -> PaceStatement | None:
        return self.statements[0] if self.statements else None


def my_pace(*, actor: Actor) -> PaceView:
    """The client's pace statements, newest first (all trajectories)."""
    require(actor, Action.PORTAL)
    statements = list(visible_to(actor, PaceStatement.objects.all()).select_related("trajectory"))
    _log_page(actor, "portal.pace.read", own_client_record(actor=actor), statements)
    return PaceView(statements=statements)


def latest_pace_for_team(*, actor: Actor, trajectory: Trajectory) -> PaceStatement | None:
    """The newest pace statement on a trajectory page, for whoever the policy lets see it
    (the organisation that runs the trajectory, others only with the client's consent for
    re-integration data). Logged when shown."""
    latest = (
        visible_to(actor, PaceStatement.objects.filter(trajectory=trajectory))
        .order_by("-created_at", "-id")
        .first()
    )
    if latest is not None:
        own = latest.organisation_id == actor.organisation_id
        record(
            actor,
            event="portal.pace.read",
            action=AuditAction.READ,
            obj=latest,
            basis=Basis.OWN_ORGANISATION if own else Basis.CONSENT,
        )
    return latest


# --- My ladder -----------------------------------------------------------------------------
@dataclass
class LadderRow:
    assessment: LadderAssessment
    name: str
    step_up: bool
    step_down: bool

    @property
    def filled(self) -> range:
        return range(self.assessment.step)

    @property
    def empty(self) -> range:
        return range(6 - self.assessment.step)


@dataclass
class LadderView:
    mine: list[LadderRow]
    team: list[LadderRow]
    steps: list[tuple[int, str, str]]

    @property
    def latest_mine(self) -> LadderRow | None:
        return self.mine[-1] if self.mine else None

    @property
    def latest_team(self) -> LadderRow | None:
        return self.team[-1] if self.team else None


def step_name(step: int) -> str:
    return str(LADDER_TEXT[step][0]) if step in LADDER_TEXT else str(LadderStep(step).label)


def ladder_rows(assessments: list[LadderAssessment], perspective: str) -> list[LadderRow]:
    """One perspective's assessments, oldest first, each marked as a step up or down from
    the one before it (the first is neither)."""
    rows: list[LadderRow] = []
    previous: int | None = None
    ordered = sorted(assessments, key=lambda a: (a.assessed_on, a.created_at, a.pk))
    for a in ordered:
        if a.perspective != perspective:
            continue
        rows.append(
            LadderRow(
                assessment=a,
                name=step_name(a.step),
                step_up=previous is not None and a.step > previous,
                step_down=previous is not None and a.step < previous,
            )
        )
        previous = a.step
    return rows


def my_ladder(*, actor: Actor) -> LadderView:
    """The client's own ladder view beside their team's, on all their trajectories."""
    require(actor, Action.PORTAL)
    assessments = list(visible_to(actor, LadderAssessment.objects.all()))
    _log_page(actor, "portal.ladder.read", own_client_record(actor=actor), assessments)
    return LadderView(
        mine=ladder_rows(assessments, Perspective.CLIENT),
        team=ladder_rows(assessments, Perspective.PROFESSIONAL),
        steps=[(n, str(name), str(text)) for n, (name, text) in LADDER_TEXT.items()],
    )
