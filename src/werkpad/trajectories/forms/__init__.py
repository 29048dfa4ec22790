"""Forms of the trajectory pages. They check input and give Dutch messages; the rules that
hold for every entry point (the work question, phases, consent for referrals) are in the
services, whose ValidationErrors the views put back on the form.

One module per part; this package re-exports every form."""

from ._shared import YES_NO, conditional, referral_teams
from .care_team import HandoverForm, HandoverSourceForm, TeamAddForm
from .intakes import IntakeForm
from .ladder import LadderForm
from .meetings import DECISION_ROWS, MeetingForm, MeetingPlanForm, MeetingReportForm
from .notes import NoteForm
from .plan import NEW_GOAL_STATUSES, ActionForm, GoalEditForm, GoalForm
from .referrals import AcceptForm, DeclineForm, ReferralForm
from .trajectory import PhaseForm, SetupFields, StartForm

__all__ = [
    "DECISION_ROWS",
    "NEW_GOAL_STATUSES",
    "YES_NO",
    "AcceptForm",
    "ActionForm",
    "DeclineForm",
    "GoalEditForm",
    "GoalForm",
    "HandoverForm",
    "HandoverSourceForm",
    "IntakeForm",
    "LadderForm",
    "MeetingForm",
    "MeetingPlanForm",
    "MeetingReportForm",
    "NoteForm",
    "PhaseForm",
    "ReferralForm",
    "SetupFields",
    "StartForm",
    "TeamAddForm",
    "conditional",
    "referral_teams",
]
