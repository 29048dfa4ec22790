"""The logbeheerder searches the log of their own organisation; search and export are
themselves logged."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.test import Client
from django.urls import reverse

from werkpad.audit.models import AccessLogEntry


def _as(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _read_as(user: Any, record: Any) -> None:
    _as(user).get(reverse("clients:detail", args=[record.public_id]))


def test_who_saw_client_x(world: Any) -> None:
    _read_as(world.personas["pro_own"], world.client_record)
    _read_as(world.personas["pro_other"], world.other_client_record)
    page = _as(world.personas["admin_own"]).get(
        reverse("audit:search"), {"client": world.client_record.public_id.lower()}
    )
    assert page.status_code == 200
    rows = list(page.context["page"])
    assert rows and all(r.client_pid == world.client_record.public_id for r in rows)
    assert world.personas["pro_own"].email in page.content.decode()


def test_only_the_own_organisation(world: Any) -> None:
    _read_as(world.personas["pro_other"], world.other_client_record)
    page = _as(world.personas["admin_own"]).get(reverse("audit:search"))
    assert all(r.organisation_id == world.org_a.pk for r in page.context["page"])
    assert world.personas["pro_other"].email not in page.content.decode()


def test_what_did_user_y_do_in_a_period(world: Any) -> None:
    _read_as(world.personas["pro_own"], world.client_record)
    today = AccessLogEntry.objects.latest("id").occurred_at.date().isoformat()
    page = _as(world.personas["admin_own"]).get(
        reverse("audit:search"),
        {"user": world.personas["pro_own"].email, "date_from": today, "date_to": today},
    )
    rows = list(page.context["page"])
    assert {r.event_code for r in rows} >= {"client.read"}
    assert all(r.user_display == world.personas["pro_own"].email for r in rows)


def test_bad_dates_get_a_dutch_message(world: Any) -> None:
    page = _as(world.personas["admin_own"]).get(
        reverse("audit:search"), {"date_from": "2026-12-31", "date_to": "2026-01-01"}
    )
    assert page.status_code == 400
    assert "De begindatum ligt na de einddatum." in page.content.decode()
    page = _as(world.personas["admin_own"]).get(reverse("audit:search"), {"date_from": "gisteren"})
    assert page.status_code == 400
    assert "Vul een datum in" in page.content.decode()


def test_search_and_export_are_logged(world: Any) -> None:
    _read_as(world.personas["pro_own"], world.client_record)
    admin = _as(world.personas["admin_own"])
    admin.get(reverse("audit:search"), {"client": world.client_record.public_id})
    search = AccessLogEntry.objects.get(event_code="auditlog.search")
    assert search.action == "S"
    assert search.client_pid == world.client_record.public_id
    response = admin.get(reverse("audit:export"), {"client": world.client_record.public_id})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    code = rows[0].index("Gebeurteniscode")
    assert rows[0][code + 1] == "Gebeurtenis"
    assert any(row[code] == "client.read" for row in rows[1:])
    export = AccessLogEntry.objects.get(event_code="auditlog.export")
    assert export.action == "E"
    assert export.user_id == world.personas["admin_own"].pk


def test_roles_and_grounds_read_as_words(world: Any) -> None:
    _read_as(world.personas["pro_own"], world.client_record)
    body = _as(world.personas["admin_own"]).get(reverse("audit:search")).content.decode()
    assert "IPS-trajectbegeleider" in body
    assert "eigen organisatie" in body
    assert "ips_trajectbegeleider" not in body
