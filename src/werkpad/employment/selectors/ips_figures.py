"""Quarterly IPS figures (Phrenos kwartaalcijfers) of the organisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    require,
)
from werkpad.trajectories.models import Trajectory

from ..models import (
    ContactKind,
    EmployerContact,
    Placement,
    WorkType,
)


# --- Quarterly IPS figures (Phrenos kwartaalcijfers) ----------------------------------------
@dataclass
class QuarterFigures:
    start: date
    end: date
    served: int
    competitive: int
    new_starts: int
    face_to_face: int
    coaches: int

    @property
    def rate(self) -> float:
        return 100 * self.competitive / self.served if self.served else 0.0

    @property
    def label(self) -> str:
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"


def quarter_of(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    next_start = date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    return start, next_start - timedelta(days=1)


def ips_quarter_figures(*, actor: Actor, day: date | None = None) -> QuarterFigures:
    """The organisation's IPS figures for the quarter of ``day``, from what coaches record
    anyway (no second registration): clients served, how many worked in a competitive job,
    new job starts, face-to-face employer contacts. Counts only, no client data."""
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    start, end = quarter_of(day or timezone.localdate())
    served_q = Trajectory.objects.filter(  # type: ignore[misc]
        organisation_id=actor.organisation_id, type="ips", started_on__lte=end
    ).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=start))
    competitive = Placement.objects.filter(
        trajectory__in=served_q,
        work_type=WorkType.COMPETITIVE,
        start_on__lte=end,
    ).filter(Q(ended_on__isnull=True) | Q(ended_on__gte=start))
    contacts = EmployerContact.objects.filter(  # type: ignore[misc]
        organisation_id=actor.organisation_id,
        kind=ContactKind.FACE_TO_FACE,
        occurred_on__range=(start, end),
    )
    totals = contacts.aggregate(n=Count("id"), coaches=Count("coach", distinct=True))
    return QuarterFigures(
        start=start,
        end=end,
        served=served_q.count(),
        competitive=competitive.values("trajectory").distinct().count(),
        new_starts=Placement.objects.filter(
            trajectory__in=served_q, work_type=WorkType.COMPETITIVE, start_on__range=(start, end)
        ).count(),
        face_to_face=totals["n"],
        coaches=totals["coaches"],
    )
