"""Walk-through findings on the search and the knowledge base (issue 15, items 2 and 4), and
on the error pages of the network:

- an article (question, organisation) opened from the search keeps the query (``?q=``) and
  shows "Terug naar de zoekresultaten";
- each result shows a short excerpt with the matched words marked, in other word forms too,
  HTML escaped, without a query more per result (on both databases: cut in Python);
- an article's dates say what they are: the source's date, and when the knowledge base
  updated it;
- 403 and 404 under /netwerk/ speak of the network, not of client records."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.network.models import Editor, SearchDocument
from werkpad.network.search import Piece, excerpt, normalise, search
from werkpad.network.services.knowledge import ArticleText, article_create
from werkpad.network.services.questions import question_ask
from werkpad.testing import make_organisation, make_user

pytestmark = pytest.mark.django_db

SEARCH = "/netwerk/zoeken/"


def _editor() -> Any:
    user = make_user(organisation=make_organisation("GGZ"), mfa=False, full_name="Eva Editor")
    Editor.objects.create(user=user, region=None)
    return actor_for_user(user)


def _article(title: str, summary: str, **kw: Any) -> Any:
    text = ArticleText(
        category="werkgevers-en-banen",
        title=title,
        summary=summary,
        source_title="Samen voor de klant",
        source_date=kw.pop("source_date", date(2017, 4, 12)),
        **kw,
    )
    return article_create(actor=_editor(), text=text)


def _reader(client: Client) -> Any:
    user = make_user(organisation=make_organisation("UWV"))
    client.force_login(user)
    return user


def _text(response: Any) -> str:
    return " ".join(response.content.decode().split())


# --- 7. back to the results --------------------------------------------------------------------
def test_an_article_opened_from_the_search_leads_back_to_the_results(client: Client) -> None:
    article = _article("Werkgever zoekt personeel", "Een werkgever met een sociaal hart.")
    _reader(client)
    results = _text(client.get(SEARCH, {"q": "sociaal werkgevers"}))
    link = f'href="/netwerk/kennisbank/{article.pk}/?q=sociaal%20werkgevers"'
    assert link in results
    page = _text(client.get(f"/netwerk/kennisbank/{article.pk}/", {"q": "sociaal werkgevers"}))
    assert (
        '<p class="utrecht-paragraph werkpad-breadcrumb" data-back-to-search><a '
        'class="utrecht-link" href="/netwerk/zoeken/?q=sociaal+werkgevers">Terug naar de '
        "zoekresultaten</a></p>"
    ) in page
    plain = _text(client.get(f"/netwerk/kennisbank/{article.pk}/"))
    assert "Terug naar de zoekresultaten" not in plain


def test_the_way_back_escapes_the_query_and_ignores_a_too_long_one(client: Client) -> None:
    article = _article("Werkgever zoekt personeel", "Een werkgever met een sociaal hart.")
    _reader(client)
    url = f"/netwerk/kennisbank/{article.pk}/"
    page = client.get(url, {"q": '"><script>alert(1)</script>'}).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "Terug naar de zoekresultaten" in page
    assert "Terug naar de zoekresultaten" not in _text(client.get(url, {"q": "w" * 201}))


def test_a_question_and_an_organisation_lead_back_too(client: Client) -> None:
    user = _reader(client)
    question = question_ask(
        actor=actor_for_user(user),
        category="werkgevers-en-banen",
        region=None,
        title="Welke werkgevers doen mee?",
    )
    results = _text(client.get(SEARCH, {"q": "werkgever"}))
    assert f'href="/netwerk/vragen/{question.pk}/?q=werkgever"' in results
    page = _text(client.get(f"/netwerk/vragen/{question.pk}/", {"q": "werkgever"}))
    assert "Terug naar de zoekresultaten" in page


# --- 8. excerpts -------------------------------------------------------------------------------
def test_a_result_shows_an_excerpt_with_the_matched_words(client: Client) -> None:
    _article(
        "Loonkostensubsidie",
        "De gemeente betaalt een deel van het loon. Veel werkgevers kennen de regeling niet; "
        "de werkgever vraagt haar aan bij de gemeente waar de werknemer woont.",
    )
    _reader(client)
    page = _text(client.get(SEARCH, {"q": "werkgevers"}))
    found = page[page.index("data-excerpt>") :][:400]
    assert "Veel <mark>werkgevers</mark> kennen de regeling niet; de <mark>werkgever</mark>" in (
        found
    )


def test_an_excerpt_finds_the_other_spelling_and_is_escaped(client: Client) -> None:
    _article(
        "Samen werken",
        "Over de reïntegratie van mensen <b>met</b> een psychische kwetsbaarheid & werk.",
    )
    _reader(client)
    page = client.get(SEARCH, {"q": "re-integratie"}).content.decode()
    assert "<mark>reïntegratie</mark>" in page
    assert "&lt;b&gt;met&lt;/b&gt;" in page and "<b>met</b>" not in page
    assert "&amp; werk." in page


def test_a_long_text_is_cut_around_the_first_match() -> None:
    body = " ".join(["Eerst een lange inleiding over van alles."] * 20) + " De werkgever belt."
    pieces = excerpt(body, normalise("werkgevers").split())
    text = "".join(p.text for p in pieces)
    assert text.startswith("… ") and "werkgever" in text and len(text) <= 240
    assert Piece("werkgever", match=True) in pieces
    start = excerpt("Kort en klein.", ["werkgever"])
    assert start == (Piece("Kort en klein."),)  # only the title matched: the start


def test_the_excerpt_is_in_the_index_for_every_kind() -> None:
    article = _article("Titel", "De tekst zoals hij is geschreven, met Hoofdletters.")
    document = SearchDocument.objects.get(kind="article", object_id=article.pk)
    assert document.body.startswith("De tekst zoals hij is geschreven, met Hoofdletters.")


def test_the_search_page_with_excerpts_runs_the_same_queries_for_1_and_12(client: Client) -> None:
    _reader(client)
    _article("Werkgevers 0", "Over werkgevers en hun vragen.")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("network:search"), {"q": "werkgevers"})
        assert response.status_code == 200
        return len(queries)

    one = count()
    for n in range(1, 12):
        _article(f"Werkgevers {n}", "Over werkgevers en hun vragen.")
    assert count() == one
    reader = actor_for_user(make_user(mfa=False, organisation=make_organisation("X")))
    assert len(search(actor=reader, q="werkgevers")) == 12


# --- 9. the dates of an article ----------------------------------------------------------------
def test_an_articles_dates_say_what_they_are(client: Client) -> None:
    article = _article("Werkgever zoekt personeel", "Een werkgever.", source_date=date(2017, 4, 12))
    _reader(client)
    page = _text(client.get(f"/netwerk/kennisbank/{article.pk}/"))
    assert "<span data-source-date>bron van 12 april 2017</span>" in page
    assert "In de kennisbank bijgehouden door Eva Editor, bijgewerkt op" in page
    listing = _text(client.get("/netwerk/kennisbank/"))
    assert "bron van april 2017" in listing


# --- 10. the error pages of the network --------------------------------------------------------
def test_a_404_in_the_network_speaks_of_the_network(client: Client, world: Any) -> None:
    client.force_login(world.personas["pro_own"])
    page = _text(client.get("/netwerk/kennisbank/999999/"))
    assert "Deze pagina van het regionale netwerk bestaat niet (meer), of hoort bij een" in page
    assert "toestemming van de cliënt" not in page
    assert 'href="/netwerk/"' in page
    elsewhere = _text(client.get("/clienten/999999/"))
    assert "toestemming van de cliënt" in elsewhere


def test_a_403_in_the_network_speaks_of_the_network(client: Client, world: Any) -> None:
    client.force_login(world.personas["pro_own"])
    response = client.get("/netwerk/kennisbank/nieuw/")
    assert response.status_code == 403
    page = _text(response)
    assert "de redactie van de regio (artikelen)" in page
    assert "functioneel beheerder van je organisatie" not in page


def test_the_employer_gets_network_wording_with_u_and_a_way_to_its_page(
    client: Client, world: Any
) -> None:
    client.force_login(world.personas["employer"])
    forbidden = client.get("/netwerk/trainingen/")
    assert forbidden.status_code == 403
    page = _text(forbidden)
    assert "Dit deel van het regionale netwerk is voor professionals." in page
    assert "op uw eigen pagina" in page
    assert 'href="/netwerk/trainingen/werkgever/"' in page
    missing = _text(client.get("/netwerk/trainingen/999999/"))
    assert "niet voor werkgevers" in missing and 'href="/netwerk/trainingen/werkgever/"' in missing


def test_a_client_on_a_network_page_gets_the_general_wording(client: Client, world: Any) -> None:
    client.force_login(world.personas["client"])
    page = _text(client.get("/netwerk/kennisbank/"))
    assert "regionale netwerk" not in page.split("<main")[1]
