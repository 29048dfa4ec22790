"""Leftovers of the trust walk-through (issue 11, items 3 and 8; issue 13, item 2) in the
access log: a Dutch CSV (semicolons, Dutch local time, a label beside every code, the
break-the-glass reason in its own column), readable event labels in the log table, full
Dutch dates on the log pages and on "wie keek in mijn dossier", and no doubled full stop
after a quoted break-the-glass reason."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from typing import Any

import pytest
import time_machine
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.audit import events
from werkpad.audit.recorder import record

# 13:05:03 UTC is 14:05:03 in Amsterdam in November (CET) ...
WINTER = datetime.fromisoformat("2026-11-26T13:05:03+00:00")
# ... and 12:00 in July (CEST).
SUMMER = datetime.fromisoformat("2026-07-01T10:00:00+00:00")


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _read(world: Any, *, at: datetime, reason: str = "", event: str = "client.read") -> None:
    """A row by Pro Eigen about Anna at a fixed moment; with a reason, under break the glass."""
    detail = {"break_the_glass": {"grant": 1, "reason": reason}} if reason else {}
    with time_machine.travel(at, tick=False):
        record(
            actor_for_user(world.personas["pro_own"]),
            event=event,
            action="R",
            object_type="clients.client",
            object_id=str(world.client_record.pk),
            client_pid=world.client_record.public_id,
            basis="break_the_glass" if reason else "own_organisation",
            detail=detail,
        )


def _export(user: Any, **query: str) -> list[dict[str, str]]:
    response = _as(user).get(reverse("audit:export"), query)
    assert response.status_code == 200
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so a spreadsheet reads the file as UTF-8"
    text = raw.decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.count(";") >= 20 and "," not in header, header
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def _language(user: Any, code: str) -> Any:
    user.preferred_language = code
    user.save(update_fields=["preferred_language"])
    return user


# --- 1. The CSV is Dutch ---------------------------------------------------------------------
def test_the_csv_is_semicolon_separated_in_dutch_local_time_with_labels_beside_codes(
    world: Any,
) -> None:
    _read(world, at=WINTER)
    _read(world, at=SUMMER)
    rows = [
        r for r in _export(world.personas["admin_own"]) if r["Gebeurteniscode"] == "client.read"
    ]
    times = {r["Tijdstip (Nederlandse tijd)"] for r in rows}
    assert times == {"26-11-2026 14:05:03", "01-07-2026 12:00:00"}
    assert {r["Tijdstip (UTC)"] for r in rows} == {"2026-11-26T13:05:03Z", "2026-07-01T10:00:00Z"}
    row = rows[0]
    assert row["Gebeurtenis"] == "Cliëntgegevens bekeken"
    assert (row["Actiecode"], row["Actie"]) == ("R", "inzien")
    assert (row["Uitkomstcode"], row["Uitkomst"]) == ("allowed", "toegestaan")
    assert (row["Rolcode"], row["Rol"]) == ("ips_trajectbegeleider", "IPS-trajectbegeleider")
    assert (row["Grondslagcode"], row["Grondslag"]) == ("own_organisation", "eigen organisatie")
    assert row["Cliënt (pseudoniem)"] == world.client_record.public_id
    assert row["Naam gebruiker"] == "Pro Eigen"
    assert row["Reden toegang buiten het team"] == ""


def test_the_break_the_glass_reason_has_its_own_column(world: Any) -> None:
    # A semicolon in the reason stays inside its cell (quoted), a quote is doubled.
    reason = 'Crisis; de behandelaar is ziek en de "crisisdienst" belde.'
    _read(world, at=WINTER, reason=reason)
    rows = _export(world.personas["admin_own"], basis="break_the_glass")
    assert [r["Reden toegang buiten het team"] for r in rows] == [reason]
    assert rows[0]["Grondslag"] == "toegang buiten het team (break the glass)"


def test_the_csv_speaks_the_users_language(world: Any) -> None:
    _read(world, at=WINTER)
    admin = _language(world.personas["admin_own"], "en")
    rows = [r for r in _export(admin) if r["Event code"] == "client.read"]
    assert rows and rows[0]["Event"] == "Client details viewed"
    assert rows[0]["Time (Dutch local time)"] == "26-11-2026 14:05:03"


def test_formula_cells_stay_neutralised_in_the_dutch_csv(world: Any) -> None:
    reader = HttpClient(HTTP_USER_AGENT="=cmd|' /C calc'!A0")
    reader.force_login(world.personas["pro_own"])
    reader.get(reverse("clients:detail", args=[world.client_record.public_id]))
    rows = _export(world.personas["admin_own"])
    assert "'=cmd|' /C calc'!A0" in {r["User agent"] for r in rows}
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


# --- 2. Labels from the registry in the log table -------------------------------------------
def test_every_registered_event_has_a_label_for_professionals() -> None:
    missing = [code for code in events.EVENTS if not events.staff_label(code)]
    assert not missing, f"add a label to STAFF_LABELS in audit/events.py: {missing}"
    assert events.staff_label("denied.view_client") == "Geweigerde poging"
    assert events.staff_label("portal.export.pdf") == "Portaal: eigen gegevens gedownload"
    assert events.staff_label("nobody.knows") == ""


def test_the_log_table_shows_the_label_with_the_code_small_beside_it(world: Any) -> None:
    _read(world, at=WINTER, event="trajectory.read")
    body = _as(world.personas["admin_own"]).get(reverse("audit:search")).content.decode()
    cells = re.findall(r"<td[^>]*data-event>(.*?)</td>", body, re.S)
    assert (
        'Traject bekeken<br><code class="werkpad-code" data-event-code>trajectory.read</code>'
        in cells
    ), cells
    # The code never stands alone in a cell of its own.
    assert ">trajectory.read</td>" not in body


def test_an_unknown_code_still_shows_the_code(world: Any, settings: Any) -> None:
    settings.WERKPAD_STRICT_AUDIT_EVENTS = False
    settings.DEBUG = False
    _read(world, at=WINTER, event="legacy.something")
    body = _as(world.personas["admin_own"]).get(reverse("audit:search")).content.decode()
    assert "data-event-code>legacy.something</code>" in body


# --- 3. Full Dutch dates -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "26 november 2026, 14:05"), ("en", "26 November 2026, 14:05")],
)
def test_the_log_search_shows_a_full_local_date(world: Any, language: str, expected: str) -> None:
    _read(world, at=WINTER)
    admin = _language(world.personas["admin_own"], language)
    body = _as(admin).get(reverse("audit:search")).content.decode()
    assert expected in body
    assert "2026-11-26 13:05" not in body and "26 Nov " not in body


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "26 november 2026, 14:05"), ("en", "26 November 2026, 14:05")],
)
def test_who_saw_my_file_shows_a_full_local_date(world: Any, language: str, expected: str) -> None:
    _read(world, at=WINTER)
    anna = _language(world.personas["client"], language)
    body = _as(anna).get(reverse("portal:access_log")).content.decode()
    assert expected in body
    assert "26 Nov " not in body


# --- 4. No doubled full stop after a quoted reason --------------------------------------------
@pytest.mark.parametrize(
    "reason",
    ["De behandelaar is ziek.", "De behandelaar is ziek", "Is de behandelaar ziek?"],
)
def test_a_quoted_reason_gets_no_second_full_stop(world: Any, reason: str) -> None:
    _read(world, at=WINTER, reason=reason)
    body = _as(world.personas["client"]).get(reverse("portal:access_log")).content.decode()
    shown = re.search(r"<p[^>]*data-reason>(.*?)</p>", body, re.S)
    assert shown is not None
    assert shown.group(1) == f"De reden die deze persoon opgaf: “{reason}”"
    assert ".”." not in body and "?”." not in body
    assert not re.search(r"[^.]\.\.(?!\.)", body), "a doubled full stop"
