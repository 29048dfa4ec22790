"""Tamper evidence: verify_access_log finds a changed or removed row; the retention purge
runs on the tasks backend and leaves a chain that still verifies."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from werkpad.audit.integrity import purge_expired, verify_chain
from werkpad.audit.models import AccessLogEntry

TABLE = AccessLogEntry._meta.db_table


def _fill(world: Any, reads: int = 5) -> list[AccessLogEntry]:
    client = Client()
    client.force_login(world.personas["pro_own"])
    for _ in range(reads):
        client.get(reverse("clients:detail", args=[world.client_record.public_id]))
    return list(AccessLogEntry.objects.order_by("id"))


def _raw(sql: str, params: list[Any]) -> None:
    """What an attacker with database access would do, bypassing the application."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER werkpad_access_log_append_only")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER werkpad_access_log_append_only")


def test_an_untouched_log_verifies(world: Any, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _fill(world)
    assert verify_chain() == []
    call_command("verify_access_log")
    assert f"{len(rows)} rows verified" in capsys.readouterr().out


def test_a_changed_row_is_found(world: Any) -> None:
    rows = _fill(world)
    victim = rows[2]
    _raw(f"UPDATE {TABLE} SET user_display = %s WHERE id = %s", ["iemand@anders", victim.id])
    problems = verify_chain()
    assert [(p.entry_id, p.message) for p in problems] == [
        (victim.id, "content does not match its hash")
    ]
    with pytest.raises(CommandError, match="1 problem"):
        call_command("verify_access_log")


def test_a_removed_row_is_found(world: Any) -> None:
    rows = _fill(world)
    _raw(f"DELETE FROM {TABLE} WHERE id = %s", [rows[2].id])
    problems = verify_chain()
    assert [(p.entry_id, p.message) for p in problems] == [
        (rows[3].id, "link to the previous row is broken")
    ]


def test_removing_the_last_row_is_found(world: Any) -> None:
    rows = _fill(world)
    _raw(f"DELETE FROM {TABLE} WHERE id = %s", [rows[-1].id])
    assert [p.message for p in verify_chain()] == ["the last row is not the chain head"]


def test_a_rehashed_row_still_breaks_the_next_link(world: Any) -> None:
    """Recomputing the changed row's own hash does not help: the next row sealed the old one."""
    rows = _fill(world)
    victim = AccessLogEntry.objects.get(pk=rows[1].id)
    victim.user_display = "iemand@anders"
    new_hash = victim.compute_hash()
    _raw(
        f"UPDATE {TABLE} SET user_display = %s, hash = %s WHERE id = %s",
        ["iemand@anders", new_hash, victim.id],
    )
    assert [p.entry_id for p in verify_chain()] == [rows[2].id]


def test_the_purge_runs_on_the_tasks_backend_and_keeps_the_chain_valid(
    world: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django_tasks_db.management.commands import db_worker

    from werkpad.audit.tasks import purge_access_log

    # The worker closes connections that are inside a transaction, as the test's is.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    rows = _fill(world, reads=6)
    old = rows[:4]
    long_ago = timezone.now() - timedelta(days=settings.WERKPAD_ACCESS_LOG_RETENTION_DAYS + 1)
    _raw(
        f"UPDATE {TABLE} SET occurred_at = %s WHERE id IN ({','.join(['%s'] * len(old))})",
        [long_ago, *[r.id for r in old]],
    )
    # Re-seal the rows whose timestamps the test moved back, as if they were written then.
    _reseal_chain()
    assert verify_chain() == []

    result = purge_access_log.enqueue()
    assert AccessLogEntry.objects.filter(id__in=[r.id for r in old]).count() == len(old)
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == len(old)
    assert not AccessLogEntry.objects.filter(id__in=[r.id for r in old]).exists()
    assert verify_chain() == []
    # Deleting an old row by hand now (outside the purge) is still found.
    remaining = list(AccessLogEntry.objects.order_by("id"))
    _raw(f"DELETE FROM {TABLE} WHERE id = %s", [remaining[0].id])
    assert verify_chain() != []


def test_the_purge_keeps_rows_within_the_retention_period(world: Any) -> None:
    rows = _fill(world)
    assert purge_expired() == 0
    assert AccessLogEntry.objects.count() == len(rows)


def test_the_purge_command_enqueues(world: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from django_tasks_db.models import DBTaskResult

    call_command("purge_access_log")
    assert "Purge enqueued" in capsys.readouterr().out
    assert DBTaskResult.objects.filter(task_path__endswith="purge_access_log").count() == 1


def _reseal_chain() -> None:
    from werkpad.audit.models import ChainHead

    previous = ""
    for entry in AccessLogEntry.objects.order_by("id"):
        entry.prev_hash = previous
        new_hash = entry.compute_hash()
        _raw(
            f"UPDATE {TABLE} SET prev_hash = %s, hash = %s WHERE id = %s",
            [previous, new_hash, entry.id],
        )
        previous = new_hash
    ChainHead.objects.filter(pk=1).update(last_hash=previous)
