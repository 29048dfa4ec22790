"""The one recorder of the access log. Services call it inside their transaction (a write
and its log row commit or roll back together); selectors call it for reads of client data:
``record_read`` for one record, ``record_each`` for a list (a row per client shown). Every
event code must be registered in ``events.py`` with its NEN 7513 action."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from . import events
from .models import AccessLogEntry, AuditAction, ChainHead, Outcome

if TYPE_CHECKING:
    from werkpad.access.actor import Actor


def record_decision(
    actor: Actor, event: str, action: str, obj: Model, decision: Any, **kw: Any
) -> AccessLogEntry:
    """A service's row: what it did to ``obj``, on the basis (and consent) the policy's
    ``decision`` gave."""
    return record(
        actor,
        event=event,
        action=action,
        obj=obj,
        basis=decision.basis,
        consent_id=decision.consent_id,
        **kw,
    )


def record_read(
    actor: Actor, *, event: str, obj: Model, decision: Any, **detail: Any
) -> AccessLogEntry:
    """The one way a selector logs a read of one record: the object (and so its client),
    and the basis and consent of the policy's ``decision`` that allowed it."""
    return record(
        actor,
        event=event,
        action=AuditAction.READ,
        obj=obj,
        basis=decision.basis,
        consent_id=decision.consent_id,
        detail=detail,
    )


def record(
    actor: Actor,
    *,
    event: str,
    action: str,
    outcome: str = Outcome.ALLOWED,
    obj: Model | None = None,
    object_type: str = "",
    object_id: str = "",
    client_pid: str = "",
    basis: str = "",
    consent_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AccessLogEntry:
    entry = _entry(
        actor,
        event=event,
        action=action,
        outcome=outcome,
        obj=obj,
        object_type=object_type,
        object_id=object_id,
        client_pid=client_pid,
        basis=basis,
        consent_id=consent_id,
        detail=detail,
    )
    _append([entry])
    return entry


def record_each(
    actor: Actor,
    *,
    event: str,
    action: str = AuditAction.READ,
    objs: Iterable[Model],
    basis: str | Callable[[Model], str] = "",
    detail: dict[str, Any] | None = None,
) -> None:
    """One row per object (each names its own client, so each client finds it in "who saw
    my file"), appended with one lock and one insert however many objects a page shows.
    ``basis`` is one ground for all, or a function of the object (own organisation or
    consent, per client). An object shown twice on a page is logged once."""
    seen: set[tuple[str, Any]] = set()
    entries = []
    for obj in objs:
        key = (obj._meta.label_lower, obj.pk)
        if key in seen:
            continue
        seen.add(key)
        ground = basis(obj) if callable(basis) else basis
        entries.append(
            _entry(actor, event=event, action=action, obj=obj, basis=ground, detail=detail)
        )
    if entries:
        _append(entries)


def _entry(
    actor: Actor,
    *,
    event: str,
    action: str,
    outcome: str = Outcome.ALLOWED,
    obj: Model | None = None,
    object_type: str = "",
    object_id: str = "",
    client_pid: str = "",
    basis: str = "",
    consent_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AccessLogEntry:
    events.check(event, action)
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
        client_pid = client_pid or getattr(obj, "audit_client_pid", "")
    user = actor.user
    return AccessLogEntry(
        event_code=event,
        action=action,
        occurred_at=timezone.now(),
        outcome=outcome,
        user_id=user.pk if user else None,
        user_display=user.email if user else "",
        user_name=getattr(user, "full_name", "") if user else "",
        responsible_user_id=user.pk if user else None,
        organisation_id=actor.organisation_id,
        role=actor.role,
        ip_address=actor.access_point.ip_address,
        user_agent=actor.access_point.user_agent,
        client_pid=client_pid,
        object_type=object_type,
        object_id=object_id,
        basis=basis,
        consent_id=consent_id,
        detail=detail or {},
    )


def _append(entries: list[AccessLogEntry]) -> None:
    """Seals each entry to its predecessor under the chain head's lock."""
    from werkpad.access.breakglass import mark_entries

    mark_entries(entries)  # rows under a break-the-glass grant carry it, sealed (0033)
    with transaction.atomic():
        head, _created = ChainHead.objects.select_for_update().get_or_create(pk=1)
        last_hash = head.last_hash
        for entry in entries:
            entry.prev_hash = last_hash
            entry.hash = entry.compute_hash()
            last_hash = entry.hash
        if len(entries) == 1:
            entries[0].save()
        else:
            AccessLogEntry.objects.bulk_create(entries)
        ChainHead.objects.filter(pk=1).update(last_hash=last_hash)


def record_denied(
    actor: Actor,
    *,
    action: str,
    audit_action: str,
    obj: Model | None,
    object_type: str = "",
    lookup: dict[str, Any] | None = None,
    client_pid: str = "",
) -> AccessLogEntry:
    """A refused attempt. For an object that was not found in the actor's scope, the value
    they looked up is recorded; a pseudonymous client id also goes into ``client_pid``, so the
    attempt belongs to that client's history."""
    looked_up = str(next(iter(lookup.values())))[:64] if lookup and obj is None else ""
    looks_like_pid = lookup is not None and "public_id" in lookup and len(looked_up) <= 20
    return record(
        actor,
        event=f"denied.{action}",
        action=audit_action,
        outcome=Outcome.DENIED,
        obj=obj,
        object_type=object_type,
        object_id=looked_up,
        client_pid=client_pid or (looked_up if looks_like_pid else ""),
        detail={"action": action},
    )
