"""Follow-along (nazorg) without a time limit, well-being check-ins and the early-warning signals
they raise."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW
from werkpad.trajectories.models import OnTrajectory

from .employers import ContactKind
from .placements import Placement


# --- Follow-along (nazorg) and well-being check-ins ----------------------------------------
class WithWhom(models.TextChoices):
    WORKER = "werknemer", _("werknemer")
    EMPLOYER = "werkgever", _("werkgever")
    BOTH = "beiden", _("werknemer en werkgever")


class FollowUpContact(models.Model):
    """A follow-along contact after the start: without a time limit (IPS principle 8). One
    marked for the employer is shown on the employer's pages, nothing else is."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="follow_ups")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WERK
    TEXT_CATEGORIES = {"note": ROW}
    occurred_on = models.DateField(_("datum"))
    with_whom = models.CharField(_("met wie"), max_length=20, choices=WithWhom.choices)
    kind = models.CharField(_("soort contact"), max_length=10, choices=ContactKind.choices)
    note = models.TextField(_("verslag"))
    for_employer = models.BooleanField(
        _("zichtbaar voor de werkgever"),
        default=False,
        help_text=_("Schrijf dan niets over gezondheid of behandeling."),
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # A note shared with the employer can be withdrawn (the employer no longer sees it) or
    # corrected: a correction is a new row that replaces this one, which is withdrawn.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    replaces = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by"
    )

    class Meta:
        ordering = ["-occurred_on", "-id"]

    def __str__(self) -> str:
        return f"nazorg {self.placement_id} {self.occurred_on}"

    @property
    def audit_client_pid(self) -> str:
        return self.placement.trajectory.client.public_id


class Answer(models.IntegerChoices):
    """A check-in answer in one tap: 3 good, 2 so-so, 1 not good (the red answer)."""

    GOOD = 3, _("goed")
    SO_SO = 2, _("gaat wel")
    BAD = 1, _("niet goed")


CHECKIN_QUESTIONS = (
    ("work", _("Hoe gaat het werk?")),
    ("workload", _("Hoe is de werkdruk?")),
    ("sleep", _("Hoe slaap je?")),
)


class CheckIn(models.Model):
    """A short well-being check-in, by the worker in a few taps or by the coach. Well-being
    data: others than the recording organisation read it only with consent for 'welzijn'."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="checkins")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WELZIJN
    TEXT_CATEGORIES = {"note": ROW}
    on = models.DateField(_("datum"))
    by_worker = models.BooleanField(default=False)
    work = models.PositiveSmallIntegerField(_("Hoe gaat het werk?"), choices=Answer.choices)
    workload = models.PositiveSmallIntegerField(_("Hoe is de werkdruk?"), choices=Answer.choices)
    sleep = models.PositiveSmallIntegerField(_("Hoe slaap je?"), choices=Answer.choices)
    support_needed = models.BooleanField(_("Ik wil graag extra steun"), default=False)
    note = models.TextField(_("toelichting"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return f"check-in {self.placement_id} {self.on}"

    @property
    def total(self) -> int:
        return self.work + self.workload + self.sleep

    @property
    def audit_client_pid(self) -> str:
        return self.placement.trajectory.client.public_id


class SignalReason(models.TextChoices):
    RED_ANSWER = "rood", _("rood antwoord in de check-in")
    FALLING = "dalend", _("dalende lijn in de check-ins")
    SUPPORT = "steun", _("vraagt om extra steun")


class Signal(OnTrajectory, models.Model):
    """An early warning on the coach's caseload ("wees alert op de werkvloer en grijp snel
    in"). Raised by the background task that reads the check-ins; one open signal per
    placement at a time."""

    trajectory = models.ForeignKey(
        "trajectories.Trajectory", on_delete=models.CASCADE, related_name="signals"
    )
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="signals")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = DataCategory.WELZIJN
    TEXT_CATEGORIES = {"resolution": ROW}
    reason = models.CharField(_("reden"), max_length=10, choices=SignalReason.choices)
    raised_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolution = models.TextField(_("wat is er gedaan"), blank=True)

    class Meta:
        ordering = ["-raised_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["placement"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_signal_per_placement",
            )
        ]

    def __str__(self) -> str:
        return f"signaal {self.placement_id} {self.reason}"
