"""Peer groups run by their members (issue 15, item 7), in the browser, as Anna on a 360-pixel
phone: she sees who runs each group (a member who hosts it, a professional facilitator),
offers to host her own group, is made its host (by the facilitator: set-up), sees the first
names of the members, changes when the group meets, and steps down (what stopping means sits
above its button), after which the back button to the host page says she no longer hosts
it. axe-core (WCAG 2.1 AA) checks every page she sees, also the form with a message after a
bad edit. Every step is checked in the database too."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from werkpad.access.actor import actor_for_user
from werkpad.organisations.models import OrganisationType, Role
from werkpad.portal.models import GroupMode, PeerGroup, PeerGroupMembership
from werkpad.portal.services.groups import group_host_appoint
from werkpad.testing import PASSWORD, enable_totp, make_organisation, make_user

from .conftest import TOTP_SECRET, axe_violations, format_violations, log_in
from .test_layout import NO_HORIZONTAL_SCROLL

pytestmark = pytest.mark.browser

NEW_SCHEDULE = "Elke donderdag van 19.00 tot 20.30 uur"


@pytest.fixture
def groups_world(reference_data: None, world: Any) -> Any:
    academy = make_organisation("Herstelacademie Kanaal", OrganisationType.PEER)
    starter = make_user(organisation=academy, role=Role.ERVARINGSDESKUNDIGE, full_name="Noor H")
    company = make_organisation("Werkkracht", OrganisationType.REINTEGRATION)
    jobcoach = make_user(organisation=company, role=Role.JOBCOACH, full_name="Joost van Dijk")
    region = academy.regions.get()
    cafe = PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        region=region,
        name="Werkcafé",
        theme="Wat werk voor je betekent",
        description="Een deelnemer is gastheer; er is geen hulpverlener bij.",
        mode=GroupMode.ON_SITE,
        place="Kanaalweg 12, Utrecht",
        schedule="Elke tweede zaterdag, 10.30 uur",
    )
    bert = PeerGroupMembership.objects.create(group=cafe, client=world.other_client_record)
    PeerGroup.objects.filter(pk=cafe.pk).update(host=bert, host_name="Bert")
    start = PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        facilitator=jobcoach,
        region=region,
        name="Op weg naar werk",
        theme="Samen de eerste stappen naar werk zetten",
        description="Een professional helpt de groep op weg.",
        mode=GroupMode.ON_SITE,
        place="Buurthuis De Pijp, Utrecht",
        schedule="Om de week op maandag, 19.30 uur",
    )
    PeerGroupMembership.objects.create(group=start, client=world.other_client_record)
    PeerGroupMembership.objects.create(group=start, client=world.client_record)
    world.groups = {"cafe": cafe, "start": start, "jobcoach": jobcoach}
    return world


def _phone(new_context: Any) -> Any:
    from .conftest import AXE_JS

    context = new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def _check(page: Any, label: str) -> None:
    violations = axe_violations(page)
    assert not violations, f"{label} ({page.url}):\n{format_violations(violations)}"
    found = page.evaluate(NO_HORIZONTAL_SCROLL)
    assert found["scrollWidth"] <= found["clientWidth"] and not found["wide"], (label, found)


def _log_in(page: Any, site: Any, user: Any) -> None:
    secret = None
    if user.needs_second_factor:
        Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
        enable_totp(user, TOTP_SECRET)
        secret = TOTP_SECRET
    log_in(page, site, user.email, PASSWORD, secret)


def _card(page: Any, group: PeerGroup) -> Any:
    return page.locator(f"main li[data-group='{group.pk}']").first


def test_a_client_sees_who_runs_each_group_offers_to_host_and_edits_the_schedule(
    new_context: Any, site: Any, groups_world: Any
) -> None:
    world = groups_world
    cafe, start = world.groups["cafe"], world.groups["start"]
    page = _phone(new_context)
    _log_in(page, site, world.personas["client"])

    # Who runs each group, on every card.
    page.goto(site("/mijn/groepen/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lotgenotengroepen")
    expect(_card(page, cafe)).to_contain_text("Gastvrouw/gastheer: Bert (deelnemer)")
    expect(_card(page, cafe)).to_contain_text(
        "Zonder professional: de deelnemers bepalen samen de inhoud"
    )
    expect(_card(page, cafe)).to_contain_text(
        "Bert, de gastvrouw of gastheer van de groep, ziet je voornaam"
    )
    expect(_card(page, start)).to_contain_text(
        "Begeleiding: Joost van Dijk, jobcoach bij Werkkracht"
    )
    _check(page, "groups page")

    # She offers to host her own group, told first what that means.
    expect(_card(page, start).locator("[data-hosting-explained]")).to_contain_text(
        "Je voornaam staat dan bij de groep"
    )
    _card(page, start).get_by_role("button", name="Ik wil gastvrouw of gastheer zijn").click()
    page.wait_for_load_state()
    expect(page.locator("main")).to_contain_text(
        "Je hebt aangeboden gastvrouw of gastheer te zijn van Op weg naar werk."
    )
    expect(page.locator("main")).to_contain_text("Dat kan ook Joost van Dijk, de begeleider.")
    anna = PeerGroupMembership.objects.get(group=start, client=world.client_record)
    assert anna.offers_to_host
    _check(page, "after offering to host")

    # Set-up: the facilitator makes her the host.
    group_host_appoint(
        actor=actor_for_user(world.groups["jobcoach"]), group=start, membership_id=anna.pk
    )
    page.goto(site("/mijn/groepen/"))
    expect(_card(page, start)).to_contain_text("Jij bent gastvrouw of gastheer van deze groep.")
    expect(_card(page, start)).to_contain_text("Gastvrouw/gastheer: jij")
    _card(page, start).get_by_role("link", name="Deelnemers en gegevens van de groep").click()
    page.wait_for_load_state()
    main = page.locator("main")
    expect(main.locator("[data-members]")).to_contain_text("Anna (jij)")
    expect(main.locator("[data-members]")).to_contain_text("Bert")
    expect(main).not_to_contain_text("Bakker")  # first names only
    _check(page, "host page")

    # A bad edit first: a message, nothing saved.
    schedule = page.get_by_label("Wanneer")
    schedule.fill("")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    expect(page.locator("main")).to_contain_text("Vul in wanneer de groep samenkomt.")
    assert PeerGroup.objects.get(pk=start.pk).schedule == start.schedule
    _check(page, "host page with a message")

    page.get_by_label("Wanneer").fill(NEW_SCHEDULE)
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    expect(page.locator("main")).to_contain_text("De gegevens van de groep zijn opgeslagen.")
    expect(page.get_by_label("Wanneer")).to_have_value(NEW_SCHEDULE)
    assert PeerGroup.objects.get(pk=start.pk).schedule == NEW_SCHEDULE
    _check(page, "host page after saving")
    page.goto(site("/mijn/groepen/"))
    expect(_card(page, start)).to_contain_text(NEW_SCHEDULE)

    # On the phone, what stopping means comes before the button, under its own heading.
    host_url = site(f"/mijn/groepen/{start.pk}/gastheer/")
    page.goto(host_url)
    heading = page.get_by_role("heading", name="Stoppen als gastvrouw of gastheer")
    explanation = page.get_by_text("Stoppen kan altijd.")
    stop = page.get_by_role("button", name="Ik stop als gastvrouw of gastheer")
    tops = [item.bounding_box()["y"] for item in (heading, explanation, stop)]
    assert tops == sorted(tops), tops
    stop.click()
    page.wait_for_load_state()
    assert PeerGroup.objects.get(pk=start.pk).host_id is None
    # The back button to the host page: a page that says what changed, and the way back.
    page.goto(host_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Je bent geen gastvrouw of gastheer (meer) van deze groep"
    )
    expect(page.locator("main")).not_to_contain_text("functioneel beheerder")
    _check(page, "no longer the host")
    page.get_by_role("link", name="Terug naar de groepen").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lotgenotengroepen")


def test_an_ervaringsdeskundige_starts_a_group_on_a_phone(
    new_context: Any, site: Any, groups_world: Any
) -> None:
    """The start page, with its messages, and the group's page after starting: axe on each."""
    starter = PeerGroup.objects.get(name="Werkcafé").started_by
    page = _phone(new_context)
    _log_in(page, site, starter)
    page.goto(site("/groepen/"))
    _check(page, "professionals' groups page")
    page.get_by_role("link", name="Een groep starten").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Een lotgenotengroep starten")
    _check(page, "start page")
    page.get_by_role("button", name="Groep starten").click()
    page.wait_for_load_state()
    expect(page.locator("main")).to_contain_text("Geef de groep een naam.")
    _check(page, "start page with messages")
    assert PeerGroup.objects.count() == 2
    page.get_by_label("Naam van de groep").fill("Herstelwandeling")
    page.get_by_label("Thema").fill("Samen wandelen en praten")
    page.get_by_label("Wat doen we?").fill("We wandelen een uur en praten over wat ons bezighoudt.")
    page.get_by_label("Online").check()
    page.get_by_label("Plaats of link").fill("Online, via een beveiligde videoverbinding")
    page.get_by_label("Wanneer").fill("Elke woensdag, 10.00 uur")
    page.get_by_label("Nee: de deelnemers draaien de groep zelf").check()
    page.get_by_role("button", name="Groep starten").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Herstelwandeling")
    expect(page.locator("main")).to_contain_text("Deze groep zoekt een gastvrouw of gastheer.")
    group = PeerGroup.objects.get(name="Herstelwandeling")
    assert group.started_by == starter and group.facilitator is None
    assert group.region is not None and group.region.code == "AM13"
    _check(page, "the new group's page")
