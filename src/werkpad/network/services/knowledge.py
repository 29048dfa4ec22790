"""The Routekaart knowledge base: writing and editing articles (every edit keeps the previous
text), readers marking an article helpful or outdated, and naming a region's editors. One
transaction each, checked by the policy, written to the access log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, user_of
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision
from werkpad.core.versioning import save_versioned
from werkpad.organisations.models import ArbeidsmarktRegio

from ..identifying import Place
from ..models import Article, ArticleFeedback, ArticleVersion, Category, Feedback, Question
from ..search import index_article
from .checks import refuse_identifying


@dataclass(frozen=True, kw_only=True)
class ArticleText:
    """What an editor writes: the summary in plain language and where it comes from."""

    category: str
    title: str
    summary: str
    source_title: str
    source_url: str = ""
    source_date: date
    region: ArbeidsmarktRegio | None = None
    tags: tuple[str, ...] = ()


def _normalised_tags(tags: tuple[str, ...]) -> str:
    seen: list[str] = []
    for tag in tags:
        clean = " ".join(tag.lower().split()).strip(",")
        if clean and clean not in seen:
            seen.append(clean)
    return ",".join(seen)


def _validate(actor: Actor, text: ArticleText) -> None:
    if text.category not in Category.values:
        raise ValidationError({"category": _("Kies een van de zeven categorieën.")})
    if text.source_date > timezone.localdate():
        raise ValidationError({"source_date": _("De datum van de bron ligt in de toekomst.")})
    # An article is public knowledge: it never names a client (the same check as questions,
    # with the names of the editor's own caseload).
    refuse_identifying(
        actor=actor,
        fields={"title": text.title, "summary": text.summary, "tags": ", ".join(text.tags)},
        place=Place.ARTICLE,
    )


def _fields(text: ArticleText) -> dict[str, Any]:
    return {
        "category": text.category,
        "title": text.title.strip(),
        "summary": text.summary.strip(),
        "source_title": text.source_title.strip(),
        "source_url": text.source_url.strip(),
        "source_date": text.source_date,
        "region": text.region,
        "tags": _normalised_tags(text.tags),
    }


def article_create(
    *, actor: Actor, text: ArticleText, from_question: Question | None = None
) -> Article:
    """A new article, by an editor of its region (or of the national part)."""
    _validate(actor, text)
    probe = Article(region=text.region)
    decision = require(actor, Action.EDIT_ARTICLE, from_question or probe)
    with transaction.atomic():
        article = Article.objects.create(
            **_fields(text), editor=user_of(actor), from_question=from_question
        )
        record_decision(
            actor,
            "network.article.create",
            AuditAction.CREATE,
            article,
            decision,
            detail={"from_question": from_question.pk if from_question else None},
        )
        index_article(article)
    return article


def article_update(*, actor: Actor, article: Article, text: ArticleText, version: int) -> Article:
    """A new version of the article; the previous text is kept (``ArticleVersion``). An edit
    based on an older version is refused (``StaleEditError``), never silently applied."""
    _validate(actor, text)
    decision = require(actor, Action.EDIT_ARTICLE, article)
    if text.region != article.region:
        # Moving an article to another region needs the right there too.
        require(actor, Action.EDIT_ARTICLE, Article(region=text.region))
    with transaction.atomic():
        ArticleVersion.objects.create(
            article=article,
            number=article.version,
            title=article.title,
            summary=article.summary,
            source_title=article.source_title,
            source_url=article.source_url,
            source_date=article.source_date,
            tags=article.tags,
            edited_by_id=article.editor_id,
            edited_at=article.updated_at,
        )
        save_versioned(Article, article, version, {**_fields(text), "editor": user_of(actor)})
        record_decision(actor, "network.article.update", AuditAction.UPDATE, article, decision)
        index_article(article)
    return article


def article_feedback(*, actor: Actor, article: Article, kind: str, note: str = "") -> bool:
    """A reader marks the article helpful or outdated (once each). False when they already
    had: nothing changes."""
    if kind not in Feedback.values:
        raise ValidationError({"kind": _("Kies nuttig of verouderd.")})
    if kind == Feedback.OUTDATED and not note.strip():
        raise ValidationError(
            {"note": _("Schrijf kort wat er veranderd is, zodat de redactie het kan bijwerken.")}
        )
    refuse_identifying(actor=actor, fields={"note": note}, place=Place.FEEDBACK)
    decision = require(actor, Action.VIEW_NETWORK, article)
    try:
        with transaction.atomic():
            feedback = ArticleFeedback.objects.create(
                article=article, user=user_of(actor), kind=kind, note=note.strip()
            )
            record_decision(
                actor,
                "network.article.feedback",
                AuditAction.CREATE,
                article,
                decision,
                detail={"kind": kind, "feedback": feedback.pk},
            )
    except IntegrityError:
        return False
    return True
