"""Verification and retention of the hash-chained access log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from .models import AccessLogEntry, ChainHead


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.entry_id}" if self.entry_id is not None else "chain"
        return f"{where}: {self.message}"


def verify_chain() -> list[ChainProblem]:
    """Every row's hash must match its content, and seal the row before it; the first row
    must follow the purge anchor and the last must be the chain head. A changed row breaks
    its own hash; a removed row breaks its successor's link (or the head, if it was last)."""
    head = ChainHead.objects.filter(pk=1).first() or ChainHead(pk=1)
    problems: list[ChainProblem] = []
    expected_prev = head.anchor_hash
    last_hash = head.anchor_hash
    rows = AccessLogEntry.objects.order_by("id").iterator(chunk_size=2000)
    for entry in rows:
        if entry.id <= head.anchor_id:
            problems.append(ChainProblem(entry.id, "row survives before the purge anchor"))
        if entry.prev_hash != expected_prev:
            problems.append(ChainProblem(entry.id, "link to the previous row is broken"))
        if entry.compute_hash() != entry.hash:
            problems.append(ChainProblem(entry.id, "content does not match its hash"))
        expected_prev = last_hash = entry.hash
    if last_hash != head.last_hash:
        problems.append(ChainProblem(None, "the last row is not the chain head"))
    return problems


def purge_expired(*, now: datetime | None = None) -> int:
    """Delete rows older than the retention period and move the chain anchor past them."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.WERKPAD_ACCESS_LOG_RETENTION_DAYS)
    with transaction.atomic():
        head, _ = ChainHead.objects.select_for_update().get_or_create(pk=1)
        # Purge a prefix of the chain only, so the rest stays verifiable.
        first_kept = AccessLogEntry.objects.filter(occurred_at__gte=cutoff).order_by("id").first()
        expired = AccessLogEntry.objects.filter(id__gt=head.anchor_id)
        if first_kept is not None:
            expired = expired.filter(id__lt=first_kept.id)
        last = expired.order_by("-id").first()
        if last is None:
            return 0
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL werkpad.allow_purge = 'on'")
        deleted = expired._raw_delete(expired.db)
        ChainHead.objects.filter(pk=1).update(anchor_id=last.id, anchor_hash=last.hash)
        return int(deleted)
