"""The shared trajectory (issue 3): the intake with the work question, referrals, trajectories
with their phases and care team, the integrated plan, meetings, the participatieladder and the
timeline. Every record that holds client data names the organisation that recorded it and its
data category, so the access policy can apply the client's consent to it.

One module per part; this package imports them all so Django registers every model, and re-
exports them, so callers write trajectories.models.Trajectory as before."""

from .categories import (
    AUTHOR_CATEGORY,
    GOAL_CATEGORY,
    GOAL_CATEGORY_BY_ROLE,
    author_category,
    default_category,
)
from .intakes import UWV_BENEFITS, BenefitStatus, Intake, IntakeOutcome, WorkWish
from .ladder import LADDER_DEFINITIONS, LadderAssessment, LadderStep, Perspective
from .meetings import Meeting, MeetingKind, MeetingStatus
from .notes import Note, NoteKind
from .plan import Goal, GoalRevision, GoalStatus, LifeDomain, PlanAction
from .referrals import Referral, ReferralStatus, Route
from .trajectory import (
    NOT_ON_CARE_TEAMS,
    EndReason,
    OnTrajectory,
    PhaseChange,
    TeamMember,
    Trajectory,
    can_join_care_teams,
)

__all__ = [
    "AUTHOR_CATEGORY",
    "GOAL_CATEGORY",
    "GOAL_CATEGORY_BY_ROLE",
    "LADDER_DEFINITIONS",
    "NOT_ON_CARE_TEAMS",
    "UWV_BENEFITS",
    "BenefitStatus",
    "EndReason",
    "Goal",
    "GoalRevision",
    "GoalStatus",
    "Intake",
    "IntakeOutcome",
    "LadderAssessment",
    "LadderStep",
    "LifeDomain",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Note",
    "NoteKind",
    "OnTrajectory",
    "Perspective",
    "PhaseChange",
    "PlanAction",
    "Referral",
    "ReferralStatus",
    "Route",
    "TeamMember",
    "Trajectory",
    "WorkWish",
    "author_category",
    "can_join_care_teams",
    "default_category",
]
