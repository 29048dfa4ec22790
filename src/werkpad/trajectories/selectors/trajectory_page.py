"""One trajectory and everything its page shows, each part scoped by the client's consent."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, may, visible_to
from werkpad.audit.recorder import record_read

from ..models import (
    Goal,
    LadderAssessment,
    Meeting,
    Perspective,
    PlanAction,
    TeamMember,
    Trajectory,
)
from ._shared import _log_shown, _team
from .caseload_page import Flag, flags_for, shows_ips_norms
from .ladder import LadderPoint, ladder_table


def trajectory_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_TRAJECTORY) -> Trajectory:
    trajectory, decision = get_for(
        actor,
        action,
        Trajectory.objects.select_related("client", "organisation", "client__gemeente"),
        pk=pk,
    )
    record_read(actor, event="trajectory.read", obj=trajectory, decision=decision)
    return trajectory


@dataclass
class TrajectoryView:
    trajectory: Trajectory
    team: list[TeamMember]
    past_team: list[TeamMember]
    goals: list[Goal]
    actions: list[PlanAction]
    meetings: list[Meeting]
    ladder: list[LadderAssessment]
    flags: list[Flag]
    ladder_table: list[LadderPoint] = field(default_factory=list)
    goals_by_category: dict[str, list[Goal]] = field(default_factory=dict)
    # A guest on the team (another organisation) sees only what the client's consent opens:
    # an empty list means "nothing you may see", not "nothing there" (found in a walk-through:
    # a UWV guest read "Nog geen acties." and nearly made a second career profile).
    for_guest: bool = False

    def _professional_steps(self) -> list[int]:
        return [a.step for a in self.ladder if a.perspective == Perspective.PROFESSIONAL]

    @property
    def ladder_first(self) -> int | None:
        steps = self._professional_steps()
        return steps[0] if steps else None

    @property
    def ladder_last(self) -> int | None:
        steps = self._professional_steps()
        return steps[-1] if steps else None

    @property
    def ladder_gain(self) -> int:
        """Steps gained from the first to the latest professional assessment."""
        first, last = self.ladder_first, self.ladder_last
        return max(0, last - first) if first is not None and last is not None else 0

    @property
    def treatment_goals(self) -> list[Goal]:
        return self.goals_by_category.get("behandeling", [])

    @property
    def work_goals(self) -> list[Goal]:
        by = self.goals_by_category
        return by.get("werk", []) + by.get("reintegratie", [])

    @property
    def other_goals(self) -> list[Goal]:
        return [g for g in self.goals if g.category not in ("behandeling", "werk", "reintegratie")]


def trajectory_view(*, actor: Actor, trajectory: Trajectory) -> TrajectoryView:
    """Everything the trajectory page shows, each part scoped: another organisation's goals,
    meetings, actions and ladder steps only as far as the client's consent allows."""
    today = timezone.localdate()
    team = _team(actor, trajectory)
    goals = list(
        visible_to(actor, Goal.objects.filter(trajectory=trajectory)).select_related(
            "organisation", "created_by"
        )
    )
    actions = list(
        visible_to(actor, PlanAction.objects.filter(trajectory=trajectory)).select_related(
            "owner", "goal"
        )
    )
    meetings = list(
        visible_to(actor, Meeting.objects.filter(trajectory=trajectory)).prefetch_related(
            "participants"
        )
    )
    ladder = list(
        visible_to(actor, LadderAssessment.objects.filter(trajectory=trajectory)).select_related(
            "assessed_by"
        )
    )
    view = TrajectoryView(
        trajectory=trajectory,
        team=[m for m in team if m.ended_on is None],
        past_team=[m for m in team if m.ended_on is not None],
        goals=goals,
        actions=actions,
        meetings=meetings,
        ladder=ladder,
        flags=flags_for(trajectory, today, ips_norms=shows_ips_norms(actor)),
        ladder_table=ladder_table(ladder),
        for_guest=actor.organisation_id != trajectory.organisation_id,
    )
    for goal in goals:
        view.goals_by_category.setdefault(goal.category, []).append(goal)
    _log_shown(actor, trajectory, "trajectory.plan", [*goals, *actions, *meetings, *ladder])
    return view


def may_add_to(*, actor: Actor, trajectory: Trajectory) -> bool:
    """Whether the actor adds their own records (notes, goals, ...): owner and guests."""
    return may(actor, Action.ADD_OWN_RECORD, trajectory)


def may_manage(*, actor: Actor, trajectory: Trajectory) -> bool:
    """Whether the actor manages the trajectory (phase, team): its own organisation only."""
    return may(actor, Action.MANAGE_TRAJECTORY, trajectory)
