"""What needs the professional today, on their home page (issue 13, item 1): their open
actions that are overdue or due within a week (with what the action is, not only a date),
the trajectories whose care team they were recently added to by someone else, and the
referrals that wait for their organisation's decision.

Registered as a home card in ``TrajectoriesConfig.ready`` (``accounts.home``). A fixed number
of queries whatever the numbers (each list is cut at ``SHOWN``, counted in the same query), and
one access-log row per client named on the card."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, may, visible_to
from werkpad.accounts.home import HomeCard
from werkpad.audit.recorder import record_each
from werkpad.core.first import first_and_rest

from ..models import PlanAction, Referral, ReferralStatus, TeamMember, Trajectory

SHOWN = 8  # items per list on the card; the rest is a count and a link
DUE_SOON_DAYS = 7
NEWLY_ADDED_DAYS = 14


@dataclass(frozen=True)
class ActionItem:
    action: PlanAction
    overdue: bool


@dataclass
class ActionList:
    items: list[ActionItem] = field(default_factory=list)
    more: int = 0


@dataclass
class Worklist:
    today: date
    overdue: ActionList = field(default_factory=ActionList)
    due_soon: ActionList = field(default_factory=ActionList)
    added: list[TeamMember] = field(default_factory=list)
    added_more: int = 0
    referrals_waiting: int = 0

    @property
    def is_empty(self) -> bool:
        return not (
            self.overdue.items or self.due_soon.items or self.added or self.referrals_waiting
        )


def _my_actions(actor: Actor, today: date, *, overdue: bool) -> ActionList:
    """The actor's open actions that are overdue, or due from today to a week ahead, on open
    trajectories they may see. An action's description is a text of the action's own category
    (``ROW``): whoever sees the action reads it, as on the trajectory page."""
    mine = PlanAction.objects.filter(
        owner_id=actor.user.pk,  # type: ignore[union-attr]
        done_on__isnull=True,
        trajectory__ended_on__isnull=True,
    )
    if overdue:
        mine = mine.filter(due_on__lt=today)
    else:
        mine = mine.filter(due_on__gte=today, due_on__lte=today + timedelta(days=DUE_SOON_DAYS))
    shown, more = first_and_rest(
        visible_to(actor, mine).select_related("trajectory__client").order_by("due_on", "id"),
        SHOWN,
    )
    return ActionList([ActionItem(action=a, overdue=overdue) for a in shown], more)


def _newly_added(actor: Actor, today: date) -> tuple[list[TeamMember], int]:
    places = (
        TeamMember.objects.filter(
            user_id=actor.user.pk,  # type: ignore[union-attr]
            organisation_id=actor.organisation_id,  # type: ignore[misc]
            ended_on__isnull=True,
            started_on__gte=today - timedelta(days=NEWLY_ADDED_DAYS),
        )
        .exclude(added_by_id=actor.user.pk)  # type: ignore[union-attr]
        .filter(trajectory__in=visible_to(actor, Trajectory.objects.filter(ended_on__isnull=True)))
    )
    return first_and_rest(
        places.select_related("trajectory__client", "added_by").order_by("-started_on", "-id"),
        SHOWN,
    )


def _referrals_waiting(actor: Actor) -> int:
    """As the referrals page counts them: received by the organisation, waiting."""
    if not may(actor, Action.VIEW_REFERRALS):
        return 0
    return (
        visible_to(actor, Referral.objects.filter(status=ReferralStatus.PENDING))
        .filter(to_organisation_id=actor.organisation_id)
        .count()
    )


def worklist(*, actor: Actor) -> Worklist:
    today = timezone.localdate()
    result = Worklist(today=today)
    if not may(actor, Action.VIEW_CASELOAD):
        return result
    result.overdue = _my_actions(actor, today, overdue=True)
    result.due_soon = _my_actions(actor, today, overdue=False)
    result.added, result.added_more = _newly_added(actor, today)
    result.referrals_waiting = _referrals_waiting(actor)
    # A row per client named on the card, one insert for all.
    actions = result.overdue.items + result.due_soon.items
    named = [item.action for item in actions] + [place.trajectory for place in result.added]
    record_each(actor, event="home.worklist", objs=named, basis=Basis.TEAM)
    return result


def home_cards(actor: Actor) -> list[HomeCard]:
    """The worklist card, first on the page (registered in ``TrajectoriesConfig.ready``)."""
    cards = []
    if may(actor, Action.VIEW_CASELOAD):
        cards.append(
            HomeCard(
                template="trajectories/home/worklist_card.html",
                order=1,
                data={"worklist": worklist(actor=actor)},
            )
        )
    if may(actor, Action.HAND_OVER):  # the teamleider: where the team's work is found
        cards.append(HomeCard(template="trajectories/home/team_card.html", order=5))
    return cards
