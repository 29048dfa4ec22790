"""Use cases of job development and placement: one transaction each, checked by the access
policy and written to the access log with the change. The invariants live here so every
entry point keeps them: a competitive job pays at least the minimum wage; a placement after a
werkplekscan with a red light needs a recorded conscious decision; a placement moves an IPS
trajectory to 'plaatsing' and the ladder up where it applies; a job's end moves it back to
'zoeken'; a face-to-face contact for a job seeker counts for the 30-day norm.

One module per part (as the portal's services); this package re-exports every use case,
so callers write ``services.placement_record`` as before."""

from ._shared import (
    IPS_BEFORE_PLACEMENT,
    IPS_PLACEMENT,
    SCAN_ASPECTS_CODES,
    SUPPORT_INSTRUMENTS,
    UNPAID_STEP,
)
from .coach_contact import employer_contact_set
from .employers import (
    EmployerDetails,
    contact_person_add,
    employer_contact_log,
    employer_create,
    employer_sharing_set,
    employer_update,
    similar_employers,
)
from .follow_along import (
    checkin_record,
    follow_up_add,
    follow_up_check_for_employer,
    follow_up_correct,
    follow_up_withdraw,
    signal_resolve,
)
from .instrument_decisions import (
    InstrumentDecision,
    instrument_apply,
    instrument_end,
    instrument_update,
    instrument_warnings,
)
from .placements import (
    InstrumentUse,
    PlacementDetails,
    ladder_step_for,
    placement_end,
    placement_record,
    placements_start_due,
)
from .profiles import ProfileDetails, career_profile_save, work_history_add
from .vacancies import (
    VacancyDetails,
    vacancy_close,
    vacancy_create,
    vacancy_reopen,
    vacancy_update,
)
from .workplace_scan import workplace_scan_record

__all__ = [
    "IPS_BEFORE_PLACEMENT",
    "IPS_PLACEMENT",
    "SCAN_ASPECTS_CODES",
    "SUPPORT_INSTRUMENTS",
    "UNPAID_STEP",
    "EmployerDetails",
    "InstrumentDecision",
    "InstrumentUse",
    "PlacementDetails",
    "ProfileDetails",
    "VacancyDetails",
    "career_profile_save",
    "checkin_record",
    "contact_person_add",
    "employer_contact_log",
    "employer_contact_set",
    "employer_create",
    "employer_sharing_set",
    "employer_update",
    "follow_up_add",
    "follow_up_check_for_employer",
    "follow_up_correct",
    "follow_up_withdraw",
    "instrument_apply",
    "instrument_end",
    "instrument_update",
    "instrument_warnings",
    "ladder_step_for",
    "placement_end",
    "placement_record",
    "placements_start_due",
    "signal_resolve",
    "similar_employers",
    "vacancy_close",
    "vacancy_create",
    "vacancy_reopen",
    "vacancy_update",
    "work_history_add",
    "workplace_scan_record",
]
