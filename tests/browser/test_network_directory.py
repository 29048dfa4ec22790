"""Who is who, the search in Dutch, the knowledge base and the regional agreement (issue 15,
items 1, 2, 4 and 6), clicked through in Chromium on the demo region.

The UWV arbeidsdeskundige looks for the ggz's key person for IPS in Midden-Utrecht (topic and
kind of organisation: two choices, one click), searches the network for "werkgevers" and opens
an article that says "werkgever", marks it helpful, and reads the regional agreement with the
seed's target. The ggz's functioneel beheerder opens the own entry; the regiocoördinator the
article form and the agreement's edit page. axe-core (WCAG 2.1 AA) passes on every page, and
the directory and the search fit a 360-pixel-wide phone."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from werkpad.network.models import ArticleFeedback

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


def test_find_the_key_person_search_read_and_the_agreement(
    demo: Any, site: Any, new_context: Any
) -> None:
    problems: list[str] = []
    page = _page(new_context)
    log_in_demo(page, site, AD)

    page.get_by_role("link", name="Netwerk").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Regionaal netwerk")
    _axe(page, problems, "the network's start page")
    page.get_by_role("link", name="Wie is wie in de regio").click()
    page.get_by_label("Onderwerp").select_option("ips")
    page.get_by_label("Soort organisatie").select_option("ggz")
    page.get_by_role("button", name="Zoeken").click()
    key_person = page.locator("[data-key-person]").first
    expect(key_person).to_contain_text("Fatima El Amrani")
    expect(key_person).to_contain_text("best bereikbaar: di en do ochtend")
    expect(key_person.locator("a[href^='tel:']")).to_have_count(1)
    _axe(page, problems, "who is who, filtered")
    page.get_by_role("link", name="GGZ Centraal Utrecht (demo)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("GGZ Centraal Utrecht (demo)")
    _axe(page, problems, "an organisation's page")

    # Search in another word form: "werkgevers" finds the article that says "werkgever".
    page.goto(site("/netwerk/zoeken/"))
    page.get_by_label("Zoek in artikelen, vragen en organisaties").fill("werkgevers")
    page.get_by_role("button", name="Zoeken").click()
    hit = page.locator("[data-hit='article']", has_text="Loonkostensubsidie")
    expect(hit).to_have_count(1)
    expect(hit.locator("[data-excerpt] mark").first).to_be_visible()  # the matched word
    _axe(page, problems, "the search results")
    hit.get_by_role("link").click()
    expect(page.locator("main")).to_contain_text("werkgever")
    expect(page.locator("[data-source-date]")).to_contain_text("bron van")
    _axe(page, problems, "an article")
    page.get_by_role("link", name="Terug naar de zoekresultaten").click()
    expect(page.get_by_label("Zoek in artikelen, vragen en organisaties")).to_have_value(
        "werkgevers"
    )
    expect(hit).to_have_count(1)
    hit.get_by_role("link").click()
    page.get_by_role("button", name="Dit artikel was nuttig").click()
    expect(page.locator("main")).to_contain_text("Je vond dit artikel nuttig.")
    assert ArticleFeedback.objects.filter(user__email=AD, kind="helpful").count() == 1
    page.goto(site("/netwerk/kennisbank/"))
    expect(page.get_by_role("heading", level=2)).to_have_count(7)
    _axe(page, problems, "the knowledge base")

    page.goto(site("/netwerk/afspraken/"))
    page.locator("main ul a").first.click()
    expect(page.locator("[data-target]", has_text="80%")).to_contain_text(
        "80% van de mensen met autisme aan het werk helpen"
    )
    _axe(page, problems, "the regional agreement")

    beheer = _page(new_context)
    log_in_demo(beheer, site, BEHEER)
    beheer.goto(site("/netwerk/wie-is-wie/onze-vermelding/"))
    expect(beheer.get_by_label("Wat doet jullie organisatie?")).not_to_be_empty()
    _axe(beheer, problems, "the own entry")

    regio = _page(new_context)
    log_in_demo(regio, site, REGIO)
    regio.goto(site("/netwerk/kennisbank/nieuw/"))
    _axe(regio, problems, "the article form")
    regio.goto(site("/netwerk/afspraken/"))
    regio.locator("main ul a").first.click()
    regio.get_by_role("link", name="Afspraak bijwerken").click()
    _axe(regio, problems, "the agreement's edit page")

    assert not problems, "\n\n".join(problems)


def test_who_is_who_and_the_search_fit_a_phone(demo: Any, site: Any, new_context: Any) -> None:
    page = _page(new_context, viewport={"width": 360, "height": 740}, is_mobile=True)
    log_in_demo(page, site, AD)
    problems: list[str] = []
    for path in ("/netwerk/wie-is-wie/?onderwerp=wgb", "/netwerk/zoeken/?q=re-integratie"):
        page.goto(site(path))
        assert page.evaluate(NO_HORIZONTAL_SCROLL), f"{path} scrolls sideways on a phone"
        _axe(page, problems, path)
    assert not problems, "\n\n".join(problems)
