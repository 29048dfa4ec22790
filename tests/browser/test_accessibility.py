"""axe-core finds no WCAG 2.1 A/AA violation on the pages each kind of user sees, and no
id is duplicated or referenced without existing.

Each test visits several pages and reports the violations of all of them at once, so one
broken page does not hide another.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from werkpad.demo import DEMO_PASSWORD

from .conftest import (
    activate_totp,
    axe_violations,
    format_violations,
    give_totp,
    log_in_demo,
    read_totp_secret,
    reauthenticate_if_asked,
    submit_password,
    submit_totp,
)

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"
GGZ = "GGZ Centraal Utrecht (demo)"
BEHEER = "beheer@ggz.demo.example"
WERKGEVER = "werkgever@korenschoof.demo.example"
CLIENT = "client@demo.example"


# axe-core puts an id shared by elements that ARIA refers to under "needs review", not under
# violations (duplicate-id-aria has reviewOnFail); an aria-describedby that points at a
# duplicated or missing id still fails the user, so this check fails the test.
BROKEN_REFERENCES = """() => {
    const problems = [];
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
    for (const [id, n] of seen) if (n > 1) problems.push(`duplicate id "${id}" (${n}x)`);
    for (const el of document.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
        for (const attr of ['aria-describedby', 'aria-labelledby']) {
            for (const ref of (el.getAttribute(attr) || '').split(/\\s+/).filter(Boolean)) {
                if (!document.getElementById(ref)) {
                    problems.push(`${attr} of #${el.id} names missing "${ref}"`);
                }
            }
        }
    }
    return problems;
}"""


class AxeReport:
    """Violations per page, asserted together at the end of a test."""

    def __init__(self, page):
        self.page = page
        self.found: dict[str, str] = {}

    def check(self, label: str) -> None:
        violations = axe_violations(self.page)
        problems = self.page.evaluate(BROKEN_REFERENCES)
        if violations or problems:
            text = format_violations(violations) + "".join(f"\n{p}" for p in problems)
            self.found[label] = f"{self.page.url}\n{text}"

    def assert_clean(self) -> None:
        assert not self.found, "axe-core (WCAG 2.1 AA) and id references\n" + "\n\n".join(
            f"== {label}: {text}" for label, text in self.found.items()
        )


def test_login_and_second_factor_pages(axe_page, site, demo):
    page, report = axe_page, AxeReport(axe_page)
    page.goto(site("/accounts/login/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen bij Werkpad")
    report.check("login")

    # A failed login shows its error; the page must stay accessible with it.
    page.locator("input[name=login]").fill(IPS)
    page.get_by_role("button", name="Inloggen", exact=True).click()
    expect(page.locator(".utrecht-form-field--invalid, [role=alert]").first).to_be_visible()
    report.check("login with errors")

    page.goto(site("/accounts/login/?expired=1&next=/profiel/"))
    expect(page.get_by_role("alert")).to_contain_text("Je sessie is verlopen")
    report.check("login after an expired session")

    secret = give_totp(IPS)
    submit_password(page, site, IPS, DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    report.check("second factor: enter code")
    submit_totp(page, secret)
    expect(page).to_have_url(site("/profiel/"))  # the next= of the expired-session link
    report.assert_clean()


def test_second_factor_set_up_pages(axe_page, site, demo):
    """A professional without a second factor is sent to set one up before anything else."""
    page, report = axe_page, AxeReport(axe_page)
    submit_password(page, site, IPS, DEMO_PASSWORD)
    if "/accounts/reauthenticate/" in page.url:
        report.check("confirm password before set-up")
        reauthenticate_if_asked(page, DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/"))
    read_totp_secret(page)
    report.check("set up authenticator app")

    page.locator("input[name=code]").fill("000000")
    page.locator("form:has(input[name=code]) button[type=submit]:not([form])").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/"))
    expect(page.locator(".utrecht-form-field--invalid")).to_have_count(1)
    report.check("set up authenticator app, wrong code")

    secret = read_totp_secret(page)
    activate_totp(page, secret)
    if "/accounts/reauthenticate/" in page.url:
        report.check("confirm password before the recovery codes")
        reauthenticate_if_asked(page, DEMO_PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/"))
    report.check("recovery codes")
    page.goto(site("/accounts/2fa/"))
    report.check("second factor overview")
    report.assert_clean()


def test_professional_pages(axe_page, site, demo):
    from werkpad.clients.models import Client

    page, report = axe_page, AxeReport(axe_page)
    log_in_demo(page, site, IPS)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Fatima El Amrani")
    report.check("home (professional)")

    page.goto(site("/profiel/"))
    expect(page.get_by_label("Naam")).to_have_value("Fatima El Amrani")
    report.check("profile")

    page.get_by_label("Naam").fill("")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".utrecht-form-field-error-message")).to_have_text("Vul je naam in.")
    report.check("profile with an error")

    page.goto(site("/clienten/"))
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(_clients_on_first_page(IPS))
    report.check("client list")

    client = Client.objects.get(full_name="Sanne de Vries")
    page.get_by_role("link", name="Sanne de Vries").click()
    expect(page).to_have_url(site(f"/clienten/{client.public_id}/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Sanne de Vries")
    report.check("client detail")

    # Issue 11: the consents page, the withdrawal that asks for a reason (refused without
    # one), and asking for access outside the team (refused without a reason).
    from werkpad.clients.models import Consent
    from werkpad.trajectories.models import TeamMember

    consent = Consent.objects.filter(
        client__organisation__name=GGZ, withdrawn_at__isnull=True
    ).first()
    assert consent is not None, "the demo has a consent recorded by the ggz"
    page.goto(site(f"/clienten/{consent.client.public_id}/toestemmingen/"))
    report.check("consents")
    page.goto(site(f"/clienten/{consent.client.public_id}/toestemmingen/{consent.pk}/intrekken/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("intrekken")
    report.check("consent withdrawal")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("consent withdrawal without a reason")
    on_her_teams = TeamMember.objects.filter(user__email=IPS).values("trajectory__client_id")
    outside = Client.objects.filter(organisation__name=GGZ).exclude(pk__in=on_her_teams).first()
    assert outside is not None, "the demo has a ggz client outside Fatima's teams"
    page.goto(site(f"/clienten/{outside.public_id}/toegang-buiten-team/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Toegang buiten het team")
    report.check("break the glass")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("break the glass without a reason")

    page.goto(site("/sessies/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn sessies")
    report.check("sessions")

    page.goto(site("/accounts/email/"))
    reauthenticate_if_asked(page, DEMO_PASSWORD)
    expect(page.get_by_role("main").get_by_role("textbox").first).to_have_value(IPS)
    report.check("change e-mail address")

    # A password that breaks several rules at once: several errors at one field.
    page.goto(site("/accounts/password/change/"))
    reauthenticate_if_asked(page, DEMO_PASSWORD)
    report.check("change password")
    page.locator("input[name=oldpassword]").fill(DEMO_PASSWORD)
    page.locator("input[name=password1]").fill("12345678")
    page.locator("input[name=password2]").fill("12345678")
    page.locator("main form button[type=submit]").first.click()
    new_password_errors = page.locator("#id_password1_error")
    expect(new_password_errors).to_contain_text("te algemeen")
    expect(new_password_errors).to_contain_text("alleen cijfers")
    report.check("change password with errors")
    report.assert_clean()


def test_functioneel_beheerder_pages(axe_page, site, demo):
    page, report = axe_page, AxeReport(axe_page)
    log_in_demo(page, site, BEHEER)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Tom de Wit")
    report.check("home (functioneel beheerder)")

    page.goto(site("/beheer/gebruikers/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Gebruikers van")
    expect(page.locator("tbody tr")).to_have_count(4)  # the GGZ's four demo memberships
    report.check("member list")

    page.get_by_role("link", name="Gebruiker toevoegen").click()
    expect(page).to_have_url(site("/beheer/gebruikers/nieuw/"))
    report.check("member invite")
    page.get_by_role("button", name="Toevoegen").click()
    errors = page.locator(".utrecht-form-field-error-message")
    expect(errors.first).to_be_visible()
    assert errors.count() >= 2, "an empty invite names every required field"
    report.check("member invite with errors")

    page.goto(site("/beheer/toegangslog/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Toegangslog")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("table")).to_be_visible()
    report.check("access log search")
    report.assert_clean()


def test_employer_home(axe_page, site, demo):
    page, report = axe_page, AxeReport(axe_page)
    log_in_demo(page, site, WERKGEVER)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Henk Smit")
    report.check("home (employer)")
    report.assert_clean()


def test_client_pages(axe_page, site, demo):
    page, report = axe_page, AxeReport(axe_page)
    log_in_demo(page, site, CLIENT)
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn pad naar werk")
    report.check("home (client): her path in the portal")
    page.goto(site("/profiel/"))
    report.check("profile (client)")
    report.assert_clean()


def _clients_on_first_page(email: str) -> int:
    """What the client list should show: the records the policy lets this user see, paged."""
    from werkpad.access.actor import actor_for_user
    from werkpad.access.policy import visible_to
    from werkpad.accounts.models import User
    from werkpad.clients.models import Client
    from werkpad.clients.selectors import PAGE_SIZE

    actor = actor_for_user(User.objects.get(email=email))
    return min(visible_to(actor, Client.objects.all()).count(), PAGE_SIZE)
