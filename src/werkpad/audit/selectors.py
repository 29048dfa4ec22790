"""The logbeheerder's questions: who saw client X, what did user Y do, in a period."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, require, visible_to

from .models import AccessLogEntry, AuditAction
from .recorder import record


def access_log_search(
    *, actor: Actor, filters: dict[str, Any], export: bool = False
) -> QuerySet[AccessLogEntry]:
    """The organisation's log, filtered. The search (or export) is itself logged."""
    require(actor, Action.EXPORT_ACCESS_LOG if export else Action.SEARCH_ACCESS_LOG)
    entries = visible_to(actor, AccessLogEntry.objects.all())
    if filters.get("client"):
        entries = entries.filter(client_pid=filters["client"].strip().upper())
    if filters.get("user"):
        entries = entries.filter(user_display__iexact=filters["user"].strip())
    if filters.get("date_from"):
        entries = entries.filter(occurred_at__gte=_day_start(filters["date_from"]))
    if filters.get("date_to"):
        entries = entries.filter(occurred_at__lt=_day_start(filters["date_to"]) + timedelta(days=1))
    if filters.get("action"):
        entries = entries.filter(action=filters["action"])
    if filters.get("outcome"):
        entries = entries.filter(outcome=filters["outcome"])
    if filters.get("basis"):
        entries = entries.filter(basis=filters["basis"])
    used = {k: str(v) for k, v in filters.items() if v}
    record(
        actor,
        event="auditlog.export" if export else "auditlog.search",
        action=AuditAction.EXPORT if export else AuditAction.SEARCH,
        object_type="audit.accesslogentry",
        client_pid=used.get("client", "").upper(),
        basis=Basis.ROLE,
        detail={"filters": used},
    )
    return entries.order_by("-occurred_at", "-id")


def _day_start(day: Any) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))
