"""Issue 13, item 7, on a phone: the teamleider hands over trajectories of a colleague who
falls ill. She picks the colleague, ticks trajectories by client name and Werkpad number,
picks who takes them (only colleagues who can), and confirms a count before anything moves.
axe-core (WCAG 2.1 AA) and the form structure are checked at every step, at 360 px."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from werkpad.organisations.models import Membership, Role
from werkpad.testing import make_user
from werkpad.trajectories.models import TeamMember

from .conftest import log_in_demo, user_for
from .test_layout import NO_HORIZONTAL_SCROLL
from .test_trajectory_accessibility import IPS, TEAMLEIDER, Report

pytestmark = pytest.mark.browser


def _fits(page, report: Report, label: str) -> None:
    report.check(label)
    layout = page.evaluate(NO_HORIZONTAL_SCROLL)
    assert layout["scrollWidth"] <= layout["clientWidth"] and not layout["wide"], (label, layout)


# Consent, withdrawal and handover change who sees what: also on PostgreSQL (.ci/run).
@pytest.mark.every_database
def test_a_teamleider_hands_over_chosen_trajectories_on_a_phone(phone, site, demo):
    fatima = user_for(IPS)
    ips_team = Membership.objects.get(user=fatima).team
    successor = make_user(
        organisation=ips_team.organisation,
        role=Role.IPS_TRAJECTBEGELEIDER,
        full_name="Daan Kuipers",
        mfa=False,
    )
    successor.memberships.update(team=ips_team)
    # Fatima's trajectories, by client name (the list is sorted by name)
    held = (
        TeamMember.objects.filter(
            user=fatima, ended_on__isnull=True, trajectory__ended_on__isnull=True
        )
        .select_related("trajectory__client")
        .order_by("trajectory__client__full_name")
    )
    first = held.first()
    assert first is not None and held.count() > 2
    client = first.trajectory.client
    before = held.count()

    page, report = phone, Report(phone)
    log_in_demo(page, site, TEAMLEIDER)
    page.goto(site("/overdragen/"))
    _fits(page, report, "handover: whose")
    page.get_by_label("Van wie draag je trajecten over?").select_option(
        label=("Fatima El Amrani · IPS-trajectbegeleider")
    )
    page.get_by_role("button", name="Toon trajecten").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=2)).to_contain_text("Fatima El Amrani heeft")
    _fits(page, report, "handover: which and to whom")

    # "Verder" without a choice: the errors, and nothing moved
    page.get_by_role("button", name="Verder").click()
    page.wait_for_load_state()
    # Both errors at once: at their fields, and as links in the summary at the top.
    inline = page.locator(".utrecht-form-field-error-message")
    expect(inline).to_have_text(
        ["Kies minstens één traject om over te dragen.", "Kies aan wie je overdraagt."]
    )
    summary = page.get_by_role("region", name="Er is iets niet goed ingevuld")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text(
        [re.compile("Kies minstens één traject om over te dragen."), re.compile("Kies aan wie")]
    )
    _fits(page, report, "handover with errors")
    assert TeamMember.objects.filter(user=successor).count() == 0

    page.get_by_label(f"{client.full_name} ({client.public_id})", exact=False).check()
    receivers = page.get_by_label("Aan wie?")
    expect(receivers.locator("option")).to_have_text(
        ["Kies een collega", "Daan Kuipers · IPS-trajectbegeleider"]
    )
    receivers.select_option(label="Daan Kuipers · IPS-trajectbegeleider")
    page.get_by_role("button", name="Verder").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overdracht bevestigen")
    expect(page.get_by_role("main")).to_contain_text(
        "Je draagt 1 traject van Fatima El Amrani over aan Daan Kuipers:"
    )
    expect(page.get_by_role("main").get_by_role("listitem")).to_contain_text([client.public_id])
    _fits(page, report, "handover: confirm")
    assert TeamMember.objects.filter(user=successor).count() == 0

    page.get_by_role("button", name="Ja, draag 1 traject over").click()
    page.wait_for_load_state()
    expect(page.get_by_text("1 traject overgedragen.")).to_be_visible()
    report.assert_clean()
    moved = TeamMember.objects.get(user=successor, ended_on__isnull=True)
    assert moved.trajectory_id == first.trajectory_id
    assert TeamMember.objects.get(pk=first.pk).ended_on is not None
    assert held.count() == before - 1
