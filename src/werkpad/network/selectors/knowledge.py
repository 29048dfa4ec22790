"""The Routekaart knowledge base as a professional reads it: by category, national and their
regions' articles, with readers' marks and the versions kept. Public knowledge: not logged."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, may, require, visible_to

from ..models import Article, ArticleFeedback, ArticleVersion, Category, Feedback


def _articles(actor: Actor) -> QuerySet[Article]:
    return (
        visible_to(actor, Article.objects.all())
        .select_related("region", "editor")
        .annotate(
            helpful_count=Count("feedback", filter=Q(feedback__kind=Feedback.HELPFUL)),
            outdated_count=Count("feedback", filter=Q(feedback__kind=Feedback.OUTDATED)),
        )
    )


@dataclass
class CategorySection:
    code: str
    label: str
    articles: list[Article]


@dataclass
class KnowledgeBase:
    sections: list[CategorySection]
    category: str
    may_write: bool


def knowledge_base(*, actor: Actor, category: str = "") -> KnowledgeBase:
    require(actor, Action.VIEW_NETWORK)
    articles = _articles(actor).order_by("category", "title")
    if category:
        articles = articles.filter(category=category)
    by_category: dict[str, list[Article]] = {}
    for article in articles:
        by_category.setdefault(article.category, []).append(article)
    sections = [
        CategorySection(code, str(label), by_category.get(code, []))
        for code, label in Category.choices
        if not category or code == category
    ]
    return KnowledgeBase(sections, category, may(actor, Action.EDIT_ARTICLE))


@dataclass
class ArticlePage:
    article: Article
    versions: int
    mine: set[str]  # the marks this reader gave: "helpful", "outdated"
    may_edit: bool


def article_get(*, actor: Actor, pk: int) -> Article:
    article, _decision = get_for(actor, Action.VIEW_NETWORK, _articles(actor), pk=pk)
    return article


def article_page(*, actor: Actor, pk: int) -> ArticlePage:
    article = article_get(actor=actor, pk=pk)
    mine = set(
        ArticleFeedback.objects.filter(article=article, user=actor.user).values_list(
            "kind", flat=True
        )
    )
    return ArticlePage(
        article=article,
        versions=ArticleVersion.objects.filter(article=article).count(),
        mine=mine,
        may_edit=may(actor, Action.EDIT_ARTICLE, article),
    )


def article_for_edit(*, actor: Actor, pk: int) -> Article:
    article, _decision = get_for(actor, Action.EDIT_ARTICLE, _articles(actor), pk=pk)
    return article


def article_versions(*, actor: Actor, pk: int) -> tuple[Article, list[ArticleVersion]]:
    article = article_get(actor=actor, pk=pk)
    versions = list(
        visible_to(actor, ArticleVersion.objects.filter(article=article)).select_related(
            "edited_by"
        )
    )
    return article, versions


def outdated_notes(*, actor: Actor, article: Article) -> list[ArticleFeedback]:
    """What readers say changed, for the article's editors."""
    if not may(actor, Action.EDIT_ARTICLE, article):
        return []
    return list(
        visible_to(
            actor, ArticleFeedback.objects.filter(article=article, kind=Feedback.OUTDATED)
        ).order_by("-created_at")
    )
