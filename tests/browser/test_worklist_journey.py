"""Issue 13, item 1, on a phone: the IPS-trajectbegeleider opens Werkpad in the morning and
the start page says what waits for her: her actions with what they say and how late they
are, the follow-along signal on her caseload, and the referrals waiting. Every item leads to
its trajectory. axe-core (WCAG 2.1 AA) and no sideways scrolling at 360 px."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from werkpad.employment.models import Signal
from werkpad.trajectories.models import PlanAction

from .conftest import log_in_demo, user_for
from .test_layout import NO_HORIZONTAL_SCROLL
from .test_trajectory_accessibility import IPS, Report

pytestmark = pytest.mark.browser


def test_the_start_page_is_a_worklist_on_a_phone(phone, site, demo):
    fatima = user_for(IPS)
    waiting = (
        PlanAction.objects.filter(
            owner=fatima,
            done_on__isnull=True,
            due_on__lte=timezone.localdate() + timedelta(days=7),
            trajectory__ended_on__isnull=True,
        )
        .select_related("trajectory__client")
        .order_by("due_on", "id")
    )
    first = waiting.first()
    assert first is not None, "the demo gives the IPS coach actions that wait"
    signal = Signal.objects.filter(resolved_at__isnull=True).select_related("trajectory__client")
    assert signal.count() == 1

    page, report = phone, Report(phone)
    log_in_demo(page, site, IPS)
    page.goto(site("/"))
    card = page.locator(".werkpad-card", has=page.get_by_role("heading", name="Wat op je wacht"))
    expect(card).to_be_visible()
    expect(card.get_by_role("link", name=first.description)).to_be_visible()
    expect(card).to_contain_text(first.trajectory.client.full_name)
    signals = page.locator(
        ".werkpad-card", has=page.get_by_role("heading", name="Signalen uit de nazorg")
    )
    expect(signals).to_contain_text(signal.get().trajectory.client.full_name)
    report.check("start page (worklist)")
    layout = page.evaluate(NO_HORIZONTAL_SCROLL)
    assert layout["scrollWidth"] <= layout["clientWidth"] and not layout["wide"], layout

    card.get_by_role("link", name=first.description).click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith(
        f"/trajecten/{first.trajectory_id}/#actions-caption".rstrip("/")
    )
    expect(page.get_by_role("heading", level=1)).to_contain_text(first.trajectory.client.full_name)
    report.assert_clean()
