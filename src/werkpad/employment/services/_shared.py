"""What the job-development use cases share: the IPS phases a placement moves between, the ladder
steps of unpaid work, and small checks."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.trajectories.models import (
    LadderStep,
)
from werkpad.trajectories.phases import IPS_SEARCH

from ..models import (
    SCAN_ASPECTS,
    WorkType,
)

IPS_PLACEMENT = "plaatsing"
IPS_BEFORE_PLACEMENT = ("aanmelding", "kennismaking", IPS_SEARCH)
SCAN_ASPECTS_CODES = tuple(code for code, _label in SCAN_ASPECTS)

# The participatieladder step a placement reaches (REFERENCE.md §2): unpaid work is step 4,
# paid work with support (a subsidy or a jobcoach) 5, paid work without it 6.
UNPAID_STEP = {
    WorkType.TRIAL: LadderStep.UNPAID_WORK,
    WorkType.LEARNING: LadderStep.UNPAID_WORK,
    WorkType.VOLUNTEER: LadderStep.UNPAID_WORK,
    WorkType.DAY_ACTIVITY: LadderStep.ORGANISED_ACTIVITIES,
}
SUPPORT_INSTRUMENTS = frozenset({"loonkostensubsidie", "jobcoach"})


def _not_in_future(day: date, field: str) -> None:
    if day > timezone.localdate():
        raise ValidationError({field: _("Deze datum ligt in de toekomst.")})


def _choices_valid(**fields: tuple[Any, Any]) -> None:
    """Every given value (or every item of a given list) is one of its field's choices; the
    forms offer only those, but services are also called by the API, demo and generators."""
    for name, (value, choices) in fields.items():
        values = value if isinstance(value, list) else [value]
        if any(v not in choices for v in values):
            raise ValidationError({name: _("Kies een van de mogelijkheden.")})
