"""Who will read what the client writes (issue 13, item 14): on every form of the client's, by
name, role and organisation ("Fatima El Amrani (IPS-trajectbegeleider, GGZ Centraal Utrecht)"),
as the policy decides it (``team_members_who_would_read``, and for a conversation
``team_members_who_would_read_thread``), before the client saves. One query per kind of data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    require,
    team_members_who_would_read,
    team_members_who_would_read_thread,
)
from werkpad.trajectories.models import TeamMember, Trajectory

from .messages import CATEGORY_IN_PLAIN_WORDS


@dataclass(frozen=True)
class Readers:
    trajectory: Trajectory
    names: list[str]  # "name (role, organisation)", the team members who read it


def _name(member: TeamMember) -> str:
    return f"{member.user.full_name} ({member.get_role_display()}, {member.organisation.name})"


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
            names |= {_name(m) for m in members}
        found.append(Readers(trajectory, sorted(names)))
    return found


def readers_of_thread(*, actor: Actor, thread: Any) -> list[Readers]:
    """Who reads a conversation now, besides the client: the member it is with, or nobody
    when that member no longer sees it (off the team, or the consent for its subject gone)."""
    require(actor, Action.VIEW_OWN, thread)
    members = team_members_who_would_read_thread(
        thread.trajectory,
        thread.category,
        organisation_id=thread.organisation_id,
        professional_id=thread.professional_id,
    )
    return [Readers(thread.trajectory, sorted({_name(m) for m in members}))]


def readers_of_new_thread_to(*, actor: Actor, member: TeamMember, category: str) -> list[Readers]:
    """Who would read a new conversation with ``member`` about ``category`` (held by the
    organisation running the trajectory, ``services.thread_start``): that member, or nobody."""
    require(actor, Action.MESSAGE, member.trajectory)  # the client, on their own trajectory
    trajectory = member.trajectory
    members = team_members_who_would_read_thread(
        trajectory,
        category,
        organisation_id=trajectory.organisation_id,
        professional_id=member.user_id,
    )
    return [Readers(trajectory, sorted({_name(m) for m in members}))]


@dataclass(frozen=True)
class ConversationReader:
    """A member of the team the client can write to, and what a conversation with them may
    be about for them to read it."""

    name: str  # "name (role, organisation)"
    subjects: list[str]  # the subjects, in the client's words, in the form's order
    everything: bool  # every subject the form offers


def readers_of_new_thread(
    *, actor: Actor, members: Sequence[TeamMember]
) -> list[ConversationReader]:
    """For the form of a new conversation, whose reader is the one member it is with: per
    member of ``members`` (the client's team, ``team_to_message``), the subjects they would
    read it about, as the policy decides. One query per subject and trajectory."""
    require(actor, Action.PORTAL)
    trajectories = {m.trajectory_id: m.trajectory for m in members}
    reading: dict[int, set[str]] = {m.pk: set() for m in members}
    for trajectory in trajectories.values():
        for category in CATEGORY_IN_PLAIN_WORDS:
            found = team_members_who_would_read_thread(
                trajectory, category, organisation_id=trajectory.organisation_id
            ).values_list("pk", flat=True)
            for pk in found:
                if pk in reading:
                    reading[pk].add(category)
    return [
        ConversationReader(
            name=_name(m),
            subjects=[str(w) for c, w in CATEGORY_IN_PLAIN_WORDS.items() if c in reading[m.pk]],
            everything=reading[m.pk] >= set(CATEGORY_IN_PLAIN_WORDS),
        )
        for m in members
    ]
