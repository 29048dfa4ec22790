"""Reads of trajectories: always scoped by the access policy, always logged (one row per page,
with what it showed). A record another organisation made is in a list only while the client's
consent covers its data category, so lists, pages and the policy agree by construction.

One module per part (as the employment and portal selectors); this package re-exports every
read, so callers write ``selectors.trajectory_view`` as before."""

from .care_team import (
    Handover,
    HandoverRow,
    handover_for,
    member_can_see,
    team_candidates,
    team_for,
    team_member_get,
)
from .caseload_page import (
    IPS_NORM_ROLES,
    Caseload,
    CaseloadRow,
    Flag,
    caseload,
    flags_for,
    shows_ips_norms,
    team_caseload_sizes,
)
from .figures import IntakeFigures, intake_figures
from .ladder import LadderChart, LadderPoint, ladder_chart, ladder_steps_up, ladder_table
from .on_client import intakes_for, latest_intake, trajectories_for
from .plan import (
    action_get,
    changeable,
    decisions_for,
    goal_get,
    goals_for,
    may_change,
    meeting_facts,
    meeting_get,
    readers_for,
)
from .referral_pages import (
    ReferralOutcome,
    ReferralRow,
    may_decide,
    organisations_consented,
    referral_get,
    referral_outcome,
    referrals,
)
from .timeline_page import (
    TIMELINE_KINDS,
    TimelineEntry,
    category_choices,
    hidden_reason,
    timeline,
    timeline_kind_choices,
)
from .trajectory_page import TrajectoryView, may_add_to, may_manage, trajectory_get, trajectory_view

__all__ = [
    "IPS_NORM_ROLES",
    "TIMELINE_KINDS",
    "Caseload",
    "CaseloadRow",
    "Flag",
    "Handover",
    "HandoverRow",
    "IntakeFigures",
    "LadderChart",
    "LadderPoint",
    "ReferralOutcome",
    "ReferralRow",
    "TimelineEntry",
    "TrajectoryView",
    "action_get",
    "caseload",
    "category_choices",
    "changeable",
    "decisions_for",
    "flags_for",
    "goal_get",
    "goals_for",
    "handover_for",
    "hidden_reason",
    "intake_figures",
    "intakes_for",
    "ladder_chart",
    "ladder_steps_up",
    "ladder_table",
    "latest_intake",
    "may_add_to",
    "may_change",
    "may_decide",
    "may_manage",
    "meeting_facts",
    "meeting_get",
    "member_can_see",
    "organisations_consented",
    "readers_for",
    "referral_get",
    "referral_outcome",
    "referrals",
    "shows_ips_norms",
    "team_candidates",
    "team_caseload_sizes",
    "team_for",
    "team_member_get",
    "timeline",
    "timeline_kind_choices",
    "trajectories_for",
    "trajectory_get",
    "trajectory_view",
]
