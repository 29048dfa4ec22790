"""Trainings and werkateliers in the browser (issue 15, item 5), the pages off the journey.

The journey's part (the teamleider sees who in the team still needs the IPS basistraining,
registers that colleague for a session of it and downloads the session's .ics file) is
``test_network_journey``. Here the organiser's other pages: the list of what is coming (a full
werkatelier's truthful waiting-list wording), the register of trainings, one's own trainings,
planning, editing and cancelling a session, the forms also refused. The employer signs a
manager up for the two days of Harrie Helpt, sees both days and whom it signed up on the
event page (with the way back to its own page), and cancels after the page asks first.
axe-core (WCAG 2.1 AA), id references and the form structure are checked on every page at
1280 px, and the list of coming sessions at 360 px, where it must not scroll sideways. The
data is made through the services."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from werkpad.access.actor import actor_for_user
from werkpad.network.models import Event, EventKind, Registration, Training
from werkpad.network.services import trainings as services
from werkpad.organisations.models import OrganisationType, Role, Team
from werkpad.testing import PASSWORD, enable_totp, make_organisation, make_user

from .conftest import TOTP_SECRET, log_in
from .test_layout import NO_HORIZONTAL_SCROLL
from .test_trajectory_accessibility import Report

pytestmark = pytest.mark.browser


@dataclass
class Region:
    lead: Any
    iris: Any
    employer: Any
    session: Event
    werkatelier: Event
    harrie_helpt: Event


def _person(organisation: Any, role: str, name: str, email: str, team: Team | None = None) -> Any:
    user = make_user(organisation=organisation, role=role, full_name=name, email=email, mfa=False)
    enable_totp(user, TOTP_SECRET)
    if team is not None:
        user.memberships.update(team=team)
    return user


def _plan(lead: Any, **values: Any) -> Event:
    start = timezone.localtime().replace(hour=9, minute=30, second=0, microsecond=0)
    start += timedelta(days=values.pop("days"))
    details = services.EventDetails(
        starts_at=start, ends_at=start + timedelta(minutes=values.pop("minutes")), **values
    )
    return services.event_plan(actor=actor_for_user(lead), details=details)


@pytest.fixture
def region(site: Any) -> Region:
    ggz = make_organisation("GGZ Oost (demo)")
    team = Team.objects.create(organisation=ggz, name="IPS-team Oost")
    lead = _person(ggz, Role.TEAMLEIDER, "Tessa Teamleider", "tessa@ggz.test", team)
    iris = _person(ggz, Role.IPS_TRAJECTBEGELEIDER, "Iris de Vries", "iris@ggz.test", team)
    _person(ggz, Role.JOBCOACH, "Jan Jansen", "jan@ggz.test", team)
    bakery = make_organisation("Bakkerij Brood (demo)", OrganisationType.EMPLOYER)
    employer = _person(bakery, Role.WERKGEVER_CONTACTPERSOON, "Wim Werkgever", "wim@bakkerij.test")
    ips = Training.objects.create(
        code="ips-basistraining",
        title="IPS basistraining",
        provider="Kenniscentrum Phrenos",
        summary="De training voor IPS-trajectbegeleiders.",
        source_url="https://example.org/ips",
        duration="Een dag",
        audience=f"{Role.IPS_TRAJECTBEGELEIDER},{Role.TEAMLEIDER}",
        required_for=Role.IPS_TRAJECTBEGELEIDER,
    )
    harrie = Training.objects.create(
        code="harrie-helpt",
        title="Harrie Helpt",
        provider="CNV Jongeren",
        summary="Voor leidinggevenden en collega's op de werkvloer.",
        audience=Role.WERKGEVER_CONTACTPERSOON,
        for_employers=True,
    )
    session = _plan(
        lead,
        kind=EventKind.TRAINING,
        training=ips,
        title="IPS basistraining",
        days=21,
        minutes=420,
        capacity=12,
        online_url="https://leren.example/ips-basistraining",
        audience="Nieuwe IPS-trajectbegeleiders",
    )
    werkatelier = _plan(
        lead,
        kind=EventKind.WERKATELIER,
        title="Werkatelier Zorg en werk verbinden",
        description="Professionals van ggz en Werk & Inkomen leren elkaar kennen.",
        days=14,
        minutes=180,
        capacity=1,
        place="Vergaderzaal De Brug, Catharijnesingel 10, Utrecht",
    )
    services.registration_create(actor=actor_for_user(lead), event=werkatelier)  # now full
    first_day = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0)
    first_day += timedelta(days=28)
    harrie_helpt = _plan(
        lead,
        kind=EventKind.TRAINING,
        training=harrie,
        title="Harrie Helpt",
        days=28,
        minutes=420,
        capacity=14,
        place="Werkgeversservicepunt, Stationsplein 5, Utrecht",
        more_days=((first_day + timedelta(days=7), first_day + timedelta(days=7, hours=7)),),
    )
    return Region(lead, iris, employer, session, werkatelier, harrie_helpt)


def _check(page: Any, report: Report, label: str, heading: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    report.check(label)


def test_the_organisers_other_pages_pass_axe(axe_page: Any, site: Any, region: Region) -> None:
    """Every page of the part the teamleider has that the journey does not visit, the forms
    also refused."""
    page, report = axe_page, Report(axe_page)
    log_in(page, site, "tessa@ggz.test", PASSWORD, TOTP_SECRET)
    page.goto(site("/netwerk/trainingen/"))
    _check(page, report, "list", "Trainingen en werkateliers")
    card = page.locator(f'[data-event="{region.werkatelier.pk}"]')
    expect(card.locator("[data-places]")).to_contain_text(
        "Vol: wie zich nu aanmeldt, komt op de wachtlijst (er wacht nog niemand)"
    )
    page.goto(site("/netwerk/trainingen/aanbod/"))
    _check(page, report, "register", "Trainingsaanbod")
    page.goto(site("/netwerk/trainingen/mijn/"))
    _check(page, report, "mine", "Mijn trainingen")
    page.get_by_role("button", name="Vastleggen").click()
    expect(page.get_by_role("region", name="Er is iets niet goed ingevuld")).to_be_focused()
    report.check("mine: refused")
    page.goto(site("/netwerk/trainingen/nieuw/"))
    _check(page, report, "plan", "Plan een bijeenkomst")
    page.get_by_label("Titel").fill("Werkatelier")
    page.get_by_role("button", name="Bijeenkomst plannen").click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("plan: refused")
    page.goto(site(f"/netwerk/trainingen/{region.werkatelier.pk}/bewerken/"))
    _check(page, report, "edit", "Werkatelier Zorg en werk verbinden bewerken")
    page.get_by_label("Aantal plaatsen").fill("0")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Vul minstens 1 plaats in.").first).to_be_visible()
    report.check("edit: refused")
    page.goto(site(f"/netwerk/trainingen/{region.werkatelier.pk}/afgelasten/"))
    _check(page, report, "cancel", "Werkatelier Zorg en werk verbinden afgelasten")
    page.goto(site(f"/netwerk/trainingen/{region.werkatelier.pk}/"))
    _check(page, report, "event with a full list", "Werkatelier Zorg en werk verbinden")
    report.assert_clean()


def test_the_employers_page_passes_axe(axe_page: Any, site: Any, region: Region) -> None:
    page, report = axe_page, Report(axe_page)
    log_in(page, site, "wim@bakkerij.test", PASSWORD, TOTP_SECRET)
    page.goto(site("/netwerk/trainingen/werkgever/"))
    _check(page, report, "employer", "Leidinggevenden aanmelden voor een training")
    page.get_by_label("Naam").fill("Mila Manager")
    page.get_by_label("E-mailadres").fill("mila@")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text("Vul een geldig e-mailadres in").first).to_be_visible()
    report.check("employer: refused")
    page.get_by_label("Training", exact=True).select_option(index=1)
    page.get_by_label("E-mailadres").fill("mila@bakkerij.test")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text("Mila Manager is aangemeld voor Harrie Helpt.")).to_be_visible()
    report.check("employer: signed up")

    # The event page: both days, whom the employer signed up, and the way back to its page.
    page.locator("[data-events]").get_by_role("link", name="Harrie Helpt").click()
    _check(page, report, "employer: event", "Harrie Helpt")
    expect(page.locator("[data-days] li")).to_have_count(2)
    expect(page.locator("[data-ours]")).to_have_text("U heeft 1 persoon aangemeld:")
    expect(page.locator("[data-our-registrations]")).to_contain_text("Mila Manager")
    expect(page.get_by_role("button", name="Meld me aan")).to_have_count(0)
    response = page.request.get(site(f"/netwerk/trainingen/{region.harrie_helpt.pk}/agenda.ics"))
    assert len(Calendar.from_ical(response.body()).walk("VEVENT")) == 2
    page.get_by_role("link", name="Trainingen voor leidinggevenden").first.click()
    _check(page, report, "employer: back", "Leidinggevenden aanmelden voor een training")

    # Afmelden asks first.
    page.locator("[data-registrations]").get_by_role("link", name=re.compile("Afmelden")).click()
    _check(page, report, "employer: cancel?", "Mila Manager afmelden voor Harrie Helpt")
    expect(page.locator("[data-confirm-question]")).to_contain_text(
        "Weet u zeker dat u Mila Manager wilt afmelden?"
    )
    assert Registration.objects.get(name="Mila Manager").status == "registered"
    page.get_by_role("button", name="Ja, afmelden").click()
    expect(page.get_by_text("Mila Manager is afgemeld voor Harrie Helpt.")).to_be_visible()
    report.check("employer: cancelled")
    assert Registration.objects.get(name="Mila Manager").status == "cancelled"
    report.assert_clean()


def test_the_list_fits_a_phone(phone: Any, site: Any, region: Region) -> None:
    page, report = phone, Report(phone)
    log_in(page, site, "iris@ggz.test", PASSWORD, TOTP_SECRET)
    page.goto(site("/netwerk/trainingen/"))
    _check(page, report, "list at 360 px", "Trainingen en werkateliers")
    layout = page.evaluate(NO_HORIZONTAL_SCROLL)
    assert layout["scrollWidth"] <= layout["clientWidth"] and not layout["wide"], layout
    report.assert_clean()
