"""The Routekaart knowledge base: articles, their versions, readers' marks, editors."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import ArbeidsmarktRegio

from .choices import Category


class Article(models.Model):
    """An entry of the knowledge base: a plain-language summary of a source, for the nation
    (``region`` empty) or one region. Every edit keeps the previous text (``ArticleVersion``)."""

    category = models.CharField(_("categorie"), max_length=40, choices=Category.choices)
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("samenvatting in gewone taal"), max_length=3000)
    source_title = models.CharField(_("bron"), max_length=300)
    source_url = models.URLField(_("adres van de bron"), max_length=500, blank=True)
    source_date = models.DateField(_("datum van de bron"))
    region = models.ForeignKey(
        ArbeidsmarktRegio,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("regio"),
    )
    tags = models.CharField(_("trefwoorden"), max_length=300, blank=True)
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    from_question = models.ForeignKey(
        "Question", on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["category", "title"]
        indexes = [models.Index(fields=["region", "category"])]
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")

    def __str__(self) -> str:
        return self.title

    @property
    def tag_list(self) -> list[str]:
        return [t for t in self.tags.split(",") if t]


class ArticleVersion(models.Model):
    """The text of an article as it was before an edit: versions are kept."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    summary = models.TextField()
    source_title = models.CharField(max_length=300)
    source_url = models.URLField(max_length=500, blank=True)
    source_date = models.DateField()
    tags = models.CharField(max_length=300, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    edited_at = models.DateTimeField()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="network_version_once")
        ]

    def __str__(self) -> str:
        return f"{self.title} (versie {self.number})"


class Feedback(models.TextChoices):
    HELPFUL = "helpful", _("nuttig")
    OUTDATED = "outdated", _("verouderd")


class ArticleFeedback(models.Model):
    """A reader's mark on an article: helpful, or outdated (with what changed)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Feedback.choices)
    note = models.CharField(_("wat is er veranderd?"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "user", "kind"], name="network_feedback_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.article}"


class Editor(models.Model):
    """Who keeps the knowledge base of a region (or, with no region, the national part) up to
    date. The regiocoördinator of a region names them."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_editor_for"
    )
    region = models.ForeignKey(
        ArbeidsmarktRegio, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "region"], name="network_editor_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.region or 'landelijk'})"
