"""One search over the regional network (issue 15, item 4): a document per article, question
(with its answers) and directory entry, in the words a professional types, kept by the
services that write them. PostgreSQL searches ``text`` with its ``dutch`` configuration (a
stored ``tsvector`` column with a GIN index, migration 0002); SQLite searches ``stemmed``
(the same text through the Snowball Dutch stemmer) and ``scope`` with FTS5. Decision 0044."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import ArbeidsmarktRegio


class DocumentKind(models.TextChoices):
    ARTICLE = "article", _("artikel")
    QUESTION = "question", _("vraag")
    ENTRY = "entry", _("organisatie")


class SearchDocument(models.Model):
    kind = models.CharField(max_length=10, choices=DocumentKind.choices)
    object_id = models.PositiveBigIntegerField()
    # Who finds it: the professionals of this region; none: every professional.
    region = models.ForeignKey(
        ArbeidsmarktRegio, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    title = models.CharField(max_length=300)
    text = models.TextField()  # title, body and tags without accents or hyphens in words
    stemmed = models.TextField()  # ``text`` through the Dutch stemmer (SQLite's FTS5)
    # The body as it was written (without the title), for the excerpt a result shows.
    body = models.TextField(blank=True, default="")
    # Who finds it, as a word the FTS5 index can match: "nl" or the region's code in lower
    # case ("am13"), so that SQLite filters by region inside the index, before ranking.
    scope = models.CharField(max_length=10)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "region"],
                condition=models.Q(region__isnull=False),
                name="network_search_once_in_region",
            ),
            models.UniqueConstraint(
                fields=["kind", "object_id"],
                condition=models.Q(region__isnull=True),
                name="network_search_once_national",
            ),
        ]
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self) -> str:
        return self.title
