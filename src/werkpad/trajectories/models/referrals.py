"""Referrals to a team of the own or another organisation, which report back."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW, Row

from ..phases import TrajectoryType


class Route(models.TextChoices):
    """Where a referral (or an intake's outcome) goes."""

    IPS = TrajectoryType.IPS.value, _("IPS")
    WGB = TrajectoryType.WGB.value, _("WGB")
    WERKWIJZER = TrajectoryType.WERKWIJZER.value, _("Werkwijze(r)")
    OTHER = TrajectoryType.OWN.value, _("andere route")


class ReferralStatus(models.TextChoices):
    PENDING = "open", _("wacht op besluit")
    ACCEPTED = "geaccepteerd", _("geaccepteerd")
    DECLINED = "afgewezen", _("afgewezen")


class Referral(models.Model):
    """A referral to a team (of the own or another organisation) that reports back."""

    client = models.ForeignKey("clients.Client", on_delete=models.CASCADE, related_name="+")
    route = models.CharField(_("route"), max_length=20, choices=Route.choices)
    from_organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    from_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    to_organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("naar organisatie"),
    )
    to_team = models.ForeignKey(
        "organisations.Team",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("naar team"),
    )
    reason = models.TextField(_("reden van verwijzing"))
    # The reason's data category: the receiving organisation reads it only while the client's
    # consent covers basic data and this category (issue 11). An intake's reason is werk.
    category = models.CharField(
        _("soort gegevens van de reden"),
        max_length=20,
        choices=DataCategory.choices,
        default=DataCategory.BEHANDELING,  # unclassified: the most guarded (the service sets it)
    )
    status = models.CharField(
        max_length=20, choices=ReferralStatus.choices, default=ReferralStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.TextField(_("reden van afwijzing"), blank=True)
    # The decline reason's category, after the decider's role: the referrer reads it under
    # the client's consent for that category, like any other organisation's text.
    decline_category = models.CharField(
        max_length=20, choices=DataCategory.choices, default=DataCategory.BEHANDELING
    )
    trajectory = models.OneToOneField(
        "Trajectory", on_delete=models.SET_NULL, null=True, blank=True, related_name="referral"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["to_organisation", "status"]),
            models.Index(fields=["from_organisation", "created_at"]),
        ]

    TEXT_CATEGORIES = {"reason": ROW, "decline_reason": Row("decline_category")}

    def __str__(self) -> str:
        return f"referral {self.pk} of {self.client_id}"

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id
