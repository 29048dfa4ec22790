"""Reading the questions between professionals: the list (newest first, with its answer
count and whether an answer helped), one question with its answers, what a professional
follows, the new questions in it for the start page, and the lines of the daily digest.
Everything through the policy's scope: national questions and those of the regions of the
actor's organisation. Reads are not logged: no client data here (decision 0043)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import reduce
from operator import or_

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.policy import Action, Decision, get_for, may, require, visible_to
from werkpad.access.policy.rules.network import reads_in, regions_read_by
from werkpad.accounts.home import HomeCard
from werkpad.accounts.models import User
from werkpad.organisations.models import ArbeidsmarktRegio

from ..forms.questions import NATIONAL
from ..models import Answer, Article, Follow, Question

PAGE_SIZE = 25
# The start page shows the new questions of the last two weeks in what one follows (not
# "since the last visit": a log-in resets that, so the list would be empty on every start).
NEW_FOR = timedelta(days=14)
HOME_LIMIT = 5
HOME_ORDER = 25  # after the clients (10) and the members (20), before the access log (30)


def my_regions(*, actor: Actor) -> list[ArbeidsmarktRegio]:
    """The arbeidsmarktregio's of the actor's organisation: where they ask and follow."""
    if actor.organisation_id is None:
        return []
    return list(ArbeidsmarktRegio.objects.filter(organisations=actor.organisation_id))


def region_label(region: ArbeidsmarktRegio | None) -> str:
    return str(region) if region is not None else _("heel Nederland")


# --- the list ----------------------------------------------------------------------------------
def _visible_questions(actor: Actor) -> QuerySet[Question]:
    helped = Answer.objects.filter(question=OuterRef("pk"), helped_at__isnull=False)
    return (
        visible_to(actor, Question.objects.all())
        .select_related("organisation", "region")
        .annotate(answer_count=Count("answers"), answered=Exists(helped))
    )


def question_list(
    *, actor: Actor, category: str = "", region: str = "", page_number: str | None = None
) -> Page[Question]:
    """One page of the questions the actor sees, newest first. ``category``: one of the
    seven or empty (all); ``region``: a region's pk, NATIONAL, or empty (all)."""
    require(actor, Action.VIEW_NETWORK)
    questions = _visible_questions(actor)
    if category:
        questions = questions.filter(category=category)
    if region == NATIONAL:
        questions = questions.filter(region__isnull=True)
    elif region:
        questions = questions.filter(region_id=int(region))  # a pk the filter form offered
    questions = questions.order_by("-created_at", "-pk")
    return Paginator(questions, PAGE_SIZE).get_page(page_number)


# --- one question ------------------------------------------------------------------------------
@dataclass
class QuestionPage:
    question: Question
    answers: list[Answer]
    articles: list[Article]
    may_mark_helpful: bool  # the asker
    may_make_article: bool  # an editor of the region (or the national part); no article yet


def question_get(
    *, actor: Actor, pk: int, action: Action = Action.VIEW_NETWORK
) -> tuple[Question, Decision]:
    """404 outside the actor's scope, 403 when visible but the action is not theirs."""
    queryset = Question.objects.select_related("asker", "organisation", "region")
    return get_for(actor, action, queryset, pk=pk)


def question_page(*, actor: Actor, question: Question) -> QuestionPage:
    answers = list(
        question.answers.select_related("author", "organisation").order_by("created_at", "pk")
    )
    articles = list(visible_to(actor, Article.objects.filter(from_question=question)))
    return QuestionPage(
        question=question,
        answers=answers,
        articles=articles,
        may_mark_helpful=may(actor, Action.MARK_HELPFUL, question),
        # Once: an article made of it is listed instead (the editor edits that one).
        may_make_article=bool(answers)
        and not articles
        and may(actor, Action.EDIT_ARTICLE, question),
    )


def answer_of(*, question: Question, pk: int) -> Answer:
    """An answer to this question; an answer to another question is not here (404)."""
    try:
        return question.answers.select_related("question").get(pk=pk)
    except (Answer.DoesNotExist, ValueError, OverflowError) as exc:
        raise Http404 from exc


def helpful_answer(*, question: Question) -> Answer | None:
    """The first answer the asker marked as the one that helped (the article's summary)."""
    return question.answers.filter(helped_at__isnull=False).order_by("helped_at", "pk").first()


# --- following ---------------------------------------------------------------------------------
def follows_of(*, actor: Actor) -> list[Follow]:
    require(actor, Action.VIEW_NETWORK)
    follows = visible_to(actor, Follow.objects.select_related("region"))
    return list(follows.order_by("category", "region__code", "pk"))


def follow_get(*, actor: Actor, pk: int) -> Follow:
    follow, _decision = get_for(actor, Action.VIEW_NETWORK, Follow.objects.all(), pk=pk)
    return follow


def _followed(follows: list[Follow]) -> Q | None:
    """The questions a professional's follows point at: a category in every region, every
    category in a region, or a category in a region."""
    parts = [
        Q(**({"category": f.category} if f.category else {}))
        & Q(**({"region_id": f.region_id} if f.region_id else {}))
        for f in follows
    ]
    return reduce(or_, parts) if parts else None


