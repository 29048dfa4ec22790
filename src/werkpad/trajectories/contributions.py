"""What apps built on the trajectory add to its pages, registered by them at start-up, so that
``trajectories`` never imports an app above it (issue 12: no cycles between contexts).

* A timeline contributor adds entries to a trajectory's timeline (the employment app: job
  development and placement). It is called with the actor and the trajectory and returns the
  entries and the records they show (the timeline logs each shown record's read).
* A caseload flag adds a boolean annotation to the caseload's trajectories (the employment
  app: an open early-warning signal). It is called with the actor and returns an expression
  over ``OuterRef("pk")`` of the trajectory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import BooleanField, Value

TimelineContributor = Callable[..., tuple[list[Any], list[Any]]]
CaseloadFlag = Callable[[Any], Any]

_timeline: list[TimelineContributor] = []
_caseload_flags: dict[str, CaseloadFlag] = {}


def register_timeline(contributor: TimelineContributor) -> None:
    if contributor not in _timeline:
        _timeline.append(contributor)


def register_caseload_flag(name: str, flag: CaseloadFlag) -> None:
    _caseload_flags[name] = flag


def timeline_contributions(*, actor: Any, trajectory: Any) -> tuple[list[Any], list[Any]]:
    entries: list[Any] = []
    records: list[Any] = []
    for contributor in _timeline:
        more_entries, more_records = contributor(actor=actor, trajectory=trajectory)
        entries.extend(more_entries)
        records.extend(more_records)
    return entries, records


def caseload_flags(actor: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """An annotation per name: the registered flag, or False where no app registered one."""
    return {
        name: _caseload_flags[name](actor)
        if name in _caseload_flags
        else Value(False, output_field=BooleanField())
        for name in names
    }
