"""Reads of the client's pace and their participatieladder, as the client sees them and as the
team sees the latest pace on a trajectory. Every read is scoped by the access policy and logged."""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.portal.models import Need, PaceStatement
from werkpad.trajectories.models import (
    LadderAssessment,
    LadderStep,
    Perspective,
    Trajectory,
)

from ._shared import log_page
from .invitations import own_client_record
from .words import LADDER_TEXT

# What the client says they need now that the team should act on.
NEEDS_ATTENTION = (Need.PAUSE, Need.SLOWER, Need.MORE_SUPPORT)


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
    log_page(actor, "portal.pace.read", own_client_record(actor=actor), statements)
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
    change: int = 0  # steps up (positive) or down (negative) since the row before

    @property
    def steps_changed(self) -> int:
        """How many steps at once (a jump of two is named as such, issue 13, item 17)."""
        return abs(self.change)

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
                change=a.step - previous if previous is not None else 0,
            )
        )
        previous = a.step
    return rows


def my_ladder(*, actor: Actor) -> LadderView:
    """The client's own ladder view beside their team's, on all their trajectories."""
    require(actor, Action.PORTAL)
    assessments = list(visible_to(actor, LadderAssessment.objects.all()))
    log_page(actor, "portal.ladder.read", own_client_record(actor=actor), assessments)
    return LadderView(
        mine=ladder_rows(assessments, Perspective.CLIENT),
        team=ladder_rows(assessments, Perspective.PROFESSIONAL),
        steps=[(n, str(name), str(text)) for n, (name, text) in LADDER_TEXT.items()],
    )
