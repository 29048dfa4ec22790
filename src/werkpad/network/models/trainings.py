"""Trainings (Met Open Blik, IPS basistraining, Harrie Helpt, …), their dated sessions and
the regional werkateliers, registrations with a cap and a waiting list, and who followed what."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import ArbeidsmarktRegio, Organisation


class Training(models.Model):
    """A training professionals (or an employer's managers) can follow."""

    code = models.SlugField(unique=True)
    title = models.CharField(_("titel"), max_length=200)
    provider = models.CharField(_("aanbieder"), max_length=200)
    summary = models.TextField(_("waar gaat het over"))
    source_url = models.URLField(_("meer informatie"), max_length=500, blank=True)
    duration = models.CharField(_("duur"), max_length=200, blank=True)
    # Roles (``access.roles.Role`` codes, comma-separated) it is meant for, and those whose
    # work asks for it (the IPS basistraining for an IPS-trajectbegeleider).
    audience = models.CharField(max_length=500, blank=True)
    required_for = models.CharField(max_length=500, blank=True)
    for_employers = models.BooleanField(
        _("werkgevers kunnen leidinggevenden aanmelden"), default=False
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")

    def __str__(self) -> str:
        return self.title

    @property
    def required_roles(self) -> list[str]:
        return [r for r in self.required_for.split(",") if r]


class EventKind(models.TextChoices):
    TRAINING = "training", _("training")
    WERKATELIER = "werkatelier", _("werkatelier")
    MEETING = "bijeenkomst", _("regionale bijeenkomst")


class Event(models.Model):
    """A dated session of a training, or a regional werkatelier or meeting."""

    kind = models.CharField(_("soort"), max_length=20, choices=EventKind.choices)
    training = models.ForeignKey(
        Training, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("beschrijving"), max_length=2000, blank=True)
    audience = models.CharField(_("voor wie"), max_length=300, blank=True)
    region = models.ForeignKey(
        ArbeidsmarktRegio, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    starts_at = models.DateTimeField(_("begint"))
    duration_minutes = models.PositiveIntegerField(_("duur in minuten"))
    place = models.CharField(_("plaats"), max_length=300, blank=True)
    online_url = models.URLField(_("online via"), max_length=500, blank=True)
    capacity = models.PositiveIntegerField(_("aantal plaatsen"))
    organiser = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["region", "starts_at"])]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self) -> str:
        return self.title


class EventDay(models.Model):
    """A later day of an event that takes more than one day (Harrie Helpt: two days, a week
    apart). The event's own ``starts_at`` and ``duration_minutes`` are its first day; one
    registration is for every day."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="later_days")
    starts_at = models.DateTimeField(_("begint"))
    duration_minutes = models.PositiveIntegerField(_("duur in minuten"))

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("volgende dag")
        verbose_name_plural = _("volgende dagen")

    def __str__(self) -> str:
        return f"{self.event}: {self.starts_at:%Y-%m-%d}"


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("aangemeld")
    WAITING = "waiting", _("op de wachtlijst")
    CANCELLED = "cancelled", _("afgemeld")


class Registration(models.Model):
    """A place at an event: for a Werkpad user, or (an employer's manager for Harrie Helpt)
    for a named person without an account. Beyond the capacity, on the waiting list, in the
    order of registering; a cancellation moves the first one waiting up."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="event_registrations",
    )
    name = models.CharField(_("naam"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=12, choices=RegistrationStatus.choices)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "email"], name="network_registration_once")
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.event}"


class TrainingRecord(models.Model):
    """That a professional followed a training, and when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trainings_followed"
    )
    training = models.ForeignKey(Training, on_delete=models.PROTECT, related_name="records")
    completed_on = models.DateField(_("gevolgd op"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-completed_on"]
        constraints = [
            models.UniqueConstraint(fields=["user", "training"], name="network_followed_once")
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.training}"
