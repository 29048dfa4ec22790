"""Use cases that change trajectories: one transaction each, checked by the access policy and
written to the access log together with the change. Invariants that are not a form's business
(a completed intake has the work question, an IPS trajectory in aftercare ends only when the
client wants, a referral to another organisation needs the client's consent) live here, so
every entry point (page, API, demo data, generator) keeps them.

One module per part (as the employment and portal services); this package re-exports every use
case, so callers write ``services.trajectory_start`` as before."""

from ._shared import touch_contact
from .care_team import team_handover, team_member_add, team_member_end
from .intakes import IntakeDetails, intake_record
from .ladder import ladder_assess
from .meetings import (
    DecisionItem,
    MeetingDetails,
    MeetingPlan,
    meeting_plan,
    meeting_record,
    meeting_report_update,
)
from .notes import note_add
from .plan import GoalDetails, action_complete, action_create, goal_create, goal_update
from .referrals import referral_accept, referral_create, referral_decline
from .trajectory import (
    TrajectorySetup,
    trajectory_phase_change,
    trajectory_start,
    wgb_reason_needed,
)

__all__ = [
    "DecisionItem",
    "GoalDetails",
    "IntakeDetails",
    "MeetingDetails",
    "MeetingPlan",
    "TrajectorySetup",
    "action_complete",
    "action_create",
    "goal_create",
    "goal_update",
    "intake_record",
    "ladder_assess",
    "meeting_plan",
    "meeting_record",
    "meeting_report_update",
    "note_add",
    "referral_accept",
    "referral_create",
    "referral_decline",
    "team_handover",
    "team_member_add",
    "team_member_end",
    "touch_contact",
    "trajectory_phase_change",
    "trajectory_start",
    "wgb_reason_needed",
]
