"""The services of the questions between professionals (issue 15, item 3): asking, answering,
"Dit hielp mij" and following, with their access-log rows; bad input and text that looks like
it identifies a person are refused with a Dutch message and store nothing, log nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from werkpad.access.actor import Actor, actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.network.models import Answer, Follow, Question
from werkpad.network.services import questions as services
from werkpad.organisations.models import ArbeidsmarktRegio
from werkpad.testing import make_organisation, make_user

ORDINARY = "Hoe vragen jullie IPS aan voor iemand met een bijstandsuitkering?"


def actor(world: Any, persona: str) -> Actor:
    return actor_for_user(world.personas[persona])


def am13() -> ArbeidsmarktRegio:
    return ArbeidsmarktRegio.objects.get(code="AM13")


def log_rows(code: str) -> int:
    return AccessLogEntry.objects.filter(event_code=code).count()


def ask(world: Any, persona: str = "pro_own", **fields: Any) -> Question:
    values: dict[str, Any] = {
        "category": "integrale-aanpak-ggz-en-wi",
        "region": am13(),
        "title": ORDINARY,
        "body": "",
        **fields,
    }
    return services.question_ask(actor=actor(world, persona), **values)


def refusal(error: ValidationError) -> dict[str, list[str]]:
    return error.message_dict


# --- asking -------------------------------------------------------------------------------------


def test_asking_stores_the_question_with_its_organisation_and_logs_it(world: Any) -> None:
    question = ask(world, title=f"  {ORDINARY}  ", body="  Wie regelt de subsidie?  ")
    assert question.title == ORDINARY
    assert question.body == "Wie regelt de subsidie?"
    assert question.asker == world.personas["pro_own"]
    assert question.organisation == world.org_a
    assert question.region == am13()
    row = AccessLogEntry.objects.get(event_code="network.question.ask")
    assert row.object_id == str(question.pk)
    assert row.detail == {"category": "integrale-aanpak-ggz-en-wi", "region": "AM13"}


def test_a_national_question_has_no_region(world: Any) -> None:
    assert ask(world, region=None).region is None


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"title": "   "}, "title", "Schrijf je vraag in één zin."),
        ({"title": "Eerste zin.\nTweede regel"}, "title", "in één zin van hoogstens"),
        ({"title": "x" * 201}, "title", "in één zin van hoogstens"),
        ({"category": "iets-anders"}, "category", "Kies een van de zeven categorieën."),
        ({"body": "x" * 3001}, "body", "korter dan 3000 tekens"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_stores_nothing(
    world: Any, fields: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        ask(world, **fields)
    assert message in " ".join(refusal(refused.value)[field])
    assert not Question.objects.exists()
    assert log_rows("network.question.ask") == 0


def test_a_region_that_is_not_one_of_theirs_is_refused(world: Any) -> None:
    elsewhere = ArbeidsmarktRegio.objects.exclude(code="AM13").first()
    with pytest.raises(ValidationError) as refused:
        ask(world, region=elsewhere)
    assert refusal(refused.value)["region"] == [
        "Kies heel Nederland of een arbeidsmarktregio van je organisatie."
    ]
    assert not Question.objects.exists()


@pytest.mark.parametrize("persona", ["client", "employer"])
def test_only_professionals_ask(world: Any, persona: str) -> None:
    with pytest.raises(PermissionDenied):
        ask(world, persona)
    assert not Question.objects.exists()


# --- the check: no client data ------------------------------------------------------------------

# (persona, title, body, refused field or None). Anna Aalbers is on Pro Eigen's caseload (A),
# not on Pro Ander's (B).
CHECK_TABLE = [
    ("pro_own", "Mag ik BSN 111222333 delen met UWV?", "", "title"),
    ("pro_own", "Hoe vraag ik IPS aan?", "Het gaat om 123 456 782, ken je die?", "body"),
    ("pro_own", "Hoe help ik Anna Aalbers aan werk?", "", "title"),
    ("pro_own", "Hoe help ik mijn cliënt aan werk?", "Zij heet anna aalbers.", "body"),
    ("pro_other", "Hoe help ik Anna Aalbers aan werk?", "", None),
    ("pro_own", "Hoe vraag ik IPS aan?", "Cliënt is geboren op 3-4-1985.", "body"),
    ("pro_own", "Hoe vraag ik IPS aan?", "Mail hem op j.jansen@voorbeeld.nl.", "body"),
    ("pro_own", "Hoe vraag ik IPS aan?", "Bel haar op 06-12345678.", "body"),
    ("pro_own", "Hoe vraag ik IPS aan?", "Ticketnummer 123456789, tel. 0800-1234567.", None),
    ("pro_own", ORDINARY, "Sinds april 2023 werken wij met de Routekaart en IPS.", None),
]


@pytest.mark.parametrize(("persona", "title", "body", "refused"), CHECK_TABLE)
def test_the_check_before_a_question_is_stored(
    world: Any, persona: str, title: str, body: str, refused: str | None
) -> None:
    if refused is None:
        question = ask(world, persona, title=title, body=body)
        assert Question.objects.get() == question
        return
    with pytest.raises(ValidationError) as error:
        ask(world, persona, title=title, body=body)
    reasons = refusal(error.value)
    assert list(reasons) == [refused]
    assert "Zet geen gegevens van cliënten in een vraag of antwoord" in reasons[refused][0]
    assert not Question.objects.exists()
    assert log_rows("network.question.ask") == 0


@pytest.mark.parametrize(("persona", "_title", "body", "refused"), CHECK_TABLE)
def test_the_check_before_an_answer_is_stored(
    world: Any, persona: str, _title: str, body: str, refused: str | None
) -> None:
    question = ask(world, "admin_own")
    text = body or _title
    if refused is None:
        services.answer_create(actor=actor(world, persona), question=question, body=text)
        assert question.answers.count() == 1
        return
    with pytest.raises(ValidationError) as error:
        services.answer_create(actor=actor(world, persona), question=question, body=text)
    assert list(refusal(error.value)) == ["body"]
    assert not Answer.objects.exists()
    assert log_rows("network.question.answer") == 0


# --- answering ----------------------------------------------------------------------------------


def test_answering_stores_and_logs_the_answer(world: Any) -> None:
    question = ask(world)
    answer = services.answer_create(
        actor=actor(world, "pro_other"), question=question, body="  Via de gemeente.  "
    )
    assert (answer.body, answer.author, answer.organisation) == (
        "Via de gemeente.",
        world.personas["pro_other"],
        world.org_b,
    )
    row = AccessLogEntry.objects.get(event_code="network.question.answer")
    assert row.detail == {"question": question.pk}


def test_an_empty_answer_is_refused(world: Any) -> None:
    question = ask(world)
    with pytest.raises(ValidationError) as refused:
        services.answer_create(actor=actor(world, "pro_other"), question=question, body="  ")
    assert refusal(refused.value) == {"body": ["Schrijf je antwoord."]}
    assert not Answer.objects.exists()


def test_a_question_of_another_region_cannot_be_answered(world: Any) -> None:
    """A professional of an organisation outside the question's region does not have it."""
    outside = make_organisation("GGZ Noord")
    outside.regions.set([ArbeidsmarktRegio.objects.exclude(code="AM13").first()])
    stranger = actor_for_user(make_user(organisation=outside))
    with pytest.raises(Http404):
        services.answer_create(actor=stranger, question=ask(world), body="Ik weet het.")
    assert not Answer.objects.exists()


