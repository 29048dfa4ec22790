"""Use cases that change client records: one transaction each, checked by the policy and
written to the access log with the record."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.core.crypto import encrypt, encrypt_bytes
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import Gemeente, Organisation

from .models import Client, ClientNumber, Consent, ConsentGrant


@dataclass(frozen=True, kw_only=True)
class ClientDetails:
    """What a professional records about a client (the form's cleaned data)."""

    full_name: str
    date_of_birth: date | None
    gemeente: Gemeente | None
    email: str = ""
    phone: str = ""
    preferred_language: str = "nl"
    client_number: str = ""  # the acting organisation's own number; stored encrypted

    def record_fields(self) -> dict[str, Any]:
        fields = asdict(self)
        del fields["client_number"]
        return fields


def client_create(*, actor: Actor, details: ClientDetails) -> Client:
    decision = require(actor, Action.CREATE_CLIENT)
    organisation = actor.organisation
    assert organisation is not None  # guaranteed by the policy
    with transaction.atomic():
        client = Client.objects.create(organisation=organisation, **details.record_fields())
        _set_client_number(actor, client, details.client_number)
        record(
            actor,
            event="client.create",
            action=AuditAction.CREATE,
            obj=client,
            basis=decision.basis,
        )
    return client


def client_update(*, actor: Actor, client: Client, version: int, details: ClientDetails) -> Client:
    decision = require(actor, Action.CHANGE_CLIENT, client)
    with transaction.atomic():
        # Compare-and-set on the version: a concurrent edit makes this match no row.
        updated = Client.objects.filter(pk=client.pk, version=version).update(
            version=version + 1, **details.record_fields()
        )
        if not updated:
            raise StaleEditError
        _set_client_number(actor, client, details.client_number)
        record(
            actor,
            event="client.update",
            action=AuditAction.UPDATE,
            obj=client,
            basis=decision.basis,
        )
    client.refresh_from_db()
    return client


def _set_client_number(actor: Actor, client: Client, number: str) -> None:
    """The acting organisation's own number: set, replaced, or (empty) removed."""
    numbers = ClientNumber.objects.filter(client=client, organisation=actor.organisation)
    if not number:
        numbers.delete()
        return
    ClientNumber.objects.update_or_create(
        client=client, organisation=actor.organisation, defaults={"ciphertext": encrypt(number)}
    )


def consent_record(
    *,
    actor: Actor,
    client: Client,
    recipient: Organisation,
    recipient_role: str,
    categories: list[str],
    purpose: str,
    valid_from: date,
    valid_until: date | None,
    document: UploadedFile | None = None,
) -> Consent:
    """Recorded by a professional of the recording organisation with the client present."""
    decision = require(actor, Action.MANAGE_CONSENTS, client)
    user, organisation = actor.user, actor.organisation
    assert user is not None and organisation is not None  # guaranteed by the policy
    with transaction.atomic():
        consent = Consent.objects.create(
            client=client,
            recipient=recipient,
            recipient_role=recipient_role,
            purpose=purpose,
            valid_from=valid_from,
            valid_until=valid_until,
            recorded_by=user,
            recorded_by_organisation=organisation,
            **_document_fields(document),
        )
        ConsentGrant.objects.bulk_create(
            ConsentGrant(consent=consent, category=category) for category in categories
        )
        record(
            actor,
            event="consent.record",
            action=AuditAction.CREATE,
            obj=consent,
            basis=decision.basis,
            detail={"recipient": recipient.pk, "categories": sorted(categories)},
        )
    return consent


def _document_fields(document: UploadedFile | None) -> dict[str, Any]:
    if document is None:
        return {}
    return {
        "document_name": (document.name or "formulier")[-120:],
        "document_type": document.content_type or "application/octet-stream",
        "document_ciphertext": encrypt_bytes(document.read()),
    }


def consent_withdraw(*, actor: Actor, consent: Consent) -> Consent:
    """Takes effect at once for every page and list; the consent stays as history."""
    decision = require(actor, Action.MANAGE_CONSENTS, consent)
    with transaction.atomic():
        updated = Consent.objects.filter(pk=consent.pk, withdrawn_at__isnull=True).update(
            withdrawn_at=timezone.now(), withdrawn_by=actor.user
        )
        if updated:
            record(
                actor,
                event="consent.withdraw",
                action=AuditAction.UPDATE,
                obj=consent,
                basis=decision.basis,
            )
    consent.refresh_from_db()
    return consent
