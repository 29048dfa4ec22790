"""Career profile and work history: the client's wishes, strengths and past work (IPS: the job
seeker's own preferences lead)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.forms import StaleEditError
from werkpad.core.versioning import save_versioned
from werkpad.organisations.models import (
    Gemeente,
)
from werkpad.trajectories.models import (
    BenefitStatus,
    Trajectory,
)

from ..models import (
    CareerProfile,
    RegisterStatus,
    Sector,
    TravelScope,
    WorkHistoryEntry,
    WorkKind,
)
from ._shared import _choices_valid


# --- Career profile ------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class ProfileDetails:
    own_words: str
    work_kinds: list[str]
    sectors: list[str]
    avoid_kinds: list[str]
    avoid_sectors: list[str]
    hours_min: int | None = None
    hours_max: int | None = None
    home_gemeente: Gemeente | None = None
    travel_scope: str = "regio"
    travel_note: str = ""
    available_from: date | None = None
    needs_mask: int = 0
    talents: str = ""
    interests: str = ""
    education: str = ""
    helps: str = ""
    hinders: str = ""
    support_wished: str = ""
    benefit_status: str = ""
    register_status: str = "onbekend"


def _check_profile(details: ProfileDetails) -> None:
    _choices_valid(
        work_kinds=(details.work_kinds, WorkKind.values),
        avoid_kinds=(details.avoid_kinds, WorkKind.values),
        sectors=(details.sectors, Sector.values),
        avoid_sectors=(details.avoid_sectors, Sector.values),
        travel_scope=(details.travel_scope, TravelScope.values),
        register_status=(details.register_status, RegisterStatus.values),
        benefit_status=(details.benefit_status, ["", *BenefitStatus.values]),
    )
    if not details.own_words.strip():
        raise ValidationError(
            {"own_words": _("Schrijf in de woorden van de cliënt wat voor werk die wil.")}
        )
    if set(details.work_kinds) & set(details.avoid_kinds):
        raise ValidationError(
            {"avoid_kinds": _("Een soort werk kan niet tegelijk gewild en niet gewild zijn.")}
        )
    if set(details.sectors) & set(details.avoid_sectors):
        raise ValidationError(
            {"avoid_sectors": _("Een sector kan niet tegelijk gewild en niet gewild zijn.")}
        )
    if details.hours_min and details.hours_max and details.hours_min > details.hours_max:
        raise ValidationError({"hours_max": _("Het maximum aantal uren is lager dan het minimum.")})
    for name in ("hours_min", "hours_max"):
        value = getattr(details, name)
        if value is not None and not 1 <= value <= 48:
            raise ValidationError({name: _("Kies een aantal uren tussen 1 en 48 per week.")})


def career_profile_save(
    *, actor: Actor, trajectory: Trajectory, details: ProfileDetails, version: int | None = None
) -> CareerProfile:
    """Create the trajectory's career profile, or change it (with the version the form saw)."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    _check_profile(details)
    values = asdict(details)
    values["own_words"] = details.own_words.strip()
    values["home_gemeente"] = details.home_gemeente
    with transaction.atomic():
        existing = CareerProfile.objects.filter(trajectory=trajectory).first()
        if existing is None:
            profile = CareerProfile.objects.create(
                trajectory=trajectory,
                organisation=_organisation(actor),
                updated_by=_user(actor),
                **values,
            )
            _audit(actor, "career_profile.create", AuditAction.CREATE, profile, decision)
            return profile
        change = require(actor, Action.CHANGE_RECORD, existing)
        if version is None:
            raise StaleEditError
        save_versioned(CareerProfile, existing, version, {**values, "updated_by": _user(actor)})
        _audit(actor, "career_profile.update", AuditAction.UPDATE, existing, change)
    return existing


def work_history_add(
    *,
    actor: Actor,
    profile: CareerProfile,
    job: str,
    from_year: int,
    to_year: int | None = None,
    employer_name: str = "",
    went_well: str = "",
    why_ended: str = "",
) -> WorkHistoryEntry:
    decision = require(actor, Action.CHANGE_RECORD, profile)
    if not job.strip():
        raise ValidationError({"job": _("Vul de functie in.")})
    this_year = timezone.localdate().year
    if not 1950 <= from_year <= this_year:
        raise ValidationError({"from_year": _("Kies een jaar tussen 1950 en nu.")})
    if to_year is not None and not from_year <= to_year <= this_year:
        raise ValidationError(
            {"to_year": _("Het eindjaar ligt voor het beginjaar of in de toekomst.")}
        )
    with transaction.atomic():
        entry = WorkHistoryEntry.objects.create(
            profile=profile,
            job=job.strip(),
            employer_name=employer_name.strip(),
            from_year=from_year,
            to_year=to_year,
            went_well=went_well.strip(),
            why_ended=why_ended.strip(),
        )
        _audit(
            actor,
            "career_profile.history_add",
            AuditAction.UPDATE,
            profile,
            decision,
            detail={"entry": entry.pk},
        )
    return entry
