"""The error summary on a phone (issue 13, item 5): after a refused submit the summary at the
top of the form has the focus, so a screen reader reads it and the phone shows it instead of
leaving the errors out of sight; the page title says there is an error; a link in the
summary moves the focus to its field with the field's label in view; axe-core finds nothing
at 360 px with the errors shown."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations, format_violations, log_in_demo

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"

ACTIVE = """() => {
    const el = document.activeElement;
    return {id: el.id, summary: el.matches('[data-error-summary]')};
}"""
IN_VIEW = """(el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
}"""


def test_a_refused_form_focuses_its_summary_and_links_to_the_fields(phone, site, demo):
    log_in_demo(phone, site, IPS)
    phone.goto(site("/clienten/nieuw/"))
    expect(phone.locator("[data-error-summary]")).to_have_count(0)
    title = phone.title()

    phone.locator("#id_email").fill("geen-adres")  # and the name left empty
    phone.get_by_role("button", name="Opslaan").click()
    summary = phone.get_by_role("region", name="Er is iets niet goed ingevuld")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert phone.evaluate(ACTIVE)["summary"]
    assert summary.evaluate(IN_VIEW), "the summary is out of sight on a phone"
    assert phone.title() == f"Fout: {title}"
    # Every field error at once, each as a link; the inline errors stay.
    links = summary.get_by_role("link")
    expect(links).to_have_text(
        [
            "Naam: Vul de naam in.",
            "E-mailadres: Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
        ]
    )
    expect(phone.locator("#id_full_name_error")).to_have_text("Vul de naam in.")

    violations = axe_violations(phone)
    assert not violations, f"axe-core at 360 px\n{format_violations(violations)}"

    links.filter(has_text="E-mailadres").click()
    expect(phone.locator("#id_email")).to_be_focused()
    label = phone.locator("label[for=id_email]")
    assert label.evaluate(IN_VIEW), "the field's label is out of sight after the link"

    # The first link, by keyboard from the summary.
    summary.focus()
    phone.keyboard.press("Tab")
    phone.keyboard.press("Enter")
    expect(phone.locator("#id_full_name")).to_be_focused()
    assert phone.evaluate(ACTIVE)["id"] == "id_full_name"
