"""Telling one story: the context the route scripts write through. Each method is one
service call by a demo professional (so the access log and the invariants hold), with the
date it happened moved back into the past afterwards."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from werkpad.access.actor import Actor
from werkpad.accounts.models import User
from werkpad.clients.models import DataCategory
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    NoteKind,
    Perspective,
    PlanAction,
    TeamMember,
    Trajectory,
)
from werkpad.trajectories.services import (
    DecisionItem,
    GoalDetails,
    MeetingDetails,
    action_complete,
    action_create,
    goal_create,
    goal_update,
    ladder_assess,
    meeting_record,
    note_add,
)

from .. import clock
from ..data.story import Story
from ..data.trajectories import LADDER_NOTES
from .people import Cast


def category_of(owner: str, category: str) -> str:
    """What the behandelaar agrees to do is treatment data: it stays within the ggz unless the
    client consents to share treatment data."""
    return DataCategory.BEHANDELING if owner == "beh" else category


@dataclass
class Ctx:
    cast: Cast
    story: Story
    index: int
    trajectory: Trajectory
    lead: str  # key of the professional who runs the trajectory
    dates: dict[str, date]  # phase code -> the day it began
    contacts: list[date] = field(default_factory=list)

    @property
    def today(self) -> date:
        return clock.today()

    def actor(self, key: str | None = None) -> Actor:
        return self.cast.actors[key or self.lead]

    def user(self, key: str | None = None) -> User:
        return self.cast.users[key or self.lead]

    def on_team(self, key: str) -> bool:
        return TeamMember.objects.filter(
            trajectory=self.trajectory, user=self.user(key), ended_on__isnull=True
        ).exists()

    def reached(self, phase: str) -> bool:
        return phase in self.dates

    def clamp(self, day: date) -> date:
        """Never after yesterday: a history lies in the past."""
        return clock.up_to_yesterday(day)

    def goal(
        self,
        *,
        category: str,
        domain: str,
        own: str,
        professional: str,
        status: str,
        on: date,
        key: str | None = None,
        target: date | None = None,
        later: tuple[str, date] | None = None,
    ) -> Goal:
        details = GoalDetails(
            category=category,
            life_domain=domain,
            own_words=own,
            professional_text=professional,
            status=status,
            target_date=target,
        )
        # The stories' professionals chose each category knowingly (issue 11, item 4: a
        # category more people read than the default needs the author's confirmation).
        goal = goal_create(
            actor=self.actor(key), trajectory=self.trajectory, details=details, confirm_wider=True
        )
        Goal.objects.filter(pk=goal.pk).update(created_at=clock.at(on))
        GoalRevision.objects.filter(goal=goal, version=1).update(changed_at=clock.at(on))
        if later is not None:
            new_status, day = later
            goal = goal_update(
                actor=self.actor(key),
                goal=goal,
                version=goal.version,
                details=GoalDetails(
                    category=category,
                    life_domain=domain,
                    own_words=own,
                    professional_text=professional,
                    status=new_status,
                    target_date=target,
                ),
                confirm_wider=True,
            )
            GoalRevision.objects.filter(goal=goal, version=2).update(changed_at=clock.at(day, 14))
        return goal

    def action(
        self,
        description: str,
        *,
        owner: str,
        due: date,
        done: date | None = None,
        goal: Goal | None = None,
        category: str = DataCategory.REINTEGRATIE,
        key: str | None = None,
    ) -> None:
        action = action_create(
            actor=self.actor(key),
            trajectory=self.trajectory,
            description=description,
            owner=self.user(owner),
            due_on=due,
            goal=goal,
            category=category_of(owner, category),
            confirm_wider=True,
        )
        self.finish(action, done, key)

    def finish(self, action: PlanAction, done: date | None, key: str | None = None) -> None:
        if done is None:
            return
        action_complete(actor=self.actor(key), action=action)
        PlanAction.objects.filter(pk=action.pk).update(done_on=done)

    def meeting(
        self,
        *,
        kind: str,
        on: date,
        participants: list[str],
        agenda: str,
        summary: str,
        decisions: list[tuple[str, str, date, date | None]],
        key: str | None = None,
        category: str = DataCategory.REINTEGRATIE,
    ) -> None:
        on = self.clamp(on)
        present = [p for p in participants if p and self.on_team(p)]
        meeting = meeting_record(
            actor=self.actor(key),
            trajectory=self.trajectory,
            details=MeetingDetails(
                kind=kind,
                held_on=on,
                client_present=True,
                agenda=agenda,
                summary=summary,
                category=category,
            ),
            participants=[self.user(p) for p in present],
            decisions=[
                DecisionItem(
                    description=text,
                    owner=self.user(owner),
                    due_on=due,
                    category=category_of(owner, ""),
                )
                for text, owner, due, _done in decisions
                if owner in present
            ],
            confirm_wider=True,  # the story's category, as for goals and notes (issue 11)
        )
        self.contacts.append(on)
        made = {a.description: a for a in meeting.decisions.all()}
        for text, _owner, _due, done in decisions:
            if text in made:
                self.finish(made[text], done, key)

    def note(
        self,
        text: str,
        *,
        on: date,
        kind: str = NoteKind.NOTE,
        category: str = DataCategory.REINTEGRATIE,
        key: str | None = None,
    ) -> None:
        on = self.clamp(on)
        note_add(
            actor=self.actor(key),
            trajectory=self.trajectory,
            category=category,
            text=text,
            occurred_on=on,
            kind=kind,
            confirm_wider=True,
        )
        if kind == NoteKind.CLIENT_CONTACT:
            self.contacts.append(on)

    def ladder(self, *, first: date, last: date, key: str | None = None) -> None:
        story = self.story
        for steps, perspective in (
            (story.ladder, Perspective.PROFESSIONAL),
            (story.own_ladder, Perspective.CLIENT),
        ):
            previous: int | None = None
            for step, day in zip(steps, clock.spread(first, last, len(steps)), strict=True):
                if perspective == Perspective.CLIENT:
                    text = "Zo zie ik het zelf."
                elif previous is None:
                    text = f"Startmeting. {LADDER_NOTES[step]}"
                elif step > previous:
                    text = f"Een trede hoger. {LADDER_NOTES[step]}"
                else:
                    text = LADDER_NOTES[step]
                ladder_assess(
                    actor=self.actor(key),
                    trajectory=self.trajectory,
                    step=step,
                    perspective=perspective,
                    assessed_on=clock.up_to_today(day),
                    note=text,
                )
                previous = step
