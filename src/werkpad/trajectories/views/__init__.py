"""Thin views: parse input, call a selector or service, render. Permission is the policy's
business (selectors and services ask it); a service's ValidationError goes back on the form
with status 400 and nothing saved; a stale edit is a 409.

One module per part; ``urls.py`` names them through this package."""

from .care_team import handover, team, team_end
from .intakes import intake, intake_figures
from .ladder_page import ladder
from .meetings import meeting, meeting_create, meeting_pdf
from .notes import note_create
from .plan import action_create, action_done, goal_create, goal_edit
from .referrals import refer, referral_detail, referral_list
from .trajectory import caseload, detail, phase, start, timeline

__all__ = [
    "action_create",
    "action_done",
    "caseload",
    "detail",
    "goal_create",
    "goal_edit",
    "handover",
    "intake",
    "intake_figures",
    "ladder",
    "meeting",
    "meeting_create",
    "meeting_pdf",
    "note_create",
    "phase",
    "refer",
    "referral_detail",
    "referral_list",
    "start",
    "team",
    "team_end",
    "timeline",
]
