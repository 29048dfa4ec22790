"""Meetings on a trajectory: participants, agenda and report (their decisions are actions)."""

from __future__ import annotations

from datetime import datetime, timedelta

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


class MeetingStatus(models.TextChoices):
    """A meeting planned ahead (issue 13, item 3) is ``planned`` until its report is written
    afterwards; a meeting recorded afterwards is ``held`` at once (so are rows from before)."""

    PLANNED = "planned", _("gepland")
    HELD = "held", _("gehouden")


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
    held_on = models.DateField(_("datum"))  # the day; for a planned meeting, of ``starts_at``
    status = models.CharField(
        _("status"), max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.HELD
    )
    # Planning ahead: empty on meetings recorded afterwards without a time.
    starts_at = models.DateTimeField(_("begint om"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duur in minuten"), default=60)
    location = models.CharField(_("plaats"), max_length=200, blank=True)
    video_link = models.URLField(_("videolink"), max_length=500, blank=True)
    # When the reminder of the day before went out: it goes once (``meeting_mail``).
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
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

    # Where a meeting with the client is (their home, a room, a video link) tells about them
    # as the meeting does: read with its row's category.
    TEXT_CATEGORIES = {"agenda": ROW, "summary": ROW, "location": ROW, "video_link": ROW}

    class Meta:
        ordering = ["-held_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="planned") | models.Q(starts_at__isnull=False),
                name="meeting_planned_has_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.held_on}"

    @property
    def is_planned(self) -> bool:
        return self.status == MeetingStatus.PLANNED

    @property
    def ends_at(self) -> datetime | None:
        if self.starts_at is None:
            return None
        return self.starts_at + timedelta(minutes=self.duration_minutes)
