"""The integrated plan: goals in the client's words with their history, and actions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.textcategories import ROW, Parent

from .meetings import Meeting
from .trajectory import OnTrajectory, Trajectory


class LifeDomain(models.TextChoices):
    WORK = "werk", _("werk")
    INCOME = "inkomen", _("inkomen en financiën")
    HOUSING = "wonen", _("wonen")
    HEALTH = "gezondheid", _("gezondheid en behandeling")
    SOCIAL = "sociaal", _("sociaal")
    DAYTIME = "dagbesteding", _("dagbesteding en opleiding")


class GoalStatus(models.TextChoices):
    """The FHIR Goal lifecycle status."""

    PROPOSED = "proposed", _("voorgesteld")
    PLANNED = "planned", _("gepland")
    ACCEPTED = "accepted", _("afgesproken")
    ACTIVE = "active", _("actief")
    ON_HOLD = "on-hold", _("gepauzeerd")
    COMPLETED = "completed", _("bereikt")
    CANCELLED = "cancelled", _("gestopt")
    ENTERED_IN_ERROR = "entered-in-error", _("foutief ingevoerd")
    REJECTED = "rejected", _("afgewezen")


class Goal(OnTrajectory, models.Model):
    """A goal of the integrated plan: in the client's words and in professional terms, owned by
    the organisation that recorded it, with a data category the consent applies to."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="goals")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(_("soort gegevens"), max_length=20, choices=DataCategory.choices)
    life_domain = models.CharField(_("levensgebied"), max_length=20, choices=LifeDomain.choices)
    own_words = models.TextField(_("in de woorden van de cliënt"))
    professional_text = models.TextField(_("in professionele termen"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=GoalStatus.choices, default=GoalStatus.PROPOSED
    )
    target_date = models.DateField(_("streefdatum"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    TEXT_CATEGORIES = {"own_words": ROW, "professional_text": ROW}

    class Meta:
        ordering = ["life_domain", "id"]

    def __str__(self) -> str:
        return self.own_words[:60]


class GoalRevision(models.Model):
    """The history of a goal: a snapshot of every version, who made it and when."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    snapshot = models.JSONField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    # A copy of the goal's texts: read with the goal (its history page), under its category.
    TEXT_CATEGORIES = {"snapshot": Parent("goal")}

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["goal", "version"], name="goal_revision_once")
        ]

    def __str__(self) -> str:
        return f"goal {self.goal_id} v{self.version}"

    @property
    def category_label(self) -> str:
        category = self.snapshot.get("category", "")
        return str(DataCategory(category).label) if category in DataCategory.values else category

    @property
    def status_label(self) -> str:
        status = self.snapshot.get("status", "")
        return str(GoalStatus(status).label) if status in GoalStatus.values else status


class PlanAction(OnTrajectory, models.Model):
    """An action of the plan, with an owner and a due date; a meeting's decisions become
    actions."""

    trajectory = models.ForeignKey(Trajectory, on_delete=models.CASCADE, related_name="actions")
    goal = models.ForeignKey(
        Goal,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("bij doel"),
    )
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="decisions"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    category = models.CharField(max_length=20, choices=DataCategory.choices)
    description = models.CharField(_("actie"), max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="plan_actions",
        verbose_name=_("wie"),
    )
    due_on = models.DateField(_("uiterlijk op"))
    done_on = models.DateField(_("gedaan op"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_CATEGORIES = {"description": ROW}

    class Meta:
        ordering = ["done_on", "due_on", "id"]
        indexes = [models.Index(fields=["owner", "done_on", "due_on"])]

    def __str__(self) -> str:
        return self.description
