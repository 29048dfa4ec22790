"""Thin views of job development and placement: parse input, call a selector or service,
render. Permission is the policy's business; bad input is a 400 with the messages on the
form and nothing saved; a stale edit is a 409.

One module per part; ``urls.py`` names them through this package."""

from ._shared import FORM
from .employer_pages import employer_home, employer_placement, employer_vacancy_create
from .employers import (
    contact_log,
    contact_person_add,
    employer_create,
    employer_detail,
    employer_edit,
    employer_list,
    home,
    sharing,
)
from .follow_along import (
    checkin_add,
    follow_up_add,
    follow_up_correct,
    follow_up_withdraw,
    my_checkin,
    my_employer_contact,
    placement_end,
    signal_resolve,
)
from .placements import instrument_add, placement_create, placement_detail
from .profiles import history_add, matches, profile
from .vacancies import figures, vacancy_create, vacancy_detail, vacancy_edit, vacancy_list
from .workplace_scan import scan_create, scan_detail

__all__ = [
    "FORM",
    "checkin_add",
    "contact_log",
    "contact_person_add",
    "employer_create",
    "employer_detail",
    "employer_edit",
    "employer_home",
    "employer_list",
    "employer_placement",
    "employer_vacancy_create",
    "figures",
    "follow_up_add",
    "follow_up_correct",
    "follow_up_withdraw",
    "history_add",
    "home",
    "instrument_add",
    "matches",
    "my_checkin",
    "my_employer_contact",
    "placement_create",
    "placement_detail",
    "placement_end",
    "profile",
    "scan_create",
    "scan_detail",
    "sharing",
    "signal_resolve",
    "vacancy_create",
    "vacancy_detail",
    "vacancy_edit",
    "vacancy_list",
]
