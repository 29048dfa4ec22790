"""The questions between professionals (issue 15, item 3), clicked through in Chromium.

A UWV arbeidsdeskundige asks colleagues in Midden-Utrecht a question. The first version has a
number in it that passes the 11-proef: it is refused with the reason on the page, the typed
text is still there, and nothing is stored. She rewrites it and posts it. A ggz behandelaar
finds it in the list and answers; the asker marks the answer "Dit hielp mij" and the list shows
it as answered; the regiocoördinator turns it into a knowledge-base article, prefilled from the
question and the helpful answer. axe-core (WCAG 2.1 AA) passes on every page on the way (the
list, the form and its refusal, the question page, "Wat ik volg", the article form), and the
list fits a 360-pixel-wide phone."""

from __future__ import annotations

from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from werkpad.network.models import Answer, Article, Follow, Question
from werkpad.organisations.models import OrganisationType, Role
from werkpad.testing import PASSWORD, enable_totp, make_organisation, make_user

from .conftest import AXE_JS, TOTP_SECRET, axe_violations, format_violations, log_in
from .test_layout import NO_HORIZONTAL_SCROLL

pytestmark = pytest.mark.browser

BSN_LIKE = "123456782"  # passes the 11-proef
TITLE = "Hoe vraag ik WGB aan voor iemand met een bijstandsuitkering?"
REFUSED_BODY = f"Het gaat om een cliënt met nummer {BSN_LIKE}. Kan WGB dan ook?"
BODY = "Het gaat om een cliënt met een bijstandsuitkering. Kan WGB dan ook?"
ANSWER = (
    "WGB is bedoeld voor cliënten in de specialistische ggz met een uitkering van UWV. Voor "
    "iemand in de bijstand kun je met de gemeente kijken of IPS past."
)


