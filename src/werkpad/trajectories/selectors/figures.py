"""Intake figures of the own organisation: counts only, no client data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require

from ..models import Intake, IntakeOutcome


@dataclass
class IntakeFigures:
    total: int
    work_discussed: int
    referred: int

    def share(self, part: int) -> int:
        return round(100 * part / self.total) if self.total else 0

    @property
    def discussed_pct(self) -> int:
        return self.share(self.work_discussed)

    @property
    def referred_pct(self) -> int:
        return self.share(self.referred)


def intake_figures(*, actor: Actor, since: date | None = None) -> IntakeFigures:
    """The own organisation's intakes: the share where work was discussed, and where a
    referral followed. Counts only, no client data."""
    require(actor, Action.VIEW_INTAKE_FIGURES)
    since = since or timezone.localdate() - timedelta(days=365)
    counts = Intake.objects.filter(  # type: ignore[misc]
        organisation_id=actor.organisation_id, held_on__gte=since
    ).aggregate(
        total=Count("id"),
        discussed=Count("id", filter=Q(work_discussed=True)),
        referred=Count("id", filter=~Q(outcome=IntakeOutcome.NOT_NOW)),
    )
    return IntakeFigures(counts["total"], counts["discussed"], counts["referred"])
