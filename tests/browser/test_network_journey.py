"""The regional network, one journey through it (issue 15, "Tests that must exist"), clicked
through in Chromium on the demo region Midden-Utrecht.

Ingrid Visser, arbeidsdeskundige at UWV, is the one person who asks throughout:

1. She finds the ggz's key person for IPS in her region (topic and kind of organisation: two
   choices, one click) and the ggz's page, and reads the regional agreement with the seed's
   target and that key person among its key persons.
2. She searches the network for "werkgevers" and opens the Routekaart article that says
   "werkgever", goes back to the results by "Terug naar de zoekresultaten", marks the article
   helpful and looks at the whole knowledge base.
3. She asks colleagues in her region a question. The first version has a number in it that
   passes the 11-proef: it is refused with the reason on the page, what she typed is still
   there, and nothing is stored. She rewrites it and posts it.
4. Dr. Marleen Bos, behandelaar at the ggz, finds it in the list and answers; Ingrid marks the
   answer "Dit hielp mij" and the list shows the question as answered.
5. It becomes an article. The app lets an editor of the question's region do that (the
   policy's ``_is_editor``: an editor named for the region, or its regiocoördinator); Ingrid
   edits only nationally, so she has no such button, and Sevda Yilmaz, the regiocoördinator,
   turns it into an article prefilled from the question and the helpful answer (and opens the
   agreement she keeps up to date). Ingrid's question then links to the article.
6. Ruud Vermeulen, teamleider of the ggz's IPS team, sees who in the team still needs the IPS
   basistraining: a new IPS-trajectbegeleider (made through the services; in the demo, Fatima
   El Amrani is already signed up). His first submit, with nothing chosen, is refused; then he
   registers her for the demo's IPS basistraining session, and downloads its .ics file
   (text/calendar, the session as its SUMMARY).

axe-core (WCAG 2.1 AA), id references and the form structure (``Report``) are checked once on
every type of page on the way, for whoever is on it; forms also after a refused submit.
The pages of the part off this journey are checked in the three ``test_network_*`` files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from werkpad.network.models import Answer, Article, ArticleFeedback, Event, Question, Registration
from werkpad.organisations.models import ArbeidsmarktRegio, Organisation, Role, Team
from werkpad.testing import make_user

from .conftest import AXE_JS, log_in_demo
from .test_trajectory_accessibility import Report

pytestmark = pytest.mark.browser

AD = "arbeidsdeskundige@uwv.demo.example"  # Ingrid Visser
BEHANDELAAR = "behandelaar@ggz.demo.example"  # Dr. Marleen Bos
REGIOCOORDINATOR = "regiocoordinator@utrecht.demo.example"  # Sevda Yilmaz
TEAMLEIDER = "teamleider@ggz.demo.example"  # Ruud Vermeulen, IPS-team Utrecht-Oost
GGZ = "GGZ Centraal Utrecht (demo)"
IPS_TEAM = "IPS-team Utrecht-Oost"
NEWCOMER = "Yara Bakker"  # the IPS team's new trajectbegeleider

BSN_LIKE = "123456782"  # passes the 11-proef
TITLE = "Kan iemand met een WIA-uitkering ook IPS krijgen bij de ggz?"
REFUSED_BODY = f"Het gaat om een cliënt met nummer {BSN_LIKE}. Hij wil graag weer aan het werk."
BODY = "Het gaat om een cliënt met een WIA-uitkering. Hij wil graag weer aan het werk."
ANSWER = (
    "Ja. IPS is er voor iedereen in de specialistische ggz die wil werken, ook met een "
    "WIA-uitkering. Bel onze sleutelpersoon IPS; de behandelaar meldt aan en jij blijft "
    "betrokken bij de re-integratie."
)
ARTICLE_TITLE = "IPS met een WIA-uitkering"


class Checks:
    """``Report`` (axe-core, id references, form structure) for pages of several people."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def __call__(self, page: Any, label: str) -> None:
        report = Report(page)
        report.check(label)
        self.found.update(report.found)

    def assert_clean(self) -> None:
        assert not self.found, "axe-core (WCAG 2.1 AA), id references, forms\n" + "\n\n".join(
            f"== {label}: {text}" for label, text in self.found.items()
        )


