"""Participatieladder assessments: the professional's, or the client's own view."""

from __future__ import annotations

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

from ..models import LadderAssessment, Trajectory


def ladder_assess(
    *,
    actor: Actor,
    trajectory: Trajectory,
    step: int,
    perspective: str,
    assessed_on: date,
    note: str = "",
) -> LadderAssessment:
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    if not 1 <= step <= 6:
        raise ValidationError({"step": _("Kies een trede van 1 tot en met 6.")})
    if assessed_on > timezone.localdate():
        raise ValidationError({"assessed_on": _("Een inschatting kan niet in de toekomst liggen.")})
    if assessed_on < trajectory.started_on:
        raise ValidationError({"assessed_on": _("Deze datum ligt voor de start van het traject.")})
    with transaction.atomic():
        assessment = LadderAssessment.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            step=step,
            perspective=perspective,
            assessed_on=assessed_on,
            assessed_by=_user(actor),
            note=note.strip(),
        )
        _audit(actor, "ladder.assess", AuditAction.CREATE, assessment, decision)
    return assessment
