"""The werkplekscan: aspects of the workplace (seed 004) with a traffic light each."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW
from werkpad.trajectories.models import OnTrajectory

from .employers import Employer
from .vacancies import Vacancy


# --- Werkplekscan --------------------------------------------------------------------------
class Light(models.TextChoices):
    GREEN = "groen", _("groen")
    ORANGE = "oranje", _("oranje")
    RED = "rood", _("rood")


# The aspects of the werkplekscan as seed 004 (Vebego) names them: "We bekijken de werkplek
# zelf, letten op de prikkels die aanwezig zijn, de sociale cohesie binnen het team, de houding
# van collega's, de leidinggevende en de klant. Alle lichten moeten op groen staan." The
# tasks and what the client needs stand beside those six.
SCAN_ASPECTS = (
    ("workplace", _("De werkplek zelf")),
    ("stimuli", _("Prikkels (geluid, licht, drukte)")),
    ("cohesion", _("Sociale cohesie in het team")),
    ("colleagues", _("Houding van collega's")),
    ("manager", _("De leidinggevende")),
    ("customers", _("Contact met klanten")),
    ("tasks", _("De taken")),
    ("needs", _("Wat de cliënt nodig heeft")),
)
# A scan made before an aspect was part of the werkplekscan did not look at it: the data
# migration marks it so, and such a scan is not "all green".
NOT_ASSESSED = "niet_bekeken"


class WorkplaceScan(OnTrajectory, models.Model):
    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="workplace_scans"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {"lights": ROW}  # the notes per aspect
    employer = models.ForeignKey(Employer, on_delete=models.PROTECT, related_name="+")
    vacancy = models.ForeignKey(
        Vacancy, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    done_on = models.DateField(_("datum"))
    lights = models.JSONField(default=dict)  # aspect -> {"light": "groen", "note": "..."}
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-done_on", "-id"]

    def __str__(self) -> str:
        return f"werkplekscan {self.employer_id} {self.done_on}"

    @property
    def red_aspects(self) -> list[str]:
        return [a for a, _label in SCAN_ASPECTS if self.lights.get(a, {}).get("light") == Light.RED]

    @property
    def orange_aspects(self) -> list[str]:
        return [
            a for a, _label in SCAN_ASPECTS if self.lights.get(a, {}).get("light") == Light.ORANGE
        ]

    @property
    def all_green(self) -> bool:
        return all(self.lights.get(a, {}).get("light") == Light.GREEN for a, _l in SCAN_ASPECTS)

    @property
    def not_assessed(self) -> list[str]:
        """The labels of the aspects this (older) scan did not look at."""
        return [
            str(label)
            for a, label in SCAN_ASPECTS
            if self.lights.get(a, {}).get("light", NOT_ASSESSED) == NOT_ASSESSED
        ]

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            (
                str(label),
                self.lights.get(a, {}).get("light", NOT_ASSESSED),
                self.lights.get(a, {}).get("note", ""),
            )
            for a, label in SCAN_ASPECTS
        ]
