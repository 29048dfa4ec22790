"""Issue 11, item 1, clicked through in Chromium as the new user found it: the gemeente's
klantmanager records the client's basic-data consent for the ggz, refers the client to the
ggz's IPS team, then records the client's withdrawal. From then on the ggz's IPS coach sees
nothing of the referral (not in the list, not its page), cannot accept it from a page she
still had open, and nothing of the client reaches her by e-mail."""

from __future__ import annotations

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from werkpad.clients.models import Client, Consent
from werkpad.organisations.models import Gemeente, Organisation
from werkpad.trajectories.digest import send_daily_digests
from werkpad.trajectories.models import Referral, ReferralStatus, Trajectory

from .conftest import log_in_demo

pytestmark = pytest.mark.browser

KLANTMANAGER = "klantmanager@utrecht.demo.example"  # Anouk Jansen, Gemeente Utrecht
IPS = "ips@ggz.demo.example"  # Fatima El Amrani, IPS-team Utrecht-Oost
GGZ = "GGZ Centraal Utrecht (demo)"
IPS_TEAM = f"{GGZ} · IPS-team Utrecht-Oost"
CLIENT_NAME = "Rik Terugtrekker-Verwijsreis"
REASON = "Rik wil snel aan het werk in de groenvoorziening; IPS past bij die wens."


def _open(new_context, site, email):
    page = new_context().new_page()
    page.set_default_timeout(10_000)
    log_in_demo(page, site, email)
    return page


# Consent, withdrawal and handover change who sees what: also on PostgreSQL (.ci/run).
@pytest.mark.every_database
def test_after_withdrawal_the_ggz_sees_nothing_of_the_referral(page, site, demo, new_context):
    gemeente = Organisation.objects.get(name="Gemeente Utrecht (demo)")
    client = Client.objects.create(
        full_name=CLIENT_NAME,
        organisation=gemeente,
        gemeente=Gemeente.objects.get(code="GM0344"),
    )
    pid = client.public_id
    klantmanager = page
    log_in_demo(klantmanager, site, KLANTMANAGER)

    # --- The client agrees that the ggz sees the basic data and re-integration data (the
    # klantmanager's referral reason is re-integration data), for IPS -------------------------
    klantmanager.goto(site(f"/clienten/{pid}/toestemmingen/"))
    klantmanager.get_by_label("Organisatie die mag inzien").select_option(label=GGZ)
    expect(klantmanager.get_by_label("basisgegevens")).to_be_checked()
    klantmanager.get_by_label("re-integratie").check()
    klantmanager.get_by_label("Doel", exact=True).select_option(label="IPS-traject")
    klantmanager.get_by_role("button", name="Toestemming vastleggen").click()
    expect(klantmanager.get_by_text("De toestemming is vastgelegd.")).to_be_visible()
    assert Consent.objects.filter(client=client, recipient__name=GGZ).count() == 1

    # --- The referral to the ggz's IPS team ------------------------------------------------------
    klantmanager.goto(site(f"/clienten/{pid}/verwijzen/"))
    klantmanager.get_by_label("Route").select_option(label="IPS")
    klantmanager.get_by_label("Naar team").select_option(label=IPS_TEAM)
    klantmanager.get_by_label("Reden van verwijzing").fill(REASON)
    klantmanager.get_by_role("button", name="Verwijzing versturen").click()
    expect(klantmanager.get_by_text("De verwijzing is verstuurd.")).to_be_visible()
    referral = Referral.objects.get(client=client)
    referral_url = site(f"/verwijzingen/{referral.pk}/")

    # --- The IPS coach sees it, and opens it ---------------------------------------------------
    coach = _open(new_context, site, IPS)
    coach.goto(site("/verwijzingen/"))
    expect(coach.get_by_role("main")).to_contain_text(CLIENT_NAME)
    assert coach.goto(referral_url).status == 200
    expect(coach.get_by_role("main")).to_contain_text(REASON)
    expect(coach.get_by_role("button", name="Accepteren en traject starten")).to_be_visible()

    # --- The client withdraws; the klantmanager records it -------------------------------------
    mail.outbox.clear()
    klantmanager.goto(site(f"/clienten/{pid}/toestemmingen/"))
    klantmanager.get_by_role("link", name=f"Intrekken voor {GGZ}").click()
    # The confirmation page: what stops, for whom; the reason is required.
    expect(klantmanager.get_by_role("heading", level=1)).to_have_text(
        f"Toestemming voor {GGZ} intrekken"
    )
    klantmanager.get_by_label("Waarom wordt de toestemming ingetrokken?").fill(
        "De cliënt trekt de toestemming in."
    )
    klantmanager.get_by_role("button", name="Ja, trek de toestemming in").click()
    expect(
        klantmanager.get_by_text("De toestemming is ingetrokken. Dat geldt meteen.")
    ).to_be_visible()

    # The coach still has the referral's page open and presses "Accepteren": refused.
    with coach.expect_response(lambda r: r.request.method == "POST") as answer:
        coach.get_by_role("button", name="Accepteren en traject starten").click()
    assert answer.value.status == 404
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.PENDING
    assert not Trajectory.objects.filter(client=client).exists()

    # Not in the list, and the page is gone.
    coach.goto(site("/verwijzingen/"))
    main = coach.get_by_role("main")
    expect(main).not_to_contain_text(CLIENT_NAME)
    expect(main).not_to_contain_text(REASON)
    assert coach.goto(referral_url).status == 404
    assert coach.goto(site(f"/clienten/{pid}/")).status == 404

    # Nothing of the client reaches the ggz by e-mail: not the daily digest, not anything else.
    send_daily_digests(timezone.localdate())
    ggz_addresses = {"ips@ggz.demo.example", "behandelaar@ggz.demo.example"}
    for message in mail.outbox:
        if ggz_addresses & set(message.to):
            assert pid not in message.body and CLIENT_NAME not in message.body, message.body

    # The klantmanager still sees what she sent.
    klantmanager.goto(site("/verwijzingen/"))
    expect(klantmanager.get_by_role("main")).to_contain_text(CLIENT_NAME)
