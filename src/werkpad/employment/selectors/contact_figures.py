"""Face-to-face employer contacts per week against the IPS norm (fidelity item 17: six a week)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    require,
)
from werkpad.organisations.models import Membership, Role
from werkpad.trajectories.selectors import shows_ips_norms

from ..models import (
    ContactKind,
    EmployerContact,
)
from ._shared import IPS_CONTACT_NORM, WEEKS_SHOWN


# --- Face-to-face contacts against the IPS norm ---------------------------------------------
@dataclass
class WeekCount:
    week_start: date
    count: int
    in_progress: bool = False  # this week: not "under the norm" before it is over

    @property
    def label(self) -> str:
        return f"{self.week_start:%G}-W{self.week_start:%V}"


@dataclass
class ContactFigures:
    weeks: list[WeekCount]
    norm: int = IPS_CONTACT_NORM
    team: list[tuple[Membership, list[WeekCount]]] = field(default_factory=list)

    @property
    def average(self) -> float:
        return sum(w.count for w in self.weeks) / len(self.weeks) if self.weeks else 0.0


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(counts: dict[date, int], first: date, n: int) -> list[WeekCount]:
    current = _week_start(timezone.localdate())
    starts = [first + timedelta(weeks=i) for i in range(n)]
    return [WeekCount(start, counts.get(start, 0), start == current) for start in starts]


def contact_figures(*, actor: Actor, weeks: int = WEEKS_SHOWN) -> ContactFigures | None:
    """Face-to-face employer contacts per week (this week and the ones before) for the
    actor, and for a teamleider per colleague of their team: from what coaches log anyway.
    None for a role the IPS norm does not concern."""
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    if not shows_ips_norms(actor):  # the face-to-face norm is the IPS coach's (item 17)
        return None
    first = _week_start(timezone.localdate()) - timedelta(weeks=weeks - 1)
    user_ids = [actor.user.pk] if actor.user else []
    colleagues: list[Membership] = []
    if actor.role == Role.TEAMLEIDER and actor.membership and actor.membership.team_id:
        colleagues = list(
            Membership.objects.filter(team_id=actor.membership.team_id, is_active=True)
            .exclude(role__in=[Role.TEAMLEIDER, Role.FUNCTIONEEL_BEHEERDER])
            .select_related("user")
            .order_by("user__full_name")
        )
        user_ids += [m.user_id for m in colleagues]
    rows = EmployerContact.objects.filter(  # type: ignore[misc]
        coach_id__in=user_ids,
        organisation_id=actor.organisation_id,
        kind=ContactKind.FACE_TO_FACE,
        occurred_on__gte=first,
    ).values_list("coach_id", "occurred_on")
    per_user: dict[int, dict[date, int]] = {}
    for coach_id, day in rows:
        counts = per_user.setdefault(coach_id, {})
        counts[_week_start(day)] = counts.get(_week_start(day), 0) + 1
    own = _weeks(per_user.get(user_ids[0], {}) if user_ids else {}, first, weeks)
    team = [(m, _weeks(per_user.get(m.user_id, {}), first, weeks)) for m in colleagues]
    return ContactFigures(weeks=own, team=team)
