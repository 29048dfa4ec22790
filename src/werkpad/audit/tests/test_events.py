"""The registry of event codes, the one read entry point, and the viewer's name as it was
at the time of the read (sealed, backward compatible with rows written before it)."""

from __future__ import annotations

import ast
import pathlib
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test import override_settings
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import Basis, Decision
from werkpad.audit import events
from werkpad.audit.integrity import verify_chain
from werkpad.audit.models import AccessLogEntry
from werkpad.audit.recorder import record, record_each, record_read

SRC = pathlib.Path(__file__).resolve().parents[2]
RECORDERS = {"record", "record_read", "record_each", "record_decision", "_audit"}
TABLE = AccessLogEntry._meta.db_table


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _event_literals() -> list[tuple[str, str]]:
    """Every event code written as a literal in a call to the recorder, with where."""
    found = []
    for path in SRC.rglob("*.py"):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", getattr(func, "attr", ""))
            if name not in RECORDERS:
                continue
            candidates = [kw.value for kw in node.keywords if kw.arg == "event"] or node.args[1:2]
            for value in candidates:
                for leaf in ast.walk(value):  # also both arms of "a" if x else "b"
                    if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                        found.append((leaf.value, f"{path.relative_to(SRC)}:{node.lineno}"))
    return found


def test_every_event_code_in_the_code_is_registered() -> None:
    literals = _event_literals()
    assert len(literals) > 80  # the scan finds the recorder's calls
    unknown = [f"{code} ({where})" for code, where in literals if not events.is_known(code)]
    assert not unknown, f"event codes missing from audit/events.py: {unknown}"


def test_an_unknown_event_code_is_refused(world: Any) -> None:
    actor = actor_for_user(world.personas["pro_own"])
    before = AccessLogEntry.objects.count()
    with pytest.raises(events.UnknownEvent, match=r"client\.raed"):
        record(actor, event="client.raed", action="R", obj=world.client_record)
    with pytest.raises(events.UnknownEvent, match="registered as action 'R'"):
        record(actor, event="client.read", action="U", obj=world.client_record)
    assert AccessLogEntry.objects.count() == before


@override_settings(WERKPAD_STRICT_AUDIT_EVENTS=False, DEBUG=False)
def test_in_production_an_unknown_code_is_still_written(world: Any) -> None:
    actor = actor_for_user(world.personas["pro_own"])
    record(actor, event="client.raed", action="R", obj=world.client_record)
    assert AccessLogEntry.objects.filter(event_code="client.raed").count() == 1


def test_record_read_carries_the_client_basis_and_consent(world: Any) -> None:
    actor = actor_for_user(world.personas["pro_own"])
    row = record_read(
        actor,
        event="client.read",
        obj=world.client_record,
        decision=Decision(True, Basis.CONSENT, 42),
        page=1,
    )
    assert (row.action, row.client_pid, row.basis, row.consent_id, row.detail) == (
        "R",
        world.client_record.public_id,
        "consent",
        42,
        {"page": 1},
    )


def test_record_each_writes_a_row_per_client_once(world: Any) -> None:
    actor = actor_for_user(world.personas["pro_own"])
    clients = [world.client_record, world.client_record]
    record_each(actor, event="client.list", objs=clients, basis=lambda c: "own_organisation")
    rows = AccessLogEntry.objects.filter(event_code="client.list")
    assert [r.client_pid for r in rows] == [world.client_record.public_id]


def test_the_viewer_name_is_stored_and_sealed(world: Any) -> None:
    actor = actor_for_user(world.personas["pro_own"])
    row = record_read(
        actor, event="client.read", obj=world.client_record, decision=Decision(True, "role")
    )
    assert row.user_name == "Pro Eigen"
    assert row.sealed_fields()["user_name"] == "Pro Eigen"
    assert verify_chain() == []
    with connection.cursor() as cursor:  # an attacker renames the viewer in the log
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER werkpad_access_log_append_only")
        cursor.execute(f"UPDATE {TABLE} SET user_name = %s WHERE id = %s", ["Iemand", row.id])
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER werkpad_access_log_append_only")
    assert [p.entry_id for p in verify_chain()] == [row.id]


def test_a_row_without_a_name_keeps_the_hash_it_was_written_with(world: Any) -> None:
    """Rows from before the name was stored have none; their seal must not change."""
    row = AccessLogEntry(
        event_code="client.read",
        action="R",
        occurred_at=world.client_record.created_at,
        outcome="allowed",
        prev_hash="0" * 64,
    )
    assert "user_name" not in row.sealed_fields()
    legacy = dict(row.sealed_fields())
    row.user_name = ""
    assert row.sealed_fields() == legacy


def test_who_looked_shows_the_name_at_the_time_of_the_read(world: Any) -> None:
    pro = world.personas["pro_own"]
    _as(pro).get(reverse("clients:detail", args=[world.client_record.public_id]))
    pro.full_name = "Pro Nieuwenhuis"  # renamed later (marriage, a typo fixed)
    pro.save(update_fields=["full_name"])
    page = _as(world.personas["client"]).get(reverse("portal:access_log")).content.decode()
    assert "Pro Eigen, IPS-trajectbegeleider" in page
    assert "Pro Nieuwenhuis" not in page
