"""Reads of job development and placement: always scoped by the access policy; every page
that shows client data writes one access-log row saying what it showed.

One module per part (as the portal's selectors); this package re-exports every read, so
callers write ``selectors.placement_view`` as before."""

from ._shared import IPS_CONTACT_NORM, WEEKS_SHOWN
from .checkins import (
    CheckInHistory,
    CheckInReaders,
    CheckInRow,
    my_checkin_history,
    my_checkin_readers,
)
from .contact_figures import ContactFigures, WeekCount, contact_figures
from .employer_pages import (
    CoachContact,
    EmployerPlacement,
    EmployerPortal,
    coach_contacts,
    employer_placement,
    employer_portal,
    employer_vacancies,
    employer_vacancy_get,
)
from .employers import (
    ContactRow,
    EmployerView,
    SharingView,
    employer_get,
    employer_list,
    employer_view,
    job_seekers,
    sharing_view,
)
from .ips_figures import QuarterFigures, ips_quarter_figures, quarter_of
from .on_trajectory import (
    OPTIONS_FROM_CONTACTS,
    WorkSummary,
    matches_for_trajectory,
    profile_for,
    profile_hidden,
    scan_get,
    scans_for,
    timeline_entries,
    vacancy_options,
    work_summary,
)
from .placements import (
    PlacementView,
    advice_for_profile,
    follow_up_get,
    instrument_get,
    my_running_placements,
    open_signal_flag,
    placement_get,
    placement_view,
    signal_get,
)
from .vacancies import candidates_for_vacancy, vacancy_get, vacancy_list

__all__ = [
    "IPS_CONTACT_NORM",
    "OPTIONS_FROM_CONTACTS",
    "WEEKS_SHOWN",
    "CheckInHistory",
    "CheckInReaders",
    "CheckInRow",
    "CoachContact",
    "ContactFigures",
    "ContactRow",
    "EmployerPlacement",
    "EmployerPortal",
    "EmployerView",
    "PlacementView",
    "QuarterFigures",
    "SharingView",
    "WeekCount",
    "WorkSummary",
    "advice_for_profile",
    "candidates_for_vacancy",
    "coach_contacts",
    "contact_figures",
    "employer_get",
    "employer_list",
    "employer_placement",
    "employer_portal",
    "employer_vacancies",
    "employer_vacancy_get",
    "employer_view",
    "follow_up_get",
    "instrument_get",
    "ips_quarter_figures",
    "job_seekers",
    "matches_for_trajectory",
    "my_checkin_history",
    "my_checkin_readers",
    "my_running_placements",
    "open_signal_flag",
    "placement_get",
    "placement_view",
    "profile_for",
    "profile_hidden",
    "quarter_of",
    "scan_get",
    "scans_for",
    "sharing_view",
    "signal_get",
    "timeline_entries",
    "vacancy_get",
    "vacancy_list",
    "vacancy_options",
    "work_summary",
]
