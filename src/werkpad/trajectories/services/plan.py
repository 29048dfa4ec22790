"""The integrated plan: goals (with their revision history) and actions. A chosen data
category that more people read than the one that fits needs the author's confirmation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.forms import StaleEditError

from ..models import (
    Goal,
    GoalRevision,
    Meeting,
    PlanAction,
    TeamMember,
    Trajectory,
    author_category,
    default_category,
)
from ._shared import _check_widening


@dataclass(frozen=True, kw_only=True)
class GoalDetails:
    category: str  # empty: the default for the life domain and the author's role
    life_domain: str
    own_words: str
    professional_text: str = ""
    status: str = "proposed"
    target_date: date | None = None


def _snapshot(details: GoalDetails) -> dict[str, Any]:
    data = asdict(details)
    data["target_date"] = details.target_date.isoformat() if details.target_date else None
    return data


def goal_create(
    *, actor: Actor, trajectory: Trajectory, details: GoalDetails, confirm_wider: bool = False
) -> Goal:
    """The category follows from the life domain and the author's role unless chosen; a
    chosen one that more people read needs ``confirm_wider`` (``_check_widening``)."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    default = default_category(details.life_domain, actor.role)
    widened = _check_widening(
        actor=actor,
        trajectory=trajectory,
        category=details.category,
        reference=default,
        confirmed=confirm_wider,
    )
    if not details.category:
        details = replace(details, category=default)
    with transaction.atomic():
        goal = Goal.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            created_by=_user(actor),
            **asdict(details),
        )
        GoalRevision.objects.create(
            goal=goal, version=1, snapshot=_snapshot(details), changed_by=_user(actor)
        )
        _audit(actor, "goal.create", AuditAction.CREATE, goal, decision, detail=widened or None)
    return goal


def goal_update(
    *, actor: Actor, goal: Goal, version: int, details: GoalDetails, confirm_wider: bool = False
) -> Goal:
    """Refused (``StaleEditError``) when someone changed the goal since ``version``. A new
    category that more people read than the goal's category so far needs ``confirm_wider``;
    an empty one keeps the goal's category."""
    decision = require(actor, Action.CHANGE_RECORD, goal)
    widened = _check_widening(
        actor=actor,
        trajectory=goal.trajectory,
        category=details.category,
        reference=goal.category,
        confirmed=confirm_wider,
    )
    if not details.category:
        details = replace(details, category=goal.category)
    with transaction.atomic():
        updated = Goal.objects.filter(pk=goal.pk, version=version).update(
            version=version + 1, **asdict(details)
        )
        if not updated:
            latest = goal.revisions.select_related("changed_by").order_by("-version").first()
            raise StaleEditError(
                Goal.objects.get(pk=goal.pk),
                changed_by=latest.changed_by.full_name if latest else "",
                changed_at=latest.changed_at if latest else None,
            )
        GoalRevision.objects.create(
            goal=goal, version=version + 1, snapshot=_snapshot(details), changed_by=_user(actor)
        )
        _audit(actor, "goal.update", AuditAction.UPDATE, goal, decision, detail=widened or None)
    goal.refresh_from_db()
    return goal


def _may_own_actions(trajectory: Trajectory, owner: User) -> bool:
    """A team member, or the client (who marks their own actions done in the portal)."""
    if owner.pk is not None and owner.pk == trajectory.client.user_id:
        return True
    return TeamMember.objects.filter(
        trajectory=trajectory, user=owner, ended_on__isnull=True
    ).exists()


def action_create(
    *,
    actor: Actor,
    trajectory: Trajectory,
    description: str,
    owner: User,
    due_on: date,
    goal: Goal | None = None,
    meeting: Meeting | None = None,
    category: str = "",
    confirm_wider: bool = False,
) -> PlanAction:
    """Of a goal, the action has the goal's category. A meeting's decision has the meeting's
    category unless chosen; otherwise the chosen one or the author's role's. A chosen category
    that more people read than that reference (the meeting's, or the role's) needs
    ``confirm_wider``."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    if not description.strip():
        raise ValidationError({"description": _("Beschrijf de actie.")})
    if not _may_own_actions(trajectory, owner):
        raise ValidationError(
            {"owner": _("Wie de actie doet, moet in het team staan of de cliënt zelf zijn.")}
        )
    widened: dict[str, Any] = {}
    if goal:
        category = goal.category
    else:
        default = meeting.category if meeting else author_category(actor.role)
        widened = _check_widening(
            actor=actor,
            trajectory=trajectory,
            category=category,
            reference=default,
            confirmed=confirm_wider,
        )
        category = category or default
    with transaction.atomic():
        action = PlanAction.objects.create(
            trajectory=trajectory,
            goal=goal,
            meeting=meeting,
            organisation=_organisation(actor),
            category=category,
            description=description.strip(),
            owner=owner,
            due_on=due_on,
        )
        _audit(actor, "action.create", AuditAction.CREATE, action, decision, detail=widened or None)
    return action


def action_complete(*, actor: Actor, action: PlanAction) -> PlanAction:
    decision = require(actor, Action.CHANGE_RECORD, action)
    with transaction.atomic():
        PlanAction.objects.filter(pk=action.pk, done_on__isnull=True).update(
            done_on=timezone.localdate()
        )
        _audit(actor, "action.complete", AuditAction.UPDATE, action, decision)
    action.refresh_from_db()
    return action
