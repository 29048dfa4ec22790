"""My money, concretely, on a phone (issue 13, item 15): Eva has WW. Her income page starts
from the WW her file records; she types her WW-maandloon, the wage of a job of 20 hours and
the day her WW ends, and sees the sum line by line, how much more she has with work, what
happens on the day her WW ends, and the rules' sources; then she asks her question, which
goes to UWV (who decides on her WW), and lands in the conversation. axe-core finds nothing
at 360 px, with the sum shown and with a refused amount."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from .conftest import axe_violations, format_violations, log_in_demo

pytestmark = pytest.mark.browser

CLIENT = "eva@client.demo.example"


def test_eva_works_out_her_ww_and_asks_uwv(phone, site, demo):
    from werkpad.organisations.models import Membership
    from werkpad.portal.models import Thread

    log_in_demo(phone, site, CLIENT)
    phone.goto(site("/mijn/inkomen/"))
    expect(phone.get_by_role("radio", name="WW")).to_be_checked()
    example = phone.locator("[data-example-form=ww]")
    expect(example.get_by_text("We bewaren deze bedragen niet.")).to_be_visible()
    route = phone.locator("[data-route]")
    expect(route).to_have_attribute("data-route", "handler")
    expect(route).to_contain_text("UWV")

    # A typing slip first: the summary names it, nothing is computed.
    example.get_by_label("Je WW-maandloon, bruto").fill("twee duizend")
    example.get_by_label("Wat je gaat verdienen per maand, bruto").fill("1.150")
    example.get_by_label("2 maanden of langer").check()
    example.get_by_role("button", name="Reken uit").click()
    summary = phone.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text(
        ["Je WW-maandloon, bruto: Vul een bedrag in euro's in, bijvoorbeeld 1.250 of 1250,50."]
    )
    expect(phone.locator("[data-example]")).to_have_count(0)
    violations = axe_violations(phone)
    assert not violations, f"axe-core at 360 px (refused)\n{format_violations(violations)}"

    ends = timezone.localdate() + timedelta(days=150)
    example = phone.locator("[data-example-form=ww]")
    example.get_by_label("Je WW-maandloon, bruto").fill("2.300")
    example.get_by_label("Mijn WW stopt op").fill(ends.isoformat())
    example.get_by_role("button", name="Reken uit").click()
    result = phone.locator("[data-example=ww_aanvulling]")
    expect(result).to_be_visible()
    expect(result).to_be_focused()  # so it comes into view below the form on a phone
    # 2,300 - 1,150 = 1,150 left; 70% of it is 805; with work 1,955 against 1,610 on WW only.
    expect(result).to_contain_text("€ 805,00")
    expect(result.locator("[data-difference]")).to_have_text(
        "Met werk heb je ongeveer € 1.955,00 per maand. Met alleen je uitkering was dat "
        "€ 1.610,00. Met werk heb je dus € 345,00 meer."
    )
    expect(
        result.get_by_role("link", name="UWV: Uw WW-uitkering berekenen als u inkomsten heeft")
    ).to_be_visible()
    expect(phone.locator(f"[data-ww-end='{ends.isoformat()}']")).to_contain_text(
        "Werken verandert die datum niet."
    )
    violations = axe_violations(phone)
    assert not violations, f"axe-core at 360 px (example)\n{format_violations(violations)}"

    phone.get_by_role("button", name="Stuur mijn vraag over inkomen").click()
    expect(phone.get_by_text("Je vraag is verstuurd naar")).to_be_visible()
    thread = Thread.objects.filter(trajectory__client__user__email=CLIENT).latest("pk")
    assert Membership.objects.filter(user=thread.professional, organisation__type="uwv").exists()
    assert "2.300" not in thread.messages.get().body  # her amounts stay with her
