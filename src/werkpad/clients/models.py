"""The client record (minimal in the foundation; the trajectory issue extends it)."""

from __future__ import annotations

import secrets
import unicodedata
from datetime import date
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import Role

# Crockford-style alphabet without look-alikes, for ids people may read aloud.
_PID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_public_id() -> str:
    return "WP-" + "".join(secrets.choice(_PID_ALPHABET) for _ in range(10))


def name_key(name: str) -> str:
    """A name as search and the duplicate check compare it: case, accents and punctuation
    ignored, the words kept ("Ayşe Özdemir-de Vries" -> "ayse ozdemir de vries")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = (ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(letters).split())


class Client(models.Model):
    public_id = models.CharField(
        _("Werkpad-nummer"), max_length=20, unique=True, default=new_public_id, editable=False
    )
    full_name = models.CharField(_("naam"), max_length=200)
    # ``name_key(full_name)``, kept by ``save()`` and by every write of the name, so the client
    # list finds "Özdemir" by "ozdemir" on any database (issue 13, item 2).
    search_name = models.CharField(max_length=200, editable=False, default="")
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
    # Who last changed the e-mail address, and when: that person may not send the portal
    # invitation for a while, so an insider cannot point the record at their own mailbox and
    # claim the client's account (portal.services.my_path.invitation_send).
    email_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("e-mailadres gewijzigd door"),
    )
    email_changed_at = models.DateTimeField(_("e-mailadres gewijzigd op"), null=True, blank=True)

    # Basic data (DataCategory.BASIS, defined below): another organisation reads them only
    # under consent for basic data (``policy._scope_clients``).
    TEXT_CATEGORIES = {"full_name": "basis", "search_name": "basis", "email": "basis"}

    class Meta:
        ordering = ["full_name"]
        indexes = [models.Index(fields=["organisation", "date_of_birth"])]
        verbose_name = _("cliënt")
        verbose_name_plural = _("cliënten")

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_name = name_key(self.full_name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "full_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)

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


class DataCategory(models.TextChoices):
    """The kinds of client data a consent can cover (issue 3)."""

    BASIS = "basis", _("basisgegevens")
    WERK = "werk", _("werk")
    REINTEGRATIE = "reintegratie", _("re-integratie")
    BEHANDELING = "behandeling", _("behandeling")
    BELASTBAARHEID = "belastbaarheid", _("belastbaarheid")
    WELZIJN = "welzijn", _("welzijn")


class ConsentPurpose(models.TextChoices):
    IPS = "ips", _("IPS-traject")
    WGB = "wgb", _("WGB-traject")
    WERKWIJZER = "werkwijzer", _("Werkwijze(r)")
    OTHER = "anders", _("ander doel")


class ConsentQuerySet(models.QuerySet["Consent"]):
    def active(self, on: date | None = None) -> ConsentQuerySet:
        """In force on the given day (today by default) and not withdrawn."""
        day = on or timezone.localdate()
        return (
            self.filter(withdrawn_at__isnull=True, valid_from__lte=day)
            .filter(models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=day))
            # A consent that waits for the client's own confirmation (treatment data leaving
            # the ggz without a signed form) opens nothing until the client confirms it.
            .filter(
                models.Q(needs_client_confirmation=False)
                | models.Q(client_confirmed_at__isnull=False)
            )
        )

    def beside(self, consent: Consent) -> ConsentQuerySet:
        """The client's other consents for the same organisation or the same care team: what
        stays open when ``consent`` is withdrawn (with ``active()``)."""
        # ``None`` matches ``IS NULL``: a team's consents for a team, an organisation's for it.
        same: dict[str, int | None] = {
            "recipient_id": consent.recipient_id,
            "trajectory_id": consent.trajectory_id,
        }
        return self.filter(client_id=consent.client_id, **same).exclude(pk=consent.pk)


class Consent(models.Model):
    """The client's permission for an organisation (or one role in it), or for the care team
    of one trajectory, to see categories of their data, for a purpose and a period (FHIR
    Consent, privacy). Withdrawal takes effect at once; the row stays as history.

    A consent for a care team (``trajectory``) reaches every member of that trajectory's team
    while they are on it, now and later, whatever their organisation, and both ways: what one
    member records in a granted category, the others read (decision 0037). Exactly one of
    ``recipient`` and ``trajectory`` is set; code that asks about an organisation filters on
    ``recipient`` and so never mistakes a team consent for a whole organisation's."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="consents")
    recipient = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisatie die mag inzien"),
    )
    trajectory = models.ForeignKey(
        "trajectories.Trajectory",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="team_consents",
        verbose_name=_("team van het traject dat mag inzien"),
    )
    recipient_role = models.CharField(
        _("alleen voor de rol"), max_length=30, blank=True, choices=Role.choices
    )
    purpose = models.CharField(_("doel"), max_length=20, choices=ConsentPurpose.choices)
    valid_from = models.DateField(_("geldig vanaf"))
    valid_until = models.DateField(_("geldig tot en met"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_by_organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    # Why a professional withdrew it (required there; the client withdraws without one).
    withdrawal_reason = models.CharField(_("reden van intrekken"), max_length=500, blank=True)
    # Treatment or belastbaarheid data for an organisation outside the ggz, recorded without
    # the signed form: the consent starts only when the client confirms it in the portal.
    needs_client_confirmation = models.BooleanField(default=False)
    client_confirmed_at = models.DateTimeField(null=True, blank=True)
    # The optional signed consent form (a scan or PDF), encrypted like client numbers.
    document_name = models.CharField(max_length=120, blank=True)
    document_type = models.CharField(max_length=40, blank=True)
    document_ciphertext = models.BinaryField(null=True, blank=True, editable=False)

    objects = ConsentQuerySet.as_manager()

    # The withdrawal reason is shown to the recording organisation (its consents page) and
    # the client; it is about the consent, kept with the client's basic data.
    TEXT_CATEGORIES = {"withdrawal_reason": "basis"}

    class Meta:
        ordering = ["-recorded_at"]
        indexes = [models.Index(fields=["recipient", "client"])]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(recipient__isnull=False, trajectory__isnull=True)
                    | models.Q(recipient__isnull=True, trajectory__isnull=False)
                ),
                name="consent_for_an_organisation_or_a_team",
            )
        ]

    def __str__(self) -> str:
        to = f"team of {self.trajectory_id}" if self.trajectory_id else self.recipient_id
        return f"consent {self.pk} of {self.client_id} for {to}"

    @property
    def for_team(self) -> bool:
        return self.trajectory_id is not None

    @property
    def recipient_name(self) -> str:
        """Who the consent is for, as pages name it: an organisation, or a trajectory's team."""
        if self.trajectory_id is not None:
            trajectory = self.trajectory
            assert trajectory is not None
            return str(
                _("het team van %(trajectory)s (%(organisation)s)")
                % {
                    "trajectory": trajectory.get_type_display(),
                    "organisation": trajectory.organisation.name,
                }
            )
        assert self.recipient is not None
        return self.recipient.name

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id

    @property
    def has_document(self) -> bool:
        return bool(self.document_name)

    @property
    def categories(self) -> list[str]:
        return [g.category for g in self.grants.all()]

    @property
    def awaits_client(self) -> bool:
        """Recorded, but not in force until the client confirms it in the portal."""
        return self.needs_client_confirmation and self.client_confirmed_at is None


class ConsentGrant(models.Model):
    """One data category a consent covers (a row each, so the policy can filter on it)."""

    consent = models.ForeignKey(Consent, on_delete=models.CASCADE, related_name="grants")
    category = models.CharField(max_length=20, choices=DataCategory.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["consent", "category"], name="consent_category_once")
        ]

    def __str__(self) -> str:
        return f"{self.consent_id}:{self.category}"
