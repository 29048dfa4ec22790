"""Keyboard users: the skip link comes first and works; the page has its landmarks."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import log_in_demo

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"

SKIP_LINK_AT_ITS_CENTRE = """(link) => {
    const r = link.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === link || link.contains(hit);
}"""


@pytest.mark.parametrize("logged_in", [False, True], ids=["login page", "home"])
def test_skip_link_is_first_visible_on_focus_and_moves_focus_to_main(page, site, demo, logged_in):
    if logged_in:
        log_in_demo(page, site, IPS)
    path = "/" if logged_in else "/accounts/login/"
    page.goto(site(path))

    skip = page.locator("a.utrecht-skip-link")
    expect(skip).to_have_text("Naar de inhoud")
    expect(skip).to_have_attribute("href", "#main")
    before = skip.bounding_box()
    assert before is None or before["y"] + before["height"] <= 0, (
        f"the skip link is out of sight until it has focus: {before}"
    )

    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    viewport = page.viewport_size
    assert box is not None
    assert box["y"] >= 0 and box["x"] >= 0, f"focused skip link is on screen: {box}"
    assert box["x"] + box["width"] <= viewport["width"]
    assert box["width"] >= 44 and box["height"] >= 24, f"a usable target: {box}"
    assert skip.evaluate(SKIP_LINK_AT_ITS_CENTRE), "nothing covers the focused skip link"

    page.keyboard.press("Enter")
    main = page.locator("main#main")
    expect(main).to_be_focused()
    assert page.evaluate("location.hash") == "#main"
    # The next Tab continues inside the main content, not in the header again.
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)"), (
        "Tab after the skip link goes to the first control in main, not "
        + page.evaluate("document.activeElement.outerHTML")
    )


def test_landmarks_when_logged_out(page, site, demo):
    page.goto(site("/accounts/login/"))
    expect(page.get_by_role("banner")).to_have_count(1)
    expect(page.get_by_role("main")).to_have_count(1)
    expect(page.get_by_role("contentinfo")).to_have_count(1)
    # No menu before login: there is nothing to navigate to.
    expect(page.get_by_role("navigation")).to_have_count(0)
    expect(page.get_by_role("main")).to_have_id("main")


def test_landmarks_when_logged_in(page, site, demo):
    log_in_demo(page, site, IPS)
    banner = page.get_by_role("banner")
    expect(banner).to_have_count(1)
    expect(page.get_by_role("main")).to_have_count(1)
    expect(page.get_by_role("contentinfo")).to_have_count(1)
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    expect(nav).to_have_count(1)
    expect(banner.get_by_role("navigation", name="Hoofdmenu")).to_have_count(1)
    # The menu marks the current page.
    expect(nav.locator("[aria-current=page]")).to_have_text("Start")
    nav.get_by_role("link", name="Mijn account").click()
    expect(page).to_have_url(site("/profiel/"))
    expect(
        page.get_by_role("navigation", name="Hoofdmenu").locator("[aria-current=page]")
    ).to_have_text("Mijn account")
