"""A professional records a new client through the browser: clear errors, the duplicate
warning, the saved record with the organisation's own number, and editing; every page passes
axe-core's WCAG 2.1 AA rules."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, Consent

from .conftest import log_in_demo
from .test_accessibility import AxeReport

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"


def test_recording_and_editing_a_client(axe_page, site, demo):
    page, report = axe_page, AxeReport(axe_page)
    log_in_demo(page, site, IPS)
    page.goto(site("/clienten/"))
    page.get_by_role("link", name="Nieuwe cliënt").click()
    expect(page).to_have_url(site("/clienten/nieuw/"))
    report.check("new client")

    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".utrecht-form-field-error-message")).to_have_text("Vul de naam in.")
    report.check("new client with an error")

    # Sanne de Vries (born 14 March 1994) is already known to this ggz: a warning, no record.
    page.get_by_label("Naam").fill("sanne de vries")
    page.get_by_label("Geboortedatum").fill("1994-03-14")
    page.get_by_role("button", name="Opslaan").click()
    warning = page.get_by_role("alert")
    expect(warning).to_contain_text("heeft al een dossier van iemand met deze naam")
    expect(warning.get_by_role("link")).to_have_text(re.compile(r"Sanne de Vries \(WP-"))
    report.check("duplicate warning")
    assert Client.objects.filter(full_name__iexact="sanne de vries").count() == 1

    page.get_by_label("Naam").fill("Sanne de Vries")
    page.get_by_label("Eigen cliëntnummer").fill("EPD-4471")
    page.get_by_label("Dit is een andere persoon").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sanne de Vries")
    expect(page.get_by_text("EPD-4471")).to_be_visible()
    report.check("client detail with own number")
    created = Client.objects.filter(full_name="Sanne de Vries").latest("id")
    assert AccessLogEntry.objects.filter(
        event_code="client.create", client_pid=created.public_id
    ).exists()

    page.get_by_role("link", name="Gegevens wijzigen").click()
    expect(page.get_by_label("Eigen cliëntnummer")).to_have_value("EPD-4471")
    report.check("edit client")
    page.get_by_label("Telefoonnummer").fill("bel me")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".utrecht-form-field-error-message")).to_have_text(
        "Vul een telefoonnummer in, zoals 06 12345678."
    )
    report.check("edit client with an error")
    page.get_by_label("Telefoonnummer").fill("06 12345678")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De gegevens zijn opgeslagen.")).to_be_visible()
    created.refresh_from_db()
    assert created.phone == "06 12345678"
    report.assert_clean()


# Consent, withdrawal and handover change who sees what: also on PostgreSQL (.ci/run).
@pytest.mark.every_database
def test_consent_opens_the_record_to_uwv_and_withdrawal_closes_it(axe_page, site, demo, browser):
    from .conftest import log_in_demo as log_in_as

    page, report = axe_page, AxeReport(axe_page)
    sanne = Client.objects.get(full_name="Sanne de Vries")
    detail = site(f"/clienten/{sanne.public_id}/")
    log_in_demo(page, site, IPS)
    page.goto(detail)
    page.get_by_role("link", name="Toestemmingen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Toestemmingen van Sanne de Vries")
    report.check("consents")

    page.get_by_role("button", name="Toestemming vastleggen").click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_have_text(
        "Kies een organisatie of het team van een traject."
    )
    report.check("consents with an error")

    page.get_by_label("Organisatie die mag inzien").select_option(label="UWV Utrecht (demo)")
    page.get_by_label("Alleen voor de rol").select_option(value="arbeidsdeskundige")
    page.get_by_label("werk", exact=True).check()
    page.get_by_label("re-integratie").check()
    page.get_by_role("button", name="Toestemming vastleggen").click()
    expect(page.get_by_text("De toestemming is vastgelegd.")).to_be_visible()
    report.check("consents with one recorded")

    # The arbeidsdeskundige of UWV now opens Sanne's record, in a browser of their own.
    uwv_context = browser.new_context(locale="nl-NL")
    uwv = uwv_context.new_page()
    log_in_as(uwv, site, "arbeidsdeskundige@uwv.demo.example")
    assert uwv.goto(detail).status == 200
    expect(uwv.get_by_role("heading", level=1)).to_have_text("Sanne de Vries")
    read = AccessLogEntry.objects.filter(event_code="client.read", client_pid=sanne.public_id)
    assert read.latest("id").basis == "consent"

    page.get_by_role("link", name=re.compile("Intrekken")).click()
    # Withdrawal by a professional asks for confirmation and the reason (issue 11, item 4).
    page.get_by_label("Waarom wordt de toestemming ingetrokken?").fill(
        "Sanne wil niet meer dat UWV meekijkt."
    )
    page.get_by_role("button", name="Ja, trek de toestemming in").click()
    expect(page.get_by_text("De toestemming is ingetrokken. Dat geldt meteen.")).to_be_visible()
    consent = Consent.objects.filter(client=sanne).latest("id")
    assert consent.withdrawal_reason == "Sanne wil niet meer dat UWV meekijkt."
    assert uwv.goto(detail).status == 404
    uwv_context.close()
    report.assert_clean()
