"""Small screens (WCAG 1.4.10 reflow, and axe-core at that width: a table that scrolls in its
own box must be reachable by keyboard) and the strict CSP with the page's own scripts."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from werkpad.demo import DEMO_PASSWORD

from .conftest import (
    axe_violations,
    format_violations,
    log_in_demo,
    set_up_second_factor,
    submit_password,
)

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"
BEHEER = "beheer@ggz.demo.example"

NO_HORIZONTAL_SCROLL = """() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
        .filter(el => el.getBoundingClientRect().right > root.clientWidth + 0.5)
        .filter(el => !el.closest('.werkpad-table-scroll, dialog:not([open])'))
        .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
    return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide};
}"""


def assert_no_horizontal_scroll(page) -> None:
    found = page.evaluate(NO_HORIZONTAL_SCROLL)
    assert found["scrollWidth"] <= 360, f"horizontal scroll on {page.url}: {found}"
    violations = axe_violations(page)
    assert not violations, f"axe-core at 360 px on {page.url}\n{format_violations(violations)}"


def test_ips_home_fits_a_phone(phone, site, demo):
    log_in_demo(phone, site, IPS)
    expect(phone.get_by_role("heading", level=1)).to_have_text("Welkom, Fatima El Amrani")
    assert phone.evaluate("window.innerWidth") == 360
    assert_no_horizontal_scroll(phone)


def test_pages_with_tables_fit_a_phone(phone, site, demo):
    """Wide tables become cards on a phone; the page itself does not scroll sideways."""
    log_in_demo(phone, site, BEHEER)
    for path in ["/beheer/gebruikers/", "/beheer/gebruikers/nieuw/", "/beheer/toegangslog/"]:
        phone.goto(site(path))
        expect(phone.get_by_role("heading", level=1)).to_be_visible()
        assert_no_horizontal_scroll(phone)
    # Below 40rem (640 px) the log table is a stack of cards: nothing to reach sideways.
    rows = phone.locator("table.werkpad-stack-table tbody tr")
    assert rows.count() > 0
    assert phone.evaluate(
        "() => [...document.querySelectorAll('table.werkpad-stack-table')]"
        ".every(t => t.scrollWidth <= t.clientWidth + 1)"
    ), "the access log table still scrolls sideways on a phone"


def test_login_and_client_pages_fit_a_phone(phone, site, demo):
    phone.goto(site("/accounts/login/"))
    assert_no_horizontal_scroll(phone)
    log_in_demo(phone, site, IPS)
    for path in ["/clienten/", "/profiel/", "/sessies/"]:
        phone.goto(site(path))
        expect(phone.get_by_role("heading", level=1)).to_be_visible()
        assert_no_horizontal_scroll(phone)


# --- Content Security Policy ----------------------------------------------------------------
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def test_pages_run_under_the_strict_csp_without_violations(page, site, demo, settings):
    """Without bypass_csp: the page's own scripts load (nonce), nothing is blocked and the
    console shows no errors (no missing favicon either)."""
    csp_messages: list[str] = []
    errors: list[str] = []

    def on_console(message) -> None:
        if "Content Security Policy" in message.text:
            csp_messages.append(message.text)
        elif message.type == "error":
            errors.append(f"{message.text} {message.location.get('url', '')}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    page.context.add_init_script(RECORD_CSP_VIOLATIONS)

    def check(where: str, expected_error: str = "") -> None:
        page.wait_for_load_state()
        violations = page.evaluate("window.__cspViolations")
        assert not violations, f"CSP violations on {where}: {violations}"
        assert not csp_messages, f"CSP console messages on {where}: {csp_messages}"
        unexpected = [e for e in errors if not (expected_error and expected_error in e)]
        assert not unexpected, f"console errors on {where}: {unexpected}"
        errors.clear()

    page.goto(site("/accounts/login/"))
    check("the login page")
    submit_password(page, site, BEHEER, DEMO_PASSWORD)
    set_up_second_factor(page, DEMO_PASSWORD)
    check("the second-factor set-up and recovery codes")
    page.goto(site("/"))
    check("the home page")
    # The CSP header is really there, with a nonce for the scripts. A short idle limit
    # (from here on) shows that session.js runs.
    settings.WERKPAD_SESSION_IDLE_SECONDS = 4
    settings.WERKPAD_SESSION_WARNING_SECONDS = 3
    response = page.goto(site("/beheer/gebruikers/"))
    csp = response.headers["content-security-policy"]
    assert "script-src 'self' 'nonce-" in csp
    assert "style-src 'self'" in csp and "unsafe-inline" not in csp
    # Both scripts ran: htmx is there and session.js opens its warning.
    assert page.evaluate("typeof window.htmx") == "object"
    expect(page.locator("dialog#session-warning")).to_be_visible(timeout=3_000)
    check("the member list")
    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    settings.WERKPAD_SESSION_WARNING_SECONDS = 2 * 60
    page.goto(site("/beheer/gebruikers/nieuw/"))
    page.get_by_role("button", name="Toevoegen").click()
    # The invalid form comes back with status 400, which Chromium logs as a failed load.
    check("the member invite form", expected_error="status of 400")
    page.goto(site("/profiel/"))
    check("the profile page")