# --- "Dit hielp mij" ----------------------------------------------------------------------------


def test_the_asker_marks_an_answer_helpful_once(world: Any) -> None:
    question = ask(world)
    answer = services.answer_create(actor=actor(world, "pro_other"), question=question, body="Ja.")
    assert services.answer_mark_helpful(actor=actor(world, "pro_own"), answer=answer) is True
    first = Answer.objects.get().helped_at
    assert first is not None
    # Twice is fine: nothing changes, nothing more is logged.
    assert services.answer_mark_helpful(actor=actor(world, "pro_own"), answer=answer) is False
    assert Answer.objects.get().helped_at == first
    assert log_rows("network.question.helpful") == 1


@pytest.mark.parametrize("persona", ["pro_other", "admin_own"])
def test_only_the_asker_marks_helpful(world: Any, persona: str) -> None:
    question = ask(world)
    answer = services.answer_create(actor=actor(world, "pro_other"), question=question, body="Ja.")
    with pytest.raises(PermissionDenied):
        services.answer_mark_helpful(actor=actor(world, persona), answer=answer)
    assert Answer.objects.get().helped_at is None


def test_the_asker_does_not_mark_their_own_answer(world: Any) -> None:
    question = ask(world)
    own = services.answer_create(
        actor=actor(world, "pro_own"), question=question, body="Aanvulling"
    )
    with pytest.raises(ValidationError):
        services.answer_mark_helpful(actor=actor(world, "pro_own"), answer=own)
    assert Answer.objects.get().helped_at is None


# --- following ----------------------------------------------------------------------------------


def test_follow_a_category_a_region_or_both_and_stop(world: Any) -> None:
    me = actor(world, "pro_own")
    by_category = services.follow_create(actor=me, category="stigma", region=None)
    by_region = services.follow_create(actor=me, category="", region=am13())
    both = services.follow_create(actor=me, category="stigma", region=am13())
    assert len({by_category.pk, by_region.pk, both.pk}) == 3
    # Following again changes nothing.
    assert services.follow_create(actor=me, category="stigma", region=None) == by_category
    assert log_rows("network.follow.create") == 3
    services.follow_delete(actor=me, follow=by_region)
    assert set(Follow.objects.values_list("pk", flat=True)) == {by_category.pk, both.pk}
    row = AccessLogEntry.objects.get(event_code="network.follow.delete")
    assert row.object_id == str(by_region.pk)


@pytest.mark.parametrize(
    ("category", "region_code", "message"),
    [
        ("", None, "Kies een categorie, een regio of allebei."),
        ("iets-anders", None, "Kies een van de zeven categorieën."),
        ("stigma", "elsewhere", "Kies heel Nederland of een arbeidsmarktregio van je organisatie."),
    ],
)
def test_a_follow_of_nothing_or_of_another_region_is_refused(
    world: Any, category: str, region_code: str | None, message: str
) -> None:
    region = ArbeidsmarktRegio.objects.exclude(code="AM13").first() if region_code else None
    with pytest.raises(ValidationError) as refused:
        services.follow_create(actor=actor(world, "pro_own"), category=category, region=region)
    assert message in refused.value.messages
    assert not Follow.objects.exists()


def test_another_professionals_follow_is_not_there(world: Any) -> None:
    follow = services.follow_create(actor=actor(world, "pro_own"), category="stigma", region=None)
    with pytest.raises(Http404):
        services.follow_delete(actor=actor(world, "pro_other"), follow=follow)
    assert Follow.objects.filter(pk=follow.pk).exists()
