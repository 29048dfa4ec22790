"""The logbeheerder's questions: who saw client X, what did user Y do, in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, require, visible_to

from .lookups import client_numbers
from .models import AccessLogEntry, AuditAction
from .recorder import record


@dataclass(frozen=True)
class LogSearch:
    entries: QuerySet[AccessLogEntry]
    # The Werkpad numbers a name and date of birth matched (None: not searched by name).
    clients_found: list[str] | None = None


def access_log_search(*, actor: Actor, filters: dict[str, Any], export: bool = False) -> LogSearch:
    """The organisation's log, filtered. The search (or export) is itself logged; a search
    by name and date of birth is logged with the numbers it found, never the name."""
    require(actor, Action.EXPORT_ACCESS_LOG if export else Action.SEARCH_ACCESS_LOG)
    entries = visible_to(actor, AccessLogEntry.objects.all())
    name, born = (filters.pop(key, None) for key in ("client_name", "client_born"))
    found = None
    if name and born:
        found = client_numbers(actor=actor, name=name, born=born)
        entries = entries.filter(client_pid__in=found)
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
    if found is not None:
        used["client"] = ",".join(found)
    record(
        actor,
        event="auditlog.export" if export else "auditlog.search",
        action=AuditAction.EXPORT if export else AuditAction.SEARCH,
        object_type="audit.accesslogentry",
        client_pid=used.get("client", "").upper() if found is None or len(found) == 1 else "",
        basis=Basis.ROLE,
        detail={"filters": used, **({"by_name_and_birth": True} if found is not None else {})},
    )
    return LogSearch(entries.order_by("-occurred_at", "-id"), found)


def _day_start(day: Any) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))
