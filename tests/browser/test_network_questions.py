"""The questions between professionals (issue 15, item 3): following them, on a phone.

The journey itself (asked, refused for a number that passes the 11-proef, answered, marked
helpful and turned into an article) is ``test_network_journey``. Here a ggz behandelaar, on a
360-pixel-wide phone, finds a colleague's question (asked through the service) in the list,
which must not scroll sideways; follows its category from the filtered list (and comes back
to the list as it was filtered) and a region on "Wat ik volg". axe-core (WCAG 2.1 AA) passes
on every page on the way: the list, the filtered list with its follow button, and "Wat ik
volg", empty and with what she follows."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from werkpad.access.actor import actor_for_user
from werkpad.network.models import Follow
from werkpad.network.services.questions import question_ask
from werkpad.organisations.models import OrganisationType, Role
from werkpad.testing import PASSWORD, enable_totp, make_organisation, make_user

from .conftest import AXE_JS, TOTP_SECRET, axe_violations, format_violations, log_in
from .test_layout import NO_HORIZONTAL_SCROLL

pytestmark = pytest.mark.browser

CATEGORY, CATEGORY_LABEL = "aanpakken-en-interventies", "Aanpakken en interventies"
TITLE = "Hoe vraag ik WGB aan voor iemand met een bijstandsuitkering?"
BODY = "Het gaat om een cliënt met een bijstandsuitkering. Kan WGB dan ook?"


@pytest.fixture
def people(reference_data: None, transactional_db: None) -> dict[str, Any]:
    uwv = make_organisation("UWV Utrecht", OrganisationType.UWV)
    ggz = make_organisation("GGZ Centraal", OrganisationType.GGZ)
    return {
        "asker": make_user(
            organisation=uwv, role=Role.ARBEIDSDESKUNDIGE, full_name="Ingrid Visser"
        ),
        "answerer": make_user(organisation=ggz, role=Role.BEHANDELAAR, full_name="Marleen Bos"),
    }


def _known_totp(user: Any) -> str:
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    enable_totp(user, TOTP_SECRET)
    return TOTP_SECRET


def _browser_page(new_context: Any, **size: Any) -> Any:
    context = new_context(**size)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def _logged_in(new_context: Any, site: Any, user: Any, **size: Any) -> Any:
    page = _browser_page(new_context, **size)
    log_in(page, site, user.email, PASSWORD, _known_totp(user))
    return page


def _axe(page: Any, problems: list[str], what: str) -> None:
    violations = axe_violations(page)
    if violations:
        problems.append(f"{what} ({page.url}):\n{format_violations(violations)}")


def test_follow_a_category_and_a_region_on_a_phone(
    site: Any, people: dict[str, Any], new_context: Any
) -> None:
    problems: list[str] = []
    asker, answerer = people["asker"], people["answerer"]
    region = asker.memberships.get().organisation.regions.get()
    question = question_ask(
        actor=actor_for_user(asker),
        category=CATEGORY,
        region=region,
        title=TITLE,
        body=BODY,
    )
    phone = _logged_in(
        new_context,
        site,
        answerer,
        viewport={"width": 360, "height": 740},
        is_mobile=True,
        has_touch=True,
    )
    phone.goto(site("/netwerk/vragen/"))
    expect(phone.get_by_role("link", name=TITLE)).to_be_visible()
    layout = phone.evaluate(NO_HORIZONTAL_SCROLL)
    if layout["scrollWidth"] > 360 or layout["wide"]:
        problems.append(f"the list scrolls sideways at 360 px: {layout}")
    _axe(phone, problems, "the list at 360 px")

    phone.get_by_role("link", name="Wat ik volg").click()
    expect(phone.locator("main")).to_contain_text("Je volgt nog niets.")
    _axe(phone, problems, "Wat ik volg, empty")

    # The category, from the filtered list: back to the list as it was filtered.
    phone.get_by_role("link", name="Terug naar de vragen").click()
    phone.get_by_label("Categorie").select_option(label=CATEGORY_LABEL)
    phone.get_by_role("button", name="Filteren").click()
    expect(phone.locator("[data-question]")).to_have_count(1)
    _axe(phone, problems, "the filtered list with its follow button")
    phone.locator("[data-follow] button").click()
    expect(phone.locator("[data-following]")).to_be_visible()
    assert f"categorie={CATEGORY}" in phone.url
    assert Follow.objects.get(user=answerer).category == question.category

    # The region, on "Wat ik volg".
    phone.locator("[data-following]").get_by_role("link", name="Wat ik volg").click()
    expect(phone.locator("[data-follows]")).to_contain_text(CATEGORY_LABEL)
    phone.get_by_label("Regio").select_option(str(region.pk))
    phone.get_by_role("button", name="Volgen", exact=True).click()
    expect(phone.locator("[data-follows] li")).to_have_count(2)
    assert Follow.objects.filter(user=answerer, region=region, category="").exists()
    _axe(phone, problems, "Wat ik volg")

    assert not problems, "\n\n".join(problems)
