"""The regional agreement kept by the regiocoördinator (issue 15, item 6): its text, dates,
funding, partners (who does what, their key persons), shared targets and the signed
document. One transaction each, audited; every free text is checked for what identifies a
person before it is stored (``checks.refuse_identifying``); the text, a partner and a target
are changed only on the version the form was opened on (no lost updates)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.core.forms import StaleEditError
from werkpad.core.versioning import save_versioned
from werkpad.organisations.models import Organisation, OrganisationType

from ..identifying import Place
from ..models import Agreement, AgreementPartner, AgreementTarget, KeyPerson
from .checks import refuse_identifying

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


@dataclass(frozen=True, kw_only=True)
class PartnerText:
    """What a partner does ("wie doet wat") and its key persons for the agreement: key persons
    of the partner's own entry in who is who."""

    tasks: str
    key_persons: tuple[KeyPerson, ...] = ()


def _refuse_identifying(actor: Actor, fields: dict[str, str]) -> None:
    refuse_identifying(actor=actor, fields=fields, place=Place.AGREEMENT)


def _touched(actor: Actor, agreement: Agreement) -> None:
    """Who last kept the agreement, and when (its page says so), without a new version of
    its text: a partner or a target changed does not make an open text form stale."""
    Agreement.objects.filter(pk=agreement.pk).update(
        updated_by=user_of(actor), updated_at=timezone.now()
    )


def agreement_update(
    *, actor: Actor, agreement: Agreement, text: AgreementText, version: int
) -> Agreement:
    if text.review_on <= text.starts_on:
        raise ValidationError({"review_on": _("De evaluatie ligt na de ingangsdatum.")})
    decision = require(actor, Action.CHANGE_AGREEMENT, agreement)
    _refuse_identifying(actor, {"summary": text.summary, "funding": text.funding})
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


def _check_target(actor: Actor, agreement: Agreement, target: TargetText) -> None:
    """A shared target: a share (1-100 %) or a number of people (1 or more), not both, by a
    date on or after the agreement's start; its text and for whom say nothing about a
    person."""
    if target.percentage is None and target.count is None:
        raise ValidationError({"percentage": _("Vul een percentage of een aantal in.")})
    if target.percentage is not None and target.count is not None:
        raise ValidationError({"count": _("Vul een percentage of een aantal in, niet allebei.")})
    if target.due_on < agreement.starts_on:
        raise ValidationError(
            {
                "due_on": _("Kies een datum op of na de ingangsdatum van de afspraak (%(day)s).")
                % {"day": date_format(agreement.starts_on, "j F Y")}
            }
        )
    if target.percentage is not None and not 1 <= target.percentage <= 100:
        raise ValidationError({"percentage": _("Een percentage ligt tussen 1 en 100.")})
    if target.count is not None and target.count < 1:
        raise ValidationError({"count": _("Vul een aantal van 1 of meer in.")})
    if not target.text.strip():
        raise ValidationError({"text": _("Beschrijf het doel.")})
    if not target.population.strip():
        raise ValidationError({"population": _("Zeg voor wie.")})
    _refuse_identifying(actor, {"text": target.text, "population": target.population})


def agreement_target_add(
    *, actor: Actor, agreement: Agreement, target: TargetText
) -> AgreementTarget:
    """A shared target: a share (1-100 %) or a number of people, not both, by a date."""
    decision = require(actor, Action.CHANGE_AGREEMENT, agreement)
    _check_target(actor, agreement, target)
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
        _touched(actor, agreement)
    return added


def agreement_target_update(
    *, actor: Actor, target: AgreementTarget, text: TargetText, version: int
) -> AgreementTarget:
    """A target changed (its text, for whom, the share or number, the date), only on the
    version the form was opened on."""
    decision = require(actor, Action.CHANGE_AGREEMENT, target)
    _check_target(actor, target.agreement, text)
    values = {
        "text": text.text.strip(),
        "population": text.population.strip(),
        "percentage": text.percentage,
        "count": text.count,
        "due_on": text.due_on,
    }
    with transaction.atomic():
        save_versioned(AgreementTarget, target, version, values)
        record_decision(
            actor,
            "network.agreement.target.update",
            AuditAction.UPDATE,
            target,
            decision,
            detail={"agreement": target.agreement_id},
        )
        _touched(actor, target.agreement)
    return target


def agreement_target_remove(*, actor: Actor, target: AgreementTarget) -> None:
    decision = require(actor, Action.CHANGE_AGREEMENT, target)
    with transaction.atomic():
        record_decision(
            actor,
            "network.agreement.target.delete",
            AuditAction.DELETE,
            target,
            decision,
            detail={"agreement": target.agreement_id},
        )
        target.delete()
        _touched(actor, target.agreement)


