"""The ggz intake with the work question (zorgstandaard Arbeid als Medicijn)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW

from .ladder import LadderStep
from .referrals import Route


class BenefitStatus(models.TextChoices):
    BIJSTAND = "bijstand", _("bijstand (Participatiewet)")
    WW = "ww", _("WW")
    WIA = "wia", _("WIA")
    WAJONG = "wajong", _("Wajong")
    ZIEKTEWET = "ziektewet", _("Ziektewet")
    NONE = "geen", _("geen uitkering")
    OTHER = "anders", _("anders")


# The benefits paid by UWV; bijstand is the gemeente's (WGB and the instruments guide ask).
UWV_BENEFITS = frozenset(
    {BenefitStatus.WW, BenefitStatus.WIA, BenefitStatus.WAJONG, BenefitStatus.ZIEKTEWET}
)


class WorkWish(models.TextChoices):
    YES = "ja", _("ja")
    NO = "nee", _("nee")
    UNSURE = "twijfel", _("weet nog niet")


class IntakeOutcome(models.TextChoices):
    NOT_NOW = "niet_nu", _("nu niet (later opnieuw vragen)")
    IPS = Route.IPS.value, _("verwijzing naar IPS")
    WGB = Route.WGB.value, _("verwijzing naar WGB")
    WERKWIJZER = Route.WERKWIJZER.value, _("verwijzing naar Werkwijze(r)")
    OTHER = Route.OTHER.value, _("verwijzing naar een andere route")


class Intake(models.Model):
    """A ggz intake with the work question (zorgstandaard Arbeid als Medicijn). It cannot be
    completed without the work question: the service refuses an intake without it."""

    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="intakes")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    held_on = models.DateField(_("datum intake"))
    ladder_step = models.PositiveSmallIntegerField(
        _("trede op de participatieladder"), choices=LadderStep.choices
    )
    benefit_status = models.CharField(_("uitkering"), max_length=20, choices=BenefitStatus.choices)
    has_paid_work = models.BooleanField(_("heeft nu betaald werk"), default=False)
    work_discussed = models.BooleanField(_("werk is besproken"))
    work_wish = models.CharField(
        _("heeft de cliënt werkwensen?"), max_length=10, choices=WorkWish.choices, blank=True
    )
    # "Richting" (seed 004): the (higher) goal in life work can give, then the kind of work.
    work_direction = models.TextField(_("richting: doel in het leven en wat voor werk"), blank=True)
    work_meaning = models.TextField(_("betekenis: wat betekent werk voor de cliënt?"), blank=True)
    work_coherence = models.TextField(
        _("samenhang: hoe past werk bij herstel en het dagelijks leven?"), blank=True
    )
    outcome = models.CharField(_("uitkomst"), max_length=20, choices=IntakeOutcome.choices)
    ask_again_on = models.DateField(_("opnieuw vragen op"), null=True, blank=True)
    reason = models.TextField(_("reden"))
    referral = models.OneToOneField(
        "Referral", on_delete=models.SET_NULL, null=True, blank=True, related_name="intake"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    category = DataCategory.WERK  # the work question is work data, whoever reads it
    TEXT_CATEGORIES = {
        "work_direction": ROW,
        "work_meaning": ROW,
        "work_coherence": ROW,
        "reason": ROW,  # copied into the referral with this category (werk)
    }

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["organisation", "held_on"])]

    def __str__(self) -> str:
        return f"intake {self.pk} of {self.client_id}"

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id
