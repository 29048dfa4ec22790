"""The trajectory with its phases, its phase changes and its care team, and the mixin of every
record on a trajectory."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW
from werkpad.organisations.models import Role

from ..phases import FIRST_EMPLOYER_CONTACT_DAYS, TrajectoryType, phase_label, phases_for


class OnTrajectory:
    """A record on a trajectory: the access log names the trajectory's client by their
    pseudonymous id."""

    trajectory: Trajectory

    @property
    def audit_client_pid(self) -> str:
        return self.trajectory.client.public_id


class EndReason(models.TextChoices):
    CLIENT_WISH = "wens_client", _("op wens van de cliënt")
    GOAL_REACHED = "doel_bereikt", _("doel bereikt")
    OTHER_ROUTE = "andere_route", _("verder in een andere route")
    HEALTH = "gezondheid", _("gezondheid")
    MOVED = "verhuisd", _("verhuisd")
    OTHER = "anders", _("anders")


class Trajectory(models.Model):
    client = models.ForeignKey(
        "clients.Client", on_delete=models.CASCADE, related_name="trajectories"
    )
    type = models.CharField(_("soort traject"), max_length=20, choices=TrajectoryType.choices)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="trajectories",
        verbose_name=_("uitgevoerd door"),
    )
    own_phases = models.JSONField(_("eigen fasen"), default=list, blank=True)
    wgb_months = models.PositiveSmallIntegerField(
        _("duur WGB (maanden)"), null=True, blank=True, choices=[(12, "12"), (18, "18")]
    )
    # WGB is meant for clients in specialist ggz with a UWV benefit (REFERENCE §1.5): why this
    # one started without a UWV benefit on the latest intake. The running organisation's own
    # justification, shown on the trajectory page to that organisation only.
    wgb_start_reason = models.TextField(
        _("reden om WGB te starten zonder UWV-uitkering"), blank=True
    )
    phase = models.CharField(_("fase"), max_length=40)
    phase_since = models.DateField(_("in deze fase sinds"))
    started_on = models.DateField(_("gestart op"))
    search_started_on = models.DateField(null=True, blank=True)  # IPS: first day in 'zoeken'
    first_employer_contact_on = models.DateField(null=True, blank=True)
    last_contact_on = models.DateField(null=True, blank=True)  # last contact with the client
    ended_on = models.DateField(_("afgesloten op"), null=True, blank=True)
    end_reason = models.CharField(
        _("reden van afsluiten"), max_length=20, choices=EndReason.choices, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    # Why a WGB started without a UWV benefit: about the client's route (re-integratie).
    TEXT_CATEGORIES = {"wgb_start_reason": DataCategory.REINTEGRATIE}

    class Meta:
        ordering = ["-started_on", "-id"]
        indexes = [models.Index(fields=["organisation", "ended_on"])]
        verbose_name = _("traject")
        verbose_name_plural = _("trajecten")

    def __str__(self) -> str:
        return f"{self.get_type_display()} · {self.client}"

    @property
    def audit_client_pid(self) -> str:
        return self.client.public_id

    @property
    def phases(self) -> list:
        return list(phases_for(self.type, self.own_phases))

    @property
    def phase_label(self) -> str:
        return phase_label(self.type, self.phase, self.own_phases)

    @property
    def is_closed(self) -> bool:
        return self.ended_on is not None

    def days_in_phase(self, today: date) -> int:
        return (today - self.phase_since).days

    def first_employer_contact_due(self) -> date | None:
        """IPS only: the clock starts when the trajectory starts (REFERENCE §1.1, 'within four
        weeks of being referred', no lengthy assessment first), not when the search phase
        begins, so a client still in aanmelding or kennismaking can be overdue too."""
        if self.type != TrajectoryType.IPS:
            return None
        return self.started_on + timedelta(days=FIRST_EMPLOYER_CONTACT_DAYS)

    @property
    def days_to_first_employer_contact(self) -> int:
        """Days from the start to the first face-to-face employer contact, or to today while
        there is none yet (the IPS clock, shown beside its norm of 30)."""
        from django.utils import timezone

        end = self.first_employer_contact_on or timezone.localdate()
        return (end - self.started_on).days

    def wgb_ends_on(self) -> date | None:
        if not self.wgb_months:
            return None
        return self.started_on + timedelta(days=round(self.wgb_months * 365.25 / 12))


class PhaseChange(models.Model):
    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="changes")
    from_phase = models.CharField(max_length=40, blank=True)
    to_phase = models.CharField(max_length=40)
    changed_on = models.DateField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(blank=True)
    # The reason's data category, after the author's role (``author_category``): the change
    # itself is on everyone's timeline, its reason only under consent for this category.
    category = models.CharField(
        _("soort gegevens van de reden"),
        max_length=20,
        choices=DataCategory.choices,
        default=DataCategory.BEHANDELING,  # unclassified: the most guarded (the service sets it)
    )
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"reason": ROW}

    class Meta:
        ordering = ["changed_on", "id"]

    def __str__(self) -> str:
        return f"{self.trajectory_id}: {self.from_phase} → {self.to_phase}"

    @property
    def to_label(self) -> str:
        t = self.trajectory
        return phase_label(t.type, self.to_phase, t.own_phases)


# Roles that never sit on a care team: they manage users or are the employer.
NOT_ON_CARE_TEAMS = (Role.FUNCTIONEEL_BEHEERDER, Role.WERKGEVER_CONTACTPERSOON)


def can_join_care_teams(membership: models.Model) -> bool:
    """Whether this membership's professional can be on a trajectory's care team."""
    return (
        membership.is_active  # type: ignore[attr-defined]
        and membership.user.kind == "professional"  # type: ignore[attr-defined]
        and membership.role not in NOT_ON_CARE_TEAMS  # type: ignore[attr-defined]
    )


class TeamMember(OnTrajectory, models.Model):
    """A professional on a trajectory's care team, with role, start and end. Ending a
    membership (or a handover) takes away the access the team gave."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="team")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    role = models.CharField(_("rol"), max_length=30, choices=Role.choices)
    is_key_person = models.BooleanField(_("sleutelpersoon van de organisatie"), default=False)
    started_on = models.DateField(_("vanaf"))
    ended_on = models.DateField(_("tot en met"), null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["ended_on", "organisation_id", "started_on", "id"]
        indexes = [models.Index(fields=["user", "ended_on"])]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.trajectory_id}"
