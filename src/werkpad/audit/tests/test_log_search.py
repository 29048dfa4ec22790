"""The logbeheerder searches the log of their own organisation; search and export are
themselves logged."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

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
    # The search reads dates in Dutch time: between 23:00 and 24:00 UTC that is the next day.
    occurred = AccessLogEntry.objects.latest("id").occurred_at
    today = timezone.localdate(occurred).isoformat()
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


# --- By name and date of birth (issue 13, item 2) ----------------------------------------------
def test_who_saw_the_client_found_by_name_and_date_of_birth(world: Any) -> None:
    from datetime import date

    from werkpad.clients.models import Client as ClientRecord
    from werkpad.testing import make_client

    ClientRecord.objects.filter(pk=world.client_record.pk).update(date_of_birth=date(1985, 3, 14))
    namesake = make_client(organisation=world.org_a, full_name="Anna Aalbers")  # born otherwise
    _read_as(world.personas["pro_own"], world.client_record)
    _read_as(world.personas["pro_own"], namesake)
    admin = _as(world.personas["admin_own"])
    page = admin.get(
        reverse("audit:search"), {"client_name": "anna AALBERS", "client_born": "1985-03-14"}
    )
    assert page.status_code == 200
    assert page.context["clients_found"] == [world.client_record.public_id]
    rows = list(page.context["page"])
    assert rows and {r.client_pid for r in rows} == {world.client_record.public_id}
    # The search row names the number it found, never the name or the date.
    search = AccessLogEntry.objects.filter(event_code="auditlog.search").latest("id")
    assert search.client_pid == world.client_record.public_id
    assert "aalbers" not in str(search.detail).lower() and "1985" not in str(search.detail)
    assert search.detail["by_name_and_birth"] is True


def test_a_name_that_matches_nobody_says_so_and_lists_nothing(world: Any) -> None:
    _read_as(world.personas["pro_own"], world.client_record)
    page = _as(world.personas["admin_own"]).get(
        reverse("audit:search"), {"client_name": "Anna Aalbers", "client_born": "1990-01-01"}
    )
    assert page.status_code == 200
    assert page.context["clients_found"] == []
    assert list(page.context["page"]) == []
    assert "Geen cliënt van je organisatie gevonden" in page.content.decode()
    assert "Geen regels gevonden." in page.content.decode()


def test_another_organisations_client_is_not_found_by_name(world: Any) -> None:
    from datetime import date

    from werkpad.clients.models import Client as ClientRecord

    ClientRecord.objects.filter(pk=world.other_client_record.pk).update(
        date_of_birth=date(1970, 1, 1)
    )
    _read_as(world.personas["pro_other"], world.other_client_record)
    page = _as(world.personas["admin_own"]).get(
        reverse("audit:search"), {"client_name": "Bert Bakker", "client_born": "1970-01-01"}
    )
    assert page.context["clients_found"] == []


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"client_name": "Anna Aalbers"}, "client_born", "ook de geboortedatum"),
        ({"client_born": "1985-03-14"}, "client_name", "ook de naam"),
        (
            {"client": "WP-X", "client_name": "Anna", "client_born": "1985-03-14"},
            "client",
            "niet allebei",
        ),
    ],
)
def test_a_half_name_search_is_refused_with_a_reason(
    world: Any, params: dict[str, str], field: str, message: str
) -> None:
    page = _as(world.personas["admin_own"]).get(reverse("audit:search"), params)
    assert page.status_code == 400
    assert message in " ".join(page.context["form"].errors[field])


def test_a_bad_range_and_a_half_name_are_refused_in_one_round(world: Any) -> None:
    page = _as(world.personas["admin_own"]).get(
        reverse("audit:search"),
        {"date_from": "2026-12-31", "date_to": "2026-01-01", "client_name": "Anna"},
    )
    errors = page.context["form"].errors
    assert "De begindatum ligt na de einddatum." in errors["__all__"]
    assert "ook de geboortedatum" in " ".join(errors["client_born"])