def partner_candidates(agreement: Agreement) -> list[Organisation]:
    """The organisations that can join the agreement: those working in its region (not
    employers: the network is the professionals'), not yet a partner."""
    return list(
        Organisation.objects.filter(regions=agreement.region_id)
        .exclude(type=OrganisationType.EMPLOYER)
        .exclude(pk__in=agreement.partners.values("organisation_id"))
        .order_by("name")
        .distinct()
    )


def _check_key_persons(partner: AgreementPartner, key_persons: tuple[KeyPerson, ...]) -> None:
    if any(person.entry.organisation_id != partner.organisation_id for person in key_persons):
        raise ValidationError(
            {
                "key_persons": _("Kies sleutelpersonen van %(name)s zelf.")
                % {"name": partner.organisation.name}
            }
        )


def _set_key_persons(partner: AgreementPartner, key_persons: tuple[KeyPerson, ...]) -> None:
    """The agreement's key persons of this partner become those chosen; other partners'
    stay as they are."""
    agreement = partner.agreement
    theirs = agreement.key_persons.filter(entry__organisation_id=partner.organisation_id)
    agreement.key_persons.remove(*[p for p in theirs if p not in key_persons])
    agreement.key_persons.add(*key_persons)


def agreement_partner_add(
    *, actor: Actor, agreement: Agreement, organisation: Organisation, tasks: str
) -> AgreementPartner:
    """A partner joins: an organisation working in the agreement's region, with what it does.
    Its key persons are chosen on the partner's own page (they depend on the organisation)."""
    decision = require(actor, Action.CHANGE_AGREEMENT, agreement)
    if organisation not in partner_candidates(agreement):
        if agreement.partners.filter(organisation=organisation).exists():
            message = _("%(name)s is al partner in deze afspraak.")
        else:
            message = _(
                "%(name)s werkt niet in %(region)s. Kies een organisatie die in de regio werkt."
            )
        raise ValidationError(
            {"organisation": message % {"name": organisation.name, "region": agreement.region.name}}
        )
    if not tasks.strip():
        raise ValidationError({"tasks": _("Beschrijf wat deze partner doet.")})
    _refuse_identifying(actor, {"tasks": tasks})
    try:
        with transaction.atomic():
            partner = AgreementPartner.objects.create(
                agreement=agreement, organisation=organisation, tasks=tasks.strip()
            )
            record_decision(
                actor,
                "network.agreement.partner.create",
                AuditAction.CREATE,
                partner,
                decision,
                detail={"agreement": agreement.pk, "organisation": organisation.pk},
            )
            _touched(actor, agreement)
    except IntegrityError as exc:  # added by someone else at the same moment
        raise ValidationError(
            {
                "organisation": _("%(name)s is al partner in deze afspraak.")
                % {"name": organisation.name}
            }
        ) from exc
    return partner


def agreement_partner_update(
    *, actor: Actor, partner: AgreementPartner, text: PartnerText, version: int
) -> AgreementPartner:
    """What a partner does and its key persons, only on the version the form was opened
    on."""
    decision = require(actor, Action.CHANGE_AGREEMENT, partner)
    if not text.tasks.strip():
        raise ValidationError({"tasks": _("Beschrijf wat deze partner doet.")})
    _check_key_persons(partner, text.key_persons)
    _refuse_identifying(actor, {"tasks": text.tasks})
    with transaction.atomic():
        try:
            save_versioned(AgreementPartner, partner, version, {"tasks": text.tasks.strip()})
        except StaleEditError as stale:
            # The comparison shows the key persons too: someone else may have changed only
            # those, and saving again would silently undo it (walk-through finding).
            if stale.current is not None:
                stale.current.key_persons = list(
                    partner.agreement.key_persons.filter(
                        entry__organisation_id=partner.organisation_id
                    ).order_by("pk")
                )
            raise
        _set_key_persons(partner, text.key_persons)
        record_decision(
            actor,
            "network.agreement.partner.update",
            AuditAction.UPDATE,
            partner,
            decision,
            detail={
                "agreement": partner.agreement_id,
                "key_persons": sorted(p.pk for p in text.key_persons),
            },
        )
        _touched(actor, partner.agreement)
    return partner


def agreement_partner_remove(*, actor: Actor, partner: AgreementPartner) -> None:
    """A partner leaves the agreement, and its key persons with it."""
    decision = require(actor, Action.CHANGE_AGREEMENT, partner)
    with transaction.atomic():
        _set_key_persons(partner, ())
        record_decision(
            actor,
            "network.agreement.partner.delete",
            AuditAction.DELETE,
            partner,
            decision,
            detail={"agreement": partner.agreement_id, "organisation": partner.organisation_id},
        )
        partner.delete()
        _touched(actor, partner.agreement)


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
