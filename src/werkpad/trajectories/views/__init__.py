"""Thin views: parse input, call a selector or service, render. Permission is the policy's
business (selectors and services ask it); a service's ValidationError goes back on the form
with status 400 and nothing saved; a stale edit is a 409.

One module per part; ``urls.py`` names them through this package."""

from .care_team import team, team_end, team_handover
from .intakes import intake_figures, intake_record
from .ladder_page import ladder_assess
from .meetings import meeting, meeting_pdf, meeting_plan, meeting_record
from .notes import note_add
from .plan import action_complete, action_create, goal_create, goal_update
from .referrals import referral_create, referral_detail, referral_list
from .trajectory import caseload, detail, phase_change, start, timeline

__all__ = [
    "action_complete",
    "action_create",
    "caseload",
    "detail",
    "goal_create",
    "goal_update",
    "intake_figures",
    "intake_record",
    "ladder_assess",
    "meeting",
    "meeting_pdf",
    "meeting_plan",
    "meeting_record",
    "note_add",
    "phase_change",
    "referral_create",
    "referral_detail",
    "referral_list",
    "start",
    "team",
    "team_end",
    "team_handover",
    "timeline",
]
