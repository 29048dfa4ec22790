"""Employers (job development), their contact persons, logged contacts and regional sharing."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW

from .catalogues import Sector


# --- Employers (job development) -----------------------------------------------------------
class UwvAdvice(models.TextChoices):
    NONE = "nee", _("niet aangevraagd")
    REQUESTED = "aangevraagd", _("aangevraagd")
    DONE = "gedaan", _("uitgevoerd")


class Employer(models.Model):
    """An employer relation, held by a professional organisation (and its coach). Visible to
    the holding organisation and, where both agreed to share in the employer's region, to
    the other organisations there (``RegionalSharing``)."""

    holder = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="employer_relations",
        verbose_name=_("organisatie die de relatie beheert"),
    )
    account = models.OneToOneField(
        "organisations.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employer_record",
        verbose_name=_("werkgever in Werkpad"),
        help_text=_("De werkgeversorganisatie waarvan contactpersonen in Werkpad inloggen."),
    )
    name = models.CharField(_("naam"), max_length=200)
    kvk_number = models.CharField(_("KvK-nummer"), max_length=8, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    gemeente = models.ForeignKey(
        "organisations.Gemeente",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("vestigingsplaats"),
    )
    region = models.ForeignKey(
        "organisations.ArbeidsmarktRegio", on_delete=models.PROTECT, related_name="+"
    )
    locations = models.TextField(_("andere vestigingen"), blank=True)
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="employer_relations",
        verbose_name=_("relatiebeheerder"),
    )
    social_heart = models.BooleanField(
        _("sociaal hart"),
        default=False,
        help_text=_("Deze werkgever wil uit eigen motivatie inclusief werken."),
    )
    attitude = models.TextField(_("houding en motivatie"), blank=True)
    networks = models.TextField(_("netwerken waar de werkgever bij hoort"), blank=True)
    trainings = models.TextField(
        _("gevolgde trainingen"), blank=True, help_text=_("Bijvoorbeeld Harrie Helpt, met datum.")
    )
    uwv_advice = models.CharField(
        _("bedrijfsadvies inclusieve arbeidsorganisatie (UWV)"),
        max_length=20,
        choices=UwvAdvice.choices,
        default=UwvAdvice.NONE,
    )
    sroi_obligation = models.BooleanField(_("heeft SROI-verplichtingen"), default=False)
    sroi_note = models.CharField(_("SROI: toelichting"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["holder", "name"]), models.Index(fields=["region"])]
        verbose_name = _("werkgever")
        verbose_name_plural = _("werkgevers")

    def __str__(self) -> str:
        return self.name


class RegionalSharing(models.Model):
    """An organisation shares its employer relations in a region with every other
    organisation that does the same there, so two coaches don't call one employer unawares."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="employer_sharing"
    )
    region = models.ForeignKey(
        "organisations.ArbeidsmarktRegio", on_delete=models.CASCADE, related_name="+"
    )
    agreed_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "region"], name="sharing_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} deelt in {self.region_id}"


class ContactPerson(models.Model):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(_("naam"), max_length=200)
    function = models.CharField(_("functie"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ContactKind(models.TextChoices):
    FACE_TO_FACE = "f2f", _("face-to-face")
    PHONE = "telefoon", _("telefoon")
    EMAIL = "email", _("e-mail")


class ContactPurpose(models.TextChoices):
    INTRODUCTION = "kennismaking", _("kennismaking")
    FOR_JOB_SEEKER = "werkzoekende", _("voor een werkzoekende")
    FOLLOW_UP = "opvolging", _("opvolging")
    SUPPORT = "ondersteuning", _("ondersteuning na plaatsing")


class EmployerContact(models.Model):
    """One employer contact in job development. A face-to-face contact for a named job
    seeker is also that trajectory's employer contact: the 30-day norm and the quarterly
    figures read it from here, so nobody records it twice."""

    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="contacts")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK  # when it names a job seeker (see policy.as_client_data)
    # What the contact said about a named job seeker is work data (policy.readable_texts).
    TEXT_CATEGORIES = {"outcome": ROW}
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    occurred_on = models.DateField(_("datum"))
    kind = models.CharField(
        _("soort contact"),
        max_length=10,
        choices=ContactKind.choices,
        default=ContactKind.FACE_TO_FACE,
    )
    purpose = models.CharField(_("doel"), max_length=20, choices=ContactPurpose.choices)
    with_whom = models.CharField(_("met wie"), max_length=200, blank=True)
    outcome = models.TextField(_("uitkomst"), blank=True)
    trajectory = models.ForeignKey(
        "trajectories.Trajectory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employer_contacts",
        verbose_name=_("voor werkzoekende"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_on", "-id"]
        indexes = [
            models.Index(fields=["coach", "kind", "occurred_on"]),
            models.Index(fields=["organisation", "kind", "occurred_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.employer_id} {self.occurred_on}"
