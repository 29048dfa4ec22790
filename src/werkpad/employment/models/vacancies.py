"""Vacancies and jobs created for one person (jobcarving)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .catalogues import (
    Condition,
    Sector,
    Shift,
    VacancyContract,
    WorkKind,
    conditions_in,
    work_kinds_in,
)
from .employers import Employer


# --- Vacancies and created jobs ------------------------------------------------------------
class VacancyKind(models.TextChoices):
    VACANCY = "vacature", _("vacature")
    CREATED = "gecreeerd", _("gecreëerde baan (voor één persoon)")


class VacancyStatus(models.TextChoices):
    OPEN = "open", _("open")
    FILLED = "vervuld", _("vervuld")
    CLOSED = "gesloten", _("gesloten")


class VacancyCloseReason(models.TextChoices):
    """Why the employer (or coach) closes a vacancy; each gives the status it ends in."""

    FILLED = "vervuld", _("vervuld: er is iemand gevonden")
    WITHDRAWN = "ingetrokken", _("ingetrokken: de baan gaat niet door")

    @property
    def status(self) -> str:
        return VacancyStatus.FILLED if self == VacancyCloseReason.FILLED else VacancyStatus.CLOSED


# An hourly wage outside these bounds is a typing error, not a wage (the legal minimum wage
# is not checked here: that is the placement's business, with its source).
MIN_HOURLY_WAGE = Decimal("1.00")
MAX_HOURLY_WAGE = Decimal("150.00")


class Vacancy(models.Model):
    """A vacancy, or a job created or carved for one person ("denk niet alleen in bestaande
    banen"). ``region`` copies the gemeente's region so matching can filter on an index."""

    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="vacancies")
    kind = models.CharField(
        _("soort"), max_length=20, choices=VacancyKind.choices, default=VacancyKind.VACANCY
    )
    for_trajectory = models.ForeignKey(
        "trajectories.Trajectory",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="created_jobs",
        verbose_name=_("gemaakt voor"),
    )
    title = models.CharField(_("functie"), max_length=200)
    tasks = models.TextField(_("taken"))
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    work_kind = models.CharField(_("soort werk"), max_length=20, choices=WorkKind.choices)
    # More kinds of work besides ``work_kind`` (the main one), as a mask of WORK_KIND_BITS
    # (decision 0039); never holds the main kind's bit.
    other_kinds_mask = models.PositiveIntegerField(_("ook dit soort werk"), default=0)
    hours_min = models.PositiveSmallIntegerField(_("minstens uren per week"))
    hours_max = models.PositiveSmallIntegerField(_("hoogstens uren per week"))
    gemeente = models.ForeignKey(
        "organisations.Gemeente",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("plaats"),
    )
    region = models.ForeignKey(
        "organisations.ArbeidsmarktRegio", on_delete=models.PROTECT, related_name="+"
    )
    requirements = models.TextField(_("eisen"), blank=True)
    offers_mask = models.PositiveIntegerField(_("wat de werkplek biedt"), default=0)
    offers_note = models.TextField(_("wat de werkplek verder biedt"), blank=True)
    adaptable = models.BooleanField(_("de werkgever kan de baan aanpassen"), default=False)
    shifts = models.JSONField(_("diensten"), default=list, blank=True)
    contract = models.CharField(
        _("contract"), max_length=20, choices=VacancyContract.choices, blank=True
    )
    wage_hourly = models.DecimalField(
        _("bruto uurloon (euro)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    wage_scale = models.CharField(_("loonschaal"), max_length=120, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=VacancyStatus.choices, default=VacancyStatus.OPEN
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    updated_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "region"]),
            models.Index(fields=["status", "gemeente"]),
            models.Index(fields=["employer", "status"]),
            # the vacancy list: open ones, newest first
            models.Index(fields=["status", "-created_at", "-id"], name="vacancy_open_newest"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours_min__lte=models.F("hours_max")),
                name="vacancy_hours_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(wage_hourly__isnull=True)
                | models.Q(wage_hourly__gte=MIN_HOURLY_WAGE, wage_hourly__lte=MAX_HOURLY_WAGE),
                name="vacancy_wage_sensible",
            ),
        ]
        verbose_name = _("vacature")
        verbose_name_plural = _("vacatures")

    def __str__(self) -> str:
        return self.title

    @property
    def offers(self) -> list[Condition]:
        return conditions_in(self.offers_mask)

    @property
    def other_work_kinds(self) -> list[WorkKind]:
        return [k for k in work_kinds_in(self.other_kinds_mask) if k != self.work_kind]

    @property
    def work_kinds(self) -> list[WorkKind]:
        """Every kind of work, the main one first."""
        return [WorkKind(self.work_kind), *self.other_work_kinds]

    @property
    def shift_labels(self) -> list[str]:
        return [str(Shift(s).label) for s in Shift.values if s in self.shifts]

    @property
    def is_open(self) -> bool:
        return self.status == VacancyStatus.OPEN
