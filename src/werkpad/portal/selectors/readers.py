"""Who will read what the client writes (issue 13, item 14): on every form of the client's, by
name, role and organisation ("Fatima El Amrani (IPS-trajectbegeleider, GGZ Centraal Utrecht)"),
as the policy decides it (``team_members_who_would_read``), before the client saves. One query
per kind of data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require, team_members_who_would_read
from werkpad.trajectories.models import Trajectory


@dataclass(frozen=True)
class Readers:
    trajectory: Trajectory
    names: list[str]  # "name (role, organisation)", the team members who read it


def readers_of_my_writing(
    *, actor: Actor, trajectories: QuerySet[Trajectory], categories: Iterable[str]
) -> list[Readers]:
    """Per running trajectory of the client, the team members who would read a record of any
    of ``categories`` the client adds there (it is recorded for the trajectory's organisation,
    as the portal's services do). When the kind of data depends on the client's answers, pass
    each possible category: the list errs on the side of more readers, never fewer."""
    require(actor, Action.PORTAL)
    found = []
    for trajectory in trajectories:
        names: set[str] = set()
        for category in categories:
            members = team_members_who_would_read(trajectory, category, trajectory.organisation_id)
            names |= {
                f"{m.user.full_name} ({m.get_role_display()}, {m.organisation.name})"
                for m in members
            }
        found.append(Readers(trajectory, sorted(names)))
    return found
