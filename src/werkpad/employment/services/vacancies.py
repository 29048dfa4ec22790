"""Vacancies and created jobs (jobcarving) at an employer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.versioning import save_versioned
from werkpad.organisations.models import (
    Gemeente,
)
from werkpad.trajectories.models import (
    Trajectory,
)

from ..models import (
    MAX_HOURLY_WAGE,
    MIN_HOURLY_WAGE,
    Employer,
    Sector,
    Shift,
    Vacancy,
    VacancyCloseReason,
    VacancyContract,
    VacancyKind,
    VacancyStatus,
    WorkKind,
    work_kinds_mask,
)
from ._shared import _choices_valid


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
    # More kinds of work besides the main one (``work_kind``), when it has several.
    other_work_kinds: list[str] = field(default_factory=list)
    shifts: list[str] = field(default_factory=list)
    contract: str = ""
    wage_hourly: Decimal | None = None
    wage_scale: str = ""


def _euros(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


def _check_vacancy(actor: Actor, details: VacancyDetails, current: Vacancy | None = None) -> None:
    _choices_valid(
        sector=(details.sector, Sector.values),
        work_kind=(details.work_kind, WorkKind.values),
        other_work_kinds=(list(details.other_work_kinds), WorkKind.values),
        kind=(details.kind, VacancyKind.values),
        status=(details.status, VacancyStatus.values),
        shifts=(list(details.shifts), Shift.values),
        contract=(details.contract, ["", *VacancyContract.values]),
    )
    wage = details.wage_hourly
    if wage is not None and not MIN_HOURLY_WAGE <= wage <= MAX_HOURLY_WAGE:
        raise ValidationError(
            {
                "wage_hourly": _(
                    "Vul een bruto uurloon in tussen %(low)s en %(high)s euro, of laat het leeg."
                )
                % {"low": _euros(MIN_HOURLY_WAGE), "high": _euros(MAX_HOURLY_WAGE)}
            }
        )
    if len(details.wage_scale) > 120:
        raise ValidationError({"wage_scale": _("Houd de loonschaal korter dan 120 tekens.")})
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
        # Choosing the person asks for the right on their trajectory; an edit that keeps the
        # person it was made for (the employer correcting the hours) does not choose anyone.
        if current is None or current.for_trajectory_id != details.for_trajectory.pk:
            require(actor, Action.ADD_OWN_RECORD, details.for_trajectory)
    elif details.for_trajectory is not None:
        raise ValidationError(
            {"for_trajectory": _("Alleen een gecreëerde baan is voor één persoon.")}
        )


def _values(details: VacancyDetails) -> dict[str, Any]:
    """The columns a vacancy's details set (the other kinds as a mask without the main one)."""
    values = asdict(details)
    others = values.pop("other_work_kinds")
    values.update(
        title=details.title.strip(),
        tasks=details.tasks.strip(),
        wage_scale=details.wage_scale.strip(),
        gemeente=details.gemeente,
        for_trajectory=details.for_trajectory,
        other_kinds_mask=work_kinds_mask([k for k in others if k != details.work_kind]),
        # In the catalogue's order, once each: the pages and the change log compare lists.
        shifts=[s for s in Shift.values if s in details.shifts],
    )
    return values


def vacancy_create(*, actor: Actor, employer: Employer, details: VacancyDetails) -> Vacancy:
    decision = require(actor, Action.ADD_VACANCY, employer)
    _check_vacancy(actor, details)
    values = _values(details)
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
    _check_vacancy(actor, details, current=vacancy)
    values = _values(details)
    values["region_id"] = details.gemeente.region_id
    if details.status != vacancy.status:
        values["closed_at"] = None if details.status == VacancyStatus.OPEN else timezone.now()
    with transaction.atomic():
        save_versioned(Vacancy, vacancy, version, _changed_by(actor, values))
        _audit(actor, "vacancy.update", AuditAction.UPDATE, vacancy, decision)
    return vacancy


def _changed_by(actor: Actor, values: dict[str, Any]) -> dict[str, Any]:
    return {**values, "updated_by": _user(actor), "updated_at": timezone.now()}


def vacancy_close(*, actor: Actor, vacancy: Vacancy, version: int, reason: str) -> Vacancy:
    """Close an open vacancy because it was filled or withdrawn: it is no longer offered in
    matching. Closing one that is closed already is refused (nothing changes)."""
    decision = require(actor, Action.CHANGE_VACANCY, vacancy)
    if reason not in VacancyCloseReason.values:
        raise ValidationError({"reason": _("Kies waarom de vacature sluit.")})
    if vacancy.status != VacancyStatus.OPEN:
        raise ValidationError(_("Deze vacature is al gesloten."))
    status = VacancyCloseReason(reason).status
    with transaction.atomic():
        save_versioned(
            Vacancy,
            vacancy,
            version,
            _changed_by(actor, {"status": status, "closed_at": timezone.now()}),
        )
        _audit(
            actor,
            "vacancy.close",
            AuditAction.UPDATE,
            vacancy,
            decision,
            detail={"reason": reason},
        )
    return vacancy


def vacancy_reopen(*, actor: Actor, vacancy: Vacancy, version: int) -> Vacancy:
    """Open a closed vacancy again: matching offers it again."""
    decision = require(actor, Action.CHANGE_VACANCY, vacancy)
    if vacancy.status == VacancyStatus.OPEN:
        raise ValidationError(_("Deze vacature is al open."))
    with transaction.atomic():
        save_versioned(
            Vacancy,
            vacancy,
            version,
            _changed_by(actor, {"status": VacancyStatus.OPEN, "closed_at": None}),
        )
        _audit(actor, "vacancy.reopen", AuditAction.UPDATE, vacancy, decision)
    return vacancy
