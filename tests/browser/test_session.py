"""The idle limit: a warning before it, renewing from the warning, and no lost work after it.

These tests wait for real seconds (the limits are shortened through ``settings``, which the
live server in this process reads on every request).
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from werkpad.demo import DEMO_PASSWORD

from .conftest import log_in, log_in_demo, user_for

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"
EXPIRED = "Je sessie is verlopen"


def wait_until(start: float, seconds: float) -> None:
    left = start + seconds - time.monotonic()
    if left > 0:
        time.sleep(left)


def last_seen(page) -> float:
    """The server's record of the session's last activity."""
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore

    from werkpad.accounts.middleware import LAST_SEEN

    key = next(
        c["value"] for c in page.context.cookies() if c["name"] == settings.SESSION_COOKIE_NAME
    )
    return SessionStore(session_key=key).load()[LAST_SEEN]


@pytest.fixture
def short_session(settings):
    settings.WERKPAD_SESSION_IDLE_SECONDS = 6
    settings.WERKPAD_SESSION_WARNING_SECONDS = 4
    return settings


def test_idle_warning_opens_and_continuing_renews_the_session(page, site, demo, short_session):
    log_in_demo(page, site, IPS)
    page.goto(site("/"))
    loaded = time.monotonic()
    dialog = page.locator("dialog#session-warning")
    expect(dialog).to_be_hidden()
    body = page.locator("body")
    expect(body).to_have_attribute("data-session-idle", "6")
    expect(body).to_have_attribute("data-session-warning", "4")

    # Idle 6 s, warning 4 s before the end: the dialog opens 2 s after the page loaded.
    expect(dialog).to_be_visible(timeout=3_500)
    opened_after = time.monotonic() - loaded
    assert 1.5 <= opened_after <= 3.5, f"warning opened after {opened_after:.1f} s"
    assert dialog.evaluate("d => d.open && d.matches(':modal')"), "a modal dialog"
    expect(dialog.get_by_role("heading")).to_have_text("Je sessie loopt bijna af")
    continue_button = dialog.get_by_role("button", name="Doorgaan")
    expect(continue_button).to_be_focused()  # showModal() puts focus in the dialog

    seen_before = last_seen(page)
    with page.expect_response(re.compile(r"/sessie/verlengen/$")) as renewed:
        continue_button.click()
    assert renewed.value.status == 200
    expect(dialog).to_be_hidden()
    assert last_seen(page) > seen_before, "the server counted the renewal as activity"

    # Past the idle limit counted from the page load, but not from the renewal.
    wait_until(loaded, 7.2)
    page.goto(site("/profiel/"))
    expect(page).to_have_url(site("/profiel/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn account")


def test_without_continuing_the_next_page_is_the_login_page(page, site, demo, short_session):
    log_in_demo(page, site, IPS)
    page.goto(site("/"))
    loaded = time.monotonic()
    expect(page.locator("dialog#session-warning")).to_be_visible(timeout=3_500)
    wait_until(loaded, 7.2)

    page.goto(site("/profiel/"))
    expect(page).to_have_url(re.compile(r"/accounts/login/\?.*expired=1"))
    assert "next=%2Fprofiel%2F" in page.url
    expect(page.get_by_role("alert")).to_contain_text(EXPIRED)
    # The old session is really gone, not only hidden.
    page.goto(site("/"))
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def test_typed_input_survives_an_expired_session(page, site, demo, settings):
    settings.WERKPAD_SESSION_IDLE_SECONDS = 3
    settings.WERKPAD_SESSION_WARNING_SECONDS = 1
    secret = log_in_demo(page, site, IPS)
    user = user_for(IPS)
    original_version = user.version

    page.goto(site("/profiel/"))
    loaded = time.monotonic()
    name = page.get_by_label("Naam")
    expect(name).to_have_value("Fatima El Amrani")
    name.fill("Fatima El Amrani-Bakker")
    wait_until(loaded, 3.6)
    dialog = page.locator("dialog#session-warning")
    if dialog.is_visible():
        # Closing the warning without "Doorgaan" does not renew the session.
        page.keyboard.press("Escape")
        expect(dialog).to_be_hidden()
    page.get_by_role("button", name="Opslaan").click()

    expect(page).to_have_url(re.compile(r"/accounts/login/\?.*expired=1"))
    expect(page.get_by_role("alert")).to_contain_text(EXPIRED)
    assert user_for(IPS).full_name == "Fatima El Amrani", "nothing saved without a session"

    # Log in again, now with the normal limits so the page does not time out under the test.
    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    settings.WERKPAD_SESSION_WARNING_SECONDS = 2 * 60
    log_in(page, site, IPS, DEMO_PASSWORD, secret)
    expect(page).to_have_url(site("/profiel/"))
    expect(
        page.get_by_role("status").filter(has_text="We hebben je invoer bewaard")
    ).to_be_visible()
    expect(page.get_by_label("Naam")).to_have_value("Fatima El Amrani-Bakker")

    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(site("/profiel/"))
    expect(
        page.get_by_role("status").filter(has_text="Je gegevens zijn opgeslagen.")
    ).to_be_visible()
    saved = user_for(IPS)
    assert saved.full_name == "Fatima El Amrani-Bakker"
    assert saved.version == original_version + 1

    # The kept input is offered once, not again on the next visit.
    page.goto(site("/profiel/"))
    expect(page.get_by_text("We hebben je invoer bewaard")).to_have_count(0)


def test_continuing_after_the_limit_goes_to_the_login_page(page, site, demo, settings):
    """ "Doorgaan" clicked too late must not pretend the session was renewed."""
    settings.WERKPAD_SESSION_IDLE_SECONDS = 3
    settings.WERKPAD_SESSION_WARNING_SECONDS = 2
    log_in_demo(page, site, IPS)
    page.goto(site("/"))
    loaded = time.monotonic()
    dialog = page.locator("dialog#session-warning")
    expect(dialog).to_be_visible(timeout=2_500)
    wait_until(loaded, 3.6)

    dialog.get_by_role("button", name="Doorgaan").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?.*expired=1"))
    assert "next=%2F" in page.url
    expect(page.get_by_role("alert")).to_contain_text(EXPIRED)


def test_continuing_after_the_limit_keeps_typed_input(page, site, demo, settings):
    """The warning promises that typed input is kept: a late "Doorgaan" sends the changed
    form into the ended session, where it is kept for after the new login."""
    settings.WERKPAD_SESSION_IDLE_SECONDS = 3
    settings.WERKPAD_SESSION_WARNING_SECONDS = 1
    secret = log_in_demo(page, site, IPS)
    page.goto(site("/profiel/"))
    loaded = time.monotonic()
    page.get_by_label("Naam").fill("Fatima El Amrani-Bakker")
    dialog = page.locator("dialog#session-warning")
    expect(dialog).to_be_visible(timeout=3_000)
    wait_until(loaded, 3.6)

    dialog.get_by_role("button", name="Doorgaan").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?.*expired=1"))
    assert user_for(IPS).full_name == "Fatima El Amrani", "nothing saved without a session"

    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    settings.WERKPAD_SESSION_WARNING_SECONDS = 2 * 60
    log_in(page, site, IPS, DEMO_PASSWORD, secret)
    expect(page).to_have_url(site("/profiel/"))
    expect(page.get_by_label("Naam")).to_have_value("Fatima El Amrani-Bakker")
    expect(
        page.get_by_role("status").filter(has_text="We hebben je invoer bewaard")
    ).to_be_visible()
