"""Use cases that change client records: one transaction each, checked by the policy and
written to the access log with the record."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from django.db import transaction

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.core.crypto import encrypt
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import Gemeente

from .models import Client, ClientNumber


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
