"""The career profile (IPS loopbaanprofiel) and work history."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW, Parent
from werkpad.trajectories.models import OnTrajectory

from .catalogues import Condition, RegisterStatus, TravelScope, conditions_in


# --- Career profile (IPS loopbaanprofiel) --------------------------------------------------
class CareerProfile(OnTrajectory, models.Model):
    """The IPS career profile: the client's preferences lead every match (IPS principle 4).
    What is listed under ``avoid_*`` is an explicit wish: no match is offered against it."""

    trajectory = models.OneToOneField(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="career_profile"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {
        "own_words": ROW,
        "work_kinds": ROW,
        "sectors": ROW,
        "avoid_kinds": ROW,
        "avoid_sectors": ROW,
        "travel_note": ROW,
        "talents": ROW,
        "interests": ROW,
        "education": ROW,
        "helps": ROW,
        "hinders": ROW,
        "support_wished": ROW,
    }
    own_words = models.TextField(_("wat voor werk wil je? (in je eigen woorden)"))
    work_kinds = models.JSONField(_("soort werk dat je wilt"), default=list, blank=True)
    sectors = models.JSONField(_("sectoren die je aanspreken"), default=list, blank=True)
    avoid_kinds = models.JSONField(_("soort werk dat je niet wilt"), default=list, blank=True)
    avoid_sectors = models.JSONField(_("sectoren die je niet wilt"), default=list, blank=True)
    hours_min = models.PositiveSmallIntegerField(_("minstens uren per week"), null=True, blank=True)
    hours_max = models.PositiveSmallIntegerField(
        _("hoogstens uren per week"), null=True, blank=True
    )
    home_gemeente = models.ForeignKey(
        "organisations.Gemeente",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("woonplaats (gemeente)"),
    )
    travel_scope = models.CharField(
        _("waar mag het werk zijn?"),
        max_length=20,
        choices=TravelScope.choices,
        default=TravelScope.REGIO,
    )
    travel_note = models.CharField(_("reizen: hoe en hoe lang"), max_length=200, blank=True)
    available_from = models.DateField(_("beschikbaar vanaf"), null=True, blank=True)
    needs_mask = models.PositiveIntegerField(_("wat je nodig hebt op het werk"), default=0)
    talents = models.TextField(_("talenten en sterke kanten"), blank=True)
    interests = models.TextField(_("interesses"), blank=True)
    education = models.TextField(_("opleiding en cursussen"), blank=True)
    helps = models.TextField(_("wat helpt je op het werk?"), blank=True)
    hinders = models.TextField(_("wat maakt werken moeilijker?"), blank=True)
    support_wished = models.TextField(_("welke steun wil je?"), blank=True)
    benefit_status = models.CharField(_("uitkering"), max_length=20, blank=True)
    register_status = models.CharField(
        _("doelgroepregister (banenafspraak)"),
        max_length=10,
        choices=RegisterStatus.choices,
        default=RegisterStatus.UNKNOWN,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return f"loopbaanprofiel {self.trajectory_id}"

    @property
    def needs(self) -> list[Condition]:
        return conditions_in(self.needs_mask)


class WorkHistoryEntry(models.Model):
    """One job in the arbeidsanamnese: what went well, and why it ended."""

    profile = models.ForeignKey(CareerProfile, on_delete=models.CASCADE, related_name="history")
    job = models.CharField(_("functie"), max_length=200)
    employer_name = models.CharField(_("werkgever"), max_length=200, blank=True)
    from_year = models.PositiveSmallIntegerField(_("van (jaar)"))
    to_year = models.PositiveSmallIntegerField(_("tot (jaar)"), null=True, blank=True)
    went_well = models.TextField(_("wat ging goed"), blank=True)
    why_ended = models.TextField(_("waarom gestopt"), blank=True)

    # Part of the career profile: read with it, as work data.
    TEXT_CATEGORIES = {
        "job": Parent("profile"),
        "employer_name": Parent("profile"),
        "went_well": Parent("profile"),
        "why_ended": Parent("profile"),
    }

    class Meta:
        ordering = ["-from_year", "-id"]

    def __str__(self) -> str:
        return self.job
