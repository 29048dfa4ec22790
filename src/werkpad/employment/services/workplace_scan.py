"""The werkplekscan: the workplace, its stimuli, the team, colleagues, the manager and customers
(seed 004), with a traffic light per aspect."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.trajectories.models import (
    Trajectory,
)

from ..models import (
    SCAN_ASPECTS,
    Employer,
    Light,
    Vacancy,
    WorkplaceScan,
)
from ._shared import _not_in_future


# --- Werkplekscan --------------------------------------------------------------------------
def workplace_scan_record(
    *,
    actor: Actor,
    trajectory: Trajectory,
    employer: Employer,
    done_on: date,
    lights: dict[str, dict[str, str]],
    vacancy: Vacancy | None = None,
) -> WorkplaceScan:
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    require(actor, Action.VIEW_EMPLOYER, employer)
    _not_in_future(done_on, "done_on")
    clean: dict[str, dict[str, str]] = {}
    for aspect, label in SCAN_ASPECTS:
        given = lights.get(aspect) or {}
        light = given.get("light", "")
        if light not in Light.values:
            raise ValidationError(
                {
                    f"{aspect}_light": _("Kies groen, oranje of rood voor: %(aspect)s")
                    % {"aspect": label}
                }
            )
        note = (given.get("note") or "").strip()
        if light != Light.GREEN and not note:
            raise ValidationError(
                {
                    f"{aspect}_note": _("Licht toe waarom dit niet groen is: %(aspect)s")
                    % {"aspect": label}
                }
            )
        clean[aspect] = {"light": light, "note": note}
    if vacancy is not None and vacancy.employer_id != employer.pk:
        raise ValidationError({"vacancy": _("Deze vacature hoort bij een andere werkgever.")})
    with transaction.atomic():
        scan = WorkplaceScan.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            employer=employer,
            vacancy=vacancy,
            done_on=done_on,
            lights=clean,
            done_by=_user(actor),
        )
        _audit(actor, "workplace_scan.create", AuditAction.CREATE, scan, decision)
    return scan
