"""Goals, actions and meetings for the forms on a trajectory, which of them the actor may
change, and who would read a record of a category ("zichtbaar voor: ...")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    changeable_records,
    get_for,
    may,
    team_members_who_would_read,
    visible_to,
)
from werkpad.audit.recorder import record_read
from werkpad.clients.models import DataCategory

from ..models import (
    Goal,
    GoalStatus,
    LadderAssessment,
    Meeting,
    Perspective,
    PlanAction,
    Trajectory,
)
from ._shared import _team


def changeable(*, actor: Actor, trajectory: Trajectory, objs: Any) -> set[int]:
    """The ids of the records on ``trajectory`` the actor may change, so a page offers only
    those buttons; a longer plan costs no more queries."""
    return changeable_records(actor, trajectory, objs)


def may_change(*, actor: Actor, obj: Any) -> bool:
    return may(actor, Action.CHANGE_RECORD, obj)


def goal_get(*, actor: Actor, trajectory: Trajectory, pk: int) -> Goal:
    goal, decision = get_for(
        actor, Action.CHANGE_RECORD, Goal.objects.filter(trajectory=trajectory), pk=pk
    )
    record_read(actor, event="goal.read", obj=goal, decision=decision)
    return goal


def meeting_get(
    *, actor: Actor, trajectory: Trajectory, pk: int, action: Action = Action.VIEW_TRAJECTORY
) -> Meeting:
    """A meeting for reading (and the PDF) or, with ``CHANGE_RECORD``, for editing."""
    queryset = Meeting.objects.filter(trajectory=trajectory).select_related(
        "organisation", "created_by", "trajectory__client"
    )
    meeting, decision = get_for(actor, action, queryset, pk=pk)
    record_read(actor, event="meeting.read", obj=meeting, decision=decision)
    return meeting


def action_get(*, actor: Actor, trajectory: Trajectory, pk: int) -> PlanAction:
    action, _decision = get_for(
        actor, Action.CHANGE_RECORD, PlanAction.objects.filter(trajectory=trajectory), pk=pk
    )
    return action


def readers_for(*, actor: Actor, trajectory: Trajectory, category: str) -> list[str]:
    """Who on the team would read a record of ``category`` the actor's organisation writes
    on ``trajectory``, as "name (organisation)": "zichtbaar voor: …" on a form before saving
    (issue 11, item 4). One query; names of professionals, no client data."""
    organisation_id = actor.organisation_id
    if organisation_id is None or category not in DataCategory.values:
        return []
    members = team_members_who_would_read(trajectory, category, organisation_id)
    return sorted({f"{m.user.full_name} ({m.organisation.name})" for m in members})


def goals_for(*, actor: Actor, trajectory: Trajectory) -> list[Goal]:
    return list(visible_to(actor, Goal.objects.filter(trajectory=trajectory)))


def decisions_for(*, actor: Actor, meeting: Meeting) -> list[PlanAction]:
    return list(
        visible_to(actor, PlanAction.objects.filter(meeting=meeting)).select_related("owner")
    )


@dataclass(frozen=True)
class ParticipantRow:
    name: str
    role: str  # empty when the actor may not see the participant's team place
    organisation: str


@dataclass
class MeetingFacts:
    """What the meeting PDF shows beside the report (issue 13, item 3): each participant's
    role and organisation on the team, the trajectory's active goals and the current
    participatieladder step (the professional's latest, and the client's own latest view),
    each as far as the actor may read them."""

    participants: list[ParticipantRow] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    ladder: LadderAssessment | None = None
    ladder_own: LadderAssessment | None = None

    def audit_detail(self) -> dict[str, Any]:
        return {
            "goals": len(self.goals),
            "ladder": bool(self.ladder or self.ladder_own),
            "participants": len(self.participants),
        }


def meeting_facts(*, actor: Actor, meeting: Meeting) -> MeetingFacts:
    """Read with a fixed number of queries; logged by the caller with what it shows (the
    PDF's print row)."""
    trajectory = meeting.trajectory
    places: dict[int, Any] = {}
    for member in _team(actor, trajectory):  # active places win over ended ones
        if member.user_id not in places or member.ended_on is None:
            places[member.user_id] = member
    rows = []
    for user in meeting.participants.all().order_by("full_name", "pk"):
        place = places.get(user.pk)
        rows.append(
            ParticipantRow(
                name=user.full_name,
                role=place.get_role_display() if place else "",
                organisation=place.organisation.name if place else "",
            )
        )
    goals = list(
        visible_to(
            actor, Goal.objects.filter(trajectory=trajectory, status=GoalStatus.ACTIVE)
        ).order_by("life_domain", "id")
    )
    ladder = list(
        visible_to(actor, LadderAssessment.objects.filter(trajectory=trajectory)).order_by(
            "assessed_on", "id"
        )
    )
    latest = {a.perspective: a for a in ladder}
    return MeetingFacts(
        participants=rows,
        goals=goals,
        ladder=latest.get(Perspective.PROFESSIONAL),
        ladder_own=latest.get(Perspective.CLIENT),
    )
