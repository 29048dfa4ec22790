"""Who is who in the region: organisations, what they offer, their key persons."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import Organisation, Team

from .choices import Offering

# An entry not confirmed by its organisation for this long is marked as possibly outdated.
CONFIRM_EVERY = timedelta(days=183)


class DirectoryEntry(models.Model):
    """An organisation as the region's professionals find it: what it does and offers, how to
    reach it. Its functioneel beheerder keeps it up to date and confirms it."""

    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.CASCADE,
        related_name="directory_entry",
        verbose_name=_("organisatie"),
    )
    description = models.TextField(_("wat de organisatie doet"), max_length=1000)
    phone = models.CharField(_("algemeen telefoonnummer"), max_length=20, blank=True)
    email = models.EmailField(_("algemeen e-mailadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    national = models.BooleanField(
        _("ook landelijk zichtbaar"),
        default=False,
        help_text=_("Professionals buiten de eigen regio's vinden de organisatie dan ook."),
    )
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("vermelding in wie-is-wie")
        verbose_name_plural = _("vermeldingen in wie-is-wie")

    def __str__(self) -> str:
        return str(self.organisation)

    @property
    def possibly_outdated(self) -> bool:
        return self.confirmed_at is None or timezone.now() - self.confirmed_at > CONFIRM_EVERY


class Offer(models.Model):
    """One thing an organisation offers, optionally by one of its teams."""

    entry = models.ForeignKey(DirectoryEntry, on_delete=models.CASCADE, related_name="offers")
    offering = models.CharField(_("aanbod"), max_length=30, choices=Offering.choices)
    team = models.ForeignKey(
        Team, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("team")
    )

    class Meta:
        ordering = ["offering"]
        constraints = [
            models.UniqueConstraint(fields=["entry", "offering"], name="network_offer_once")
        ]

    def __str__(self) -> str:
        return self.get_offering_display()


class KeyPerson(models.Model):
    """The sleutelpersoon of an organisation for one topic ("Zorg dat je elkaar kent"): a user
    of Werkpad, or a named person without an account."""

    entry = models.ForeignKey(DirectoryEntry, on_delete=models.CASCADE, related_name="key_persons")
    topic = models.CharField(_("onderwerp"), max_length=30, choices=Offering.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="key_person_for",
        verbose_name=_("gebruiker"),
    )
    name = models.CharField(_("naam"), max_length=200)
    function = models.CharField(_("functie"), max_length=200)
    phone = models.CharField(_("telefoon"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    best_time = models.CharField(_("best bereikbaar"), max_length=100, blank=True)

    class Meta:
        ordering = ["topic", "name"]
        verbose_name = _("sleutelpersoon")
        verbose_name_plural = _("sleutelpersonen")

    def __str__(self) -> str:
        return f"{self.name} ({self.get_topic_display()})"
