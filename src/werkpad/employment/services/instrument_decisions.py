"""Instruments on a placement and their decisions: requested on the placement form, decided by
the placing organisation or by UWV's and the gemeente's own deciders for theirs
(``DECIDE_INSTRUMENT``), with warnings before saving and impossible decisions refused
(decision 0041)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.policy import Action, decidable_instruments, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.versioning import save_versioned

from ..instruments import INSTRUMENT_BY_CODE
from ..models import (
    AppliedInstrument,
    InstrumentStatus,
    Placement,
)

# --- Instruments and their decisions -----------------------------------------------------
# A proefplaatsing lasts 2 months, exceptionally up to 6 (Beleidsregels proefplaatsing UWV);
# a jobcoach asks for a contract of 12 hours a week or more, and lasts up to 3 years in
# principle (REFERENCE.md §4.3).
TRIAL_USUAL_DAYS, TRIAL_MAX_DAYS = 62, 184
JOBCOACH_MIN_HOURS, JOBCOACH_USUAL_DAYS = Decimal("12"), 3 * 366
LKS = "loonkostensubsidie"


@dataclass(frozen=True, kw_only=True)
class InstrumentDecision:
    """What is recorded about an instrument on a placement: the decision as it stands."""

    status: str = InstrumentStatus.REQUESTED
    starts_on: date
    ends_on: date | None = None
    decided_on: date | None = None
    wage_value_percentage: int | None = None
    wage_value_by: str = ""
    provider: str = ""
    coach_hours_per_month: Decimal | None = None
    note: str = ""


def _days(d: InstrumentDecision) -> int:
    """How long the instrument runs, in days (0 while it has no end date)."""
    return 0 if d.ends_on is None else (d.ends_on - d.starts_on).days


def _check_decision(
    placement: Placement, code: str, d: InstrumentDecision, confirmed: bool = True
) -> None:
    """Every problem at once, the first per field, and the warnings not yet confirmed."""
    errors: dict[str, str] = _unconfirmed(
        instrument_warnings(placement.hours_per_week, code, d), confirmed
    )
    if d.status not in InstrumentStatus.values:
        errors["status"] = _("Kies of het instrument is aangevraagd, toegekend of afgewezen.")
    if d.starts_on < placement.start_on:
        errors["starts_on"] = _("Een instrument begint niet voor de plaatsing.")
    if d.ends_on is not None and d.ends_on < d.starts_on:
        errors["ends_on"] = _("De einddatum ligt voor de begindatum.")
    if d.decided_on is not None and d.decided_on > timezone.localdate():
        errors["decided_on"] = _("Deze datum ligt in de toekomst.")
    if d.status != InstrumentStatus.REQUESTED and d.decided_on is None:
        errors["decided_on"] = _("Vul de datum van het besluit in.")
    if code == LKS:
        percentage = d.wage_value_percentage
        if percentage is not None and not 1 <= percentage <= 99:
            errors["wage_value_percentage"] = _(
                "De loonwaarde is een percentage van 1 tot 99. Bij een loonwaarde van 100 procent "
                "is er geen loonkostensubsidie."
            )
        elif d.status == InstrumentStatus.GRANTED and percentage is None:
            errors["wage_value_percentage"] = _("Vul de loonwaarde in die bij het besluit hoort.")
        if percentage is not None and not d.wage_value_by.strip():
            errors["wage_value_by"] = _("Vul in wie de loonwaarde heeft vastgesteld.")
    elif d.wage_value_percentage is not None or d.wage_value_by.strip():
        errors["wage_value_percentage"] = _("Een loonwaarde hoort bij loonkostensubsidie.")
    if code == "jobcoach":
        hours = d.coach_hours_per_month
        if hours is not None and not Decimal("0.5") <= hours <= Decimal("200"):
            errors["coach_hours_per_month"] = _("Kies tussen 0,5 en 200 uur per maand.")
    elif d.provider.strip() or d.coach_hours_per_month is not None:
        errors["provider"] = _("De organisatie en uren van een jobcoach horen bij jobcoaching.")
    if code == "proefplaatsing" and _days(d) > TRIAL_MAX_DAYS:
        errors["ends_on"] = _("Een proefplaatsing duurt hoogstens 6 maanden.")
    if errors:
        raise ValidationError(errors)


def instrument_warnings(hours_per_week: Decimal, code: str, d: InstrumentDecision) -> list[str]:
    """What usually does not fit, said before saving; the user may save anyway, knowingly
    (``confirmed``): the deciding organisation can have its reasons."""
    warnings = []
    if code == "jobcoach" and hours_per_week < JOBCOACH_MIN_HOURS:
        warnings.append(
            _(
                "Een jobcoach is er meestal bij een contract van 12 uur per week of meer. Deze "
                "plaatsing is %(hours)s uur per week."
            )
            % {"hours": number_format(hours_per_week.normalize(), use_l10n=True)}
        )
    if code == "jobcoach" and _days(d) > JOBCOACH_USUAL_DAYS:
        warnings.append(_("Jobcoaching duurt in principe hoogstens 3 jaar."))
    if code == "proefplaatsing" and TRIAL_USUAL_DAYS < _days(d) <= TRIAL_MAX_DAYS:
        warnings.append(
            _("Een proefplaatsing duurt meestal 2 maanden; langer alleen bij uitzondering.")
        )
    return [str(w) for w in warnings]


def _unconfirmed(warnings: list[str], confirmed: bool) -> dict[str, str]:
    """The warnings as an error on ``confirmed`` until the user ticks it; they come in the
    same round as every other problem, so nobody meets them one at a time."""
    if not warnings or confirmed:
        return {}
    tick = str(_("Vink aan dat je dit hebt gezien om toch op te slaan."))
    return {"confirmed": " ".join([*warnings, tick])}


def _decided_by(actor: Actor) -> int | None:
    """The organisation whose decision it is, when the one recording it decides itself."""
    organisation = _organisation(actor)
    return organisation.pk if organisation.type in ("gemeente", "uwv") else None


def _decision_fields(actor: Actor, d: InstrumentDecision) -> dict[str, Any]:
    return {
        "status": d.status,
        "starts_on": d.starts_on,
        "ends_on": d.ends_on,
        "decided_on": d.decided_on,
        "wage_value_percentage": d.wage_value_percentage,
        "wage_value_by": d.wage_value_by.strip(),
        "provider": d.provider.strip(),
        "coach_hours_per_month": d.coach_hours_per_month,
        "note": d.note.strip(),
        "decided_by_id": _decided_by(actor) if d.status != InstrumentStatus.REQUESTED else None,
    }


def instrument_apply(
    *,
    actor: Actor,
    placement: Placement,
    code: str,
    starts_on: date,
    ends_on: date | None = None,
    note: str = "",
    decision: InstrumentDecision | None = None,
    confirmed: bool = False,
) -> AppliedInstrument:
    """Put an instrument on a placement, with its decision as far as it is known (by default
    requested). The placing organisation may record any; UWV's and the gemeente's deciders
    on the team their own (``decidable_instruments``)."""
    allowed = require(actor, Action.DECIDE_INSTRUMENT, placement)
    if code not in INSTRUMENT_BY_CODE:
        raise ValidationError({"code": _("Kies een instrument uit de lijst.")})
    codes = decidable_instruments(actor, placement)
    if codes is not None and code not in codes:
        raise ValidationError(
            {"code": _("Over dit instrument besluit je eigen organisatie niet. Kies een ander.")}
        )
    d = decision or InstrumentDecision(starts_on=starts_on, ends_on=ends_on, note=note)
    if placement.ended_on is not None:
        raise ValidationError(_("Deze plaatsing is beëindigd."))
    _check_decision(placement, code, d, confirmed)
    with transaction.atomic():
        applied = AppliedInstrument.objects.create(
            placement=placement, instrument=code, **_decision_fields(actor, d)
        )
        _audit(
            actor,
            "placement.instrument",
            AuditAction.UPDATE,
            placement,
            allowed,
            detail={"instrument": code, "status": d.status},
        )
    return applied


def instrument_update(
    *,
    actor: Actor,
    applied: AppliedInstrument,
    version: int,
    decision: InstrumentDecision,
    confirmed: bool = False,
) -> AppliedInstrument:
    """Record the decision as it now stands (granted, refused, the loonwaarde, the end):
    refused when someone saved another version meanwhile (``StaleEditError``)."""
    allowed = require(actor, Action.DECIDE_INSTRUMENT, applied)
    placement = applied.placement
    _check_decision(placement, applied.instrument, decision, confirmed)
    with transaction.atomic():
        save_versioned(AppliedInstrument, applied, version, _decision_fields(actor, decision))
        _audit(
            actor,
            "placement.instrument_update",
            AuditAction.UPDATE,
            placement,
            allowed,
            detail={"instrument": applied.instrument, "status": decision.status},
        )
    applied.refresh_from_db()
    return applied


def instrument_end(
    *, actor: Actor, applied: AppliedInstrument, version: int, ends_on: date
) -> AppliedInstrument:
    """End an instrument on a day (not before it began)."""
    allowed = require(actor, Action.DECIDE_INSTRUMENT, applied)
    # A planned end may lie ahead (a decision for a fixed period, a job that has not
    # started yet); it may not lie before the instrument began.
    if ends_on < applied.starts_on:
        raise ValidationError({"ends_on": _("De einddatum ligt voor de begindatum.")})
    if applied.ends_on is not None and applied.ends_on <= ends_on:
        raise ValidationError({"ends_on": _("Dit instrument eindigt al op of voor die dag.")})
    with transaction.atomic():
        save_versioned(AppliedInstrument, applied, version, {"ends_on": ends_on})
        _audit(
            actor,
            "placement.instrument_update",
            AuditAction.UPDATE,
            applied.placement,
            allowed,
            detail={"instrument": applied.instrument, "ends_on": ends_on.isoformat()},
        )
    applied.refresh_from_db()
    return applied
