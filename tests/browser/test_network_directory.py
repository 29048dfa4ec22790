"""Who is who, the search in Dutch, the knowledge base and the regional agreement (issue 15,
items 1, 2, 4 and 6): the pages off the journey, in Chromium on the demo region.

The journey (the UWV arbeidsdeskundige finds the ggz's key person for IPS, searches in
another word form, reads the article and the regional agreement; the regiocoördinator's
agreement edit page) is ``test_network_journey``. Here the ggz's functioneel beheerder opens
the own entry and the regiocoördinator the form for a new article, and the directory and the
search fit a 360-pixel-wide phone; the regiocoördinator keeps the knowledge base's editors and
the agreement's partners and targets. axe-core (WCAG 2.1 AA) passes on every page."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import AXE_JS, axe_violations, format_violations, log_in_demo
from .test_layout import NO_HORIZONTAL_SCROLL

pytestmark = pytest.mark.browser

AD = "arbeidsdeskundige@uwv.demo.example"
BEHEER = "beheer@ggz.demo.example"
REGIO = "regiocoordinator@utrecht.demo.example"


def _page(new_context: Any, **size: Any) -> Any:
    context = new_context(**size)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def _axe(page: Any, problems: list[str], what: str) -> None:
    violations = axe_violations(page)
    if violations:
        problems.append(f"{what} ({page.url}):\n{format_violations(violations)}")


def test_the_own_entry_and_the_article_form(demo: Any, site: Any, new_context: Any) -> None:
    problems: list[str] = []
    beheer = _page(new_context)
    log_in_demo(beheer, site, BEHEER)
    beheer.goto(site("/netwerk/wie-is-wie/onze-vermelding/"))
    expect(beheer.get_by_label("Wat doet jullie organisatie?")).not_to_be_empty()
    _axe(beheer, problems, "the own entry")

    regio = _page(new_context)
    log_in_demo(regio, site, REGIO)
    regio.goto(site("/netwerk/kennisbank/nieuw/"))
    expect(regio.get_by_role("heading", level=1)).to_have_text("Artikel schrijven")
    _axe(regio, problems, "the article form")

    assert not problems, "\n\n".join(problems)


def test_who_is_who_and_the_search_fit_a_phone(demo: Any, site: Any, new_context: Any) -> None:
    page = _page(new_context, viewport={"width": 360, "height": 740}, is_mobile=True)
    log_in_demo(page, site, AD)
    problems: list[str] = []
    for path in ("/netwerk/wie-is-wie/?onderwerp=wgb", "/netwerk/zoeken/?q=re-integratie"):
        page.goto(site(path))
        layout = page.evaluate(NO_HORIZONTAL_SCROLL)
        if layout["scrollWidth"] > layout["clientWidth"] or layout["wide"]:
            problems.append(f"{path} scrolls sideways on a phone: {layout}")
        _axe(page, problems, path)
    assert not problems, "\n\n".join(problems)


def test_the_editors_and_the_agreements_partners_and_targets(
    demo: Any, site: Any, new_context: Any
) -> None:
    """The regiocoördinator's pages of issue 15's follow-up (items 2 and 6) at 1280 pixels:
    the knowledge base's editors, naming one refused, the confirmation to remove one; on the
    agreement a partner's and a target's forms, each also after a refused submit, and the
    confirmations to remove them. axe-core passes on each."""
    problems: list[str] = []
    regio = _page(new_context, viewport={"width": 1280, "height": 900})
    log_in_demo(regio, site, REGIO)
    h1 = regio.get_by_role("heading", level=1)
    refused = regio.get_by_role("region", name="Er is iets niet goed ingevuld")

    regio.goto(site("/netwerk/kennisbank/"))
    regio.locator("[data-editors-link]").first.click()
    expect(h1).to_contain_text("Redactie van de kennisbank")
    expect(regio.locator("[data-editor]").first).to_be_visible()
    _axe(regio, problems, "the editors")
    regio.get_by_label("E-mailadres van je collega").fill("niemand@nergens.example")
    regio.get_by_role("button", name="Aanwijzen").click()
    expect(refused).to_be_visible()
    expect(regio.locator("main")).to_contain_text("werkt geen professional met dit e-mailadres")
    _axe(regio, problems, "the editors, naming refused")
    regio.locator("[data-remove-link]").first.click()
    expect(h1).to_contain_text("als redacteur verwijderen")
    _axe(regio, problems, "removing an editor")

    regio.goto(site("/netwerk/afspraken/"))
    regio.locator("main ul a").first.click()
    regio.get_by_role("link", name="Afspraak bijwerken").click()
    expect(h1).to_contain_text("bijwerken")
    edit_url = regio.url
    if regio.locator("[data-no-candidates]").count() == 0:
        regio.get_by_role("button", name="Partner toevoegen").click()
        expect(refused.first).to_be_visible()
        expect(regio.locator("main")).to_contain_text("Kies een organisatie.")
        _axe(regio, problems, "the agreement, adding a partner refused")

    regio.locator("[data-partner]").first.get_by_role("link", name="Wijzigen").click()
    expect(h1).to_contain_text("in de afspraak")
    _axe(regio, problems, "a partner's tasks and key persons")
    regio.get_by_label("Wat deze partner doet").fill("Bel 06 12345678 voor de intake.")
    regio.get_by_role("button", name="Opslaan").click()
    expect(refused).to_be_visible()
    expect(regio.locator("main")).to_contain_text("lijkt op een persoonlijk telefoonnummer")
    _axe(regio, problems, "a partner, refused")

    regio.goto(edit_url)
    regio.locator("[data-partner]").first.get_by_role("link", name="Verwijderen").click()
    expect(h1).to_contain_text("als partner verwijderen")
    _axe(regio, problems, "removing a partner")

    regio.goto(edit_url)
    regio.locator("[data-target]").first.get_by_role("link", name="Wijzigen").click()
    expect(h1).to_have_text("Doel wijzigen")
    _axe(regio, problems, "a target")
    regio.get_by_label("Percentage").fill("120")
    regio.get_by_label("Of een aantal mensen").fill("")
    regio.get_by_role("button", name="Opslaan").click()
    expect(refused).to_be_visible()
    _axe(regio, problems, "a target, refused")

    regio.goto(edit_url)
    regio.locator("[data-target]").first.get_by_role("link", name="Verwijderen").click()
    expect(h1).to_have_text("Doel verwijderen")
    _axe(regio, problems, "removing a target")

    assert not problems, "\n\n".join(problems)
