"""The pages of the questions between professionals over HTTP: the list (filtered, newest
first, answer count, "beantwoord"), asking (refused with the reason and the typed text kept
when it looks like client data), a question with its answers and "Dit hielp mij", turning it
into an article, following from the list and "Wat ik volg"; query counts constant in rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.audit.models import AccessLogEntry
from werkpad.network.models import Answer, Article, Follow, Question
from werkpad.organisations.models import ArbeidsmarktRegio, Role
from werkpad.testing import error_summaries, make_organisation, make_user

LIST = reverse("network:questions")
ASK = reverse("network:question_ask")
FOLLOWS = reverse("network:follows")
BSN = "111222333"  # passes the 11-proef


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def am13() -> ArbeidsmarktRegio:
    return ArbeidsmarktRegio.objects.get(code="AM13")


def question(world: Any, asker: str = "pro_own", **fields: Any) -> Question:
    user = world.personas[asker]
    values: dict[str, Any] = {
        "organisation": user.memberships.get().organisation,
        "category": "integrale-aanpak-ggz-en-wi",
        "region": am13(),
        "title": "Hoe vraag ik IPS aan voor iemand in de bijstand?",
        **fields,
    }
    return Question.objects.create(asker=user, **values)


def answer(world: Any, on: Question, author: str = "pro_other", **fields: Any) -> Answer:
    user = world.personas[author]
    values = {"body": "Via de woongemeente.", **fields}
    org = user.memberships.get().organisation
    return Answer.objects.create(question=on, author=user, organisation=org, **values)


def rows(html: str) -> list[str]:
    """The question ids of the list, in order."""
    import re

    return re.findall(r'data-question="(\d+)"', html)


# --- the list -----------------------------------------------------------------------------------


def test_the_list_shows_what_they_may_see_newest_first(world: Any) -> None:
    old = question(world, title="Oude vraag")
    Question.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3))
    national = question(world, "pro_other", region=None, category="stigma", title="Landelijk")
    elsewhere = question(
        world, region=ArbeidsmarktRegio.objects.exclude(code="AM13").first(), title="Ver weg"
    )
    answer(world, old, helped_at=timezone.now())
    answer(world, old, author="admin_own")
    html = _as(world.personas["pro_other"]).get(LIST).content.decode()
    assert rows(html) == [str(national.pk), str(old.pk)]
    assert str(elsewhere.pk) not in rows(html)
    old_row = html.split(f'data-question="{old.pk}"')[1].split("</tr>")[0]
    assert ">2 <span" in old_row and "beantwoord" in old_row
    national_row = html.split(f'data-question="{national.pk}"')[1].split("</tr>")[0]
    assert "beantwoord" not in national_row and "heel Nederland" in national_row


def test_the_list_filters_by_category_and_region(world: Any) -> None:
    regional = question(world, category="stigma")
    national = question(world, region=None, category="stigma")
    other = question(world, category="werkgevers-en-banen")
    http = _as(world.personas["pro_own"])
    by_category = http.get(LIST, {"categorie": "stigma"}).content.decode()
    assert set(rows(by_category)) == {str(regional.pk), str(national.pk)}
    by_national = http.get(LIST, {"regio": "nl"}).content.decode()
    assert rows(by_national) == [str(national.pk)]
    by_region = http.get(LIST, {"regio": am13().pk, "categorie": "stigma"}).content.decode()
    assert rows(by_region) == [str(regional.pk)]
    # A value that is not offered shows everything rather than an error.
    everything = http.get(LIST, {"regio": "999999"}).content.decode()
    assert set(rows(everything)) == {str(regional.pk), str(national.pk), str(other.pk)}


def test_following_from_the_filtered_list(world: Any) -> None:
    http = _as(world.personas["pro_own"])
    filtered = f"{LIST}?categorie=stigma&regio={am13().pk}"
    assert "data-follow" in http.get(filtered).content.decode()
    response = http.post(FOLLOWS, {"category": "stigma", "region": am13().pk, "next": filtered})
    assert response.status_code == 302 and response["Location"] == filtered
    assert Follow.objects.get().region == am13()
    page = http.get(filtered).content.decode()
    assert "data-following" in page and "data-follow>" not in page
    # Somewhere else than the list: back to "Wat ik volg".
    other = http.post(
        FOLLOWS, {"category": "stigma", "region": "", "next": "https://evil.example/"}
    )
    assert other["Location"] == FOLLOWS


# --- asking, and the check ---------------------------------------------------------------------


def test_asking_refuses_client_data_with_the_reason_and_keeps_the_text(world: Any) -> None:
    http = _as(world.personas["pro_own"])
    form = http.get(ASK).content.decode()
    assert f'value="{am13().pk}"' in form and 'value="nl"' in form
    logged = AccessLogEntry.objects.count()
    typed = f"Mijn cliënt met BSN {BSN} wil werken."
    data = {
        "category": "stigma",
        "region": am13().pk,
        "title": "Hoe pak ik dit aan?",
        "body": typed,
    }
    refused = http.post(ASK, data)
    assert refused.status_code == 400
    (summary,) = error_summaries(refused.content.decode())
    assert any("burgerservicenummer" in text and BSN in text for _href, text in summary.links)
    assert typed in refused.content.decode()  # kept, to rewrite
    assert not Question.objects.exists()
    assert AccessLogEntry.objects.count() == logged
    data["body"] = "Mijn cliënt wil werken. Hoe pak ik dit aan?"
    posted = http.post(ASK, data)
    asked = Question.objects.get()
    assert posted.status_code == 302
    assert posted["Location"] == reverse("network:question", args=[asked.pk])


def test_a_name_from_the_askers_caseload_is_refused_and_from_anothers_allowed(world: Any) -> None:
    data = {"category": "stigma", "region": "nl", "title": "Hoe help ik Anna Aalbers verder?"}
    refused = _as(world.personas["pro_own"]).post(ASK, data)
    assert refused.status_code == 400
    assert "is een naam uit je caseload" in refused.content.decode()
    assert not Question.objects.exists()
    assert _as(world.personas["pro_other"]).post(ASK, data).status_code == 302
    assert Question.objects.get().region is None


def test_a_region_that_is_not_theirs_is_refused_on_the_form(world: Any) -> None:
    elsewhere = ArbeidsmarktRegio.objects.exclude(code="AM13").first()
    data = {"category": "stigma", "region": elsewhere.pk, "title": "Een vraag?"}
    refused = _as(world.personas["pro_own"]).post(ASK, data)
    assert refused.status_code == 400
    assert "Kies heel Nederland of een arbeidsmarktregio van je organisatie." in (
        refused.content.decode()
    )
    assert not Question.objects.exists()


# --- a question and its answers -----------------------------------------------------------------


def test_answering_on_the_question_page(world: Any) -> None:
    asked = question(world)
    url = reverse("network:question", args=[asked.pk])
    http = _as(world.personas["pro_other"])
    refused = http.post(url, {"body": "Bel haar op 06-12345678."})
    assert refused.status_code == 400
    assert "persoonlijk telefoonnummer" in refused.content.decode()
    assert "Bel haar op 06-12345678." in refused.content.decode()
    assert not Answer.objects.exists()
    done = http.post(url, {"body": "Via de woongemeente."})
    made = Answer.objects.get()
    assert done["Location"] == f"{url}#antwoord-{made.pk}"


def test_only_the_asker_gets_dit_hielp_mij_and_not_on_their_own_answer(world: Any) -> None:
    asked = question(world)
    theirs = answer(world, asked)
    own = answer(world, asked, author="pro_own", body="Aanvulling van mij")
    url = reverse("network:question", args=[asked.pk])
    mine = _as(world.personas["pro_own"]).get(url).content.decode()
    assert reverse("network:answer_helpful", args=[asked.pk, theirs.pk]) in mine
    assert reverse("network:answer_helpful", args=[asked.pk, own.pk]) not in mine
    other = _as(world.personas["pro_other"]).get(url).content.decode()
    assert "Dit hielp mij" not in other


def test_marking_helpful_over_http(world: Any) -> None:
    asked = question(world)
    theirs = answer(world, asked)
    url = reverse("network:answer_helpful", args=[asked.pk, theirs.pk])
    assert _as(world.personas["pro_other"]).post(url).status_code == 403
    http = _as(world.personas["pro_own"])
    assert http.post(url).status_code == 302
    assert http.post(url).status_code == 302  # again: nothing changes
    assert Answer.objects.get().helped_at is not None
    assert AccessLogEntry.objects.filter(event_code="network.question.helpful").count() == 1
    page = http.get(reverse("network:question", args=[asked.pk])).content.decode()
    assert "data-helped" in page


def test_an_answer_of_another_question_is_not_there(world: Any) -> None:
    mine = question(world)
    other = question(world, "pro_other")
    theirs = answer(world, other, author="admin_own")
    url = reverse("network:answer_helpful", args=[mine.pk, theirs.pk])
    assert _as(world.personas["pro_own"]).post(url).status_code == 404
    assert Answer.objects.get().helped_at is None


# --- turning it into an article ----------------------------------------------------------------


def test_the_regiocoordinator_turns_the_helpful_answer_into_an_article(world: Any) -> None:
    asked = question(world)
    answer(world, asked, body="De ggz vraagt de subsidie aan bij de woongemeente.")
    helped = answer(world, asked, author="admin_other", helped_at=timezone.now())
    coordinator = make_user(organisation=world.org_a, role=Role.REGIOCOORDINATOR)
    http = _as(coordinator)
    page = http.get(reverse("network:question", args=[asked.pk])).content.decode()
    article_url = reverse("network:question_article", args=[asked.pk])
    assert article_url in page and "Maak er een artikel van" in page
    form = http.get(article_url).context["form"]
    assert form.initial["title"] == asked.title
    assert form.initial["summary"] == helped.body
    assert form.initial["category"] == asked.category
    assert form.initial["source_title"] == "Vraag van een collega in Werkpad"
    assert form.initial["source_date"] == timezone.localdate()
    data = {
        "title": "IPS voor iemand in de bijstand",
        "category": asked.category,
        "summary": helped.body,
        "source_title": "Vraag van een collega in Werkpad",
        "source_date": timezone.localdate().isoformat(),
        "tags": "IPS, bijstand",
    }
    done = http.post(article_url, data)
    article = Article.objects.get()
    assert done["Location"] == reverse("network:article", args=[article.pk])
    assert (article.from_question, article.region, article.editor) == (asked, am13(), coordinator)
    assert article.tags == "ips,bijstand"
    shown = http.get(reverse("network:question", args=[asked.pk])).content.decode()
    assert reverse("network:article", args=[article.pk]) in shown
    assert "IPS voor iemand in de bijstand" in shown
    assert article_url not in shown  # made once: the article is listed instead


def test_a_professional_who_is_no_editor_gets_no_article_button(world: Any) -> None:
    asked = question(world)
    answer(world, asked)
    page = _as(world.personas["pro_other"]).get(reverse("network:question", args=[asked.pk]))
    assert "Maak er een artikel van" not in page.content.decode()
    url = reverse("network:question_article", args=[asked.pk])
    assert _as(world.personas["pro_other"]).get(url).status_code == 403


# --- wat ik volg --------------------------------------------------------------------------------


def test_what_i_follow_lists_my_follows_and_stops_one(world: Any) -> None:
    mine = Follow.objects.create(user=world.personas["pro_own"], category="stigma")
    Follow.objects.create(user=world.personas["pro_other"], category="werkgevers-en-banen")
    http = _as(world.personas["pro_own"])
    page = http.get(FOLLOWS).content.decode()
    assert "Stigma, in je regio&#x27;s en heel Nederland" in page
    assert "Werkgevers en banen" not in page.split('id="follow-heading"')[0]
    empty = http.post(FOLLOWS, {"category": "", "region": ""})
    assert empty.status_code == 400
    assert "Kies een categorie, een regio of allebei." in empty.content.decode()
    stop = http.post(reverse("network:follow_delete", args=[mine.pk]))
    assert stop.status_code == 302
    assert not Follow.objects.filter(user=world.personas["pro_own"]).exists()


# --- query counts -------------------------------------------------------------------------------


def _queries(http: HttpClient, url: str) -> int:
    http.get(url)  # warm up the session and caches
    with CaptureQueriesContext(connection) as captured:
        assert http.get(url).status_code == 200
    return len(captured)


def test_the_list_runs_as_many_queries_for_1_as_for_20_questions(world: Any) -> None:
    http = _as(world.personas["pro_own"])
    outsider = make_organisation("Re-integratie Noord")
    asker = make_user(organisation=outsider)
    first = question(world)
    answer(world, first)
    one = _queries(http, LIST)
    for n in range(19):
        extra = Question.objects.create(
            asker=asker, organisation=outsider, category="stigma", region=None, title=f"Vraag {n}"
        )
        answer(world, extra, helped_at=timezone.now())
    assert _queries(http, LIST) == one


def test_a_question_runs_as_many_queries_for_1_as_for_20_answers(world: Any) -> None:
    asked = question(world)
    answer(world, asked)
    url = reverse("network:question", args=[asked.pk])
    http = _as(world.personas["pro_own"])
    one = _queries(http, url)
    for n in range(19):
        author = make_user(organisation=make_organisation(f"Organisatie {n}"))
        Answer.objects.create(
            question=asked, author=author, organisation=author.memberships.get().organisation,
            body=f"Antwoord {n}", helped_at=timezone.now() if n % 2 else None,
        )  # fmt: skip
    assert _queries(http, url) == one


@pytest.mark.parametrize("persona", ["client", "employer"])
def test_no_pages_for_clients_and_employers(world: Any, persona: str) -> None:
    http = _as(world.personas[persona])
    assert http.get(LIST).status_code == 403
    assert http.get(reverse("network:question", args=[question(world).pk])).status_code == 404
