"""Vacancies and created jobs (jobcarving) at an employer."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.organisations.models import (
    Gemeente,
)
from werkpad.trajectories.models import (
    Trajectory,
)

from ..models import (
    Employer,
    Sector,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WorkKind,
)
from ._shared import _choices_valid, _save_versioned


# --- Vacancies and created jobs ------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class VacancyDetails:
    title: str
    tasks: str
    sector: str
    work_kind: str
    hours_min: int
    hours_max: int
    gemeente: Gemeente
    requirements: str = ""
    offers_mask: int = 0
    offers_note: str = ""
    adaptable: bool = False
    kind: str = VacancyKind.VACANCY
    for_trajectory: Trajectory | None = None
    status: str = VacancyStatus.OPEN


def _check_vacancy(actor: Actor, details: VacancyDetails) -> None:
    _choices_valid(
        sector=(details.sector, Sector.values),
        work_kind=(details.work_kind, WorkKind.values),
        kind=(details.kind, VacancyKind.values),
        status=(details.status, VacancyStatus.values),
    )
    if not details.title.strip():
        raise ValidationError({"title": _("Vul de functie in.")})
    if not details.tasks.strip():
        raise ValidationError({"tasks": _("Beschrijf de taken.")})
    if not 1 <= details.hours_min <= details.hours_max <= 48:
        raise ValidationError(
            {"hours_max": _("Kies de uren tussen 1 en 48, het minimum niet boven het maximum.")}
        )
    if details.kind == VacancyKind.CREATED:
        if details.for_trajectory is None:
            raise ValidationError(
                {"for_trajectory": _("Een gecreëerde baan is voor één persoon: kies voor wie.")}
            )
        require(actor, Action.ADD_OWN_RECORD, details.for_trajectory)
    elif details.for_trajectory is not None:
        raise ValidationError(
            {"for_trajectory": _("Alleen een gecreëerde baan is voor één persoon.")}
        )


def vacancy_create(*, actor: Actor, employer: Employer, details: VacancyDetails) -> Vacancy:
    decision = require(actor, Action.ADD_VACANCY, employer)
    _check_vacancy(actor, details)
    values = asdict(details)
    values.update(title=details.title.strip(), tasks=details.tasks.strip())
    values["gemeente"] = details.gemeente
    values["for_trajectory"] = details.for_trajectory
    with transaction.atomic():
        vacancy = Vacancy.objects.create(
            employer=employer,
            region_id=details.gemeente.region_id,
            created_by=_user(actor),
            **values,
        )
        _audit(actor, "vacancy.create", AuditAction.CREATE, vacancy, decision)
    return vacancy


def vacancy_update(
    *, actor: Actor, vacancy: Vacancy, version: int, details: VacancyDetails
) -> Vacancy:
    decision = require(actor, Action.CHANGE_VACANCY, vacancy)
    _check_vacancy(actor, details)
    values = asdict(details)
    values.update(title=details.title.strip(), tasks=details.tasks.strip())
    values["gemeente"] = details.gemeente
    values["for_trajectory"] = details.for_trajectory
    values["region_id"] = details.gemeente.region_id
    with transaction.atomic():
        _save_versioned(Vacancy, vacancy, version, values)
        _audit(actor, "vacancy.update", AuditAction.UPDATE, vacancy, decision)
    return vacancy
