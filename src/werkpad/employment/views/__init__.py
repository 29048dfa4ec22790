"""Thin views of job development and placement: parse input, call a selector or service,
render. Permission is the policy's business; bad input is a 400 with the messages on the
form and nothing saved; a stale edit is a 409.

One module per part; ``urls.py`` names them through this package."""

from ._shared import FORM
from .employer_pages import (
    employer_home,
    employer_placement,
    employer_vacancies,
    employer_vacancy_close,
    employer_vacancy_create,
    employer_vacancy_reopen,
    employer_vacancy_update,
)
from .employers import (
    contact_person_add,
    employer_contact_log,
    employer_create,
    employer_detail,
    employer_list,
    employer_update,
    home,
    sharing,
)
from .follow_along import (
    checkin_record,
    follow_up_add,
    follow_up_correct,
    follow_up_withdraw,
    my_checkin,
    my_employer_contact,
    placement_end,
    signal_resolve,
)
from .guide import employer_guide, guide
from .placements import (
    instrument_apply,
    instrument_end,
    instrument_update,
    placement_detail,
    placement_record,
)
from .profiles import history_add, matches, profile
from .vacancies import figures, vacancy_create, vacancy_detail, vacancy_list, vacancy_update
from .workplace_scan import scan_detail, workplace_scan_record

__all__ = [
    "FORM",
    "checkin_record",
    "contact_person_add",
    "employer_contact_log",
    "employer_create",
    "employer_detail",
    "employer_guide",
    "employer_home",
    "employer_list",
    "employer_placement",
    "employer_update",
    "employer_vacancies",
    "employer_vacancy_close",
    "employer_vacancy_create",
    "employer_vacancy_reopen",
    "employer_vacancy_update",
    "figures",
    "follow_up_add",
    "follow_up_correct",
    "follow_up_withdraw",
    "guide",
    "history_add",
    "home",
    "instrument_apply",
    "instrument_end",
    "instrument_update",
    "matches",
    "my_checkin",
    "my_employer_contact",
    "placement_detail",
    "placement_end",
    "placement_record",
    "profile",
    "scan_detail",
    "sharing",
    "signal_resolve",
    "vacancy_create",
    "vacancy_detail",
    "vacancy_list",
    "vacancy_update",
    "workplace_scan_record",
]
