"""Following a category or a region: the start page's "Nieuwe vragen in wat je volgt"
(``new_questions_for``, ``home_cards`` and its partial) and the daily digest's lines
(``digest_lines``): only what the professional follows and may see, not their own questions,
at most five on the start page from the last 14 days, yesterday's in the digest."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from werkpad.access.actor import actor_for_user
from werkpad.network.models import Follow, Question
from werkpad.network.selectors.questions import digest_lines, home_cards, new_questions_for
from werkpad.organisations.models import ArbeidsmarktRegio
from werkpad.testing import make_organisation, make_user


def am13() -> ArbeidsmarktRegio:
    return ArbeidsmarktRegio.objects.get(code="AM13")


def elsewhere() -> ArbeidsmarktRegio:
    return ArbeidsmarktRegio.objects.exclude(code="AM13").order_by("code").first()


def asked(world: Any, title: str, *, days_ago: float = 0, by: str = "pro_other", **fields: Any):
    user = world.personas[by]
    values: dict[str, Any] = {"category": "stigma", "region": am13(), **fields}
    question = Question.objects.create(
        asker=user, organisation=user.memberships.get().organisation, title=title, **values
    )
    when = timezone.now() - timedelta(days=days_ago)
    Question.objects.filter(pk=question.pk).update(created_at=when)
    question.created_at = when
    return question


def titles(questions: list[Question]) -> list[str]:
    return [q.title for q in questions]


def test_new_questions_in_what_one_follows(world: Any) -> None:
    me = world.personas["pro_own"]
    Follow.objects.create(user=me, category="stigma")  # stigma everywhere
    Follow.objects.create(user=me, region=am13(), category="werkgevers-en-banen")
    asked(world, "Stigma in de regio", days_ago=1)
    asked(world, "Stigma landelijk", days_ago=2, region=None)
    asked(world, "Werkgevers in de regio", days_ago=3, category="werkgevers-en-banen")
    asked(world, "Werkgevers landelijk", days_ago=1, category="werkgevers-en-banen", region=None)
    asked(world, "Aanpakken in de regio", days_ago=1, category="aanpakken-en-interventies")
    asked(world, "Te oud", days_ago=15)
    asked(world, "Mijn eigen vraag", by="pro_own")
    # Outside the actor's regions: never shown, also not when the category is followed.
    outside = make_organisation("GGZ Noord")
    outside.regions.set([elsewhere()])
    stranger = make_user(organisation=outside)
    Question.objects.create(
        asker=stranger, organisation=outside, category="stigma", region=elsewhere(), title="Ver"
    )
    found = new_questions_for(actor=actor_for_user(me))
    assert titles(found) == ["Stigma in de regio", "Stigma landelijk", "Werkgevers in de regio"]


def test_at_most_five_newest_first_and_nothing_without_follows(world: Any) -> None:
    me = actor_for_user(world.personas["pro_own"])
    for n in range(7):
        asked(world, f"Vraag {n}", days_ago=n + 0.5)
    assert new_questions_for(actor=me) == []
    Follow.objects.create(user=world.personas["pro_own"], region=am13())
    assert titles(new_questions_for(actor=me)) == [f"Vraag {n}" for n in range(5)]
    assert titles(new_questions_for(actor=me, limit=2)) == ["Vraag 0", "Vraag 1"]


def test_clients_and_employers_get_no_card(world: Any) -> None:
    for persona in ("client", "employer"):
        assert home_cards(actor_for_user(world.personas[persona])) == []


def test_the_home_card_in_a_fixed_number_of_queries(world: Any) -> None:
    me = actor_for_user(world.personas["pro_own"])
    Follow.objects.create(user=world.personas["pro_own"], category="stigma")
    asked(world, "Eén vraag")
    with CaptureQueriesContext(connection) as one:
        home_cards(me)
    for n in range(9):
        asked(world, f"Vraag {n}")
    with CaptureQueriesContext(connection) as many:
        (card,) = home_cards(me)
    assert len(many) == len(one) == 2
    assert len(card.data["questions"]) == 5


def test_the_partial_shows_the_questions_or_the_way_to_start(world: Any) -> None:
    me = actor_for_user(world.personas["pro_own"])
    (empty,) = home_cards(me)
    html = render_to_string(empty.template, {"card": empty})
    assert "Volg een categorie of je regio" in html
    Follow.objects.create(user=world.personas["pro_own"], category="stigma")
    (none_new,) = home_cards(me)
    assert "Geen nieuwe vragen" in render_to_string(none_new.template, {"card": none_new})
    question = asked(world, "Hoe bespreek je openheid op het werk?")
    (card,) = home_cards(me)
    html = render_to_string(card.template, {"card": card})
    assert "Nieuwe vragen in wat je volgt" in html
    assert reverse("network:question", args=[question.pk]) in html
    assert "Hoe bespreek je openheid op het werk?" in html


def _at(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def test_the_digest_lists_yesterdays_questions_in_what_one_follows(world: Any) -> None:
    me = world.personas["pro_own"]
    Follow.objects.create(user=me, category="stigma")
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    regional = asked(world, "Openheid op het werk?")
    national = asked(world, "Landelijk stigma?", region=None)
    early = asked(world, "Net na middernacht?")
    for question, when in (
        (regional, _at(yesterday, 9)),
        (national, _at(yesterday, 15)),
        (early, _at(yesterday, 0)),
    ):
        Question.objects.filter(pk=question.pk).update(created_at=when)
    late = asked(world, "Vandaag gesteld")  # for tomorrow's digest
    Question.objects.filter(pk=late.pk).update(created_at=_at(today, 0))
    too_old = asked(world, "Eergisteren")  # was in yesterday's digest
    Question.objects.filter(pk=too_old.pk).update(
        created_at=_at(yesterday, 0) - timedelta(seconds=1)
    )
    other = asked(world, "Andere categorie", category="werkgevers-en-banen")
    own = asked(world, "Mijn eigen vraag", by="pro_own")
    Question.objects.filter(pk__in=[other.pk, own.pk]).update(created_at=_at(yesterday, 12))
    with translation.override("nl"):
        lines = digest_lines(user=me, today=today)
    path = lambda q: reverse("network:question", args=[q.pk])  # noqa: E731
    assert lines == [
        f"Nieuwe vraag in Stigma, heel Nederland: Landelijk stigma? {path(national)}",
        f"Nieuwe vraag in Stigma, Midden-Utrecht (AM13): Openheid op het werk? {path(regional)}",
        f"Nieuwe vraag in Stigma, Midden-Utrecht (AM13): Net na middernacht? {path(early)}",
    ]


def test_the_digest_is_empty_without_follows_or_news(world: Any) -> None:
    me = world.personas["pro_own"]
    news = asked(world, "Gisteren gesteld")
    today = timezone.localdate()
    Question.objects.filter(pk=news.pk).update(created_at=_at(today - timedelta(days=1), 10))
    assert digest_lines(user=me, today=today) == []  # follows nothing
    Follow.objects.create(user=me, category="werkgevers-en-banen")
    assert digest_lines(user=me, today=today) == []  # follows something else
    Follow.objects.create(user=me, category="stigma")
    (line,) = digest_lines(user=me, today=today, base_url="https://werkpad.example")
    assert line.endswith(f"https://werkpad.example/netwerk/vragen/{news.pk}/")
    Follow.objects.create(user=world.personas["client"], category="stigma")
    assert digest_lines(user=world.personas["client"], today=today) == []
