"""Reads of the client's own path (issue 5, part A): the invitation status the team sees, the
invitation behind a link, the client's start page, their pace and their ladder. Every read is
scoped by the access policy and written to the access log (one row per page).

The plain-Dutch (B1) texts that explain the trajectory to the client live here too: what
each phase means, what each team role does, what a goal's status means. They are what the
page shows, in the client's words, beside the professional terms of the trajectory app."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import Promise

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require, visible_to
from werkpad.clients.models import Client
from werkpad.core.templatetags.werkpad import tel_href
from werkpad.organisations.models import Membership
from werkpad.portal.models import PaceStatement
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    GoalStatus,
    Meeting,
    PlanAction,
    TeamMember,
    Trajectory,
)
from werkpad.trajectories.phases import CLOSED, IPS_AFTERCARE, TrajectoryType

from ._shared import log_page
from .invitations import own_client_record
from .pace_ladder import NEEDS_ATTENTION
from .words import (
    GOAL_STATUS_TEXT,
    MEETING_HELP,
    NEXT_HELP,
    OWN_PHASE_HELP,
    PHASE_HELP,
    ROLE_HELP,
    TYPE_HELP,
    client_phase_label,
)

# Finished goals are listed after the ones that are still going on.
_GOAL_DONE = (GoalStatus.COMPLETED, GoalStatus.CANCELLED, GoalStatus.REJECTED)


def _text(table: dict[str, Promise], key: str, default: Promise | str = "") -> str:
    return str(table.get(key, default))


# --- The client's start page ----------------------------------------------------------------
@dataclass
class TeamRow:
    name: str
    role: str
    role_help: str
    organisation: str
    is_key_person: bool
    phone: str = ""  # the number the professional set for clients, as they typed it

    @property
    def phone_href(self) -> str:
        return tel_href(self.phone)


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

    @property
    def undoable(self) -> bool:
        """The client's own action, ticked today: they may take it back (until midnight)."""
        return self.mine and self.action.done_on == timezone.localdate()


@dataclass
class MeetingRow:
    """A meeting to come: its day and kind and, when it was planned ahead (issue 13, item 3),
    its time and its place or video link."""

    meeting: Meeting
    help: str

    @property
    def invited(self) -> bool:
        """The time and place are shown to the client only when the client is invited."""
        return self.meeting.client_present

    @property
    def starts_at(self) -> datetime | None:
        return timezone.localtime(self.meeting.starts_at) if self.meeting.starts_at else None

    @property
    def ends_at(self) -> datetime | None:
        ends = self.meeting.ends_at
        return timezone.localtime(ends) if ends else None


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
    def my_actions_due(self) -> list[ActionRow]:
        """The client's own open actions that are overdue or due within a week."""
        soon = timezone.localdate() + timedelta(days=7)
        return [
            a for a in self.open_actions if a.mine and a.action.due_on and a.action.due_on <= soon
        ]

    @property
    def pace_needs_attention(self) -> bool:
        return self.pace is not None and self.pace.need in NEEDS_ATTENTION


@dataclass
class HomeView:
    client: Client | None
    paths: list[PathView]
    closed: list[Trajectory]
    has_running_placement: bool
    upcoming_jobs: list[Any] = field(default_factory=list)  # placements that start ahead

    @property
    def my_actions_due(self) -> list[ActionRow]:
        return [a for path in self.paths for a in path.my_actions_due]


def _phase_texts(trajectory: Trajectory) -> tuple[str, str, str, str]:
    """Where the client is and what comes next, in plain words."""
    from django.utils.translation import gettext as gt

    phases = trajectory.phases
    now_label = client_phase_label(trajectory.phase, trajectory.phase_label)
    codes = [p.code for p in phases]
    own_route = trajectory.type == TrajectoryType.OWN
    help_now = (
        str(OWN_PHASE_HELP)
        if own_route and trajectory.phase != CLOSED
        else _text(PHASE_HELP, trajectory.phase)
    )
    if trajectory.phase == CLOSED or trajectory.phase not in codes:
        return now_label, help_now, "", ""
    following = phases[codes.index(trajectory.phase) + 1]
    if following.code == CLOSED:
        if trajectory.type == TrajectoryType.IPS and trajectory.phase == IPS_AFTERCARE:
            return (
                now_label,
                help_now,
                gt("Geen nieuwe stap"),
                gt("Je houdt steun zolang je dat wilt. Jij bepaalt wanneer het genoeg is."),
            )
        return (
            now_label,
            help_now,
            gt("Afronden"),
            gt("Dit is de laatste stap. Daarna sluiten jullie het traject samen af."),
        )
    next_help = (
        str(OWN_PHASE_HELP)
        if own_route
        else _text(NEXT_HELP, following.code) or _text(PHASE_HELP, following.code)
    )
    return now_label, help_now, client_phase_label(following.code, following.label), next_help


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


def _with_client_phone(team: QuerySet[TeamMember]) -> QuerySet[TeamMember]:
    """Each member's phone number for clients, in the same query: the one they set under
    their active membership of the organisation they are on the team for (the one of the same
    role first). The professional publishes it to the clients of their teams; the team list
    is already scoped to the client's own trajectories, so no other client sees it."""
    set_for_clients = Membership.objects.filter(
        user_id=OuterRef("user_id"), organisation_id=OuterRef("organisation_id"), is_active=True
    ).exclude(client_phone="")
    same_role = set_for_clients.filter(role=OuterRef("role"))
    return team.annotate(
        client_phone=Coalesce(
            Subquery(same_role.values("client_phone")[:1]),
            Subquery(set_for_clients.order_by("pk").values("client_phone")[:1]),
        )
    )


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
        _with_client_phone(
            visible_to(
                actor, TeamMember.objects.filter(trajectory_id__in=ids, ended_on__isnull=True)
            )
        )
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
    # The report of a meeting is not for this page: only its date and kind are read, and
    # for a planned one its time and its place or video link.
    meetings = list(
        visible_to(actor, Meeting.objects.filter(trajectory_id__in=ids))
        .only(
            "id",
            "trajectory_id",
            "kind",
            "held_on",
            "status",
            "client_present",
            "starts_at",
            "duration_minutes",
            "location",
            "video_link",
        )
        .order_by("held_on", "id")
    )
    paces = list(visible_to(actor, PaceStatement.objects.filter(trajectory_id__in=ids)))
    from werkpad.employment.models import Placement

    placements = list(
        visible_to(
            actor, Placement.objects.filter(trajectory_id__in=ids, ended_on__isnull=True)
        ).select_related("employer")
    )
    # A job agreed ahead (issue 13, item 8): the client sees when and where it starts.
    upcoming_jobs = sorted(
        (p for p in placements if p.start_on > today), key=lambda p: (p.start_on, p.pk)
    )

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
                phone=m.client_phone or "",  # type: ignore[attr-defined]
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
    log_page(
        actor,
        "portal.path.read",
        client,
        [*running, *team, *goals, *actions, *meetings, *paces, *placements],
    )
    return HomeView(
        client=client,
        paths=paths,
        closed=[t for t in trajectories if t.ended_on is not None],
        has_running_placement=bool(placements),
        upcoming_jobs=upcoming_jobs,
    )


def running_trajectories(*, actor: Actor) -> QuerySet[Trajectory]:
    """The client's trajectories that are still running: where a goal, a pace or a ladder
    step of the client goes."""
    require(actor, Action.PORTAL)
    return visible_to(actor, Trajectory.objects.filter(ended_on__isnull=True)).select_related(
        "organisation"
    )
