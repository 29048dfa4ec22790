"""Reads of client records: always scoped by the access policy, always logged."""

from __future__ import annotations

import hashlib

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, get_for, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record

from .models import Client


def client_list(*, actor: Actor) -> list[Client]:
    """The clients the actor may see. One log row for the list (with a digest of the ids),
    not one per client."""
    require(actor, Action.LIST_CLIENTS)
    clients: QuerySet[Client] = visible_to(actor, Client.objects.select_related("gemeente"))
    result = list(clients)
    ids = ",".join(c.public_id for c in result)
    record(
        actor,
        event="client.list",
        action=AuditAction.READ,
        object_type="clients.client",
        basis=Basis.OWN_ORGANISATION,
        detail={"count": len(result), "ids_sha256": hashlib.sha256(ids.encode()).hexdigest()},
    )
    return result


def client_get(*, actor: Actor, public_id: str) -> Client:
    client, decision = get_for(
        actor,
        Action.VIEW_CLIENT,
        Client.objects.select_related("gemeente", "organisation"),
        public_id=public_id,
    )
    record(
        actor,
        event="client.read",
        action=AuditAction.READ,
        obj=client,
        basis=decision.basis,
        consent_id=decision.consent_id,
    )
    return client
