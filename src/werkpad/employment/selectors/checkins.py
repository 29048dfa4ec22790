"""The worker's own earlier check-ins on their check-in page, with who hears of a worried one
(issue 13, item 17)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require, team_members_who_would_read, visible_to
from werkpad.accounts.models import User
from werkpad.audit.recorder import record_read
from werkpad.trajectories.models import TeamMember, Trajectory

from ..models import CHECKIN_QUESTIONS, Answer, CheckIn, Placement

HISTORY_SHOWN = 10


@dataclass
class CheckInRow:
    checkin: CheckIn
    answers: list[tuple[str, str]]  # (the form's question, the answer), in the form's order
    worried: bool  # a red answer or a request for support: the coach gets a signal


@dataclass
class CheckInHistory:
    rows: list[CheckInRow]  # newest first
    coaches: list[str]  # who gets the signal of a worried check-in, by name

    @property
    def coach_names(self) -> str:
        """ "Pro Eigen", "Pro Eigen en Ayla Bakker", "A, B en C"."""
        if len(self.coaches) < 2:
            return "".join(self.coaches)
        return _("%(first)s en %(last)s") % {
            "first": ", ".join(self.coaches[:-1]),
            "last": self.coaches[-1],
        }


def my_checkin_history(*, actor: Actor, placement: Placement) -> CheckInHistory:
    """The worker's last check-ins on their running ``placement`` (their own and the ones
    their coach recorded), and the people a worried check-in reaches: as
    ``wellbeing._coaches`` decides, the placing organisation's people on the team now, or
    else the coach who recorded the placement. A fixed number of queries; one log row."""
    decision = require(actor, Action.WORKER_CHECKIN, placement)
    checkins = list(
        visible_to(actor, CheckIn.objects.filter(placement=placement))
        .select_related("recorded_by")
        .order_by("-on", "-id")[:HISTORY_SHOWN]
    )
    rows = [
        CheckInRow(
            checkin=c,
            answers=[
                (str(q), str(getattr(c, f"get_{name}_display")())) for name, q in CHECKIN_QUESTIONS
            ],
            worried=c.support_needed or Answer.BAD in (c.work, c.workload, c.sleep),
        )
        for c in checkins
    ]
    record_read(actor, event="checkin.list", obj=placement, decision=decision, count=len(checkins))
    return CheckInHistory(rows=rows, coaches=_who_hears(actor, placement))


def _who_hears(actor: Actor, placement: Placement) -> list[str]:
    members = (
        visible_to(
            actor,
            TeamMember.objects.filter(
                trajectory_id=placement.trajectory_id,
                organisation_id=placement.organisation_id,
                ended_on__isnull=True,
            ),
        )
        .select_related("user")
        .order_by("-is_key_person", "started_on", "id")
    )
    users: list[User] = [m.user for m in members] or [placement.coach]
    return list(dict.fromkeys(u.full_name for u in users))


@dataclass(frozen=True)
class CheckInReaders:
    """Who reads the worker's check-in, in the shape of the portal's readers partial
    (``portal/my_path/_readers.html``): the trajectory and "name (role, organisation)"."""

    trajectory: Trajectory
    names: list[str]


def my_checkin_readers(*, actor: Actor, placement: Placement) -> list[CheckInReaders]:
    """The team members who would read a check-in the worker sends on their own
    ``placement``: well-being data recorded for the placing organisation
    (``services.checkin_record``), as the policy decides it, before it is sent. One query."""
    require(actor, Action.WORKER_CHECKIN, placement)
    trajectory = placement.trajectory
    members = team_members_who_would_read(trajectory, CheckIn.category, placement.organisation_id)
    names = {f"{m.user.full_name} ({m.get_role_display()}, {m.organisation.name})" for m in members}
    return [CheckInReaders(trajectory, sorted(names))]
