"""The ggz intake with the work question (Arbeid als Medicijn): completed only with the work
question; an outcome other than 'not now' refers the client in the same step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import Client
from werkpad.organisations.models import Team

from ..models import Intake, IntakeOutcome
from .referrals import referral_create


@dataclass(frozen=True, kw_only=True)
class IntakeDetails:
    held_on: date
    ladder_step: int
    benefit_status: str
    has_paid_work: bool
    work_discussed: bool
    work_wish: str = ""
    work_direction: str = ""
    work_meaning: str = ""
    work_coherence: str = ""
    outcome: str
    ask_again_on: date | None = None
    reason: str
    refer_to: Team | None = None  # the receiving team when the outcome is a referral


def intake_problems(values: Mapping[str, Any]) -> dict[str, str]:
    """The intake's rules between its fields, as a message per field. A value that is missing
    (a field the form refused already) skips the rules that need it: the intake form runs
    these with its own checks, so every error comes in the same round."""
    errors: dict[str, str] = {}
    if values.get("work_discussed"):
        if not values.get("work_wish"):
            errors["work_wish"] = _("Vul in of de cliënt werkwensen heeft.")
        if not (values.get("work_meaning") or "").strip():
            errors["work_meaning"] = _("Schrijf op wat werk voor de cliënt betekent.")
    if values.get("outcome") == IntakeOutcome.NOT_NOW:
        ask_again_on, held_on = values.get("ask_again_on"), values.get("held_on")
        if ask_again_on is None or (held_on is not None and ask_again_on <= held_on):
            errors["ask_again_on"] = _("Kies een datum na de intake waarop je het opnieuw vraagt.")
    elif "outcome" in values and values.get("refer_to") is None:
        errors["refer_to"] = _("Kies het team waarnaar je verwijst.")
    if "reason" in values and not (values.get("reason") or "").strip():
        errors["reason"] = _("Geef een reden voor deze uitkomst.")
    return errors


def intake_record(*, actor: Actor, client: Client, details: IntakeDetails) -> Intake:
    """A ggz intake with the work question. An outcome other than 'not now' refers the client
    to the chosen team in the same step."""
    decision = require(actor, Action.RECORD_INTAKE, client)
    fields = asdict(details)
    if problems := intake_problems(fields):
        raise ValidationError(problems)
    team = fields.pop("refer_to")
    if details.outcome != IntakeOutcome.NOT_NOW:
        fields["ask_again_on"] = None  # only 'not now' has a date to ask again
    with transaction.atomic():
        referral = None
        if details.outcome != IntakeOutcome.NOT_NOW:
            referral = referral_create(
                actor=actor,
                client=client,
                route=details.outcome,
                to_team=team,
                reason=details.reason,
                category=Intake.category,  # the intake's reason keeps its category: werk
            )
        intake = Intake.objects.create(
            client=client,
            organisation=_organisation(actor),
            recorded_by=_user(actor),
            referral=referral,
            **fields,
        )
        _audit(
            actor,
            "intake.record",
            AuditAction.CREATE,
            intake,
            decision,
            detail={"outcome": details.outcome, "work_discussed": details.work_discussed},
        )
    return intake
