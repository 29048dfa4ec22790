"""axe-core (WCAG 2.1 AA) finds no violation, no id is duplicated or referenced without
existing, and every label and group of choices is named, on every page of job development
and placement (issue 4): the coach's pages, the pages on a trajectory and a placement, the
employer's own pages, the regional sharing page and the worker's check-in. Every form is also
checked after a refused submit, with its error messages. The coach's pages used on the road
and the worker's check-in fit a 360-pixel-wide phone without scrolling sideways.

The pages are one table, keyed by URL name, so a failure names the page; a test checks that
the table has every URL of the app. Each persona logs in once and visits all of its pages
(as in test_trajectory_accessibility.py); the problems of all pages are asserted together.
The data is ``work_world`` (an employer with a vacancy, Anna's career profile, a
werkplekscan, a running placement with a jobcoach and an open early-warning signal) plus a
few records made through the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.utils import timezone
from playwright.sync_api import expect

from werkpad.access.actor import actor_for_user
from werkpad.employment import services, urls
from werkpad.employment.models import FollowUpContact
from werkpad.testing import PASSWORD, enable_totp

from .conftest import AXE_JS, TOTP_SECRET, log_in
from .test_layout import NO_HORIZONTAL_SCROLL
from .test_trajectory_accessibility import Report

pytestmark = pytest.mark.browser

ERROR = ".utrecht-form-field-error-message"


@dataclass(frozen=True)
class Page:
    """One page: how to reach it, its heading, and for a form the button that submits it
    and what to undo first so that the submit is refused (a create form is sent empty)."""

    path: Callable[[Any], str]
    heading: str
    submit: str = ""
    spoil: Callable[[Any], None] | None = None
    phone: bool = False  # also checked at 360 px
    persona: str = "pro_own"


def _clear(label: str, exact: bool = True) -> Callable[[Any], None]:
    return lambda page: page.get_by_label(label, exact=exact).fill("")


def _contact_without_job_seeker(page: Any) -> None:
    page.get_by_label("voor een werkzoekende", exact=True).check()
    page.get_by_label("Datum").fill("")


def _jobcoach(world: Any) -> Any:
    return world.placement.instruments.get(instrument="jobcoach")


def _employer_note(world: Any) -> Any:
    return FollowUpContact.objects.filter(placement=world.placement, for_employer=True).latest("id")


PAGES: dict[str, Page] = {
    # Job development
    "home": Page(lambda w: "/werk/", "Werkgevers en jobhunten", phone=True),
    "employers": Page(lambda w: "/werk/werkgevers/", "Werkgevers", phone=True),
    "employer_create": Page(
        lambda w: "/werk/werkgevers/nieuw/", "Werkgever toevoegen", "Werkgever toevoegen"
    ),
    "employer_detail": Page(
        lambda w: f"/werk/werkgevers/{w.employer.pk}/", "Bakkerij Brood", phone=True
    ),
    "employer_update": Page(
        lambda w: f"/werk/werkgevers/{w.employer.pk}/bewerken/",
        "Bakkerij Brood bewerken",
        "Opslaan",
        _clear("Naam"),
    ),
    "contact_person_add": Page(
        lambda w: f"/werk/werkgevers/{w.employer.pk}/contactpersoon/",
        "Contactpersoon bij Bakkerij Brood",
        "Toevoegen",
    ),
    "employer_contact_log": Page(
        lambda w: f"/werk/werkgevers/{w.employer.pk}/contact/",
        "Contact met Bakkerij Brood",
        "Contact opslaan",
        _contact_without_job_seeker,
        phone=True,
    ),
    "vacancy_create": Page(
        lambda w: f"/werk/werkgevers/{w.employer.pk}/vacature/",
        "Vacature of baan bij Bakkerij Brood",
        "Opslaan",
    ),
    "vacancies": Page(lambda w: "/werk/vacatures/", "Vacatures", phone=True),
    "vacancy_detail": Page(
        lambda w: f"/werk/vacatures/{w.vacancy.pk}/", "Medewerker bakkerij", phone=True
    ),
    "vacancy_update": Page(
        lambda w: f"/werk/vacatures/{w.vacancy.pk}/bewerken/",
        "Medewerker bakkerij bewerken",
        "Opslaan",
        _clear("Functie"),
    ),
    "figures": Page(lambda w: "/werk/ips-cijfers/", "IPS-kwartaalcijfers"),
    # The instruments guide before a placement: a GET form, refused when sent empty.
    "guide": Page(lambda w: "/werk/wegwijzer/", "Wegwijzer instrumenten", "Bekijk het advies"),
    # On Anna's trajectory
    "profile": Page(
        lambda w: f"/trajecten/{w.trajectory.pk}/loopbaanprofiel/",
        "Loopbaanprofiel",
        "Opslaan",
        _clear("Wat voor werk wil de cliënt?", exact=False),
    ),
    "history_add": Page(
        lambda w: f"/trajecten/{w.trajectory.pk}/loopbaanprofiel/werkervaring/",
        "Werkervaring toevoegen",
        "Toevoegen",
    ),
    "matches": Page(
        lambda w: f"/trajecten/{w.trajectory.pk}/vacatures/", "Passende vacatures", phone=True
    ),
    "workplace_scan_record": Page(
        lambda w: f"/trajecten/{w.trajectory.pk}/werkplekscan/", "Werkplekscan", "Scan opslaan"
    ),
    "scan_detail": Page(lambda w: f"/werkplekscans/{w.scan.pk}/", "Werkplekscan · Bakkerij"),
    "placement_record": Page(
        lambda w: f"/trajecten/{w.trajectory.pk}/plaatsing/",
        "Plaatsing vastleggen",
        "Plaatsing opslaan",
    ),
    # On the placement
    "placement_detail": Page(
        lambda w: f"/plaatsingen/{w.placement.pk}/",
        "Medewerker bakkerij · Bakkerij Brood",
        phone=True,
    ),
    "instrument_apply": Page(
        lambda w: f"/plaatsingen/{w.placement.pk}/instrument/", "Instrument toevoegen", "Opslaan"
    ),
    # The decision on the work world's jobcoach (issue 13, item 8), refused without a date
    # of decision once granted; and ending it, refused without a last day.
    "instrument_update": Page(
        lambda w: f"/instrumenten/{_jobcoach(w).pk}/besluit/",
        "Jobcoach: besluit vastleggen",
        "Opslaan",
        spoil=lambda page: page.get_by_label("toegekend", exact=True).check(),
        phone=True,
    ),
    "instrument_end": Page(
        lambda w: f"/instrumenten/{_jobcoach(w).pk}/beeindigen/",
        "Jobcoach beëindigen",
        "Beëindigen",
        spoil=_clear("Laatste dag"),
    ),
    "follow_up_add": Page(
        lambda w: f"/plaatsingen/{w.placement.pk}/nazorg/",
        "Nazorgcontact vastleggen",
        "Opslaan",
        phone=True,
    ),
    "follow_up_correct": Page(
        lambda w: f"/nazorg/{_employer_note(w).pk}/verbeteren/",
        "Bericht aan de werkgever verbeteren",
        "Opslaan",
        spoil=_clear("Wat de werkgever leest"),
    ),
    # A button on the placement page (checked there) that posts; it has no page of its own.
    "follow_up_withdraw": Page(lambda w: "", "", persona="nobody: POST only"),
    "my_employer_contact": Page(
        lambda w: "/werk/mijn-contact-voor-werkgevers/",
        "Hoe werkgevers en cliënten je bereiken",
        "Bewaren",
        spoil=lambda page: page.get_by_label("Telefoonnummer voor werkgevers").fill("geen"),
    ),
    "checkin_record": Page(
        lambda w: f"/plaatsingen/{w.placement.pk}/checkin/",
        "Check-in vastleggen",
        "Opslaan",
        phone=True,
    ),
    "placement_end": Page(
        lambda w: f"/plaatsingen/{w.placement.pk}/beeindigen/", "Werk beëindigen", "Opslaan"
    ),
    "signal_resolve": Page(
        lambda w: f"/signalen/{w.signal.pk}/afhandelen/", "Signaal afhandelen", "Afhandelen"
    ),
    # The employer's own pages
    "employer_home": Page(lambda w: "/werkgever/", "Bakkerij Brood", persona="employer"),
    "employer_placement": Page(
        lambda w: f"/werkgever/plaatsingen/{w.placement.pk}/",
        "Anna Aalbers · Medewerker bakkerij",
        persona="employer",
    ),
    "employer_guide": Page(
        lambda w: "/werkgever/wegwijzer/", "Wegwijzer regelingen", persona="employer"
    ),
    "employer_vacancy_create": Page(
        lambda w: "/werkgever/vacature/",
        "Vacature toevoegen",
        "Vacature toevoegen",
        persona="employer",
    ),
    "employer_vacancies": Page(
        lambda w: "/werkgever/vacatures/", "Uw vacatures", phone=True, persona="employer"
    ),
    "employer_vacancy_update": Page(
        lambda w: f"/werkgever/vacatures/{w.vacancy.pk}/bewerken/",
        "Medewerker bakkerij bewerken",
        "Opslaan",
        spoil=_clear("Functie"),
        persona="employer",
    ),
    "employer_vacancy_close": Page(
        lambda w: f"/werkgever/vacatures/{w.vacancy.pk}/sluiten/",
        "Medewerker bakkerij sluiten",
        "Vacature sluiten",
        persona="employer",
    ),
    # A button on the list of vacancies (checked there) that posts; no page of its own.
    "employer_vacancy_reopen": Page(lambda w: "", "", persona="nobody: POST only"),
    # The organisation's functioneel beheerder
    "sharing": Page(
        lambda w: "/beheer/werkgevers-delen/", "Werkgevers delen in de regio", persona="admin_own"
    ),
    # The worker
    "my_checkin": Page(
        lambda w: "/mijn-werk/checkin/",
        "Hoe gaat het op je werk?",
        "Versturen",
        phone=True,
        persona="client",
    ),
}


def test_every_employment_page_is_in_the_table():
    employment = {pattern.name for pattern in urls.urlpatterns}
    assert set(PAGES) == employment, {
        "not checked": sorted(employment - set(PAGES)),
        "no such page": sorted(set(PAGES) - employment),
    }


# --- Data and logging in -------------------------------------------------------------------
@pytest.fixture
def pages_world(reference_data: None, work_world: Any) -> Any:
    """``work_world`` with an open signal (checked), plus a contact person, a logged contact
    for Anna, a work history entry and a follow-along contact meant for the employer, so the
    lists and tables on the pages are not empty."""
    world = work_world
    assert world.placement is not None and world.placement.ended_on is None
    assert world.signal is not None and world.signal.resolved_at is None, "no open signal"
    actor = actor_for_user(world.personas["pro_own"])
    today = timezone.localdate()
    services.contact_person_add(
        actor=actor, employer=world.employer, name="Bas Bakker", function="eigenaar"
    )
    services.employer_contact_log(
        actor=actor,
        employer=world.employer,
        occurred_on=today,
        purpose="werkzoekende",
        trajectory=world.trajectory,
        with_whom="Bas Bakker",
        outcome="Anna mag komen kennismaken",
    )
    services.work_history_add(
        actor=actor,
        profile=world.profile,
        job="Vakkenvuller",
        employer_name="Supermarkt",
        from_year=today.year - 5,
        to_year=today.year - 3,
    )
    services.follow_up_add(
        actor=actor,
        placement=world.placement,
        occurred_on=max(world.placement.start_on, today - timedelta(days=1)),
        with_whom="werkgever",
        kind="f2f",
        note="Het inwerken loopt goed.",
        for_employer=True,
    )
    return world


def _log_in(page: Any, site: Any, user: Any) -> None:
    secret = None
    if user.needs_second_factor:  # make_user gave a random secret; the browser needs ours
        Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
        enable_totp(user, TOTP_SECRET)
        secret = TOTP_SECRET
    log_in(page, site, user.email, PASSWORD, secret)


def _context(new_context: Any, **kwargs: Any) -> Any:
    context = new_context(**kwargs)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def _phone(new_context: Any, logged_in: Any) -> Any:
    """A phone with the session of ``logged_in`` (no second login)."""
    return _context(
        new_context,
        viewport={"width": 360, "height": 740},
        is_mobile=True,
        has_touch=True,
        storage_state=logged_in.context.storage_state(),
    )


def _visit(page: Any, site: Any, world: Any, name: str, report: Report) -> None:
    spec = PAGES[name]
    response = page.goto(site(spec.path(world)))
    if response.status != 200:
        report.found[name] = f"{page.url}\nHTTP {response.status}"
        return
    expect(page.get_by_role("heading", level=1)).to_contain_text(spec.heading)
    report.check(name)
    if spec.submit:
        if spec.spoil is not None:
            spec.spoil(page)
        page.locator("main form").get_by_role("button", name=spec.submit, exact=True).click()
        page.wait_for_load_state()
        expect(page.locator(ERROR).first).to_be_visible()
        report.check(f"{name}, after a refused submit")


@dataclass
class PhoneReport:
    found: dict[str, str] = field(default_factory=dict)

    def check(self, page: Any, report: Report, name: str) -> None:
        layout = page.evaluate(NO_HORIZONTAL_SCROLL)
        width = page.evaluate("window.innerWidth")
        if width != 360 or not page.evaluate(
            "document.documentElement.scrollWidth <= window.innerWidth"
        ):
            self.found[name] = f"{page.url}\nhorizontal scroll at 360 px: {layout}"
        report.check(f"{name} at 360 px")

    def assert_clean(self) -> None:
        assert not self.found, "\n\n".join(f"== {n}: {t}" for n, t in self.found.items())


def _visit_on_phone(phone: Any, site: Any, world: Any, names: list[str], report: Report) -> None:
    layout = PhoneReport()
    for name in names:
        spec = PAGES[name]
        phone.goto(site(spec.path(world)))
        expect(phone.get_by_role("heading", level=1)).to_contain_text(spec.heading)
        layout.check(phone, report, name)
    layout.assert_clean()


def _names(persona: str, *, phone: bool = False) -> list[str]:
    return [n for n, p in PAGES.items() if p.persona == persona and (p.phone or not phone)]


# --- The tests -----------------------------------------------------------------------------
def test_coach_pages(new_context, site, pages_world):
    page = _context(new_context)
    report = Report(page)
    _log_in(page, site, pages_world.personas["pro_own"])
    for name in _names("pro_own"):
        _visit(page, site, pages_world, name, report)
    report.assert_clean()


def test_coach_pages_fit_a_phone(new_context, site, pages_world):
    phone = _context(
        new_context, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    report = Report(phone)
    _log_in(phone, site, pages_world.personas["pro_own"])
    names = _names("pro_own", phone=True)
    assert names == [
        "home",
        "employers",
        "employer_detail",
        "employer_contact_log",
        "vacancies",
        "vacancy_detail",
        "matches",
        "placement_detail",
        "instrument_update",
        "follow_up_add",
        "checkin_record",
    ]
    _visit_on_phone(phone, site, pages_world, names, report)
    report.assert_clean()


def test_employer_pages(new_context, site, pages_world):
    page = _context(new_context)
    report = Report(page)
    _log_in(page, site, pages_world.personas["employer"])
    for name in _names("employer"):
        _visit(page, site, pages_world, name, report)
    report.assert_clean()


def test_sharing_page(new_context, site, pages_world):
    page = _context(new_context)
    report = Report(page)
    _log_in(page, site, pages_world.personas["admin_own"])
    _visit(page, site, pages_world, "sharing", report)
    report.assert_clean()


def test_worker_checkin(new_context, site, pages_world):
    page = _context(new_context)
    report = Report(page)
    _log_in(page, site, pages_world.personas["client"])
    _visit(page, site, pages_world, "my_checkin", report)
    expect(page.get_by_role("main")).to_contain_text("Bakkerij Brood")
    phone = _phone(new_context, page)
    on_phone = Report(phone)
    _visit_on_phone(phone, site, pages_world, ["my_checkin"], on_phone)
    report.found.update(on_phone.found)
    report.assert_clean()
