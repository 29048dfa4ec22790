"""What apps built on the trajectory add to its pages, registered by them at start-up, so that
``trajectories`` never imports an app above it (issue 12: no cycles between contexts).

* A timeline contributor adds entries to a trajectory's timeline (the employment app: job
  development and placement). It is called with the actor and the trajectory and returns the
  entries and the records they show (the timeline logs each shown record's read).
* A caseload flag adds a boolean annotation to the caseload's trajectories (the employment
  app: an open early-warning signal). It is called with the actor and returns an expression
  over ``OuterRef("pk")`` of the trajectory.

``core/tests/test_contributions.py`` names the contributors each registry must hold (decision
0038), so a missing one fails the suite instead of a page silently showing less.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import BooleanField, Value

from werkpad.core.registry import Registry

TimelineContributor = Callable[..., tuple[list[Any], list[Any]]]
CaseloadFlag = Callable[[Any], Any]

# A part of the daily digest from a context above, for all recipients at once (in a fixed
# number of queries): ``(users, today, base_url)`` -> {user id: (heading, lines)}; a user
# without lines is left out. The regional network registers its questions.
DigestSection = Callable[..., dict[int, tuple[str, list[str]]]]

TIMELINE = Registry[TimelineContributor]("trajectories.timeline")
CASELOAD_FLAGS = Registry[CaseloadFlag]("trajectories.caseload_flags")
DIGEST_SECTIONS = Registry[DigestSection]("trajectories.digest_sections")


def register_timeline(name: str, contributor: TimelineContributor) -> None:
    TIMELINE.register(name, contributor)


def register_caseload_flag(name: str, flag: CaseloadFlag) -> None:
    CASELOAD_FLAGS.register(name, flag)


def register_digest_section(name: str, section: DigestSection) -> None:
    DIGEST_SECTIONS.register(name, section)


def timeline_contributions(*, actor: Any, trajectory: Any) -> tuple[list[Any], list[Any]]:
    entries: list[Any] = []
    records: list[Any] = []
    for contributor in TIMELINE.entries():
        more_entries, more_records = contributor(actor=actor, trajectory=trajectory)
        entries.extend(more_entries)
        records.extend(more_records)
    return entries, records


def caseload_flags(actor: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """An annotation per name: the registered flag, or False where no app registered one."""
    flags = {name: CASELOAD_FLAGS.get(name) for name in names}
    return {
        name: flag(actor) if flag is not None else Value(False, output_field=BooleanField())
        for name, flag in flags.items()
    }


def digest_sections(*, users: list[Any], today: Any, base_url: str) -> dict[int, list[Any]]:
    """Each user's sections that have something to report: {user id: [(heading, lines)]}."""
    found: dict[int, list[Any]] = {user.pk: [] for user in users}
    for section in DIGEST_SECTIONS.entries():
        parts = section(users=users, today=today, base_url=base_url)
        for user_id, (heading, lines) in parts.items():
            if lines:
                found[user_id].append((heading, lines))
    return found
