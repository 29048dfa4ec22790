"""The language button in the header: Dutch first, English on request, and back."""

from __future__ import annotations

import pytest
from django.utils import translation
from playwright.sync_api import expect

from .conftest import log_in_demo, user_for

pytestmark = pytest.mark.browser

CLIENT = "client@demo.example"


def english_catalogue_translates(text: str) -> bool:
    """Whether the compiled English catalogue has ``text`` (locale/ may not be filled yet)."""
    with translation.override("en"):
        return translation.gettext(text) != text


def switch(page, to_label: str) -> None:
    button = page.get_by_role("banner").get_by_role("button", name=to_label, exact=True)
    with page.expect_navigation():
        button.click()


def assert_dutch(page) -> None:
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    button = page.get_by_role("banner").get_by_role("button", name="English", exact=True)
    expect(button).to_be_visible()
    # The button names the other language in that language, for screen readers too.
    expect(button).to_have_attribute("lang", "en")
    expect(page.locator("a.utrecht-skip-link")).to_have_text("Naar de inhoud")


def assert_english(page) -> None:
    expect(page.locator("html")).to_have_attribute("lang", "en")
    banner = page.get_by_role("banner")
    button = banner.get_by_role("button", name="Nederlands", exact=True)
    expect(button).to_be_visible()
    expect(button).to_have_attribute("lang", "nl")
    expect(banner.get_by_role("button", name="English", exact=True)).to_have_count(0)
    if english_catalogue_translates("Naar de inhoud"):
        expect(page.locator("a.utrecht-skip-link")).to_have_text("Skip to content")


def test_switch_language_on_the_login_page_and_back(page, site, demo):
    page.goto(site("/accounts/login/"))
    assert_dutch(page)

    switch(page, "English")
    assert page.url == site("/accounts/login/"), "the switch returns to the same page"
    assert_english(page)
    # The choice is remembered for the next page.
    page.goto(site("/accounts/login/"))
    assert_english(page)

    switch(page, "Nederlands")
    assert_dutch(page)
    page.goto(site("/accounts/login/"))
    assert_dutch(page)


def test_logged_in_choice_is_kept_on_the_account(page, site, demo):
    log_in_demo(page, site, CLIENT)
    page.goto(site("/profiel/"))
    assert_dutch(page)

    switch(page, "English")
    assert page.url == site("/profiel/")
    assert_english(page)
    assert user_for(CLIENT).preferred_language == "en"
    page.goto(site("/"))
    assert_english(page)

    switch(page, "Nederlands")
    assert page.url == site("/mijn/")  # a client's start is their path in the portal
    assert_dutch(page)
    assert user_for(CLIENT).preferred_language == "nl"
