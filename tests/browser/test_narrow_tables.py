"""At 360 px the referral tables and the access-log table are cards (issue 11 walk-through,
item 6; issue 13, item 4): the page does not scroll sideways, the table box does not scroll
sideways either, every cell says which column it is, and axe-core still passes. At a desk
width the same tables are ordinary tables with their header row."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import (
    AXE_JS,
    TOTP_SECRET,
    axe_violations,
    format_violations,
    log_in,
)

pytestmark = pytest.mark.browser

IPS = "coach@ggz.smal.example"  # receives the gemeente's referrals
KLANTMANAGER = "klantmanager@gemeente.smal.example"  # sends them
BEHEER = "beheer@ggz.smal.example"  # reads the access log
REASON = (
    "Mevrouw wil graag werken in de zorg; de werkwens is het criterium. Crisisdienst belde: "
    "behandelaar afwezig."
)


@pytest.fixture
def people(transactional_db, reference_data, live_server):
    """A ggz with an IPS team, its coach and its beheerder, a gemeente's klantmanager, and
    referrals from the gemeente to the team (the client consented to the ggz seeing the
    basic data). Built here rather than from the demo, so the test depends only on the
    tables it looks at. Long names and a long reason, as real ones can be."""
    from datetime import date

    from werkpad.clients.models import Consent, ConsentGrant
    from werkpad.organisations.models import OrganisationType, Role, Team
    from werkpad.testing import enable_totp, make_client, make_organisation, make_user
    from werkpad.trajectories.models import Referral, Route

    ggz = make_organisation("GGZ Centraal Utrecht en Omstreken (smal)")
    gemeente = make_organisation("Gemeente Utrechtse Heuvelrug (smal)", OrganisationType.GEMEENTE)
    team = Team.objects.create(organisation=ggz, name="IPS-team Utrecht-Overvecht")
    users = {
        IPS: make_user(organisation=ggz, email=IPS, full_name="Fatima El Amrani", mfa=False),
        BEHEER: make_user(
            organisation=ggz,
            role=Role.FUNCTIONEEL_BEHEERDER,
            email=BEHEER,
            full_name="Bas Beheer",
            mfa=False,
        ),
        KLANTMANAGER: make_user(
            organisation=gemeente,
            role=Role.KLANTMANAGER,
            email=KLANTMANAGER,
            full_name="Anouk Jansen-van der Heijden",
            mfa=False,
        ),
    }
    for user in users.values():
        enable_totp(user, TOTP_SECRET)
    for name in ["Wilhelmina Christina van den Berg-Aalbersberg", "Ravi Doerga"]:
        client = make_client(organisation=gemeente, full_name=name)
        consent = Consent.objects.create(
            client=client,
            recipient=ggz,
            purpose="ips",
            valid_from=date(2026, 1, 1),
            recorded_by=users[KLANTMANAGER],
            recorded_by_organisation=gemeente,
        )
        ConsentGrant.objects.create(consent=consent, category="basis")
        Referral.objects.create(
            client=client,
            route=Route.IPS,
            from_organisation=gemeente,
            from_user=users[KLANTMANAGER],
            to_organisation=ggz,
            to_team=team,
            reason=REASON,
        )
    return users


def _log_in(page, site, email: str) -> None:
    from werkpad.testing import PASSWORD

    log_in(page, site, email, PASSWORD, TOTP_SECRET)


# Per table on the page: how wide its box and its content are, whether its header row is
# visible, and for every cell in the body whether it names its column.
TABLES = """() => [...document.querySelectorAll('main table')].map(table => {
    const box = table.closest('.werkpad-table-scroll') || table;
    const head = table.querySelector('thead');
    const cells = [...table.querySelectorAll('tbody td')];
    return {
        caption: table.caption ? table.caption.textContent.trim() : '',
        rows: table.querySelectorAll('tbody tr').length,
        boxScroll: box.scrollWidth, boxClient: box.clientWidth,
        right: Math.max(...[...table.querySelectorAll('caption, caption *, tbody, tbody *')]
            .map(el => el.getBoundingClientRect().right)),
        headVisible: head ? head.getBoundingClientRect().width > 1 : false,
        unlabelled: cells.filter(td => !td.dataset.label && !td.hasAttribute('colspan')).length,
        labelled: cells.filter(td => td.dataset.label).length,
        // A cell whose text spills out of its box overlaps the next line of the card.
        overflowing: cells.filter(td => td.scrollHeight > td.clientHeight + 1).length,
        labelShown: cells.filter(td => td.dataset.label)
            .map(td => getComputedStyle(td, '::before').content)[0] || '',
    };
})"""


@pytest.fixture
def desk(new_context):
    context = new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def _read_under_break_the_glass(people) -> None:
    """Rows with long cells: a break-the-glass reason, a long user agent and event code."""
    from werkpad.access.actor import actor_for_user
    from werkpad.audit.recorder import record
    from werkpad.clients.models import Client

    client = Client.objects.order_by("pk").first()
    record(
        actor_for_user(people[IPS]),
        event="portal.disclosure.employer.waiting_read",
        action="R",
        obj=client,
        basis="break_the_glass",
        detail={"break_the_glass": {"grant": 1, "reason": REASON}},
    )


def _assert_cards_fit(page, min_tables: int) -> None:
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= 360, f"the page scrolls sideways on {page.url}: {width} px"
    tables = page.evaluate(TABLES)
    assert len(tables) >= min_tables, tables
    for table in tables:
        where = f"{page.url} «{table['caption']}»"
        assert table["rows"] >= 1, where
        assert table["boxScroll"] <= table["boxClient"], f"the table box scrolls on {where}"
        assert table["right"] <= 360.5, f"a cell reaches past the screen on {where}: {table}"
        assert not table["headVisible"], f"the header row is still a row on {where}"
        assert table["unlabelled"] == 0, f"a cell without data-label on {where}"
        assert table["overflowing"] == 0, f"text spills out of a cell on {where}: {table}"
        if table["labelled"]:  # an empty list has one row that says so, without columns
            assert table["labelShown"] not in ("", "none", "normal"), where
    assert any(t["labelled"] for t in tables), f"no row with data on {page.url}"
    violations = axe_violations(page)
    assert not violations, f"axe-core at 360 px on {page.url}\n{format_violations(violations)}"


def test_the_referral_lists_are_cards_on_a_phone(phone, site, people):
    _log_in(phone, site, IPS)
    phone.goto(site("/verwijzingen/"))
    _assert_cards_fit(phone, min_tables=2)
    # The client's name comes first on each card, as a link to the referral.
    first = phone.locator("table").first.locator("tbody tr").first.locator("td").first
    expect(first.get_by_role("link")).to_be_visible()


def test_the_sent_referrals_are_cards_on_a_phone(phone, site, people):
    _log_in(phone, site, KLANTMANAGER)
    phone.goto(site("/verwijzingen/"))
    _assert_cards_fit(phone, min_tables=2)


def test_the_access_log_is_cards_on_a_phone(phone, site, people):
    _read_under_break_the_glass(people)
    _log_in(phone, site, BEHEER)
    phone.goto(site("/beheer/toegangslog/"))
    _assert_cards_fit(phone, min_tables=1)
    # The readable label with the code beside it, also on a card.
    expect(phone.locator("[data-event-code]").first).to_be_visible()


def test_at_a_desk_they_stay_tables(desk, site, people):
    _log_in(desk, site, IPS)
    desk.goto(site("/verwijzingen/"))
    tables = desk.evaluate(TABLES)
    assert len(tables) == 2 and all(t["headVisible"] for t in tables), tables
    violations = axe_violations(desk)
    assert not violations, f"axe-core at 1280 px\n{format_violations(violations)}"
    desk.context.clear_cookies()
    _read_under_break_the_glass(people)
    _log_in(desk, site, BEHEER)
    desk.goto(site("/beheer/toegangslog/"))
    tables = desk.evaluate(TABLES)
    assert tables and all(t["headVisible"] for t in tables), tables
    assert desk.evaluate("document.scrollingElement.scrollWidth") <= 1280
    violations = axe_violations(desk)
    assert not violations, f"axe-core at 1280 px\n{format_violations(violations)}"
