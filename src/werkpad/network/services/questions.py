"""Questions between professionals (issue 15, item 3, after the "Many" app): asking a question
in a category and a region (or nationally), answering it, the asker marking the answer that
helped, and following a category or a region. One transaction each, checked by the policy and
written to the access log.

No client data: a question (title and explanation) and every answer go through
``refuse_identifying`` before anything else happens. A refusal raises a ``ValidationError``
with the Dutch reason per field; nothing is stored and nothing is logged, so the professional
rewrites the text on the form they typed it in."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, organisation_of, user_of
from werkpad.access.policy import Action, get_for, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.organisations.models import ArbeidsmarktRegio

from ..identifying import Place
from ..models import Answer, Category, Follow, Question
from ..search import index_question
from .checks import refuse_identifying

TITLE_MAX = 200
TEXT_MAX = 3000


def _regions_of(actor: Actor) -> set[int]:
    """The arbeidsmarktregio's of the actor's organisation: where they may ask and follow."""
    return set(
        ArbeidsmarktRegio.objects.filter(organisations=actor.organisation_id).values_list(
            "pk", flat=True
        )
    )


def _check_region(actor: Actor, region: ArbeidsmarktRegio | None, field: str) -> None:
    if region is not None and region.pk not in _regions_of(actor):
        raise ValidationError(
            {field: _("Kies heel Nederland of een arbeidsmarktregio van je organisatie.")}
        )


def _check_category(category: str, *, allow_all: bool = False) -> None:
    if (allow_all and category == "") or category in Category.values:
        return
    raise ValidationError({"category": _("Kies een van de zeven categorieën.")})


def _check_question(title: str, body: str) -> None:
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = _("Schrijf je vraag in één zin.")
    elif len(title) > TITLE_MAX or "\n" in title:
        errors["title"] = _(
            "Schrijf je vraag in één zin van hoogstens %(max)s tekens; de rest kan in de "
            "toelichting."
        ) % {"max": TITLE_MAX}
    if len(body) > TEXT_MAX:
        errors["body"] = _("Houd de toelichting korter dan %(max)s tekens.") % {"max": TEXT_MAX}
    if errors:
        raise ValidationError(errors)


def question_ask(
    *,
    actor: Actor,
    category: str,
    region: ArbeidsmarktRegio | None,
    title: str,
    body: str = "",
) -> Question:
    """A new question to colleagues in one of the actor's regions (``region``) or in the
    whole country (``None``). Refused, with nothing stored, when the text looks like it
    identifies a person."""
    title, body = title.strip(), body.strip()
    _check_question(title, body)
    _check_category(category)
    decision = require(actor, Action.ASK_QUESTION)
    _check_region(actor, region, "region")
    refuse_identifying(actor=actor, fields={"title": title, "body": body}, place=Place.QUESTION)
    with transaction.atomic():
        question = Question.objects.create(
            asker=user_of(actor),
            organisation=organisation_of(actor),
            category=category,
            region=region,
            title=title,
            body=body,
        )
        record_decision(
            actor,
            "network.question.ask",
            AuditAction.CREATE,
            question,
            decision,
            detail={"category": category, "region": region.code if region else None},
        )
        index_question(question)
    return question


def answer_create(*, actor: Actor, question: Question, body: str) -> Answer:
    """An answer to a question the actor can see. Refused, with nothing stored, when the text
    looks like it identifies a person."""
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Schrijf je antwoord.")})
    if len(body) > TEXT_MAX:
        raise ValidationError(
            {"body": _("Houd je antwoord korter dan %(max)s tekens.") % {"max": TEXT_MAX}}
        )
    # Through the scope too: a question outside the actor's regions is not there (404).
    question, decision = get_for(
        actor, Action.ANSWER_QUESTION, Question.objects.all(), pk=question.pk
    )
    refuse_identifying(actor=actor, fields={"body": body}, place=Place.QUESTION)
    with transaction.atomic():
        answer = Answer.objects.create(
            question=question, author=user_of(actor), organisation=organisation_of(actor), body=body
        )
        record_decision(
            actor,
            "network.question.answer",
            AuditAction.CREATE,
            answer,
            decision,
            detail={"question": question.pk},
        )
        index_question(question)  # the answers are found with their question
    return answer


def answer_mark_helpful(*, actor: Actor, answer: Answer) -> bool:
    """The asker marks an answer to their question as the one that helped. Only the asker may
    (403 otherwise). Marking it again changes nothing and returns False."""
    decision = require(actor, Action.MARK_HELPFUL, answer.question)
    if answer.author_id == user_of(actor).pk:
        raise ValidationError(_("Je eigen antwoord kun je niet als behulpzaam markeren."))
    now = timezone.now()
    with transaction.atomic():
        # A conditional update: a second click (or two at once) finds it marked already.
        marked = Answer.objects.filter(pk=answer.pk, helped_at__isnull=True).update(helped_at=now)
        if not marked:
            return False
        answer.helped_at = now
        record_decision(
            actor,
            "network.question.helpful",
            AuditAction.UPDATE,
            answer,
            decision,
            detail={"question": answer.question_id},
        )
    return True


def follow_create(*, actor: Actor, category: str, region: ArbeidsmarktRegio | None) -> Follow:
    """Follow a category (``region`` None: in every region the actor sees, and nationally),
    a region (``category`` empty: every category), or a category in a region. Following what
    one already follows changes nothing and returns that follow."""
    if not category and region is None:
        raise ValidationError(_("Kies een categorie, een regio of allebei."))
    _check_category(category, allow_all=True)
    decision = require(actor, Action.VIEW_NETWORK)
    _check_region(actor, region, "region")
    user = user_of(actor)
    existing = Follow.objects.filter(user=user, category=category, region=region).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            follow = Follow.objects.create(user=user, category=category, region=region)
            record_decision(
                actor,
                "network.follow.create",
                AuditAction.CREATE,
                follow,
                decision,
                detail={"category": category, "region": region.code if region else None},
            )
    except IntegrityError:  # the same follow, posted twice at the same moment
        return Follow.objects.get(user=user, category=category, region=region)
    return follow


def follow_delete(*, actor: Actor, follow: Follow) -> None:
    """Stop following. A follow is one's own row: the policy's scope holds only one's own,
    so another's follow is not there (404)."""
    follow, decision = get_for(actor, Action.VIEW_NETWORK, Follow.objects.all(), pk=follow.pk)
    with transaction.atomic():
        record_decision(
            actor,
            "network.follow.delete",
            AuditAction.DELETE,
            follow,
            decision,
            detail={"category": follow.category, "region": follow.region_id},
        )
        follow.delete()
