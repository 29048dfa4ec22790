"""Questions between professionals, by region and category (after the "Many" app)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import ArbeidsmarktRegio, Organisation

from .choices import Category


class Question(models.Model):
    """A professional's question to colleagues in a region (or nationally), in a category.
    Never about a client by name: ``identifying`` refuses such text before it is stored."""

    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="network_questions"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    category = models.CharField(_("categorie"), max_length=40, choices=Category.choices)
    region = models.ForeignKey(
        ArbeidsmarktRegio,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("regio"),
    )
    title = models.CharField(_("je vraag in één zin"), max_length=200)
    body = models.TextField(_("toelichting"), max_length=3000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["region", "category", "-created_at"])]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self) -> str:
        return self.title


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(_("je antwoord"), max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)
    # The asker marks the answer that helped them.
    helped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"antwoord op {self.question}"


class Follow(models.Model):
    """A professional follows a category, a region, or a category in a region: new questions
    there show on their start page and in their daily digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_follows"
    )
    category = models.CharField(max_length=40, choices=Category.choices, blank=True)
    region = models.ForeignKey(
        ArbeidsmarktRegio, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        # Once per user, category (blank: every category) and region (none: every region).
        constraints = [
            models.UniqueConstraint(
                fields=["user", "category", "region"],
                condition=models.Q(region__isnull=False),
                name="network_follow_once_in_region",
            ),
            models.UniqueConstraint(
                fields=["user", "category"],
                condition=models.Q(region__isnull=True),
                name="network_follow_once_everywhere",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.category or 'alles'} in {self.region or 'heel Nederland'}"
