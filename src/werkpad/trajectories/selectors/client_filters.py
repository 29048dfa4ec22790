"""The client list's filter on the running trajectory (issue 13, item 2), registered with
``clients.contributions``: its type, or its type and phase, or no running trajectory at all.
Judged only on the trajectories the actor may see."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import visible_to
from werkpad.clients.contributions import ClientFilter
from werkpad.clients.models import Client

from ..models import Trajectory
from ..phases import PHASES, TrajectoryType

NO_TRAJECTORY = "geen"


def _choices() -> list[tuple[Any, Any]]:
    """Per type the type as a whole, then each of its phases (an optgroup per type)."""
    groups: list[tuple[Any, Any]] = []
    for kind in TrajectoryType:
        options: list[tuple[str, Any]] = [
            (kind.value, _("%(type)s, elke fase") % {"type": kind.label})
        ]
        options += [(f"{kind.value}:{phase.code}", phase.label) for phase in PHASES.get(kind, ())]
        groups.append((kind.label, options))
    return [*groups, (NO_TRAJECTORY, _("geen lopend traject dat je kunt zien"))]


def _apply(*, actor: Actor, clients: QuerySet[Client], value: str) -> QuerySet[Client]:
    running = visible_to(actor, Trajectory.objects.filter(ended_on__isnull=True))
    if value == NO_TRAJECTORY:
        return clients.exclude(pk__in=running.values("client_id"))
    kind, _sep, phase = value.partition(":")
    running = running.filter(type=kind, **({"phase": phase} if phase else {}))
    return clients.filter(pk__in=running.values("client_id"))


TRAJECTORY_FILTER = ClientFilter(
    key="traject", label=_("Lopend traject en fase"), choices=_choices, apply=_apply, order=10
)
