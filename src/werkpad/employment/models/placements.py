"""Placements with their instruments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
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
    # Recorded ahead of a start date in the future: the trajectory's phase and ladder move,
    # and follow-along opens, on the start date (``placements_start_due``, daily).
    start_pending = models.BooleanField(default=False)
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

    def has_started(self, today: date | None = None) -> bool:
        return self.start_on <= (today or timezone.localdate())

    @property
    def is_competitive(self) -> bool:
        return self.work_type == WorkType.COMPETITIVE

    @property
    def weekly_wage(self) -> Decimal | None:
        return None if self.hourly_wage is None else self.hourly_wage * self.hours_per_week


class InstrumentStatus(models.TextChoices):
    """Where the decision of UWV or the gemeente stands."""

    REQUESTED = "aangevraagd", _("aangevraagd")
    GRANTED = "toegekend", _("toegekend")
    REFUSED = "afgewezen", _("afgewezen")


class AppliedInstrument(models.Model):
    """An instrument on a placement with its decision: the status, when and by which
    organisation it was decided, and what the decision says (the loonwaarde and who
    established it; the jobcoach's organisation and hours). The placing organisation records
    it; UWV and the gemeente record their own decisions (the policy's
    ``DECIDE_INSTRUMENT``)."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="instruments")
    instrument = models.CharField(_("instrument"), max_length=30)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InstrumentStatus.choices,
        default=InstrumentStatus.GRANTED,  # rows from before the status: they were in use
    )
    starts_on = models.DateField(_("vanaf"))
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    decided_on = models.DateField(_("datum besluit"), null=True, blank=True)
    decided_by = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("besloten door"),
    )
    wage_value_percentage = models.PositiveSmallIntegerField(
        _("loonwaarde (procent)"), null=True, blank=True
    )
    wage_value_by = models.CharField(_("loonwaarde vastgesteld door"), max_length=200, blank=True)
    provider = models.CharField(_("organisatie van de jobcoach"), max_length=200, blank=True)
    coach_hours_per_month = models.DecimalField(
        _("uren jobcoaching per maand"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    note = models.CharField(_("toelichting"), max_length=300, blank=True)
    version = models.PositiveIntegerField(default=1)

    # Read with the placement: work data.
    TEXT_CATEGORIES = {
        "note": Parent("placement"),
        "wage_value_by": Parent("placement"),
        "provider": Parent("placement"),
    }

    class Meta:
        ordering = ["starts_on", "id"]

    def __str__(self) -> str:
        return self.instrument

    def is_running(self, today: date | None = None) -> bool:
        day = today or timezone.localdate()
        return self.status == InstrumentStatus.GRANTED and (
            self.ends_on is None or self.ends_on >= day
        )