def _new_in_followed(
    actor: Actor, follows: list[Follow], since: datetime, until: datetime | None = None
) -> QuerySet[Question]:
    followed = _followed(follows)
    if followed is None:
        return Question.objects.none()
    questions = visible_to(actor, Question.objects.filter(followed, created_at__gte=since))
    if until is not None:
        questions = questions.filter(created_at__lt=until)
    return (
        questions.exclude(asker_id=actor.user.pk if actor.user else None)
        .select_related("region")
        .order_by("-created_at", "-pk")
    )


def _own_follows(actor: Actor) -> list[Follow]:
    return list(visible_to(actor, Follow.objects.all()))


def new_questions_for(*, actor: Actor, limit: int = HOME_LIMIT) -> list[Question]:
    """At most ``limit`` questions of the last 14 days in what the actor follows, newest
    first, not their own. Two queries."""
    if not may(actor, Action.VIEW_NETWORK):
        return []
    since = timezone.now() - NEW_FOR
    return list(_new_in_followed(actor, _own_follows(actor), since)[:limit])


def home_cards(actor: Actor) -> list[HomeCard]:
    """The start page's card (``accounts.home``): new questions in what the actor follows,
    or, when they follow nothing yet, the way to start. Two queries."""
    if not may(actor, Action.VIEW_NETWORK):
        return []
    follows = _own_follows(actor)
    since = timezone.now() - NEW_FOR
    questions = list(_new_in_followed(actor, follows, since)[:HOME_LIMIT])
    data = {"questions": questions, "follows_something": bool(follows)}
    return [HomeCard(template="network/questions/_followed.html", order=HOME_ORDER, data=data)]


# --- the daily digest --------------------------------------------------------------------------
def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def digest_lines(*, user: User, today: date | None = None, base_url: str = "") -> list[str]:
    """The daily digest's lines for the questions asked yesterday in what ``user`` follows
    (in every organisation they work for), newest first: the title, its category and region,
    and the page's path (after ``base_url``, for an e-mail). Titles carry no client data
    (refused when asked). In the active language; empty when there is nothing new."""
    today = today or timezone.localdate()
    since, until = _day_bounds(today - timedelta(days=1))
    found: dict[int, Question] = {}
    for membership in user.memberships.filter(is_active=True).order_by("pk"):
        actor = actor_for_user(user, membership_id=membership.pk)
        if may(actor, Action.VIEW_NETWORK):
            found.update(
                (q.pk, q) for q in _new_in_followed(actor, _own_follows(actor), since, until)
            )
    ordered = sorted(found.values(), key=lambda q: (q.created_at, q.pk), reverse=True)
    return [_digest_line(question, base_url) for question in ordered]


def digest_section(
    *, users: list[User], today: date, base_url: str
) -> dict[int, tuple[str, list[str]]]:
    """The digest's part for the questions (``trajectories.contributions``), for all
    recipients in three queries: yesterday's questions, the recipients' follows, and the
    regions each reads (the policy's ``regions_read_by``)."""
    since, until = _day_bounds(today - timedelta(days=1))
    asked = list(
        Question.objects.filter(created_at__gte=since, created_at__lt=until)
        .select_related("region")
        .order_by("-created_at", "-pk")
    )
    if not asked:
        return {}
    follows: dict[int, list[Follow]] = {}
    for follow in Follow.objects.filter(user__in=users):
        follows.setdefault(follow.user_id, []).append(follow)
    regions = regions_read_by([user.pk for user in users])
    heading = _("Nieuwe vragen in wat je volgt")
    return {
        user.pk: (
            heading,
            [
                _digest_line(question, base_url)
                for question in asked
                if question.asker_id != user.pk
                and reads_in(regions[user.pk], question.region_id)
                and any(_follows(follow, question) for follow in follows.get(user.pk, []))
            ],
        )
        for user in users
    }


def _follows(follow: Follow, question: Question) -> bool:
    """The question is in what the follow names (as ``_followed`` asks the database)."""
    return (not follow.category or follow.category == question.category) and (
        follow.region_id is None or follow.region_id == question.region_id
    )


def _digest_line(question: Question, base_url: str) -> str:
    return _("Nieuwe vraag in %(category)s, %(region)s: %(title)s %(path)s") % {
        "category": question.get_category_display(),
        "region": region_label(question.region),
        "title": question.title,
        "path": base_url + reverse("network:question", args=[question.pk]),
    }


@dataclass
class FollowOffer:
    """What the list offers to follow: the category and region it is filtered on."""

    category: str
    region: ArbeidsmarktRegio | None
    following: bool
    label: str


def follow_offer(
    *, category: str, region: str, regions: list[ArbeidsmarktRegio], follows: list[Follow]
) -> FollowOffer | None:
    """None when the list shows everything or only national questions (not followable on
    their own: a follow without a region covers every region and the national questions)."""
    chosen = next((r for r in regions if str(r.pk) == region), None)
    if not category and chosen is None:
        return None
    following = any(
        f.category == category and f.region_id == (chosen.pk if chosen else None) for f in follows
    )
    label = follow_label(Follow(category=category, region=chosen))
    return FollowOffer(category=category, region=chosen, following=following, label=label)


def follow_label(follow: Follow) -> str:
    """What a follow covers, in words: "Stigma in Midden-Utrecht (AM13)"."""
    category = follow.get_category_display() if follow.category else _("Alle categorieën")
    if follow.region is None:
        return _("%(category)s, in je regio's en heel Nederland") % {"category": category}
    return _("%(category)s in %(region)s") % {"category": category, "region": follow.region}
