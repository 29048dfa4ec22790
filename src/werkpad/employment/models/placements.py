"""Placements with their instruments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW, Parent
from werkpad.trajectories.models import OnTrajectory

from .employers import Employer
from .vacancies import Vacancy
from .workplace_scan import WorkplaceScan


# --- Placements ----------------------------------------------------------------------------
class WorkType(models.TextChoices):
    COMPETITIVE = "regulier", _("regulier betaald werk (open voor iedereen, gewoon loon)")
    TRIAL = "proefplaatsing", _("proefplaatsing")
    LEARNING = "leerwerkplek", _("leerwerkplek")
    VOLUNTEER = "vrijwilligerswerk", _("vrijwilligerswerk")
    DAY_ACTIVITY = "dagbesteding", _("dagbesteding")


class ContractType(models.TextChoices):
    PERMANENT = "vast", _("vast contract")
    TEMPORARY = "tijdelijk", _("tijdelijk contract")
    AGENCY = "uitzend", _("uitzendcontract")
    ON_CALL = "oproep", _("oproepcontract")
    NONE = "geen", _("geen arbeidscontract")


class JobEndReason(models.TextChoices):
    OWN_CHOICE = "eigen_keuze", _("eigen keuze")
    CONTRACT_ENDED = "contract_afgelopen", _("contract afgelopen")
    DISMISSAL = "ontslag", _("ontslag")
    HEALTH = "gezondheid", _("gezondheid")
    OTHER = "anders", _("anders")


class Placement(OnTrajectory, models.Model):
    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="placements"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {
        "job_title": ROW,
        "adjustments": ROW,
        "red_light_decision": ROW,
        "learned": ROW,
    }
    employer = models.ForeignKey(Employer, on_delete=models.PROTECT, related_name="placements")
    vacancy = models.ForeignKey(
        Vacancy, on_delete=models.SET_NULL, null=True, blank=True, related_name="placements"
    )
    scan = models.ForeignKey(
        WorkplaceScan, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    job_title = models.CharField(_("functie"), max_length=200)
    work_type = models.CharField(_("soort plaatsing"), max_length=20, choices=WorkType.choices)
    start_on = models.DateField(_("startdatum"))
    hours_per_week = models.DecimalField(_("uren per week"), max_digits=4, decimal_places=1)
    hourly_wage = models.DecimalField(
        _("bruto uurloon (euro)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    contract_type = models.CharField(_("contract"), max_length=20, choices=ContractType.choices)
    adjustments = models.TextField(_("aanpassingen op de werkplek"), blank=True)
    red_light_decision = models.TextField(_("bewuste keuze ondanks een rood licht"), blank=True)
    coach = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    ended_on = models.DateField(_("einddatum"), null=True, blank=True)
    end_reason = models.CharField(
        _("reden einde"), max_length=30, choices=JobEndReason.choices, blank=True
    )
    learned = models.TextField(_("wat we hiervan leren"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-start_on", "-id"]
        indexes = [models.Index(fields=["employer", "ended_on"])]
        verbose_name = _("plaatsing")
        verbose_name_plural = _("plaatsingen")

    def __str__(self) -> str:
        return self.job_title

    def tenure_days(self, today: date | None = None) -> int:
        end = self.ended_on or today or date.today()
        return max((end - self.start_on).days, 0)

    @property
    def is_competitive(self) -> bool:
        return self.work_type == WorkType.COMPETITIVE

    @property
    def weekly_wage(self) -> Decimal | None:
        return None if self.hourly_wage is None else self.hourly_wage * self.hours_per_week


class AppliedInstrument(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="instruments")
    instrument = models.CharField(_("instrument"), max_length=30)
    starts_on = models.DateField(_("vanaf"))
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    note = models.CharField(_("toelichting"), max_length=300, blank=True)

    TEXT_CATEGORIES = {"note": Parent("placement")}  # read with the placement: work data

    class Meta:
        ordering = ["starts_on", "id"]

    def __str__(self) -> str:
        return self.instrument
