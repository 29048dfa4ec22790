"""Meetings on a trajectory: participants, agenda and report (their decisions are actions)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW

from .trajectory import OnTrajectory, Trajectory


class MeetingKind(models.TextChoices):
    DRIEGESPREK = "driegesprek", _("driegesprek")
    VIERGESPREK = "viergesprek", _("viergesprek")
    STARTGESPREK = "startgesprek", _("startgesprek")
    EVALUATION = "evaluatie", _("evaluatie")


class Meeting(OnTrajectory, models.Model):
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="meetings")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(
        _("soort gegevens"),
        max_length=20,
        choices=DataCategory.choices,
        default=DataCategory.REINTEGRATIE,
    )
    kind = models.CharField(_("soort gesprek"), max_length=20, choices=MeetingKind.choices)
    held_on = models.DateField(_("datum"))
    participants = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", verbose_name=_("deelnemers uit het team")
    )
    client_present = models.BooleanField(_("de cliënt was erbij"), default=True)
    agenda = models.TextField(_("agenda"), blank=True)
    summary = models.TextField(_("verslag"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    TEXT_CATEGORIES = {"agenda": ROW, "summary": ROW}

    class Meta:
        ordering = ["-held_on", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.held_on}"