@pytest.fixture
def people(reference_data: None, transactional_db: None) -> dict[str, Any]:
    uwv = make_organisation("UWV Utrecht", OrganisationType.UWV)
    ggz = make_organisation("GGZ Centraal", OrganisationType.GGZ)
    gemeente = make_organisation("Gemeente Utrecht", OrganisationType.GEMEENTE)
    return {
        "asker": make_user(
            organisation=uwv, role=Role.ARBEIDSDESKUNDIGE, full_name="Ingrid Visser"
        ),
        "answerer": make_user(organisation=ggz, role=Role.BEHANDELAAR, full_name="Marleen Bos"),
        "coordinator": make_user(
            organisation=gemeente, role=Role.REGIOCOORDINATOR, full_name="Kevin Mulder"
        ),
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


def test_ask_refused_then_answered_helpful_and_made_an_article(
    site: Any, people: dict[str, Any], new_context: Any
) -> None:
    problems: list[str] = []

    # --- The arbeidsdeskundige asks; the number that passes the 11-proef is refused ---------
    asker = _logged_in(new_context, site, people["asker"])
    asker.goto(site("/netwerk/vragen/"))
    expect(asker.get_by_role("heading", level=1)).to_have_text("Vragen aan collega's")
    _axe(asker, problems, "the empty list")
    asker.get_by_role("link", name="Stel een vraag").click()
    _axe(asker, problems, "the question form")
    asker.get_by_label("Categorie").select_option(label="Aanpakken en interventies")
    expect(asker.get_by_label("Voor wie is je vraag?")).to_have_value(
        str(people["asker"].memberships.get().organisation.regions.get().pk)
    )
    asker.get_by_label("Je vraag in één zin").fill(TITLE)
    asker.get_by_label("Toelichting").fill(REFUSED_BODY)
    asker.get_by_role("button", name="Vraag stellen").click()
    summary = asker.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(f"«{BSN_LIKE}» lijkt op een burgerservicenummer")
    expect(asker.locator(".utrecht-form-field-error-message")).to_contain_text("elfproef")
    expect(asker.get_by_label("Toelichting")).to_have_value(REFUSED_BODY)
    expect(asker.get_by_label("Je vraag in één zin")).to_have_value(TITLE)
    assert not Question.objects.exists()
    _axe(asker, problems, "the refused question form")
    asker.get_by_label("Toelichting").fill(BODY)
    asker.get_by_role("button", name="Vraag stellen").click()
    expect(asker.get_by_role("heading", level=1)).to_have_text(TITLE)
    question = Question.objects.get()
    assert (question.body, question.region.code) == (BODY, "AM13")
    _axe(asker, problems, "the question without answers")

    # --- A ggz behandelaar finds it and answers ---------------------------------------------
    answerer = _logged_in(new_context, site, people["answerer"])
    answerer.goto(site("/netwerk/vragen/"))
    answerer.get_by_role("link", name=TITLE).click()
    answerer.get_by_label("Je antwoord").fill(ANSWER)
    answerer.get_by_role("button", name="Antwoord plaatsen").click()
    expect(answerer.locator("[data-answer]")).to_contain_text(ANSWER)
    expect(answerer.get_by_role("button", name="Dit hielp mij")).to_have_count(0)
    # She follows the category, on "Wat ik volg".
    answerer.goto(site("/netwerk/vragen/volgen/"))
    _axe(answerer, problems, "Wat ik volg, empty")
    answerer.get_by_label("Categorie").select_option(label="Aanpakken en interventies")
    answerer.get_by_role("button", name="Volgen", exact=True).click()
    expect(answerer.locator("[data-follows]")).to_contain_text("Aanpakken en interventies")
    assert Follow.objects.get(user=people["answerer"]).category == question.category
    _axe(answerer, problems, "Wat ik volg")

    # --- The asker marks it helpful; the list shows the question as answered ------------------
    asker.reload()
    asker.get_by_role("button", name="Dit hielp mij").click()
    expect(asker.locator("[data-helped]")).to_have_text("Dit antwoord hielp Ingrid Visser.")
    assert Answer.objects.get().helped_at is not None
    _axe(asker, problems, "the question with a helpful answer")
    asker.goto(site("/netwerk/vragen/"))
    expect(asker.locator(f"[data-question='{question.pk}'] [data-answered]")).to_have_text(
        "beantwoord"
    )
    _axe(asker, problems, "the list")
    # She follows the category from the filtered list and comes back to it.
    asker.get_by_label("Categorie").select_option(label="Aanpakken en interventies")
    asker.get_by_role("button", name="Filteren").click()
    expect(asker.locator("[data-question]")).to_have_count(1)
    _axe(asker, problems, "the filtered list with its follow button")
    asker.locator("[data-follow] button").click()
    expect(asker.locator("[data-following]")).to_be_visible()
    assert "categorie=aanpakken-en-interventies" in asker.url
    assert Follow.objects.filter(user=people["asker"], category=question.category).exists()

    # --- The list on a phone -----------------------------------------------------------------
    phone = _logged_in(
        new_context,
        site,
        people["answerer"],
        viewport={"width": 360, "height": 740},
        is_mobile=True,
        has_touch=True,
    )
    phone.goto(site("/netwerk/vragen/"))
    expect(phone.get_by_role("link", name=TITLE)).to_be_visible()
    layout = phone.evaluate(NO_HORIZONTAL_SCROLL)
    if layout["scrollWidth"] > 360:
        problems.append(f"the list scrolls sideways at 360 px: {layout}")
    _axe(phone, problems, "the list at 360 px")

    # --- The regiocoördinator turns it into an article -----------------------------------------
    coordinator = _logged_in(new_context, site, people["coordinator"])
    coordinator.goto(site(f"/netwerk/vragen/{question.pk}/"))
    coordinator.get_by_role("link", name="Maak er een artikel van").click()
    expect(coordinator.get_by_role("heading", level=1)).to_have_text("Maak er een artikel van")
    expect(coordinator.get_by_label("Titel")).to_have_value(TITLE)
    expect(coordinator.get_by_label("Samenvatting in gewone taal")).to_have_value(ANSWER)
    expect(coordinator.get_by_label("Bron", exact=True)).to_have_value(
        "Vraag van een collega in Werkpad"
    )
    _axe(coordinator, problems, "the article form")
    coordinator.get_by_label("Titel").fill("WGB en de bijstand")
    coordinator.get_by_role("button", name="Artikel opslaan").click()
    coordinator.wait_for_load_state()
    article = Article.objects.get()
    assert (article.from_question, article.title, article.summary) == (
        question,
        "WGB en de bijstand",
        ANSWER,
    )
    assert article.region == question.region and article.editor == people["coordinator"]
    coordinator.goto(site(f"/netwerk/vragen/{question.pk}/"))
    expect(coordinator.locator("[data-articles]")).to_contain_text("WGB en de bijstand")

    assert not problems, "\n\n".join(problems)
