"""A professional without a second factor sets one up before anything else, in the browser."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from werkpad.demo import DEMO_PASSWORD
from werkpad.testing import has_totp

from .conftest import log_in, set_up_second_factor, submit_password, user_for

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"
WERKGEVER = "werkgever@korenschoof.demo.example"
ACTIVATE = re.compile(r"/accounts/2fa/totp/activate/$")


@pytest.mark.parametrize("email", [IPS, WERKGEVER], ids=["professional", "employer"])
def test_first_login_sets_up_the_authenticator_app(page, site, demo, email):
    assert not has_totp(user_for(email))
    submit_password(page, site, email, DEMO_PASSWORD)
    if "/accounts/reauthenticate/" not in page.url:
        expect(page).to_have_url(ACTIVATE)
    # No other page before the second factor is there.
    for path in ["/", "/profiel/", "/clienten/"]:
        page.goto(site(path))
        expect(page).to_have_url(re.compile(r"/accounts/(2fa/totp/activate|reauthenticate)/"))

    if "/accounts/2fa/totp/activate/" in page.url:
        # The secret, for who cannot scan: readable and copyable, not a disabled field; the
        # QR code says what it is for instead of repeating the 32 characters.
        secret_field = page.get_by_label("Sleutel (als scannen niet lukt)")
        expect(secret_field).to_be_enabled()
        expect(secret_field).not_to_be_editable()
        shown = secret_field.input_value()
        qr = page.get_by_role("main").get_by_role("img")
        expect(qr).to_have_attribute("alt", re.compile(r"^QR-code"))
        assert shown not in (qr.get_attribute("alt") or "")
        # A wrong code is refused with a message at the field.
        page.locator("input[name=code]").fill("000000")
        page.locator("form:has(input[name=code]) button[type=submit]:not([form])").click()
        expect(page).to_have_url(ACTIVATE)
        expect(page.locator(".utrecht-form-field-error-message")).to_be_visible()
        assert not has_totp(user_for(email))

    secret = set_up_second_factor(page, DEMO_PASSWORD)
    assert has_totp(user_for(email))
    codes = page.locator("textarea#recovery_codes").input_value().split()
    assert len(codes) == 10 and all(re.fullmatch(r"\d{8}", c) for c in codes), codes

    # Now the pages open; the user continues through the menu.
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Start").click()
    expect(page).to_have_url(site("/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Welkom, "))

    # The next login asks for a code from the app that was just set up.
    page.get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    log_in(page, site, email, DEMO_PASSWORD, secret)
    expect(page).to_have_url(site("/"))


def test_first_set_up_does_not_ask_for_the_password_again(page, site, demo):
    visited: list[str] = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))
    submit_password(page, site, IPS, DEMO_PASSWORD)
    set_up_second_factor(page, DEMO_PASSWORD)
    asked = [url for url in visited if "/accounts/reauthenticate/" in url]
    assert not asked, f"asked for the password again after logging in: {asked}"
