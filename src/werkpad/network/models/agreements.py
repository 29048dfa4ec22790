"""The regional agreement (convenant or samenwerkingsplan): partners and their tasks, key
persons, shared targets (which the quality issue measures), funding, dates and the signed
document. The regiocoördinator edits it; every professional in the region reads it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import ArbeidsmarktRegio, Organisation

from .directory import KeyPerson


class AgreementKind(models.TextChoices):
    COVENANT = "convenant", _("convenant")
    PLAN = "samenwerkingsplan", _("samenwerkingsplan")


class Agreement(models.Model):
    region = models.ForeignKey(ArbeidsmarktRegio, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(_("soort"), max_length=20, choices=AgreementKind.choices)
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("waar de partners het over eens zijn"), max_length=3000)
    funding = models.TextField(_("financiering"), max_length=3000, blank=True)
    starts_on = models.DateField(_("ingangsdatum"))
    review_on = models.DateField(_("evaluatie op"))
    document = models.FileField(_("getekend document"), upload_to="agreements/", blank=True)
    key_persons = models.ManyToManyField(KeyPerson, blank=True, related_name="+")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("regionale afspraak")
        verbose_name_plural = _("regionale afspraken")

    def __str__(self) -> str:
        return self.title


class AgreementPartner(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    tasks = models.TextField(_("wat deze partner doet"), max_length=1000)
    version = models.PositiveIntegerField(default=1)  # optimistic locking (core.versioning)

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "organisation"], name="network_partner_once"
            )
        ]

    def __str__(self) -> str:
        return str(self.organisation)


class AgreementTarget(models.Model):
    """A shared target, e.g. the seed's "80% van de mensen met autisme aan het werk helpen":
    a share (``percentage``) or a number (``count``) of a population, by a date."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="targets")
    text = models.CharField(_("doel"), max_length=300)
    population = models.CharField(_("voor wie"), max_length=300)
    percentage = models.PositiveSmallIntegerField(_("percentage"), null=True, blank=True)
    count = models.PositiveIntegerField(_("aantal"), null=True, blank=True)
    due_on = models.DateField(_("uiterlijk op"))
    version = models.PositiveIntegerField(default=1)  # optimistic locking (core.versioning)

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.text
