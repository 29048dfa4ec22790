"""The NEN 7513 access log: what a row holds, when rows are written, append-only storage."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError
from django.test import Client
from django.urls import reverse

from werkpad.audit.models import AccessLogEntry, AuditAction, Outcome


def _as(user: Any) -> Client:
    client = Client(REMOTE_ADDR="192.0.2.10", HTTP_USER_AGENT="Testbrowser/1.0")
    client.force_login(user)
    return client


def test_reading_a_client_record_writes_exactly_one_row_with_the_nen7513_fields(
    world: Any,
) -> None:
    pro = world.personas["pro_own"]
    record = world.client_record
    AccessLogEntry.objects.all()  # (rows of the log-in are not counted below)
    before = AccessLogEntry.objects.filter(event_code="client.read").count()
    response = _as(pro).get(reverse("clients:detail", args=[record.public_id]))
    assert response.status_code == 200
    rows = AccessLogEntry.objects.filter(event_code="client.read")
    assert rows.count() == before + 1
    row = rows.latest("id")
    assert row.action == AuditAction.READ
    assert row.outcome == Outcome.ALLOWED
    assert row.occurred_at.utcoffset().total_seconds() == 0
    assert row.user_id == pro.pk
    assert row.responsible_user_id == pro.pk
    assert row.user_display == pro.email
    assert row.organisation_id == world.org_a.pk
    assert row.role == "ips_trajectbegeleider"
    assert row.client_pid == record.public_id
    assert row.object_type == "clients.client"
    assert row.object_id == str(record.pk)
    assert row.basis == "own_organisation"
    assert row.ip_address == "192.0.2.10"
    assert row.user_agent == "Testbrowser/1.0"
    # No name in the log: the client is identified by the pseudonymous id only.
    assert record.full_name not in str(row.sealed_fields())


def test_a_list_writes_one_row_per_client_shown(world: Any) -> None:
    from werkpad.testing import make_client

    others = [make_client(organisation=world.org_a) for _ in range(5)]
    _as(world.personas["pro_own"]).get(reverse("clients:list"))
    rows = AccessLogEntry.objects.filter(event_code="client.list")
    # Each client finds the list in their own history: one row each, naming only them.
    expected = {c.public_id for c in [world.client_record, *others]}
    assert sorted(rows.values_list("client_pid", flat=True)) == sorted(expected)
    assert {r.basis for r in rows} == {"own_organisation"}
    assert all(r.full_name not in str(row.sealed_fields()) for r in others for row in rows)


def test_a_denied_attempt_is_logged(world: Any) -> None:
    outsider = world.personas["pro_other"]
    response = _as(outsider).get(reverse("clients:detail", args=[world.client_record.public_id]))
    assert response.status_code == 404
    row = AccessLogEntry.objects.get(event_code="denied.view_client")
    assert row.outcome == Outcome.DENIED
    assert row.user_id == outsider.pk
    assert row.organisation_id == world.org_b.pk
    assert row.object_type == "clients.client"
    # The attempt belongs to the history of the client whose id was tried.
    assert row.action == AuditAction.READ
    assert row.client_pid == world.client_record.public_id
    assert row.object_id == world.client_record.public_id


def test_a_forbidden_page_is_logged(world: Any) -> None:
    _as(world.personas["pro_own"]).get(reverse("audit:search"))
    row = AccessLogEntry.objects.get(event_code="denied.search_access_log")
    assert row.outcome == Outcome.DENIED
    assert row.action == AuditAction.SEARCH


def test_the_application_offers_no_update_or_delete(world: Any) -> None:
    _as(world.personas["pro_own"]).get(reverse("clients:list"))
    row = AccessLogEntry.objects.latest("id")
    row.event_code = "changed"
    with pytest.raises(PermissionError):
        row.save()
    with pytest.raises(PermissionError):
        row.delete()
    with pytest.raises(PermissionError):
        AccessLogEntry.objects.filter(pk=row.pk).update(event_code="changed")
    with pytest.raises(PermissionError):
        AccessLogEntry.objects.filter(pk=row.pk).delete()


def test_the_database_refuses_update_and_delete_on_postgresql(world: Any) -> None:
    _as(world.personas["pro_own"]).get(reverse("clients:list"))
    row = AccessLogEntry.objects.latest("id")
    table = AccessLogEntry._meta.db_table
    if connection.vendor != "postgresql":
        # SQLite has no such trigger on the log: the hash chain (verify_access_log) is the
        # guard there. (Other tables may have their own, such as the search index's.)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
                [table],
            )
            assert cursor.fetchall() == []
        return
    for statement in (
        f"UPDATE {table} SET event_code = 'x' WHERE id = %s",
        f"DELETE FROM {table} WHERE id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="append-only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(statement, [row.pk])
    assert AccessLogEntry.objects.get(pk=row.pk).event_code == row.event_code


def test_the_log_is_indexed_for_the_two_questions() -> None:
    index_fields = {tuple(index.fields) for index in AccessLogEntry._meta.indexes}
    assert ("client_pid", "occurred_at") in index_fields
    assert ("user", "occurred_at") in index_fields
