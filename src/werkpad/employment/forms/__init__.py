"""Forms of job development and placement. They check input and give Dutch messages; the
rules that hold for every entry point (minimum wage, the red light, phases) are in the
services, whose ValidationErrors the views put back on the form.

One module per part; this package re-exports every form."""

from ._shared import CHOOSE, ConditionsField
from .employers import (
    ContactLogForm,
    ContactPersonForm,
    EmployerCreateForm,
    EmployerEditForm,
    EmployerForm,
    SharingForm,
)
from .follow_along import (
    CheckInForm,
    EmployerContactForm,
    FollowUpCorrectForm,
    FollowUpForm,
    PlacementEndForm,
    SignalResolveForm,
)
from .placements import (
    InstrumentEndForm,
    InstrumentForm,
    InstrumentUpdateForm,
    PlacementForm,
    instrument_initial,
)
from .profiles import HistoryForm, ProfileEditForm, ProfileForm
from .vacancies import (
    CoachVacancyEditForm,
    CoachVacancyForm,
    EmployerVacancyEditForm,
    VacancyCloseForm,
    VacancyForm,
    VacancyReopenForm,
    vacancy_initial,
)
from .workplace_scan import ScanForm

__all__ = [
    "CHOOSE",
    "CheckInForm",
    "CoachVacancyEditForm",
    "CoachVacancyForm",
    "ConditionsField",
    "ContactLogForm",
    "ContactPersonForm",
    "EmployerContactForm",
    "EmployerCreateForm",
    "EmployerEditForm",
    "EmployerForm",
    "EmployerVacancyEditForm",
    "FollowUpCorrectForm",
    "FollowUpForm",
    "HistoryForm",
    "InstrumentEndForm",
    "InstrumentForm",
    "InstrumentUpdateForm",
    "PlacementEndForm",
    "PlacementForm",
    "ProfileEditForm",
    "ProfileForm",
    "ScanForm",
    "SharingForm",
    "SignalResolveForm",
    "VacancyCloseForm",
    "VacancyForm",
    "VacancyReopenForm",
    "instrument_initial",
    "vacancy_initial",
]
