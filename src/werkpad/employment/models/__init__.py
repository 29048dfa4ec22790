"""Job development and placement (issue 4), the IPS half of Werkpad: the career profile,
employer relations and contacts, vacancies and jobs created for one person, the werkplekscan,
placements with their instruments, follow-along without a time limit, well-being check-ins
and the early-warning signals they raise.

Records about a client sit on a trajectory and carry the organisation that recorded them and
their data category, so the access policy applies the client's consent to them exactly as to
the records of the shared trajectory (decision 0021). Employers, their contacts and
vacancies are organisation data, shared within the organisation and, where organisations
agree, within the region (decision 0022).

One module per part; this package imports them all so Django registers every model, and re-
exports them, so callers write employment.models.Placement as before."""

from .catalogues import (
    WORK_KIND_BITS,
    Condition,
    RegisterStatus,
    Sector,
    Shift,
    TravelScope,
    VacancyContract,
    WorkKind,
    conditions_in,
    mask_of,
    work_kinds_in,
    work_kinds_mask,
)
from .employers import (
    ContactKind,
    ContactPerson,
    ContactPurpose,
    Employer,
    EmployerContact,
    RegionalSharing,
    UwvAdvice,
)
from .follow_along import (
    CHECKIN_QUESTIONS,
    Answer,
    CheckIn,
    FollowUpContact,
    Signal,
    SignalReason,
    WithWhom,
)
from .placements import (
    AppliedInstrument,
    ContractType,
    InstrumentStatus,
    JobEndReason,
    Placement,
    WorkType,
)
from .profiles import CareerProfile, WorkHistoryEntry
from .vacancies import (
    MAX_HOURLY_WAGE,
    MIN_HOURLY_WAGE,
    Vacancy,
    VacancyCloseReason,
    VacancyKind,
    VacancyStatus,
)
from .workplace_scan import NOT_ASSESSED, SCAN_ASPECTS, Light, WorkplaceScan

__all__ = [
    "CHECKIN_QUESTIONS",
    "MAX_HOURLY_WAGE",
    "MIN_HOURLY_WAGE",
    "NOT_ASSESSED",
    "SCAN_ASPECTS",
    "WORK_KIND_BITS",
    "Answer",
    "AppliedInstrument",
    "CareerProfile",
    "CheckIn",
    "Condition",
    "ContactKind",
    "ContactPerson",
    "ContactPurpose",
    "ContractType",
    "Employer",
    "EmployerContact",
    "FollowUpContact",
    "InstrumentStatus",
    "JobEndReason",
    "Light",
    "Placement",
    "RegionalSharing",
    "RegisterStatus",
    "Sector",
    "Shift",
    "Signal",
    "SignalReason",
    "TravelScope",
    "UwvAdvice",
    "Vacancy",
    "VacancyCloseReason",
    "VacancyContract",
    "VacancyKind",
    "VacancyStatus",
    "WithWhom",
    "WorkHistoryEntry",
    "WorkKind",
    "WorkType",
    "WorkplaceScan",
    "conditions_in",
    "mask_of",
    "work_kinds_in",
    "work_kinds_mask",
]
