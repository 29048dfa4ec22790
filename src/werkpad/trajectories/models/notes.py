"""Notes on a trajectory's timeline."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW

from .trajectory import OnTrajectory, Trajectory


class NoteKind(models.TextChoices):
    NOTE = "notitie", _("notitie")
    CLIENT_CONTACT = "contact", _("contact met de cliënt")
    EMPLOYER_CONTACT = "werkgever", _("face-to-face werkgeverscontact")


class Note(OnTrajectory, models.Model):
    """A timeline note. Its data category decides, with the client's consent, who reads it."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="notes")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(_("soort gegevens"), max_length=20, choices=DataCategory.choices)
    kind = models.CharField(
        _("soort"), max_length=20, choices=NoteKind.choices, default=NoteKind.NOTE
    )
    occurred_on = models.DateField(_("datum"))
    text = models.TextField(_("tekst"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"text": ROW}

    class Meta:
        ordering = ["-occurred_on", "-id"]

    def __str__(self) -> str:
        return self.text[:60]
