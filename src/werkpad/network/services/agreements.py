"""The regional agreement kept by the regiocoördinator (issue 15, item 6): its text, dates,
funding, shared targets and the signed document. One transaction each, audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.core.versioning import save_versioned

from ..models import Agreement, AgreementTarget

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class AgreementText:
    summary: str
    funding: str
    starts_on: date
    review_on: date


@dataclass(frozen=True, kw_only=True)
class TargetText:
    text: str
    population: str
    due_on: date
    percentage: int | None = None
    count: int | None = None


def agreement_update(
    *, actor: Actor, agreement: Agreement, text: AgreementText, version: int
) -> Agreement:
    if text.review_on <= text.starts_on:
        raise ValidationError({"review_on": _("De evaluatie ligt na de ingangsdatum.")})
    decision = require(actor, Action.CHANGE_AGREEMENT, agreement)
    values = {
        "summary": text.summary.strip(),
        "funding": text.funding.strip(),
        "starts_on": text.starts_on,
        "review_on": text.review_on,
        "updated_by": user_of(actor),
    }
    with transaction.atomic():
        save_versioned(Agreement, agreement, version, values)
        record_decision(actor, "network.agreement.update", AuditAction.UPDATE, agreement, decision)
    return agreement


def agreement_target_add(
    *, actor: Actor, agreement: Agreement, target: TargetText
) -> AgreementTarget:
    """A shared target: a share (1-100 %) or a number of people, not both, by a date."""
    if (target.percentage is None) == (target.count is None):
        raise ValidationError(_("Vul een percentage of een aantal in, niet allebei."))
    if target.percentage is not None and not 1 <= target.percentage <= 100:
        raise ValidationError({"percentage": _("Een percentage ligt tussen 1 en 100.")})
    decision = require(actor, Action.CHANGE_AGREEMENT, agreement)
    with transaction.atomic():
        added = AgreementTarget.objects.create(
            agreement=agreement,
            text=target.text.strip(),
            population=target.population.strip(),
            percentage=target.percentage,
            count=target.count,
            due_on=target.due_on,
        )
        record_decision(
            actor,
            "network.agreement.update",
            AuditAction.UPDATE,
            agreement,
            decision,
            detail={"target_added": added.pk},
        )
    return added


def agreement_document_attach(*, actor: Actor, agreement: Agreement, document: Any) -> Agreement:
    """The signed agreement as a PDF (at most 10 MB), replacing the one before."""
    if document.size > MAX_DOCUMENT_BYTES:
        raise ValidationError({"document": _("Het bestand is groter dan 10 MB.")})
    head = document.read(5)
    document.seek(0)
    if head != b"%PDF-":
        raise ValidationError({"document": _("Voeg het getekende document toe als pdf.")})
    decision = require(actor, Action.CHANGE_AGREEMENT, agreement)
    with transaction.atomic():
        agreement.document.save(f"afspraak-{agreement.region.code}.pdf", document, save=False)
        Agreement.objects.filter(pk=agreement.pk).update(
            document=agreement.document.name, updated_by=user_of(actor)
        )
        record_decision(
            actor,
            "network.agreement.update",
            AuditAction.UPDATE,
            agreement,
            decision,
            detail={"document": True},
        )
    return agreement
