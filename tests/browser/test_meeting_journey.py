"""Planning a meeting on a phone (issue 13, items 3 and 14): the IPS coach plans a driegesprek
for tomorrow with a place, invites the client, and the invitation goes out with an .ics file
that parses; the client, on her own phone, sees the day, the time and the place on her start page,
under what waits for her, and her pace form names who reads it. axe-core finds nothing at
360 px on any of these pages."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from .conftest import AXE_JS, axe_violations, format_violations, log_in_demo

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"
CLIENT = "eva@client.demo.example"
PLACE = "Werkplein Utrecht, spreekkamer 3"


def _unfolded(ics: str) -> dict[str, str]:
    """The calendar's properties, with RFC 5545 line folding undone (a line that starts with
    a space continues the one before)."""
    lines: list[str] = []
    for line in ics.split("\r\n"):
        if line.startswith(" ") and lines:
            lines[-1] += line[1:]
        elif line:
            lines.append(line)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR", lines
    return {line.split(":", 1)[0].split(";", 1)[0]: line.split(":", 1)[1] for line in lines}


def test_the_coach_plans_and_the_client_sees_when_and_where(phone, new_context, site, demo):
    from werkpad.trajectories.models import Meeting, Trajectory

    trajectory = Trajectory.objects.get(
        client__user__email=CLIENT, ended_on__isnull=True, team__user__email=IPS
    )
    tomorrow = timezone.localdate() + timedelta(days=1)
    log_in_demo(phone, site, IPS)
    phone.goto(site(f"/trajecten/{trajectory.pk}/gesprekken/plannen/"))
    phone.get_by_label("Soort gesprek").select_option("driegesprek")
    phone.get_by_label("Datum").fill(tomorrow.isoformat())
    phone.get_by_label("Begintijd").fill("14:30")
    phone.get_by_label("Plaats").fill(PLACE)
    phone.get_by_label("Fatima El Amrani").check()
    phone.get_by_label("De cliënt is uitgenodigd").check()
    violations = axe_violations(phone)
    assert not violations, f"axe-core at 360 px (plan)\n{format_violations(violations)}"
    mail.outbox.clear()
    phone.get_by_role("button", name="Plannen en uitnodigen").click()
    expect(
        phone.get_by_text("Het gesprek is gepland. De uitnodigingen zijn verstuurd.")
    ).to_be_visible()

    meeting = Meeting.objects.get(trajectory=trajectory, location=PLACE)
    assert timezone.localtime(meeting.starts_at).strftime("%H:%M") == "14:30"
    to_client = next(m for m in mail.outbox if CLIENT in m.to)
    [part] = to_client.attachments  # a MIME part: text/calendar; method=REQUEST
    assert part.get_content_type() == "text/calendar"
    assert part.get_filename().endswith(".ics")
    calendar = _unfolded(part.get_payload(decode=True).decode("utf-8"))
    assert calendar["METHOD"] == "REQUEST"
    assert calendar["LOCATION"] == PLACE.replace(",", "\\,")
    starts = meeting.starts_at.astimezone(UTC)
    assert calendar["DTSTART"] == starts.strftime("%Y%m%dT%H%M%SZ")
    assert "Eva" not in to_client.subject  # no names in a subject

    context = new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    context.add_init_script(path=str(AXE_JS))
    client_phone = context.new_page()
    log_in_demo(client_phone, site, CLIENT)
    client_phone.goto(site("/mijn/"))
    card = client_phone.locator("[data-upcoming-meeting]").filter(has_text=PLACE)
    expect(card).to_contain_text("van 14:30 tot 15:30")
    expect(card).to_contain_text("Driegesprek")
    violations = axe_violations(client_phone)
    assert not violations, f"axe-core at 360 px (start page)\n{format_violations(violations)}"

    # What waits for her opens the page; the pace form says who reads it, by name and role.
    expect(client_phone.get_by_role("heading", name="Wat wacht op jou")).to_be_visible()
    client_phone.goto(site("/mijn/tempo/"))
    expect(client_phone.locator("[data-readers]")).to_contain_text(
        "Fatima El Amrani (IPS-trajectbegeleider"
    )
    violations = axe_violations(client_phone)
    assert not violations, f"axe-core at 360 px (pace)\n{format_violations(violations)}"