def _page(new_context: Any, site: Any, email: str) -> Any:
    context = new_context()
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in_demo(page, site, email)
    return page


def _h1(page: Any) -> Any:
    return page.get_by_role("heading", level=1)


def test_from_the_key_person_to_an_article_and_the_teams_ips_training(
    demo: Any, site: Any, new_context: Any, tmp_path: Path
) -> None:
    check = Checks()
    region = ArbeidsmarktRegio.objects.get(code="AM13")
    ggz = Organisation.objects.get(name=GGZ)
    newcomer = make_user(
        organisation=ggz, role=Role.IPS_TRAJECTBEGELEIDER, full_name=NEWCOMER, mfa=False
    )
    newcomer.memberships.update(team=Team.objects.get(organisation=ggz, name=IPS_TEAM))

    # --- 1. Who is who: the ggz's key person for IPS; the regional agreement ----------------
    ad = _page(new_context, site, AD)
    ad.get_by_role("link", name="Netwerk").first.click()
    expect(_h1(ad)).to_have_text("Regionaal netwerk")
    check(ad, "the network's start page")
    ad.get_by_role("link", name="Wie is wie in de regio").click()
    ad.get_by_label("Onderwerp").select_option("ips")
    ad.get_by_label("Soort organisatie").select_option("ggz")
    ad.get_by_role("button", name="Zoeken").click()
    key_person = ad.locator("[data-key-person]").first
    expect(key_person).to_contain_text("Fatima El Amrani")
    expect(key_person).to_contain_text("best bereikbaar: di en do ochtend")
    expect(key_person.locator("a[href^='tel:']")).to_have_count(1)
    check(ad, "who is who, filtered")
    ad.get_by_role("link", name=GGZ).click()
    expect(_h1(ad)).to_have_text(GGZ)
    check(ad, "an organisation's page")

    ad.get_by_role("link", name="Netwerk").first.click()
    ad.get_by_role("link", name="Regionale afspraken").click()
    check(ad, "the agreements")
    ad.locator("main ul a").first.click()
    expect(ad.locator("[data-target]", has_text="80%")).to_contain_text(
        "80% van de mensen met autisme aan het werk helpen"
    )
    expect(ad.locator("main")).to_contain_text(
        f"Fatima El Amrani, IPS-trajectbegeleider, sleutelpersoon IPS — {GGZ}"
    )
    expect(ad.get_by_role("link", name="Afspraak bijwerken")).to_have_count(0)
    check(ad, "the regional agreement")

    # --- 2. Search in Dutch: "werkgevers" finds the article that says "werkgever" ------------
    ad.get_by_role("link", name="Netwerk").first.click()
    ad.get_by_role("link", name="Zoeken in het netwerk").click()
    ad.get_by_label("Zoek in artikelen, vragen en organisaties").fill("werkgevers")
    ad.get_by_role("button", name="Zoeken").click()
    hit = ad.locator("[data-hit='article']", has_text="Loonkostensubsidie")
    expect(hit).to_have_count(1)
    # The word matched in another form: the article never says "werkgevers".
    expect(hit.locator("[data-excerpt] mark").first).to_have_text("werkgever", ignore_case=True)
    assert "werkgevers" not in Article.objects.get(title="Loonkostensubsidie").summary.lower()
    check(ad, "the search results")
    hit.get_by_role("link").click()
    expect(_h1(ad)).to_have_text("Loonkostensubsidie")
    expect(ad.locator("main")).to_contain_text("werkgever")
    expect(ad.locator("[data-source-date]")).to_contain_text("bron van")
    check(ad, "an article")
    ad.get_by_role("link", name="Terug naar de zoekresultaten").click()
    expect(ad.get_by_label("Zoek in artikelen, vragen en organisaties")).to_have_value("werkgevers")
    expect(hit).to_have_count(1)
    hit.get_by_role("link").click()
    ad.get_by_role("button", name="Dit artikel was nuttig").click()
    expect(ad.locator("main")).to_contain_text("Je vond dit artikel nuttig.")
    assert ArticleFeedback.objects.filter(user__email=AD, kind="helpful").count() == 1
    ad.locator(".werkpad-breadcrumb").get_by_role("link", name="Kennisbank", exact=True).click()
    expect(ad.get_by_role("heading", level=2)).to_have_count(7)  # the Routekaart categories
    check(ad, "the knowledge base")

    # --- 3. She asks; the number that passes the 11-proef is refused --------------------------
    questions_before = Question.objects.count()
    ad.get_by_role("link", name="Netwerk").first.click()
    ad.get_by_role("link", name="Vragen aan collega's").click()
    expect(_h1(ad)).to_have_text("Vragen aan collega's")
    check(ad, "the questions")
    ad.get_by_role("link", name="Stel een vraag").click()
    check(ad, "the question form")
    ad.get_by_label("Categorie").select_option(label="Integrale aanpak GGZ en W&I")
    expect(ad.get_by_label("Voor wie is je vraag?")).to_have_value(str(region.pk))
    ad.get_by_label("Je vraag in één zin").fill(TITLE)
    ad.get_by_label("Toelichting").fill(REFUSED_BODY)
    ad.get_by_role("button", name="Vraag stellen").click()
    summary = ad.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(f"«{BSN_LIKE}» lijkt op een burgerservicenummer")
    expect(ad.locator(".utrecht-form-field-error-message")).to_contain_text("elfproef")
    expect(ad.get_by_label("Toelichting")).to_have_value(REFUSED_BODY)
    expect(ad.get_by_label("Je vraag in één zin")).to_have_value(TITLE)
    assert Question.objects.count() == questions_before
    assert not Question.objects.filter(body__contains=BSN_LIKE).exists()
    check(ad, "the refused question form")
    ad.get_by_label("Toelichting").fill(BODY)
    ad.get_by_role("button", name="Vraag stellen").click()
    expect(_h1(ad)).to_have_text(TITLE)
    question = Question.objects.get(title=TITLE)
    assert (question.body, question.region, question.asker.email) == (BODY, region, AD)
    check(ad, "the question without answers")

    # --- 4. A ggz behandelaar answers; the asker marks it helpful -------------------------------
    behandelaar = _page(new_context, site, BEHANDELAAR)
    behandelaar.goto(site("/netwerk/vragen/"))
    behandelaar.get_by_role("link", name=TITLE).click()
    behandelaar.get_by_label("Je antwoord").fill(ANSWER)
    behandelaar.get_by_role("button", name="Antwoord plaatsen").click()
    expect(behandelaar.locator("[data-answer]")).to_contain_text(ANSWER)
    expect(behandelaar.get_by_role("button", name="Dit hielp mij")).to_have_count(0)
    answer = Answer.objects.get(question=question)
    assert answer.author.email == BEHANDELAAR and answer.helped_at is None

    ad.reload()
    ad.get_by_role("button", name="Dit hielp mij").click()
    expect(ad.locator("[data-helped]")).to_have_text("Dit antwoord hielp Ingrid Visser.")
    answer.refresh_from_db()
    assert answer.helped_at is not None
    # Ingrid edits the knowledge base nationally only: a question of her region is not hers
    # to turn into an article.
    expect(ad.get_by_role("link", name="Maak er een artikel van")).to_have_count(0)
    check(ad, "the question with a helpful answer")
    ad.get_by_role("link", name="Terug naar de vragen").click()
    expect(ad.locator(f"[data-question='{question.pk}'] [data-answered]")).to_have_text(
        "beantwoord"
    )

    # --- 5. The regiocoördinator turns it into an article --------------------------------------
    coordinator = _page(new_context, site, REGIOCOORDINATOR)
    coordinator.goto(site("/netwerk/vragen/"))
    coordinator.get_by_role("link", name=TITLE).click()
    coordinator.get_by_role("link", name="Maak er een artikel van").click()
    expect(_h1(coordinator)).to_have_text("Maak er een artikel van")
    expect(coordinator.get_by_label("Titel")).to_have_value(TITLE)
    expect(coordinator.get_by_label("Samenvatting in gewone taal")).to_have_value(ANSWER)
    expect(coordinator.get_by_label("Bron", exact=True)).to_have_value(
        "Vraag van een collega in Werkpad"
    )
    check(coordinator, "the article form")
    coordinator.get_by_label("Titel").fill(ARTICLE_TITLE)
    coordinator.get_by_role("button", name="Artikel opslaan").click()
    expect(_h1(coordinator)).to_have_text(ARTICLE_TITLE)
    expect(coordinator.locator("main")).to_contain_text("Het artikel staat in de kennisbank.")
    article = Article.objects.get(from_question=question)
    assert (article.title, article.summary, article.region) == (ARTICLE_TITLE, ANSWER, region)
    assert article.editor.email == REGIOCOORDINATOR
    # She keeps the regional agreement up to date too.
    coordinator.goto(site("/netwerk/afspraken/"))
    coordinator.locator("main ul a").first.click()
    coordinator.get_by_role("link", name="Afspraak bijwerken").click()
    check(coordinator, "the agreement's edit page")

    ad.reload()
    ad.get_by_role("link", name=TITLE).click()
    expect(ad.locator("[data-articles]")).to_contain_text(
        f"Van deze vraag is een artikel gemaakt: {ARTICLE_TITLE}"
    )
    ad.locator("[data-articles]").get_by_role("link", name=ARTICLE_TITLE).click()
    expect(ad.locator("main")).to_contain_text(ANSWER)

    # --- 6. The teamleider: who still needs the IPS basistraining, registered, .ics -----------
    session = Event.objects.get(training__code="ips-basistraining")  # the demo's one session
    lead = _page(new_context, site, TEAMLEIDER)
    lead.get_by_role("link", name="Netwerk").first.click()
    lead.get_by_role("link", name="Trainingen en werkateliers").click()
    lead.get_by_role("link", name="Trainingen van mijn team").click()
    expect(_h1(lead)).to_have_text("Trainingen van mijn team")
    needed = lead.locator("[data-still-needed]")
    expect(needed).to_have_text(f"{NEWCOMER} (IPS-trajectbegeleider): IPS basistraining")
    signed_up = lead.locator("[data-signed-up]")
    expect(signed_up).to_contain_text("Fatima El Amrani (IPS-trajectbegeleider): IPS basistraining")
    newcomer_row = lead.locator("[data-coverage] tbody tr", has_text=NEWCOMER)
    expect(newcomer_row.locator("[data-training='ips-basistraining']")).to_have_text("nog nodig")
    check(lead, "the team's trainings")

    lead.get_by_role("button", name="Aanmelden", exact=True).click()
    expect(lead.get_by_role("region", name="Er is iets niet goed ingevuld")).to_be_focused()
    check(lead, "the team's trainings, register refused")
    assert not Registration.objects.filter(user=newcomer).exists()

    lead.get_by_label("Training of werkatelier").select_option(str(session.pk))
    lead.get_by_label(f"{NEWCOMER} · IPS-trajectbegeleider").check()
    lead.get_by_role("button", name="Aanmelden", exact=True).click()
    expect(lead.get_by_text(f"{NEWCOMER} is aangemeld voor IPS basistraining.")).to_be_visible()
    expect(needed).to_have_count(0)
    expect(signed_up).to_contain_text(f"{NEWCOMER} (IPS-trajectbegeleider): IPS basistraining")
    expect(newcomer_row.locator("[data-training='ips-basistraining']")).to_have_text(
        "nog nodig, aangemeld"
    )
    registration = Registration.objects.get(user=newcomer)
    assert (registration.event, registration.registered_by.email) == (session, TEAMLEIDER)

    newcomer_row.get_by_role("link", name="IPS basistraining").click()
    expect(_h1(lead)).to_have_text("IPS basistraining")
    expect(lead.locator("[data-registered]")).to_contain_text(NEWCOMER)
    check(lead, "a session, for its organiser")
    with lead.expect_download() as info:
        lead.get_by_role("link", name=re.compile("Zet in je agenda")).click()
    download = info.value
    assert download.suggested_filename == "ips-basistraining.ics"
    saved = tmp_path / "sessie.ics"
    download.save_as(saved)
    entry = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")[0]
    assert str(entry["SUMMARY"]) == "IPS basistraining"
    response = lead.request.get(site(f"/netwerk/trainingen/{session.pk}/agenda.ics"))
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.headers["content-disposition"].startswith("attachment;")

    check.assert_clean()
