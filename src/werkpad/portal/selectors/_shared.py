"""What the portal's selectors share: one access-log row per page the client opens (NEN 7513:
what was shown), the ground "self" of the client's own pages, and a word from a table."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.utils.functional import Promise

from werkpad.access.actor import Actor
from werkpad.access.policy import Basis, Decision
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client


def log_page(
    actor: Actor, event: str, client: Client | None, records: list[Any], **detail: Any
) -> None:
    """One access-log row for what a client page showed about the client: counts per kind."""
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        object_type="clients.client",
        object_id=str(client.pk) if client else "",
        client_pid=client.public_id if client else "",
        basis=Basis.SELF,
        detail={"shown": dict(Counter(r._meta.model_name for r in records)), **detail},
    )


def words_for(table: dict[str, Promise], key: str, default: str = "") -> str:
    value = table.get(key)
    return str(value) if value is not None else default


# What the client's own pages read: their own record, on the ground "self".
SELF = Decision(True, Basis.SELF)
