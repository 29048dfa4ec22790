"""The participatieladder (REFERENCE.md §2) and its assessments."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW

from .trajectory import OnTrajectory, Trajectory


class LadderStep(models.IntegerChoices):
    """The participatieladder (REFERENCE.md §2)."""

    ISOLATED = 1, _("1 · Geïsoleerd")
    SOCIAL_CONTACTS = 2, _("2 · Sociale contacten buitenshuis")
    ORGANISED_ACTIVITIES = 3, _("3 · Deelname aan georganiseerde activiteiten")
    UNPAID_WORK = 4, _("4 · Onbetaald werk")
    PAID_WITH_SUPPORT = 5, _("5 · Betaald werk met ondersteuning")
    PAID_WORK = 6, _("6 · Betaald werk")


LADDER_DEFINITIONS = {
    1: _(
        "Geen of nauwelijks contact met anderen dan huisgenoten; alleen functionele contacten "
        "(winkelpersoneel, hulpverleners)."
    ),
    2: _(
        "Minstens één keer per week contact met mensen buiten het huis, zoals vrienden, "
        "familie of buren, buiten een georganiseerd verband."
    ),
    3: _(
        "Minstens wekelijks meedoen aan een georganiseerde activiteit: vereniging, sport, "
        "cursus of opleiding zonder werkdeel."
    ),
    4: _(
        "Werk zonder arbeidscontract met verantwoordelijkheid voor anderen, zoals "
        "vrijwilligerswerk, stage of werken met behoud van uitkering."
    ),
    5: _(
        "Arbeidscontract of zzp met ondersteuning, zoals loonkostensubsidie, jobcoach, een "
        "aanvullende uitkering of beschut werk."
    ),
    6: _("Arbeidscontract of eigen bedrijf, zonder aanvullende uitkering of ondersteuning."),
}


class Perspective(models.TextChoices):
    PROFESSIONAL = "professional", _("professional")
    CLIENT = "client", _("cliënt zelf")


class LadderAssessment(OnTrajectory, models.Model):
    """A participatieladder assessment: the professional's, or the client's own view."""

    trajectory = models.ForeignKey(
        Trajectory, on_delete=models.CASCADE, related_name="ladder_assessments"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.REINTEGRATIE
    step = models.PositiveSmallIntegerField(_("trede"), choices=LadderStep.choices)
    perspective = models.CharField(
        _("wiens inschatting"), max_length=20, choices=Perspective.choices
    )
    assessed_on = models.DateField(_("datum"))
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    note = models.TextField(_("toelichting"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"note": ROW}

    class Meta:
        ordering = ["assessed_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(step__gte=1, step__lte=6), name="ladder_step_1_to_6"
            )
        ]

    def __str__(self) -> str:
        return f"{self.trajectory_id}: trede {self.step}"
