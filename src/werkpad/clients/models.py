"""The client record (minimal in the foundation; the trajectory issue extends it)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Crockford-style alphabet without look-alikes, for ids people may read aloud.
_PID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_public_id() -> str:
    return "WP-" + "".join(secrets.choice(_PID_ALPHABET) for _ in range(10))


class Client(models.Model):
    public_id = models.CharField(
        _("Werkpad-nummer"), max_length=20, unique=True, default=new_public_id, editable=False
    )
    full_name = models.CharField(_("naam"), max_length=200)
    date_of_birth = models.DateField(_("geboortedatum"), null=True, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    preferred_language = models.CharField(
        _("voorkeurstaal"), max_length=5, choices=settings.LANGUAGES, default="nl"
    )
    gemeente = models.ForeignKey(
        "organisations.Gemeente",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("gemeente"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="clients",
        verbose_name=_("vastgelegd door"),
        help_text=_("De organisatie die dit dossier heeft aangemaakt."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="client_record",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Optimistic locking: an edit based on an older version is refused, never silently applied.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["full_name"]
        indexes = [models.Index(fields=["organisation", "date_of_birth"])]
        verbose_name = _("cliënt")
        verbose_name_plural = _("cliënten")

    def __str__(self) -> str:
        return self.full_name

    @property
    def audit_client_pid(self) -> str:
        """The pseudonymous id the access log records instead of a name or BSN."""
        return self.public_id


class ClientNumber(models.Model):
    """An organisation's own number for a client (e.g. its EPD or case number). Stored
    encrypted and shown only to that organisation. Never a BSN."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="numbers")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    ciphertext = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["client", "organisation"], name="clientnumber_one_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"client number of {self.organisation_id} for {self.client_id}"

    @property
    def number(self) -> str:
        from werkpad.core.crypto import decrypt

        return decrypt(self.ciphertext)

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id
